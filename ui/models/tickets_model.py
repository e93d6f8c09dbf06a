"""The ticket list: TicketRow by id, updated in place, with live clock badges.

data() is O(1): display strings are built once per row on first access and cached; the badges are
computed from the row's cached deadlines (as epoch seconds) and the model's `now`, which the pane's 1 s
timer advances with `tick(first, last)` for the visible rows only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from opsdesk.domain.enums import OPEN_STATUSES, ClockState, TicketStatus
from opsdesk.domain.tickets import TicketRow
from ui import theme
from ui.clock_rule import row_clock_state, running_state
from ui.labels import category_name, status_name, time_text

_tr = QCoreApplication.translate

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (ClockState, text) for the badge delegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the ticket id of a row
RISK_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's worst running clock: OK / WARNING / BREACHED


class Col(IntEnum):
    CODE = 0
    PRIORITY = 1
    TITLE = 2
    ROOM = 3
    STATUS = 4
    RESPOND = 5
    ARRIVE = 6
    RESOLVE = 7


BADGE_COLUMNS = (Col.RESPOND, Col.ARRIVE, Col.RESOLVE)
_FIRST_BADGE = int(Col.RESPOND)
_NCOLS = len(Col)
_OK = ClockState.OK
_PRIORITY_COL = int(Col.PRIORITY)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _ALIGN, _FONT, _TOOLTIP, BADGE_ROLE, ID_ROLE, RISK_ROLE})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

# server-side sort keys (opsdesk.services.tickets.SORT_COLUMNS) for each column
SORT_KEYS: dict[Col, str] = {
    Col.CODE: "code",
    Col.PRIORITY: "priority",
    Col.TITLE: "title",
    Col.ROOM: "room",
    Col.STATUS: "status",
    Col.RESPOND: "respond_due",
    Col.ARRIVE: "arrive_due",
    Col.RESOLVE: "resolve_due",
}


@dataclass(slots=True)
class _Cached:
    """What data() needs of one row, prepared once: texts, and deadlines as epoch seconds."""

    texts: tuple[str, str, str, str, str]
    is_open: bool
    paused: bool
    # per clock: (due, warn, done)
    clocks: tuple[tuple[float | None, float | None, str | None], ...]
    # the row's risk and tint, worked out once per `now` (a row has eight cells to paint)
    risk_at: float = -1.0
    risk: ClockState = ClockState.OK
    tint: QBrush | None = None


def _ts(value) -> float | None:
    return None if value is None else value.timestamp()


def format_remaining(seconds: float) -> str:
    """12:34 under an hour, 3:12:34 above, -0:05:10 when overdue (whole seconds, counting down)."""
    neg = seconds < 0
    s = int(-seconds) if neg else int(seconds)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    text = f"{h}:{m:02d}:{sec:02d}" if h or neg else f"{m:02d}:{sec:02d}"
    return f"-{text}" if neg else text


def badge_for(
    due: float | None, warn: float | None, done: str | None, *, is_open: bool, paused: bool, now: float
) -> tuple[ClockState, str]:
    """A clock's badge in the list from the cached deadlines alone (no event replay)."""
    state = row_clock_state(due, warn, done, is_open=is_open, paused=paused, now=now)
    if state is ClockState.NONE:
        return state, "—"
    if state is ClockState.MET:
        return state, "✓"
    if state is ClockState.PAUSED:
        return state, "⏸"
    if done == ClockState.BREACHED.value:  # stopped late
        return state, _tr("TicketsModel", "✗ late")
    assert due is not None
    return state, format_remaining(due - now)


class TicketsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TicketRow] = []
        self._index: dict[str, int] = {}
        self._cache: list[_Cached | None] = []
        self._risk: dict[int, ClockState] = {}  # last risk state painted, for visible rows
        self.now = time.time()
        self.urgent_codes: frozenset[str] = frozenset({"P1"})  # shown bold: the profile's top level
        self._status_names: dict[TicketStatus, str] = {}
        self._brushes: dict[tuple[str, ClockState], QBrush] = {}
        self._bold_font: QFont | None = None

    # ---- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _NCOLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_texts()[section]

    @staticmethod
    def header_texts() -> list[str]:
        return [
            _tr("TicketsModel", "Code"),
            _tr("TicketsModel", "Priority"),
            _tr("TicketsModel", "Title"),
            _tr("TicketsModel", "Location"),
            _tr("TicketsModel", "Status"),
            _tr("TicketsModel", "Respond"),
            _tr("TicketsModel", "On site"),
            _tr("TicketsModel", "Resolve"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called a few thousand times per repaint: plain int comparisons, cached texts, no enum calls.
        if role not in _ROLES:
            return None
        r, c = index.row(), index.column()
        if r < 0 or r >= len(self._rows):
            return None
        cached = self._cache[r] or self._prepare(r)
        badge = c >= _FIRST_BADGE
        if role == _DISPLAY:
            return self._badge(cached, c)[1] if badge else cached.texts[c]
        if role == _BACKGROUND:
            return self._risk_of(cached).tint
        if role == BADGE_ROLE:
            return self._badge(cached, c) if badge else None
        if role == _ALIGN:
            return _CENTER if badge else None
        if role == _FONT:
            return self._bold() if c == _PRIORITY_COL and cached.texts[1] in self.urgent_codes else None
        if role == _TOOLTIP:
            return self._tooltip(r)
        if role == ID_ROLE:
            return self._rows[r].id
        if role == RISK_ROLE:
            return self._risk_of(cached).risk
        return None

    def cell(self, r: int, c: int) -> tuple[str, ClockState | None, QBrush | None, bool]:
        """What the list's delegate paints in one cell, in one call: (text, badge state or None for a
        text cell, row tint or None, bold)."""
        cached = self._cache[r] or self._prepare(r)
        if cached.risk_at != self.now:
            self._risk_of(cached)
        if c >= _FIRST_BADGE:
            state, text = self._badge(cached, c)
            return text, state, cached.tint, False
        text = cached.texts[c]
        return text, None, cached.tint, c == _PRIORITY_COL and text in self.urgent_codes

    # ---- rows ------------------------------------------------------------------------------------
    def set_rows(self, rows: list[TicketRow], index: dict[str, int] | None = None) -> list[TicketRow]:
        """Replace every row: only when the filter or the sort changed. Returns the previous rows.

        `index` (id -> row) may be built by the caller off the GUI thread; the previous rows are handed
        back so that a big list can be released off the GUI thread too.
        """
        old = self._rows
        self.beginResetModel()
        self._rows = rows
        self._index = index if index is not None else {row.id: i for i, row in enumerate(rows)}
        self._cache = [None] * len(rows)
        self._risk.clear()
        self.endResetModel()
        return old

    def update_rows(self, rows: list[TicketRow]) -> list[TicketRow]:
        """Update known rows in place; return those the model does not hold (new tickets)."""
        unknown: list[TicketRow] = []
        for row in rows:
            i = self._index.get(row.id)
            if i is None:
                unknown.append(row)
                continue
            self._rows[i] = row
            self._cache[i] = None
            self._risk.pop(i, None)
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(Col) - 1))
        return unknown

    def insert_rows_at_top(self, rows: list[TicketRow]) -> None:
        """New tickets go first: the operator just filed them and wants to see them."""
        rows = [r for r in rows if r.id not in self._index]
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[0:0] = rows
        self._cache[0:0] = [None] * len(rows)
        self._index = {row.id: i for i, row in enumerate(self._rows)}
        self._risk.clear()
        self.endInsertRows()

    def row_of(self, ticket_id: str) -> int:
        return self._index.get(ticket_id, -1)

    def ticket_at(self, row: int) -> TicketRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[TicketRow]:
        return list(self._rows)

    # ---- live badges -----------------------------------------------------------------------------
    def tick(self, first: int, last: int, now: float | None = None) -> None:
        """Advance the clock; repaint the badges of rows first..last (the visible ones) only.

        A row whose tint changes (turned amber or red) is repainted whole.
        """
        self.now = time.time() if now is None else now
        if not self._rows or first < 0:
            return
        last = min(last, len(self._rows) - 1)
        if last < first:
            return
        self.dataChanged.emit(
            self.index(first, Col.RESPOND),
            self.index(last, Col.RESOLVE),
            [Qt.ItemDataRole.DisplayRole, BADGE_ROLE],
        )
        for r in range(first, last + 1):
            cached = self._cache[r] or self._prepare(r)
            risk = self._risk_of(cached).risk
            if self._risk.get(r, risk) is not risk:
                self.dataChanged.emit(
                    self.index(r, 0), self.index(r, Col.STATUS), [Qt.ItemDataRole.BackgroundRole]
                )
            self._risk[r] = risk

    def retranslate(self) -> None:
        """Texts depend on the language (and colours on the theme): drop the caches, repaint."""
        self._cache = [None] * len(self._rows)
        self._status_names.clear()
        self._brushes.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Col) - 1))

    # ---- internals -------------------------------------------------------------------------------
    def _prepare(self, r: int) -> _Cached:
        row = self._rows[r]
        status = self._status_names.get(row.status)
        if status is None:
            status = self._status_names[row.status] = status_name(row.status)
        cached = _Cached(
            texts=(row.code, row.priority, row.title, row.room_name, status),
            is_open=row.status in OPEN_STATUSES,
            paused=row.paused,
            clocks=(
                (_ts(row.respond_due), _ts(row.respond_warn), row.respond_done),
                (_ts(row.arrive_due), _ts(row.arrive_warn), row.arrive_done),
                (_ts(row.resolve_due), _ts(row.resolve_warn), row.resolve_done),
            ),
        )
        self._cache[r] = cached
        return cached

    def _tooltip(self, r: int) -> str:
        """Only when the pointer rests on a row: not worth caching."""
        row = self._rows[r]
        lines = [
            f"{row.code}  {row.title}",
            f"{category_name(row.category)} · {row.room_name}"
            if row.room_name
            else category_name(row.category),
            _tr("TicketsModel", "Created {time}").format(time=time_text(row.created_at)),
        ]
        if row.assignee_name:
            lines.append(_tr("TicketsModel", "Assignee: {name}").format(name=row.assignee_name))
        return "\n".join(lines)

    def _badge(self, cached: _Cached, c: int) -> tuple[ClockState, str]:
        i = c - _FIRST_BADGE
        due, warn, done = cached.clocks[i]
        return badge_for(
            due, warn, done, is_open=cached.is_open, paused=cached.paused and i > 0, now=self.now
        )

    def _tint(self, risk: ClockState) -> QBrush:
        key = (theme.current_theme(), risk)
        brush = self._brushes.get(key)
        if brush is None:
            tint = QColor(theme.color("breached" if risk is ClockState.BREACHED else "warning"))
            tint.setAlpha(70 if risk is ClockState.BREACHED else 55)
            brush = self._brushes[key] = QBrush(tint)
        return brush

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

    def _risk_of(self, cached: _Cached) -> _Cached:
        if cached.risk_at != self.now:
            cached.risk = risk = self._row_risk(cached)
            cached.tint = None if risk is _OK else self._tint(risk)
            cached.risk_at = self.now
        return cached

    def _row_risk(self, cached: _Cached) -> ClockState:
        """The worst running clock of an open ticket (as the at-risk filter counts it)."""
        if not cached.is_open:
            return ClockState.OK
        worst = ClockState.OK
        for i, (due, warn, done) in enumerate(cached.clocks):
            if done is not None or due is None or (cached.paused and i > 0):
                continue
            state = running_state(due, warn, self.now)
            if state is ClockState.BREACHED:
                return state
            if state is ClockState.WARNING:
                worst = state
        return worst
