"""Roster documents: the holiday duty list (节假日值班表, handed to the client before a holiday, 000_…) and
the month roster, each as an A4 PDF and as .xlsx.

Every visible word comes from `tr(source)` (English source strings in LABELS, listed by source_strings()
for the translation catalogue, context "documents"); the CLI, which cannot load Qt, passes
`catalog_tr()`, which reads the same catalogue (.ts) directly. All text goes through FontChain.markup.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from opsdesk.documents.fonts import FontChain, get_chain
from opsdesk.domain.roster import ANY_POST, Assignment, RosterDay, RosterView, ShiftDef, Staff
from opsdesk.timeutil import DEFAULT_TZ, zone

Translate = Callable[[str], str]

LABELS: dict[str, str] = {
    "holiday.title": "Holiday Duty List",
    "holiday.title_named": "{name} Holiday Duty List",
    "month.title": "Duty Roster {year}/{month}",
    "period": "Period: {start} to {end}",
    "prepared": "Prepared: {date}",
    "page": "Page {page}",
    "col.date": "Date",
    "col.weekday": "Weekday",
    "col.daytype": "Day type",
    "col.shift": "Shift",
    "col.hours": "Duty hours",
    "col.post": "Post",
    "col.name": "Name",
    "col.phone": "Phone",
    "col.total": "Duties",
    "col.weekend": "Weekend",
    "col.holiday": "Holiday",
    "col.night": "Night",
    "col.skills": "Skills",
    "workday": "Workday",
    "weekend": "Weekend",
    "holiday": "Holiday",
    "makeup": "Make-up workday",
    "any_post": "Any post",
    "open": "(open)",
    "contacts": "Contacts",
    "supervisor": "Supervisor: {name}  Phone: {phone}",
    "arrive_note": "Outside on-site hours the duty engineer answers the phone at once and is on site within "
    "{minutes} minutes.",
    "no_duty": "No duties in this period.",
    "ics.arrive": "On site within {minutes} minutes",
    "calendar_missing": "Warning: no holiday data for {years}; weekends were assumed to be the only days off.",
    "summary": "Duties per person",
    "hours_fmt": "{start}–{end}",
    "next_day": "next day {time}",
    "wd.0": "Mon",
    "wd.1": "Tue",
    "wd.2": "Wed",
    "wd.3": "Thu",
    "wd.4": "Fri",
    "wd.5": "Sat",
    "wd.6": "Sun",
    # holiday names as the calendar data stores them (chinese_calendar's English names)
    "h.New Year's Day": "New Year's Day",
    "h.Spring Festival": "Spring Festival",
    "h.Tomb-sweeping Day": "Tomb-sweeping Day",
    "h.Labour Day": "Labour Day",
    "h.Dragon Boat Festival": "Dragon Boat Festival",
    "h.National Day": "National Day",
    "h.Mid-autumn Festival": "Mid-autumn Festival",
    "h.Anti-Fascist 70th Day": "Anti-Fascist 70th Day",
}


def source_strings() -> list[str]:
    """Every English source string the builders may pass to tr(), once each."""
    return list(dict.fromkeys(LABELS.values()))


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_qm(data: bytes, context: str = "documents") -> dict[str, str]:
    """source -> translation of one context, read from a compiled Qt catalogue (.qm) without Qt.

    The messages block (tag 0x69) holds records of tagged fields: 3 translation (UTF-16BE), 6 source,
    7 context (UTF-8), 5 an obsolete 4-byte field, 1 the end of a record; each length is big-endian.
    """
    if data[:16] != _QM_MAGIC:
        return {}
    out: dict[str, str] = {}
    pos = 16
    while pos + 5 <= len(data):
        tag, n = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        block = data[pos + 5 : pos + 5 + n]
        pos += 5 + n
        if tag != 0x69:
            continue
        m = 0
        while m < len(block):
            fields: dict[int, bytes] = {}
            while m < len(block):
                t = block[m]
                m += 1
                if t == 1:
                    break
                if t == 5:
                    m += 4
                    continue
                ln = struct.unpack(">I", block[m : m + 4])[0]
                m += 4
                if ln == 0xFFFFFFFF:
                    continue
                fields.setdefault(t, block[m : m + ln])
                m += ln
            if 3 in fields and 6 in fields and fields.get(7, b"").decode("utf-8", "replace") == context:
                out[fields[6].decode("utf-8", "replace")] = fields[3].decode("utf-16-be", "replace")
    return out


def catalog_tr(lang: str = "zh_CN") -> Translate:
    """tr() from the compiled translation catalogue (.qm, shipped in the bundle) without Qt, for the CLI,
    which cannot load Qt. English (the source strings) when there is no catalogue for `lang`."""
    if not lang.startswith("zh"):
        return lambda text: text
    from opsdesk.paths import resource_path

    try:
        table = read_qm(resource_path("translations", "opsdesk_zh_CN.qm").read_bytes())
    except OSError:
        table = {}
    return lambda text: table.get(text, text)


# ---- shared text helpers --------------------------------------------------------------------------------
class _T:
    def __init__(self, tr: Translate) -> None:
        self._tr = tr

    def __call__(self, key: str, **fmt: object) -> str:
        text = self._tr(LABELS[key])
        return text.format(**fmt) if fmt else text

    def holiday_name(self, name: str) -> str:
        key = f"h.{name}"
        return self(key) if key in LABELS else name

    def day_type(self, day: RosterDay) -> str:
        i = day.info
        if i.holiday:
            return self.holiday_name(i.name) if i.name else self("holiday")
        if i.makeup:
            return self("makeup")
        return self("workday") if i.workday else self("weekend")

    def post(self, post: str) -> str:
        return self("any_post") if post == ANY_POST else post


def _hours(t: _T, sh: ShiftDef | None, a: Assignment, tz: str) -> str:
    start = a.start.astimezone(zone(tz))
    end = a.end.astimezone(zone(tz))
    end_text = (
        end.strftime("%H:%M") if end.date() == start.date() else t("next_day", time=end.strftime("%H:%M"))
    )
    return t("hours_fmt", start=start.strftime("%H:%M"), end=end_text)


def holiday_label(name: str, tr: Translate) -> str:
    """A holiday's name for people: the packaged calendar names them in English ("National Day"), which
    `tr` (context documents) turns into 国庆节; a name a supervisor imported is shown as typed."""
    return _T(tr).holiday_name(name)


def holiday_days(view: RosterView) -> list[RosterDay]:
    """The days a holiday duty list covers: the statutory holidays of the view, or (none) its days off."""
    days = [d for d in view.days if d.info.holiday]
    return days or [d for d in view.days if not d.info.workday]


def holiday_title(t: _T, days: list[RosterDay]) -> str:
    names = list(dict.fromkeys(d.info.name for d in days if d.info.name))
    if len(names) == 1:
        return t("holiday.title_named", name=t.holiday_name(names[0]))
    return t("holiday.title")


def _supervisor(view: RosterView) -> Staff | None:
    from opsdesk.services.roster import POST_MANAGER

    return next((p for p in view.staff if p.post == POST_MANAGER), None)


def _arrive_minutes(view: RosterView) -> int | None:
    return min((sh.arrive_minutes for sh in view.shifts if sh.arrive_minutes), default=None)


def holiday_rows(view: RosterView, t: _T, tz: str = DEFAULT_TZ) -> list[list[str]]:
    """Date, weekday, day, shift, hours, post, name, phone — one row per duty of the holiday days."""
    shifts = {sh.code: sh for sh in view.shifts}
    rows = []
    for day in holiday_days(view):
        for a in day.assignments:
            sh = shifts.get(a.shift_code)
            rows.append(
                [
                    day.info.day.isoformat(),
                    t(f"wd.{day.info.day.weekday()}"),
                    t.day_type(day),
                    sh.name(_lang(t)) if sh else a.shift_code,
                    _hours(t, sh, a, tz),
                    a.staff_post or t.post(a.post),
                    a.staff_name,
                    a.phone,
                ]
            )
        for slot in day.open_slots:
            sh = shifts.get(slot.shift_code)
            rows.append(
                [
                    day.info.day.isoformat(), t(f"wd.{day.info.day.weekday()}"), t.day_type(day),
                    sh.name(_lang(t)) if sh else slot.shift_code, "", t.post(slot.post), t("open"), "",
                ]
            )  # fmt: skip
    return rows


def _lang(t: _T) -> str:
    # a Chinese catalogue translates "Date" to 日期: pick the shift's Chinese name then
    return "zh" if t("col.date") != "Date" else "en"


def month_rows(view: RosterView, t: _T) -> tuple[list[str], list[list[str]]]:
    """Header and one row per day: date, weekday, day type, then per shift the people ("post: name")."""
    used = {a.shift_code for d in view.days for a in d.assignments} | {
        o.shift_code for d in view.days for o in d.open_slots
    }
    shifts = [sh for sh in view.shifts if sh.code in used]  # a column never filled is noise
    header = [t("col.date"), t("col.weekday"), t("col.daytype"), *(sh.name(_lang(t)) for sh in shifts)]
    rows = []
    for day in view.days:
        cells = [day.info.day.isoformat(), t(f"wd.{day.info.day.weekday()}"), t.day_type(day)]
        for sh in shifts:
            people = [a for a in day.assignments if a.shift_code == sh.code]
            bits = [a.staff_name if a.post == ANY_POST else f"{a.staff_name}（{a.post}）" for a in people]
            bits += [t("open")] * sum(o.missing for o in day.open_slots if o.shift_code == sh.code)
            cells.append("\n".join(bits))
        rows.append(cells)
    return header, rows


def summary_rows(view: RosterView, t: _T) -> tuple[list[str], list[list[str]]]:
    counts: dict[str, list[int]] = {}
    shifts = {sh.code: sh for sh in view.shifts}
    for day in view.days:
        for a in day.assignments:
            c = counts.setdefault(a.staff_id, [0, 0, 0, 0])
            c[0] += 1
            c[1] += (not day.info.workday) and not day.info.holiday
            c[2] += day.info.holiday
            c[3] += bool(shifts.get(a.shift_code) and shifts[a.shift_code].night)
    header = [
        t("col.name"),
        t("col.post"),
        t("col.phone"),
        t("col.total"),
        t("col.weekend"),
        t("col.holiday"),
        t("col.night"),
    ]
    rows = [
        [p.name, p.post, p.phone, *map(str, counts.get(p.id, [0, 0, 0, 0]))]
        for p in view.staff
        if p.id in counts or (p.on_rotation and p.approved)
    ]
    return header, rows


# ---- PDF ------------------------------------------------------------------------------------------------
MARGIN = 16 * mm
GRID = colors.HexColor("#404040")
SHADE = colors.HexColor("#EDEDED")
HOLI = colors.HexColor("#FBE3E1")
WEEKEND = colors.HexColor("#F3F0E6")


class _Styles:
    def __init__(self, chain: FontChain) -> None:
        common = {"fontName": chain.primary, "wordWrap": "CJK"}
        self.chain = chain
        self.title = ParagraphStyle("title", fontSize=18, leading=24, alignment=TA_CENTER, **common)
        self.sub = ParagraphStyle("sub", fontSize=10, leading=14, alignment=TA_CENTER, **common)
        self.cell = ParagraphStyle("cell", fontSize=9, leading=12, **common)
        self.head = ParagraphStyle("head", fontSize=9, leading=12, alignment=TA_CENTER, **common)
        self.body = ParagraphStyle("body", fontSize=10, leading=15, **common)
        self.warn = ParagraphStyle("warn", parent=self.body, textColor=colors.HexColor("#B00000"))

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.chain.markup(text), style or self.cell)


def _table(
    st: _Styles, header: list[str], rows: list[list[str]], widths: list[float], shade: dict[int, object]
) -> Table:
    data = [[st.p(h, st.head) for h in header]] + [[st.p(c) for c in r] for r in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, colour in shade.items():
        style.append(("BACKGROUND", (0, i + 1), (-1, i + 1), colour))
    table.setStyle(TableStyle(style))
    return table


def _build(out: str | Path | BinaryIO, story: list, title: str, t: _T, chain: FontChain, footer: str) -> None:
    target = str(out) if isinstance(out, Path) else out

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(chain.primary, 8)
        canvas.setFillColor(colors.HexColor("#606060"))
        text = f"{footer}    {t('page', page=doc.page)}"
        runs = chain.runs(text)
        x = A4[0] / 2 - sum(canvas.stringWidth(c, f, 8) for f, c in runs) / 2
        for font, chunk in runs:
            canvas.setFont(font, 8)
            canvas.drawString(x, 9 * mm, chunk)
            x += canvas.stringWidth(chunk, font, 8)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=title, creator="opsdesk", lang="zh-CN", initialFontName=chain.primary, initialFontSize=10,
    )  # fmt: skip
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _head(
    st: _Styles, t: _T, title: str, view: RosterView, start: date, end: date, org: str, tz: str
) -> list:
    story: list = []
    if org:
        story.append(st.p(org, st.sub))
    story.append(st.p(title, st.title))
    prepared = datetime.now(zone(tz)).date().isoformat()
    story.append(
        st.p(
            f"{t('period', start=start.isoformat(), end=end.isoformat())}    {t('prepared', date=prepared)}",
            st.sub,
        )
    )
    story.append(Spacer(1, 4 * mm))
    if view.missing_years:
        story.append(st.p(t("calendar_missing", years="、".join(map(str, view.missing_years))), st.warn))
        story.append(Spacer(1, 2 * mm))
    return story


def holiday_duty_pdf(
    view: RosterView, out: str | Path | BinaryIO, tr: Translate, *, org_name: str = "", tz: str = DEFAULT_TZ
) -> None:
    """The holiday duty list of the view's holidays: who, when, which phone; the supervisor; the arrival promise."""
    chain = get_chain()
    st, t = _Styles(chain), _T(tr)
    days = holiday_days(view)
    title = holiday_title(t, days)
    start, end = (days[0].info.day, days[-1].info.day) if days else (view.start, view.end)
    story = _head(st, t, title, view, start, end, org_name, tz)
    rows = holiday_rows(view, t, tz)
    width = A4[0] - 2 * MARGIN
    header = [
        t(k)
        for k in (
            "col.date",
            "col.weekday",
            "col.daytype",
            "col.shift",
            "col.hours",
            "col.post",
            "col.name",
            "col.phone",
        )
    ]
    fr = [0.13, 0.06, 0.09, 0.17, 0.17, 0.11, 0.11, 0.16]
    if rows:
        story.append(_table(st, header, rows, [width * f for f in fr], {}))
    else:
        story.append(st.p(t("no_duty"), st.body))
    story.append(Spacer(1, 5 * mm))
    story.append(st.p(t("contacts"), st.body))
    boss = _supervisor(view)
    if boss is not None:
        story.append(st.p(t("supervisor", name=boss.name, phone=boss.phone), st.body))
    minutes = _arrive_minutes(view)
    if minutes:
        story.append(st.p(t("arrive_note", minutes=minutes), st.body))
    _build(out, story, title, t, chain, title)


