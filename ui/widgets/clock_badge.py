"""Painting of the SLA countdown badges in the ticket list (and their colours, shared with the detail view).

ok green, warning amber, breached red, paused blue "⏸", met a green "✓", no target a muted dash. The
text is drawn in a fixed-width digit font so a countdown does not jitter as it ticks.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from opsdesk.domain.enums import ClockState
from ui import theme
from ui.models.tickets_model import BADGE_ROLE


def badge_colors(state: ClockState) -> tuple[QColor | None, QColor]:
    """(fill or None, text colour) of a badge in the current theme."""
    if state is ClockState.OK:
        return theme.color("ok"), QColor("#ffffff")
    if state is ClockState.WARNING:
        return theme.color("warning"), QColor("#000000")
    if state is ClockState.BREACHED:
        return theme.color("breached"), QColor("#ffffff")
    if state is ClockState.PAUSED:
        return theme.color("primary"), theme.color("primary_text")
    if state is ClockState.MET:
        return None, theme.color("ok")
    return None, theme.color("text_muted")


def badge_font(base: QFont) -> QFont:
    f = QFont(base)
    f.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", *base.families()])
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setBold(True)
    return f


class ClockBadgeDelegate(QStyledItemDelegate):
    """Paints (ClockState, text) from BADGE_ROLE as a rounded badge over the row's background.

    Cheap by design (a screen of rows repaints every second): the model is asked directly (no QVariant
    round trip), fonts and colours are cached.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._font = QFont()
        self._fm = QFontMetrics(self._font)
        self._colors: dict[tuple[str, ClockState], tuple[QColor | None, QColor]] = {}

    def _metrics(self, base: QFont) -> tuple[QFont, QFontMetrics]:
        key = base.key()
        if key != self._font_key:
            self._font_key, self._font = key, badge_font(base)
            self._fm = QFontMetrics(self._font)
        return self._font, self._fm

    def _colors_of(self, state: ClockState) -> tuple[QColor | None, QColor]:
        key = (theme.current_theme(), state)
        got = self._colors.get(key)
        if got is None:
            got = self._colors[key] = badge_colors(state)
        return got

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.model()
        badge = model.data(index, BADGE_ROLE)
        if badge is None:
            super().paint(painter, option, index)
            return
        state, text = badge
        cell = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(cell, option.palette.highlight())
        else:
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if bg is not None:
                painter.fillRect(cell, bg)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, fm = self._metrics(option.font)
        painter.setFont(font)
        fill, fg = self._colors_of(state)
        w = min(cell.width() - 6, max(fm.horizontalAdvance(text) + 16, 40))
        h = min(cell.height() - 4, fm.height() + 4)
        rect = QRect(0, 0, max(w, 0), max(h, 0))
        rect.moveCenter(cell.center())
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, h / 2, h / 2)
        if state is ClockState.PAUSED:  # two bars: "⏸" is missing from many fonts
            bar_h = max(6, int(rect.height() * 0.55))
            bar_w = max(2, bar_h // 4)
            cx, top = rect.center().x(), rect.center().y() - bar_h // 2 + 1
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fg)
            painter.drawRect(cx - bar_w - 1, top, bar_w, bar_h)
            painter.drawRect(cx + 2, top, bar_w, bar_h)
        else:
            painter.setPen(fg)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        _font, fm = self._metrics(option.font)
        return QSize(fm.horizontalAdvance("-00:00:00") + 24, fm.height() + 8)
