"""Sync benchmarks, push side (issue 3 "Must show"): pushing 10,000 queued operations against a raw psycopg
executemany of the same rows in one transaction (ratio, same run), and the GUI heartbeat's lateness while
the engine syncs those 10,000 operations and while the server is frozen (SIGSTOP).

The engine runs in this process, as in the desk, next to a real Qt event loop with `ui.heartbeat`: its
lateness is what the operator would feel (the engine's threads share the GIL with the GUI thread).
A throwaway cluster of its own (synchronous_commit on, like a real server), so it can be frozen.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pg import ThrowawayCluster, find_bin_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "faults"))

from harness import init_server

PASSWORD = "bench-pw"
OPS = 10_000


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries")
    c = ThrowawayCluster(bin_dir, crash_safe=True)
    try:
        c.start()
        yield c
    finally:
        c.stop()


def server_db(cluster: ThrowawayCluster) -> tuple[str, str]:
    """A new initialised server database and an operator login role for it: (dbname, role)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"b_{uuid.uuid4().hex[:8]}"
    init_server(cluster, make_url(cluster.url).set(database=name).render_as_string(hide_password=False), name)
    role = f"op_{uuid.uuid4().hex[:6]}"
    eng = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'"))
        c.execute(text(f"GRANT opsdesk_operator TO {role}"))
    eng.dispose()
    return name, role


def desk(path: Path):
    """A desk's replica with reference data and one operator, sync enabled (capture on)."""
    from opsdesk.domain.people import Actor
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database
    from opsdesk.sync.engine import enable_sync

    db = open_local_database(path)
    with db.session() as s:
        seed_reference(s)
        op = create_operator(s, name="刘洋", secret="1234")
    enable_sync(db)
    return db, Actor(op.id, op.name, "A1")


def queue_tickets(db, actor, n: int) -> None:
    """n tickets (a ticket row and its `created` event each: 2n operations), filed the fast way."""
    from opsdesk.domain.tickets import NewTicket
    from opsdesk.services.tickets import file_scripted

    now = datetime.now(UTC)
    with db.session() as s:
        for i in range(n):
            new = NewTicket(title=f"推送测试 {i}", priority="P3", category="video_wall", reporter_name="张三")
            file_scripted(
                s, new, actor, [], profile_code="GX-4LEVEL", at=now - timedelta(minutes=i % 600), now=now
            )


def pending_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sync_outbox WHERE state = 'pending'").fetchone()[0]
    finally:
        conn.close()


def queued_rows(path: Path) -> dict[str, list[dict]]:
    """The rows the queued operations carry, as they stand locally ({table: [row]}, wire values)."""
    from opsdesk.sync.registry import tables

    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out: dict[str, list[dict]] = {}
        for spec in tables():
            cols = [c for c in spec.columns if c != "server_seq"]
            bools = {c.name for c in spec.table.columns if c.type.python_type is bool}
            rows = conn.execute(
                f"SELECT {', '.join(cols)} FROM {spec.name} WHERE id IN "
                "(SELECT row_id FROM sync_outbox WHERE table_name = ? AND state = 'pending')",
                (spec.name,),
            ).fetchall()
            out[spec.name] = [
                {c: (bool(r[c]) if c in bools and r[c] is not None else r[c]) for c in cols} for r in rows
            ]
        return out
    finally:
        conn.close()


def raw_executemany(conninfo: str, rows: dict[str, list[dict]]) -> float:
    """The same rows, by plain executemany in one transaction (the server's triggers fire as for a push)."""
    import psycopg
    from psycopg import sql

    from opsdesk.sync.registry import tables

    with psycopg.connect(conninfo) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            for spec in tables():  # parents first
                batch = rows.get(spec.name)
                if not batch:
                    continue
                cols = list(batch[0])
                stmt = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                    sql.Identifier(spec.name),
                    sql.SQL(", ").join(map(sql.Identifier, cols)),
                    sql.SQL(", ").join(sql.Placeholder() * len(cols)),
                )
                cur.executemany(stmt, [[r[c] for c in cols] for r in batch])
        conn.commit()
        return time.perf_counter() - t0


