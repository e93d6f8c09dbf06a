"""Build a meeting document on the task pool, then preview/print it or save it as a PDF.

`build(path)` is a callable that writes the PDF (the core's builders); it never runs on the GUI thread.
Print previews use a temporary file that lives as long as the application (printing may be repeated).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.errors import describe
from ui.tasks import TaskManager

_tr = QCoreApplication.translate
_TMP = tempfile.TemporaryDirectory(prefix="opsdesk-print-")
_BAD = re.compile(r'[\\/:*?"<>|\s]+')


def safe_name(name: str) -> str:
    return _BAD.sub("_", name).strip("_")[:80] or "document"


def _temp_path(name: str) -> Path:
    base = Path(_TMP.name)
    path = base / f"{safe_name(name)}.pdf"
    n = 1
    while path.exists():
        n += 1
        path = base / f"{safe_name(name)}-{n}.pdf"
    return path


def print_document(
    parent: QWidget,
    tasks: TaskManager,
    build: Callable[[Path], object],
    title: str,
    name: str,
    on_ready: Callable[[Path], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Build on the pool, then open the print preview (its Print button opens the print dialog). A failure
    goes to `on_error`, else to a message box."""
    path = _temp_path(name)

    def built(_v) -> None:
        if on_ready is not None:
            on_ready(path)
        from ui.dialogs.meeting_print import preview_pdf

        preview_pdf(path, parent, title)

    tasks.run(lambda: build(path), built, on_error or (lambda exc: show_failure(parent, title, exc)))


def save_document(
    parent: QWidget,
    tasks: TaskManager,
    build: Callable[[Path], object],
    title: str,
    name: str,
    path: Path | None = None,
    on_done: Callable[[Path], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Ask where (unless given), build on the pool, then offer to open it. A failure goes to `on_error`,
    else to a message box; a half-written file is removed."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, f"{safe_name(name)}.pdf", _tr("MeetingDocuments", "PDF (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ask = True
    else:
        ask = False
    target = path

    def built(_v) -> None:
        if on_done is not None:
            on_done(target)
        if ask:
            answer = QMessageBox.question(
                parent,
                title,
                _tr("MeetingDocuments", "Saved as\n{path}\n\nOpen it now?").format(path=str(target)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def failed(exc: BaseException) -> None:
        target.unlink(missing_ok=True)  # never leave a half-written PDF where the operator expects one
        (on_error or (lambda e: show_failure(parent, title, e)))(exc)

    tasks.run(lambda: build(target), built, failed)


def show_failure(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(exc))
