"""Attendance at the post (考勤): check-in and check-out records, and absences derived from them.

Records are insert-only. Whether a duty was attended is derived on reading: an on-site duty (day shift,
holiday duty, 24-hour duty) with no check-in by its start plus the grace is an absence, which costs
ABSENCE_POINTS assessment points (003_… appendix 5: 脱岗 2 points each). On-call duties are not checked.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import (
    ABSENCE_POINTS,
    AttendanceKind,
    AttendanceLine,
    AttendanceRecord,
    AttendanceState,
    ShiftKind,
)
from opsdesk.services import roster as R
from opsdesk.services.validation import Checker
from opsdesk.storage.roster_models import RosterAttendance, RosterStaff
from opsdesk.timeutil import new_id, utcnow

GRACE = timedelta(
    minutes=15
)  # a check-in this long after the start is late, later than that with none: absent
_SLACK = timedelta(hours=2)  # a check-in up to this long before a duty belongs to it


def _record(r: RosterAttendance, name: str) -> AttendanceRecord:
    return AttendanceRecord(
        r.id,
        r.assignment_id,
        r.staff_id,
        name,
        AttendanceKind(r.kind),
        r.at,
        r.operator_name,
        r.console_code,
        r.note,
    )


def _punch(
    s: Session, kind: AttendanceKind, staff_id: str, actor: Actor, now: datetime | None, note: str
) -> AttendanceRecord:
    now = now or utcnow()
    c = Checker()
    note = c.text("note", note, max_len=500)
    c.raise_if_any()
    staff = R.get_staff(s, staff_id)
    a = R.assignment_at(s, staff.id, now, _SLACK, by_end=kind is AttendanceKind.CHECK_OUT)
    row = RosterAttendance(
        id=new_id(), assignment_id=a.id if a else None, staff_id=staff.id, kind=kind.value, at=now,
        operator_id=actor.operator_id, operator_name=actor.operator_name, console_code=actor.console_code,
        note=note, updated_at=now, updated_by=actor.operator_id,
    )  # fmt: skip
    s.add(row)
    s.flush()
    return _record(row, staff.name)


def check_in(
    s: Session, staff_id: str, actor: Actor, *, now: datetime | None = None, note: str = ""
) -> AttendanceRecord:
    """到岗: recorded against the person's duty in force (or starting within two hours), if any."""
    return _punch(s, AttendanceKind.CHECK_IN, staff_id, actor, now, note)


def check_out(
    s: Session, staff_id: str, actor: Actor, *, now: datetime | None = None, note: str = ""
) -> AttendanceRecord:
    """离岗."""
    return _punch(s, AttendanceKind.CHECK_OUT, staff_id, actor, now, note)


def records(s: Session, start: date, end: date, staff_id: str | None = None) -> list[AttendanceRecord]:
    lo = R._local_midnight(start)
    hi = R._local_midnight(end + timedelta(days=1))
    q = select(RosterAttendance).where(
        RosterAttendance.deleted.is_(False), RosterAttendance.at >= lo, RosterAttendance.at < hi
    )
    if staff_id:
        q = q.where(RosterAttendance.staff_id == staff_id)
    names = dict(s.execute(select(RosterStaff.id, RosterStaff.name)).all())
    return [_record(r, names.get(r.staff_id, "")) for r in s.scalars(q.order_by(RosterAttendance.at))]


def attendance(s: Session, start: date, end: date, *, now: datetime | None = None) -> list[AttendanceLine]:
    """Every duty of [start, end] with its attendance state (present, late, absent, upcoming, not checked)."""
    now = now or utcnow()
    kinds = {sh.code: sh.kind for sh in R.list_shifts(s, include_inactive=True)}
    staff = {p.id: p for p in R.list_staff(s)}
    rows = R._rows_between(s, start, end)
    punches: dict[str, list[RosterAttendance]] = {}
    by_staff: dict[str, list[RosterAttendance]] = {}
    if rows:
        lo = min(r.start_at for r in rows) - _SLACK
        hi = max(r.end_at for r in rows) + _SLACK
        for p in s.scalars(
            select(RosterAttendance).where(
                RosterAttendance.deleted.is_(False), RosterAttendance.at >= lo, RosterAttendance.at <= hi
            )
        ):
            if p.assignment_id:
                punches.setdefault(p.assignment_id, []).append(p)
            by_staff.setdefault(p.staff_id, []).append(p)
    out = []
    for r in sorted(rows, key=lambda x: (x.start_at, x.shift_code, x.post)):
        a = R._assignment(r, staff.get(r.staff_id))
        # a duty handed to someone else (swap) keeps its id: only the holder's own punches count for it
        mine = [p for p in punches.get(r.id, ()) if p.staff_id == r.staff_id] or [
            p for p in by_staff.get(r.staff_id, ()) if r.start_at - _SLACK <= p.at <= r.end_at
        ]  # a punch recorded without a link (e.g. before the duty was moved here) still counts
        ins = sorted(p.at for p in mine if p.kind == AttendanceKind.CHECK_IN.value)
        outs = sorted(p.at for p in mine if p.kind == AttendanceKind.CHECK_OUT.value)
        first_in = ins[0] if ins else None
        last_out = outs[-1] if outs else None
        if kinds.get(r.shift_code, ShiftKind.ONSITE) not in R.ATTENDED_KINDS:
            state = AttendanceState.NOT_CHECKED
        elif first_in is not None:
            state = AttendanceState.LATE if first_in > r.start_at + GRACE else AttendanceState.PRESENT
        elif now <= r.start_at + GRACE:
            state = AttendanceState.UPCOMING
        else:
            state = AttendanceState.ABSENT
        points = ABSENCE_POINTS if state is AttendanceState.ABSENT else 0.0
        out.append(AttendanceLine(a, state, first_in, last_out, points))
    return out


def absences(s: Session, start: date, end: date, *, now: datetime | None = None) -> list[AttendanceLine]:
    return [x for x in attendance(s, start, end, now=now) if x.state is AttendanceState.ABSENT]
