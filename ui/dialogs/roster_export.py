"""Roster exports: the holiday duty list (节假日值班表, names and phone numbers, for the client before a
holiday) and the month roster as PDF or .xlsx, and an iCalendar (.ics) file per engineer.

A small dialog asks for the range (and the engineer for .ics), then the save dialog; the range is read on
the database worker and the file is written on the pool, so the desk never waits on a PDF.
"""

from __future__ import annotations

import calendar as _calendar
import re
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import Staff
from ui.dialogs.roster_generate import date_edit, pydate
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.models.roster_model import RosterData
from ui.tasks import TaskManager

_tr = QCoreApplication.translate
KINDS = ("holiday_pdf", "holiday_xlsx", "month_pdf", "month_xlsx", "ics")
ALL = "*"
# reportlab's font registry is process-wide and not thread-safe: one document at a time on the pool
_DOCUMENT_LOCK = threading.Lock()


def documents_tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def month_range(d: date) -> tuple[date, date]:
    return date(d.year, d.month, 1), date(d.year, d.month, _calendar.monthrange(d.year, d.month)[1])


def next_holiday(data: RosterData, after: date) -> tuple[date, date] | None:
    """The next run of days off that contains a statutory holiday, from `after` on, within the loaded days."""
    d = after
    while d <= data.last:
        info = data.days.get(d)
        if info is not None and info.holiday:
            a = d
            while (p := data.days.get(a - timedelta(days=1))) is not None and not p.workday:
                a -= timedelta(days=1)
            b = d
            while (n := data.days.get(b + timedelta(days=1))) is not None and not n.workday:
                b += timedelta(days=1)
            return a, b
        d += timedelta(days=1)
    return None


def default_range(what: str, anchor: date, data: RosterData) -> tuple[date, date]:
    if what.startswith("holiday"):
        found = next_holiday(data, anchor) or next_holiday(
            data, max(data.first, date(anchor.year, anchor.month, 1))
        )
        if found:
            return found
    if what == "ics":
        a, _ = month_range(anchor)
        y, m = divmod(a.year * 12 + a.month - 1 + 3, 12)
        return a, date(y, m + 1, 1) - timedelta(days=1)
    return month_range(anchor)


def safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "roster"


