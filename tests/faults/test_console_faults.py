"""Faults on the console side (issue 3, faults 1, 2, 6, 7, 8, 9, 12, 13, 14), each console its own process.

Every test ends as a careful replication test does: heal, drain every outbox, compare every replica with
the server (equal, nothing lost, nothing doubled) — `World.converge()`.
"""

from __future__ import annotations

import json
import sqlite3

import psycopg
from harness import PASSWORD, SUPERVISOR, World, wait_until


def tickets_on_server(world: World, where: str = "true") -> dict[str, tuple]:
    rows = world.sql(f"SELECT id, title, deleted FROM tickets WHERE {where}")
    return {r[0]: (r[1], r[2]) for r in rows}


def applied_counts(world: World) -> dict[str, int]:
    """op_id → how many times the server recorded it (the primary key says once; checked anyway)."""
    return dict(world.sql("SELECT op_id, count(*) FROM opsdesk_applied_ops GROUP BY op_id"))


def pending_ops(path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT op_id, table_name, row_id, kind, data, base, state FROM sync_outbox ORDER BY n"
        ).fetchall()
    finally:
        conn.close()


def assert_filed_once(server: dict, ids: list[str], titles: list[str] | None = None) -> None:
    """Nothing lost (every id there), nothing doubled (no second row of the same title)."""
    tickets = server["tickets"]
    missing = [i for i in ids if i not in tickets]
    assert not missing, f"lost tickets: {missing}"
    if titles:
        title_col = 1 + [c.name for c in _tickets_columns()].index("title")
        seen = [r[title_col] for r in tickets.values()]
        doubled = {t for t in titles if seen.count(t) > 1}
        assert not doubled, f"doubled tickets: {doubled}"


def _tickets_columns():
    from opsdesk.storage.models import Ticket

    return list(Ticket.__table__.columns)


# ---- 1 -----------------------------------------------------------------------------------------
def test_killed_between_local_write_and_push(world: World):
    a = world.console("A1", "op_a", paused=True)
    b = world.console("B1", "op_b")
    titles = [f"killed-before-push {i}" for i in range(5)]
    ids = [a.cmd("file", title=t)["id"] for t in titles]
    a.cmd("event", ticket=ids[0], kind="acknowledged")
    assert a.status()["local"]["pending"] >= 6
    a.kill()  # the writes were committed locally with their outbox ops: both survive the kill
    assert tickets_on_server(world) == {}
    a.restart()
    server = world.converge()
    assert_filed_once(server, ids, titles)
    assert b.cmd("status")["local"]["pending"] == 0


# ---- 2 -----------------------------------------------------------------------------------------
def test_killed_after_server_commit_before_local_record(world: World):
    a = world.console("A1", "op_a", paused=True, faults=("kill_after_server_commit",))
    b = world.console("B1", "op_b")
    titles = [f"killed-after-commit {i}" for i in range(5)]
    ids = [a.cmd("file", title=t)["id"] for t in titles]
    before = [op[0] for op in pending_ops(a.db_path)]
    a.send("resume")
    assert a.wait(30) == -9
    assert "killing" in a.events()
    # the server has the batch; the console does not know: its outbox still holds every op
    assert set(before) <= set(applied_counts(world))
    assert [op[0] for op in pending_ops(a.db_path)] == before
    a.restart()  # resends the same op ids: the server answers from opsdesk_applied_ops, applies nothing twice
    server = world.converge()
    assert_filed_once(server, ids, titles)
    assert set(applied_counts(world).values()) == {1}
    assert len(tickets_on_server(world)) == 5
    b.quit()


# ---- 6 -----------------------------------------------------------------------------------------
def _ops(rows: list[tuple]):
    from opsdesk.sync.ops import Op

    return [Op(op_id, table, row_id, kind, json.loads(data), json.loads(base) if base else None)
            for op_id, table, row_id, kind, data, base, _state in rows]  # fmt: skip


def test_same_batch_many_times_and_batches_out_of_order(world: World):
    from opsdesk.sync import apply

    a = world.console("A1", "op_a", paused=True)
    b = world.console("B1", "op_b")
    ids = [a.cmd("file", title=f"dup {i}")["id"] for i in range(4)]
    for tid in ids:
        a.cmd("event", ticket=tid, kind="acknowledged")
        a.cmd("edit", ticket=tid, field="description", value=f"edited {tid}")
    ops = _ops(pending_ops(a.db_path))
    per_ticket: dict[str, list] = {}
    owner = {}
    for op in ops:
        key = op.row_id if op.table == "tickets" else op.data.get("ticket_id", op.row_id)
        owner[op.op_id] = key
        per_ticket.setdefault(key, []).append(op)
    batches = [per_ticket[t] for t in ids if t in per_ticket]
    extra = [op for op in ops if owner[op.op_id] not in ids]  # adopted or other rows, if any
    if extra:
        batches.insert(0, extra)
    # delivered as console A's role: the later tickets' batches first, each three times
    with psycopg.connect(world.cluster.url(world.dbname, "op_a", PASSWORD).replace("+psycopg", "")) as conn:
        for _round in range(3):
            for batch in reversed(batches):
                outcomes = apply.apply_batch(conn, "A1", batch)
                conn.commit()
                assert {o.outcome for o in outcomes.values()} <= {"applied"}, outcomes
    assert set(applied_counts(world).values()) == {1}
    # then the console's own push: every op already applied, answered from the table, nothing doubled
    a.cmd("resume")
    server = world.converge()
    assert_filed_once(server, ids)
    events = world.sql("SELECT ticket_id, count(*) FROM ticket_events WHERE kind = 'acknowledged' GROUP BY 1")
    assert dict(events) == dict.fromkeys(ids, 1)
    descriptions = dict(world.sql("SELECT id, description FROM tickets"))
    assert all(descriptions[t] == f"edited {t}" for t in ids)
    b.quit()


