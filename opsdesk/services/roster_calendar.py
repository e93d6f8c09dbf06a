"""A supervisor's edits of the workday calendar: one day at a time, or a year's State Council arrangement.

Calendar rows replicate, so nothing is deleted: a day set back to normal is tombstoned and a later edit of
the same date revives its row (the date is unique). The ticket clocks and the roster read the calendar
through opsdesk.services.refcache, whose stamp sees these edits at once.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import CalendarYearInfo
from opsdesk.domain.sla import CalendarData
from opsdesk.roster_errors import RosterImportError
from opsdesk.services.roster_files import decode_csv, header_columns, parse_day
from opsdesk.services.validation import Checker
from opsdesk.storage.models import CalendarDay, CalendarYear
from opsdesk.timeutil import new_id, utcnow

DAY_KINDS = ("holiday", "workday", "normal")


def calendar_year(s: Session, year: int) -> CalendarYearInfo | None:
    """The year's holidays and make-up workdays, or None when the year has no data."""
    yr = s.scalar(select(CalendarYear).where(CalendarYear.year == year, CalendarYear.deleted.is_(False)))
    if yr is None:
        return None
    rows = s.scalars(
        select(CalendarDay)
        .where(CalendarDay.day.like(f"{year:04d}-%"), CalendarDay.deleted.is_(False))
        .order_by(CalendarDay.day)
    ).all()
    return CalendarYearInfo(
        year,
        yr.source,
        tuple((date.fromisoformat(r.day), r.name) for r in rows if r.kind == "holiday"),
        tuple((date.fromisoformat(r.day), r.name) for r in rows if r.kind == "workday"),
    )


def _ensure_year(s: Session, year: int, source: str, actor: Actor | None, now) -> None:
    yr = s.scalar(select(CalendarYear).where(CalendarYear.year == year))
    if yr is None:
        s.add(CalendarYear(id=new_id(), year=year, source=source, updated_at=now, updated_by=_by(actor)))
    elif yr.deleted or yr.source != source:
        yr.deleted, yr.source, yr.updated_at, yr.updated_by = False, source, now, _by(actor)


def _by(actor: Actor | None) -> str | None:
    return actor.operator_id if actor else None


def set_calendar_day(
    s: Session, day: date, kind: str, name: str = "", *, actor: Actor | None, source: str = "edit"
) -> None:
    """Make `day` a holiday, a make-up workday, or back to normal (Mon–Fri rule).

    A holiday on a weekend or a make-up workday on a weekday changes nothing: refused as `not_allowed`.
    The year is marked as having data (the supervisor is entering it).
    """
    c = Checker()
    kind = c.choice("kind", kind, DAY_KINDS)
    name = c.text("name", name, max_len=50)
    if kind == "holiday" and day.weekday() >= 5:
        c.add("day", "weekend_holiday", day=day)
    if kind == "workday" and day.weekday() < 5:
        c.add("day", "weekday_workday", day=day)
    c.raise_if_any()
    now = utcnow()
    row = s.scalar(select(CalendarDay).where(CalendarDay.day == day.isoformat()))
    if kind == "normal":
        if row is not None and not row.deleted:
            row.deleted, row.updated_at, row.updated_by = True, now, _by(actor)
    elif row is None:
        s.add(
            CalendarDay(
                id=new_id(), day=day.isoformat(), kind=kind, name=name, updated_at=now, updated_by=_by(actor)
            )
        )
    elif (row.kind, row.name, row.deleted) != (kind, name, False):
        row.kind, row.name, row.deleted, row.updated_at, row.updated_by = kind, name, False, now, _by(actor)
    _ensure_year(s, day.year, source, actor, now)
    s.flush()


ARRANGEMENT_COLUMNS = ("date", "kind", "name")
_ARRANGEMENT_ALIASES = {
    "date": "date", "kind": "kind", "name": "name",
    "日期": "date", "类型": "kind", "安排": "kind", "放假/上班": "kind", "名称": "name", "节日": "name",
    "节假日": "name", "说明": "name",
}  # fmt: skip
# kinds as written in a Chinese sheet: 休/放假 (a day off), 班/上班/调休上班/补班 (a make-up workday)
_KINDS = {
    "holiday": "holiday", "休": "holiday", "假": "holiday", "放假": "holiday", "休息": "holiday",
    "节假日": "holiday", "workday": "workday", "班": "workday", "上班": "workday", "调休上班": "workday",
    "补班": "workday", "工作日": "workday",
}  # fmt: skip