class ExportRangeDialog(Retranslatable, QDialog):
    """Range (and, for .ics, the engineer) of one export."""

    def __init__(
        self, tasks: TaskManager, what: str, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterExportDialog")
        self.what = what
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.person = QComboBox()
        self.person.addItem("", ALL)
        self.staff: list[Staff] = []
        self.hint = QLabel(objectName="dialogHint")
        self.hint.setWordWrap(True)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for lab, w in zip(self._labels, (self.start, self.end, self.person), strict=True):
            lab.setBuddy(w)
            form.addRow(lab, w)
        self.person.setVisible(what == "ics")
        self._labels[2].setVisible(what == "ics")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.retranslate()
        if what == "ics":
            tasks.read(_list_staff, self._staff_arrived, lambda _e: None)

    def _staff_arrived(self, staff: list[Staff]) -> None:
        self.staff = list(staff)
        for s in self.staff:
            self.person.addItem(f"{s.name} \u00b7 {s.post}", s.id)

    def chosen(self) -> tuple[date, date, str]:
        a, b = pydate(self.start.date()), pydate(self.end.date())
        return min(a, b), max(a, b), self.person.currentData() or ALL

    def retranslate(self) -> None:
        titles = {
            "holiday_pdf": self.tr("Holiday duty list (PDF)"),
            "holiday_xlsx": self.tr("Holiday duty list (Excel)"),
            "month_pdf": self.tr("Month roster (PDF)"),
            "month_xlsx": self.tr("Month roster (Excel)"),
            "ics": self.tr("Calendar file per engineer (.ics)"),
        }
        self.setWindowTitle(titles.get(self.what, ""))
        hints = {
            "holiday_pdf": self.tr(
                "The days off around the next holiday are proposed; names and phone numbers are listed."
            ),
            "holiday_xlsx": self.tr(
                "The days off around the next holiday are proposed; names and phone numbers are listed."
            ),
            "ics": self.tr(
                "One .ics file per engineer; choose \u201call\u201d to write one file each into a folder."
            ),
        }
        self.hint.setText(hints.get(self.what, self.tr("The month shown is proposed.")))
        self._labels[0].setText(self.tr("&From:"))
        self._labels[1].setText(self.tr("&To (inclusive):"))
        self._labels[2].setText(self.tr("&Engineer:"))
        self.person.setItemText(0, self.tr("All engineers (one file each)"))


def start_roster_export(pane, what: str, anchor: date, data: RosterData) -> None:
    """Ask for the range and the file, then export; the pane shows the result."""
    a, b = default_range(what, anchor, data)
    dlg = ExportRangeDialog(pane.tasks, what, a, b, pane)
    dlg.setModal(True)

    def chosen(result: int) -> None:
        dlg.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        start, end, who = dlg.chosen()
        path = ask_path(pane, what, start, end, who, dlg.staff)
        if path is not None:
            export_roster(pane.tasks, what, start, end, path, staff_id=None if who == ALL else who,
                          on_done=lambda p: saved(pane, p), on_error=lambda e: failed(pane, e))  # fmt: skip

    dlg.finished.connect(chosen)
    dlg.open()


def ask_path(parent: QWidget, what: str, start: date, end: date, who: str, staff: list[Staff]) -> Path | None:
    span = f"{start:%Y%m%d}-{end:%Y%m%d}"
    if what == "ics" and who == ALL:
        folder = QFileDialog.getExistingDirectory(parent, _tr("RosterExport", "Folder for the .ics files"))
        return Path(folder) if folder else None
    if what == "ics":
        person = next((s.name for s in staff if s.id == who), "engineer")
        name, filt = f"{safe_name(person)}-{span}.ics", _tr("RosterExport", "iCalendar (*.ics)")
    elif what.startswith("holiday"):
        name = _tr("RosterExport", "holiday-duty-list-{span}").format(span=span)
        filt = ""
    else:
        name = _tr("RosterExport", "roster-{month}").format(month=f"{start:%Y%m}")
        filt = ""
    if what.endswith("pdf"):
        name, filt = name + ".pdf", _tr("RosterExport", "PDF (*.pdf)")
    elif what.endswith("xlsx"):
        name, filt = name + ".xlsx", _tr("RosterExport", "Excel workbook (*.xlsx)")
    path, _ = QFileDialog.getSaveFileName(parent, _tr("RosterExport", "Save the export"), name, filt)
    if not path:
        return None
    p = Path(path)
    suffix = ".ics" if what == "ics" else ".pdf" if what.endswith("pdf") else ".xlsx"
    if p.suffix.lower() != suffix:
        p = p.with_name(p.name + suffix)
    return p


def export_roster(
    tasks: TaskManager,
    what: str,
    start: date,
    end: date,
    path: Path,
    *,
    staff_id: str | None = None,
    on_done: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Read on the database worker, write on the pool; on_done(path written or folder) on the GUI thread."""
    if what not in KINDS:
        raise ValueError(what)
    if what == "ics":

        def read(s):
            from opsdesk.services import roster as roster_service
            from opsdesk.services import roster_ics

            people = roster_service.list_staff(s)
            if staff_id is not None:
                people = [p for p in people if p.id == staff_id]
            return [(p, roster_ics.staff_ics(s, p.id, start, end)) for p in people]

        def write_ics(files) -> None:
            def job() -> Path:
                if staff_id is not None:
                    path.write_bytes(files[0][1])
                    return path
                path.mkdir(parents=True, exist_ok=True)
                for person, data in files:
                    (path / f"{safe_name(person.name)}-{start:%Y%m%d}-{end:%Y%m%d}.ics").write_bytes(data)
                return path

            tasks.run(job, on_done, on_error)

        tasks.read(read, write_ics, on_error)
        return

    def read_view(s):
        from opsdesk.services import roster as roster_service

        return roster_service.roster_view(s, start, end)

    def write_doc(view) -> None:
        def job() -> Path:
            from opsdesk.documents import roster_docs

            fn = {
                "holiday_pdf": roster_docs.holiday_duty_pdf,
                "holiday_xlsx": roster_docs.holiday_duty_xlsx,
                "month_pdf": roster_docs.month_roster_pdf,
                "month_xlsx": roster_docs.month_roster_xlsx,
            }[what]
            with _DOCUMENT_LOCK:
                fn(view, path, documents_tr)
            return path

        tasks.run(job, on_done, on_error)

    tasks.read(read_view, write_doc, on_error)


def saved(parent: QWidget, path: Path) -> None:
    sig = getattr(parent, "export_finished", None)
    if sig is not None:
        sig.emit(path)
    answer = QMessageBox.question(
        parent,
        _tr("RosterExport", "Export"),
        _tr("RosterExport", "Saved as\n{path}\n\nOpen it now?").format(path=str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def failed(parent: QWidget, exc: BaseException) -> None:
    sig = getattr(parent, "export_finished", None)
    if sig is not None:
        sig.emit(exc)
    QMessageBox.warning(parent, _tr("RosterExport", "Export"), describe(exc))


def _list_staff(s):
    from opsdesk.services import roster as roster_service

    return roster_service.list_staff(s)