def test_push_10k_ops_against_raw_executemany(cluster, tmp_path, qtbot, record, monkeypatch):
    import opsdesk.sync.apply as apply_mod
    import opsdesk.sync.outbox as outbox_mod
    from opsdesk.sync.engine import ServerConn, SyncEngine
    from ui.heartbeat import Heartbeat

    db, actor = desk(tmp_path / "a.sqlite3")
    while pending_count(tmp_path / "a.sqlite3") < OPS:
        queue_tickets(db, actor, 500)
    ops = pending_count(tmp_path / "a.sqlite3")
    rows = queued_rows(tmp_path / "a.sqlite3")
    n_rows = sum(len(r) for r in rows.values())

    # the raw baseline first, into a second server database with the same schema and triggers
    raw_db, raw_role = server_db(cluster)
    raw = raw_executemany(
        f"host=127.0.0.1 port={cluster.port} dbname={raw_db} user={raw_role} password={PASSWORD}", rows
    )

    name, role = server_db(cluster)
    marks: dict[str, float] = {}
    real_apply, real_record = apply_mod.apply_batch, outbox_mod.record_outcomes

    def timed_apply(*a, **kw):
        marks.setdefault("first_apply", time.perf_counter())
        return real_apply(*a, **kw)

    def timed_record(*a, **kw):
        out = real_record(*a, **kw)
        marks["last_record"] = time.perf_counter()
        return out

    monkeypatch.setattr(apply_mod, "apply_batch", timed_apply)
    monkeypatch.setattr(outbox_mod, "record_outcomes", timed_record)
    conn = ServerConn("127.0.0.1", cluster.port, name, role, sslmode="disable", password=PASSWORD)
    engine = SyncEngine(db, conn, "A1")
    hb = Heartbeat(interval_ms=10)
    hb.start()
    qtbot.wait(200)
    hb.reset()
    t0 = time.perf_counter()
    engine.start()
    qtbot.waitUntil(lambda: engine.status.state == "online" and engine.status.pending == 0, timeout=300_000)
    whole = time.perf_counter() - t0
    beat = hb.stats()
    push = marks["last_record"] - marks["first_apply"]
    record(f"sync push of {ops:,} queued ops (engine: batches of 500, applied + recorded)", push, "s")
    record(f"raw psycopg executemany of the same {n_rows:,} rows, one transaction", raw, "s")
    record("push / raw executemany ratio", push / raw, "x", "<= 2x")
    record("whole first cycle: connect, push 10,000, pull them back", whole, "s")
    record("GUI heartbeat max lateness during the 10,000-op sync", beat["max_ms"], "ms", "<= 50 ms",
           f"p95 {beat['p95_ms']} ms, {beat['samples']} ticks")  # fmt: skip

    # then the server freezes (SIGSTOP) while the desk goes on filing tickets
    hb.reset()
    cluster.freeze()
    try:
        t_freeze = time.perf_counter()
        writer = threading.Thread(target=lambda: (queue_tickets(db, actor, 3), engine.kick()))
        writer.start()
        qtbot.waitUntil(lambda: engine.status.state == "offline", timeout=30_000)
        to_offline = time.perf_counter() - t_freeze
        qtbot.wait(max(0, int((8 - to_offline) * 1000)))  # 8 s of a frozen server in all
        writer.join(10)
        frozen = hb.stats()
    finally:
        cluster.thaw()
    record("server frozen: desk shows offline after", to_offline, "s", "a few s", "rtt_timeout 4 s (default)")
    record("GUI heartbeat max lateness, 8 s with the server frozen", frozen["max_ms"], "ms", "<= 50 ms",
           f"p95 {frozen['p95_ms']} ms")  # fmt: skip
    qtbot.waitUntil(lambda: engine.status.state == "online" and engine.status.pending == 0, timeout=60_000)
    hb.stop()
    engine.stop()
    db.dispose()
