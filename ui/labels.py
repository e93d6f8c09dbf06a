"""Words for the core's enums and field names, in the operator's language.

Every string is a literal inside QCoreApplication.translate(...) so lupdate finds it. The mappings are
built on each call (cheap: a dozen entries) so a language switch at run time takes effect at once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from opsdesk.domain.enums import (
    CalendarMode,
    Category,
    ClockName,
    ClockState,
    EventKind,
    PauseReason,
    Role,
    RoomKind,
    TicketStatus,
)
from opsdesk.domain.people import RoomInfo
from opsdesk.domain.sla import ContractProfile, SlaLevel
from opsdesk.timeutil import DEFAULT_TZ, zone
from ui.i18n import is_chinese

_tr = QCoreApplication.translate
_display_zone = DEFAULT_TZ


def set_display_zone(name: str) -> None:
    """The console's zone (settings.timezone): every time is shown in it. Set by the main window."""
    global _display_zone
    _display_zone = name or DEFAULT_TZ


def display_zone() -> str:
    return _display_zone


def local_time(value: datetime) -> datetime:
    """A stored UTC time in the console's zone (a naive value is taken as UTC, as the database keeps it)."""
    from datetime import UTC

    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone(_display_zone))


def time_text(value: datetime | None, *, seconds: bool = False) -> str:
    """ "2026-11-23 14:05" in the console's zone; empty for None."""
    if value is None:
        return ""
    return local_time(value).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _statuses() -> dict[TicketStatus, str]:
    return {
        TicketStatus.NEW: _tr("labels", "New"),
        TicketStatus.ACKNOWLEDGED: _tr("labels", "Acknowledged"),
        TicketStatus.ON_SITE: _tr("labels", "On site"),
        TicketStatus.PAUSED: _tr("labels", "Paused"),
        TicketStatus.RESOLVED: _tr("labels", "Resolved"),
        TicketStatus.CLOSED: _tr("labels", "Closed"),
    }


def status_name(status: TicketStatus | str) -> str:
    try:
        return _statuses()[TicketStatus(status)]
    except ValueError:
        return str(status)


def _events() -> dict[EventKind, str]:
    return {
        EventKind.CREATED: _tr("labels", "Created"),
        EventKind.ACKNOWLEDGED: _tr("labels", "Acknowledged"),
        EventKind.ARRIVED: _tr("labels", "Arrived on site"),
        EventKind.RESOLVED: _tr("labels", "Resolved"),
        EventKind.CLOSED: _tr("labels", "Closed (verified)"),
        EventKind.PAUSED: _tr("labels", "Paused"),
        EventKind.RESUMED: _tr("labels", "Resumed"),
        EventKind.REASSIGNED: _tr("labels", "Reassigned"),
        EventKind.PRIORITY_CHANGED: _tr("labels", "Priority changed"),
        EventKind.REOPENED: _tr("labels", "Reopened"),
        EventKind.COMMENT: _tr("labels", "Comment"),
        EventKind.ATTACHMENT: _tr("labels", "Attachment"),
        EventKind.REPORT_SUBMITTED: _tr("labels", "Fault report submitted"),
    }


def event_name(kind: EventKind | str) -> str:
    """The name of an event as a noun/past participle, for the timeline ("Acknowledged")."""
    try:
        return _events()[EventKind(kind)]
    except ValueError:
        return str(kind)


def _actions() -> dict[EventKind, str]:
    return {
        EventKind.CREATED: _tr("labels", "create"),
        EventKind.ACKNOWLEDGED: _tr("labels", "acknowledge"),
        EventKind.ARRIVED: _tr("labels", "mark on site"),
        EventKind.RESOLVED: _tr("labels", "resolve"),
        EventKind.CLOSED: _tr("labels", "close"),
        EventKind.PAUSED: _tr("labels", "pause"),
        EventKind.RESUMED: _tr("labels", "resume"),
        EventKind.REASSIGNED: _tr("labels", "reassign"),
        EventKind.PRIORITY_CHANGED: _tr("labels", "change the priority of"),
        EventKind.REOPENED: _tr("labels", "reopen"),
        EventKind.COMMENT: _tr("labels", "comment on"),
        EventKind.ATTACHMENT: _tr("labels", "attach a file to"),
        EventKind.REPORT_SUBMITTED: _tr("labels", "submit the fault report of"),
    }


def event_action(kind: EventKind | str) -> str:
    """The event as a verb phrase, for sentences like "Cannot <resolve> a ticket that is new"."""
    try:
        return _actions()[EventKind(kind)]
    except ValueError:
        return str(kind)


def _categories() -> dict[Category, str]:
    return {
        Category.HARDWARE: _tr("labels", "Hardware"),
        Category.NETWORK: _tr("labels", "Network"),
        Category.VIDEO_CONFERENCE: _tr("labels", "Video conference"),
        Category.UNIFIED_COMMS: _tr("labels", "Unified comms"),
        Category.VIDEO_WALL: _tr("labels", "Video wall / display"),
        Category.AUDIO: _tr("labels", "Audio"),
        Category.MACHINE_ROOM: _tr("labels", "Machine room"),
        Category.SOFTWARE: _tr("labels", "Software"),
        Category.NAME_CARDS: _tr("labels", "Electronic name cards"),
        Category.DRONE: _tr("labels", "Drone"),
        Category.SERVICE_REQUEST: _tr("labels", "Service request"),
        Category.OTHER: _tr("labels", "Other"),
    }


def category_name(category: Category | str) -> str:
    try:
        return _categories()[Category(category)]
    except ValueError:
        return str(category)


