"""An engineer's duties as an iCalendar file (RFC 5545), for the phone's calendar.

Times are written in UTC (`...Z`), so no VTIMEZONE is needed and every client shows them in its own zone.
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is escaped
(backslash, semicolon, comma, newline). UIDs are the assignment ids (UUIDv7, made once): re-importing an
updated file updates the events instead of duplicating them (SEQUENCE grows with each change of the row);
a duty given away is simply absent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.documents.roster_docs import LABELS, catalog_tr
from opsdesk.domain.roster import Assignment, ShiftDef, Staff
from opsdesk.storage.roster_models import RosterAssignment

PRODID = "-//opsdesk//duty roster//ZH"
UID_DOMAIN = "roster.opsdesk"
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line, folded at 75 octets (§3.1): continuation lines start with a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    out = bytearray()
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        out += data[:cut] + b"\r\n"
        data = data[cut:]
        if data:
            out += b" "
        limit = 74  # the leading space counts
    return bytes(out)


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def build_ics(
    staff: Staff,
    duties: Sequence[Assignment],
    shifts: dict[str, ShiftDef],
    *,
    stamp: datetime,
    lang: str = "zh",
    calendar_name: str = "",
    sequences: Mapping[str, int] | None = None,
    tr: Callable[[str], str] = str,
) -> bytes:
    """The VCALENDAR of `duties` (one VEVENT each). `stamp` is DTSTAMP (when the file was made);
    `sequences` the SEQUENCE of each assignment id (it grows with every change of the row, so a client
    re-importing the file takes the moved times rather than keeping the old ones); `tr` translates the
    document words (opsdesk.documents.roster_docs.catalog_tr)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if calendar_name:
        lines.append(f"X-WR-CALNAME:{escape_text(calendar_name)}")
    for a in duties:
        sh = shifts.get(a.shift_code)
        summary = sh.name(lang) if sh else a.shift_code
        if a.post and a.post != "*":
            summary = f"{summary} · {a.post}"
        desc = [staff.name, staff.phone]
        if sh and sh.arrive_minutes:
            desc.append(tr(LABELS["ics.arrive"]).format(minutes=sh.arrive_minutes))
        if a.note:
            desc.append(a.note)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{a.id}@{UID_DOMAIN}",
            f"DTSTAMP:{_utc(stamp)}",
            f"SEQUENCE:{(sequences or {}).get(a.id, 0)}",
            f"DTSTART:{_utc(a.start)}",
            f"DTEND:{_utc(a.end)}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(chr(10).join(x for x in desc if x))}",
            f"CATEGORIES:{escape_text(a.shift_code)}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return b"".join(fold(x) for x in lines)


def staff_ics(
    s: Session, staff_key: str, start: date, end: date, *, lang: str = "zh", now: datetime | None = None
) -> bytes:
    """The iCalendar file of one engineer (id or name) for [start, end]."""
    from opsdesk.services import roster as R
    from opsdesk.timeutil import utcnow

    staff = R.get_staff(s, staff_key)
    duties = R.assignments_for(s, staff.id, start, end)
    shifts = {sh.code: sh for sh in R.list_shifts(s, include_inactive=True)}
    stamps = dict(
        s.execute(
            select(RosterAssignment.id, RosterAssignment.updated_at).where(
                RosterAssignment.id.in_([a.id for a in duties])
            )
        ).all()
    )
    sequences = {k: _sequence(v) for k, v in stamps.items()}
    return build_ics(
        staff, duties, shifts, stamp=now or utcnow(), lang=lang, calendar_name=staff.name, sequences=sequences,
        tr=catalog_tr("zh_CN" if lang.startswith("zh") else "en"),
    )  # fmt: skip


def _sequence(updated_at: datetime | None) -> int:
    # seconds since 2026 of the row's last change: grows with every edit, fits RFC 5545's INTEGER until 2094
    if updated_at is None:
        return 0
    return max(0, int((updated_at - _EPOCH).total_seconds()))
