"""Meeting support as plain frozen dataclasses: meetings, venues, checklist templates and runs,
video roll-calls, attendees and seat plans (issue 5).

Values of the enums are stored in the database: never rename them. Times are aware UTC datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

# 002_…: "在接到视频点名保障任务后，3分钟内完成设备、线路的相关调试工作"
ROLLCALL_LIMIT = timedelta(minutes=3)
MAX_NAME = 20  # an attendee name longer than this does not fit a tent card (a 30-character name is refused)


class MeetingKind(StrEnum):
    WEEKLY_COMMAND = "weekly_command"  # 每周联动指挥会议
    IMPORTANT = "important"  # 重要会议
    VIDEO_CONFERENCE = "video_conference"  # 视频会议
    VIDEO_ROLLCALL = "video_rollcall"  # 视频点名
    DRILL = "drill"  # 演练


class VenueKind(StrEnum):
    DISTRICT = "district"  # 区县分会场
    DEPARTMENT = "department"  # 部门分会场
    LOCAL = "local"  # 本地会场 (hall, meeting room)


class ItemKind(StrEnum):
    CHECK = "check"  # done / not done
    READING = "reading"  # a number, expected within [low, high]
    TEXT = "text"  # a short note is the result
    PHOTO = "photo"  # a photo attached to the result (as bytes, see ChecklistService.record_result)
    VENUE_MATRIX = "venue_matrix"  # one result per participating venue


class Outcome(StrEnum):
    OK = "ok"
    FAULT = "fault"
    NA = "na"  # not applicable


class Signal(StrEnum):
    """The columns of the roll-call grid (002_…: 双向音视频, 辅流, 备份系统)."""

    VIDEO_IN = "video_in"
    VIDEO_OUT = "video_out"
    AUDIO_IN = "audio_in"
    AUDIO_OUT = "audio_out"
    AUX = "aux"  # auxiliary stream (辅流)
    BACKUP = "backup"  # backup system (备份系统)


SIGNALS: tuple[Signal, ...] = tuple(Signal)


class CellState(StrEnum):
    UNKNOWN = "unknown"
    OK = "ok"
    FAULT = "fault"
    NA = "na"


class SeatLayout(StrEnum):
    HEAD = "head"  # 主席台: one row facing the audience
    ROWS = "rows"  # several rows facing the front, the first row highest
    U = "u"  # U-shaped table: the head across the top, two arms


class TitleLine(StrEnum):
    """The small line under the name on a tent card."""

    TITLE = "title"
    ORGANISATION = "organisation"
    NONE = "none"


# ---- meetings and venues -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Venue:
    id: str
    name: str
    kind: VenueKind
    sort_order: int = 0
    room_id: str | None = None  # for a local venue: the room it is in


@dataclass(frozen=True, slots=True)
class NewMeeting:
    """What the meeting form or the demo hands to create_meeting / update_meeting."""

    title: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime | None = None
    room_id: str | None = None
    place: str = ""  # free text when the place is not one of the rooms
    responsible_id: str | None = None  # the duty engineer responsible (operators.id)
    venue_ids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    title: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime | None
    room_id: str | None
    room_name: str  # room name_zh, or `place`
    place: str
    responsible_id: str | None
    responsible_name: str
    venues: tuple[Venue, ...]
    notes: str = ""
    cancelled: bool = False
    runs: tuple[RunSummary, ...] = ()  # filled by get_meeting; empty in list_meetings


# ---- checklist templates -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TemplateItem:
    """One line of a checklist. `key` is stable across versions of the template."""

    key: str
    label: str  # as written by whoever made the template (Chinese for the built-in ones)
    kind: ItemKind = ItemKind.CHECK
    required: bool = True
    section: str = ""
    low: float | None = None  # READING: the accepted range, inclusive; None = open
    high: float | None = None
    unit: str = ""
    hint: str = ""

    def in_range(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """One version of a template. `family_id` is shared by all versions; editing makes version + 1."""

    id: str
    family_id: str
    code: str  # e.g. "video_conference"; built-ins keep theirs
    name: str
    version: int
    items: tuple[TemplateItem, ...]
    description: str = ""
    builtin: bool = False
    due_before: timedelta = timedelta(hours=2)  # the run should be finished this long before the start
    created_at: datetime | None = None
    latest: bool = True


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """The editor's content: saved as a new version by save_template."""

    name: str
    items: tuple[TemplateItem, ...]
    description: str = ""
    due_before: timedelta = timedelta(hours=2)
    code: str = ""


