"""The end of every sync test: each replica equals the server — same rows, same values, nothing doubled, no
operation left pending (issue 3, "Faults": heal, drain every outbox, compare).

`assert_converged(server_url, *replicas)`: a replica is a Database, a path to its SQLite file, or a list
of those. Every replicated table (opsdesk.sync.registry), every column, `server_seq` included. Rows each
console seeds from its own code and never pushes (built-in profiles, the packaged calendar) are left out
while the server has not stamped them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select

from opsdesk.storage.engine import Database
from opsdesk.storage.sync_models import SyncOutbox
from opsdesk.sync import outbox, registry

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> id -> column -> value


def read_server(url: str) -> Rows:
    eng = create_engine(url)
    try:
        out: Rows = {}
        with eng.connect() as c:
            for spec in registry.tables():
                t = spec.table
                out[spec.name] = {r.id: dict(r._mapping) for r in c.execute(select(t))}
        return out
    finally:
        eng.dispose()


def read_replica(engine: Engine) -> tuple[Rows, int]:
    """(rows, how many operations are pending)."""
    out: Rows = {}
    with engine.connect() as c:
        for spec in registry.tables():
            t = spec.table
            q = select(t)
            seeded = outbox._seeded_condition(spec)
            if seeded is not None:
                q = q.where(~(seeded & t.c.server_seq.is_(None)))
            out[spec.name] = {r.id: dict(r._mapping) for r in c.execute(q)}
        ob = SyncOutbox.__table__
        pending = c.execute(select(func.count()).select_from(ob).where(ob.c.state == outbox.PENDING)).scalar()
    return out, int(pending or 0)


def _engines(replicas: Iterable[Any]) -> list[tuple[str, Engine, bool]]:
    out = []
    for r in replicas:
        if isinstance(r, list | tuple):
            out.extend(_engines(r))
        elif isinstance(r, Database):
            out.append((str(r.path or r.engine.url), r.engine, False))
        else:
            out.append((str(r), create_engine(f"sqlite:///{Path(r)}"), True))
    return out


def differences(server: Rows, replica: Rows, limit: int = 8) -> list[str]:
    problems: list[str] = []
    for table, rows in server.items():
        local = replica.get(table, {})
        missing = sorted(set(rows) - set(local))
        extra = sorted(set(local) - set(rows))
        if missing:
            problems.append(f"{table}: {len(missing)} server rows missing, e.g. {missing[:3]}")
        if extra:
            problems.append(f"{table}: {len(extra)} rows not on the server, e.g. {extra[:3]}")
        for rid in sorted(set(rows) & set(local)):
            a, b = rows[rid], local[rid]
            diff = {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k)}
            if diff:
                problems.append(f"{table} {rid}: server vs replica {diff}")
                if len(problems) >= limit:
                    return problems
    return problems


def assert_converged(server_url: str, *replicas: Any) -> None:
    server = read_server(server_url)
    assert sum(len(v) for v in server.values()) > 0, "the server holds no rows at all"
    # nothing doubled: natural keys (codes, names, days) are unique constraints on the server, and every
    # id is a primary key; events are compared by content too
    events = [
        (e["ticket_id"], e["kind"], e["at"], e["recorded_at"], e["payload"])
        for e in server["ticket_events"].values()
    ]
    assert len(events) == len(set(events)), "an event was stored twice under two ids"
    for name, engine, own in _engines(replicas):
        try:
            rows, pending = read_replica(engine)
        finally:
            if own:
                engine.dispose()
        assert pending == 0, f"{name}: {pending} operations still pending"
        problems = differences(server, rows)
        assert not problems, f"{name} differs from the server:\n" + "\n".join(problems)
