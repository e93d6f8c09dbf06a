"""Export of the ticket list (as filtered) to .xlsx or CSV, on the task pool.

The rows are the ones the list holds (already loaded on the database worker): the export needs no
query, and the headers, categories and statuses go out in the operator's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from opsdesk.domain.enums import Category, TicketStatus
from opsdesk.domain.tickets import TicketRow
from opsdesk.services.exports import export_rows
from ui.labels import category_name, status_name
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
        _tr("Export", "Resolve due"),
        _tr("Export", "Assignee"),
    ]


def start_export(
    tasks: TaskManager,
    rows: list[TicketRow],
    path: Path | str,
    fmt: str,
    tz: str,
    on_done: Callable[[int], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Write the rows on the pool; on_done(count) or on_error(exc) back on the GUI thread."""
    headers = export_headers()
    cats = {c.value: category_name(c) for c in Category}
    stats = {s.value: status_name(s) for s in TicketStatus}
    rows = list(rows)
    tasks.run(
        lambda: export_rows(rows, path, fmt, headers, tz, category_names=cats, status_names=stats),
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