def test_lost_answers_make_the_console_resend_the_same_batch(world: World):
    a = world.console("A1", "op_a", paused=True, faults=("lose_acks",))
    ids = [a.cmd("file", title=f"lost-ack {i}")["id"] for i in range(3)]
    a.cmd("resume")
    wait_until(lambda: a.events().count("ack_lost") >= 3, 30, "three lost answers")
    server = world.converge()
    assert_filed_once(server, ids, [f"lost-ack {i}" for i in range(3)])
    assert set(applied_counts(world).values()) == {1}


# ---- 7 -----------------------------------------------------------------------------------------
def test_two_consoles_edit_the_same_field_while_offline(world: World):
    a = world.console("A1", "op_a")
    b = world.console("B1", "op_b")
    tid = a.cmd("file", title="同一字段")["id"]
    world.drain()
    world.proxy.cut()
    a.cmd("edit", ticket=tid, field="title", value="A 的标题")
    b.cmd("edit", ticket=tid, field="title", value="B 的标题")
    a.cmd("edit", ticket=tid, field="reporter_name", value="张三")  # only A: merges without conflict
    b.cmd("edit", ticket=tid, field="equipment", value="拼接屏")  # only B
    a.wait_state("offline")
    world.proxy.restore()
    server = world.converge()
    title, reporter, equipment = world.sql(
        "SELECT title, reporter_name, equipment FROM tickets WHERE id = :id", {"id": tid}
    )[0]
    assert title in ("A 的标题", "B 的标题")
    assert (reporter, equipment) == ("张三", "拼接屏")
    conflicts = world.sql(
        "SELECT column_name, local_value, remote_value, kind FROM sync_conflicts WHERE row_id = :id",
        {"id": tid},
    )
    assert len(conflicts) == 1, conflicts
    column, local, remote, kind = conflicts[0]
    assert (column, kind) == ("title", "edit")
    # both values are kept: the one that lost is in the conflict record, for a person to pick
    assert {json.loads(local), json.loads(remote)} == {"A 的标题", "B 的标题"}
    assert json.loads(remote) == title
    assert len(server["sync_conflicts"]) == 1
    for c in (a, b):
        assert c.status()["conflicts"] == 1


# ---- 8 -----------------------------------------------------------------------------------------
def test_one_console_deletes_what_another_edits(world: World):
    a = world.console("A1", "op_a")
    s = world.console("S1", SUPERVISOR, operator="王芳")  # operators may not delete tickets
    tid = a.cmd("file", title="要删除的")["id"]
    world.drain()
    a.cmd("pause")  # A works offline and does not see the delete
    s.cmd("delete", ticket=tid)
    wait_until(
        lambda: world.sql("SELECT deleted FROM tickets WHERE id = :id", {"id": tid})[0][0], 20, "delete"
    )
    a.cmd("edit", ticket=tid, field="title", value="删之前改的")
    a.cmd("resume")
    world.converge()
    # policy: delete wins; the edit is kept in a conflict record of kind 'delete' so a person can restore
    title, deleted = tickets_on_server(world)[tid]
    assert deleted and title == "要删除的"
    conflicts = world.sql(
        "SELECT column_name, local_value, kind FROM sync_conflicts WHERE row_id = :id", {"id": tid}
    )
    assert [(c[0], json.loads(c[1]), c[2]) for c in conflicts] == [("title", "删之前改的", "delete")]


