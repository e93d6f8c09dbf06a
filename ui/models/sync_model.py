"""The sync view's tables: open conflicts, and changes the server set aside.

Rows are the frozen dataclasses of opsdesk.sync.conflicts (ConflictInfo, RejectedOp), read by attribute
name, so the models show what the service returns; tables and fields are shown in words (ui/sync_words).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ui.labels import time_text
from ui.sync_words import column_name, rejected_reason_text, table_name

_tr = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def value_text(value: Any) -> str:
    """A stored value as the operator reads it: empty shown as a dash, long text on one line."""
    if value is None or value == "":
        return "\u2014"
    text = str(value)
    return text.replace("\n", " \u21b5 ")


class _RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class ConflictCol(IntEnum):
    WHEN = 0
    TABLE = 1
    RECORD = 2
    FIELD = 3
    BASE = 4
    LOCAL = 5
    REMOTE = 6
    CONSOLE = 7


class ConflictsModel(_RowsModel):
    """Open conflicts: where (table, record, field), and the three values: before, here, there."""

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ConflictCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ConflictCol.WHEN: _tr("sync", "When"),
            ConflictCol.TABLE: _tr("sync", "Kind of record"),
            ConflictCol.RECORD: _tr("sync", "Record"),
            ConflictCol.FIELD: _tr("sync", "Field"),
            ConflictCol.BASE: _tr("sync", "Before"),
            ConflictCol.LOCAL: _tr("sync", "This console"),
            ConflictCol.REMOTE: _tr("sync", "Other console"),
            ConflictCol.CONSOLE: _tr("sync", "From console"),
        }.get(ConflictCol(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        c = self.row_at(index.row()) if index.isValid() else None
        if c is None:
            return None
        if role == ID_ROLE:
            return c.id
        col = ConflictCol(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and col in (
            ConflictCol.BASE,
            ConflictCol.LOCAL,
            ConflictCol.REMOTE,
        ):
            values = {ConflictCol.BASE: c.base_value, ConflictCol.LOCAL: c.local_value}
            return "" if values.get(col, c.remote_value) is None else str(values.get(col, c.remote_value))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is ConflictCol.WHEN:
            return time_text(c.created_at)
        if col is ConflictCol.TABLE:
            return table_name(c.table)
        if col is ConflictCol.RECORD:
            return record_text(c)
        if col is ConflictCol.FIELD:
            if getattr(c, "kind", "edit") == "delete":
                return _tr("sync", "Deleted on the other console")
            return column_name(c.column)
        if col is ConflictCol.BASE:
            return value_text(c.base_value)
        if col is ConflictCol.LOCAL:
            return value_text(c.local_value)
        if col is ConflictCol.REMOTE:
            return value_text(c.remote_value)
        return getattr(c, "origin_console", "")


def record_text(row: Any) -> str:
    """The record's own label (a ticket's code and title) when the service knows it, else its id."""
    return getattr(row, "record", "") or row.row_id


class RejectedCol(IntEnum):
    WHEN = 0
    TABLE = 1
    RECORD = 2
    CHANGE = 3
    REASON = 4


class RejectedModel(_RowsModel):
    """Changes of this console the server refused: set aside so the queue goes on, shown with why."""

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RejectedCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            RejectedCol.WHEN: _tr("sync", "When"),
            RejectedCol.TABLE: _tr("sync", "Kind of record"),
            RejectedCol.RECORD: _tr("sync", "Record"),
            RejectedCol.CHANGE: _tr("sync", "Change"),
            RejectedCol.REASON: _tr("sync", "Why it was set aside"),
        }.get(RejectedCol(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == ID_ROLE:
            return r.op_id
        col = RejectedCol(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and col is RejectedCol.REASON:
            return str(getattr(r, "detail", "") or "") or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is RejectedCol.WHEN:
            return time_text(r.created_at)
        if col is RejectedCol.TABLE:
            return table_name(r.table)
        if col is RejectedCol.RECORD:
            return record_text(r)
        if col is RejectedCol.CHANGE:
            return _tr("sync", "New record") if r.kind == "insert" else _tr("sync", "Edit")
        return rejected_reason_text(r.reason)
