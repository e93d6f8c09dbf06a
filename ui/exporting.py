"""Export of the ticket list (as filtered) to .xlsx or CSV, on the task pool.

The rows are the ones the list holds (already loaded on the database worker): the export needs no
query, and the headers, categories and statuses go out in the operator's language.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from opsdesk.domain.enums import OPEN_STATUSES, Category, ClockState, TicketStatus
from opsdesk.domain.tickets import TicketRow
from opsdesk.services.exports import export_rows
from ui.clock_rule import row_clock_state
from ui.labels import category_name, clock_state_name, status_name
from ui.tasks import TaskManager

_tr = QCoreApplication.translate


def export_headers() -> list[str]:
    return [
        _tr("Export", "Code"),
        _tr("Export", "Priority"),
        _tr("Export", "Title"),
        _tr("Export", "Location"),
        _tr("Export", "Category"),
        _tr("Export", "Status"),
        _tr("Export", "Created"),
        _tr("Export", "Respond due"),
        _tr("Export", "Respond state"),
        _tr("Export", "On site due"),
        _tr("Export", "On site state"),
        _tr("Export", "Resolve due"),
        _tr("Export", "Resolve state"),
        _tr("Export", "Assignee"),
    ]


def clock_words(now: float) -> Callable[[TicketRow], tuple[str, str, str]]:
    """Each row's respond / on-site / resolve state in words at `now`, read from the cached deadlines by
    the same rule as the list's badges (blank where the list shows no clock)."""
    names = {state: clock_state_name(state) for state in ClockState}
    names[ClockState.NONE] = ""

    def words(row: TicketRow) -> tuple[str, str, str]:
        is_open = row.status in OPEN_STATUSES
        out = []
        for i, (due, warn, done) in enumerate(
            (
                (row.respond_due, row.respond_warn, row.respond_done),
                (row.arrive_due, row.arrive_warn, row.arrive_done),
                (row.resolve_due, row.resolve_warn, row.resolve_done),
            )
        ):
            state = row_clock_state(
                None if due is None else due.timestamp(),
                None if warn is None else warn.timestamp(),
                done,
                is_open=is_open,
                paused=row.paused and i > 0,  # the respond clock never pauses
                now=now,
            )
            out.append(names[state])
        return out[0], out[1], out[2]

    return words


def start_export(
    tasks: TaskManager,
    rows: list[TicketRow],
    path: Path | str,
    fmt: str,
    tz: str,
    on_done: Callable[[int], None],
    on_error: Callable[[BaseException], None],
    now: float | None = None,
) -> None:
    """Write the rows on the pool; on_done(count) or on_error(exc) back on the GUI thread.

    The clock states are those at `now` (epoch seconds; default: the moment the export starts)."""
    headers = export_headers()
    cats = {c.value: category_name(c) for c in Category}
    stats = {s.value: status_name(s) for s in TicketStatus}
    rows = list(rows)
    clocks = clock_words(time.time() if now is None else now)
    tasks.run(
        lambda: export_rows(
            rows, path, fmt, headers, tz, category_names=cats, status_names=stats, clock_states=clocks
        ),
        on_done,
        on_error,
    )


def ask_export_path(parent: QWidget, start_dir: str = "") -> tuple[Path, str] | None:
    """The file dialog: returns (path, "xlsx" | "csv"), or None when cancelled."""
    xlsx = _tr("Export", "Excel workbook (*.xlsx)")
    csv = _tr("Export", "CSV, UTF-8 (*.csv)")
    name = _tr("Export", "tickets-{date}").format(date=QDate.currentDate().toString("yyyyMMdd"))
    start = str(Path(start_dir) / f"{name}.xlsx") if start_dir else f"{name}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export", "Export the list"), start, f"{xlsx};;{csv}"
    )
    if not path:
        return None
    p = Path(path)
    fmt = "csv" if chosen == csv or p.suffix.lower() == ".csv" else "xlsx"
    if p.suffix.lower() != f".{fmt}":
        p = p.with_name(p.name + f".{fmt}")
    return p, fmt
