"""A meeting's attendees: edit in place, and import from .xlsx or .csv (all or nothing).

The file has a header row naming its columns (Chinese or English): name/姓名 (required),
title/职务, organisation/单位, rank/排序 (precedence, 1 = highest). Other columns are ignored.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk.domain.meetings import MAX_NAME, Attendee, ImportReport, NewAttendee
from opsdesk.domain.people import Actor
from opsdesk.errors import ImportFormatError, NotFound, ValidationError
from opsdesk.services.validation import Checker
from opsdesk.storage.meeting_models import AttendeeRow, MeetingRow
from opsdesk.timeutil import new_id, utcnow

MAX_ROWS = 2000
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "姓名", "名字"),
    "title": ("title", "职务", "职位"),
    "organisation": ("organisation", "organization", "单位", "部门"),
    "rank": ("rank", "排序", "位次", "precedence"),
}


def _attendee(r: AttendeeRow) -> Attendee:
    return Attendee(
        id=r.id,
        meeting_id=r.meeting_id,
        name=r.name,
        title=r.title,
        organisation=r.organisation,
        rank=r.rank,
        position=r.position,
    )


def _rows(s: Session, meeting_id: str) -> list[AttendeeRow]:
    return list(
        s.scalars(
            select(AttendeeRow).where(AttendeeRow.meeting_id == meeting_id, AttendeeRow.deleted.is_(False))
        )
    )


def list_attendees(s: Session, meeting_id: str) -> list[Attendee]:
    """By precedence: ranked first (1 first), then the unranked in entry order."""
    out = [_attendee(r) for r in _rows(s, meeting_id)]
    return sorted(out, key=lambda a: (a.rank is None, a.rank or 0, a.position))


def _clean(c: Checker, new: NewAttendee, prefix: str = "") -> NewAttendee:
    rank = new.rank
    if rank is not None and not (1 <= rank <= 9999):
        c.add(f"{prefix}rank", "out_of_range", value=rank, low=1, high=9999)
    return NewAttendee(
        name=c.text(f"{prefix}name", new.name, max_len=MAX_NAME, required=True),
        title=c.text(f"{prefix}title", new.title, max_len=100),
        organisation=c.text(f"{prefix}organisation", new.organisation, max_len=100),
        rank=rank,
    )


def _key(a: NewAttendee | Attendee) -> tuple[str, str]:
    return ("".join(a.name.split()), a.organisation.strip())  # "张 伟" and "张伟" are the same person


def _meeting(s: Session, meeting_id: str) -> MeetingRow:
    m = s.get(MeetingRow, meeting_id)
    if m is None or m.deleted:
        raise NotFound("meeting", meeting_id)
    return m


def _next_position(s: Session, meeting_id: str) -> int:
    return (
        s.scalar(select(func.max(AttendeeRow.position)).where(AttendeeRow.meeting_id == meeting_id)) or 0
    ) + 1


def add_attendee(
    s: Session, meeting_id: str, new: NewAttendee, actor: Actor, now: datetime | None = None
) -> Attendee:
    now = now or utcnow()
    _meeting(s, meeting_id)
    c = Checker()
    clean = _clean(c, new)
    if "name" not in c.problems and any(_key(_attendee(r)) == _key(clean) for r in _rows(s, meeting_id)):
        c.add("name", "duplicate", value=clean.name)
    c.raise_if_any()
    r = _insert(s, meeting_id, clean, _next_position(s, meeting_id), actor, now)
    s.flush()
    return _attendee(r)


def _insert(
    s: Session, meeting_id: str, a: NewAttendee, position: int, actor: Actor, now: datetime
) -> AttendeeRow:
    r = AttendeeRow(
        id=new_id(),
        meeting_id=meeting_id,
        name=a.name,
        title=a.title,
        organisation=a.organisation,
        rank=a.rank,
        position=position,
        deleted=False,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(r)
    return r


def update_attendee(
    s: Session, attendee_id: str, new: NewAttendee, actor: Actor, now: datetime | None = None
) -> Attendee:
    now = now or utcnow()
    r = s.get(AttendeeRow, attendee_id)
    if r is None or r.deleted:
        raise NotFound("attendee", attendee_id)
    c = Checker()
    clean = _clean(c, new)
    others = [x for x in _rows(s, r.meeting_id) if x.id != r.id]
    if "name" not in c.problems and any(_key(_attendee(x)) == _key(clean) for x in others):
        c.add("name", "duplicate", value=clean.name)
    c.raise_if_any()
    r.name, r.title, r.organisation, r.rank = clean.name, clean.title, clean.organisation, clean.rank
    r.updated_at, r.updated_by = now, actor.operator_id
    s.flush()
    return _attendee(r)


def remove_attendee(s: Session, attendee_id: str, actor: Actor, now: datetime | None = None) -> None:
    now = now or utcnow()
    r = s.get(AttendeeRow, attendee_id)
    if r is None or r.deleted:
        raise NotFound("attendee", attendee_id)
    r.deleted, r.updated_at, r.updated_by = True, now, actor.operator_id
    s.flush()


# ---- import --------------------------------------------------------------------------------------
def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


Merged = tuple[int, int, str]  # a merged range: first row, last row, "A3:B3"
HEADER_SEARCH = 10  # the header may follow a few title lines ("2026年…会议参会名单")


def _table_xlsx(path: Path) -> tuple[list[list[str]], list[Merged]]:
    from openpyxl import load_workbook

    if not path.is_file():
        raise ImportFormatError(path.name, "unreadable:not_found")
    try:
        wb = load_workbook(path, read_only=False, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or non-xlsx file
        raise ImportFormatError(path.name, "unreadable:damaged") from exc
    try:
        ws = wb.worksheets[0]
        merged = sorted((r.min_row, r.max_row, str(r)) for r in ws.merged_cells.ranges)
        table = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True, max_row=MAX_ROWS + 50)]
        return table, merged
    finally:
        wb.close()


def _table_csv(path: Path) -> list[list[str]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFormatError(path.name, "unreadable:not_found") from exc
    except OSError as exc:
        raise ImportFormatError(path.name, "unreadable:damaged") from exc
    for enc in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFormatError(path.name, "unreadable:encoding")
    if "\x00" in text:  # a binary file renamed .csv (gb18030 decodes almost any bytes)
        raise ImportFormatError(path.name, "unreadable:damaged")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _columns(header: list[str], source: str) -> dict[str, int] | None:
    """The columns named by this row, or None when it names no name column."""
    found: dict[str, int] = {}
    for i, h in enumerate(header):
        h = "".join(h.split()).lower()  # "姓 名" as Excel users space it out
        for field, names in COLUMNS.items():
            if h in names:
                if field in found:
                    raise ImportFormatError(source, f"duplicate_column:{h}")
                found[field] = i
    return found if "name" in found else None


def read_attendee_file(path: str | Path) -> list[NewAttendee]:
    """The attendees of a .xlsx or .csv file, checked; nothing is written.

    ImportFormatError for a file we cannot read as a table (detail: unreadable:not_found|damaged|encoding,
    unsupported_type, empty, no_name_column, duplicate_column:…, merged_cells:A3:B3, too_many_rows);
    ValidationError with problems keyed row{n}.{field} (n = the spreadsheet's row number) for bad rows.
    The header is the first row naming a name column among the first 10 (title lines above are skipped).
    """
    return [a for _n, a in _read(Path(path))]


def _read(path: Path) -> list[tuple[int, NewAttendee]]:
    suffix = path.suffix.lower()
    merged: list[Merged] = []
    if suffix == ".xlsx":
        table, merged = _table_xlsx(path)
    elif suffix in (".csv", ".txt"):
        table = _table_csv(path)
    else:
        raise ImportFormatError(path.name, "unsupported_type")
    rows = [(n, r) for n, r in enumerate(table, start=1) if any(v.strip() for v in r)]
    if not rows:
        raise ImportFormatError(path.name, "empty")
    # the header: the first row naming a name column, among the first few (title lines above it are fine)
    found = next(
        ((i, cols) for i, (_n, r) in enumerate(rows[:HEADER_SEARCH]) if (cols := _columns(r, path.name))),
        None,
    )
    if found is None:
        raise ImportFormatError(path.name, "no_name_column")
    at, cols = found
    hn, body = rows[at][0], rows[at + 1 :]
    # a merged cell in the list leaves its neighbours empty: importing would silently lose or shift
    # names (a merged title above the header is harmless)
    inside = [text for _first, last, text in merged if last >= hn]
    if inside:
        raise ImportFormatError(path.name, f"merged_cells:{inside[0]}")
    if not body:
        raise ImportFormatError(path.name, "empty")
    if len(body) > MAX_ROWS:
        raise ImportFormatError(path.name, "too_many_rows")
    c = Checker()
    out: list[tuple[int, NewAttendee]] = []
    seen: dict[tuple[str, str], int] = {}

    def get(r: list[str], field: str) -> str:
        i = cols.get(field)
        return r[i] if i is not None and i < len(r) else ""

    for n, r in body:
        p = f"row{n}."
        rank_text = get(r, "rank").strip()
        rank = None
        if rank_text:
            try:
                number = float(rank_text)
            except ValueError:
                c.add(f"{p}rank", "not_a_number", row=n, value=rank_text)
            else:
                if number.is_integer():
                    rank = int(number)
                else:  # 2.5 is not a place in the order: never round it silently
                    c.add(f"{p}rank", "not_whole", row=n, value=rank_text)
        before = set(c.problems)
        a = _clean(c, NewAttendee(get(r, "name"), get(r, "title"), get(r, "organisation"), rank), p)
        for k in set(c.problems) - before:  # say the row number in every problem
            code, params = c.problems[k]
            c.problems[k] = (code, {**params, "row": n})
        if a.name and f"{p}name" not in c.problems:
            key = _key(a)
            if key in seen:
                c.add(f"{p}name", "duplicate", row=n, value=a.name, other_row=seen[key])
            else:
                seen[key] = n
        out.append((n, a))
    c.raise_if_any()
    return out


def import_attendees(
    s: Session,
    meeting_id: str,
    path: str | Path,
    actor: Actor,
    now: datetime | None = None,
    *,
    replace: bool = False,
) -> ImportReport:
    """Add the file's attendees to the meeting (replace=True: instead of the present ones). All or
    nothing: any problem raises before a row is written. A name already in the meeting is a duplicate."""
    now = now or utcnow()
    _meeting(s, meeting_id)
    rows = _read(Path(path))
    present = [] if replace else [_attendee(r) for r in _rows(s, meeting_id)]
    keys = {_key(a) for a in present}
    problems = {
        f"row{n}.name": ("duplicate", {"row": n, "value": a.name, "existing": True})
        for n, a in rows
        if _key(a) in keys
    }
    if problems:
        raise ValidationError(problems)
    new = [a for _n, a in rows]
    return ImportReport(rows=len(new), added=tuple(_add_all(s, meeting_id, new, actor, now, replace)))


def _add_all(
    s: Session, meeting_id: str, new: Iterable[NewAttendee], actor: Actor, now: datetime, replace: bool
) -> list[Attendee]:
    if replace:
        for r in _rows(s, meeting_id):
            r.deleted, r.updated_at, r.updated_by = True, now, actor.operator_id
    start = _next_position(s, meeting_id)
    rows = [_insert(s, meeting_id, a, start + i, actor, now) for i, a in enumerate(new)]
    s.flush()
    return [_attendee(r) for r in rows]
