"""The duty roster (值班排班) as plain dataclasses: staff, shift definitions, assignments, leave, swaps,
handover and attendance, and the generator's report.

Dates (`date`) are local dates in the console's zone (Asia/Shanghai); instants (`datetime`) are aware UTC.
Codes stored in the database are StrEnum values: never rename them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

ANY_POST = "*"  # a requirement any rostered post may fill


class ShiftKind(StrEnum):
    ONSITE = "onsite"  # 驻场: present at the post (attendance is checked)
    ONCALL = "oncall"  # 电话值守: reachable by phone, on site within `arrive_minutes`
    HOLIDAY = "holiday"  # 节假日值班
    DUTY24 = "duty24"  # 24小时值班
    REINFORCE = "reinforce"  # 重保加强值班 (春运, 两会, 国庆 …)


class DayRule(StrEnum):
    """Which days a shift definition applies to (decided by the workday calendar)."""

    WORKDAY = "workday"
    OFFDAY = "offday"  # weekends and statutory holidays that are not make-up workdays
    EVERYDAY = "everyday"
    PERIOD = "period"  # only inside a reinforcement period (see ReinforcementPeriod)


class AssignmentSource(StrEnum):
    GENERATED = "generated"  # made by the generator; replaced when the range is regenerated
    MANUAL = "manual"  # a supervisor's edit: pinned, kept on regeneration
    SWAP = "swap"  # the result of an approved swap or replacement: pinned


PINNED_SOURCES = frozenset({AssignmentSource.MANUAL, AssignmentSource.SWAP})


class LeaveKind(StrEnum):
    ANNUAL = "annual"  # 年假
    SICK = "sick"  # 病假
    PERSONAL = "personal"  # 事假
    TRAINING = "training"  # 培训
    UNAVAILABLE = "unavailable"  # 不可排班 (any other reason)


class SwapKind(StrEnum):
    SWAP = "swap"  # two engineers exchange their assignments
    REPLACE = "replace"  # another engineer takes over one assignment


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class HandoverItemKind(StrEnum):
    TICKET = "ticket"  # an open ticket
    CLOCK = "clock"  # an open ticket whose SLA clock is at risk or breached
    CHECKLIST = "checklist"  # an unfinished checklist run (meeting support, inspections)


class AttendanceKind(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"


class AttendanceState(StrEnum):
    PRESENT = "present"  # checked in in time
    LATE = "late"  # checked in after start + grace
    ABSENT = "absent"  # no check-in by start + grace (costs ABSENCE_POINTS)
    UPCOMING = "upcoming"  # not started yet (or within the grace)
    NOT_CHECKED = "not_checked"  # a shift kind that needs no presence at the post (on call)


ABSENCE_POINTS = 2.0  # 003_… appendix 5: 脱岗/缺岗 2 points each


class Unmet(StrEnum):
    """Why the generator left a slot open or bent a rule: the code of an explanation."""

    NO_STAFF = "no_staff"  # nobody holds the post (or the skill) at all
    ALL_ON_LEAVE = "all_on_leave"  # everyone eligible is on leave that day
    REST_RULE = "rest_rule"  # everyone eligible would break a rest rule
    BUSY = "busy"  # everyone eligible is already on an overlapping shift
    NOT_APPROVED = "not_approved"  # only unapproved replacement engineers hold the post
    PINNED_CONFLICT = "pinned_conflict"  # a manual edit breaks a rule (kept, but reported)


class RosterWarning(StrEnum):
    CALENDAR_MISSING = "calendar_missing"  # a year in the range has no holiday data: Mon–Fri fallback


# ---- staff -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Staff:
    """An engineer on the roster (驻场工程师) or the supervisor."""

    id: str
    name: str
    post: str  # 日常运维 / 大厅设备 / 机房运维 / 项目经理 …
    phone: str
    skills: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()
    active_from: date | None = None
    active_to: date | None = None  # inclusive; None = open-ended
    operator_id: str | None = None  # the desk account, when the engineer signs in
    on_rotation: bool = True  # False: never picked by the generator (manual assignments only)
    replaces_id: str | None = None  # a replacement engineer (替换人员) for this staff member
    approved_by: str = ""  # the client's approver of a replacement (需经采购人确认)
    approved_at: datetime | None = None
    note: str = ""
    sort_order: int = 0

    @property
    def is_replacement(self) -> bool:
        return self.replaces_id is not None

    @property
    def approved(self) -> bool:
        """A replacement engineer may be rostered only once the approval is recorded."""
        return not self.is_replacement or (bool(self.approved_by) and self.approved_at is not None)

    def active_on(self, d: date) -> bool:
        return (self.active_from is None or self.active_from <= d) and (
            self.active_to is None or d <= self.active_to
        )


@dataclass(frozen=True, slots=True)
class NewStaff:
    """What a form or an import hands to `create_staff` / `update_staff`."""

    name: str
    post: str
    phone: str = ""
    skills: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()
    active_from: date | None = None
    active_to: date | None = None
    operator_id: str | None = None
    on_rotation: bool = True
    replaces_id: str | None = None
    note: str = ""
    sort_order: int = 0


# ---- shifts ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PostNeed:
    """One requirement of a shift: `count` people of `post` (ANY_POST: any rostered post)."""

    post: str
    count: int = 1
    skill: str = ""  # optional: the person must have this skill


@dataclass(frozen=True, slots=True)
class ShiftDef:
    """A shift as data, per contract. `hours` may exceed the gap start→next start (24 h duty)."""

    id: str
    code: str  # DAY, ONCALL, HOLIDAY, REINFORCE …
    name_zh: str
    name_en: str
    kind: ShiftKind
    day_rule: DayRule
    start: time
    hours: float  # duration; start + hours may cross midnight
    needs: tuple[PostNeed, ...]
    night: bool = False  # counts as a night duty for fairness
    arrive_minutes: int | None = None  # on call: on site within this many minutes (000_…: 20)
    color: str = "#5b8def"
    sort_order: int = 0
    active: bool = True
    builtin: bool = False

    def name(self, lang: str = "zh") -> str:
        return self.name_zh if lang.startswith("zh") or not self.name_en else self.name_en

    @property
    def is_24h(self) -> bool:
        return self.hours >= 24


@dataclass(frozen=True, slots=True)
class ReinforcementPeriod:
    """A special period (春运, 两会, 国庆 …) in which the PERIOD shifts apply; inclusive dates."""

    id: str
    name: str
    start: date
    end: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class RestRules:
    """The rules the generator keeps and the swap check enforces."""

    max_consecutive_days: int = 6  # at most N duty days in a row
    rest_after_24h_hours: float = 24.0  # minimum rest after a 24-hour duty
    min_rest_hours: float = 0.0  # minimum gap between any two duties of one person (0: back to back ok)


# ---- assignments and views ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Assignment:
    """One person on one shift on one day. `day` is the local date the shift starts on."""

    id: str
    day: date
    shift_code: str
    post: str  # the requirement it fills (a post, or ANY_POST)
    slot: int  # 0.. within (day, shift, post)
    staff_id: str
    staff_name: str
    staff_post: str
    phone: str
    start: datetime  # UTC
    end: datetime  # UTC
    source: AssignmentSource
    note: str = ""

    @property
    def pinned(self) -> bool:
        return self.source in PINNED_SOURCES


@dataclass(frozen=True, slots=True)
class DayInfo:
    """What the calendar says about a date."""

    day: date
    workday: bool
    holiday: bool  # a statutory holiday (节假日), not just a weekend
    makeup: bool  # a weekend make-up workday (调休上班)
    name: str = ""  # 春节, 国庆节 …
    periods: tuple[str, ...] = ()  # reinforcement periods covering the day
    calendar_known: bool = True  # False: the year has no holiday data (Mon–Fri fallback)


@dataclass(frozen=True, slots=True)
class OpenSlot:
    """A requirement the roster does not fill on a day (shown in red in the calendar)."""

    day: date
    shift_code: str
    post: str
    missing: int


@dataclass(frozen=True, slots=True)
class RosterDay:
    info: DayInfo
    assignments: tuple[Assignment, ...]
    open_slots: tuple[OpenSlot, ...] = ()


@dataclass(frozen=True, slots=True)
class RosterView:
    """A range of days for the month/week calendars and the exports."""

    start: date
    end: date  # inclusive
    days: tuple[RosterDay, ...]
    shifts: tuple[ShiftDef, ...]
    staff: tuple[Staff, ...]
    missing_years: tuple[int, ...] = ()  # years without holiday data: show a warning


@dataclass(frozen=True, slots=True)
class OnDutyEntry:
    assignment: Assignment
    shift_name_zh: str
    shift_name_en: str
    kind: ShiftKind
    arrive_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class OnDuty:
    """Who is on duty at `at`, and who comes next (the status-bar strip of the main window)."""

    at: datetime
    now: tuple[OnDutyEntry, ...]
    next: tuple[OnDutyEntry, ...]  # the assignments starting at the next start time after `at`
    next_start: datetime | None


# ---- generator report ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Explanation:
    """Something the generator could not satisfy, with what it needs to be said in words."""

    code: Unmet
    day: date
    shift_code: str
    post: str = ""
    staff_name: str = ""
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class FairnessRow:
    """Per person over the generated range (pinned assignments included)."""

    staff_id: str
    staff_name: str
    post: str
    total: int
    hours: float
    weekend: int  # duties starting on a weekend day that is not a make-up workday
    holiday: int  # duties starting on a statutory holiday
    night: int  # duties of a night shift


@dataclass(frozen=True, slots=True)
class GenerationReport:
    start: date
    end: date
    created: int  # new generated assignments
    kept: int  # generated assignments identical to before (untouched rows)
    removed: int  # old generated assignments tombstoned
    pinned: int  # manual/swap assignments kept as they were
    filled: int  # slots filled in the range
    required: int  # slots required in the range
    unmet: tuple[Explanation, ...]
    fairness: tuple[FairnessRow, ...]
    spread: dict[str, int]  # "weekend"/"holiday"/"night"/"total" -> max - min among rotating staff
    warnings: tuple[tuple[str, dict[str, Any]], ...] = ()  # (RosterWarning code, params)
    dry_run: bool = False


# ---- leave, swaps ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Leave:
    id: str
    staff_id: str
    staff_name: str
    start: date
    end: date  # inclusive
    kind: LeaveKind
    note: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SwapRequest:
    id: str
    kind: SwapKind
    assignment_id: str
    assignment_day: date
    shift_code: str
    from_staff_id: str
    from_staff_name: str
    to_staff_id: str  # the partner (swap) or the replacement (replace)
    to_staff_name: str
    other_assignment_id: str | None  # swap only: the partner's assignment
    other_day: date | None
    reason: str
    status: RequestStatus
    requested_by: str
    requested_at: datetime
    decided_by: str = ""
    decided_at: datetime | None = None
    decision_note: str = ""


@dataclass(frozen=True, slots=True)
class RuleBreach:
    """One rule an assignment (or a swap) would break; carried by RosterRuleError."""

    code: str  # on_leave | overlap | max_consecutive | rest_after_24h | min_rest | inactive |
    #            not_approved | wrong_post | missing_skill
    staff_id: str
    staff_name: str
    day: date
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# ---- handover ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HandoverItem:
    """A line listed automatically when the shift is handed over (a snapshot of that moment)."""

    kind: HandoverItemKind
    ref_id: str
    code: str  # ticket code / checklist name
    title: str
    priority: str = ""
    status: str = ""
    clock: str = ""  # respond | arrive | resolve: the clock at risk
    state: str = ""  # warning | breached
    due: datetime | None = None


@dataclass(frozen=True, slots=True)
class Handover:
    """A shift handover (交接班): the outgoing entry, and the incoming acknowledgement once made."""

    id: str
    assignment_id: str | None
    day: date | None
    shift_code: str
    outgoing_name: str  # the operator who handed over
    outgoing_at: datetime
    notes: str
    items: tuple[HandoverItem, ...]
    incoming_name: str = ""  # the operator who acknowledged
    incoming_at: datetime | None = None
    incoming_notes: str = ""
    console_code: str = ""
    checklists_available: bool = True  # False: no checklist source exists yet (list left empty)

    @property
    def acknowledged(self) -> bool:
        return self.incoming_at is not None


# ---- attendance --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    """One check-in or check-out, as recorded (append-only)."""

    id: str
    assignment_id: str | None
    staff_id: str
    staff_name: str
    kind: AttendanceKind
    at: datetime
    recorded_by: str
    console_code: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    """An assignment with its attendance derived from the records: the absences list."""

    assignment: Assignment
    state: AttendanceState
    check_in: datetime | None
    check_out: datetime | None
    points: float  # assessment points this costs (ABSENCE_POINTS if absent)


# ---- calendar edits ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CalendarYearInfo:
    year: int
    source: str
    holidays: tuple[tuple[date, str], ...]
    workdays: tuple[tuple[date, str], ...]  # make-up workdays (调休上班)
