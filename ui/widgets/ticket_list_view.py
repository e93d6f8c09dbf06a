"""The ticket list's table view and its one delegate, which paints every cell itself.

Scrolling 100,000 rows must never hold the GUI thread over 16 ms per step. The stock delegate asks the
model for eight roles per cell (a Python call each) and lays text out with QTextLayout; here each cell
costs one call into the model (`TicketsModel.cell`), one fill and one plain drawText of a pre-elided
string. What does not change between cells (fonts, metrics, colours) is set up once per repaint in
`TicketListView.paintEvent`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from ui.models.tickets_model import TicketsModel
from ui.widgets.clock_badge import BadgePainter

_SELECTED = QStyle.StateFlag.State_Selected.value
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT, _RIGHT = 4, 3  # text insets, as the stock delegate's under Fusion


class TicketListDelegate(QStyledItemDelegate):
    _LIMIT = 8192  # cached elided texts; a page jump brings about 200 new ones

    def __init__(self, model: TicketsModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self.badges = BadgePainter()
        self._font_key = ""
        self._font = QFont()
        self._bold = QFont()
        self._fm = QFontMetrics(self._font)
        self._bold_fm = QFontMetrics(self._bold)
        self._ascent = self._height = 0
        self._elided: dict[tuple[str, int, bool], str] = {}
        self._text = QColor()
        self._selected_text = QColor()
        self._highlight = QBrush()

    def begin(self, view: QWidget) -> None:
        """Once per repaint: pick up the view's font, palette and pixel ratio."""
        font = view.font()
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._font = font
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._fm, self._bold_fm = QFontMetrics(self._font), QFontMetrics(self._bold)
            self._ascent, self._height = self._fm.ascent(), self._fm.height()
            self._elided.clear()
        self.badges.set_font(font, view.devicePixelRatioF())
        pal = view.palette()
        group = QPalette.ColorGroup.Normal if view.isEnabled() else QPalette.ColorGroup.Disabled
        self._text = pal.color(group, QPalette.ColorRole.Text)
        self._selected_text = pal.color(group, QPalette.ColorRole.HighlightedText)
        self._highlight = pal.brush(group, QPalette.ColorRole.Highlight)

    def _fit(self, text: str, width: int, bold: bool) -> str:
        key = (text, width, bold)
        got = self._elided.get(key)
        if got is None:
            if len(self._elided) > self._LIMIT:
                self._elided.clear()
            fm = self._bold_fm if bold else self._fm
            got = self._elided[key] = fm.elidedText(text, _ELIDE, width)
        return got

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text, badge, tint, bold = self._model.cell(index.row(), index.column())
        rect = option.rect
        selected = option.state.value & _SELECTED
        if selected:
            painter.fillRect(rect, self._highlight)
        elif tint is not None:
            painter.fillRect(rect, tint)
        if badge is not None:
            self.badges.paint(painter, rect, badge, text)
            return
        if not text:
            return
        width = rect.width() - _LEFT - _RIGHT
        if width <= 0:
            return
        painter.setFont(self._bold if bold else self._font)
        painter.setPen(self._selected_text if selected else self._text)
        painter.drawText(
            rect.x() + _LEFT,
            rect.y() + (rect.height() - self._height) // 2 + self._ascent,
            self._fit(text, width, bold),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(self.badges.width_hint(), self._fm.height() + 12)


class TicketListView(QTableView):
    """A QTableView whose delegate is told the font and palette once per repaint, not once per cell."""

    def __init__(self, model: TicketsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.cell_delegate = TicketListDelegate(model, self)
        self.setItemDelegate(self.cell_delegate)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.cell_delegate.begin(self)
        super().paintEvent(event)
