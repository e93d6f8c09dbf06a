"""apply.apply_batch: once per op id, conflicts kept, delete wins, one bad op never blocks the rest."""

from __future__ import annotations

import json
import random

import pytest
from rows import NOW, event, ins, row, ticket, upd
from servertools import Server

from opsdesk.sync.apply import apply_batch
from opsdesk.sync.ops import Op


def _count(c, table: str) -> int:
    return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def op_conn(server: Server, connect_as):
    return connect_as(server.add_role())


def test_same_batch_many_times_and_out_of_order(op_conn) -> None:
    c = op_conn
    t = ticket()
    evs = [event(t["id"], k, NOW + i * 1000) for i, k in enumerate(["created", "acknowledged", "comment"])]
    batch = [ins("tickets", t)] + [ins("ticket_events", e) for e in evs]
    batch.append(upd("tickets", t["id"], {"title": "新标题", "updated_at": NOW + 5}, {"title": t["title"]}))
    first = apply_batch(c, "A1", batch)
    assert {o.outcome for o in first.values()} == {"applied"}
    seq = c.execute("SELECT max(server_seq) FROM tickets").fetchone()[0]
    rng = random.Random(3)
    for _ in range(10):
        again = rng.sample(batch, k=rng.randint(1, len(batch)))
        assert apply_batch(c, "A1", again) == {op.op_id: first[op.op_id] for op in again}
    assert _count(c, "tickets") == 1 and _count(c, "ticket_events") == 3
    assert _count(c, "opsdesk_applied_ops") == len(batch)
    # nothing was re-applied: no new stamps
    assert c.execute("SELECT max(server_seq) FROM tickets").fetchone()[0] == seq
    assert c.execute("SELECT title FROM tickets").fetchone()[0] == "新标题"


def test_duplicate_op_in_one_batch_applies_once(op_conn) -> None:
    r = row("rooms")
    op = ins("rooms", r)
    out = apply_batch(op_conn, "A1", [op, op])
    assert out == {op.op_id: out[op.op_id]} and out[op.op_id].outcome == "applied"


def test_concurrent_edit_of_one_field_is_a_conflict(server: Server, connect_as) -> None:
    a, b = connect_as(server.add_role(), "A1"), connect_as(server.add_role(), "B2")
    t = ticket(title="原标题", description="原描述")
    apply_batch(a, "A1", [ins("tickets", t)])
    base = {"title": "原标题", "description": "原描述", "updated_at": NOW, "status": "new"}
    out_a = apply_batch(
        a, "A1", [upd("tickets", t["id"], {"title": "A 的标题", "updated_at": NOW + 1}, base)]
    )
    # B saw the same base: title conflicts, description (not touched by A) applies, status is derived (lww)
    op_b = upd(
        "tickets", t["id"],
        {"title": "B 的标题", "description": "B 的描述", "status": "acknowledged", "updated_at": NOW + 2}, base,
    )  # fmt: skip
    out_b = apply_batch(b, "B2", [op_b])
    assert [o.outcome for o in out_a.values()] == ["applied"]
    assert out_b[op_b.op_id].outcome == "conflict"
    assert out_b[op_b.op_id].detail == {"kind": "edit", "columns": ["title"]}
    assert b.execute("SELECT title, description, status FROM tickets").fetchone() == (
        "A 的标题", "B 的描述", "acknowledged",
    )  # fmt: skip
    conflict = b.execute(
        "SELECT table_name, row_id, column_name, base_value, local_value, remote_value, kind, origin_console, "
        "server_seq FROM sync_conflicts"
    ).fetchall()
    assert len(conflict) == 1
    tname, rid, col, base_v, local_v, remote_v, kind, origin, seq = conflict[0]
    assert (tname, rid, col, kind, origin) == ("tickets", t["id"], "title", "edit", "B2")
    assert [json.loads(v) for v in (base_v, local_v, remote_v)] == ["原标题", "B 的标题", "A 的标题"]
    assert seq is not None  # replicated to every console
    # resending B's batch makes no second conflict
    apply_batch(b, "B2", [op_b])
    assert _count(b, "sync_conflicts") == 1


def test_delete_wins_and_the_edit_is_kept(server: Server, connect_as) -> None:
    sup, op = connect_as(server.add_role(supervisor=True), "S1"), connect_as(server.add_role(), "A1")
    t = ticket(title="要删除的")
    apply_batch(sup, "S1", [ins("tickets", t)])
    apply_batch(
        sup, "S1", [upd("tickets", t["id"], {"deleted": True, "updated_at": NOW + 1}, {"deleted": False})]
    )
    edit = upd("tickets", t["id"], {"title": "离线时的修改", "updated_at": NOW + 2}, {"title": "要删除的"})
    out = apply_batch(op, "A1", [edit])
    assert out[edit.op_id].outcome == "conflict" and out[edit.op_id].detail["kind"] == "delete"
    assert op.execute("SELECT deleted, title FROM tickets").fetchone() == (True, "要删除的")
    kind, local = op.execute("SELECT kind, local_value FROM sync_conflicts").fetchone()
    assert (kind, json.loads(local)) == ("delete", "离线时的修改")


