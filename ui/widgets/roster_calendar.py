"""The roster's month and week calendars and the legend of post colours.

Both calendars are table views over `ui.models.roster_model`, painted by one delegate: the day's number and
kind (holiday / make-up workday, with its name) at the top, then one chip per rostered person: a bar in the
post's colour, the name and the shift. A pinned chip (a manual edit) carries a corner mark. The keyboard
moves between days with the arrows; past the first or last cell it pages (`step(±1)`), Page Up/Down page,
Home goes to today, Enter opens the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from opsdesk.domain.roster import DayInfo
from ui import theme
from ui.i18n import Retranslatable
from ui.models.roster_model import (
    CHIPS_ROLE,
    DATE_ROLE,
    DAY_ROLE,
    IN_MONTH_ROLE,
    Chip,
    MonthModel,
    WeekModel,
)
from ui.widgets.roster_palette import post_edge, post_fill, post_text

_Index = QModelIndex | QPersistentModelIndex
_PAD = 4


class ChipDelegate(QStyledItemDelegate):
    """Paints a day cell (month view) or a post × day cell (week view)."""

    def __init__(self, *, header: bool, parent=None) -> None:
        super().__init__(parent)
        self.header = header  # month cells show the day number and kind on top
        self.posts: tuple[str, ...] = ()
        self.tz = ZoneInfo("Asia/Shanghai")
        self.today = date.today()
        self.more_text = "+{n}"
        self.holiday_mark = "\u4f11"
        self.makeup_mark = "\u73ed"
        self.no_data_mark = "?"
        self.open_text = "{post} \u00d7{n}"  # an open slot; the pane sets the translated words
        self._font_key = ""
        self._fm: QFontMetrics | None = None
        self._bold = QFont()
        self._bold_fm: QFontMetrics | None = None

    def _metrics(self, font: QFont) -> QFontMetrics:
        """Fonts and metrics once per font, not once per cell."""
        key = font.key()
        if key != self._font_key or self._fm is None:
            self._font_key = key
            self._fm = QFontMetrics(font)
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._bold_fm = QFontMetrics(self._bold)
        return self._fm

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        r = option.rect
        info: DayInfo = index.data(DAY_ROLE)
        d: date = index.data(DATE_ROLE)
        in_month = bool(index.data(IN_MONTH_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bg = theme.color("surface" if info.workday else "surface_alt")
        painter.fillRect(r, bg)
        if selected:
            painter.fillRect(r, theme.color("selection"))
        fm = self._metrics(option.font)
        y = r.top() + _PAD
        if self.header:
            y = self._paint_header(painter, option.font, fm, r, d, info, in_month)
        chips: list[Chip] = index.data(CHIPS_ROLE) or []
        self._paint_chips(
            painter, option.font, fm, QRect(r.left() + 3, y, r.width() - 6, r.bottom() - y - 2), chips
        )
        if d == self.today:
            pen = painter.pen()
            pen.setColor(theme.color("focus"))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(theme.color("primary"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(r.adjusted(2, 2, -2, -2))
        painter.restore()

    def _paint_header(self, painter, font, fm, r: QRect, d: date, info: DayInfo, in_month: bool) -> int:
        bold = self._bold
        painter.setFont(bold)
        color = theme.color("text" if in_month else "text_muted")
        if info.holiday:
            color = theme.color("breached") if in_month else color
        painter.setPen(color)
        num = str(d.day)
        top = r.top() + _PAD
        painter.drawText(QPoint(r.left() + _PAD + 2, top + fm.ascent()), num)
        assert self._bold_fm is not None
        x = r.left() + _PAD + 2 + self._bold_fm.horizontalAdvance(num) + 6
        painter.setFont(font)
        mark, mark_color = "", color
        if not info.calendar_known:
            mark, mark_color = self.no_data_mark, theme.color("warning")
        elif info.holiday:
            mark, mark_color = self.holiday_mark, theme.color("breached")
        elif info.makeup:
            mark, mark_color = self.makeup_mark, theme.color("warning")
        if mark:
            w = fm.horizontalAdvance(mark) + 6
            box = QRect(r.right() - _PAD - w, top, w, fm.height())
            painter.setPen(mark_color)
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
            right = box.left() - 4
        else:
            right = r.right() - _PAD
        label = " ".join(x for x in (info.name, *info.periods) if x)
        if label and in_month:
            painter.setPen(theme.color("text_muted"))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, max(0, right - x))
            painter.drawText(QPoint(x, top + fm.ascent()), text)
        return top + fm.height() + 3

    def _paint_chips(self, painter: QPainter, font, fm: QFontMetrics, area: QRect, chips: list[Chip]) -> None:
        if not chips or area.height() < fm.height():
            return
        rows = 1 if self.header else 2  # the week view has room for the shift and hours under the name
        line = rows * fm.height() + 3
        fit = max(1, area.height() // line)
        shown = chips if len(chips) <= fit else chips[: fit - 1]
        painter.setFont(font)
        y = area.top()
        for c in shown:
            box = QRect(area.left(), y, area.width(), line - 1)
            if c.open:
                red = theme.color("breached")
                painter.setPen(red)
                painter.drawRect(box.adjusted(0, 0, -1, -1))
                label = self.open_text.format(post=c.post, n=c.missing, shift=c.shift_name)
                text = fm.elidedText(label, Qt.TextElideMode.ElideRight, box.width() - 10)
                painter.drawText(QPoint(box.left() + 5, box.top() + 1 + fm.ascent()), text)
                y += line
                continue
            painter.fillRect(box, post_fill(c.post, self.posts))
            painter.fillRect(QRect(box.left(), box.top(), 4, box.height()), post_edge(c.post, self.posts))
            if theme.current_theme() == "high_contrast":
                painter.setPen(post_edge(c.post, self.posts))
                painter.drawRect(box.adjusted(0, 0, -1, -1))
            painter.setPen(post_text())
            first = f"{c.name} {c.shift_name}" if self.header else c.name
            text = fm.elidedText(first, Qt.TextElideMode.ElideRight, box.width() - 12)
            painter.drawText(QPoint(box.left() + 7, box.top() + 1 + fm.ascent()), text)
            if not self.header:
                second = f"{c.hours(self.tz)} {c.shift_name}"
                painter.setPen(theme.color("text_muted") if theme.current_theme() != "light" else post_text())
                text = fm.elidedText(second, Qt.TextElideMode.ElideRight, box.width() - 12)
                painter.drawText(QPoint(box.left() + 7, box.top() + 1 + fm.height() + fm.ascent()), text)
            if c.pinned:
                path = QPainterPath()
                path.moveTo(box.right() - 7, box.top())
                path.lineTo(box.right(), box.top())
                path.lineTo(box.right(), box.top() + 7)
                path.closeSubpath()
                painter.fillPath(path, theme.color("warning"))
            y += line
        if len(shown) < len(chips):
            painter.setPen(theme.color("text_muted"))
            painter.drawText(
                QPoint(area.left() + 4, y + fm.ascent()), self.more_text.format(n=len(chips) - len(shown))
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        n = max(1, len(index.data(CHIPS_ROLE) or []))
        return QSize(
            fm.horizontalAdvance("\u5f20\u4e09\u4e30 08:00\u201319:00") + 20, (n + 1) * (fm.height() + 3) + 8
        )


class _CalendarView(QTableView):
    step = Signal(int)  # page: -1 back, +1 forward
    today_requested = Signal()
    day_activated = Signal(object)  # date (Enter / double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the calendar, the arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda idx: self.day_activated.emit(idx.data(DATE_ROLE)))

    def current_date(self) -> date | None:
        idx = self.currentIndex()
        return idx.data(DATE_ROLE) if idx.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        idx = self.currentIndex()
        model = self.model()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and idx.isValid():
            self.day_activated.emit(idx.data(DATE_ROLE))
            return
        if key == Qt.Key.Key_PageUp:
            self.step.emit(-1)
            return
        if key == Qt.Key.Key_PageDown:
            self.step.emit(1)
            return
        if key == Qt.Key.Key_Home and not event.modifiers():
            self.today_requested.emit()
            return
        if idx.isValid() and model is not None:
            at_first = idx.row() == 0 and idx.column() == 0
            at_last = idx.row() == model.rowCount() - 1 and idx.column() == model.columnCount() - 1
            if self._crosses(key, idx):
                d = idx.data(DATE_ROLE)
                delta = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}[
                    Qt.Key(key)
                ]
                self.step.emit(-1 if delta < 0 else 1)
                self.go_to(d + timedelta(days=delta))
                return
            if key == Qt.Key.Key_Left and idx.column() == 0 and not at_first:
                self.setCurrentIndex(model.index(idx.row() - 1, model.columnCount() - 1))
                return
            if key == Qt.Key.Key_Right and idx.column() == model.columnCount() - 1 and not at_last:
                self.setCurrentIndex(model.index(idx.row() + 1, 0))
                return
        super().keyPressEvent(event)

    def _crosses(self, key: int, idx: QModelIndex) -> bool:
        return False

    go_to: Callable[[date], None]  # each view (month, week) finds a date its own way


class MonthView(_CalendarView):
    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterMonth")
        self.month_model = model
        self.setModel(model)
        self.delegate = ChipDelegate(header=True, parent=self)
        self.setItemDelegate(self.delegate)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(QFontMetrics(self.font()).height() * 2 + 10)

    def _crosses(self, key: int, idx: QModelIndex) -> bool:
        d: date = idx.data(DATE_ROLE)
        m = self.month_model
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}.get(
            Qt.Key(key)
        )
        if step is None:
            return False
        nd = d + timedelta(days=step)
        return (nd.year, nd.month) != (m.year, m.month) and (d.year, d.month) == (m.year, m.month)

    def go_to(self, d: date) -> None:
        idx = self.month_model.index_of(d)
        if idx.isValid():
            self.setCurrentIndex(idx)


class WeekView(_CalendarView):
    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterWeek")
        self.week_model = model
        self.setModel(model)
        self.delegate = ChipDelegate(header=False, parent=self)
        self.setItemDelegate(self.delegate)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vh.setMinimumSectionSize(QFontMetrics(self.font()).height() * 2 + 12)

    def _crosses(self, key: int, idx: QModelIndex) -> bool:
        return (key == Qt.Key.Key_Left and idx.column() == 0) or (
            key == Qt.Key.Key_Right and idx.column() == 6
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        idx = self.currentIndex()
        if idx.isValid() and self._crosses(event.key(), idx):
            row = idx.row()
            self.step.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            target = self.week_model.index(
                min(row, self.week_model.rowCount() - 1), 6 if event.key() == Qt.Key.Key_Left else 0
            )
            if target.isValid():
                self.setCurrentIndex(target)
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and idx.isValid():
            QTableView.keyPressEvent(self, event)
            return
        super().keyPressEvent(event)

    def go_to(self, d: date) -> None:
        row = max(0, self.currentIndex().row())
        idx = self.week_model.index_of(d, min(row, max(0, self.week_model.rowCount() - 1)))
        if idx.isValid():
            self.setCurrentIndex(idx)


class _Swatch(QWidget):
    def __init__(self, post: str, posts: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post, self.posts = post, posts
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), post_fill(self.post, self.posts))
        p.fillRect(QRect(0, 0, 4, 14), post_edge(self.post, self.posts))
        p.setPen(QColor(post_edge(self.post, self.posts)))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))


class PostLegend(Retranslatable, QWidget):
    """A row of coloured swatches with the post names, plus the marks the calendar uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterLegend")
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(6)
        self.title = QLabel()
        self.marks = QLabel(objectName="dialogHint")
        # may shrink below its text on a narrow screen rather than widen the pane; the tooltip has it all
        self.marks.setMinimumWidth(1)
        self.posts: tuple[str, ...] = ()
        self._items: list[QWidget] = []
        self._lay.addWidget(self.title)
        self._lay.addStretch(1)
        self._lay.addWidget(self.marks)
        self.retranslate()

    def set_posts(self, posts: tuple[str, ...]) -> None:
        if posts == self.posts:
            return
        self.posts = posts
        for w in self._items:
            self._lay.removeWidget(w)
            w.deleteLater()
        self._items = []
        at = 1
        for post in posts:
            sw = _Swatch(post, posts)
            lab = QLabel(post)
            for w in (sw, lab):
                self._lay.insertWidget(at, w)
                self._items.append(w)
                at += 1

    def retranslate(self) -> None:
        self.title.setText(self.tr("Posts:"))
        self.marks.setText(
            self.tr(
                "Off = holiday \u00b7 Work = make-up workday \u00b7 ? = no holiday data \u00b7 \u25e5 = edited by hand"
            )
        )
        self.marks.setToolTip(self.marks.text())
