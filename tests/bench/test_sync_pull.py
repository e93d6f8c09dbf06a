"""Sync benchmarks, pull side (issue 3 "Must show"): the first sync of a new console against a server holding
100,000 tickets (≤ 30 s), and how soon a change on console A is on console B (p95 ≤ 500 ms, LISTEN/NOTIFY).

The server's 100,000 tickets: the benchmarks' 2,000-ticket demo replica (tests/bench/conftest.py `home_2k`,
made through the services, with whole event histories) copied in with COPY, then cloned 50 times on the
server with new ids and codes (triggers off for the load only, server_seq stamped in order). Loading
them through 700,000 pushed operations would take many minutes and measure the push, not the join.
"""

from __future__ import annotations

import sqlite3
import statistics
import threading
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql
from test_sync_push import PASSWORD, cluster, desk, server_db  # noqa: F401  (cluster: the fixture)


def _tables():
    from opsdesk.sync.registry import tables

    return tables()


def _seeded_ids(replica: Path) -> set[str]:
    """Rows every console seeds from the code (built-in profiles, the packaged calendar): never pushed, so
    never on a server (opsdesk.sync.outbox leaves them out of adoption)."""
    from sqlalchemy import create_engine, select

    from opsdesk.sync import outbox

    eng = create_engine(f"sqlite:///{replica}")
    try:
        with eng.connect() as c:
            return {
                r[0]
                for spec in _tables()
                if (cond := outbox._seeded_condition(spec)) is not None
                for r in c.execute(select(spec.table.c.id).where(cond))
            }
    finally:
        eng.dispose()


def load_server(conninfo: str, replica: Path) -> dict[str, int]:
    """Every replicated row of `replica` but the seeded ones into the server, in foreign-key order,
    server_seq 1…n."""
    from opsdesk.sync.registry import tables

    counts: dict[str, int] = {}
    seq = 0
    seeded = _seeded_ids(replica)
    src = sqlite3.connect(f"file:{replica}?mode=ro", uri=True)
    try:
        with psycopg.connect(conninfo) as conn:
            conn.execute("SET session_replication_role = replica")  # a bulk load: no per-row triggers
            for spec in tables():
                cols = [c.name for c in spec.table.columns]
                seq_at, id_at = cols.index("server_seq"), cols.index("id")
                bools = [i for i, c in enumerate(spec.table.columns) if c.type.python_type is bool]
                copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(spec.name), sql.SQL(", ").join(map(sql.Identifier, cols))
                )
                n = 0
                with conn.cursor().copy(copy) as cp:
                    for row in src.execute(f"SELECT {', '.join(cols)} FROM {spec.name}"):
                        if row[id_at] in seeded:
                            continue
                        row = list(row)
                        seq += 1
                        n += 1
                        row[seq_at] = seq
                        for i in bools:
                            row[i] = None if row[i] is None else bool(row[i])
                        cp.write_row(row)
                counts[spec.name] = n
            conn.execute("SELECT setval('opsdesk_change_seq', %s)", [seq])
            conn.commit()
    finally:
        src.close()
    return counts


def clone_on_server(conninfo: str, copies: int) -> None:
    """Every ticket and the rows hanging off it, `copies - 1` more times, with new ids and codes."""

    def new_id(col: str) -> str:
        return f"md5({col} || ':' || k)::uuid::text"

    with psycopg.connect(conninfo) as conn:
        conn.execute("SET session_replication_role = replica")
        for spec in _tables():
            cols = [c.name for c in spec.table.columns]
            if spec.name == "tickets":
                exprs = {"id": new_id("id"), "code": "code || '-' || k"}
            elif "ticket_id" in cols:
                exprs = {"id": new_id("id"), "ticket_id": new_id("ticket_id")}
            else:
                continue
            exprs["server_seq"] = "nextval('opsdesk_change_seq')"
            select = ", ".join(exprs.get(c, c) for c in cols)
            conn.execute(
                f"INSERT INTO {spec.name} ({', '.join(cols)}) SELECT {select} FROM {spec.name}, "
                f"generate_series(2, {copies}) AS k"
            )
        conn.commit()