def parse_arrangement_csv(data: str | bytes, source: str) -> dict[int, CalendarData]:
    """`date,kind,name` rows (or `日期,类型,名称`; kind holiday|workday, or 休/放假 and 班/上班/调休上班)
    → one CalendarData per year. RosterImportError on the first bad line: wrong columns, an impossible date
    (2027-02-30), a bad kind, a date twice, a weekday make-up day. Bytes may be UTF-8, UTF-16 or GBK.

    Weekend days inside a holiday period may be listed (the notice gives periods, "2月5日至12日放假"): they
    are days off anyway and keep the holiday's name."""
    reader = csv.reader(io.StringIO(decode_csv(data, source)))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise RosterImportError(source, 0, "empty")
    expected = "date,kind,name / 日期,类型,名称"
    cols = header_columns(header, _ARRANGEMENT_ALIASES, source=source, expected=expected)
    if cols[:2] != ["date", "kind"]:
        raise RosterImportError(source, 1, "columns", expected=expected, found=",".join(header))
    hol: dict[int, set[date]] = {}
    work: dict[int, set[date]] = {}
    names: dict[date, str] = {}
    seen: set[date] = set()
    for row in reader:
        line = reader.line_num
        if not row or all(not x.strip() for x in row):
            continue
        cell = dict(zip(cols, [x.strip() for x in row], strict=False))
        raw = cell.get("date", "")
        try:
            d = parse_day(raw)
        except ValueError:
            raise RosterImportError(source, line, "bad_date", value=raw) from None
        raw_kind = cell.get("kind", "")
        kind = _KINDS.get(raw_kind.lower())
        if kind is None:
            raise RosterImportError(source, line, "bad_kind", value=raw_kind)
        if d in seen:
            raise RosterImportError(source, line, "duplicate", value=d.isoformat())
        if kind == "workday" and d.weekday() < 5:
            raise RosterImportError(
                source, line, "bad_value", field="kind", value=d.isoformat(), problem="weekday_workday"
            )
        label = cell.get("name", "")
        if len(label) > 50:
            raise RosterImportError(
                source, line, "bad_value", field="name", value=label[:20], problem="too_long"
            )
        seen.add(d)
        (hol if kind == "holiday" else work).setdefault(d.year, set()).add(d)
        if label:
            names[d] = label
    if not seen:
        raise RosterImportError(source, 0, "empty")
    return {
        y: CalendarData(
            frozenset(hol.get(y, ())),
            frozenset(work.get(y, ())),
            frozenset({y}),
            {d: n for d, n in names.items() if d.year == y},
        )
        for y in sorted({d.year for d in seen})
    }


def _spill_over(data: dict[int, CalendarData]) -> set[int]:
    """Years a file touches only at its edge: the 2008 notice moved 2007-12-29 to a workday and gave
    2007-12-30/31 off; such a year keeps its other days (merged), the file's own year is replaced whole."""
    if len(data) < 2:
        return set()
    main = max(data, key=lambda y: (len(data[y].holidays) + len(data[y].workdays), y))
    edge_month = {main - 1: 12, main + 1: 1}
    return {
        y
        for y, cal in data.items()
        if y in edge_month and all(d.month == edge_month[y] for d in cal.holidays | cal.workdays)
    }


def import_arrangement(s: Session, data: dict[int, CalendarData], source: str, actor: Actor | None) -> int:
    """Make each year's stored days equal the arrangement (rows kept, changed or tombstoned by
    opsdesk.services.reference.replace_calendar_year). A neighbouring year the file touches only in its
    last December (or first January) days keeps its other days: those are merged in. Returns the number
    of days in the arrangement. One transaction (the caller's): all years or none."""
    from opsdesk.services.reference import replace_calendar_year

    edge = _spill_over(data)
    now = utcnow()
    for year, cal in sorted(data.items()):
        if year not in edge:
            replace_calendar_year(s, year, cal, source)
            continue
        for kind, days in (("holiday", cal.holidays), ("workday", cal.workdays)):
            for d in sorted(days):
                _put_day(s, d, kind, cal.names.get(d, ""), actor, now)
    s.flush()
    return sum(len(c.holidays) + len(c.workdays) for c in data.values())


def _put_day(s: Session, d: date, kind: str, name: str, actor: Actor | None, now) -> None:
    row = s.scalar(select(CalendarDay).where(CalendarDay.day == d.isoformat()))
    if row is None:
        s.add(
            CalendarDay(
                id=new_id(), day=d.isoformat(), kind=kind, name=name, updated_at=now, updated_by=_by(actor)
            )
        )
    elif (row.kind, row.name, row.deleted) != (kind, name, False):
        row.kind, row.name, row.deleted, row.updated_at, row.updated_by = kind, name, False, now, _by(actor)