def month_roster_pdf(
    view: RosterView, out: str | Path | BinaryIO, tr: Translate, *, org_name: str = "", tz: str = DEFAULT_TZ
) -> None:
    """The roster of the view's days (a month): a row per day, a column per shift, then duties per person."""
    chain = get_chain()
    st, t = _Styles(chain), _T(tr)
    title = t("month.title", year=view.start.year, month=view.start.month)
    story = _head(st, t, title, view, view.start, view.end, org_name, tz)
    header, rows = month_rows(view, t)
    width = A4[0] - 2 * MARGIN
    fixed = [0.13, 0.06, 0.10]
    # shift columns share the rest by the longest line they hold, so "name（post）" fits on one line
    need = [
        max([6] + [len(line) for r in rows for line in r[3 + k].split("\n")]) for k in range(len(header) - 3)
    ]
    rest = (1 - sum(fixed)) * width
    widths = [width * f for f in fixed] + [rest * n / max(1, sum(need)) for n in need]
    shade = {i: (HOLI if d.info.holiday else WEEKEND) for i, d in enumerate(view.days) if not d.info.workday}
    story.append(_table(st, header, rows, widths, shade))
    story.append(Spacer(1, 5 * mm))
    story.append(st.p(t("summary"), st.body))
    story.append(Spacer(1, 2 * mm))
    sh, sr = summary_rows(view, t)
    story.append(_table(st, sh, sr, [width * f for f in (0.16, 0.16, 0.2, 0.12, 0.12, 0.12, 0.12)], {}))
    _build(out, story, title, t, chain, title)


