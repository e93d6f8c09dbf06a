"""The attendees of a meeting, edited in place: precedence rank, name, title, organisation (+ the seat)."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from opsdesk.domain.meetings import Attendee, NewAttendee, SeatPlan

_tr = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    RANK = 0
    NAME = 1
    TITLE = 2
    ORGANISATION = 3
    SEAT = 4


class AttendeesModel(QAbstractTableModel):
    edited = Signal(str, object)  # attendee id, NewAttendee (the whole row after the edit)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Attendee] = []
        self._seat: dict[str, str] = {}

    def set_attendees(self, rows: list[Attendee]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_plan(self, plan: SeatPlan | None) -> None:
        self._seat = {}
        if plan is not None:
            for s in plan.seats:
                if s.attendee_id:
                    self._seat[s.attendee_id] = str(s.order)
        if self._rows:
            self.dataChanged.emit(self.index(0, Col.SEAT), self.index(len(self._rows) - 1, Col.SEAT))

    def attendees(self) -> list[Attendee]:
        return list(self._rows)

    def attendee_at(self, row: int) -> Attendee:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            Col.RANK: _tr("AttendeesModel", "Rank"),
            Col.NAME: _tr("AttendeesModel", "Name"),
            Col.TITLE: _tr("AttendeesModel", "Title"),
            Col.ORGANISATION: _tr("AttendeesModel", "Organisation"),
            Col.SEAT: _tr("AttendeesModel", "Seat slot"),
        }.get(Col(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col is Col.RANK:
                return "" if a.rank is None else str(a.rank)
            if col is Col.NAME:
                return a.name
            if col is Col.TITLE:
                return a.title
            if col is Col.ORGANISATION:
                return a.organisation
            if col is Col.SEAT:
                return self._seat.get(a.id, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.RANK, Col.SEAT):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != Col.SEAT:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Show the edit at once and hand the whole row to the pane, which writes it (and reloads on a
        refusal, so a rejected value does not stay on screen)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        a = self._rows[index.row()]
        text = str(value if value is not None else "").strip()
        col = Col(index.column())
        if col is Col.RANK:
            if text == "":
                new = replace(a, rank=None)
            else:
                try:
                    new = replace(a, rank=int(text))
                except ValueError:
                    return False
        elif col is Col.NAME:
            new = replace(a, name=text)
        elif col is Col.TITLE:
            new = replace(a, title=text)
        elif col is Col.ORGANISATION:
            new = replace(a, organisation=text)
        else:
            return False
        if new == a:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.edited.emit(a.id, NewAttendee(new.name, new.title, new.organisation, new.rank))
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
