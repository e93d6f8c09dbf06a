"""Edit one day of the roster by hand: add a person to a shift, replace or remove an assignment.

Every edit is a manual (pinned) assignment: regenerating the range keeps it. The core checks leave,
overlaps and rest rules first; a refused edit says which rule, for whom, and nothing is changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import ANY_POST, Assignment, RosterDay, ShiftDef, Staff
from opsdesk.timeutil import zone
from ui import theme
from ui.dialogs.error_line import ErrorLine
from ui.dialogs.roster_generate import plain_buttons
from ui.i18n import Retranslatable
from ui.models.roster_model import RosterData, day_kind, day_kind_name
from ui.state import DeskState
from ui.widgets.roster_labels import shift_name

TABLES = ("roster_assignments",)


class DayDialog(ErrorLine, Retranslatable, QDialog):
    changed = Signal(object)  # the Assignment written, or None after a removal
    failed = Signal(object)

    def __init__(
        self,
        state: DeskState,
        day: date,
        data: RosterData,
        *,
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterDayDialog")
        self.state = state
        self.day = day
        self.info = data.day_info(day)
        self.selected = selected
        self.shifts: list[ShiftDef] = []
        self.staff: list[Staff] = []
        self.assignments: list[Assignment] = []
        self.open_slots: list = []

        self.heading = QLabel(objectName="dialogHeading")
        self.table = QTableWidget(0, 6, objectName="rosterDayTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.shift = QComboBox()
        self.post = QComboBox()
        self.post.setEditable(False)
        self.person = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.shift.currentIndexChanged.connect(self._fill_posts)
        self.post.currentIndexChanged.connect(self._fill_people)
        self.add_button = QPushButton()
        self.replace_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.replace_button.clicked.connect(self.replace)
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for lab, w in zip(self._labels, (self.shift, self.post, self.person, self.note), strict=True):
            lab.setBuddy(w)
            form.addRow(lab, w)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.replace_button)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(row)
        lay.addWidget(self.buttons)

        self.act_add = QAction(self)
        self.act_add.setShortcut(QKeySequence("Ctrl+Return"))
        self.act_add.triggered.connect(self.add)
        self.act_remove = QAction(self)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.triggered.connect(self._remove_from_table)
        self.table.addAction(self.act_remove)
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.act_add)
        self.resize(720, 520)
        plain_buttons(self, self.add_button)
        self.retranslate()
        self._selection_changed()
        self.load()

    # ---- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        d = self.day

        def query(s):
            from opsdesk.services import roster as roster_service

            view = roster_service.roster_view(s, d, d)
            return view, roster_service.list_staff(s, active_on=d)

        self.state.tasks.read(query, self._arrived, self._failed)

    def _arrived(self, value) -> None:
        view, staff = value
        self.shifts = [x for x in view.shifts if x.active]
        self.staff = list(staff)
        rd: RosterDay | None = view.days[0] if view.days else None
        if rd is not None:
            self.info = rd.info
        self.assignments = list(rd.assignments) if rd else []
        self.open_slots = list(rd.open_slots) if rd else []
        self._fill_table()
        keep = self.shift.currentData()
        self.shift.blockSignals(True)
        self.shift.clear()
        for x in self.shifts:
            self.shift.addItem(f"{shift_name(x)} ({x.start:%H:%M}, {x.hours:g}h)", x.code)
        self.shift.setCurrentIndex(max(0, self.shift.findData(keep)))
        self.shift.blockSignals(False)
        self._fill_posts()
        self._heading()

    def _fill_table(self) -> None:
        tz = zone(self.state.settings.timezone)
        names = {x.code: shift_name(x) for x in self.shifts}
        self.table.setRowCount(len(self.assignments) + len(self.open_slots))
        select_row = -1
        for i, a in enumerate(self.assignments):
            hours = f"{a.start.astimezone(tz):%H:%M}\u2013{a.end.astimezone(tz):%H:%M}"
            manual = self.tr("manual") if a.pinned else ""
            post = self.tr("any post") if a.post == ANY_POST else a.post
            for j, v in enumerate(
                (names.get(a.shift_code, a.shift_code), hours, post, a.staff_name, a.phone, manual)
            ):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(i, j, item)
            if a.id == self.selected:
                select_row = i
        base = len(self.assignments)
        for k, o in enumerate(self.open_slots):
            vals = (
                names.get(o.shift_code, o.shift_code),
                "",
                o.post,
                self.tr("{n} missing").format(n=o.missing),
                "",
                "",
            )
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setForeground(theme.color("breached"))
                item.setData(Qt.ItemDataRole.UserRole + 1, (o.shift_code, o.post))
                self.table.setItem(base + k, j, item)
        if select_row >= 0:
            self.table.selectRow(select_row)

    def _fill_posts(self) -> None:
        code = self.shift.currentData()
        sh = next((x for x in self.shifts if x.code == code), None)
        keep = self.post.currentData()
        self.post.blockSignals(True)
        self.post.clear()
        posts: list[str] = []
        if sh is not None:
            for n in sh.needs:
                if n.post == ANY_POST:
                    posts += [s.post for s in self.staff if s.post not in posts]
                elif n.post not in posts:
                    posts.append(n.post)
        for p in posts:
            self.post.addItem(p, p)
        self.post.setCurrentIndex(max(0, self.post.findData(keep)))
        self.post.blockSignals(False)
        self._fill_people()

    def _fill_people(self) -> None:
        post = self.post.currentData()
        keep = self.person.currentData()
        self.person.clear()
        # the post's people first, then everyone else (a cover from another post is allowed)
        ordered = sorted(self.staff, key=lambda s: (s.post != post, s.sort_order, s.name))
        for s in ordered:
            mark = "" if s.approved else " " + self.tr("(replacement not approved)")
            self.person.addItem(f"{s.name} \u00b7 {s.post} \u00b7 {s.phone}{mark}", s.id)
        self.person.setCurrentIndex(max(0, self.person.findData(keep)))

    def _heading(self) -> None:
        words = [self.day.isoformat(), day_kind_name(day_kind(self.info))]
        if self.info.name:
            words.append(self.info.name)
        self.heading.setText(" \u00b7 ".join(words))

    # ---- edits -----------------------------------------------------------------------------------
    def selected_assignment(self) -> Assignment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        r = rows[0].row()
        return self.assignments[r] if r < len(self.assignments) else None

    def _selection_changed(self) -> None:
        a = self.selected_assignment()
        self.replace_button.setEnabled(a is not None)
        self.remove_button.setEnabled(a is not None)
        rows = self.table.selectionModel().selectedRows()
        target = None
        if a is not None:
            target = (a.shift_code, a.post)
        elif rows:
            item = self.table.item(rows[0].row(), 0)
            target = item.data(Qt.ItemDataRole.UserRole + 1) if item else None
        if target:
            i = self.shift.findData(target[0])
            if i >= 0:
                self.shift.setCurrentIndex(i)
            j = self.post.findData(target[1])
            if j >= 0:
                self.post.setCurrentIndex(j)

    def add(self) -> None:
        self._assign(None)

    def replace(self) -> None:
        a = self.selected_assignment()
        if a is not None:
            self._assign(a.id)

    def _assign(self, replace_id: str | None) -> None:
        code, post, staff_id = self.shift.currentData(), self.post.currentData(), self.person.currentData()
        if not code or not staff_id or not post:
            self._show_error(self.tr("Choose a shift, a post and an engineer."))
            return
        d, actor, note = self.day, self.state.actor, self.note.text().strip()
        self.error.hide()
        self.state.tasks.write(
            lambda s: _assign(s, d, code, staff_id, post, actor, note, replace_id),
            self._written,
            self._failed,
            tables=TABLES,
        )

    def _remove_from_table(self) -> None:
        self.remove()

    def remove(self) -> None:
        a = self.selected_assignment()
        if a is None:
            return
        aid, actor = a.id, self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            roster_service.unassign(s, aid, actor)

        self.error.hide()
        self.state.tasks.write(work, self._written, self._failed, tables=TABLES)

    def _written(self, value) -> None:
        self.note.clear()
        if isinstance(value, Assignment):
            self.selected = value.id
        self.changed.emit(value)
        self.load()

    def has_unsaved_work(self) -> bool:
        return bool(self.note.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the day"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Shift"),
                self.tr("Hours"),
                self.tr("Post"),
                self.tr("Engineer"),
                self.tr("Phone"),
                self.tr("Edit"),
            ]
        )
        for lab, t in zip(
            self._labels,
            (self.tr("&Shift:"), self.tr("P&ost:"), self.tr("&Engineer:"), self.tr("&Note:")),
            strict=True,
        ):
            lab.setText(t)
        self.add_button.setText(self.tr("&Add (Ctrl+Enter)"))
        self.replace_button.setText(self.tr("&Replace selected"))
        self.remove_button.setText(self.tr("Re&move selected (Del)"))
        self._heading()
        if self.assignments or self.open_slots:
            self._fill_table()


def _assign(s, d, code, staff_id, post, actor, note, replace_id):
    from opsdesk.services import roster as roster_service

    return roster_service.assign(
        s, day=d, shift_code=code, staff_id=staff_id, post=post, actor=actor, note=note, replace_id=replace_id
    )
