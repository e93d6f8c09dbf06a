"""The fault handling and analysis report (故障处理及分析报告) of one ticket, as an A4 PDF.

Every visible word comes from `tr(source)`, the source strings in English (LABELS; source_strings()
lists them for the translation check). All text, labels and user text alike, goes through
FontChain.markup: escaped, and set per character in the first font that has it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from opsdesk.documents.fonts import FontChain, get_chain
from opsdesk.domain.enums import ClockState, EventKind
from opsdesk.domain.reports import FaultReportContent
from opsdesk.domain.sla import ClockStatus
from opsdesk.domain.tickets import TicketDetail, TicketEvent
from opsdesk.timeutil import zone

Translate = Callable[[str], str]

# Every English source string the builder shows. Keys are ours; values are what tr() receives.
LABELS: dict[str, str] = {
    "title": "Fault Handling and Analysis Report",
    "subject": "Fault handling and analysis report of ticket {code}",
    "page": "Page {page} of {pages}",
    "report_code": "Ticket no.: {code}",
    "report_date": "Report date: {date}",
    "none": "(none)",
    "dash": "—",
    # section headings
    "sec.facts": "1. Ticket information",
    "sec.clocks": "2. Response and resolution times",
    "sec.summary": "3. Fault symptoms",
    "sec.cause": "4. Cause analysis",
    "sec.handling": "5. Handling process",
    "sec.result": "6. Handling result",
    "sec.prevention": "7. Corrective and preventive measures",
    "sec.timeline": "8. Handling record",
    # ticket facts
    "f.code": "Ticket no.",
    "f.title": "Title",
    "f.priority": "Priority",
    "f.category": "Category",
    "f.status": "Status",
    "f.room": "Location",
    "f.equipment": "Equipment",
    "f.reporter": "Reported by",
    "f.unit": "Unit",
    "f.phone": "Phone",
    "f.assignee": "Engineer",
    "f.created": "Reported at",
    "f.acknowledged": "Responded at",
    "f.arrived": "Arrived at",
    "f.resolved": "Resolved at",
    "f.closed": "Closed at",
    "f.author": "Report author",
    "f.part": "Replaced part:",
    "f.part_model": "Model: {model}",
    "f.part_serial": "Serial no.: {serial}",
    # the clocks table
    "c.clock": "Time limit",
    "c.target": "Allowed",
    "c.due": "Due",
    "c.stopped": "Completed",
    "c.state": "Assessment",
    "c.paused": "Paused for",
    "clock.respond": "Response",
    "clock.arrive": "Arrival on site",
    "clock.resolve": "Resolution",
    "clock.report": "Fault report",
    "state.ok": "Running",
    "state.warning": "Due soon",
    "state.breached": "Overdue",
    "state.met": "Met",
    "state.paused": "Paused",
    "state.not_started": "Not started",
    "d.days": "{n} d",
    "d.hours": "{n} h",
    "d.minutes": "{n} min",
    # the timeline
    "t.time": "Time",
    "t.event": "Event",
    "t.operator": "Operator",
    "t.note": "Details",
    "ev.created": "Reported",
    "ev.acknowledged": "Responded",
    "ev.arrived": "Arrived on site",
    "ev.resolved": "Resolved",
    "ev.closed": "Closed",
    "ev.paused": "Paused",
    "ev.resumed": "Resumed",
    "ev.reassigned": "Reassigned",
    "ev.priority_changed": "Priority changed",
    "ev.reopened": "Reopened",
    "ev.comment": "Comment",
    "ev.attachment": "Attachment",
    "ev.report_submitted": "Report submitted",
    "n.priority": "Priority {priority}",
    "n.to": "To {name}",
    "n.result": "Result: {text}",
    "pause.vendor": "Waiting for the vendor",
    "pause.spare_part": "Waiting for a spare part",
    "pause.client": "Waiting for the client",
    "pause.other": "Other reason",
    # ticket status
    "status.new": "New",
    "status.acknowledged": "Responded",
    "status.on_site": "On site",
    "status.paused": "Paused",
    "status.resolved": "Resolved",
    "status.closed": "Closed",
    # categories
    "cat.hardware": "Hardware",
    "cat.network": "Network",
    "cat.video_conference": "Video conference",
    "cat.unified_comms": "Unified communications",
    "cat.video_wall": "Video wall",
    "cat.audio": "Audio",
    "cat.machine_room": "Machine room",
    "cat.software": "Software",
    "cat.name_cards": "Electronic name cards",
    "cat.drone": "Drone",
    "cat.service_request": "Service request",
    "cat.other": "Other",
    # signatures
    "sig.engineer": "Engineer (signature):",
    "sig.reviewer": "Reviewed by (signature):",
    "sig.date": "Date:",
}


def source_strings() -> list[str]:
    """Every English source string the builder may pass to tr(), once each."""
    return list(dict.fromkeys(LABELS.values()))


# ---- layout constants ----------------------------------------------------------------------------
PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
BODY = 10.5  # 五号
SMALL = 9
GRID = colors.HexColor("#404040")
SHADE = colors.HexColor("#EDEDED")


class _Text:
    """Labels and user text as Paragraphs, through the font chain and tr."""

    def __init__(self, chain: FontChain, tr: Translate) -> None:
        self.chain, self._tr = chain, tr
        base = chain.primary
        common = {"fontName": base, "wordWrap": "CJK"}
        self.body = ParagraphStyle(
            "body", fontSize=BODY, leading=BODY * 1.65, firstLineIndent=2 * BODY, **common
        )
        self.cell = ParagraphStyle("cell", fontSize=SMALL + 0.5, leading=(SMALL + 0.5) * 1.4, **common)
        self.small = ParagraphStyle("small", fontSize=SMALL, leading=SMALL * 1.35, **common)
        self.head_cell = ParagraphStyle("headcell", parent=self.cell, alignment=TA_CENTER)
        self.alert_cell = ParagraphStyle(
            "alertcell", parent=self.head_cell, textColor=colors.HexColor("#B00000")
        )
        self.sub = ParagraphStyle(
            "sub", fontSize=SMALL + 1, leading=(SMALL + 1) * 1.4, alignment=TA_CENTER, **common
        )

    def tr(self, key: str, **fmt: object) -> str:
        text = self._tr(LABELS[key])
        return text.format(**fmt) if fmt else text

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.chain.markup(text), style or self.cell)

    def label(self, key: str, style: ParagraphStyle | None = None, **fmt: object) -> Paragraph:
        return self.p(self.tr(key, **fmt), style)


class _BoldLine(Flowable):
    """A heading in faux bold (fill + stroke): a TrueType CJK font has no bold face to switch to.

    Wraps per character when wider than the frame (headings are short; CJK has no word breaks)."""

    def __init__(
        self,
        chain: FontChain,
        text: str,
        size: float,
        *,
        center: bool,
        space_before: float,
        space_after: float,
    ) -> None:
        super().__init__()
        chain.check(text)
        self.chain, self.text, self.size, self.center = chain, text, size, center
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.lines: list[list[tuple[str, str]]] = []
        self.width_avail = 0.0

    def _width(self, runs: list[tuple[str, str]]) -> float:
        return sum(pdfmetrics.stringWidth(t, f, self.size) for f, t in runs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width_avail = availWidth
        self.lines, line = [], []
        for font, chunk in self.chain.runs(self.text):
            for ch in chunk:
                if line and self._width([*line, (font, ch)]) > availWidth:
                    self.lines.append(line)
                    line = []
                if line and line[-1][0] == font:
                    line[-1] = (font, line[-1][1] + ch)
                else:
                    line.append((font, ch))
        if line:
            self.lines.append(line)
        return availWidth, len(self.lines) * self.size * 1.35

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(self.size / 40)
        y = len(self.lines) * self.size * 1.35 - self.size
        for line in self.lines:
            x = (self.width_avail - self._width(line)) / 2 if self.center else 0
            t = c.beginText(x, y)
            t.setTextRenderMode(2)
            for font, chunk in line:
                t.setFont(font, self.size)
                t.textOut(chunk)
            c.drawText(t)
            y -= self.size * 1.35
        c.restoreState()


def _draw_runs(c: Canvas, chain: FontChain, text: str, size: float, x: float, y: float, align: str) -> None:
    runs = chain.runs(text)
    width = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for font, chunk in runs:
        c.setFont(font, size)
        c.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)


def _numbered_canvas(chain: FontChain, page_text: Callable[[int, int], str], header: tuple[str, str]) -> type:
    """A Canvas that holds pages back until the end, to write "page N of M" and the running header."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(self._pageNumber, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, total: int) -> None:
            self.saveState()
            self.setFillColor(colors.HexColor("#505050"))
            if page > 1:  # the first page has the title itself
                left, right = header
                top = PAGE_H - MARGIN_TOP + 9 * mm
                if left:
                    _draw_runs(self, chain, left, SMALL - 0.5, MARGIN_X, top, "left")
                if right:
                    _draw_runs(self, chain, right, SMALL - 0.5, PAGE_W - MARGIN_X, top, "right")
                self.setStrokeColor(GRID)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, top - 2.2 * mm, PAGE_W - MARGIN_X, top - 2.2 * mm)
            _draw_runs(
                self, chain, page_text(page, total), SMALL, PAGE_W / 2, MARGIN_BOTTOM - 10 * mm, "center"
            )
            self.restoreState()

    return NumberedCanvas


