"""Checklist run mode: a keyboard-first walk through the lines of one run.

Keys on a line (the cursor moves to the next open line after each result):
  O, 1   OK (a reading or a text item asks for its value first; a photo item asks for the file)
  F, 2   fault: the entry bar shows the pre-filled ticket; Enter files the fault and the ticket, Esc cancels
  N, 3   not applicable
  Enter  OK for a check, the value for a reading/text, the file for a photo
  T      show the ticket of a fault in the tickets pane
  P      attach a photo to the line      V  view the photo of the line
  B      the next line that still blocks the checklist
Every result is stamped with the operator and the time by the core. A reading outside its range is never
recorded as OK: the entry bar switches to a fault with the reading in the note.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import ChecklistRun, ItemKind, ItemResult, Outcome, ResultInput, RunLine
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import ValidationError
from opsdesk.timeutil import utcnow
from ui import theme
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.models.checklist_model import ChecklistModel, Col, range_text
from ui.state import DeskState
from ui.widgets.meeting_labels import countdown_text

PHOTO_LIMIT = 10 * 1024 * 1024
_OK_KEYS = (Qt.Key.Key_O, Qt.Key.Key_1)
_FAULT_KEYS = (Qt.Key.Key_F, Qt.Key.Key_2)
_NA_KEYS = (Qt.Key.Key_N, Qt.Key.Key_3)
TABLES = {"checklist_runs", "checklist_results"}


def documents_tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


class _LineTable(QTableView):
    """The lines; single keys act on the current line (handled by the view's owner)."""

    key_pressed = Signal(object)  # QKeyEvent; accepted when handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)
        if not event.isAccepted():
            super().keyPressEvent(event)


class ChecklistRunView(Retranslatable, QWidget):
    run_loaded = Signal(object)  # ChecklistRun
    result_recorded = Signal(object)  # ItemResult
    show_ticket = Signal(str)
    failed = Signal(object)  # the exception shown
    record_saved = Signal(object)  # Path of the saved checklist record

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = state.tasks
        self.run: ChecklistRun | None = None
        self.open_ms: float | None = None  # the last load, request to lines shown
        self._gen = 0
        self._mode = ""  # "", "value", "fault"
        self._entry_row = -1
        self._draft: NewTicket | None = None
        self._fault_value = ""
        self._fault_token = 0
        self._writes = 0  # results sent and not answered: their change notices are our own

        self.heading = QLabel(objectName="dialogHeading", wordWrap=True)
        self.countdown = QLabel(objectName="checklistCountdown")
        self.late = QLabel(objectName="formError", wordWrap=True)
        self.late.hide()
        self.version_note = QLabel(objectName="dialogHint", wordWrap=True)
        self.version_note.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.blockers = QLabel()
        self.keys_hint = QLabel(objectName="dialogHint", wordWrap=True)

        self.model = ChecklistModel(self)
        self.view = _LineTable()
        self.view.setObjectName("checklistLines")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(Col.ITEM, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for col, w in {
            Col.VENUE: 90,
            Col.KIND: 130,
            Col.RESULT: 60,
            Col.VALUE: 140,
            Col.STAMP: 120,
            Col.TICKET: fm.horizontalAdvance("A1-20261123-0000") + 12,
        }.items():
            hh.resizeSection(col, w)
        self.view.key_pressed.connect(self._key)
        self.view.doubleClicked.connect(self._double_clicked)

        # the entry bar: a value, or a fault's note and ticket title
        self.entry_label = QLabel(wordWrap=True)
        self.entry = QLineEdit(objectName="checklistEntry")
        self.ticket_title = QLineEdit(objectName="faultTicketTitle")
        self.file_ticket = QCheckBox()
        self.file_ticket.setChecked(True)
        self.entry_ok = QPushButton()
        self.entry_cancel = QPushButton()
        self.entry_error = QLabel(objectName="formError", wordWrap=True)
        self.entry_ok.clicked.connect(self._commit_entry)
        self.entry_cancel.clicked.connect(self.cancel_entry)
        self.entry.returnPressed.connect(self._commit_entry)
        self.ticket_title.returnPressed.connect(self._commit_entry)
        self.entry.installEventFilter(self)
        self.ticket_title.installEventFilter(self)
        self.entry_box = QWidget(objectName="checklistEntryBox")
        eb = QVBoxLayout(self.entry_box)
        eb.setContentsMargins(0, 0, 0, 0)
        eb.addWidget(self.entry_label)
        row = QHBoxLayout()
        row.addWidget(self.entry, 2)
        row.addWidget(self.ticket_title, 3)
        row.addWidget(self.file_ticket)
        row.addWidget(self.entry_ok)
        row.addWidget(self.entry_cancel)
        eb.addLayout(row)
        eb.addWidget(self.entry_error)
        self.entry_box.hide()

        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish)
        self.record_button = QPushButton()
        self.record_menu = QMenu(self)
        self.act_print_record = self.record_menu.addAction("", lambda: self.print_record())
        self.act_save_record = self.record_menu.addAction("", lambda: self.print_record(save=True))
        self.record_button.setMenu(self.record_menu)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.countdown)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.blockers)
        bar.addWidget(self.record_button)
        bar.addWidget(self.finish_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.late)
        lay.addWidget(self.version_note)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.entry_box)
        lay.addWidget(self.keys_hint)

        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.retranslate()
        self._show_run()

    # ---- loading ---------------------------------------------------------------------------------
    def load_run(self, run_id: str, *, focus: bool = True) -> None:
        from opsdesk.services import checklists

        self._gen += 1
        gen, started = self._gen, time.perf_counter()

        def arrived(run: ChecklistRun) -> None:
            if gen != self._gen:
                return
            self.set_run(run, focus=focus)
            self.open_ms = (time.perf_counter() - started) * 1000

        self.tasks.read(lambda s: checklists.get_run(s, run_id), arrived, self._failed)

    def set_run(self, run: ChecklistRun, *, focus: bool = False) -> None:
        first = self.run is None or self.run.id != run.id
        keep_row = self.view.currentIndex().row()
        self.run = run
        self.model.set_run(run)
        self._show_run()
        if first:
            self.cancel_entry()
            row = next((i for i, ln in enumerate(run.lines) if ln.result is None), 0)
            self._select(row)
        elif keep_row >= 0:
            self._select(keep_row)
        if focus:
            self.view.setFocus()
        self.run_loaded.emit(run)

    def reload(self) -> None:
        if self.run is not None:
            self.load_run(self.run.id, focus=False)

    def external_change(self) -> None:
        """Results changed elsewhere (another console, through the sync engine): show them. Our own writes
        reload when answered, so their notices (sent before the answer) are skipped."""
        if self._writes == 0:
            self.reload()

    def _show_run(self) -> None:
        run = self.run
        has = run is not None
        for w in (self.progress, self.finish_button, self.record_button, self.view):
            w.setEnabled(has)
        if run is None:
            self.heading.setText(
                self.tr("No checklist open. Choose a meeting and start or open a checklist.")
            )
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.blockers.clear()
            self.late.hide()
            self.version_note.hide()
            self.countdown.clear()
            return
        self.heading.setText(
            self.tr("{meeting} \u2014 {template} (version {version})").format(
                meeting=run.meeting_title, template=run.template.name, version=run.template.version
            )
        )
        self.progress.setRange(0, max(1, run.total))
        self.progress.setValue(run.done)
        self.progress.setFormat(self.tr("{done} of {total} done").format(done=run.done, total=run.total))
        n = len(run.blockers)
        self.blockers.setText(self.tr("{n} blocking").format(n=n) if n else self.tr("Nothing blocking"))
        _restyle(self.blockers, f"color: {theme.color('breached' if n else 'ok').name()}; font-weight: bold;")
        if run.template_newer_version is not None:
            self.version_note.setText(
                self.tr(
                    "The template was edited (now version {new}); this checklist keeps version {old}, "
                    "the one it was started with."
                ).format(new=run.template_newer_version, old=run.template.version)
            )
            self.version_note.show()
        else:
            self.version_note.hide()
        finished = run.finished_at is not None
        self.finish_button.setEnabled(not finished)
        self.tick()

    def tick(self) -> None:
        run = self.run
        if run is None:
            return
        now = utcnow()
        self.countdown.setText(
            self.tr("Meeting {when}").format(when=countdown_text(run.meeting_starts_at - now))
        )
        if run.finished_at is not None:
            self.late.setText(
                self.tr("Finished {at} by {who}.").format(
                    at=time_text(run.finished_at), who=run.finished_by_name
                )
            )
            _restyle(self.late, f"color: {theme.color('ok').name()};")
            self.late.show()
        elif run.is_late(now):
            self.late.setText(
                self.tr("Late: this checklist was due at {due} and {n} lines still block it.").format(
                    due=time_text(run.due_at()), n=len(run.blockers)
                )
            )
            _restyle(self.late, "")
            self.late.show()
        else:
            self.late.setText(self.tr("Due by {due}.").format(due=time_text(run.due_at())))
            _restyle(self.late, f"color: {theme.color('text_muted').name()};")
            self.late.show()

    # ---- keys ------------------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def current_line(self) -> RunLine | None:
        r = self.current_row()
        return self.model.line(r) if 0 <= r < self.model.rowCount() else None

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            idx = self.model.index(row, 0)
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)

    def _key(self, event: QKeyEvent) -> None:
        event.ignore()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier or self.run is None:
            return
        ln = self.current_line()
        if ln is None:
            return
        key = event.key()
        if key in _OK_KEYS or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.mark_ok()
        elif key in _FAULT_KEYS:
            event.accept()
            self.begin_fault()
        elif key in _NA_KEYS:
            event.accept()
            self.record(Outcome.NA)
        elif key == Qt.Key.Key_T:
            event.accept()
            if ln.result is not None and ln.result.ticket_id:
                self.show_ticket.emit(ln.result.ticket_id)
        elif key == Qt.Key.Key_P:
            event.accept()
            self.ask_photo()
        elif key == Qt.Key.Key_V:
            event.accept()
            self.view_photo()
        elif key == Qt.Key.Key_B:
            event.accept()
            self.next_blocker()

    def _double_clicked(self, index) -> None:
        ln = self.model.line(index.row())
        if index.column() == Col.TICKET and ln.result is not None and ln.result.ticket_id:
            self.show_ticket.emit(ln.result.ticket_id)

    def eventFilter(self, obj, event) -> bool:  # Esc in the entry bar cancels it
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self._mode:
            self.cancel_entry()
            return True
        return super().eventFilter(obj, event)

    # ---- recording -------------------------------------------------------------------------------
    def mark_ok(self) -> None:
        ln = self.current_line()
        if ln is None:
            return
        if ln.item.kind in (ItemKind.READING, ItemKind.TEXT):
            self.begin_value()
        elif ln.item.kind is ItemKind.PHOTO:
            self.ask_photo()
        else:
            self.record(Outcome.OK)

    def record(
        self,
        outcome: Outcome,
        *,
        value: str = "",
        note: str = "",
        photo: bytes | None = None,
        photo_name: str = "",
        ticket_title: str | None = None,
        row: int | None = None,
    ) -> None:
        """Write one result on the database worker, then move to the next open line."""
        from opsdesk.services import checklists

        run = self.run
        row = self.current_row() if row is None else row
        if run is None or not 0 <= row < self.model.rowCount():
            return
        ln = self.model.line(row)
        r = ResultInput(
            item_key=ln.item.key,
            outcome=outcome,
            venue_id=ln.venue.id if ln.venue else None,
            value=value,
            note=note,
            photo=photo,
            photo_name=photo_name,
        )
        actor, profile, run_id = self.state.actor, self.state.settings.profile_code, run.id
        tz = self.state.settings.timezone
        self._select(self.model.next_open_row(row))
        tables = TABLES | ({"tickets"} if ticket_title is not None else set())

        def work(s) -> ItemResult:
            ticket = None
            if ticket_title is not None:
                ticket = checklists.fault_ticket_draft(
                    s,
                    run_id,
                    r.item_key,
                    r.venue_id,
                    profile_code=profile,
                    value=value,
                    note=note,
                    tr=documents_tr,
                    tz=tz,
                )
                if ticket_title:
                    ticket = replace(ticket, title=ticket_title)
            return checklists.record_result(s, run_id, r, actor, ticket=ticket, profile_code=profile)

        def done(result: ItemResult) -> None:
            self._writes -= 1
            self.result_recorded.emit(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._writes -= 1
            self._failed(exc)

        self._writes += 1
        self.tasks.write(
            work,
            done,
            failed,
            tables=tables,
            ids=lambda res: [res.run_id],
        )

    def begin_value(self) -> None:
        ln = self.current_line()
        if ln is None:
            return
        self._mode, self._entry_row = "value", self.current_row()
        if ln.item.kind is ItemKind.READING:
            self.entry_label.setText(
                self.tr("Reading for \u201c{item}\u201d ({range}); Enter records it, Esc cancels.").format(
                    item=_line_name(ln), range=range_text(ln) or self.tr("any value")
                )
            )
        else:
            self.entry_label.setText(
                self.tr("Text for \u201c{item}\u201d; Enter records it, Esc cancels.").format(
                    item=_line_name(ln)
                )
            )
        self.entry.clear()
        self.entry.setPlaceholderText(ln.item.unit)
        self.ticket_title.hide()
        self.file_ticket.hide()
        self._open_entry()

    def begin_fault(self, *, value: str = "", note: str = "") -> None:
        """Show the fault entry with the ticket the core drafts (meeting, item, venue, room)."""
        from opsdesk.services import checklists

        ln, run = self.current_line(), self.run
        if ln is None or run is None:
            return
        self._mode, self._entry_row, self._fault_value = "fault", self.current_row(), value
        self._draft = None
        self._fault_token += 1
        token = self._fault_token
        self.entry_label.setText(
            self.tr(
                "Fault on \u201c{item}\u201d: describe it; Enter records the fault and files the ticket, "
                "Esc cancels."
            ).format(item=_line_name(ln))
        )
        self.entry.setText(note)
        self.entry.setPlaceholderText(self.tr("What is wrong"))
        self.ticket_title.clear()
        self.ticket_title.show()
        self.file_ticket.show()
        self._open_entry()
        run_id, key, venue = run.id, ln.item.key, ln.venue.id if ln.venue else None

        def drafted(draft: NewTicket) -> None:
            if self._mode == "fault" and self._fault_token == token:
                self._draft = draft
                if not self.ticket_title.text():
                    self.ticket_title.setText(draft.title)

        profile, tz = self.state.settings.profile_code, self.state.settings.timezone
        self.tasks.read(
            lambda s: checklists.fault_ticket_draft(
                s, run_id, key, venue, profile_code=profile, value=value, note=note, tr=documents_tr, tz=tz
            ),
            drafted,
            self._failed,
        )

    def _open_entry(self) -> None:
        self.entry_error.clear()
        self.entry_error.hide()
        self.entry_box.show()
        self.entry.setFocus()

    def cancel_entry(self) -> None:
        self._mode, self._draft = "", None
        self.entry_box.hide()
        self.entry_error.hide()
        self.view.setFocus()

    def _commit_entry(self) -> None:
        if not self._mode or not 0 <= self._entry_row < self.model.rowCount():
            return
        ln = self.model.line(self._entry_row)
        text = self.entry.text().strip()
        if self._mode == "value":
            if ln.item.kind is ItemKind.READING:
                try:
                    number = float(text.replace(",", "."))
                except ValueError:
                    self._entry_problem(self.tr("Type a number, e.g. 42 or 3.5."))
                    return
                if not ln.item.in_range(number):
                    note = self.tr("Reading {value} {unit} outside {range}").format(
                        value=text, unit=ln.item.unit, range=range_text(ln)
                    )
                    self._select(self._entry_row)
                    self.begin_fault(value=text, note=note.replace("  ", " "))
                    return
            elif not text:
                self._entry_problem(self.tr("Type the text, or press Esc."))
                return
            row = self._entry_row
            self.cancel_entry()
            self.record(Outcome.OK, value=text, row=row)
            return
        # fault: the core drafts the ticket again with the note typed (meeting, item, venue, room); the
        # operator's title wins
        row, value = self._entry_row, self._fault_value
        file_it = self.file_ticket.isChecked()
        if file_it and self._draft is None:
            self._entry_problem(self.tr("The ticket is still being prepared; press Enter again."))
            return
        title = self.ticket_title.text().strip() if file_it else ""
        self.cancel_entry()
        self.record(Outcome.FAULT, value=value, note=text, ticket_title=title if file_it else None, row=row)

    def _entry_problem(self, text: str) -> None:
        self.entry_error.setText(text)
        self.entry_error.show()
        self.entry.setFocus()

    # ---- photos ----------------------------------------------------------------------------------
    def ask_photo(self) -> None:
        if self.current_line() is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.bmp);;All files (*)")
        )
        if path:
            self.attach_photo(Path(path))

    def attach_photo(self, path: Path, outcome: Outcome = Outcome.OK) -> None:
        """Read the file on the pool (it may be on a share), then record it with the current line."""
        row = self.current_row()

        def read() -> bytes:
            if path.stat().st_size > PHOTO_LIMIT:
                from opsdesk.errors import AttachmentTooLarge

                raise AttachmentTooLarge(path.name, path.stat().st_size, PHOTO_LIMIT)
            return path.read_bytes()

        self.tasks.run(
            read,
            lambda data: self.record(outcome, photo=data, photo_name=path.name, value=path.name, row=row),
            self._failed,
        )

    def view_photo(self) -> None:
        """Show the photo recorded on the current line (read on the worker, decoded on the pool)."""
        from opsdesk.services import checklists
        from ui.dialogs.meeting_photo import PhotoDialog, decode

        ln = self.current_line()
        if ln is None or ln.result is None or not ln.result.has_photo:
            return
        rid, caption = ln.result.id, f"{_line_name(ln)} — {ln.result.value}"

        def show(img) -> None:
            dlg = PhotoDialog(img, caption, self)
            dlg.finished.connect(dlg.deleteLater)
            dlg.open()
            self.photo_dialog = dlg

        def decode_it(data: bytes | None) -> None:
            if data:
                self.tasks.run(lambda: decode(data), show, self._failed)

        self.tasks.read(lambda s: checklists.result_photo(s, rid), decode_it, self._failed)

    # ---- finishing and the record ----------------------------------------------------------------
    def finish(self) -> None:
        from opsdesk.services import checklists

        run = self.run
        if run is None:
            return
        force = False
        if run.blockers:
            answer = QMessageBox.question(
                self,
                self.tr("Finish the checklist"),
                self.tr(
                    "{n} lines still block this checklist. Finish it anyway (they stay on the record)?"
                ).format(n=len(run.blockers)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        actor, run_id = self.state.actor, run.id
        self.tasks.write(
            lambda s: checklists.finish_run(s, run_id, actor, force=force),
            lambda r: self.set_run(r),
            self._failed,
            tables=TABLES,
            ids=lambda r: [r.id],
        )

    def print_record(self, *, save: bool = False, path: Path | None = None) -> None:
        """The checklist as a PDF for the record, built on the pool: the print preview, or saved."""
        run = self.run
        if run is None:
            return
        from ui.dialogs.meeting_documents import print_document, save_document

        tz = self.state.settings.timezone

        def build(target: Path) -> None:
            from opsdesk.documents.checklist_record import build_checklist_record

            build_checklist_record(run, target, tr=documents_tr, tz=tz)

        name = f"{run.meeting_title}-{run.template.name}"
        if save:
            save_document(
                self,
                self.tasks,
                build,
                self.tr("Checklist record"),
                name,
                path=path,
                on_done=self.record_saved.emit,
            )
        else:
            print_document(self, self.tasks, build, self.tr("Checklist record"), name)

    def next_blocker(self) -> None:
        """B: the next line that still blocks the checklist (open and required, or a fault)."""
        lines = self.model.lines()
        start = self.current_row()
        for k in range(1, len(lines) + 1):
            r = (start + k) % len(lines)
            if lines[r].blocking:
                self._select(r)
                return

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        if self._mode:
            if isinstance(exc, ValidationError):
                from ui.errors import problem_text

                self._entry_problem("\n".join(problem_text(f, c, p) for f, (c, p) in exc.problems.items()))
            else:
                self._entry_problem(describe(exc))
            return
        self.reload()
        QMessageBox.warning(self, self.tr("Checklist"), describe(exc))

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.keys_hint.setText(
            self.tr(
                "Keys: O or 1 OK \u00b7 F or 2 fault \u00b7 N or 3 not applicable \u00b7 Enter OK / value "
                "\u00b7 B next blocker \u00b7 P photo \u00b7 V view the photo \u00b7 T show the ticket \u00b7 \u2191\u2193 move"
            )
        )
        self.file_ticket.setText(self.tr("File a tic&ket"))
        self.ticket_title.setPlaceholderText(self.tr("Ticket title"))
        self.entry_ok.setText(self.tr("Record"))
        self.entry_cancel.setText(self.tr("Cancel"))
        self.finish_button.setText(self.tr("Fi&nish"))
        self.record_button.setText(self.tr("&Record"))
        self.act_print_record.setText(self.tr("Preview and &print\u2026"))
        self.act_save_record.setText(self.tr("&Save PDF\u2026"))
        self.model.retranslate()
        self._show_run()


def _restyle(label: QLabel, sheet: str) -> None:
    """Set a style sheet only when it changes: each set re-polishes the widget (costly every second)."""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


def _line_name(ln: RunLine) -> str:
    return f"{ln.item.label} \u2014 {ln.venue.name}" if ln.venue else ln.item.label