def test_one_bad_op_is_rejected_and_the_rest_applies(op_conn) -> None:
    c = op_conn
    tickets = [ticket() for _ in range(20)]
    ops: list[Op] = [ins("tickets", t) for t in tickets]
    for t in tickets:
        ops += [ins("ticket_events", event(t["id"], "created", NOW)),
                ins("ticket_events", event(t["id"], "acknowledged", NOW + 1000))]  # fmt: skip
    bad_close = ins("ticket_events", event(tickets[7]["id"], "closed", NOW + 2000))  # not resolved
    dup_code = ins("tickets", ticket(code=tickets[3]["code"]))
    profile = ins("contract_profiles", row("contract_profiles"))  # operators may not
    bad_type = ins("rooms", row("rooms", sort_order="not a number"))
    ghost = upd("rooms", "no-such-room", {"name_zh": "x"}, {"name_zh": "y"})
    unknown = Op("u1", "no_table", "r", "insert", {"id": "r"})
    bad_bytes = ins("attachments", row("attachments", ticket_id=tickets[0]["id"], data="not base64!"))
    ops[25:25] = [bad_close, dup_code, profile, bad_type, ghost, unknown, bad_bytes]
    out = apply_batch(c, "A1", ops)
    rejected = {k: (v.reason, v.outcome) for k, v in out.items() if v.outcome != "applied"}
    assert rejected == {
        bad_close.op_id: ("lifecycle", "rejected"),
        dup_code.op_id: ("duplicate", "rejected"),
        profile.op_id: ("permission", "rejected"),
        bad_type.op_id: ("invalid", "rejected"),
        ghost.op_id: ("missing", "rejected"),
        "u1": ("invalid", "rejected"),
        bad_bytes.op_id: ("invalid", "rejected"),
    }
    assert _count(c, "tickets") == 20 and _count(c, "ticket_events") == 40
    # the answers are recorded: a resend gets the same ones
    assert apply_batch(c, "A1", ops) == out


def test_lifecycle_guard_closing_twice_and_deleted_ticket(server: Server, connect_as) -> None:
    c, sup = connect_as(server.add_role()), connect_as(server.add_role(supervisor=True))
    t = ticket()
    kinds = ["created", "acknowledged", "resolved", "closed"]
    apply_batch(c, "A1", [ins("tickets", t)] + [ins("ticket_events", event(t["id"], k, NOW + i)) for i, k in
                                                 enumerate(kinds)])  # fmt: skip
    # a second console, offline, also resolved and closed: its close comes second
    late = [ins("ticket_events", event(t["id"], "closed", NOW + 10))]
    assert apply_batch(c, "B2", late)[late[0].op_id].reason == "lifecycle"
    # an event placed earlier in time than existing ones is checked in its place in the history
    early_arrive = ins("ticket_events", event(t["id"], "arrived", NOW + 1, recorded_at=NOW + 20))
    assert apply_batch(c, "B2", [early_arrive])[early_arrive.op_id].outcome == "applied"
    early_bad = ins("ticket_events", event(t["id"], "paused", NOW + 3, recorded_at=NOW + 20))  # after resolve
    assert apply_batch(c, "B2", [early_bad])[early_bad.op_id].reason == "lifecycle"
    apply_batch(sup, "S1", [upd("tickets", t["id"], {"deleted": True}, {"deleted": False})])
    comment = ins("ticket_events", event(t["id"], "comment", NOW + 30))
    out = apply_batch(c, "A1", [comment])[comment.op_id]
    assert (out.outcome, out.reason) == ("rejected", "deleted_ticket")


def test_binary_and_times_round_trip(op_conn) -> None:
    import base64

    t = ticket()
    payload = bytes(range(256)) * 4
    att = row("attachments", ticket_id=t["id"], filename="x.bin", size=len(payload),
              data=base64.b64encode(payload).decode(), added_at=NOW + 123)  # fmt: skip
    apply_batch(op_conn, "A1", [ins("tickets", t), ins("attachments", att)])
    assert op_conn.execute("SELECT data, added_at FROM attachments").fetchone() == (payload, NOW + 123)
    # an update comparing against a base64 base works too
    new = base64.b64encode(b"new").decode()
    op = upd("attachments", att["id"], {"data": new, "size": 3}, {"data": att["data"], "size": len(payload)})
    assert apply_batch(op_conn, "A1", [op])[op.op_id].outcome == "applied"
    assert op_conn.execute("SELECT data FROM attachments").fetchone()[0] == b"new"


def test_resent_insert_under_new_op_id(op_conn) -> None:
    r = row("rooms", code="R9")
    apply_batch(op_conn, "A1", [ins("rooms", r)])
    same = ins("rooms", r)
    other = ins("rooms", {**r, "name_zh": "别的"})
    out = apply_batch(op_conn, "A1", [same, other])
    assert (out[same.op_id].outcome, out[other.op_id].reason) == ("applied", "duplicate")