# ---- content helpers -----------------------------------------------------------------------------


def _fmt_time(value: datetime | None, tz: str) -> str:
    return value.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M") if value else ""


def _fmt_duration(t: _Text, value: timedelta | None) -> str:
    if value is None:
        return ""
    minutes = round(value.total_seconds() / 60)
    if minutes <= 0:
        return t.tr("dash")
    d, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    parts = []
    if d:
        parts.append(t.tr("d.days", n=d))
    if h:
        parts.append(t.tr("d.hours", n=h))
    if m:
        parts.append(t.tr("d.minutes", n=m))
    return " ".join(parts)


def _label_or_raw(t: _Text, prefix: str, value: str) -> str:
    key = f"{prefix}.{value}"
    return t.tr(key) if key in LABELS else value


def _milestones(events: tuple[TicketEvent, ...]) -> dict[str, datetime | None]:
    """When the ticket was acknowledged and reached the site (first time), resolved and closed (the
    last time, unless it was reopened after)."""
    first: dict[EventKind, datetime] = {}
    last: dict[EventKind, datetime] = {}
    for e in sorted(events, key=lambda e: e.at):
        first.setdefault(e.kind, e.at)
        last[e.kind] = e.at
    reopened = last.get(EventKind.REOPENED)

    def final(kind: EventKind) -> datetime | None:
        at = last.get(kind)
        return at if at and (reopened is None or at >= reopened) else None

    return {
        "acknowledged": first.get(EventKind.ACKNOWLEDGED),
        "arrived": first.get(EventKind.ARRIVED),
        "resolved": final(EventKind.RESOLVED),
        "closed": final(EventKind.CLOSED),
    }


