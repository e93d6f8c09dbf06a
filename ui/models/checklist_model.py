"""The lines of a checklist run: item (and venue for a per-venue item), result, value, who and when, ticket."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from opsdesk.domain.meetings import ChecklistRun, ItemKind, RunLine
from ui import theme
from ui.labels import local_time
from ui.widgets.meeting_labels import item_kind_name, outcome_color, outcome_name

_tr = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    ITEM = 0
    VENUE = 1
    KIND = 2
    RESULT = 3
    VALUE = 4
    STAMP = 5
    TICKET = 6


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.run: ChecklistRun | None = None
        self._lines: list[RunLine] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_run(self, run: ChecklistRun | None) -> None:
        keep = (
            run is not None
            and self.run is not None
            and run.id == self.run.id
            and len(run.lines) == len(self._lines)
        )
        self.run = run
        if keep and run is not None:
            self._lines = list(run.lines)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(Col) - 1))
            return
        self.beginResetModel()
        self._lines = list(run.lines) if run else []
        self.endResetModel()

    def line(self, row: int) -> RunLine:
        return self._lines[row]

    def lines(self) -> list[RunLine]:
        return list(self._lines)

    def next_open_row(self, after: int) -> int:
        """The next line without a result after `after` (wrapping), or `after + 1` when all are done."""
        n = len(self._lines)
        for k in range(1, n + 1):
            r = (after + k) % n
            if self._lines[r].result is None:
                return r
        return min(after + 1, n - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            Col.ITEM: _tr("ChecklistModel", "Item"),
            Col.VENUE: _tr("ChecklistModel", "Venue"),
            Col.KIND: _tr("ChecklistModel", "Kind"),
            Col.RESULT: _tr("ChecklistModel", "Result"),
            Col.VALUE: _tr("ChecklistModel", "Value / note"),
            Col.STAMP: _tr("ChecklistModel", "By, at"),
            Col.TICKET: _tr("ChecklistModel", "Ticket"),
        }.get(Col(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ln = self._lines[index.row()]
        col = Col(index.column())
        res = ln.result
        if role == Qt.ItemDataRole.DisplayRole:
            if col is Col.ITEM:
                star = "" if ln.item.required else _tr("ChecklistModel", " (optional)")
                section = f"{ln.item.section} · " if ln.item.section else ""
                return f"{section}{ln.item.label}{star}"
            if col is Col.VENUE:
                return ln.venue.name if ln.venue else ""
            if col is Col.KIND:
                k = ln.item.kind
                if k is ItemKind.READING:
                    return f"{item_kind_name(k)} {_range(ln)}"
                return item_kind_name(k)
            if col is Col.RESULT:
                return outcome_name(res.outcome if res else None)
            if col is Col.VALUE:
                if res is None:
                    return ""
                parts = [
                    p
                    for p in (
                        res.value + (f" {ln.item.unit}" if res.value and ln.item.unit else ""),
                        res.note,
                    )
                    if p.strip()
                ]
                return " · ".join(parts)
            if col is Col.STAMP:
                return f"{res.operator_name} {local_time(res.at):%H:%M:%S}" if res else ""
            if col is Col.TICKET:
                return res.ticket_code if res and res.ticket_id else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is Col.RESULT:
                return outcome_color(res.outcome if res else None)
            if col is Col.TICKET:
                return theme.color("primary")
            if col is Col.ITEM and ln.blocking and res is None:
                return theme.color("text")
            if res is not None and col is Col.ITEM:
                return theme.color("text_muted")
        if role == Qt.ItemDataRole.FontRole and col in (Col.RESULT, Col.TICKET):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.ITEM and ln.item.hint:
            return ln.item.hint
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.TICKET and res and res.ticket_id:
            return _tr("ChecklistModel", "T: show this ticket in the tickets pane")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(Col) - 1))


def _num(v: float) -> str:
    return f"{v:g}"


def _range(ln: RunLine) -> str:
    lo, hi, unit = ln.item.low, ln.item.high, ln.item.unit
    if lo is None and hi is None:
        return unit
    if lo is None:
        return f"≤ {_num(hi)} {unit}".strip()  # type: ignore[arg-type]
    if hi is None:
        return f"≥ {_num(lo)} {unit}".strip()
    return f"{_num(lo)}–{_num(hi)} {unit}".strip()


def range_text(ln: RunLine) -> str:
    return _range(ln)