def _clocks() -> dict[ClockName, str]:
    return {
        ClockName.RESPOND: _tr("labels", "Respond"),
        ClockName.ARRIVE: _tr("labels", "Arrival"),  # the clock; "On site" is the status
        ClockName.RESOLVE: _tr("labels", "Resolve"),
        ClockName.REPORT: _tr("labels", "Fault report"),
    }


def clock_name(name: ClockName | str) -> str:
    try:
        return _clocks()[ClockName(name)]
    except ValueError:
        return str(name)


def _clock_states() -> dict[ClockState, str]:
    return {
        ClockState.OK: _tr("labels", "On time"),
        ClockState.WARNING: _tr("labels", "At risk"),
        ClockState.BREACHED: _tr("labels", "Breached"),
        ClockState.MET: _tr("labels", "Met"),
        ClockState.PAUSED: _tr("labels", "Paused"),
        ClockState.NOT_STARTED: _tr("labels", "Not started"),
        ClockState.NONE: _tr("labels", "No target"),
    }


def clock_state_name(state: ClockState | str) -> str:
    try:
        return _clock_states()[ClockState(state)]
    except ValueError:
        return str(state)


def _pause_reasons() -> dict[PauseReason, str]:
    return {
        PauseReason.VENDOR: _tr("labels", "Waiting for vendor"),
        PauseReason.SPARE_PART: _tr("labels", "Waiting for spare part"),
        PauseReason.CLIENT: _tr("labels", "Waiting for client"),
        PauseReason.OTHER: _tr("labels", "Other reason"),
    }


def pause_reason_name(reason: PauseReason | str) -> str:
    try:
        return _pause_reasons()[PauseReason(reason)]
    except ValueError:
        return str(reason)


def role_name(role: Role | str) -> str:
    names = {Role.OPERATOR: _tr("labels", "Operator"), Role.SUPERVISOR: _tr("labels", "Supervisor")}
    try:
        return names[Role(role)]
    except ValueError:
        return str(role)


def room_kind_name(kind: RoomKind | str) -> str:
    names = {
        RoomKind.HALL: _tr("labels", "Command hall"),
        RoomKind.OFFICE: _tr("labels", "Office"),
        RoomKind.MACHINE_ROOM: _tr("labels", "Machine room"),
        RoomKind.UPS_ROOM: _tr("labels", "UPS room"),
        RoomKind.MEETING_ROOM: _tr("labels", "Meeting room"),
        RoomKind.OTHER: _tr("labels", "Other"),
    }
    try:
        return names[RoomKind(kind)]
    except ValueError:
        return str(kind)


def calendar_mode_name(mode: CalendarMode | str) -> str:
    names = {
        CalendarMode.ALWAYS: _tr("labels", "24x7"),
        CalendarMode.BUSINESS: _tr("labels", "Business hours (workdays)"),
    }
    try:
        return names[CalendarMode(mode)]
    except ValueError:
        return str(mode)


# ---- data that carries both languages ------------------------------------------------------------
def room_name(room: RoomInfo) -> str:
    return room.name("zh" if is_chinese() else "en")


def level_name(level: SlaLevel) -> str:
    """A priority level as shown in lists: "P1 Urgent" / "P1 紧急"."""
    name = level.name_zh if is_chinese() or not level.name_en else level.name_en
    return f"{level.code} {name}".strip() if name and name != level.code else level.code


def profile_name(profile: ContractProfile) -> str:
    return profile.name_zh if is_chinese() or not profile.name_en else profile.name_en


# ---- form fields (ValidationError problems name them) --------------------------------------------
def _fields() -> dict[str, str]:
    return {
        "title": _tr("labels", "Title"),
        "description": _tr("labels", "Description"),
        "reporter_name": _tr("labels", "Reporter"),
        "reporter_phone": _tr("labels", "Reporter phone"),
        "reporter_unit": _tr("labels", "Reporter unit"),
        "equipment": _tr("labels", "Equipment"),
        "priority": _tr("labels", "Priority"),
        "category": _tr("labels", "Category"),
        "room_id": _tr("labels", "Location"),
        "assignee_id": _tr("labels", "Assignee"),
        "at": _tr("labels", "Time"),
        "note": _tr("labels", "Note"),
        "reason": _tr("labels", "Reason"),
        "to": _tr("labels", "New value"),
        "fault.level": _tr("labels", "Fault level"),
        "fault.cause": _tr("labels", "Cause"),
        "fault.handling": _tr("labels", "Handling"),
        "fault.result": _tr("labels", "Result"),
        "fault.part_model": _tr("labels", "Replaced part model"),
        "fault.part_serial": _tr("labels", "Replaced part serial number"),
        "name": _tr("labels", "Name"),
        "post": _tr("labels", "Post"),
        "phone": _tr("labels", "Phone"),
        "role": _tr("labels", "Role"),
        "secret": _tr("labels", "PIN or password"),
        "secret_kind": _tr("labels", "Sign-in method"),
        "code": _tr("labels", "Code"),
        "name_zh": _tr("labels", "Chinese name"),
        "name_en": _tr("labels", "English name"),
        "kind": _tr("labels", "Kind"),
        "console_code": _tr("labels", "Console code"),
        "profile_code": _tr("labels", "Contract profile"),
        "timezone": _tr("labels", "Time zone"),
        "filename": _tr("labels", "File name"),
        "attachment": _tr("labels", "Attachment"),
        "content": _tr("labels", "Content"),
        "file": _tr("labels", "File"),
    }


def field_label(field: str) -> str:
    """The label of a form field named in a ValidationError; unknown names are shown as they are."""
    return _fields().get(field, field)


def known_fields() -> frozenset[str]:
    return frozenset(_fields())
