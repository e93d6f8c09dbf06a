"""Attendance at the post: check-in and check-out, the day's duties with their state, and absences.

Records are append-only (a check-in is never edited); the state of each duty (present, late, absent, not
started, on call) and the assessment points an absence costs (003_… appendix 5: 2 each) come from the
core. The dialog opens on the selected day; the signed-in engineer is chosen first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from opsdesk.domain.roster import AttendanceLine, AttendanceRecord, AttendanceState, Staff
from opsdesk.timeutil import zone
from ui import theme
from ui.dialogs.error_line import ErrorLine
from ui.dialogs.roster_generate import date_edit, plain_buttons, pydate
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.state import DeskState
from ui.widgets.roster_labels import attendance_state_name

TABLES = ("roster_attendance",)


class AttendanceDialog(ErrorLine, Retranslatable, QDialog):
    recorded = Signal(object)  # AttendanceRecord
    failed = Signal(object)
    lines_loaded = Signal(object)  # list[AttendanceLine]

    def __init__(self, state: DeskState, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterAttendanceDialog")
        self.state = state
        self.staff: list[Staff] = []
        self.lines: list[AttendanceLine] = []
        self._chosen = False
        self.person = QComboBox(objectName="attendancePerson")
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.check_in_button = QPushButton()
        self.check_out_button = QPushButton()
        self.check_in_button.clicked.connect(lambda: self.record("in"))
        self.check_out_button.clicked.connect(lambda: self.record("out"))
        self.date_from = date_edit(day)
        self.date_to = date_edit(day)
        self.date_from.dateChanged.connect(lambda _d: self.load())
        self.date_to.dateChanged.connect(lambda _d: self.load())
        self.table = QTableWidget(0, 7, objectName="attendanceTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.message = QLabel(objectName="dialogHint")
        self.message.setWordWrap(True)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(4)]
        self._labels[0].setBuddy(self.person)
        self._labels[1].setBuddy(self.note)
        rec = QHBoxLayout()
        rec.addWidget(self._labels[0])
        rec.addWidget(self.person, 2)
        rec.addWidget(self._labels[1])
        rec.addWidget(self.note, 2)
        rec.addWidget(self.check_in_button)
        rec.addWidget(self.check_out_button)
        rng = QHBoxLayout()
        rng.addWidget(self._labels[2])
        rng.addWidget(self.date_from)
        rng.addWidget(self._labels[3])
        rng.addWidget(self.date_to)
        rng.addStretch(1)
        rng.addWidget(self.summary)
        lay = QVBoxLayout(self)
        lay.addLayout(rec)
        lay.addWidget(self.message)
        lay.addWidget(self.error)
        lay.addLayout(rng)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 560)
        plain_buttons(self, self.check_in_button)
        self.retranslate()
        self.person.setFocus()
        self.state.tasks.read(_list_staff_on(day), self._staff_arrived, self._failed)
        self.load()

    def _staff_arrived(self, staff: list[Staff]) -> None:
        self.staff = list(staff)
        self.person.clear()
        op = self.state.operator
        for s in self.staff:
            self.person.addItem(f"{s.name} \u00b7 {s.post}", s.id)
        mine = next(
            (
                i
                for i, s in enumerate(self.staff)
                if op is not None and (s.operator_id == op.id or s.name == op.name)
            ),
            -1,
        )
        self._chosen = mine >= 0  # the signed-in engineer; else the one on duty now, once the duties arrive
        self.person.setCurrentIndex(max(0, mine))
        self._preselect_on_duty()

    def _preselect_on_duty(self) -> None:
        """Whoever's duty is in force now (or starts next) is the likeliest to check in at this console."""
        if self._chosen or not self.lines or not self.staff:
            return
        now = datetime.now(UTC)
        live = [ln.assignment for ln in self.lines if ln.state != AttendanceState.NOT_CHECKED]
        current = [a for a in live if a.start <= now < a.end] or sorted(
            (a for a in live if a.start > now), key=lambda a: a.start
        )
        if current:
            i = self.person.findData(current[0].staff_id)
            if i >= 0:
                self.person.setCurrentIndex(i)
                self._chosen = True

    def load(self) -> None:
        a, b = pydate(self.date_from.date()), pydate(self.date_to.date())
        if b < a:
            a, b = b, a

        def query(s):
            from opsdesk.services import roster_attendance

            return roster_attendance.attendance(s, a, b)

        self.state.tasks.read(query, self._lines_arrived, self._failed)

    def _lines_arrived(self, lines: list[AttendanceLine]) -> None:
        self.lines = list(lines)
        tz = zone(self.state.settings.timezone)
        self.table.setRowCount(len(self.lines))
        absent, points = 0, 0.0
        for i, ln in enumerate(self.lines):
            a = ln.assignment
            hours = f"{a.start.astimezone(tz):%m-%d %H:%M}\u2013{a.end.astimezone(tz):%H:%M}"
            vals = (
                hours,
                a.staff_name,
                a.staff_post,
                attendance_state_name(ln.state),
                time_text(ln.check_in) if ln.check_in else "",
                time_text(ln.check_out) if ln.check_out else "",
                f"{ln.points:g}" if ln.points else "",
            )
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                if ln.state == AttendanceState.ABSENT:
                    item.setForeground(theme.color("breached"))
                elif ln.state == AttendanceState.LATE:
                    item.setForeground(theme.color("warning"))
                if j == 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
            if ln.state == AttendanceState.ABSENT:
                absent += 1
                points += ln.points
        self.summary.setText(
            self.tr("Absences: {n}, assessment points: {p}").format(n=absent, p=f"{points:g}")
        )
        self._preselect_on_duty()
        self.lines_loaded.emit(self.lines)

    def record(self, how: str) -> None:
        sid = self.person.currentData()
        if not sid:
            self._show_error(self.tr("Choose the engineer."))
            return
        actor, note = self.state.actor, self.note.text().strip()

        def work(s):
            from opsdesk.services import roster_attendance

            fn = roster_attendance.check_in if how == "in" else roster_attendance.check_out
            return fn(s, sid, actor, note=note)

        self.error.hide()
        self.state.tasks.write(work, self._recorded, self._failed, tables=TABLES)

    def _recorded(self, rec: AttendanceRecord) -> None:
        self.note.clear()
        text = (
            self.tr("{name} checked in at {at}.")
            if rec.kind == "check_in"
            else self.tr("{name} checked out at {at}.")
        )
        self.message.setText(text.format(name=rec.staff_name, at=time_text(rec.at)))
        self.recorded.emit(rec)
        self.load()

    def has_unsaved_work(self) -> bool:
        return bool(self.note.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attendance"))
        self._labels[0].setText(self.tr("&Engineer:"))
        self._labels[1].setText(self.tr("&Note:"))
        self._labels[2].setText(self.tr("Duties from"))
        self._labels[3].setText(self.tr("to"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.check_out_button.setText(self.tr("Check &out"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Duty"),
                self.tr("Engineer"),
                self.tr("Post"),
                self.tr("State"),
                self.tr("Checked in"),
                self.tr("Checked out"),
                self.tr("Points"),
            ]
        )
        if self.lines:
            self._lines_arrived(self.lines)


def _list_staff_on(day: date):
    def query(s):
        from opsdesk.services import roster as roster_service

        return roster_service.list_staff(s, active_on=day)

    return query