# ---- .xlsx ----------------------------------------------------------------------------------------------
def _xlsx(
    out: str | Path | BinaryIO, sheets: list[tuple[str, str, list[str], list[list[str]], list[int]]]
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    for name, title, header, rows, widths in sheets:
        ws = wb.create_sheet(re.sub(r"[\\/*?:\[\]]", "-", name)[:31])
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, len(header)))
        ws.cell(1, 1).font = Font(size=14, bold=True)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        ws.append(header)
        for cell in ws[2]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="EDEDED")
        for r in rows:
            ws.append(r)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                    # openpyxl would store "=…" as a formula: a name or note stays text (quote prefix)
                    cell.data_type = "s"
                    cell.quotePrefix = True
        for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=len(header)):
            for cell in row:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(2, i).column_letter].width = w
        ws.freeze_panes = "A3"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        # printed as handed to the client: all columns on the page width, the header row on every page
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.print_title_rows = "2:2"
        ws.print_options.horizontalCentered = True
    target = str(out) if isinstance(out, Path) else out
    wb.save(target)


def holiday_duty_xlsx(
    view: RosterView, out: str | Path | BinaryIO, tr: Translate, *, tz: str = DEFAULT_TZ
) -> None:
    t = _T(tr)
    days = holiday_days(view)
    title = holiday_title(t, days)
    header = [
        t(k)
        for k in (
            "col.date",
            "col.weekday",
            "col.daytype",
            "col.shift",
            "col.hours",
            "col.post",
            "col.name",
            "col.phone",
        )
    ]
    rows = holiday_rows(view, t, tz)
    boss = _supervisor(view)
    extra = [[""] * len(header)]
    if boss is not None:
        extra.append([t("supervisor", name=boss.name, phone=boss.phone)] + [""] * (len(header) - 1))
    minutes = _arrive_minutes(view)
    if minutes:
        extra.append([t("arrive_note", minutes=minutes)] + [""] * (len(header) - 1))
    _xlsx(out, [(title, title, header, rows + extra, [12, 8, 14, 16, 16, 12, 10, 16])])


def month_roster_xlsx(view: RosterView, out: str | Path | BinaryIO, tr: Translate) -> None:
    t = _T(tr)
    title = t("month.title", year=view.start.year, month=view.start.month)
    header, rows = month_rows(view, t)
    sh, sr = summary_rows(view, t)
    _xlsx(
        out,
        [
            (title, title, header, rows, [12, 8, 14] + [28] * (len(header) - 3)),
            (t("summary"), t("summary"), sh, sr, [12, 12, 16, 8, 8, 8, 8]),
        ],
    )
