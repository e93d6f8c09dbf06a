"""Meeting support services (no Qt): meetings, versioned checklist templates, runs, faults as tickets,
open checklists for the handover, video roll-call and its 3-minute requirement."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from opsdesk.domain.meetings import (
    CellState,
    ItemKind,
    MeetingKind,
    NewMeeting,
    Outcome,
    ResultInput,
    Signal,
    TemplateDraft,
    TemplateItem,
)
from opsdesk.domain.people import Actor
from opsdesk.errors import NotFound, ValidationError
from opsdesk.meeting_errors import RollCallClosed, RunFinished, RunIncomplete
from opsdesk.services import checklists as cl
from opsdesk.services import meetings as mt
from opsdesk.services import rollcall as rc
from opsdesk.services import tickets
from opsdesk.services.checklist_builtins import BUILTIN_TEMPLATES
from opsdesk.storage.meeting_models import ChecklistResultRow, ChecklistTemplateRow

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
START = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # next Monday 09:00


@pytest.fixture
def db(tmp_path):
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "m.sqlite3")
    with d.session() as s:
        seed_reference(s)
        mt.ensure_meeting_reference(s, now=NOW)
    yield d
    d.dispose()


@pytest.fixture
def actor(db) -> Actor:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        op = create_operator(s, name="刘洋", secret="1234", post="大厅设备")
    return Actor(op.id, op.name, "A1")


@pytest.fixture
def meeting(db, actor):
    from opsdesk.services.reference import create_room

    with db.session() as s:
        room = create_room(s, code="HALL", name_zh="指挥大厅", kind="hall")
        venues = mt.list_venues(s)
        m = mt.create_meeting(
            s,
            NewMeeting(
                "每周联动指挥会议",
                MeetingKind.WEEKLY_COMMAND,
                START,
                START + timedelta(hours=2),
                room_id=room.id,
                responsible_id=actor.operator_id,
                venue_ids=tuple(v.id for v in venues[:12]),
            ),
            actor,
            now=NOW,
        )
    return m


def _template(s, code: str):
    return next(t for t in cl.list_templates(s) if t.code == code)


def test_reference_is_idempotent_and_builtins_exist(db):
    with db.session() as s:
        mt.ensure_meeting_reference(s, now=NOW)
        codes = {t.code for t in cl.list_templates(s)}
        assert codes == {d.code for d in BUILTIN_TEMPLATES}
        assert s.scalar(select(func.count()).select_from(ChecklistTemplateRow)) == len(BUILTIN_TEMPLATES)
        assert len(mt.list_venues(s)) == 12
        vc = _template(s, "video_conference")
        labels = " ".join(i.label for i in vc.items)
        for word in (
            "MCU",
            "建会",
            "轮询",
            "录播",
            "转写",
            "预置位",
            "灯光",
            "发言席",
            "辅流",
            "备份",
            "联调",
        ):
            assert word in labels
        drone = " ".join(i.label for i in _template(s, "drone").items)
        for word in ("电池", "螺旋桨", "GPS", "链路", "空域", "飞行计划"):
            assert word in drone


def test_meeting_create_list_and_checks(db, meeting, actor):
    assert meeting.room_name == "指挥大厅" and meeting.responsible_name == "刘洋"
    assert len(meeting.venues) == 12 and meeting.venues[0].name == "崇川区"
    with db.session() as s:
        listed = mt.list_meetings(s, START - timedelta(days=1), START + timedelta(days=1))
        assert [m.id for m in listed] == [meeting.id]
        with pytest.raises(ValidationError) as e:
            mt.create_meeting(
                s,
                NewMeeting("", MeetingKind.DRILL, START, START - timedelta(hours=1), venue_ids=("x",)),
                actor,
            )
        assert set(e.value.problems) == {"title", "ends_at", "venue_ids"}
        fewer = replace(
            NewMeeting(meeting.title, meeting.kind, START), venue_ids=tuple(v.id for v in meeting.venues[:3])
        )
        assert len(mt.update_meeting(s, meeting.id, fewer, actor, now=NOW).venues) == 3
        again = replace(fewer, venue_ids=tuple(v.id for v in meeting.venues[:5]))
        assert [v.id for v in mt.update_meeting(s, meeting.id, again, actor, now=NOW).venues] == list(
            again.venue_ids
        )
        assert mt.cancel_meeting(s, meeting.id, actor, now=NOW).cancelled
        assert mt.list_meetings(s, START - timedelta(days=1), START + timedelta(days=1)) == []


def test_run_walkthrough_matrix_reading_and_finish(db, meeting, actor):
    with db.session() as s:
        t = _template(s, "video_conference")
        run = cl.start_run(s, meeting.id, t.id, actor, now=NOW)
        matrix = [x for x in run.lines if x.item.kind is ItemKind.VENUE_MATRIX]
        assert len(matrix) == 12  # one line per venue
        assert run.total == len(t.items) - 1 + 12 and run.done == 0
        assert len(run.blockers) == sum(1 for x in run.lines if x.item.required)
        with pytest.raises(ValidationError) as e:
            cl.record_result(s, run.id, ResultInput("latency", Outcome.OK, value="250"), actor, now=NOW)
        assert e.value.problems["value"][0] == "out_of_range"
        with pytest.raises(ValidationError) as e:
            cl.record_result(s, run.id, ResultInput("latency", Outcome.OK, value="abc"), actor, now=NOW)
        assert e.value.problems["value"][0] == "not_a_number"
        with pytest.raises(ValidationError):
            cl.record_result(s, run.id, ResultInput("venue_check", Outcome.OK), actor, now=NOW)  # no venue
        with pytest.raises(NotFound):
            cl.record_result(s, run.id, ResultInput("nope", Outcome.OK), actor, now=NOW)
        r = cl.record_result(s, run.id, ResultInput("latency", Outcome.OK, value="35"), actor, now=NOW)
        assert r.operator_name == "刘洋" and r.at == NOW
        for line in cl.get_run(s, run.id).lines:
            if line.result is None:
                cl.record_result(
                    s,
                    run.id,
                    ResultInput(line.item.key, Outcome.OK, venue_id=line.venue.id if line.venue else None),
                    actor,
                    now=NOW,
                )
        # a later result supersedes: the first venue turns to NA
        v0 = meeting.venues[0].id
        cl.record_result(s, run.id, ResultInput("venue_check", Outcome.NA, venue_id=v0), actor, now=NOW)
        run = cl.get_run(s, run.id)
        assert run.done == run.total and not run.blockers
        assert next(x for x in run.lines if x.venue and x.venue.id == v0).result.outcome is Outcome.NA
        done = cl.finish_run(s, run.id, actor, now=NOW)
        assert done.finished_at == NOW and done.finished_by_name == "刘洋"
        with pytest.raises(RunFinished):
            cl.record_result(s, run.id, ResultInput("mcu", Outcome.OK), actor, now=NOW)


def test_unfinished_run_is_open_late_and_finish_refuses(db, meeting, actor):
    with db.session() as s:
        run = cl.start_run(s, meeting.id, _template(s, "video_conference").id, actor, now=NOW)
        with pytest.raises(RunIncomplete) as e:
            cl.finish_run(s, run.id, actor, now=NOW)
        assert "mcu" in e.value.blockers
        [o] = cl.open_checklist_runs(s, NOW)
        assert (o.run_id, o.meeting_title, o.done, o.late) == (run.id, "每周联动指挥会议", 0, False)
        assert o.starts_at == START and o.total == run.total and o.blockers > 0
        assert o.due_at == START - timedelta(minutes=30)
        late = cl.open_checklist_runs(s, START - timedelta(minutes=10))[0]
        assert late.late  # due 30 minutes before the start
        cl.finish_run(s, run.id, actor, now=NOW, force=True)
        assert cl.open_checklist_runs(s, NOW) == []


def test_fault_files_a_linked_ticket(db, meeting, actor):
    with db.session() as s:
        run = cl.start_run(s, meeting.id, _template(s, "video_conference").id, actor, now=NOW)
        venue = meeting.venues[3]
        draft = cl.fault_ticket_draft(
            s, run.id, "venue_check", venue.id, profile_code="GX-4LEVEL", note="无图像"
        )
        assert venue.name in draft.title and "每周联动指挥会议" in draft.title
        assert draft.room_id == meeting.room_id and draft.category == "video_conference"
        assert draft.priority == "P2" and "无图像" in draft.description
        res = cl.record_result(
            s,
            run.id,
            ResultInput("venue_check", Outcome.FAULT, venue_id=venue.id, note="无图像"),
            actor,
            now=NOW,
            ticket=draft,
            profile_code="GX-4LEVEL",
        )
        assert res.ticket_id and res.ticket_code.startswith("A1-")
        detail = tickets.get_detail(s, res.ticket_id, now=NOW)
        assert res.id in detail.description and run.id in detail.description
        assert detail.room_name == "指挥大厅"
        link = cl.ticket_fault_link(s, res.ticket_id)
        assert (link.run_id, link.item_key, link.venue_name) == (run.id, "venue_check", venue.name)
        faulty = [x for x in cl.get_run(s, run.id).blockers if x.result is not None]
        assert [x.result.ticket_code for x in faulty] == [res.ticket_code]
        # a ticket only for a fault
        with pytest.raises(ValidationError):
            cl.record_result(
                s,
                run.id,
                ResultInput("mcu", Outcome.OK),
                actor,
                now=NOW,
                ticket=draft,
                profile_code="GX-4LEVEL",
            )


def test_bad_ticket_leaves_no_result(db, meeting, actor):
    with db.session() as s:
        run = cl.start_run(s, meeting.id, _template(s, "drone").id, actor, now=NOW)
        draft = cl.fault_ticket_draft(s, run.id, "gps", profile_code="GX-4LEVEL")
        s.commit()
    with pytest.raises(ValidationError), db.session() as s:
        cl.record_result(
            s,
            run.id,
            ResultInput("gps", Outcome.FAULT, value="4"),
            actor,
            now=NOW,
            ticket=replace(draft, title=""),
            profile_code="GX-4LEVEL",
        )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChecklistResultRow)) == 0


def test_template_versions_and_running_run_keeps_its_version(db, meeting, actor):
    with db.session() as s:
        t = _template(s, "e_namecards")
        run = cl.start_run(s, meeting.id, t.id, actor, now=NOW)
        draft = TemplateDraft(
            t.name, (*t.items, TemplateItem("seat_numbers", "座位号已贴")), t.description, t.due_before
        )
        saved = cl.save_template(s, t.family_id, draft, actor, now=NOW)
        assert saved.template.version == t.version + 1 and saved.template.code == "e_namecards"
        assert [r.id for r in saved.runs_keeping_version] == [run.id]
        again = cl.get_run(s, run.id)
        assert again.template.version == t.version and again.template_newer_version == t.version + 1
        assert "seat_numbers" not in {x.item.key for x in again.lines}
        assert _template(s, "e_namecards").version == t.version + 1
        assert [v.version for v in cl.template_versions(s, t.family_id)] == [2, 1]
        # editing a built-in stops it being replaced by a newer built-in
        assert cl.ensure_builtin_templates(s, now=NOW) == 0
        with pytest.raises(ValidationError) as e:
            cl.save_template(
                s,
                None,
                TemplateDraft(
                    "",
                    (
                        TemplateItem("a", "x"),
                        TemplateItem("a", ""),
                        TemplateItem("r", "y", ItemKind.READING, low=5, high=1),
                    ),
                ),
                actor,
            )
        assert set(e.value.problems) == {"name", "items.1.key", "items.1.label", "items.2.range"}


def test_rollcall_three_minutes(db, meeting, actor):
    ids = [v.id for v in meeting.venues]
    with db.session() as s:
        call = rc.start_rollcall(
            s, "省厅视频点名", ids, actor, meeting_id=meeting.id, requested_at=NOW, now=NOW
        )
        assert call.deadline == NOW + timedelta(minutes=3) and call.met(NOW) is None
        assert all(c is CellState.UNKNOWN for c in call.venues[0].cells.values())
        for i, vid in enumerate(ids[:-1]):
            call = rc.mark_venue(s, call.id, vid, CellState.OK, actor, now=NOW + timedelta(seconds=10 * i))
        assert call.venues[0].ready_at == NOW and call.venue_met(call.venues[0])
        last = ids[-1]
        for sig in list(Signal)[:-1]:
            call = rc.mark(s, call.id, last, sig, CellState.OK, actor, now=NOW + timedelta(seconds=150))
        assert call.venues[-1].ready_at is None and call.met(NOW + timedelta(seconds=170)) is None
        call = rc.mark(s, call.id, last, Signal.AUX, CellState.FAULT, actor, now=NOW + timedelta(seconds=160))
        call = rc.mark(s, call.id, last, Signal.BACKUP, CellState.NA, actor, now=NOW + timedelta(seconds=165))
        assert call.venues[-1].ready_at is None  # the aux stream is still faulty
        assert call.met(NOW + timedelta(seconds=181)) is False
        call = rc.mark(s, call.id, last, Signal.AUX, CellState.OK, actor, now=NOW + timedelta(seconds=200))
        assert call.venues[-1].ready_at == NOW + timedelta(seconds=200)
        assert call.venue_met(call.venues[-1]) is False and call.met(NOW + timedelta(seconds=200)) is False
        call = rc.close_rollcall(s, call.id, actor, now=NOW + timedelta(seconds=210))
        assert call.elapsed(NOW + timedelta(hours=1)) == timedelta(seconds=210)
        with pytest.raises(RollCallClosed):
            rc.mark_venue(s, call.id, last, CellState.OK, actor)
        ok = rc.start_rollcall(s, "点名", ids[:2], actor, requested_at=NOW, now=NOW)
        for vid in ids[:2]:
            ok = rc.mark_venue(s, ok.id, vid, CellState.OK, actor, now=NOW + timedelta(seconds=60))
        assert ok.met(NOW + timedelta(hours=1)) is True
        assert [x.id for x in rc.list_rollcalls(s, meeting_id=meeting.id)] == [call.id]
        with pytest.raises(ValidationError):
            rc.start_rollcall(s, "x", [], actor)


def test_photo_and_text_items(db, meeting, actor):
    with db.session() as s:
        run = cl.start_run(s, meeting.id, _template(s, "e_namecards").id, actor, now=NOW)
        png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
        r = cl.record_result(
            s, run.id, ResultInput("desk_photo", Outcome.OK, photo=png, photo_name="desk.png"), actor, now=NOW
        )
        assert r.has_photo and r.value == "desk.png" and cl.result_photo(s, r.id) == png
        with pytest.raises(ValidationError) as e:
            cl.record_result(
                s, run.id, ResultInput("desk_photo", Outcome.OK, photo=b"0" * (cl.PHOTO_LIMIT + 1)), actor
            )
        assert e.value.problems["photo"][0] == "too_large"
        vc = cl.start_run(s, meeting.id, _template(s, "video_conference").id, actor, now=NOW)
        r = cl.record_result(
            s, vc.id, ResultInput("remarks", Outcome.OK, value="各分会场正常"), actor, now=NOW
        )
        assert r.value == "各分会场正常"


def test_changed_builtin_becomes_a_new_version(db, monkeypatch):
    from opsdesk.services import checklist_builtins

    drone = next(d for d in BUILTIN_TEMPLATES if d.code == "drone")
    changed = replace(
        drone, items=(*drone.items, TemplateItem("wind", "风速", ItemKind.READING, high=8, unit="m/s"))
    )
    monkeypatch.setattr(
        cl,
        "BUILTIN_TEMPLATES",
        tuple(changed if d.code == "drone" else d for d in checklist_builtins.BUILTIN_TEMPLATES),
    )
    with db.session() as s:
        assert cl.ensure_builtin_templates(s, now=NOW) == 1
        t = _template(s, "drone")
        assert t.version == 2 and t.builtin and t.items[-1].key == "wind"
        assert cl.ensure_builtin_templates(s, now=NOW) == 0
