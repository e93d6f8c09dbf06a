"""Words for the meeting enums (kinds, item kinds, outcomes, roll-call signals), in the operator's language.

Built on each call so a language switch takes effect at once; every string is a literal inside
QCoreApplication.translate so the catalogue builder finds it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from opsdesk.domain.meetings import CellState, ItemKind, MeetingKind, Outcome, SeatLayout, Signal, VenueKind
from ui import theme

_tr = QCoreApplication.translate


def kind_name(kind: MeetingKind | str) -> str:
    names = {
        MeetingKind.WEEKLY_COMMAND: _tr("meetings", "Weekly linked-command meeting"),
        MeetingKind.IMPORTANT: _tr("meetings", "Important meeting"),
        MeetingKind.VIDEO_CONFERENCE: _tr("meetings", "Video conference"),
        MeetingKind.VIDEO_ROLLCALL: _tr("meetings", "Video roll-call"),
        MeetingKind.DRILL: _tr("meetings", "Drill"),
    }
    try:
        return names[MeetingKind(kind)]
    except ValueError:
        return str(kind)


def kind_short(kind: MeetingKind | str) -> str:
    """A two-character tag for calendar cells."""
    names = {
        MeetingKind.WEEKLY_COMMAND: _tr("meetings", "Weekly"),
        MeetingKind.IMPORTANT: _tr("meetings", "Important"),
        MeetingKind.VIDEO_CONFERENCE: _tr("meetings", "Video"),
        MeetingKind.VIDEO_ROLLCALL: _tr("meetings", "Roll-call"),
        MeetingKind.DRILL: _tr("meetings", "Drill"),
    }
    try:
        return names[MeetingKind(kind)]
    except ValueError:
        return str(kind)


def kind_color(kind: MeetingKind | str) -> QColor:
    keys = {
        MeetingKind.WEEKLY_COMMAND: "primary",
        MeetingKind.IMPORTANT: "breached",
        MeetingKind.VIDEO_CONFERENCE: "ok",
        MeetingKind.VIDEO_ROLLCALL: "warning",
        MeetingKind.DRILL: "paused",
    }
    return theme.color(keys.get(kind, "text_muted"))  # type: ignore[call-overload]  # StrEnum keys match str


def venue_kind_name(kind: VenueKind | str) -> str:
    names = {
        VenueKind.DISTRICT: _tr("meetings", "District"),
        VenueKind.DEPARTMENT: _tr("meetings", "Department"),
        VenueKind.LOCAL: _tr("meetings", "Local"),
    }
    try:
        return names[VenueKind(kind)]
    except ValueError:
        return str(kind)


def item_kind_name(kind: ItemKind | str) -> str:
    names = {
        ItemKind.CHECK: _tr("meetings", "Check"),
        ItemKind.READING: _tr("meetings", "Reading"),
        ItemKind.TEXT: _tr("meetings", "Text"),
        ItemKind.PHOTO: _tr("meetings", "Photo"),
        ItemKind.VENUE_MATRIX: _tr("meetings", "Per venue"),
    }
    try:
        return names[ItemKind(kind)]
    except ValueError:
        return str(kind)


def outcome_name(outcome: Outcome | str | None) -> str:
    if outcome is None:
        return _tr("meetings", "Open")
    names = {
        Outcome.OK: _tr("meetings", "OK"),
        Outcome.FAULT: _tr("meetings", "Fault"),
        Outcome.NA: _tr("meetings", "N/A"),
    }
    try:
        return names[Outcome(outcome)]
    except ValueError:
        return str(outcome)


def outcome_color(outcome: Outcome | str | None) -> QColor:
    if outcome is None:
        return theme.color("text_muted")
    return theme.color({"ok": "ok", "fault": "breached", "na": "paused"}.get(str(outcome), "text_muted"))


def signal_name(sig: Signal | str) -> str:
    names = {
        Signal.VIDEO_IN: _tr("meetings", "Video in"),
        Signal.VIDEO_OUT: _tr("meetings", "Video out"),
        Signal.AUDIO_IN: _tr("meetings", "Audio in"),
        Signal.AUDIO_OUT: _tr("meetings", "Audio out"),
        Signal.AUX: _tr("meetings", "Aux stream"),
        Signal.BACKUP: _tr("meetings", "Backup"),
    }
    try:
        return names[Signal(sig)]
    except ValueError:
        return str(sig)


def cell_text(state: CellState | str) -> str:
    names = {
        CellState.UNKNOWN: "·",
        CellState.OK: _tr("meetings", "OK"),
        CellState.FAULT: _tr("meetings", "Fault"),
        CellState.NA: _tr("meetings", "N/A"),
    }
    try:
        return names[CellState(state)]
    except ValueError:
        return str(state)


def cell_color(state: CellState | str) -> QColor | None:
    return {
        "ok": theme.color("ok"),
        "fault": theme.color("breached"),
        "na": theme.color("paused"),
    }.get(str(state))


def layout_name(layout: SeatLayout | str) -> str:
    names = {
        SeatLayout.HEAD: _tr("meetings", "Head table"),
        SeatLayout.ROWS: _tr("meetings", "Rows"),
        SeatLayout.U: _tr("meetings", "U-shape"),
    }
    try:
        return names[SeatLayout(layout)]
    except ValueError:
        return str(layout)


def duration_text(value: timedelta) -> str:
    """m:ss under an hour, else h:mm:ss; a minus sign for negative values (overdue)."""
    total = int(value.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{sign}{h}:{m:02d}:{s:02d}"
    return f"{sign}{m}:{s:02d}"


def countdown_text(value: timedelta) -> str:
    """Time left to a meeting's start: days when far away, else h:mm:ss."""
    total = int(value.total_seconds())
    if total >= 2 * 86400:
        return _tr("meetings", "in {n} days").format(n=total // 86400)
    if total < 0:
        return _tr("meetings", "started {t} ago").format(t=duration_text(-value))
    return _tr("meetings", "in {t}").format(t=duration_text(value))


def weekday_short(index: int) -> str:
    """Monday = 0."""
    names = (
        _tr("meetings", "Mon"),
        _tr("meetings", "Tue"),
        _tr("meetings", "Wed"),
        _tr("meetings", "Thu"),
        _tr("meetings", "Fri"),
        _tr("meetings", "Sat"),
        _tr("meetings", "Sun"),
    )
    return names[index % 7]


def start_text(value: datetime) -> str:
    """ "11-30 Mon 09:00" in the console's zone."""
    from ui.labels import local_time

    t = local_time(value)
    return f"{t:%m-%d} {weekday_short(t.weekday())} {t:%H:%M}"