def _event_note(t: _Text, e: TicketEvent) -> str:
    p = e.payload or {}
    parts: list[str] = []
    if e.kind is EventKind.CREATED and p.get("priority"):
        parts.append(t.tr("n.priority", priority=p["priority"]))
    elif e.kind is EventKind.PAUSED and p.get("reason"):
        parts.append(_label_or_raw(t, "pause", str(p["reason"])))
    elif e.kind is EventKind.PRIORITY_CHANGED:
        parts.append(f"{p.get('from', '')} → {p.get('to', '')}")
    elif e.kind is EventKind.REASSIGNED and p.get("to_name"):
        parts.append(t.tr("n.to", name=p["to_name"]))
    elif e.kind is EventKind.RESOLVED:
        result = (p.get("fault") or {}).get("result")
        if result:
            parts.append(t.tr("n.result", text=result))
    elif e.kind is EventKind.ATTACHMENT and p.get("filename"):
        parts.append(str(p["filename"]))
    if p.get("note"):
        parts.append(str(p["note"]))
    return "\n".join(parts)


def _grid(font: str, extra: list[tuple] | None = None) -> TableStyle:
    return TableStyle(
        [
            # for the empty strings of spanned cells: else Table sets Helvetica, and the PDF lists it
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BOX", (0, 0), (-1, -1), 1.0, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *(extra or []),
        ]
    )


