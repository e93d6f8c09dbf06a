"""Helpers of the sync tests. A shared server installed as in production (an owner role, not a superuser, ran the install) and
consoles: separate local SQLite replicas in one process, each syncing as its own operator role."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from opsdesk.domain.people import Actor
from opsdesk.services.operators import create_operator
from opsdesk.storage.engine import Database
from opsdesk.sync import server_schema
from opsdesk.sync.engine import ServerConn, SyncEngine, SyncStatus

PASSWORD = "s3cret-pw-xyz"


@dataclass
class Server:
    url: str  # SQLAlchemy URL as the cluster's superuser (tests only)
    owner: str
    server_id: str = ""
    roles: list[str] = field(default_factory=list)

    def _admin(self) -> psycopg.Connection:
        u = make_url(self.url)
        return psycopg.connect(
            psycopg.conninfo.make_conninfo(host=u.host, port=u.port, dbname=u.database, user=u.username),
            autocommit=True,
        )

    def sql(self, statement: str, params: list | None = None) -> list[tuple]:
        with self._admin() as c:
            cur = c.execute(statement, params)
            return cur.fetchall() if cur.description else []

    def conn_for(self, role: str) -> ServerConn:
        u = make_url(self.url)
        return ServerConn(
            host=u.host or "127.0.0.1",
            port=u.port or 5432,
            dbname=u.database or "",
            user=role,
            password=PASSWORD,
            sslmode="disable",
        )

    def operator(self, supervisor: bool = False) -> ServerConn:
        name = f"op_{uuid.uuid4().hex[:10]}"
        group = server_schema.SUPERVISOR_ROLE if supervisor else server_schema.OPERATOR_ROLE
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'")
        self.sql(f'GRANT {group} TO "{name}"')
        self.roles.append(name)
        return self.conn_for(name)


def make_server(pg_url: str) -> Server:
    owner = f"owner_{uuid.uuid4().hex[:10]}"
    srv = Server(pg_url, owner)
    db = make_url(pg_url).database
    srv.sql(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
    srv.sql(f'ALTER DATABASE "{db}" OWNER TO "{owner}"')
    srv.sql(f'ALTER SCHEMA public OWNER TO "{owner}"')
    eng = create_engine(
        make_url(pg_url).set(username=owner, password=None).render_as_string(hide_password=False)
    )
    try:
        with eng.begin() as conn:
            srv.server_id = server_schema.install(conn).server_id
    finally:
        eng.dispose()
    return srv


@dataclass
class Console:
    code: str
    db: Database
    engine: SyncEngine
    actor: Actor
    statuses: list[SyncStatus] = field(default_factory=list)
    changes: list[dict[str, set[str]]] = field(default_factory=list)

    def sync(self) -> None:
        self.engine.run_once()


def drain(*consoles: Console, rounds: int = 3) -> None:
    """Synchronous push + pull on every console until nothing moves (corrections travel too)."""
    for _ in range(rounds):
        for c in consoles:
            c.sync()


def operator_on(c: Console, name: str = "刘洋") -> Actor:
    with c.db.session() as s:
        op = create_operator(s, name=name, secret="1234", post="大厅设备")
    return Actor(op.id, op.name, c.code)
