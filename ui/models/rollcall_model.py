"""The video roll-call grid (会场点名): one row per venue, one column per signal, then the venue's ready time.

A keyboard mark is shown at once (`set_cell`) and written on the database worker; the answer (the whole
roll-call as the service sees it) replaces the rows, so the ready times always come from the core.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from opsdesk.domain.meetings import SIGNALS, CellState, RollCall, Signal, VenueStatus
from ui import theme
from ui.widgets.meeting_labels import cell_color, cell_text, duration_text, signal_name

_tr = QCoreApplication.translate
NAME_COL = 0
FIRST_SIGNAL = 1
READY_COL = FIRST_SIGNAL + len(SIGNALS)
Index = QModelIndex | QPersistentModelIndex


def signal_of(column: int) -> Signal | None:
    i = column - FIRST_SIGNAL
    return SIGNALS[i] if 0 <= i < len(SIGNALS) else None


class RollcallModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rollcall: RollCall | None = None
        self._rows: list[VenueStatus] = []
        self._cells: list[dict[Signal, CellState]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- data in ---------------------------------------------------------------------------------
    def set_rollcall(self, rc: RollCall | None) -> None:
        same = rc is not None and self.rollcall is not None and rc.id == self.rollcall.id
        same = same and [v.venue.id for v in rc.venues] == [v.venue.id for v in self._rows]
        self.rollcall = rc
        if same and rc is not None:
            self._rows = list(rc.venues)
            self._cells = [dict(v.cells) for v in self._rows]
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, READY_COL))
            return
        self.beginResetModel()
        self._rows = list(rc.venues) if rc else []
        self._cells = [dict(v.cells) for v in self._rows]
        self.endResetModel()

    def set_cell(self, row: int, sig: Signal, state: CellState) -> None:
        if 0 <= row < len(self._cells):
            self._cells[row][sig] = state
            col = FIRST_SIGNAL + SIGNALS.index(sig)
            self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def venue_at(self, row: int) -> VenueStatus:
        return self._rows[row]

    def cell(self, row: int, sig: Signal) -> CellState:
        return self._cells[row].get(sig, CellState.UNKNOWN)

    def ready_count(self) -> int:
        return sum(1 for v in self._rows if v.ready_at is not None)

    # ---- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else READY_COL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COL:
            return _tr("RollcallModel", "Venue")
        if section == READY_COL:
            return _tr("RollcallModel", "Ready after")
        sig = signal_of(section)
        return signal_name(sig) if sig else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        v = self._rows[row]
        sig = signal_of(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME_COL:
                return v.venue.name
            if col == READY_COL:
                return self._ready_text(v)
            return cell_text(self._cells[row].get(sig, CellState.UNKNOWN)) if sig else None
        if role == Qt.ItemDataRole.BackgroundRole and sig is not None:
            return cell_color(self._cells[row].get(sig, CellState.UNKNOWN))
        if role == Qt.ItemDataRole.ForegroundRole:
            if sig is not None:
                st = self._cells[row].get(sig, CellState.UNKNOWN)
                return (
                    QColor("#000000")
                    if st is CellState.NA
                    else (
                        QColor("#ffffff")
                        if st in (CellState.OK, CellState.FAULT)
                        else theme.color("text_muted")
                    )
                )
            if col == READY_COL and self.rollcall is not None:
                met = self.rollcall.venue_met(v)
                return theme.color("ok") if met else theme.color("breached") if met is False else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col != NAME_COL:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and (sig is not None or col == READY_COL):
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole and sig is not None:
            return (
                f"{v.venue.name} {signal_name(sig)} {cell_text(self._cells[row].get(sig, CellState.UNKNOWN))}"
            )
        return None

    def _ready_text(self, v: VenueStatus) -> str:
        if v.ready_at is None or self.rollcall is None:
            return ""
        return duration_text(v.ready_at - self.rollcall.requested_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, READY_COL)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, READY_COL))
