"""Compare every replica with the server: equal, nothing lost, nothing doubled (the end of every fault test).

Rows are read with the ORM's tables on both sides, so UtcMillis columns compare as the same datetimes.
Every replicated table, every column (server_seq included: a replica holds what the server stamped).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, select


def replicated_tables():
    from opsdesk.sync.registry import tables

    return [t.table for t in tables()]


def read_rows(engine: Engine) -> dict[str, dict[str, tuple]]:
    out: dict[str, dict[str, tuple]] = {}
    with engine.connect() as c:
        for table in replicated_tables():
            cols = list(table.columns)
            out[table.name] = {r[0]: tuple(r) for r in c.execute(select(table.c.id, *cols))}
    return out


def sqlite_rows(path: Path) -> dict[str, dict[str, tuple]]:
    """A replica's rows, without the rows every console seeds from the code and never pushes (built-in
    profiles, the packaged calendar: opsdesk.sync.outbox leaves them out of adoption) while the server
    has not stamped them."""
    from opsdesk.sync import outbox, registry

    eng = create_engine(f"sqlite:///{path}")
    try:
        rows = read_rows(eng)
        with eng.connect() as c:
            for spec in registry.tables():
                seeded = outbox._seeded_condition(spec)
                if seeded is None:
                    continue
                t = spec.table
                for (rid,) in c.execute(select(t.c.id).where(t.c.server_seq.is_(None), seeded)):
                    rows[spec.name].pop(rid, None)
        return rows
    finally:
        eng.dispose()


def outbox_of(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        rows = conn.execute("SELECT state, count(*) FROM sync_outbox GROUP BY state").fetchall()
    finally:
        conn.close()
    return dict(rows)


def set_aside_inserts(path: Path) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(
            "SELECT table_name, row_id FROM sync_outbox WHERE state = 'rejected' AND kind = 'insert'"
        ).fetchall()
    finally:
        conn.close()


def diff(server: dict, replica: dict, limit: int = 8) -> list[str]:
    problems = []
    for table, rows in server.items():
        mine = replica.get(table, {})
        missing = rows.keys() - mine.keys()
        extra = mine.keys() - rows.keys()
        if missing:
            problems.append(f"{table}: {len(missing)} server rows missing, e.g. {sorted(missing)[:3]}")
        if extra:
            problems.append(f"{table}: {len(extra)} rows not on the server, e.g. {sorted(extra)[:3]}")
        differ = [k for k in rows.keys() & mine.keys() if rows[k] != mine[k]]
        for k in differ[:limit]:
            names = [c.name for c in next(t for t in replicated_tables() if t.name == table).columns]
            cols = [n for n, a, b in zip(names, rows[k][1:], mine[k][1:], strict=True) if a != b]
            problems.append(
                f"{table} {k}: "
                + ", ".join(f"{n} server={rows[k][1 + names.index(n)]!r} replica={mine[k][1 + names.index(n)]!r}"
                            for n in cols)
            )  # fmt: skip
        if len(differ) > limit:
            problems.append(f"{table}: {len(differ)} rows differ in all")
    return problems


def assert_converged(server_url: str, replicas: list[Path], *, allow_rejected: bool = False) -> dict:
    """Every replica equals the server, row for row, and no outbox holds a pending op.

    Returns the server's rows ({table: {id: row}}) for the test's own lost/doubled checks.
    """
    eng = create_engine(server_url)
    try:
        server = read_rows(eng)
    finally:
        eng.dispose()
    problems = []
    for path in replicas:
        box = outbox_of(path)
        if box.get("pending"):
            problems.append(f"{path.parent.name}: {box['pending']} ops still pending")
        if box.get("rejected") and not allow_rejected:
            problems.append(f"{path.parent.name}: {box['rejected']} ops rejected")
        mine = sqlite_rows(path)
        if allow_rejected:
            # a refused insert of a row a person filed stays in the replica, set aside, until a person
            # retries or discards it (opsdesk.sync.conflicts): the server legitimately lacks it
            for table, row_id in set_aside_inserts(path):
                if row_id not in server.get(table, {}):
                    mine.get(table, {}).pop(row_id, None)
        problems += [f"{path.parent.name}: {p}" for p in diff(server, mine)]
    assert not problems, "replicas differ from the server:\n  " + "\n  ".join(problems)
    return server
