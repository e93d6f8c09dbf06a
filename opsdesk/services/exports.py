"""Export of ticket lists to .xlsx and CSV: used by the desk (on a pool thread) and the CLI.

The caller passes the headers already in the operator's language (the core has no words), and optional
names for categories and statuses (without them the stored values are written) and for each clock's state
(ok / warning / breached / met / paused), so that the file says what the list showed. Times are written in the
console's zone. CSV is UTF-8 with a BOM so that Excel opens Chinese text correctly.

Typed text reaches the files, and Excel runs a cell that starts with = + - @ (or a tab or CR) as a
formula (CSV injection: "=HYPERLINK(...)", "=cmd|..."). Such cells are neutralised: in CSV with a
leading ' (Excel's text marker), in .xlsx written as string cells with Excel's quote-prefix style, which
keeps them text even when edited and shows them unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from opsdesk.domain.tickets import TicketRow
from opsdesk.timeutil import DEFAULT_TZ, zone

FORMATS = ("xlsx", "csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "code", "priority", "title", "room", "category", "status", "created_at",
    "respond_due", "respond_state", "arrive_due", "arrive_state", "resolve_due", "resolve_state",
    "assignee",
)  # fmt: skip
# the words for a row's three clock states (respond, arrive, resolve), as the caller's list shows them
ClockStates = Callable[[TicketRow], Sequence[str]]


def formula_like(value: object) -> bool:
    """True for text Excel would take as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value: object) -> object:
    return f"'{value}" if formula_like(value) else value


def _local(value: datetime | None, tz: str) -> datetime | None:
    return None if value is None else value.astimezone(zone(tz)).replace(tzinfo=None)


def _values(
    row: TicketRow,
    tz: str,
    categories: Mapping[str, str],
    statuses: Mapping[str, str],
    clocks: ClockStates | None,
) -> list:
    respond, arrive, resolve = clocks(row) if clocks is not None else ("", "", "")
    return [
        row.code, row.priority, row.title, row.room_name, categories.get(row.category, row.category),
        statuses.get(row.status.value, row.status.value), _local(row.created_at, tz),
        _local(row.respond_due, tz), respond, _local(row.arrive_due, tz), arrive,
        _local(row.resolve_due, tz), resolve, row.assignee_name,
    ]  # fmt: skip


def export_rows(
    rows: Sequence[TicketRow],
    path: Path | str,
    fmt: str,
    headers: Sequence[str],
    tz: str = DEFAULT_TZ,
    *,
    category_names: Mapping[str, str] | None = None,
    status_names: Mapping[str, str] | None = None,
    clock_states: ClockStates | None = None,
) -> int:
    """Write the rows (in the order given) to `path`; return how many were written.

    clock_states(row) gives the words for the row's respond, arrive and resolve clocks at the time of the
    export (the desk reads them from the cached deadlines as its list does); without it they are blank.

    The file appears complete or not at all: it is written beside the target, then renamed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if len(headers) != len(COLUMNS):
        raise ValueError(f"{len(COLUMNS)} headers expected, got {len(headers)}")
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    cats, stats = category_names or {}, status_names or {}
    try:
        if fmt == "csv":
            _write_csv(rows, tmp, headers, tz, cats, stats, clock_states)
        else:
            _write_xlsx(rows, tmp, headers, tz, cats, stats, clock_states)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


def _write_csv(rows, path: Path, headers, tz, cats, stats, clocks) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([csv_safe(h) for h in headers])
        for row in rows:
            w.writerow(
                [
                    v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else csv_safe(v)
                    for v in _values(row, tz, cats, stats, clocks)
                ]
            )


def _write_xlsx(rows, path: Path, headers, tz, cats, stats, clocks) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)  # streams rows: 100,000 tickets in a few seconds, little memory
    ws = wb.create_sheet()
    widths = (18, 8, 48, 14, 14, 10, 17, 17, 10, 17, 10, 17, 10, 10)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(v: str) -> WriteOnlyCell:
        # openpyxl itself would store "=..." as a formula; a string cell with the quote prefix stays text
        cell = WriteOnlyCell(ws, value=v)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    head = []
    for h in headers:
        cell = text_cell(h) if formula_like(h) else WriteOnlyCell(ws, value=h)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    for row in rows:
        out = []
        for v in _values(row, tz, cats, stats, clocks):
            if isinstance(v, datetime):
                cell = WriteOnlyCell(ws, value=v)
                cell.number_format = "yyyy-mm-dd hh:mm"
                out.append(cell)
            elif formula_like(v):
                out.append(text_cell(v))
            else:
                out.append(v)
        ws.append(out)
    wb.save(path)
