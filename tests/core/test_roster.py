"""The roster services (no Qt): staff and imports, calendar edits, generation and regeneration, manual
edits, leave, swaps and replacements, handover, attendance, on duty now/next."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import (
    ANY_POST,
    AssignmentSource,
    AttendanceState,
    HandoverItemKind,
    LeaveKind,
    NewStaff,
    RequestStatus,
    RestRules,
    RosterWarning,
)
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import NotFound, ValidationError
from opsdesk.roster_errors import (
    CalendarYearMissing,
    HandoverAlreadyAcknowledged,
    RequestNotPending,
    RosterImportError,
    RosterRuleError,
)
from opsdesk.services import roster as R
from opsdesk.services import roster_attendance as att
from opsdesk.services import roster_calendar as rcal
from opsdesk.services import roster_handover as ho
from opsdesk.services import roster_swaps as sw
from opsdesk.services.reference import load_calendar
from opsdesk.storage.models import CalendarDay
from opsdesk.storage.roster_models import RosterAssignment, RosterHandoverEntry, RosterStaff, RosterSwap
from opsdesk.timeutil import zone

TZ = zone("Asia/Shanghai")
D = timedelta(days=1)
TEAM = (
    ("李志强", R.POST_MANAGER, "13807716281"),
    ("张伟", R.POST_DAILY, "13877105342"),
    ("周晓燕", R.POST_DAILY, "13977123608"),
    ("刘洋", R.POST_HALL, "13878819425"),
    ("陈思远", R.POST_HALL, "15977160937"),
    ("赵磊", R.POST_ROOMS, "18977104516"),
    ("黄建军", R.POST_ROOMS, "13907715820"),
)


def local(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=TZ).astimezone(UTC)


@pytest.fixture
def db(tmp_path):
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "r.sqlite3")
    with d.session() as s:
        seed_reference(s)
    yield d
    d.dispose()


@pytest.fixture
def actor(db) -> Actor:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        op = create_operator(s, name="李志强", secret="1234", role="supervisor", post=R.POST_MANAGER)
    return Actor(op.id, op.name, "A1")


@pytest.fixture
def staff(db, actor) -> dict[str, str]:
    with db.session() as s:
        out = {}
        for i, (name, post, phone) in enumerate(TEAM):
            p = R.create_staff(
                s, NewStaff(name, post, phone, on_rotation=post != R.POST_MANAGER, sort_order=i), actor
            )
            out[name] = p.id
    return out


def rows(db, **where) -> list[RosterAssignment]:
    with db.session() as s:
        q = select(RosterAssignment).where(RosterAssignment.deleted.is_(False))
        for k, v in where.items():
            q = q.where(getattr(RosterAssignment, k) == v)
        out = list(s.scalars(q))
        s.expunge_all()
        return out


# ---- staff ---------------------------------------------------------------------------------------------
def test_staff_checks_and_the_record_of_a_replacement_approval(db, actor, staff) -> None:
    with db.session() as s, pytest.raises(ValidationError) as err:
        R.create_staff(
            s, NewStaff("张伟", "", "abc", active_from=date(2026, 5, 1), active_to=date(2026, 4, 1)), actor
        )
    assert set(err.value.problems) == {"name", "post", "phone", "active_to"}
    assert err.value.problems["name"][0] == "duplicate"
    with db.session() as s:
        new = R.create_staff(
            s, NewStaff("孙浩", R.POST_HALL, "18677102394", skills=("视频会议", "视频会议", "音响"),
                        replaces_id=staff["陈思远"]), actor,
        )  # fmt: skip
    assert new.skills == ("视频会议", "音响") and new.is_replacement and not new.approved
    with db.session() as s, pytest.raises(RosterRuleError) as err:
        R.assign(s, day=date(2026, 11, 24), shift_code="DAY", staff_id=new.id, post=R.POST_HALL, actor=actor)
    assert [b.code for b in err.value.breaches] == ["not_approved"]
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    with db.session() as s:
        ok = R.approve_replacement(s, new.id, approved_by="采购人 王主任", approved_at=when, actor=actor)
    assert ok.approved and ok.approved_by == "采购人 王主任" and ok.approved_at == when
    with db.session() as s:
        a = R.assign(
            s, day=date(2026, 11, 24), shift_code="DAY", staff_id=new.id, post=R.POST_HALL, actor=actor
        )
    assert a.source is AssignmentSource.MANUAL and a.staff_name == "孙浩"


STAFF_CSV = "name,post,phone,skills,certificates,active_from,active_to\n"


def test_staff_import_is_all_or_nothing_and_names_the_bad_line(db, actor, staff) -> None:
    cases = {
        "name,phone\n张三,1\n": ("columns", 1),
        STAFF_CSV + "王五,日常运维,138,,,2026-02-30,\n": ("bad_date", 2),
        STAFF_CSV + "王五,日常运维,138,,,2026-03-01,2026-02-01\n": ("impossible_range", 2),
        STAFF_CSV + "王五,日常运维,138,,,,\n王五,机房运维,139,,,,\n": ("duplicate", 3),
        STAFF_CSV + "王五,日常运维,138,,,,\n赵六,,139,,,,\n": ("bad_value", 3),
        STAFF_CSV: ("empty", 0),
        "": ("empty", 0),
    }
    for text, (code, line) in cases.items():
        with db.session() as s, pytest.raises(RosterImportError) as err:
            R.import_staff_csv(s, text, "team.csv", actor)
        assert (err.value.code, err.value.line) == (code, line), text
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(RosterStaff)) == len(TEAM)  # nothing half-written
        done = R.import_staff_csv(
            s,
            "\ufeff" + STAFF_CSV + "王五,日常运维,13800001111,PC;打印机,HCIA,2026-12-01,\n"
            "张伟,日常运维,13900002222,办公网络、PC,,,\n",
            "team.csv",
            actor,
        )
    assert [p.name for p in done] == ["王五", "张伟"]
    with db.session() as s:
        assert R.get_staff(s, "王五").skills == ("PC", "打印机")
        assert R.get_staff(s, "王五").active_from == date(2026, 12, 1)
        assert R.get_staff(s, "张伟").phone == "13900002222"  # updated, not duplicated
        assert s.scalar(select(func.count()).select_from(RosterStaff)) == len(TEAM) + 1


# ---- calendar ------------------------------------------------------------------------------------------
def test_a_year_without_holiday_data_is_refused_unless_accepted_then_imported(db, actor, staff) -> None:
    with db.session() as s, pytest.raises(CalendarYearMissing) as err:
        R.generate(s, date(2026, 12, 28), date(2027, 1, 10), actor)
    assert err.value.years == (2027,)
    assert rows(db) == []
    with db.session() as s:
        rep = R.generate(s, date(2026, 12, 28), date(2027, 1, 10), actor, accept_missing_calendar=True)
        view = R.roster_view(s, date(2026, 12, 28), date(2027, 1, 10))
    assert rep.warnings == ((RosterWarning.CALENDAR_MISSING.value, {"year": 2027}),)
    assert view.missing_years == (2027,)
    jan1 = next(d for d in view.days if d.info.day == date(2027, 1, 1))
    assert jan1.info.workday and not jan1.info.calendar_known  # Monday–Friday fallback, flagged
    # the supervisor imports the new year's arrangement (a test file, not the real one)
    data = rcal.parse_arrangement_csv("date,kind,name\n2027-01-01,holiday,元旦\n", "2027.csv")
    with db.session() as s:
        assert rcal.import_arrangement(s, data, "import:2027.csv", actor) == 1
    with db.session() as s:
        rep = R.generate(s, date(2026, 12, 28), date(2027, 1, 10), actor)
        view = R.roster_view(s, date(2026, 12, 28), date(2027, 1, 10))
    assert rep.warnings == () and view.missing_years == ()
    jan1 = next(d for d in view.days if d.info.day == date(2027, 1, 1))
    assert jan1.info.holiday and jan1.info.name == "元旦"
    assert {a.shift_code for a in jan1.assignments} == {"HOLIDAY", "ONCALL"}


def test_arrangement_files_with_wrong_columns_or_impossible_dates_are_refused(db) -> None:
    bad = {
        "day,kind\n2027-01-01,holiday\n": "columns",
        "date,kind,name\n2027-02-30,holiday,x\n": "bad_date",
        "date,kind,name\n2027-01-01,vacation,x\n": "bad_kind",
        "date,kind,name\n2027-01-01,holiday,x\n2027-01-01,holiday,x\n": "duplicate",
        "date,kind,name\n2027-01-04,workday,x\n": "bad_value",  # a Monday is a workday anyway
        "date,kind,name\n": "empty",
    }
    for text, code in bad.items():
        with pytest.raises(RosterImportError) as err:
            rcal.parse_arrangement_csv(text, "x.csv")
        assert err.value.code == code, text


def test_single_day_edits_tombstone_and_revive_rows(db, actor) -> None:
    d = date(2026, 12, 24)  # a Thursday
    with db.session() as s:
        rcal.set_calendar_day(s, d, "holiday", "测试假日", actor=actor)
    with db.session() as s:
        assert d in load_calendar(s).holidays
        rcal.set_calendar_day(s, d, "normal", actor=actor)
    with db.session() as s:
        assert d not in load_calendar(s).holidays
        row = s.scalar(select(CalendarDay).where(CalendarDay.day == d.isoformat()))
        assert row is not None and row.deleted  # replicated rows are never deleted
        rcal.set_calendar_day(s, d, "holiday", "再设", actor=actor)
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(CalendarDay).where(CalendarDay.day == d.isoformat()))
            == 1
        )
        assert load_calendar(s).names[d] == "再设"
        with pytest.raises(ValidationError) as err:
            rcal.set_calendar_day(s, date(2026, 12, 26), "holiday", actor=actor)  # a Saturday
        assert err.value.problems["day"][0] == "weekend_holiday"
        info = rcal.calendar_year(s, 2026)
    assert info is not None and (d, "再设") in info.holidays


# ---- generation ----------------------------------------------------------------------------------------
def test_generation_covers_the_posts_and_regeneration_keeps_manual_edits(db, actor, staff) -> None:
    start, end = date(2026, 10, 1), date(2026, 12, 31)
    with db.session() as s:
        rep = R.generate(s, start, end, actor)
    assert rep.filled == rep.required and rep.unmet == () and rep.created == rep.filled
    assert all(v <= 2 for v in rep.spread.values()), rep.spread
    assert "李志强" not in {f.staff_name for f in rep.fairness}  # the supervisor is not on rotation
    # two days adjusted by hand
    day1, day2 = date(2026, 11, 28), date(2026, 12, 2)
    with db.session() as s:
        v = R.roster_view(s, day1, day2)
    hol = next(a for a in v.days[0].assignments if a.shift_code == "HOLIDAY")
    who1 = next(n for n in ("张伟", "赵磊", "刘洋") if staff[n] != hol.staff_id)
    dayshift = next(a for a in v.days[-1].assignments if a.shift_code == "DAY" and a.post == R.POST_HALL)
    who2 = "刘洋" if staff["刘洋"] != dayshift.staff_id else "陈思远"
    with db.session() as s:
        m1 = R.assign(s, day=day1, shift_code="HOLIDAY", staff_id=staff[who1], post=ANY_POST, actor=actor,
                      replace_id=hol.id, note="调整")  # fmt: skip
        m2 = R.assign(s, day=day2, shift_code="DAY", staff_id=staff[who2], post=R.POST_HALL, actor=actor,
                      replace_id=dayshift.id)  # fmt: skip
    with db.session() as s:
        rep2 = R.generate(s, date(2026, 11, 1), date(2026, 12, 31), actor)
        rep3 = R.generate(s, date(2026, 11, 1), date(2026, 12, 31), actor)
    assert rep2.pinned == 2 and rep2.filled == rep2.required
    assert (rep3.created, rep3.removed) == (0, 0)  # nothing changed: nothing rewritten
    kept = {r.id: r for r in rows(db, source="manual")}
    assert set(kept) == {m1.id, m2.id}
    assert kept[m1.id].staff_id == staff[who1] and kept[m2.id].staff_id == staff[who2]
    # each slot filled exactly once
    all_rows = rows(db)
    keys = [(r.day, r.shift_code, r.post, r.slot) for r in all_rows]
    assert len(keys) == len(set(keys))
    # and October (outside the regenerated range) untouched
    with db.session() as s:
        assert s.scalar(
            select(func.count()).select_from(RosterAssignment).where(
                RosterAssignment.deleted.is_(True), RosterAssignment.day < "2026-11-01"
            )
        ) == 0  # fmt: skip


def test_leave_is_respected_and_a_manual_edit_onto_leave_is_refused(db, actor, staff) -> None:
    with db.session() as s:
        R.add_leave(s, staff_id=staff["赵磊"], start=date(2026, 11, 16), end=date(2026, 11, 20),
                    kind=LeaveKind.ANNUAL, actor=actor)  # fmt: skip
        R.generate(s, date(2026, 11, 16), date(2026, 11, 22), actor)
    assert not [r for r in rows(db, staff_id=staff["赵磊"]) if "2026-11-16" <= r.day <= "2026-11-20"]
    with db.session() as s, pytest.raises(RosterRuleError) as err:
        R.assign(
            s,
            day=date(2026, 11, 18),
            shift_code="DAY",
            staff_id=staff["赵磊"],
            post=R.POST_ROOMS,
            actor=actor,
        )
    assert [b.code for b in err.value.breaches] == ["on_leave"]
    assert err.value.breaches[0].params["start"] == date(2026, 11, 16)
    with db.session() as s, pytest.raises(ValidationError) as err2:
        R.add_leave(s, staff_id=staff["赵磊"], start=date(2026, 11, 20), end=date(2026, 11, 16), kind="annual",
                    actor=actor)  # fmt: skip
    assert err2.value.problems["end"][0] == "end_before_start"
    # leave entered after rostering: the stored roster now breaks a rule, and says so
    liu_day = date.fromisoformat(min(r.day for r in rows(db, staff_id=staff["刘洋"])))
    with db.session() as s:
        R.add_leave(s, staff_id=staff["刘洋"], start=liu_day, end=liu_day, kind="sick", actor=actor)
        found = R.rule_breaches(s, date(2026, 11, 16), date(2026, 11, 22))
    assert found and {(b.code, b.staff_name, b.day) for b in found} == {("on_leave", "刘洋", liu_day)}


def test_overlapping_shifts_for_one_person_are_refused(db, actor, staff) -> None:
    day = date(2026, 11, 24)
    with db.session() as s:
        R.assign(s, day=day, shift_code="DAY", staff_id=staff["张伟"], post=R.POST_DAILY, actor=actor)
        with pytest.raises(RosterRuleError) as err:
            R.assign(s, day=day, shift_code="DAY", staff_id=staff["张伟"], post=R.POST_DAILY, actor=actor)
        assert [b.code for b in err.value.breaches] == ["overlap"]
        with pytest.raises(ValidationError) as err2:
            # a Saturday: the workday shift does not apply
            R.assign(s, day=date(2026, 11, 28), shift_code="DAY", staff_id=staff["张伟"], post=R.POST_DAILY,
                     actor=actor)  # fmt: skip
        assert err2.value.problems["day"][0] == "not_allowed"
        with pytest.raises(ValidationError):
            R.assign(s, day=day, shift_code="NOPE", staff_id=staff["张伟"], post=R.POST_DAILY, actor=actor)


# ---- swaps ---------------------------------------------------------------------------------------------
def test_a_swap_breaking_the_rest_rule_is_refused_and_nothing_is_stored(db, actor, staff) -> None:
    with db.session() as s:
        R.save_period(s, name="两会", start=date(2026, 11, 23), end=date(2026, 11, 23), actor=actor)
        R.save_rules(s, RestRules(max_consecutive_days=6, rest_after_24h_hours=24), actor)
        reinf = R.assign(s, day=date(2026, 11, 23), shift_code="REINF24", staff_id=staff["刘洋"], post=ANY_POST,
                         actor=actor)  # fmt: skip
        day_next = R.assign(s, day=date(2026, 11, 24), shift_code="DAY", staff_id=staff["陈思远"],
                            post=R.POST_HALL, actor=actor)  # fmt: skip
        other = R.assign(s, day=date(2026, 11, 27), shift_code="DAY", staff_id=staff["刘洋"],
                         post=R.POST_HALL, actor=actor)  # fmt: skip
        chen = R.assign(s, day=date(2026, 11, 26), shift_code="DAY", staff_id=staff["陈思远"],
                        post=R.POST_HALL, actor=actor)  # fmt: skip
    with db.session() as s, pytest.raises(RosterRuleError) as err:
        # 刘洋 would take the day shift starting right when the 24-hour duty ends
        sw.request_replacement(s, day_next.id, staff["刘洋"], actor, "家中有事")
    b = err.value.breaches[0]
    assert (b.code, b.staff_name, b.day) == ("rest_after_24h", "刘洋", date(2026, 11, 24))
    assert b.params["gap_hours"] == 0.0 and b.params["hours"] == 24
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(RosterSwap)) == 0
    # the same as a swap of the two day shifts: refused for the same reason
    with db.session() as s, pytest.raises(RosterRuleError):
        sw.request_swap(s, day_next.id, other.id, actor, "换班")
    # a swap that breaks nothing: asked, approved, applied, in the history
    with db.session() as s:
        req = sw.request_swap(s, chen.id, other.id, actor, "换班")
    assert req.status is RequestStatus.PENDING and req.to_staff_name == "刘洋"
    with db.session() as s:
        done = sw.approve_request(s, req.id, actor, "同意")
    assert done.status is RequestStatus.APPROVED and done.decided_by == "李志强"
    got = {r.id: r for r in rows(db)}
    assert got[chen.id].staff_id == staff["刘洋"] and got[other.id].staff_id == staff["陈思远"]
    assert got[chen.id].source == got[other.id].source == AssignmentSource.SWAP.value
    with db.session() as s, pytest.raises(RequestNotPending):
        sw.approve_request(s, req.id, actor)
    with db.session() as s:
        history = sw.list_requests(s)
    assert [h.id for h in history] == [req.id]
    del reinf


def test_a_replacement_rechecked_on_approval(db, actor, staff) -> None:
    day = date(2026, 11, 25)
    with db.session() as s:
        a = R.assign(s, day=day, shift_code="DAY", staff_id=staff["张伟"], post=R.POST_DAILY, actor=actor)
        req = sw.request_replacement(s, a.id, staff["周晓燕"], actor, "病假")
    with db.session() as s:  # meanwhile 周晓燕 goes on leave that day
        R.add_leave(s, staff_id=staff["周晓燕"], start=day, end=day, kind="sick", actor=actor)
    with db.session() as s, pytest.raises(RosterRuleError):
        sw.approve_request(s, req.id, actor)
    with db.session() as s:
        assert sw.list_requests(s, status=RequestStatus.PENDING)[0].id == req.id  # still pending
        rej = sw.reject_request(s, req.id, actor, "请另找人")
    assert rej.status is RequestStatus.REJECTED
    assert rows(db, id=a.id)[0].staff_id == staff["张伟"]


# ---- on duty, handover, attendance --------------------------------------------------------------------
def test_on_duty_now_and_next_with_phones(db, actor, staff) -> None:
    with db.session() as s:
        R.generate(s, date(2026, 11, 23), date(2026, 11, 24), actor)
        duty = R.on_duty(s, local(date(2026, 11, 23), 20, 30))
    assert [e.assignment.shift_code for e in duty.now] == ["ONCALL"]
    assert duty.now[0].arrive_minutes == 20 and duty.now[0].assignment.phone.startswith("1")
    assert duty.next_start == local(date(2026, 11, 24), 8)
    assert sorted(e.assignment.post for e in duty.next) == sorted([R.POST_DAILY, R.POST_HALL, R.POST_ROOMS])


def test_handover_lists_an_open_p2_ticket_and_is_acknowledged_once(db, actor, staff) -> None:
    from opsdesk.services import tickets as tk

    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    with db.session() as s:
        t = tk.create_ticket(
            s, NewTicket(title="会商室视频终端无图像", priority="P2", category="video_conference"), actor,
            profile_code="GX-4LEVEL", at=now - timedelta(minutes=26), now=now,
        )  # fmt: skip
        h = ho.hand_over(s, actor, "视频终端已重启两次，厂家下午到场。", now=now)
    tickets = [i for i in h.items if i.kind is HandoverItemKind.TICKET]
    assert [(i.code, i.priority) for i in tickets] == [(t.code, "P2")]
    clocks = [i for i in h.items if i.kind is HandoverItemKind.CLOCK]
    assert [(i.clock, i.state) for i in clocks] == [("respond", "warning")]  # 26 of 30 minutes gone
    ops = Actor(None, "张伟", "A2")
    with db.session() as s:
        pending = ho.pending_handovers(s, within=timedelta(days=3650))
        assert [p.id for p in pending] == [h.id]
        assert pending[0].items[0].code == t.code  # the next shift sees the open P2
        acked = ho.acknowledge(s, h.id, ops, "已接班", now=now + timedelta(minutes=5))
    assert acked.acknowledged and acked.incoming_name == "张伟" and acked.outgoing_name == "李志强"
    with db.session() as s, pytest.raises(HandoverAlreadyAcknowledged):
        ho.acknowledge(s, h.id, ops)
    with db.session() as s:
        assert ho.pending_handovers(s, within=timedelta(days=3650)) == []
        assert [x.id for x in ho.search_handovers(s, t.code)] == [h.id]  # by ticket code
        assert [x.id for x in ho.search_handovers(s, "厂家")] == [h.id]  # by the notes
        assert [x.id for x in ho.search_handovers(s, "已接班")] == [h.id]  # by the acknowledgement
        assert ho.search_handovers(s, "没有这个词") == []
        assert s.scalar(select(func.count()).select_from(RosterHandoverEntry)) == 2  # two insert-only rows
    with db.session() as s, pytest.raises(NotFound):
        ho.acknowledge(s, "nope", ops)


def test_attendance_present_late_absent_and_on_call_not_checked(db, actor, staff) -> None:
    day = date(2026, 11, 24)
    with db.session() as s:
        R.generate(s, day, day, actor)
    day_rows = {r.post: r for r in rows(db, day=day.isoformat(), shift_code="DAY")}
    with db.session() as s:
        att.check_in(s, day_rows[R.POST_DAILY].staff_id, actor, now=local(day, 7, 50))
        att.check_in(s, day_rows[R.POST_HALL].staff_id, actor, now=local(day, 8, 40))
        att.check_out(s, day_rows[R.POST_DAILY].staff_id, actor, now=local(day, 19, 5))
        lines = att.attendance(s, day, day, now=local(day, 12))
        early = att.attendance(s, day, day, now=local(day, 8, 5))
    state = {(x.assignment.shift_code, x.assignment.post): x for x in lines}
    assert state[("DAY", R.POST_DAILY)].state is AttendanceState.PRESENT
    assert state[("DAY", R.POST_DAILY)].check_out == local(day, 19, 5)
    assert state[("DAY", R.POST_HALL)].state is AttendanceState.LATE
    absent = state[("DAY", R.POST_ROOMS)]
    assert absent.state is AttendanceState.ABSENT and absent.points == 2.0
    assert state[("ONCALL", ANY_POST)].state is AttendanceState.NOT_CHECKED
    assert {x.state for x in early if x.assignment.post == R.POST_ROOMS} == {AttendanceState.UPCOMING}
    with db.session() as s:
        assert [x.assignment.post for x in att.absences(s, day, day, now=local(day, 12))] == [R.POST_ROOMS]


def test_builtin_shifts_are_seeded_once_with_fixed_ids(db) -> None:
    with db.session() as s:
        first = R.list_shifts(s)
        R.seed_roster_reference(s)
        again = R.list_shifts(s)
    assert [x.code for x in first] == ["DAY", "HOLIDAY", "ONCALL", "REINF24"]
    assert [x.id for x in first] == [x.id for x in again] == [R._builtin_id("shift", x.code) for x in first]
    day = next(x for x in first if x.code == "DAY")
    assert day.start.hour == 8 and day.hours == 11  # 08:00–19:00 on site (000_…)
    assert next(x for x in first if x.code == "ONCALL").arrive_minutes == 20


def test_a_shift_edited_moves_its_generated_duties_on_regeneration(db, actor, staff) -> None:
    from dataclasses import replace as dc_replace
    from datetime import time as dtime

    day = date(2026, 11, 24)
    with db.session() as s:
        R.generate(s, day, day, actor)
        oncall = next(x for x in R.list_shifts(s) if x.code == "ONCALL")
        R.save_shift(s, dc_replace(oncall, start=dtime(18, 30), hours=13.5), actor)
    with db.session() as s:
        rep = R.generate(s, day, day, actor)
        a = next(
            x for d in R.roster_view(s, day, day).days for x in d.assignments if x.shift_code == "ONCALL"
        )
    assert (rep.created, rep.removed) == (0, 0)
    assert a.start == local(day, 18, 30) and a.end == local(day + D, 8)
    with db.session() as s, pytest.raises(ValidationError) as err:
        R.save_shift(s, dc_replace(oncall, id="", hours=0), actor)
    assert set(err.value.problems) == {"hours", "code"}  # and the code is taken


# ---- files as a supervisor brings them (R3) -------------------------------------------------------------
def test_a_gbk_team_list_with_chinese_headers_and_excel_dates_is_imported(db, actor, staff) -> None:
    text = "姓名,岗位,手机,技能,证书,上岗日期,,\r\n王五,日常运维,13800001111,PC；打印机,HCIA,2026/12/1,,\r\n"
    with db.session() as s:
        done = R.import_staff_csv(s, text.encode("gbk"), "团队.csv", actor)
    assert [(p.name, p.phone, p.skills, p.active_from) for p in done] == [
        ("王五", "13800001111", ("PC", "打印机"), date(2026, 12, 1))
    ]
    bad = {
        "姓名,岗位\n王五,日常运维,多余\n".encode("gbk"): ("columns", 2),  # a filled cell beyond the header
        "姓名,岗位,起始日期\n王五,日常运维,2026/2/30\n".encode("gbk"): ("bad_date", 2),
        b"PK\x03\x04\x00\x00\x08\x00\xff\xfe\x00": ("encoding", 0),  # an .xlsx given by mistake
    }
    for data, (code, line) in bad.items():
        with db.session() as s, pytest.raises(RosterImportError) as err:
            R.import_staff_csv(s, data, "团队.csv", actor)
        assert (err.value.code, err.value.line) == (code, line), data
    with db.session() as s, pytest.raises(RosterImportError) as err:
        R.import_staff_csv(s, "name,post,phone\n王六,日常运维,abc\n", "t.csv", actor)
    assert err.value.params == {"field": "phone", "problem": "bad_phone", "value": "abc"}


def test_an_arrangement_in_chinese_and_gbk_with_the_whole_holiday_period(db, actor) -> None:
    # a hypothetical year's notice as a supervisor types it (not real data): the period, weekend included
    text = "日期,类型,名称\n2031/1/22,休,春节\n2031/1/25,休,春节\n2031/1/26,休,春节\n2031/2/8,班,春节调休\n"
    data = rcal.parse_arrangement_csv(text.encode("gbk"), "2031.csv")
    assert set(data) == {2031}
    assert data[2031].holidays == {date(2031, 1, 22), date(2031, 1, 25), date(2031, 1, 26)}
    assert data[2031].workdays == {date(2031, 2, 8)} and data[2031].names[date(2031, 1, 25)] == "春节"


def test_an_arrangement_reaching_into_the_previous_december_keeps_that_year(db, actor) -> None:
    # like the 2008 notice (2007-12-29 worked, 12-30..01-01 off), on a made-up year pair
    with db.session() as s:
        rcal.set_calendar_day(s, date(2030, 10, 1), "holiday", "国庆节", actor=actor)
    text = (
        "date,kind,name\n2030-12-28,workday,元旦\n2030-12-30,holiday,元旦\n2030-12-31,holiday,元旦\n"
        "2031-01-01,holiday,元旦\n2031-01-22,holiday,春节\n2031-01-23,holiday,春节\n2031-01-24,holiday,春节\n"
    )
    data = rcal.parse_arrangement_csv(text, "2031.csv")
    with db.session() as s:
        rcal.import_arrangement(s, data, "import:2031.csv", actor)
    with db.session() as s:
        cal = load_calendar(s)
    assert date(2030, 10, 1) in cal.holidays  # 2030 kept its own days
    assert date(2030, 12, 31) in cal.holidays and date(2030, 12, 28) in cal.workdays
    assert 2031 in cal.years and date(2031, 1, 22) in cal.holidays


def test_regenerating_part_of_a_range_moves_few_duties(db, actor, staff) -> None:
    with db.session() as s:
        R.generate(s, date(2026, 10, 1), date(2026, 12, 31), actor)
        part = R.generate(s, date(2026, 11, 1), date(2026, 11, 30), actor)
        whole = R.generate(s, date(2026, 10, 1), date(2026, 12, 31), actor)
    # the previous holder keeps a slot while eligible and within one duty of the fairest choice
    assert part.removed <= part.filled // 5, part
    assert whole.removed <= whole.filled // 10, whole
    assert all(v <= 2 for v in whole.spread.values()), whole.spread


def test_seeded_roster_rows_are_identical_on_every_console_and_stay_local_for_operators(
    tmp_path, actor
) -> None:
    from dataclasses import replace as dc_replace

    from opsdesk.storage.migrate import open_local_database
    from opsdesk.storage.roster_models import RosterSetting, RosterShift
    from opsdesk.storage.sync_models import SyncOutbox
    from opsdesk.sync import outbox

    def seeded(path):
        d = open_local_database(path)
        with d.session() as s:
            R.seed_roster_reference(s)
        with d.session() as s:
            out = [
                {c.name: getattr(r, c.key) for c in r.__table__.columns}
                for model in (RosterShift, RosterSetting)
                for r in s.scalars(select(model).order_by(model.id))
            ]
        return d, out

    one, rows_one = seeded(tmp_path / "one.sqlite3")
    two, rows_two = seeded(tmp_path / "two.sqlite3")
    # the same row on every console, stamp included: the server answers a second copy "applied, existing"
    assert rows_one == rows_two and len(rows_one) == len(R.BUILTIN_SHIFTS) + 1
    with one.session() as s:
        outbox.enable(s, adopt_rows=False)
        outbox.adopt(s, supervisor=False)  # a plain operator's console: supervisor-only seeds stay local
    with one.session() as s:
        assert not set(s.scalars(select(SyncOutbox.table_name))) & {"roster_shifts", "roster_settings"}
        day = next(x for x in R.list_shifts(s) if x.code == "DAY")
        R.save_shift(s, dc_replace(day, name_zh="工作日驻场（含午休）"), actor)
    with one.session() as s:
        ops = s.scalars(select(SyncOutbox.kind).where(SyncOutbox.table_name == "roster_shifts")).all()
    assert ops == ["insert"]  # an edited built-in travels whole (the server may never have seen it)
    one.dispose()
    two.dispose()


def test_the_engineer_who_handed_over_cannot_acknowledge_it_too(db, actor) -> None:
    with db.session() as s:
        h = ho.hand_over(s, actor, "夜间无新增故障。")
    with db.session() as s, pytest.raises(ValidationError) as err:
        ho.acknowledge(s, h.id, actor, "自己接自己")
    assert err.value.problems == {"operator": ("same_operator", {"value": "李志强"})}
    with db.session() as s:
        assert ho.pending_handovers(s, within=timedelta(days=3650))[0].id == h.id  # nothing written
