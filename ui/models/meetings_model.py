"""The meetings list: start, kind, title, place, venues, responsible engineer (oldest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from opsdesk.domain.meetings import Meeting
from ui import theme
from ui.widgets.meeting_labels import kind_color, kind_name, kind_short, start_text

_tr = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    START = 0
    KIND = 1
    TITLE = 2
    PLACE = 3
    VENUES = 4
    RESPONSIBLE = 5


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Meeting] = []

    def set_meetings(self, meetings: list[Meeting]) -> None:
        self.beginResetModel()
        self._rows = list(meetings)
        self.endResetModel()

    def meetings(self) -> list[Meeting]:
        return list(self._rows)

    def meeting_at(self, row: int) -> Meeting:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.START: _tr("MeetingsModel", "Starts"),
            Col.KIND: _tr("MeetingsModel", "Kind"),
            Col.TITLE: _tr("MeetingsModel", "Meeting"),
            Col.PLACE: _tr("MeetingsModel", "Place"),
            Col.VENUES: _tr("MeetingsModel", "Venues"),
            Col.RESPONSIBLE: _tr("MeetingsModel", "Responsible"),
        }.get(Col(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is Col.START:
                return start_text(m.starts_at)
            if col is Col.KIND:
                return kind_short(m.kind)  # the full name is the tooltip: the title needs the width
            if col is Col.TITLE:
                return m.title + (_tr("MeetingsModel", " (cancelled)") if m.cancelled else "")
            if col is Col.PLACE:
                return m.room_name or m.place
            if col is Col.VENUES:
                return str(len(m.venues))
            if col is Col.RESPONSIBLE:
                return m.responsible_name
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.KIND:
            return kind_name(m.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.TITLE:
            return "\n".join([m.title, ", ".join(v.name for v in m.venues)])
        if role == Qt.ItemDataRole.ForegroundRole:
            if m.cancelled:
                return theme.color("text_muted")
            if col is Col.KIND:
                return kind_color(m.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col is Col.VENUES:
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return m.id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Col) - 1))
