"""Conflicts and refused operations: kept, shown on every console, settled by a person, queue never blocked."""

from __future__ import annotations

import pytest
from converge import assert_converged
from sqlalchemy import func, select
from synctools import drain

from opsdesk.domain.enums import EventKind
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import NotFound, ValidationError
from opsdesk.services import reference
from opsdesk.services import tickets as svc
from opsdesk.storage.models import Room, Ticket, TicketEventRow
from opsdesk.storage.sync_models import SyncConflict
from opsdesk.sync import conflicts

K = EventKind


def room_on(c, code: str = "HALL", name: str = "指挥大厅") -> str:
    with c.db.session() as s:
        return reference.create_room(s, code=code, name_zh=name).id


def rename(c, room_id: str, name: str) -> None:
    with c.db.session() as s:
        s.get(Room, room_id).name_zh = name


def name_on(c, room_id: str) -> str:
    with c.db.session(read_only=True) as s:
        return s.get(Room, room_id).name_zh


def test_concurrent_edits_of_one_field_make_one_conflict_seen_and_settled_everywhere(server, consoles):
    a, b = consoles("A1"), consoles("B2")
    rid = room_on(a)
    drain(a, b)
    rename(a, rid, "一号大厅")  # both edit the same field without seeing each other
    rename(b, rid, "主控大厅")
    a.sync()  # A's edit reaches the server first and wins for now
    b.sync()  # B's loses: kept in a conflict row, B's replica shows the server's value again
    drain(a, b)
    assert name_on(a, rid) == name_on(b, rid) == "一号大厅"
    for c in (a, b):
        with c.db.session(read_only=True) as s:
            [info] = conflicts.list_conflicts(s)
            assert (info.table, info.row_id, info.column, info.kind) == ("rooms", rid, "name_zh", "edit")
            assert (info.base_value, info.local_value, info.remote_value) == (
                "指挥大厅",
                "主控大厅",
                "一号大厅",
            )
            assert info.origin_console == "B2" and "HALL" in info.record
            assert conflicts.sync_summary(s).conflicts == 1
    assert a.engine.status.conflicts == 1
    # a person on A picks B's value
    with a.db.session() as s:
        conflicts.resolve(s, info.id, "local", a.actor)
    with a.db.session() as s, pytest.raises(ValidationError):
        conflicts.resolve(s, info.id, "remote", a.actor)
    drain(a, b)
    assert name_on(a, rid) == name_on(b, rid) == "主控大厅"
    for c in (a, b):
        with c.db.session(read_only=True) as s:
            assert conflicts.list_conflicts(s) == []
            assert s.get(SyncConflict, info.id).resolution == "local"
    assert_converged(server.url, a.db, b.db)


def test_a_merged_text_resolves_a_conflict(server, consoles):
    a, b = consoles("A1"), consoles("B2")
    rid = room_on(a)
    drain(a, b)
    rename(a, rid, "一号大厅")
    rename(b, rid, "主控大厅")
    drain(a, b)
    with b.db.session(read_only=True) as s:
        [info] = conflicts.list_conflicts(s)
    with b.db.session() as s, pytest.raises(ValidationError):
        conflicts.resolve(s, info.id, "merged", b.actor)  # no merged text given
    with b.db.session() as s:
        conflicts.resolve(s, info.id, "merged", b.actor, merged_value="一号主控大厅")
    drain(b, a)
    assert name_on(a, rid) == name_on(b, rid) == "一号主控大厅"
    assert_converged(server.url, a.db, b.db)