# ---- 9 -----------------------------------------------------------------------------------------
def test_console_clocks_skewed_by_hours(world: World):
    ahead = world.console("A1", "op_a", extra=("--skew-hours", "5"))
    behind = world.console("B1", "op_b", extra=("--skew-hours", "-5"))
    t1 = ahead.cmd("file", title="快 5 小时")["id"]
    t2 = behind.cmd("file", title="慢 5 小时")["id"]
    world.drain()
    # the later edit wins although its console's clock says it is ten hours older: order is the
    # server's sequence, never console time
    ahead.cmd("edit", ticket=t2, field="description", value="first, from the future")
    world.drain()
    behind.cmd("edit", ticket=t2, field="description", value="second, from the past")
    world.drain()
    ahead.cmd("event", ticket=t1, kind="acknowledged")
    behind.cmd("event", ticket=t2, kind="acknowledged")
    server = world.converge()
    assert world.sql("SELECT description FROM tickets WHERE id = :id", {"id": t2}) == [
        ("second, from the past",)
    ]
    assert world.sql("SELECT count(*) FROM sync_conflicts") == [(0,)]
    assert_filed_once(server, [t1, t2])
    statuses = dict(world.sql("SELECT id, status FROM tickets"))
    assert statuses[t1] == statuses[t2] == "acknowledged"


# ---- 12 ----------------------------------------------------------------------------------------
def test_wrong_password_pauses_sync_and_keeps_the_outbox(world: World):
    a = world.console("A1", "op_a", password="not-the-password")
    st = a.wait_state("refused", timeout=15)
    assert st["reason"] == "auth"
    ids = [a.cmd("file", title=f"refused {i}")["id"] for i in range(3)]
    assert a.status()["local"]["pending"] >= 3  # kept; nothing reached the server
    assert tickets_on_server(world) == {}
    assert "not-the-password" not in a.log_tail(100_000)  # never in logs or exceptions
    a.cmd("connect", password=PASSWORD)  # the operator types the right one
    server = world.converge()
    assert_filed_once(server, ids)


def test_role_revoked_mid_session(world: World):
    a = world.console("A1", "op_a")
    b = world.console("B1", "op_b")
    a.cmd("file", title="before the revoke")
    world.drain()
    world.sql("REVOKE opsdesk_operator FROM op_a")
    try:
        ids = [a.cmd("file", title=f"after the revoke {i}")["id"] for i in range(2)]
        st = a.wait_state("refused", timeout=15)
        assert st["reason"] in ("revoked", "permission")
        assert a.status()["local"]["pending"] >= 2
        assert not set(ids) & set(tickets_on_server(world))
    finally:
        world.sql("GRANT opsdesk_operator TO op_a")
    a.cmd("connect")  # the supervisor restored the role; the operator retries
    server = world.converge()
    assert_filed_once(server, ids)
    b.quit()


# ---- 13 ----------------------------------------------------------------------------------------
def test_disk_full_marks_nothing_synced_that_was_not(world: World):
    a = world.console("A1", "op_a")
    b = world.console("B1", "op_b")
    world.drain()
    seq_before = a.status()["local"]["last_seq"]
    a.cmd("fault", name="disk_full", on=True)
    ids = [a.cmd("file", title=f"disk full {i}")["id"] for i in range(4)]
    # the push reaches the server, but recording its outcome locally fails: nothing is marked synced
    wait_until(lambda: len(tickets_on_server(world)) == 4, 20, "the batch on the server")
    b.cmd("file", title="from B while A's disk is full")
    wait_until(lambda: len(tickets_on_server(world)) == 5, 20, "B's ticket on the server")
    for _ in range(10):  # for a while the engine keeps failing; the local state must not move
        local = a.status()["local"]
        assert local["pending"] >= 4
        assert local["last_seq"] == seq_before
        wait_until(lambda: True, 0.2, "")
    a.cmd("fault", name="disk_full", on=False)
    server = world.converge()
    assert_filed_once(server, ids)
    assert set(applied_counts(world).values()) == {1}


# ---- 14 ----------------------------------------------------------------------------------------
def test_rejected_operation_is_set_aside_and_the_queue_goes_on(world: World):
    a = world.console("A1", "op_a")
    b = world.console("B1", "op_b")
    tid = a.cmd("file", title="两处到场")["id"]
    a.cmd("event", ticket=tid, kind="acknowledged")
    world.drain()
    a.cmd("pause")  # A works offline: it does not see B's arrival
    b.cmd("event", ticket=tid, kind="arrived")
    wait_until(lambda: b.status()["local"]["pending"] == 0, 20, "B pushed first")
    a.cmd("event", ticket=tid, kind="arrived")  # arrived happens once: the server refuses this one
    after = [a.cmd("file", title=f"after the refused op {i}")["id"] for i in range(3)]
    a.cmd("resume")
    server = world.converge(allow_rejected=True)
    st = a.status()
    assert st["rejected"] == 1 and st["local"]["rejected"] == 1  # set aside and shown
    rejected = [op for op in pending_ops(a.db_path) if op[6] == "rejected"]
    assert rejected[0][1] == "ticket_events" and json.loads(rejected[0][4])["kind"] == "arrived"
    assert_filed_once(server, after)  # the ops queued behind it went through
    arrived = world.sql(
        "SELECT count(*) FROM ticket_events WHERE ticket_id = :t AND kind = 'arrived'", {"t": tid}
    )
    assert arrived == [(1,)]
