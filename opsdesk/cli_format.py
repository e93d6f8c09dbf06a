"""How `opsdesk-cli` prints: width-aware tables (CJK counts two columns), durations, tickets as JSON."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from opsdesk.clitext import Text
from opsdesk.domain.enums import ClockState
from opsdesk.domain.sla import ClockStatus, TicketClocks
from opsdesk.domain.tickets import TicketDetail
from opsdesk.timeutil import zone


# ---- widths --------------------------------------------------------------------------------------
def width(text: str) -> int:
    """Columns a terminal gives `text`: East Asian wide and fullwidth characters take two, marks none."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` columns, with an ellipsis when cut."""
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out, w = [], 0
    for ch in text:
        cw = width(ch)
        if w + cw > limit - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def pad(text: str, cols: int, right: bool = False) -> str:
    gap = " " * max(0, cols - width(text))
    return gap + text if right else text + gap


def table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, limits: dict[int, int] | None = None
) -> str:
    """An aligned plain-text table; column i is clipped to limits[i] columns when given."""
    limits = limits or {}
    cells = [[clip(str(c), limits[i]) if i in limits else str(c) for i, c in enumerate(r)] for r in rows]
    widths = [width(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], width(c))
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in cells)
    return "\n".join(lines)


def pairs(items: Sequence[tuple[str, str]]) -> str:
    """Label: value lines with the values aligned."""
    w = max((width(k) for k, _ in items), default=0)
    return "\n".join(f"{pad(k, w)}  {v}" for k, v in items)


# ---- durations and clocks ------------------------------------------------------------------------
def duration(t: Text, d: timedelta) -> str:
    """A short duration: 2天3小时, 3小时05分, 25分 (or 2d3h, 3h05m, 25m)."""
    minutes = int(abs(d.total_seconds()) // 60)
    days, rem = divmod(minutes, 1440)
    hours, mins = divmod(rem, 60)
    if days:
        return t("dur.d", n=days) + (t("dur.h", n=hours) if hours else "")
    if hours:
        return t("dur.h", n=hours) + t("dur.m", n=f"{mins:02d}")
    return t("dur.m", n=mins)


def clock_cell(t: Text, c: ClockStatus) -> str:
    """One clock in a list cell: what is left, how far over, or how it ended."""
    if c.state in (ClockState.NONE, ClockState.NOT_STARTED) or c.remaining is None:
        return t("state.none") if c.state is ClockState.NONE else t("state.not_started")
    if c.stopped_at is not None:
        return t(f"state.{c.state.value}")
    if c.remaining < timedelta(0):
        return t("dur.over", d=duration(t, c.remaining))
    if c.state is ClockState.PAUSED:
        return t("dur.paused", d=duration(t, c.remaining))
    text = t("dur.left", d=duration(t, c.remaining))
    return f"{text}!" if c.state is ClockState.WARNING else text


# ---- JSON ----------------------------------------------------------------------------------------
def iso(value: datetime | None, tz: str) -> str | None:
    """ISO 8601 with the offset of the console's zone, to the second."""
    if value is None:
        return None
    return value.astimezone(zone(tz)).replace(microsecond=0).isoformat()


def _seconds(d: timedelta | None) -> int | None:
    if d is None:
        return None
    return round(d.total_seconds())


def clock_json(c: ClockStatus, tz: str) -> dict[str, Any]:
    return {
        "due": iso(c.due, tz),
        "remaining_seconds": _seconds(c.remaining),
        "paused_seconds": _seconds(c.paused) or 0,
        "state": c.state.value,
    }


def clocks_json(clocks: TicketClocks, tz: str) -> dict[str, Any]:
    return {c.name.value: clock_json(c, tz) for c in clocks}


def ticket_json(d: TicketDetail, tz: str, *, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": d.code,
        "priority": d.priority,
        "status": d.status.value,
        "title": d.title,
        "room": d.room_name,
        "category": d.category,
        "created_at": iso(d.created_at, tz),
        "assignee": d.assignee_name,
        "clocks": clocks_json(d.clocks, tz),
    }
    if full:
        out.update(
            {
                "description": d.description,
                "reporter": {"name": d.reporter_name, "phone": d.reporter_phone, "unit": d.reporter_unit},
                "equipment": d.equipment,
                "profile": d.profile_code,
                "created_by": d.created_by_name,
                "fault": d.fault.as_dict(),
                "events": [
                    {
                        "kind": e.kind.value,
                        "at": iso(e.at, tz),
                        "operator": e.operator_name,
                        "payload": e.payload,
                    }
                    for e in d.events
                ],
                "attachments": [
                    {"filename": a.filename, "size": a.size, "mime": a.mime} for a in d.attachments
                ],
                "calendar_missing_years": list(d.clocks.calendar_missing_years),
            }
        )
    return out


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