def test_delete_wins_over_an_edit_and_the_edit_is_kept(server, consoles):
    a, b = consoles("A1"), consoles("B2")
    rid = room_on(a)
    drain(a, b)
    with a.db.session() as s:
        s.get(Room, rid).deleted = True
    rename(b, rid, "主控大厅")
    drain(a, b)
    for c in (a, b):
        with c.db.session(read_only=True) as s:
            assert s.get(Room, rid).deleted is True
            [info] = conflicts.list_conflicts(s)
            assert info.kind == "delete" and info.local_value == "主控大厅"
    with b.db.session() as s:  # a person restores the room with the edit
        conflicts.resolve(s, info.id, "local", b.actor)
    drain(b, a)
    for c in (a, b):
        with c.db.session(read_only=True) as s:
            r = s.get(Room, rid)
            assert (r.deleted, r.name_zh) == (False, "主控大厅")
    assert_converged(server.url, a.db, b.db)


def _ticket(c) -> str:
    with c.db.session() as s:
        t = svc.create_ticket(
            s,
            NewTicket(title="UPS告警", priority="P2", category="video_wall"),
            c.actor,
            profile_code="GX-4LEVEL",
        )
        svc.add_event(s, t.id, K.ACKNOWLEDGED, c.actor)
        return t.id


def test_a_refused_event_is_set_aside_and_the_queue_goes_on(server, consoles):
    a, b = consoles("A1"), consoles("B2")
    tid = _ticket(a)
    drain(a, b)
    fault = {"fault": {"handling": "更换电源模块", "result": "恢复"}}
    for c in (a, b):  # both resolve and close the same ticket offline
        with c.db.session() as s:
            svc.add_event(s, tid, K.RESOLVED, c.actor, payload=fault)
            svc.add_event(s, tid, K.CLOSED, c.actor)
    later = _ticket(b)  # B's next work is queued after the doomed events
    a.sync()
    b.sync()
    with b.db.session(read_only=True) as s:
        rejected = conflicts.list_rejected(s)
        assert {r.reason for r in rejected} == {"lifecycle"} and len(rejected) >= 2
        assert all(r.table == "ticket_events" for r in rejected)
        # the refused events are gone from B's replica and the ticket is derived from the server's history
        kinds = s.scalars(select(TicketEventRow.kind).where(TicketEventRow.ticket_id == tid)).all()
        assert sorted(kinds) == sorted(["created", "acknowledged", "resolved", "closed"])
        assert s.get(Ticket, tid).status == "closed"
        assert s.get(Ticket, later) is not None
    assert b.engine.status.rejected == len(rejected)
    drain(a, b)
    with a.db.session(read_only=True) as s:
        assert s.get(Ticket, later) is not None  # the queue went on past the refused ops
    with b.db.session() as s:
        for r in rejected:
            conflicts.discard_rejected(s, r.op_id)
        with pytest.raises(NotFound):
            conflicts.discard_rejected(s, rejected[0].op_id)
        assert conflicts.list_rejected(s) == []
    assert_converged(server.url, a.db, b.db)


def test_a_retried_operation_is_sent_again_under_a_new_id(server, consoles):
    a, b = consoles("A1"), consoles("B2")
    with a.db.session() as s:
        reference.create_room(s, code="R1", name_zh="一号机房")
    with b.db.session() as s:  # the same code, made offline on another console
        dup = reference.create_room(s, code="R1", name_zh="一号机房(B)").id
    a.sync()
    b.sync()
    with b.db.session(read_only=True) as s:
        [r] = conflicts.list_rejected(s)
        assert r.reason == "duplicate" and r.row_id == dup
    # the server's room replaced B's local one of the same code
    with b.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Room).where(Room.code == "R1")) == 1
    with b.db.session() as s:
        new_id = conflicts.retry_rejected(s, r.op_id)
        assert new_id != r.op_id
        assert conflicts.sync_summary(s).pending == 1
    b.sync()
    with b.db.session() as s:  # refused again, for the same reason: a person discards it
        [r2] = conflicts.list_rejected(s)
        assert r2.op_id == new_id and r2.reason == "duplicate"
        conflicts.discard_rejected(s, new_id)
    drain(a, b)
    assert_converged(server.url, a.db, b.db)
