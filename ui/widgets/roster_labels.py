"""Words for the roster's codes (shift kinds, leave, requests, attendance, rule breaches, generator notes).

As in ui/labels.py, every string is a literal inside QCoreApplication.translate(...) and the tables are
built on each call, so a language switch at run time takes effect at once.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from opsdesk.domain.roster import (
    AttendanceState,
    Explanation,
    HandoverItem,
    HandoverItemKind,
    LeaveKind,
    RequestStatus,
    RuleBreach,
    ShiftDef,
    ShiftKind,
    SwapKind,
    Unmet,
)
from ui.i18n import is_chinese
from ui.labels import clock_name, clock_state_name, status_name, time_text

_tr = QCoreApplication.translate


def shift_name(shift: ShiftDef) -> str:
    return shift.name("zh" if is_chinese() else "en")


def shift_kind_name(kind: ShiftKind | str) -> str:
    names = {
        ShiftKind.ONSITE: _tr("roster", "On site"),
        ShiftKind.ONCALL: _tr("roster", "On call by phone"),
        ShiftKind.HOLIDAY: _tr("roster", "Holiday duty"),
        ShiftKind.DUTY24: _tr("roster", "24-hour duty"),
        ShiftKind.REINFORCE: _tr("roster", "Reinforcement"),
    }
    return names.get(ShiftKind(kind), str(kind)) if kind in ShiftKind._value2member_map_ else str(kind)


def leave_kind_name(kind: LeaveKind | str) -> str:
    names = {
        LeaveKind.ANNUAL: _tr("roster", "Annual leave"),
        LeaveKind.SICK: _tr("roster", "Sick leave"),
        LeaveKind.PERSONAL: _tr("roster", "Personal leave"),
        LeaveKind.TRAINING: _tr("roster", "Training"),
        LeaveKind.UNAVAILABLE: _tr("roster", "Unavailable"),
    }
    return names.get(kind, str(kind))  # type: ignore[call-overload]


def request_status_name(status: RequestStatus | str) -> str:
    names = {
        RequestStatus.PENDING: _tr("roster", "Pending"),
        RequestStatus.APPROVED: _tr("roster", "Approved"),
        RequestStatus.REJECTED: _tr("roster", "Rejected"),
        RequestStatus.CANCELLED: _tr("roster", "Cancelled"),
    }
    return names.get(status, str(status))  # type: ignore[call-overload]


def swap_kind_name(kind: SwapKind | str) -> str:
    names = {SwapKind.SWAP: _tr("roster", "Swap"), SwapKind.REPLACE: _tr("roster", "Replacement")}
    return names.get(kind, str(kind))  # type: ignore[call-overload]


def attendance_state_name(state: AttendanceState | str) -> str:
    names = {
        AttendanceState.PRESENT: _tr("roster", "Present"),
        AttendanceState.LATE: _tr("roster", "Late"),
        AttendanceState.ABSENT: _tr("roster", "Absent"),
        AttendanceState.UPCOMING: _tr("roster", "Not started"),
        AttendanceState.NOT_CHECKED: _tr("roster", "On call (no check-in)"),
    }
    return names.get(state, str(state))  # type: ignore[call-overload]


def _d(value: object) -> str:
    if isinstance(value, datetime):
        return time_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _hours(value: object) -> str:
    try:
        return f"{float(value):g}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)


def breach_text(b: RuleBreach) -> str:
    """One broken rule as a sentence: who, which day, which rule."""
    p = b.params or {}
    code = b.code
    if code == "on_leave":
        msg = _tr("roster", "{name} is on leave on {day} ({kind}, {start} to {end}).")
    elif code == "overlap":
        msg = _tr("roster", "{name} is already on another shift ({shift}) that overlaps on {day}.")
    elif code == "max_consecutive":
        msg = _tr(
            "roster", "{name} would be on duty {run} days in a row around {day}; at most {max} are allowed."
        )
    elif code == "rest_after_24h":
        msg = _tr(
            "roster",
            "{name} would rest only {gap} hours after a 24-hour duty ({day}); at least {hours} hours are required.",
        )
    elif code == "min_rest":
        msg = _tr(
            "roster",
            "{name} would rest only {gap} hours between two duties ({day}); at least {hours} are required.",
        )
    elif code == "inactive":
        msg = _tr("roster", "{name} is not on the team on {day}.")
    elif code == "not_approved":
        msg = _tr(
            "roster",
            "{name} is a replacement engineer without a recorded client approval: record the approval "
            "in the staff list first.",
        )
    elif code == "wrong_post":
        msg = _tr("roster", "{name} does not hold the post {post} needed on {day}.")
    elif code == "missing_skill":
        msg = _tr("roster", "{name} lacks the skill \u201c{skill}\u201d needed on {day}.")
    else:
        msg = _tr("roster", "{name}: rule \u201c{code}\u201d broken on {day}.")
    return msg.format(
        name=b.staff_name,
        day=b.day.isoformat(),
        code=code,
        kind=leave_kind_name(str(p.get("leave_kind", ""))),
        start=_d(p.get("start", "")),
        end=_d(p.get("end", "")),
        shift=p.get("shift_code", ""),
        run=p.get("run", ""),
        max=p.get("max", ""),
        gap=_hours(p.get("gap_hours", "")),
        hours=_hours(p.get("hours", "")),
        post=p.get("post", ""),
        skill=p.get("skill", ""),
    )


def unmet_text(e: Explanation, shift_names: dict[str, str] | None = None) -> str:
    """What the generator could not satisfy, as a sentence for the supervisor."""
    shift = (shift_names or {}).get(e.shift_code, e.shift_code)
    post = e.post if e.post and e.post != "*" else _tr("roster", "any post")
    p = e.params or {}
    msgs = {
        Unmet.NO_STAFF: _tr("roster", "{day} {shift}: nobody on the team holds the post {post}."),
        Unmet.ALL_ON_LEAVE: _tr("roster", "{day} {shift}: everyone for {post} is on leave."),
        Unmet.REST_RULE: _tr(
            "roster", "{day} {shift}: everyone for {post} would break a rest rule; the slot is open."
        ),
        Unmet.BUSY: _tr("roster", "{day} {shift}: everyone for {post} is already on an overlapping shift."),
        Unmet.NOT_APPROVED: _tr(
            "roster", "{day} {shift}: only replacement engineers without client approval hold {post}."
        ),
        Unmet.PINNED_CONFLICT: _tr(
            "roster", "{day} {shift}: the manual assignment of {name} breaks a rule; it was kept."
        ),
    }
    code = Unmet(e.code) if e.code in Unmet._value2member_map_ else None
    msg = msgs.get(code) if code else None  # type: ignore[arg-type]
    if msg is None:
        msg = _tr("roster", "{day} {shift} {post}: not satisfied ({code}).")
    text = msg.format(day=e.day.isoformat(), shift=shift, post=post, name=e.staff_name, code=e.code)
    missing = p.get("missing")
    if missing:
        text += " " + _tr("roster", "Missing: {n}.").format(n=missing)
    return text


def fairness_headers() -> list[str]:
    return [
        _tr("roster", "Name"),
        _tr("roster", "Post"),
        _tr("roster", "Duties"),
        _tr("roster", "Hours"),
        _tr("roster", "Weekends"),
        _tr("roster", "Holidays"),
        _tr("roster", "Nights"),
    ]


def handover_item_text(it: HandoverItem) -> str:
    """One automatically listed line of a handover (ticket, clock at risk, checklist)."""
    if it.kind == HandoverItemKind.TICKET:
        st = status_name(it.status) if it.status else ""
        return _tr("roster", "\u2022 Open ticket {code} {priority} {title} ({status})").format(
            code=it.code, priority=it.priority, title=it.title, status=st
        )
    if it.kind == HandoverItemKind.CLOCK:
        return _tr("roster", "\u2022 Clock {clock} {state}: {code} {title}, due {due}").format(
            clock=clock_name(it.clock) if it.clock else "",
            state=clock_state_name(it.state) if it.state else "",
            code=it.code,
            title=it.title,
            due=time_text(it.due) if it.due else "",
        )
    return _tr("roster", "\u2022 Unfinished checklist {code} {title}").format(code=it.code, title=it.title)


def _roster_fields() -> dict[str, str]:
    return {
        "skills": _tr("roster", "Skills"),
        "certificates": _tr("roster", "Certificates"),
        "active_from": _tr("roster", "Active from"),
        "active_to": _tr("roster", "Active to"),
        "replaces_id": _tr("roster", "Replaces"),
        "approved_by": _tr("roster", "Approved by"),
        "approved_at": _tr("roster", "Approved at"),
        "staff_id": _tr("roster", "Engineer"),
        "start": _tr("roster", "Start"),
        "end": _tr("roster", "End"),
        "day": _tr("roster", "Day"),
        "shift_code": _tr("roster", "Shift"),
        "hours": _tr("roster", "Hours"),
        "needs": _tr("roster", "Posts needed"),
        "arrive_minutes": _tr("roster", "Arrival within (minutes)"),
        "max_consecutive_days": _tr("roster", "Most duty days in a row"),
        "rest_after_24h_hours": _tr("roster", "Rest after a 24-hour duty (hours)"),
        "min_rest_hours": _tr("roster", "Least rest between duties (hours)"),
        "notes": _tr("roster", "Notes"),
        "year": _tr("roster", "Year"),
        "assignment_id": _tr("roster", "Duty"),
        "other_assignment_id": _tr("roster", "Duty to swap with"),
        "range": _tr("roster", "Date range"),
    }


def roster_field_label(field: str) -> str | None:
    """The label of a roster form field ("skills[2]" is "Skills"); None when it is not a roster field."""
    base = field.split("[", 1)[0]
    return _roster_fields().get(base)


def roster_problem(code: str) -> str | None:
    """Sentences for the roster's own validation codes ({field} and the params are filled by the caller)."""
    return {
        "end_before_start": _tr("roster", "{field}: the end ({end}) is before the start ({start})."),
        "bad_range": _tr("roster", "{field}: at most {max_days} days at a time."),
        "bad_hours": _tr("roster", "{field}: a shift lasts more than 0 and at most 48 hours."),
        "bad_time": _tr("roster", "{field} is not a time of day (HH:MM)."),
        "not_replacement": _tr(
            "roster", "{field}: this engineer does not replace anyone; no approval is needed."
        ),
        "weekend_holiday": _tr(
            "roster", "{field}: a weekend day is off anyway; only a weekday can be made a holiday."
        ),
        "weekday_workday": _tr(
            "roster", "{field}: a weekday is a workday anyway; only a weekend day can be a make-up workday."
        ),
        "bad_value": _tr("roster", "{field}: \u201c{value}\u201d is out of the allowed range."),
        "same_staff": _tr("roster", "{field}: choose another engineer than the one on the duty."),
    }.get(code)
