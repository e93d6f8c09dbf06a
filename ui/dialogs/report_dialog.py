"""The fault handling and analysis report of a ticket: edit, save, export to PDF.

The content comes from services.tickets.report_content (saved text, or defaults drawn from the ticket's
record). "Save" keeps it; "Export PDF…" saves it (the service validates it), builds the PDF on the task
pool, then saves it with exported=True, which stops the report clock, and offers to open the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.reports import FaultReportContent
from opsdesk.domain.tickets import TicketDetail
from opsdesk.errors import ValidationError
from opsdesk.services import tickets as ticket_service
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import field_label, time_text
from ui.state import DeskState

# short fields get a line; the rest a text box
_SHORT = frozenset({"title", "author", "part", "part_model", "part_serial", "level", "fault_level", "code"})


def documents_tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


class ReportDialog(Retranslatable, QDialog):
    saved = Signal(bool)  # exported
    exported = Signal(object)  # the PDF's Path

    def __init__(self, state: DeskState, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.detail = detail
        self.content: FaultReportContent | None = None
        self._busy = False
        self._error: BaseException | None = None
        self.heading = QLabel(objectName="dialogHeading", wordWrap=True)
        self.due = QLabel(objectName="dialogHint", wordWrap=True)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields(FaultReportContent):
            if f.name in _SHORT:
                w: QLineEdit | QPlainTextEdit = QLineEdit()
            else:
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)
                w.setMinimumHeight(56)
            lab, err = QLabel(), QLabel(objectName="formError", wordWrap=True)
            lab.setBuddy(w)
            err.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(err)
            self.form.addRow(lab, box)
            self.fields[f.name], self._labels[f.name], self.errors[f.name] = w, lab, err
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.save())
        self.export_button.clicked.connect(self._ask_export)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.due)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._set_enabled(False)
        self.retranslate()
        tid = detail.id
        state.tasks.db(lambda s: ticket_service.report_content(s, tid), self._loaded, self._failed)

    # ---- content ---------------------------------------------------------------------------------
    def _loaded(self, content: FaultReportContent) -> None:
        self.content = content
        for name, w in self.fields.items():
            value = str(getattr(content, name) or "")
            if isinstance(w, QLineEdit):
                w.setText(value)
            else:
                w.setPlainText(value)
        self._set_enabled(True)

    def value(self) -> FaultReportContent:
        base = self.content or FaultReportContent.from_detail(self.detail)
        changes = {
            n: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for n, w in self.fields.items()
        }
        return replace(base, **changes)

    def _set_enabled(self, on: bool) -> None:
        for b in (self.save_button, self.export_button):
            b.setEnabled(on and not self._busy)

    # ---- save and export -------------------------------------------------------------------------
    def save(self, *, exported: bool = False, then: Callable[[], None] | None = None) -> None:
        """Keep the text on the database worker; the service validates it (problems shown by field)."""
        self._start()
        self._write(self.value(), exported, then)

    def _start(self) -> None:
        self._busy = True
        self._set_enabled(False)
        self._show_error(None)

    def _write(self, content: FaultReportContent, exported: bool, then: Callable[[], None] | None) -> None:
        tid, actor = self.detail.id, self.state.actor

        def done(_v) -> None:
            self._busy = False
            self._set_enabled(True)
            self.content = content
            self.saved.emit(exported)
            if then is not None:
                then()

        self.state.tasks.write(
            lambda s: ticket_service.save_report_content(s, tid, content, actor, exported=exported),
            done,
            self._failed,
            tables={"tickets"},
            ids=lambda _v: [tid],
        )

    def _ask_export(self) -> None:
        name = f"{self.detail.code}-{self.tr('fault-report')}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the fault report"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            p = Path(path)
            self.export_pdf(p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf"), ask_open=True)

    def export_pdf(self, path: Path, *, ask_open: bool = False) -> None:
        """Save the text (validated) first, then build the PDF on the pool, then record the export,
        which stops the report clock. A refusal or a failure at any step is shown and the text stays;
        the clock stops only once the PDF exists."""
        content, detail, settings = self.value(), self.detail, self.state.settings

        def build() -> None:
            # reportlab takes ~150 ms to import: on the pool, never on the GUI thread
            from opsdesk.documents.fault_report import build_fault_report

            build_fault_report(
                detail, content, path, tr=documents_tr, tz=settings.timezone, org_name=settings.org_name
            )

        def built(_v) -> None:
            self._busy = True  # still exporting: the buttons stay off until the export is recorded
            self._set_enabled(False)
            self._write(content, True, lambda: self._exported(path, ask_open))

        def saved() -> None:
            self._busy = True
            self._set_enabled(False)
            self.state.tasks.run(build, built, self._failed)

        self._start()
        self._write(content, False, saved)

    def _exported(self, path: Path, ask_open: bool) -> None:
        self.exported.emit(path)
        if ask_open:
            answer = QMessageBox.question(
                self,
                self.tr("Fault report"),
                self.tr("The report was saved as\n{path}\n\nOpen it now?").format(path=str(path)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_enabled(True)
        self._show_error(exc)

    def _show_error(self, exc: BaseException | None) -> None:
        self._error = exc
        for err in self.errors.values():
            err.clear()
            err.hide()
        if exc is None:
            self.error.clear()
            self.error.hide()
            return
        if isinstance(exc, ValidationError) and set(exc.problems) <= set(self.errors):
            for key, (code, params) in exc.problems.items():
                self.errors[key].setText(problem_text(key, code, params))
                self.errors[key].show()
            return
        self.error.setText(describe(exc))
        self.error.show()

    # ---- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fault handling and analysis report"))
        self.heading.setText(f"{self.detail.code}  {self.detail.title}")
        rep = self.detail.clocks.report
        self.due.setText(self.tr("Due {time}").format(time=time_text(rep.due)) if rep.due else "")
        names = {
            "title": self.tr("Title:"),
            "summary": self.tr("&Summary:"),
            "cause": self.tr("&Cause:"),
            "handling": self.tr("&Handling:"),
            "result": self.tr("&Result:"),
            "prevention": self.tr("&Prevention:"),
            "part": self.tr("Replaced &part:"),
            "part_model": self.tr("Replaced part model:"),
            "part_serial": self.tr("Replaced part serial number:"),
            "author": self.tr("&Author:"),
            "level": self.tr("Fault level:"),
            "fault_level": self.tr("Fault level:"),
        }
        for name, lab in self._labels.items():
            # a field added to the report later still gets translated words (the form's field names)
            lab.setText(names.get(name) or self.tr("{field}:").format(field=field_label(f"fault.{name}")))
        self.save_button.setText(self.tr("&Save"))
        self.export_button.setText(self.tr("&Export PDF…"))
        self.close_button.setText(self.tr("Close"))
        if self._error is not None:
            self._show_error(self._error)