@dataclass(frozen=True, slots=True)
class TemplateSaved:
    """The result of saving a template: the new version and the runs that keep their older version."""

    template: ChecklistTemplate
    runs_keeping_version: tuple[RunSummary, ...]  # in-progress runs of older versions (they are not changed)


# ---- checklist runs ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemResult:
    """One recorded result. Append-only: a later result for the same item (and venue) supersedes it."""

    id: str
    run_id: str
    item_key: str
    outcome: Outcome
    at: datetime
    venue_id: str | None = None  # VENUE_MATRIX items
    value: str = ""  # READING: the number as typed; TEXT: the text; PHOTO: the file name
    note: str = ""
    operator_id: str | None = None
    operator_name: str = ""
    ticket_id: str | None = None  # the ticket a fault created
    ticket_code: str = ""
    has_photo: bool = False


@dataclass(frozen=True, slots=True)
class ResultInput:
    """What the run pane records for one item (and venue)."""

    item_key: str
    outcome: Outcome
    venue_id: str | None = None
    value: str = ""
    note: str = ""
    photo: bytes | None = None
    photo_name: str = ""


@dataclass(frozen=True, slots=True)
class RunSummary:
    id: str
    meeting_id: str
    template_id: str
    template_name: str
    template_version: int
    started_at: datetime
    finished_at: datetime | None
    done: int
    total: int
    faults: int
    blockers: int  # required items (or venue cells) not yet OK/NA, plus open faults


@dataclass(frozen=True, slots=True)
class RunLine:
    """An item of a run with its current result(s): one per line, or one per venue for a matrix."""

    item: TemplateItem
    venue: Venue | None
    result: ItemResult | None

    @property
    def done(self) -> bool:
        return self.result is not None

    @property
    def blocking(self) -> bool:
        """Required and not OK/NA yet, or a fault."""
        if self.result is None:
            return self.item.required
        return self.result.outcome is Outcome.FAULT


@dataclass(frozen=True, slots=True)
class ChecklistRun:
    id: str
    meeting_id: str
    meeting_title: str
    meeting_starts_at: datetime
    template: ChecklistTemplate
    started_at: datetime
    started_by_name: str
    finished_at: datetime | None
    finished_by_name: str
    lines: tuple[RunLine, ...]
    history: tuple[ItemResult, ...] = ()  # every result, oldest first (superseded ones too)
    template_newer_version: int | None = None  # set when the template was edited after the run started

    @property
    def total(self) -> int:
        return len(self.lines)

    @property
    def done(self) -> int:
        return sum(1 for x in self.lines if x.done)

    @property
    def blockers(self) -> tuple[RunLine, ...]:
        return tuple(x for x in self.lines if x.blocking)

    def due_at(self) -> datetime:
        return self.meeting_starts_at - self.template.due_before

    def is_late(self, now: datetime) -> bool:
        """Unfinished past its due time (the template's lead before the meeting)."""
        return self.finished_at is None and now >= self.due_at() and bool(self.blockers)


@dataclass(frozen=True, slots=True)
class OpenChecklist:
    """An unfinished run, as the shift handover and the meetings list show it."""

    run_id: str
    meeting_id: str
    meeting_title: str
    template_name: str
    starts_at: datetime  # the meeting's start
    done: int
    total: int
    blockers: int
    late: bool  # past due (template lead time before the start) and not complete
    due_at: datetime | None = None  # when it should be complete: the start minus the template's lead time


@dataclass(frozen=True, slots=True)
class FaultLink:
    """Where a ticket came from: the checklist result that created it."""

    result_id: str
    run_id: str
    meeting_id: str
    meeting_title: str
    item_key: str
    item_label: str
    venue_name: str


