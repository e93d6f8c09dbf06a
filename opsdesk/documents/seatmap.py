"""The seat map of a meeting (座次图) as a one-page PDF, seen from the audience.

Every visible word comes from `tr(source)` (LABELS); names and titles go through the font chain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from opsdesk.documents.fonts import FontChain, get_chain
from opsdesk.domain.meetings import Meeting, SeatLayout, SeatPlan
from opsdesk.timeutil import DEFAULT_TZ, utcnow, zone

Translate = Callable[[str], str]

LABELS: dict[str, str] = {
    "title": "Seat Plan",
    "meeting": "{title}  {time}  {place}",
    "front_head": "Head table (seen from the audience)",
    "front_rows": "Front (seen from the audience)",
    "front_u": "Head of the table",
    "audience": "Audience",
    "layout.head": "Head table",
    "layout.rows": "Rows",
    "layout.u": "U-shaped table",
    "mirror": "mirrored",
    "summary": "{layout}, {seated} of {seats} seats taken",
    "printed": "Printed {time}",
    "empty": "(empty)",
}


def source_strings() -> list[str]:
    return list(LABELS.values())


def _label(translate: Translate, key: str) -> str:
    """A label in the reader's language (the sources are listed by source_strings)."""
    return translate(LABELS[key])


def draw_line(
    c: Canvas, chain: FontChain, text: str, x: float, y: float, size: float, align: str = "c"
) -> float:
    """Draw `text` on one line, font per character; align "l", "c" or "r" about x. Returns its width."""
    runs = chain.runs(text)
    width = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    x0 = x - width / 2 if align == "c" else (x - width if align == "r" else x)
    t = c.beginText(x0, y)
    t.setCharSpace(0)
    for font, chunk in runs:
        t.setFont(font, size)
        t.textOut(chunk)
    c.drawText(t)
    return width


def _fitted(chain: FontChain, text: str, width: float, size: float, smallest: float = 5.0) -> float:
    runs = chain.runs(text)
    w = sum(pdfmetrics.stringWidth(t, f, 1.0) for f, t in runs)
    return size if w <= 0 else max(smallest, min(size, width / w))


def build_seat_map(
    plan: SeatPlan,
    meeting: Meeting,
    out: str | Path | BinaryIO,
    *,
    tr: Translate = lambda x: x,
    tz: str = DEFAULT_TZ,
    now: datetime | None = None,
    chain: FontChain | None = None,
) -> None:
    chain = chain or get_chain()
    for s in plan.seats:
        chain.check(s.attendee_name + s.attendee_title)
    chain.check(meeting.title + meeting.room_name)
    now = now or utcnow()
    page_w, page_h = landscape(A4)
    c = Canvas(str(out) if isinstance(out, (str, Path)) else out, pagesize=(page_w, page_h), invariant=1)
    c.setTitle(f"{_label(tr, 'title')} — {meeting.title}")
    c.setCreator("opsdesk")
    margin = 15 * mm
    draw_line(c, chain, _label(tr, "title"), page_w / 2, page_h - margin - 6 * mm, 18)
    when = meeting.starts_at.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")
    sub = _label(tr, "meeting").format(title=meeting.title, time=when, place=meeting.room_name).strip()
    draw_line(
        c, chain, sub, page_w / 2, page_h - margin - 14 * mm, _fitted(chain, sub, page_w - 2 * margin, 11)
    )
    layout_name = _label(tr, f"layout.{plan.spec.layout}") + (
        f" ({_label(tr, 'mirror')})" if plan.mirror else ""
    )
    seated = sum(1 for s in plan.seats if s.attendee_id)
    summary = _label(tr, "summary").format(layout=layout_name, seated=seated, seats=len(plan.seats))
    draw_line(c, chain, summary, margin, margin - 6 * mm + 2, 8, "l")
    printed = _label(tr, "printed").format(time=now.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M"))
    draw_line(c, chain, printed, page_w - margin, margin - 6 * mm + 2, 8, "r")

    # the grid: x in seat units (U arms at -1 and head), y rows downwards from the front
    xs = [s.x for s in plan.seats] or [0.0]
    ys = [s.y for s in plan.seats] or [0.0]
    cols = max(xs) - min(xs) + 1
    rows = max(ys) - min(ys) + 1
    top = page_h - margin - 32 * mm
    bottom = margin + 14 * mm
    cell = min((page_w - 2 * margin) / cols, (top - bottom) / rows, 42 * mm)
    box_w, box_h = cell * 0.9, min(cell * 0.9, 22 * mm)
    # rows keep a gap, but never run past the footer (a U's long arms are the tall case)
    pitch_y = min(box_h * 1.35, (top - bottom) / rows)
    box_h = min(box_h, pitch_y * 0.9)
    left = (page_w - cols * cell) / 2 - min(xs) * cell
    front = {SeatLayout.HEAD: "front_head", SeatLayout.ROWS: "front_rows", SeatLayout.U: "front_u"}
    draw_line(c, chain, _label(tr, front[plan.spec.layout]), page_w / 2, top + 6 * mm, 10)
    c.setStrokeGray(0.6)
    c.line(margin, top + 4 * mm, page_w - margin, top + 4 * mm)
    name_size = min(16.0, box_h * 0.42)
    for s in plan.seats:
        x = left + s.x * cell + (cell - box_w) / 2
        y = top - (s.y + 1) * pitch_y + (pitch_y - box_h)
        c.setStrokeGray(0.2)
        c.setFillGray(0.96 if s.attendee_id else 1.0)
        c.rect(x, y, box_w, box_h, stroke=1, fill=1)
        c.setFillGray(0.35)
        draw_line(c, chain, str(s.order), x + 1.5 * mm, y + box_h - 3.5 * mm, 6.5, "l")
        c.setFillGray(0)
        name = s.attendee_name or _label(tr, "empty")
        size = _fitted(chain, name, box_w - 4 * mm, name_size)
        ny = y + box_h / 2 - size * 0.3 + (box_h * 0.12 if s.attendee_title else 0)
        if not s.attendee_id:
            c.setFillGray(0.6)
        draw_line(c, chain, name, x + box_w / 2, ny, size)
        c.setFillGray(0.25)
        if s.attendee_title:
            ts = _fitted(chain, s.attendee_title, box_w - 3 * mm, min(8.0, box_h * 0.2), 4.0)
            draw_line(c, chain, s.attendee_title, x + box_w / 2, y + 2.2 * mm, ts)
        c.setFillGray(0)
    if plan.spec.layout is not SeatLayout.U:
        bottom_y = top - rows * pitch_y - 6 * mm
        draw_line(c, chain, _label(tr, "audience"), page_w / 2, max(bottom_y, margin), 10)
    c.showPage()
    c.save()