# ---- the sections --------------------------------------------------------------------------------


def _facts(t: _Text, d: TicketDetail, content: FaultReportContent, tz: str, width: float) -> Table:
    ms = _milestones(d.events)
    label_w = 24 * mm
    value_w = (width - 2 * label_w) / 2

    def lab(key: str) -> Paragraph:
        return t.label(key, t.head_cell)

    def val(text: str) -> Paragraph:
        return t.p(text)

    rows = [
        [lab("f.code"), val(d.code), lab("f.priority"), val(d.priority)],
        [lab("f.title"), val(d.title), "", ""],
        [
            lab("f.category"),
            val(_label_or_raw(t, "cat", d.category)),
            lab("f.status"),
            val(_label_or_raw(t, "status", str(d.status))),
        ],
        [lab("f.room"), val(d.room_name), lab("f.equipment"), val(d.equipment)],
        [lab("f.reporter"), val(d.reporter_name), lab("f.unit"), val(d.reporter_unit)],
        [lab("f.phone"), val(d.reporter_phone), lab("f.assignee"), val(d.assignee_name)],
        [
            lab("f.created"),
            val(_fmt_time(d.created_at, tz)),
            lab("f.acknowledged"),
            val(_fmt_time(ms["acknowledged"], tz)),
        ],
        [
            lab("f.arrived"),
            val(_fmt_time(ms["arrived"], tz)),
            lab("f.resolved"),
            val(_fmt_time(ms["resolved"], tz)),
        ],
        [lab("f.closed"), val(_fmt_time(ms["closed"], tz)), lab("f.author"), val(content.author)],
    ]
    style = _grid(
        t.chain.primary,
        [
            ("SPAN", (1, 1), (3, 1)),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 0), (2, 0), SHADE),
            *[("BACKGROUND", (2, r), (2, r), SHADE) for r in range(2, len(rows))],
        ],
    )
    return Table(rows, colWidths=[label_w, value_w, label_w, value_w], style=style, hAlign="CENTER")


def _clocks(t: _Text, d: TicketDetail, tz: str, width: float) -> Table | None:
    shown: list[ClockStatus] = [c for c in d.clocks if c.state is not ClockState.NONE]
    if not shown:
        return None
    head = [
        t.label(k, t.head_cell) for k in ("c.clock", "c.target", "c.due", "c.stopped", "c.state", "c.paused")
    ]
    rows: list[list] = [head]
    for c in shown:
        rows.append(
            [
                t.p(_label_or_raw(t, "clock", str(c.name)), t.head_cell),
                t.p(_fmt_duration(t, c.target), t.head_cell),
                t.p(_fmt_time(c.due, tz), t.head_cell),
                t.p(_fmt_time(c.stopped_at, tz), t.head_cell),
                t.p(
                    _label_or_raw(t, "state", str(c.state)),
                    t.alert_cell if c.state is ClockState.BREACHED else t.head_cell,
                ),
                t.p(_fmt_duration(t, c.paused), t.head_cell),
            ]
        )
    fixed = [24 * mm, 20 * mm, 0, 0, 20 * mm, 27 * mm]
    rest = (width - sum(fixed)) / 2
    widths = [w or rest for w in fixed]
    style = _grid(t.chain.primary, [("BACKGROUND", (0, 0), (-1, 0), SHADE)])
    return Table(rows, colWidths=widths, style=style, repeatRows=1, hAlign="CENTER")


