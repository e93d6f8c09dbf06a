"""Enumerations shared by the core and the UI. Values are stored in the database: never rename them."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"


class TicketStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    ON_SITE = "on_site"
    PAUSED = "paused"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATUSES = frozenset(
    {TicketStatus.NEW, TicketStatus.ACKNOWLEDGED, TicketStatus.ON_SITE, TicketStatus.PAUSED}
)


class EventKind(StrEnum):
    CREATED = "created"
    ACKNOWLEDGED = "acknowledged"
    ARRIVED = "arrived"
    RESOLVED = "resolved"
    CLOSED = "closed"
    PAUSED = "paused"
    RESUMED = "resumed"
    REASSIGNED = "reassigned"
    PRIORITY_CHANGED = "priority_changed"
    REOPENED = "reopened"
    COMMENT = "comment"
    ATTACHMENT = "attachment"
    REPORT_SUBMITTED = "report_submitted"


class PauseReason(StrEnum):
    VENDOR = "vendor"
    SPARE_PART = "spare_part"
    CLIENT = "client"
    OTHER = "other"


class Category(StrEnum):
    HARDWARE = "hardware"
    NETWORK = "network"
    VIDEO_CONFERENCE = "video_conference"
    UNIFIED_COMMS = "unified_comms"
    VIDEO_WALL = "video_wall"
    AUDIO = "audio"
    MACHINE_ROOM = "machine_room"
    SOFTWARE = "software"
    NAME_CARDS = "name_cards"
    DRONE = "drone"
    SERVICE_REQUEST = "service_request"
    OTHER = "other"


class ClockName(StrEnum):
    RESPOND = "respond"
    ARRIVE = "arrive"
    RESOLVE = "resolve"
    REPORT = "report"


class ClockState(StrEnum):
    OK = "ok"  # running, under the warning ratio
    WARNING = "warning"  # running, at or past the warning ratio (80 %)
    BREACHED = "breached"  # running past due, or stopped late
    MET = "met"  # stopped in time
    PAUSED = "paused"  # frozen by a pause (still under due)
    NOT_STARTED = "not_started"  # e.g. the report clock before resolution
    NONE = "none"  # the profile has no such clock for this level


class CalendarMode(StrEnum):
    ALWAYS = "24x7"
    BUSINESS = "business"


class RoomKind(StrEnum):
    HALL = "hall"
    OFFICE = "office"
    MACHINE_ROOM = "machine_room"
    UPS_ROOM = "ups_room"
    MEETING_ROOM = "meeting_room"
    OTHER = "other"
