"""The roll-call grid and its clock, driven from the keyboard.

Keys in the grid (the cursor moves on by itself, so a venue whose six signals are all fine takes one key):
  O, 1, Space  OK            F, 2  fault          N, 3  not applicable      Delete  clear
  A            the whole venue OK, then the next venue
  Enter        next venue     arrows / Tab  move
The clock counts from the request; the 3-minute requirement (002_…) colours it green, amber in the last
minute, red once missed; when every venue is ready it stops at the time it took.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from opsdesk.domain.meetings import SIGNALS, CellState, RollCall
from opsdesk.domain.meetings import Signal as Sig
from ui import theme
from ui.i18n import Retranslatable
from ui.models.rollcall_model import FIRST_SIGNAL, NAME_COL, READY_COL, RollcallModel, signal_of
from ui.widgets.meeting_labels import duration_text

_KEYS = {
    Qt.Key.Key_O: CellState.OK,
    Qt.Key.Key_1: CellState.OK,
    Qt.Key.Key_Space: CellState.OK,
    Qt.Key.Key_F: CellState.FAULT,
    Qt.Key.Key_2: CellState.FAULT,
    Qt.Key.Key_N: CellState.NA,
    Qt.Key.Key_3: CellState.NA,
    Qt.Key.Key_Delete: CellState.UNKNOWN,
    Qt.Key.Key_Backspace: CellState.UNKNOWN,
}
LAST_SIGNAL = FIRST_SIGNAL + len(SIGNALS) - 1
AMBER_BEFORE = timedelta(minutes=1)  # the clock turns amber with this much time left


class RollcallGrid(QTableView):
    cell_marked = Signal(int, object, object)  # row, Signal, CellState
    row_marked = Signal(int, object)  # row, CellState (every signal of the venue)

    def __init__(self, model: RollcallModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollcallGrid")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        fm = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(fm.height() + 12)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        for c in range(FIRST_SIGNAL, READY_COL + 1):
            hh.setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents
            )  # header words differ by language
        hh.setMinimumSectionSize(fm.horizontalAdvance("Fault") + 24)
        self.setMinimumWidth(fm.horizontalAdvance("M") * 12 + 7 * 80)

    @property
    def grid_model(self) -> RollcallModel:
        return self.model()  # type: ignore[return-value]

    def start(self) -> None:
        """Put the cursor on the first venue's first signal."""
        if self.grid_model.rowCount():
            self.setCurrentIndex(self.grid_model.index(0, FIRST_SIGNAL))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        idx = self.currentIndex()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if not idx.isValid() or mods not in (Qt.KeyboardModifier.NoModifier,):
            super().keyPressEvent(event)
            return
        row = idx.row()
        if key in _KEYS:
            sig = signal_of(idx.column())
            if sig is None:
                sig = SIGNALS[0]
                idx = self.grid_model.index(row, FIRST_SIGNAL)
            state = _KEYS[key]
            self.grid_model.set_cell(row, sig, state)
            self.cell_marked.emit(row, sig, state)
            if state is not CellState.UNKNOWN:
                self._advance(idx)
            return
        if key == Qt.Key.Key_A:
            for sig in SIGNALS:
                self.grid_model.set_cell(row, sig, CellState.OK)
            self.row_marked.emit(row, CellState.OK)
            self._goto_row(row + 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._goto_row(row + 1)
            return
        super().keyPressEvent(event)

    def _advance(self, idx: QModelIndex) -> None:
        if idx.column() < LAST_SIGNAL:
            self.setCurrentIndex(self.grid_model.index(idx.row(), idx.column() + 1))
        else:
            self._goto_row(idx.row() + 1)

    def _goto_row(self, row: int) -> None:
        if row < self.grid_model.rowCount():
            self.setCurrentIndex(self.grid_model.index(row, FIRST_SIGNAL))
        self.scrollTo(self.currentIndex())

    def current_signal(self) -> Sig | None:
        return signal_of(self.currentIndex().column())


class RollcallClock(Retranslatable, QLabel):
    """The big clock: elapsed since the request, coloured by the 3-minute requirement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollcallClock")
        self.rollcall: RollCall | None = None
        self.level = ""
        self._styled: tuple[str, str] | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 40)

    def set_rollcall(self, rc: RollCall | None, now: datetime) -> None:
        self.rollcall = rc
        self.tick(now)

    def tick(self, now: datetime) -> None:
        rc = self.rollcall
        if rc is None:
            self.level = ""
            self.setText("")
            self._style()
            return
        met = rc.met(now)
        ready = rc.all_ready_at
        if ready is not None:
            took = ready - rc.requested_at
            self.level = "ok" if met else "breached"
            text = self.tr("All {n} venues ready after {t}").format(n=len(rc.venues), t=duration_text(took))
        else:
            elapsed = rc.elapsed(now)
            left = rc.remaining(now)
            if met is False:
                self.level = "breached"
                text = self.tr("{t} since the request \u2014 3-minute limit missed").format(
                    t=duration_text(elapsed)
                )
            else:
                self.level = "warning" if left <= AMBER_BEFORE else "ok"
                text = self.tr("{t} since the request \u2014 {left} left to be ready").format(
                    t=duration_text(elapsed), left=duration_text(left)
                )
        self.setText(text)
        self._style()

    def _style(self) -> None:
        """Inline style from the theme's named colours (base.qss is shared; the level is this widget's)."""
        key = (self.level, theme.current_theme())
        if key == self._styled:
            return
        self._styled = key
        fill, fg = {
            "ok": (theme.color("ok").name(), "#ffffff"),
            "warning": (theme.color("warning").name(), "#000000"),
            "breached": (theme.color("breached").name(), "#ffffff"),
        }.get(self.level, ("transparent", theme.color("text").name()))
        self.setStyleSheet(
            f"QLabel#rollcallClock {{ background: {fill}; color: {fg}; font-size: 15pt; font-weight: bold;"
            " border-radius: 4px; padding: 6px 12px; }"
        )

    def retranslate(self) -> None:
        if self.rollcall is not None:
            from opsdesk.timeutil import utcnow

            self.tick(utcnow())