def _timeline(t: _Text, d: TicketDetail, tz: str, width: float) -> Table:
    head = [t.label(k, t.head_cell) for k in ("t.time", "t.event", "t.operator", "t.note")]
    rows: list[list] = [head]
    for e in sorted(d.events, key=lambda e: e.at):
        rows.append(
            [
                t.p(_fmt_time(e.at, tz), t.small),
                t.p(_label_or_raw(t, "ev", str(e.kind)), t.small),
                t.p(e.operator_name, t.small),
                t.p(_event_note(t, e), t.small),
            ]
        )
    fixed = [30 * mm, 24 * mm, 22 * mm]
    widths = [*fixed, width - sum(fixed)]
    style = _grid(
        t.chain.primary, [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    )
    return Table(rows, colWidths=widths, style=style, repeatRows=1, splitInRow=1, hAlign="CENTER")


def _signatures(t: _Text, width: float) -> Table:
    """Signature lines stacked at the bottom right, as on a paper form: label, then a line to sign on."""
    right = ParagraphStyle("sig", parent=t.cell, alignment=TA_RIGHT)
    rows = [[t.label(key, right), ""] for key in ("sig.engineer", "sig.reviewer", "sig.date")]
    return Table(
        rows,
        colWidths=[46 * mm, 48 * mm],
        rowHeights=[11 * mm] * len(rows),
        hAlign="RIGHT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), t.chain.primary),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )


def build_fault_report(
    detail: TicketDetail,
    content: FaultReportContent,
    out: str | Path | BinaryIO,
    *,
    tr: Translate,
    tz: str = "Asia/Shanghai",
    org_name: str = "",
    generated_at: datetime | None = None,
) -> None:
    """Write the report of `detail` with the engineer's `content` to `out` (a path or binary file).

    Raises FontCoverageError naming the first character no installed font can print.
    """
    chain = get_chain()
    t = _Text(chain, tr)
    width = PAGE_W - 2 * MARGIN_X
    title = t.tr("title")
    generated = generated_at or datetime.now(zone(tz))

    story: list[Flowable] = []
    if org_name:
        story.append(_BoldLine(chain, org_name, 13, center=True, space_before=0, space_after=2 * mm))
    story.append(_BoldLine(chain, title, 20, center=True, space_before=0, space_after=3 * mm))
    sub = [t.tr("report_code", code=detail.code), t.tr("report_date", date=_fmt_time(generated, tz)[:10])]
    gap = "&nbsp;" * 6
    story.append(Paragraph(gap.join(chain.markup(x) for x in sub), t.sub))
    story.append(Spacer(1, 4 * mm))

    def heading(key: str) -> _BoldLine:
        return _BoldLine(chain, t.tr(key), 12, center=False, space_before=4 * mm, space_after=2 * mm)

    story += [heading("sec.facts"), _facts(t, detail, content, tz, width)]
    clocks = _clocks(t, detail, tz, width)
    if clocks is not None:
        story += [heading("sec.clocks"), clocks]

    def section(key: str, text: str, extra: list[Flowable] | None = None) -> None:
        # each line of the engineer's text is a paragraph, indented two characters as Chinese wants
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()] or [t.tr("none")]
        paras = [t.p(line, t.body) for line in lines]
        # a heading never ends a page alone: keep it with the first paragraph
        story.append(KeepTogether([heading(key), paras[0]]))
        story.extend(paras[1:])
        story.extend(extra or [])

    section("sec.summary", content.summary)
    section("sec.cause", content.cause)
    section("sec.handling", content.handling)
    part_lines: list[Flowable] = []
    if content.part_model.strip() or content.part_serial.strip():
        bits = [t.tr("f.part")]
        if content.part_model.strip():
            bits.append(t.tr("f.part_model", model=content.part_model.strip()))
        if content.part_serial.strip():
            bits.append(t.tr("f.part_serial", serial=content.part_serial.strip()))
        part_lines.append(t.p("  ".join(bits), t.body))
    section("sec.result", content.result, part_lines)
    section("sec.prevention", content.prevention)
    story += [heading("sec.timeline"), _timeline(t, detail, tz, width)]
    story += [Spacer(1, 10 * mm), KeepTogether([_signatures(t, width)])]

    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {detail.code}",
        author=content.author or detail.assignee_name,
        subject=t.tr("subject", code=detail.code),
        creator="opsdesk",
        lang="zh-CN",
        # else every page starts in Helvetica, an unembedded font the PDF never uses
        initialFontName=chain.primary,
        initialFontSize=BODY,
    )
    canvas_cls = _numbered_canvas(
        chain,
        lambda n, m: t.tr("page", page=n, pages=m),
        (org_name, f"{title}  {detail.code}"),
    )
    doc.build(story, canvasmaker=canvas_cls)
