"""Video roll-call (会场点名 / 视频点名): start one from the request, mark every venue's signals by keyboard,
watch the 3-minute clock, close it.

A roll-call belongs to the selected meeting (its venues) or stands alone (every active venue): a 24-hour
video roll-call request often comes with no meeting. Marks are shown at once and written in order on the
database worker; the core's answer (ready times) replaces the grid.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import SIGNALS, CellState, Meeting, RollCall
from opsdesk.domain.meetings import Signal as Sig
from opsdesk.timeutil import utcnow
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.models.rollcall_model import RollcallModel
from ui.state import DeskState
from ui.widgets.rollcall_grid import RollcallClock, RollcallGrid

TABLES = {"rollcalls", "rollcall_marks"}


class RollcallPanel(Retranslatable, QWidget):
    rollcall_changed = Signal(object)  # RollCall after each answer of the core
    marks_written = Signal(int)  # marks confirmed so far (tests and the benchmark wait on it)

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = state.tasks
        self.meeting: Meeting | None = None
        self.rollcall: RollCall | None = None
        self.written = 0
        self._inflight = 0  # marks sent and not answered yet
        self._history: list[RollCall] = []

        self.title = QLineEdit(objectName="rollcallTitle")
        self.ago = QSpinBox()
        self.ago.setRange(0, 60)
        self.ago_label = QLabel()
        self.ago_label.setBuddy(self.ago)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_new)
        self.history = QComboBox()
        self.history.setMinimumContentsLength(24)
        self.history.activated.connect(self._history_chosen)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_rollcall)
        self.summary = QLabel(wordWrap=True)
        self.keys_hint = QLabel(objectName="dialogHint", wordWrap=True)
        self.clock = RollcallClock()
        self.model = RollcallModel(self)
        self.grid = RollcallGrid(self.model)
        self.grid.cell_marked.connect(self._cell_marked)
        self.grid.row_marked.connect(self._row_marked)

        start = QHBoxLayout()
        start.addWidget(self.title, 2)
        start.addWidget(self.ago_label)
        start.addWidget(self.ago)
        start.addWidget(self.start_button)
        start.addSpacing(12)
        start.addWidget(self.history, 1)
        head = QHBoxLayout()
        head.addWidget(self.clock, 1)
        head.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(start)
        lay.addLayout(head)
        lay.addWidget(self.summary)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.keys_hint)

        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(lambda: self.clock.tick(utcnow()))
        self._timer.start()
        self.retranslate()
        self._show()

    # ---- meeting and history ---------------------------------------------------------------------
    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        if meeting is not None and not self.title.isModified():
            self.title.setText(meeting.title)
        self.load_history()

    def load_history(self) -> None:
        from opsdesk.services import rollcall

        mid = self.meeting.id if self.meeting else None
        self.tasks.read(
            lambda s: rollcall.list_rollcalls(s, meeting_id=mid, limit=20),
            self._history_arrived,
            self._failed,
        )

    def _history_arrived(self, items: list[RollCall]) -> None:
        self._history = list(items)
        self.history.blockSignals(True)
        self.history.clear()
        self.history.addItem(self.tr("Earlier roll-calls\u2026"), "")
        for rc in self._history:
            self.history.addItem(f"{time_text(rc.requested_at)} {rc.title}", rc.id)
        self.history.blockSignals(False)
        if self.rollcall is None and self._history and self._history[0].closed_at is None:
            self.set_rollcall(self._history[0])

    def _history_chosen(self, index: int) -> None:
        rid = self.history.itemData(index)
        if rid:
            from opsdesk.services import rollcall

            self.tasks.read(
                lambda s: rollcall.get_rollcall(s, rid),
                lambda rc: self.set_rollcall(rc, focus=True),
                self._failed,
            )

    # ---- start, mark, close ----------------------------------------------------------------------
    def start_new(self) -> None:
        from opsdesk.services import meetings, rollcall

        title = self.title.text().strip() or self.tr("Video roll-call")
        actor, meeting = self.state.actor, self.meeting
        requested = utcnow() - timedelta(minutes=self.ago.value())

        def work(s) -> RollCall:
            if meeting is not None and meeting.venues:
                ids = [v.id for v in meeting.venues]
            else:
                ids = [v.id for v in meetings.list_venues(s)]
            return rollcall.start_rollcall(
                s, title, ids, actor, meeting_id=meeting.id if meeting else None, requested_at=requested
            )

        self.start_button.setEnabled(False)

        def done(rc: RollCall) -> None:
            self.start_button.setEnabled(True)
            self.written = 0
            self.set_rollcall(rc, focus=True)
            self.load_history()

        def failed(exc: BaseException) -> None:
            self.start_button.setEnabled(True)
            self._failed(exc)

        self.tasks.write(work, done, failed, tables=TABLES, ids=lambda rc: [rc.id])

    def set_rollcall(self, rc: RollCall, *, focus: bool = False) -> None:
        first = self.rollcall is None or self.rollcall.id != rc.id
        self.rollcall = rc
        keep = self.grid.currentIndex()
        self.model.set_rollcall(rc)
        self.clock.set_rollcall(rc, utcnow())
        self._show()
        if first:
            self.grid.start()
        elif keep.isValid():
            self.grid.setCurrentIndex(self.model.index(keep.row(), keep.column()))
        if focus:
            self.grid.setFocus()
        self.rollcall_changed.emit(rc)

    def _cell_marked(self, row: int, sig: Sig, state: CellState) -> None:
        from opsdesk.services import rollcall

        rc = self.rollcall
        if rc is None or rc.closed_at is not None:
            return
        rid, vid, actor = rc.id, self.model.venue_at(row).venue.id, self.state.actor
        self._inflight += 1
        self.tasks.write(
            lambda s: rollcall.mark(s, rid, vid, sig, state, actor),
            self._marked,
            self._failed,
            tables=TABLES,
            ids=lambda _rc: [rid],
        )

    def _row_marked(self, row: int, state: CellState) -> None:
        from opsdesk.services import rollcall

        rc = self.rollcall
        if rc is None or rc.closed_at is not None:
            return
        rid, vid, actor = rc.id, self.model.venue_at(row).venue.id, self.state.actor
        self._inflight += 1
        self.tasks.write(
            lambda s: rollcall.mark_venue(s, rid, vid, state, actor),
            self._marked,
            self._failed,
            tables=TABLES,
            ids=lambda _rc: [rid],
        )

    def _marked(self, rc: RollCall) -> None:
        self.written += 1
        self._inflight = max(0, self._inflight - 1)
        if self._inflight == 0:  # the last answer of a burst: show the core's view (ready times)
            self.set_rollcall(rc)
        else:
            self.rollcall = rc
            self.clock.set_rollcall(rc, utcnow())
            self._show()
        self.marks_written.emit(self.written)

    def external_change(self) -> None:
        """Marks changed elsewhere (another console): reload, unless our own marks are still on the way."""
        from opsdesk.services import rollcall

        rc = self.rollcall
        if rc is None or self._inflight:
            return
        rid = rc.id
        self.tasks.read(lambda s: rollcall.get_rollcall(s, rid), self._reloaded, lambda _e: None)

    def _reloaded(self, rc: RollCall) -> None:
        if self._inflight == 0 and self.rollcall is not None and rc.id == self.rollcall.id:
            self.set_rollcall(rc)

    def close_rollcall(self) -> None:
        from opsdesk.services import rollcall

        rc = self.rollcall
        if rc is None or rc.closed_at is not None:
            return
        rid, actor = rc.id, self.state.actor
        self.tasks.write(
            lambda s: rollcall.close_rollcall(s, rid, actor),
            self.set_rollcall,
            self._failed,
            tables=TABLES,
            ids=lambda _rc: [rid],
        )

    def _failed(self, exc: BaseException) -> None:
        self._inflight = max(0, self._inflight - 1)
        if self.rollcall is not None:  # undo what the grid showed before the refusal
            self.model.set_rollcall(self.rollcall)
        QMessageBox.warning(self, self.tr("Roll-call"), describe(exc))

    # ---- display ---------------------------------------------------------------------------------
    def _show(self) -> None:
        rc = self.rollcall
        self.close_button.setEnabled(rc is not None and rc.closed_at is None)
        if rc is None:
            self.summary.setText(
                self.tr("No roll-call running. Type a title and press Start when the request comes in.")
            )
            return
        ready = self.model.ready_count()
        cells = sum(1 for v in rc.venues for st in v.cells.values() if st is not CellState.UNKNOWN)
        faults = sum(1 for v in rc.venues for st in v.cells.values() if st is CellState.FAULT)
        text = self.tr(
            "{title}: requested {at} by {who}; {ready} of {n} venues ready, {cells} of {total} checks "
            "recorded, {faults} faults."
        ).format(
            title=rc.title,
            at=time_text(rc.requested_at, seconds=True),
            who=rc.requested_by_name,
            ready=ready,
            n=len(rc.venues),
            cells=cells,
            total=len(rc.venues) * len(SIGNALS),
            faults=faults,
        )
        if rc.closed_at is not None:
            text += " " + self.tr("Closed {at}.").format(at=time_text(rc.closed_at, seconds=True))
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Roll-call title"))
        self.ago_label.setText(self.tr("Requested &minutes ago:"))
        self.start_button.setText(self.tr("&Start roll-call"))
        self.close_button.setText(self.tr("C&lose roll-call"))
        self.keys_hint.setText(
            self.tr(
                "Keys: O or 1 or Space OK \u00b7 F or 2 fault \u00b7 N or 3 not applicable \u00b7 "
                "A whole venue OK \u00b7 Delete clear \u00b7 Enter next venue \u00b7 arrows move"
            )
        )
        if self.history.count():
            self.history.setItemText(0, self.tr("Earlier roll-calls\u2026"))
        self.model.retranslate()
        self._show()
