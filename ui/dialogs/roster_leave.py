"""Leave and unavailability: the list over a range, add (supervisor), cancel.

The generator does not roster anyone on leave; a duty already rostered on a day that becomes leave is
listed under the form (from `rule_breaches`) so the supervisor can edit that day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import Leave, LeaveKind, RuleBreach, Staff
from ui import theme
from ui.dialogs.error_line import ErrorLine
from ui.dialogs.roster_generate import date_edit, plain_buttons, pydate
from ui.dialogs.roster_shifts import _table
from ui.i18n import Retranslatable
from ui.state import DeskState
from ui.widgets.roster_labels import breach_text, leave_kind_name

TABLES = ("roster_leave",)


class LeaveDialog(ErrorLine, Retranslatable, QDialog):
    saved = Signal(object)
    failed = Signal(object)
    loaded = Signal(object)  # list[Leave]

    def __init__(
        self, state: DeskState, day: date, *, editable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterLeaveDialog")
        self.state = state
        self.editable = editable
        self.leave: list[Leave] = []
        self.staff: list[Staff] = []
        first = date(day.year, day.month, 1)
        self.range_from = date_edit(first)
        self.range_to = date_edit(first + timedelta(days=92))
        self.range_from.dateChanged.connect(lambda _d: self.load())
        self.range_to.dateChanged.connect(lambda _d: self.load())
        self.table = _table(5, "leaveTable")
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.form_box = QGroupBox()
        self.person = QComboBox()
        self.kind = QComboBox()
        for k in LeaveKind:
            self.kind.addItem("", k.value)
        self.start = date_edit(day)
        self.end = date_edit(day)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self.form_box)
        for lab, w in zip(
            self._labels, (self.person, self.kind, self.start, self.end, self.note), strict=True
        ):
            lab.setBuddy(w)
            form.addRow(lab, w)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        self.conflicts_label = QLabel()
        self.conflicts = QListWidget(objectName="leaveConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setMaximumHeight(110)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._range_labels = [QLabel(), QLabel()]
        top = QHBoxLayout()
        top.addWidget(self._range_labels[0])
        top.addWidget(self.range_from)
        top.addWidget(self._range_labels[1])
        top.addWidget(self.range_to)
        top.addStretch(1)
        top.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.form_box)
        lay.addWidget(self.conflicts_label)
        lay.addWidget(self.conflicts)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        act = QAction(self)
        act.setShortcut(QKeySequence("Ctrl+Return"))
        act.triggered.connect(self.add)
        self.addAction(act)
        for w in (self.form_box, self.cancel_button):
            w.setEnabled(editable)
        self.resize(820, 620)
        plain_buttons(self, self.add_button)
        self.retranslate()
        self.load()

    def load(self) -> None:
        a, b = sorted((pydate(self.range_from.date()), pydate(self.range_to.date())))

        def query(s):
            from opsdesk.services import roster as roster_service

            return (
                roster_service.list_leave(s, a, b),
                roster_service.list_staff(s),
                roster_service.rule_breaches(s, a, b),
            )

        self.state.tasks.read(query, self._arrived, self._failed)

    def _arrived(self, value) -> None:
        leave, staff, breaches = value
        self.leave, self.staff = list(leave), list(staff)
        self.table.setRowCount(len(self.leave))
        for i, lv in enumerate(self.leave):
            vals = (
                lv.staff_name,
                leave_kind_name(lv.kind),
                lv.start.isoformat(),
                lv.end.isoformat(),
                lv.note,
            )
            for j, v in enumerate(vals):
                self.table.setItem(i, j, QTableWidgetItem(v))
        keep = self.person.currentData()
        self.person.clear()
        for s in self.staff:
            self.person.addItem(f"{s.name} \u00b7 {s.post}", s.id)
        self.person.setCurrentIndex(max(0, self.person.findData(keep)))
        self._show_conflicts([b for b in breaches if b.code == "on_leave"] or list(breaches))
        self.loaded.emit(self.leave)

    def _show_conflicts(self, breaches: list[RuleBreach]) -> None:
        self.conflicts.clear()
        for b in breaches:
            self.conflicts.addItem(breach_text(b))
            self.conflicts.item(self.conflicts.count() - 1).setForeground(theme.color("warning"))
        if not breaches:
            self.conflicts.addItem(self.tr("No rostered duty conflicts with leave or the rest rules."))

    def add(self) -> None:
        if not self.editable:
            return
        sid = self.person.currentData()
        if not sid:
            self._show_error(self.tr("Choose the engineer."))
            return
        a, b = pydate(self.start.date()), pydate(self.end.date())
        kind, note, actor = self.kind.currentData(), self.note.text().strip(), self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            return roster_service.add_leave(
                s, staff_id=sid, start=a, end=b, kind=kind, note=note, actor=actor
            )

        self.error.hide()
        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def cancel_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.leave):
            return
        lid, actor = self.leave[rows[0].row()].id, self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            roster_service.cancel_leave(s, lid, actor)

        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def _saved(self, value) -> None:
        self.note.clear()
        self.saved.emit(value)
        self.load()

    def has_unsaved_work(self) -> bool:
        return bool(self.note.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leave and unavailability"))
        self._range_labels[0].setText(self.tr("From"))
        self._range_labels[1].setText(self.tr("to"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Engineer"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Note")]
        )
        self.cancel_button.setText(self.tr("&Cancel selected leave"))
        self.form_box.setTitle(self.tr("New leave"))
        for lab, t in zip(
            self._labels,
            (
                self.tr("&Engineer:"),
                self.tr("&Kind:"),
                self.tr("&From:"),
                self.tr("&To (inclusive):"),
                self.tr("&Note:"),
            ),
            strict=True,
        ):
            lab.setText(t)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, leave_kind_name(self.kind.itemData(i)))
        self.add_button.setText(self.tr("&Add leave (Ctrl+Enter)"))
        self.conflicts_label.setText(self.tr("Rostered duties that break a rule now:"))
