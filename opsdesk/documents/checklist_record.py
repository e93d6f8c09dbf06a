"""A checklist run as an A4 PDF for the record (会议保障检查记录): the meeting, the template version,
every line with its result, operator and time, the tickets faults created, the corrections made, and
the signatures.

Every visible word comes from `tr(source)` (LABELS); all text goes through FontChain.markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from opsdesk.documents.fonts import FontChain, get_chain
from opsdesk.documents.seatmap import draw_line
from opsdesk.domain.meetings import ChecklistRun, ItemResult, Outcome
from opsdesk.timeutil import DEFAULT_TZ, utcnow, zone

Translate = Callable[[str], str]

LABELS: dict[str, str] = {
    "title": "Meeting Support Checklist Record",
    "page": "Page {page}",
    "f.meeting": "Meeting",
    "f.start": "Starts at",
    "f.template": "Checklist",
    "f.template_value": "{name} (version {version})",
    "f.started": "Started",
    "f.finished": "Finished",
    "f.by": "{time} by {name}",
    "f.progress": "Progress",
    "f.progress_value": "{done} of {total} done, {faults} faults, {open} open",
    "not_finished": "not finished",
    "h.no": "No.",
    "h.item": "Item",
    "h.venue": "Venue",
    "h.result": "Result",
    "h.value": "Value / note",
    "h.operator": "Operator",
    "h.time": "Time",
    "h.ticket": "Ticket",
    "r.ok": "OK",
    "r.fault": "Fault",
    "r.na": "N/A",
    "r.open": "Not done",
    "optional": "(optional)",
    "sec.changes": "Corrections (earlier results replaced by a later one)",
    "sec.sign": "Signatures",
    "sign.engineer": "Duty engineer:",
    "sign.checker": "Checked by:",
    "sign.date": "Date:",
    "printed": "Printed {time}",
}


def source_strings() -> list[str]:
    return list(LABELS.values())


def _label(translate: Translate, key: str) -> str:
    return translate(LABELS[key])


def build_checklist_record(
    run: ChecklistRun,
    out: str | Path | BinaryIO,
    *,
    tr: Translate = lambda x: x,
    tz: str = DEFAULT_TZ,
    now: datetime | None = None,
    chain: FontChain | None = None,
) -> None:
    chain = chain or get_chain()
    now = now or utcnow()
    z = zone(tz)

    def t(key: str, **fmt: object) -> str:
        return _label(tr, key).format(**fmt) if fmt else _label(tr, key)

    def when(d: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
        return d.astimezone(z).strftime(fmt) if d else ""

    primary = chain.primary
    body = ParagraphStyle("body", fontName=primary, fontSize=9.5, leading=13)
    cell = ParagraphStyle("cell", fontName=primary, fontSize=8.5, leading=11)
    head = ParagraphStyle("head", parent=cell, textColor=colors.white)
    tiny = ParagraphStyle("tiny", parent=cell, fontSize=7, leading=9)
    title = ParagraphStyle("title", fontName=primary, fontSize=16, leading=22, alignment=1, spaceAfter=4 * mm)
    h2 = ParagraphStyle(
        "h2", fontName=primary, fontSize=11, leading=15, spaceBefore=5 * mm, spaceAfter=2 * mm
    )

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(chain.markup(text), style)

    story: list = [p(t("title"), title)]
    faults = sum(1 for x in run.lines if x.result and x.result.outcome is Outcome.FAULT)
    facts = [
        (t("f.meeting"), run.meeting_title),
        (t("f.start"), when(run.meeting_starts_at)),
        (t("f.template"), t("f.template_value", name=run.template.name, version=run.template.version)),
        (t("f.started"), t("f.by", time=when(run.started_at), name=run.started_by_name)),
        (
            t("f.finished"),
            t("f.by", time=when(run.finished_at), name=run.finished_by_name)
            if run.finished_at
            else t("not_finished"),
        ),
        (
            t("f.progress"),
            t("f.progress_value", done=run.done, total=run.total, faults=faults, open=len(run.blockers)),
        ),
    ]
    ft = Table([[p(k, body), p(v, body)] for k, v in facts], colWidths=[32 * mm, 140 * mm])
    ft.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [ft, Spacer(1, 5 * mm)]

    def outcome(r: ItemResult | None) -> str:
        return t(f"r.{r.outcome}") if r else t("r.open")

    header = [
        p(t(k), head)
        for k in ("h.no", "h.item", "h.venue", "h.result", "h.value", "h.operator", "h.time", "h.ticket")
    ]
    rows = [header]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    section = None
    for n, line in enumerate(run.lines, start=1):
        if line.item.section and line.item.section != section:
            section = line.item.section
            rows.append([p(section, body), "", "", "", "", "", "", ""])
            style += [
                ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#eceff1")),
            ]
        r = line.result
        label = line.item.label + ("" if line.item.required else " " + t("optional"))
        value = ""
        if r is not None:
            value = " ".join(
                x for x in (f"{r.value} {line.item.unit}".strip() if r.value else "", r.note) if x
            )
        rows.append(
            [
                p(str(n)),
                p(label),
                p(line.venue.name if line.venue else ""),
                p(outcome(r)),
                p(value),
                p(r.operator_name if r else ""),
                p(when(r.at, "%m-%d %H:%M") if r else "", tiny),
                p(r.ticket_code if r else "", tiny),
            ]
        )
        if (r is None and line.item.required) or (r is not None and r.outcome is Outcome.FAULT):
            style.append(("BACKGROUND", (3, len(rows) - 1), (3, len(rows) - 1), colors.HexColor("#ffcdd2")))
    widths = [9 * mm, 42 * mm, 20 * mm, 13 * mm, 30 * mm, 15 * mm, 21 * mm, 24 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)

    current = {x.result.id for x in run.lines if x.result}
    replaced = [r for r in run.history if r.id not in current]
    if replaced:
        labels = {i.key: i.label for i in run.template.items}
        story.append(p(t("sec.changes"), h2))
        ch = [[p(t(k), head) for k in ("h.item", "h.venue", "h.result", "h.value", "h.operator", "h.time")]]
        venue_names = {x.venue.id: x.venue.name for x in run.lines if x.venue}
        for r in replaced:
            ch.append(
                [
                    p(labels.get(r.item_key, r.item_key)),
                    p(venue_names.get(r.venue_id or "", "")),
                    p(outcome(r)),
                    p(" ".join(x for x in (r.value, r.note) if x)),
                    p(r.operator_name),
                    p(when(r.at, "%m-%d %H:%M")),
                ]
            )
        ct = Table(ch, colWidths=[60 * mm, 24 * mm, 16 * mm, 40 * mm, 18 * mm, 24 * mm], repeatRows=1)
        ct.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(ct)

    story.append(p(t("sec.sign"), h2))
    sign = Table(
        [[p(t("sign.engineer"), body), "", p(t("sign.checker"), body), "", p(t("sign.date"), body), ""]],
        colWidths=[28 * mm, 32 * mm, 24 * mm, 32 * mm, 16 * mm, 30 * mm],
        rowHeights=[12 * mm],
    )
    sign.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black),
                ("LINEBELOW", (5, 0), (5, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story.append(sign)

    printed = t("printed", time=when(now))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillGray(0.4)
        draw_line(canvas, chain, f"{run.meeting_title} · {printed}", 18 * mm, 10 * mm, 7.5, "l")
        draw_line(canvas, chain, t("page", page=doc.page), A4[0] - 18 * mm, 10 * mm, 7.5, "r")
        canvas.restoreState()

    target = str(out) if isinstance(out, (str, Path)) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{t('title')} — {run.meeting_title}",
        creator="opsdesk",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