def test_first_sync_of_100k_tickets(cluster, home_2k, tmp_path, qtbot, record):  # noqa: F811
    from opsdesk.services.reference import open_desk_database
    from opsdesk.sync.engine import ServerConn, SyncEngine
    from ui.heartbeat import Heartbeat

    name, role = server_db(cluster)
    t0 = time.perf_counter()
    admin = f"host=127.0.0.1 port={cluster.port} dbname={name} user=postgres"
    load_server(admin, home_2k / "opsdesk.sqlite3")
    clone_on_server(admin, 50)
    with psycopg.connect(admin) as c:
        counts = {
            spec.name: c.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0] for spec in _tables()
        }
    load = time.perf_counter() - t0
    rows = sum(counts.values())

    db = open_desk_database(tmp_path / "new-console.sqlite3")  # a new desk: empty but for its reference data
    progress: list[tuple[int, int]] = []
    conn = ServerConn("127.0.0.1", cluster.port, name, role, sslmode="disable", password=PASSWORD)
    engine = SyncEngine(db, conn, "N1", on_status=lambda st: st.progress and progress.append(st.progress))
    hb = Heartbeat(interval_ms=10)
    hb.start()
    qtbot.wait(100)
    hb.reset()
    t0 = time.perf_counter()
    engine.start()
    try:
        qtbot.waitUntil(lambda: engine.status.state == "online", timeout=240_000)
    finally:
        took = time.perf_counter() - t0
        beat = hb.stats()
        hb.stop()
        engine.stop()
    local = sqlite3.connect(tmp_path / "new-console.sqlite3")
    try:
        tickets = local.execute("SELECT count(*) FROM tickets").fetchone()[0]
        events = local.execute("SELECT count(*) FROM ticket_events").fetchone()[0]
    finally:
        local.close()
    db.dispose()
    assert tickets == counts["tickets"] and events == counts["ticket_events"]
    record(
        f"first sync of a new console: {counts['tickets']:,} tickets, {counts['ticket_events']:,} events "
        f"({rows:,} rows)",
        took,
        "s",
        "<= 30 s",
        f"{len(progress)} progress updates; server loaded by COPY in {load:.0f} s",
    )
    record("GUI heartbeat max lateness during the first sync", beat["max_ms"], "ms", "<= 50 ms",
           f"p95 {beat['p95_ms']} ms")  # fmt: skip


def test_change_on_a_visible_on_b(cluster, tmp_path, record):  # noqa: F811
    from opsdesk.domain.tickets import NewTicket
    from opsdesk.services.reference import open_desk_database
    from opsdesk.services.tickets import create_ticket
    from opsdesk.sync.engine import ServerConn, SyncEngine

    name, role_a = server_db(cluster)
    role_b = uuid.uuid4().hex[:6]
    with psycopg.connect(
        f"host=127.0.0.1 port={cluster.port} dbname=postgres user=postgres", autocommit=True
    ) as c:
        c.execute(f"CREATE ROLE op_{role_b} LOGIN PASSWORD '{PASSWORD}' IN ROLE opsdesk_operator")
    db_a, actor = desk(tmp_path / "a.sqlite3")
    db_b = open_desk_database(tmp_path / "b.sqlite3")

    seen: dict[str, float] = {}
    arrived = threading.Condition()

    def on_changes_b(changes: dict[str, set[str]]) -> None:
        now = time.perf_counter()
        with arrived:
            for tid in changes.get("tickets", ()):
                seen.setdefault(tid, now)
            arrived.notify_all()

    def conn(role: str) -> ServerConn:
        return ServerConn("127.0.0.1", cluster.port, name, role, sslmode="disable", password=PASSWORD)

    a = SyncEngine(db_a, conn(role_a), "A1")
    b = SyncEngine(db_b, conn(f"op_{role_b}"), "B1", on_changes=on_changes_b)
    a.start()
    b.start()
    assert a.wait_synced(60) and b.wait_synced(60)
    time.sleep(1.0)  # both listeners connected
    latencies = []
    for i in range(60):
        with db_a.session() as s:
            tid = create_ticket(
                s,
                NewTicket(title=f"实时 {i}", priority="P2", category="video_wall"),
                actor,
                profile_code="GX-4LEVEL",
            ).id
        t0 = time.perf_counter()
        a.kick()  # what the desk does after every local write (tasks.changed → kick)
        with arrived:
            arrived.wait_for(lambda tid=tid: tid in seen, timeout=10)
        latencies.append((seen.get(tid, float("inf")) - t0) * 1000)
        time.sleep(0.1)
    a.stop()
    b.stop()
    db_a.dispose()
    db_b.dispose()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    record(
        "change on console A visible on console B (60 tickets): p95",
        p95,
        "ms",
        "<= 500 ms",
        f"median {statistics.median(latencies):.0f} ms, max {latencies[-1]:.0f} ms; from A's commit to B's "
        "local commit + change callback",
    )