# ---- video roll-call -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VenueStatus:
    """A row of the roll-call grid."""

    venue: Venue
    cells: dict[Signal, CellState]
    ready_at: datetime | None  # when every cell became OK/NA (None: not ready)
    last_change: datetime | None = None

    def is_ready(self) -> bool:
        return self.ready_at is not None


@dataclass(frozen=True, slots=True)
class RollCall:
    """A video roll-call (视频点名): the clock runs from `requested_at`; ready within `limit`."""

    id: str
    title: str
    meeting_id: str | None
    requested_at: datetime
    requested_by_name: str
    venues: tuple[VenueStatus, ...]
    closed_at: datetime | None = None
    limit: timedelta = ROLLCALL_LIMIT

    @property
    def deadline(self) -> datetime:
        return self.requested_at + self.limit

    def elapsed(self, now: datetime) -> timedelta:
        end = self.closed_at or now
        return max(end - self.requested_at, timedelta(0))

    def remaining(self, now: datetime) -> timedelta:
        return self.deadline - now

    @property
    def all_ready_at(self) -> datetime | None:
        times = [v.ready_at for v in self.venues]
        if not times or any(t is None for t in times):
            return None
        return max(t for t in times if t is not None)

    def venue_met(self, v: VenueStatus, now: datetime | None = None) -> bool | None:
        """True/False when decided; None while the clock runs and the venue is not ready. Without
        `now`, a venue not ready is undecided even past the deadline (pass `now` to get False)."""
        if v.ready_at is not None:
            return v.ready_at <= self.deadline
        if now is not None and (self.closed_at or now) > self.deadline:
            return False
        return None

    def met(self, now: datetime) -> bool | None:
        """The 3-minute requirement: True when all venues were ready in time, False once missed, else None."""
        ready = self.all_ready_at
        if ready is not None:
            return ready <= self.deadline
        if (self.closed_at or now) > self.deadline:
            return False
        return None


# ---- attendees and seating -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NewAttendee:
    name: str
    title: str = ""  # 职务
    organisation: str = ""  # 单位
    rank: int | None = None  # precedence, 1 = highest; None = after the ranked ones, in list order


@dataclass(frozen=True, slots=True)
class Attendee:
    id: str
    meeting_id: str
    name: str
    title: str = ""
    organisation: str = ""
    rank: int | None = None
    position: int = 0  # order of entry/import (ties on rank)


@dataclass(frozen=True, slots=True)
class SeatSpec:
    """The shape of the seating: HEAD (per_row=(n,)), ROWS (per_row=(front, second, …)), U (head, arm)."""

    layout: SeatLayout
    per_row: tuple[int, ...] = ()
    arm: int = 0  # U: seats on each arm

    @property
    def capacity(self) -> int:
        if self.layout is SeatLayout.ROWS:
            return sum(self.per_row)
        head = self.per_row[0] if self.per_row else 0
        return head + (2 * self.arm if self.layout is SeatLayout.U else 0)


@dataclass(frozen=True, slots=True)
class Seat:
    """A seat and who sits there. `x`, `y` in seat units as seen from the audience (y = 0 the front/head
    row, x grows to the audience's right); `side` is "left"/"right" for U arms, "" otherwise."""

    index: int
    row: int
    col: int
    x: float
    y: float
    order: int  # the precedence slot this seat gets (1 = first)
    side: str = ""
    attendee_id: str | None = None
    attendee_name: str = ""
    attendee_title: str = ""
    attendee_organisation: str = ""


@dataclass(frozen=True, slots=True)
class SeatPlan:
    id: str
    meeting_id: str
    spec: SeatSpec
    mirror: bool
    seats: tuple[Seat, ...]
    updated_at: datetime | None = None

    def seat_of(self, attendee_id: str) -> Seat | None:
        return next((s for s in self.seats if s.attendee_id == attendee_id), None)


@dataclass(frozen=True, slots=True)
class NameCard:
    """One tent card / e-card: what is printed."""

    name: str
    line: str = ""  # title or organisation, per TitleLine
    seat_label: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an attendee import did: rows read, attendees added (all or nothing)."""

    rows: int
    added: tuple[Attendee, ...] = field(default_factory=tuple)
