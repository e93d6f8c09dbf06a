"""Fixtures of the sync tests: a server installed as in production and consoles (helpers in synctools.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from synctools import Console, Server, make_server

from opsdesk.domain.people import Actor
from opsdesk.services.reference import open_desk_database
from opsdesk.sync.engine import ServerConn, SyncEngine, SyncStatus


@pytest.fixture
def server(pg_url: str) -> Iterator[Server]:
    srv = make_server(pg_url)
    yield srv
    for role in srv.roles:  # roles are cluster-wide: leave none behind
        try:
            srv.sql(f'DROP OWNED BY "{role}"')
            srv.sql(f'DROP ROLE "{role}"')
        except psycopg.Error:
            pass


@pytest.fixture
def consoles(tmp_path: Path, server: Server) -> Iterator:
    made: list[Console] = []

    def make(code: str, *, supervisor: bool = False, conn: ServerConn | None = None, **engine_kw) -> Console:
        db = open_desk_database(tmp_path / f"{code}.sqlite3")
        statuses: list[SyncStatus] = []
        changes: list[dict[str, set[str]]] = []
        kw = dict(backoff_min=0.05, backoff_max=0.5, rtt_timeout=4.0, connect_timeout=3.0)
        kw.update(engine_kw)
        engine = SyncEngine(
            db,
            conn or server.operator(supervisor),
            code,
            on_status=statuses.append,
            on_changes=changes.append,
            **kw,
        )
        c = Console(code, db, engine, Actor(None, f"值班员{code}", code), statuses, changes)
        made.append(c)
        return c

    yield make
    for c in made:
        c.engine.stop()
        c.db.dispose()
