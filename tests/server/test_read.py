"""server_read: a reader never skips a change whose seq was given out before a later one committed."""

from __future__ import annotations

import base64
import threading
import time

import psycopg
import pytest
from psycopg.types.json import Jsonb
from rows import NOW, event, ins, row, ticket
from servertools import Server

from opsdesk.sync import server_read
from opsdesk.sync.apply import apply_batch


def _insert_raw(c: psycopg.Connection, table: str, data: dict) -> int:
    return c.execute(
        f"INSERT INTO {table} SELECT * FROM jsonb_populate_record(NULL::{table}, %s) RETURNING server_seq",
        [Jsonb(data)],
    ).fetchone()[0]


@pytest.mark.parametrize("mode", ["read_committed", "consistent"])
def test_slow_writer_is_not_skipped(server: Server, connect_as, mode: str) -> None:
    slow, reader = connect_as(server.add_role()), connect_as(server.add_role())
    apply_batch(slow, "A1", [ins("rooms", row("rooms"))])
    got: dict[str, object] = {}
    in_txn = threading.Event()

    def slow_writer() -> None:
        with slow.transaction():
            got["slow_seq"] = _insert_raw(slow, "rooms", row("rooms", code="SLOW"))
            in_txn.set()
            time.sleep(0.8)  # holds its seq (and the lock) uncommitted

    t = threading.Thread(target=slow_writer)
    t.start()
    in_txn.wait(5)
    started = time.monotonic()
    if mode == "read_committed":
        with reader.transaction():
            hw = server_read.snapshot(reader)
            rows = server_read.read_changes(reader, "rooms", 0, hw, 100)
    else:
        with server_read.consistent_snapshot(reader) as hw:
            rows = server_read.read_changes(reader, "rooms", 0, hw, 100)
    waited = time.monotonic() - started
    t.join()
    assert waited > 0.3  # it waited for the writer in flight …
    assert hw >= got["slow_seq"]  # … so the high-water mark covers its seq …
    assert got["slow_seq"] in [r["server_seq"] for r in rows]  # … and its row is read
    # the lock is not held any longer: a writer proceeds at once
    t0 = time.monotonic()
    apply_batch(slow, "A1", [ins("rooms", row("rooms"))])
    assert time.monotonic() - t0 < 0.5


def test_snapshot_refuses_repeatable_read(server: Server, connect_as) -> None:
    c = connect_as(server.add_role())
    with c.transaction():
        c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        with pytest.raises(ValueError):
            server_read.snapshot(c)
    # and released its lock on the way out
    assert c.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").fetchone()[0] == 0


def test_consistent_snapshot_sees_no_later_change(server: Server, connect_as) -> None:
    reader, writer = connect_as(server.add_role()), connect_as(server.add_role())
    t = ticket(title="before")
    apply_batch(writer, "A1", [ins("tickets", t)])
    with server_read.consistent_snapshot(reader) as hw:
        writer.execute("UPDATE tickets SET title = 'after' WHERE id = %s", [t["id"]])  # not blocked
        rows = server_read.read_rows(reader, "tickets", [t["id"]])
        assert rows[0]["title"] == "before" and rows[0]["server_seq"] <= hw
    assert reader.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def test_read_changes_in_order_with_wire_values(server: Server, connect_as) -> None:
    c = connect_as(server.add_role())
    t = ticket()
    att = row("attachments", ticket_id=t["id"], size=2, data=base64.b64encode(b"hi").decode())
    ops = [ins("tickets", t), ins("attachments", att)]
    ops += [ins("ticket_events", event(t["id"], k, NOW + i)) for i, k in enumerate(["created", "comment"])]
    apply_batch(c, "A1", ops)
    with c.transaction():
        hw = server_read.snapshot(c)
        assert server_read.count_changes(c, 0, hw) == 4
        assert server_read.count_changes(c, hw, hw) == 0
        evs = server_read.read_changes(c, "ticket_events", 0, hw, 1)
        more = server_read.read_changes(c, "ticket_events", evs[0]["server_seq"], hw, 10)
        assert [e["kind"] for e in evs + more] == ["created", "comment"]
        assert server_read.read_changes(c, "attachments", 0, hw, 10)[0]["data"] == att["data"]
        assert server_read.read_rows(c, "tickets", [t["id"], "missing"])[0]["created_at"] == NOW
