"""SLA countdown badges: their colours (shared with the detail view) and a cheap painter for the list.

ok green, warning amber, breached red, paused blue bars, met a green "✓", no target a muted dash. The
text is drawn in a fixed-width digit font so a countdown does not jitter as it ticks. A screen of badges
repaints every second and on every scroll step, so the rounded pill (antialiased, the costly part) is
rendered once per (state, size) into a pixmap; only the text is drawn per paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap

from opsdesk.domain.enums import ClockState
from ui import theme

_PAUSED = ClockState.PAUSED


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


class BadgePainter:
    """Draws badges centred in cells. Call `set_font` when the base font may have changed (once per
    repaint is cheap); everything derived from it, and the pills, are cached."""

    _LIMIT = 4096  # cached text widths; countdown texts change every second

    def __init__(self) -> None:
        self._font_key = ""
        self._theme = ""
        self._dpr = 1.0
        self.font = QFont()
        self._fm = QFontMetrics(self.font)
        self._ascent = self._height = 0
        self._widths: dict[str, int] = {}
        self._pills: dict[tuple[ClockState, int, int], QPixmap] = {}
        self._colors: dict[ClockState, tuple[QColor | None, QColor]] = {}

    def set_font(self, base: QFont, dpr: float = 1.0) -> None:
        key, current = base.key(), theme.current_theme()
        if key == self._font_key and current == self._theme and dpr == self._dpr:
            return
        self._font_key, self._theme, self._dpr = key, current, dpr
        self.font = badge_font(base)
        self._fm = QFontMetrics(self.font)
        self._ascent, self._height = self._fm.ascent(), self._fm.height()
        self._widths.clear()
        self._pills.clear()
        self._colors.clear()

    def width_hint(self) -> int:
        return self._fm.horizontalAdvance("-00:00:00") + 24

    def _width(self, text: str) -> int:
        w = self._widths.get(text)
        if w is None:
            if len(self._widths) > self._LIMIT:
                self._widths.clear()
            w = self._widths[text] = self._fm.horizontalAdvance(text)
        return w

    def _colors_of(self, state: ClockState) -> tuple[QColor | None, QColor]:
        got = self._colors.get(state)
        if got is None:
            got = self._colors[state] = badge_colors(state)
        return got

    def _pill(self, state: ClockState, w: int, h: int, fill: QColor, fg: QColor) -> QPixmap:
        key = (state, w, h)
        pm = self._pills.get(key)
        if pm is None:
            pm = QPixmap(round(w * self._dpr), round(h * self._dpr))
            pm.setDevicePixelRatio(self._dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRoundedRect(QRectF(0, 0, w, h), h / 2, h / 2)
            if state is _PAUSED:  # two bars: "⏸" is missing from many fonts
                bar_h = max(6, int(h * 0.55))
                bar_w = max(2, bar_h // 4)
                cx, top = w // 2, (h - bar_h) // 2 + 1
                p.setBrush(fg)
                p.drawRect(cx - bar_w - 1, top, bar_w, bar_h)
                p.drawRect(cx + 2, top, bar_w, bar_h)
            p.end()
            self._pills[key] = pm
        return pm

    def paint(self, painter: QPainter, cell: QRect, state: ClockState, text: str) -> None:
        fill, fg = self._colors_of(state)
        tw = self._width(text)
        cw, ch = cell.width(), cell.height()
        w = min(cw - 6, max(tw + 16, 40))
        h = min(ch - 4, self._height + 4)
        if w <= 0 or h <= 0:
            return
        x, y = cell.x() + (cw - w) // 2, cell.y() + (ch - h) // 2
        if fill is not None:
            painter.drawPixmap(x, y, self._pill(state, w, h, fill, fg))
        if state is _PAUSED:
            return
        painter.setFont(self.font)
        painter.setPen(fg)
        painter.drawText(x + (w - tw) // 2, y + (h - self._height) // 2 + self._ascent, text)
