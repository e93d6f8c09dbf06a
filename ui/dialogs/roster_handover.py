"""Shift handover (交接班): the outgoing engineer's notes with the automatically listed open tickets, clocks at
risk and unfinished checklists; the incoming engineer's acknowledgement; the searchable history.

Both sides are stamped with the signed-in operator and the time by the core. The listed items are a
snapshot taken when the handover is saved, so the history shows what was handed over, not today's state.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import Handover, HandoverItem
from ui.dialogs.error_line import ErrorLine
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.state import DeskState
from ui.widgets.roster_labels import handover_item_text

TABLES = ("roster_handovers",)
NOTES_LIMIT = 4000


def _items_list(items: tuple[HandoverItem, ...], lst: QListWidget, empty: str) -> None:
    lst.clear()
    for it in items:
        lst.addItem(handover_item_text(it))
    if not items:
        lst.addItem(empty)


class HandoverDialog(ErrorLine, Retranslatable, QDialog):
    """The outgoing engineer hands the shift over."""

    handed_over = Signal(object)  # Handover
    failed = Signal(object)
    items_loaded = Signal(object)

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterHandoverDialog")
        self.state = state
        self.items: tuple[HandoverItem, ...] = ()
        self.checklists_available = True
        self.who = QLabel(objectName="dialogHint")
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(objectName="handoverNotes")
        self.notes_label.setBuddy(self.notes)
        self.items_label = QLabel()
        self.item_list = QListWidget(objectName="handoverItems")
        self.item_list.setWordWrap(True)
        self.checklist_note = QLabel(objectName="dialogHint")
        self.checklist_note.setWordWrap(True)
        self.checklist_note.hide()
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.who)
        lay.addWidget(self.items_label)
        lay.addWidget(self.item_list, 1)
        lay.addWidget(self.checklist_note)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        act = QAction(self)
        act.setShortcut(QKeySequence("Ctrl+Return"))
        act.triggered.connect(self.save)
        self.addAction(act)
        self.resize(720, 560)
        self.retranslate()
        self.notes.setFocus()
        self.load_items()

    def load_items(self) -> None:
        def query(s):
            from opsdesk.services import roster_handover

            return roster_handover.handover_items(s)

        self.state.tasks.read(query, self._items_arrived, self._failed)

    def _items_arrived(self, value) -> None:
        self.items, self.checklists_available = value
        _items_list(
            self.items, self.item_list, self.tr("Nothing open: no open tickets, clocks or checklists.")
        )
        self.checklist_note.setVisible(not self.checklists_available)
        self.items_loaded.emit(self.items)

    def save(self) -> None:
        notes = self.notes.toPlainText().strip()
        if len(notes) > NOTES_LIMIT:
            self._show_error(self.tr("The notes are too long: at most {n} characters.").format(n=NOTES_LIMIT))
            return
        if self.state.operator is None:
            self._show_error(self.tr("Sign in first (Ctrl+L): a handover is stamped with your name."))
            return
        actor = self.state.actor
        self.save_button.setEnabled(False)

        def work(s):
            from opsdesk.services import roster_handover

            return roster_handover.hand_over(s, actor, notes)

        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def _saved(self, h: Handover) -> None:
        self.save_button.setEnabled(True)
        self.handed_over.emit(h)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        super()._failed(exc)

    def has_unsaved_work(self) -> bool:
        return bool(self.notes.toPlainText().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over the shift"))
        op = self.state.operator
        self.who.setText(
            self.tr("Outgoing: {name}. The time is stamped when you save.").format(name=op.name)
            if op
            else self.tr("Nobody is signed in.")
        )
        self.items_label.setText(
            self.tr("Listed automatically (open tickets, clocks at risk, unfinished checklists):")
        )
        self.notes_label.setText(self.tr("&Notes for the incoming engineer:"))
        self.notes.setPlaceholderText(
            self.tr("What is going on, what to watch, what was promised to whom\u2026")
        )
        self.checklist_note.setText(self.tr("Checklists are not recorded on this desk yet; none are listed."))
        self.save_button.setText(self.tr("&Hand over (Ctrl+Enter)"))
        if self.items or self.item_list.count():
            _items_list(
                self.items, self.item_list, self.tr("Nothing open: no open tickets, clocks or checklists.")
            )


class AcknowledgeDialog(ErrorLine, Retranslatable, QDialog):
    """The incoming engineer reads a handover and acknowledges it."""

    acknowledged = Signal(object)  # Handover
    failed = Signal(object)

    def __init__(self, state: DeskState, handover: Handover, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterAcknowledgeDialog")
        self.state = state
        self.handover = handover
        self.head = QLabel(objectName="dialogHeading")
        self.head.setWordWrap(True)
        self.outgoing_notes = QPlainTextEdit()
        self.outgoing_notes.setReadOnly(True)
        self.outgoing_notes.setPlainText(handover.notes)
        self.item_list = QListWidget(objectName="handoverItems")
        self.item_list.setWordWrap(True)
        self.items_label = QLabel()
        self.notes_out_label = QLabel()
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes_label.setBuddy(self.notes)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ack_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ack_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.head)
        lay.addWidget(self.items_label)
        lay.addWidget(self.item_list, 2)
        lay.addWidget(self.notes_out_label)
        lay.addWidget(self.outgoing_notes, 1)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        act = QAction(self)
        act.setShortcut(QKeySequence("Ctrl+Return"))
        act.triggered.connect(self.save)
        self.addAction(act)
        self.resize(720, 560)
        self.retranslate()
        self.ack_button.setFocus()

    def save(self) -> None:
        if self.state.operator is None:
            self._show_error(
                self.tr("Sign in first (Ctrl+L): the acknowledgement is stamped with your name.")
            )
            return
        hid, actor, notes = self.handover.id, self.state.actor, self.notes.toPlainText().strip()
        self.ack_button.setEnabled(False)

        def work(s):
            from opsdesk.services import roster_handover

            return roster_handover.acknowledge(s, hid, actor, notes)

        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def _saved(self, h: Handover) -> None:
        self.acknowledged.emit(h)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ack_button.setEnabled(True)
        super()._failed(exc)

    def has_unsaved_work(self) -> bool:
        return bool(self.notes.toPlainText().strip())

    def retranslate(self) -> None:
        h = self.handover
        self.setWindowTitle(self.tr("Take over the shift"))
        self.head.setText(
            self.tr("{who} handed over at {at}").format(who=h.outgoing_name, at=time_text(h.outgoing_at))
        )
        self.items_label.setText(self.tr("Handed over:"))
        _items_list(h.items, self.item_list, self.tr("Nothing open was listed."))
        self.notes_out_label.setText(self.tr("Outgoing notes:"))
        self.notes_label.setText(self.tr("Your &remarks (optional):"))
        op = self.state.operator
        self.ack_button.setText(
            self.tr("&Acknowledge as {name} (Ctrl+Enter)").format(name=op.name)
            if op
            else self.tr("&Acknowledge")
        )


class HandoverHistoryDialog(Retranslatable, QDialog):
    """Every handover, searchable by text (notes, names, ticket codes) and by date."""

    results = Signal(object)  # list[Handover]

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterHandoverHistory")
        self.state = state
        self.found: list[Handover] = []
        self.search = QLineEdit(objectName="handoverSearch")
        self.search.setClearButtonEnabled(True)
        today = date.today()
        from ui.dialogs.roster_generate import date_edit, pydate

        self._pydate = pydate
        self.date_from = date_edit(today - timedelta(days=90))
        self.date_to = date_edit(today + timedelta(days=1))
        self.table = QTableWidget(0, 5, objectName="handoverHistoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QListWidget(objectName="handoverDetail")
        self.detail.setWordWrap(True)
        self.count = QLabel(objectName="dialogHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.date_from.dateChanged.connect(lambda _d: self._timer.start())
        self.date_to.dateChanged.connect(lambda _d: self._timer.start())
        self._labels = [QLabel(), QLabel()]
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self._labels[0])
        top.addWidget(self.date_from)
        top.addWidget(self._labels[1])
        top.addWidget(self.date_to)
        top.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslate()
        self.search.setFocus()
        self.load()

    def load(self) -> None:
        text = self.search.text().strip()
        a, b = self._pydate(self.date_from.date()), self._pydate(self.date_to.date())

        def query(s):
            from opsdesk.services import roster_handover

            return roster_handover.search_handovers(s, text, start=a, end=b)

        self.state.tasks.read(query, self._arrived, lambda exc: self.count.setText(describe(exc)))

    def _arrived(self, found: list[Handover]) -> None:
        self.found = list(found)
        self.table.setRowCount(len(self.found))
        for i, h in enumerate(self.found):
            incoming = (
                f"{h.incoming_name} {time_text(h.incoming_at)}" if h.acknowledged else self.tr("not yet")
            )
            vals = (
                time_text(h.outgoing_at),
                h.outgoing_name,
                incoming,
                str(len(h.items)),
                h.notes.replace("\n", " "),
            )
            for j, v in enumerate(vals):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.count.setText(self.tr("{n} found").format(n=len(self.found)))
        if self.found:
            self.table.selectRow(0)
        else:
            self.detail.clear()
        self.results.emit(self.found)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.clear()
        if not rows or rows[0].row() >= len(self.found):
            return
        h = self.found[rows[0].row()]
        self.detail.addItem(
            self.tr("{who} handed over at {at}").format(who=h.outgoing_name, at=time_text(h.outgoing_at))
        )
        if h.notes:
            self.detail.addItem(h.notes)
        for it in h.items:
            self.detail.addItem(handover_item_text(it))
        if h.acknowledged:
            self.detail.addItem(
                self.tr("Acknowledged by {who} at {at}").format(
                    who=h.incoming_name, at=time_text(h.incoming_at)
                )
            )
            if h.incoming_notes:
                self.detail.addItem(h.incoming_notes)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Handover history"))
        self.search.setPlaceholderText(self.tr("Search notes, names, ticket codes\u2026"))
        self._labels[0].setText(self.tr("From"))
        self._labels[1].setText(self.tr("to"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Handed over"),
                self.tr("Outgoing"),
                self.tr("Acknowledged"),
                self.tr("Items"),
                self.tr("Notes"),
            ]
        )
        if self.found:
            self._arrived(self.found)
