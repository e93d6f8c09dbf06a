"""A week or month calendar of meetings, painted: one cell per day, a line per meeting (time, kind, title).

Keys: arrows move the day, PageUp/PageDown the week or month, Home today, Enter selects the day's
meetings in turn. A click on a meeting line selects it, a double click opens it; a double click on a
day's free space makes a new meeting that day. `range_changed(first, last)` asks the pane for the
meetings of the days shown.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from opsdesk.domain.meetings import Meeting
from ui import theme
from ui.labels import local_time
from ui.widgets.meeting_labels import kind_color, kind_short, weekday_short

WEEK, MONTH = "week", "month"


class MeetingCalendar(QWidget):
    range_changed = Signal(object, object)  # first day, last day (date, inclusive)
    meeting_clicked = Signal(str)
    meeting_activated = Signal(str)  # Enter or double click
    day_activated = Signal(object)  # date: double click on a day's free space (a new meeting that day)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 200)
        self.mode = WEEK
        self.current = date.today()
        self.today = date.today()
        self.selected_id: str | None = None
        self._by_day: dict[date, list[Meeting]] = {}
        self._hits: list[tuple[QRect, str]] = []

    # ---- data ------------------------------------------------------------------------------------
    def days(self) -> list[date]:
        if self.mode == WEEK:
            first = self.current - timedelta(days=self.current.weekday())
            return [first + timedelta(days=i) for i in range(7)]
        start = self.current.replace(day=1)
        first = start - timedelta(days=start.weekday())
        return [first + timedelta(days=i) for i in range(42)]

    def visible_range(self) -> tuple[date, date]:
        d = self.days()
        return d[0], d[-1]

    def set_meetings(self, meetings: list[Meeting]) -> None:
        self._by_day = {}
        for m in meetings:
            self._by_day.setdefault(local_time(m.starts_at).date(), []).append(m)
        for lst in self._by_day.values():
            lst.sort(key=lambda m: m.starts_at)
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._range_moved()

    def set_current(self, day: date) -> None:
        before = self.visible_range()
        self.current = day
        if self.visible_range() != before:
            self._range_moved()
        self.update()

    def _range_moved(self) -> None:
        self.range_changed.emit(*self.visible_range())
        self.update()

    # ---- painting --------------------------------------------------------------------------------
    def _cells(self) -> list[tuple[date, QRect]]:
        days = self.days()
        cols, rows = 7, len(days) // 7
        header = self.fontMetrics().height() + 8
        w, h = self.width() - 1, self.height() - header - 1
        out = []
        for i, d in enumerate(days):
            r, c = divmod(i, cols)
            x0, x1 = c * w // cols, (c + 1) * w // cols
            y0, y1 = header + r * h // rows, header + (r + 1) * h // rows
            out.append((d, QRect(x0, y0, x1 - x0, y1 - y0)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = self.fontMetrics()
        line_h = fm.height() + 2
        p.fillRect(self.rect(), theme.color("surface"))
        header = fm.height() + 8
        w = self.width() - 1
        p.setPen(theme.color("text_muted"))
        for c in range(7):
            rect = QRect(c * w // 7, 0, w // 7, header)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, weekday_short(c))
        self._hits = []
        bold = QFont(self.font())
        bold.setBold(True)
        for d, rect in self._cells():
            in_month = self.mode == WEEK or d.month == self.current.month
            if d == self.current:
                p.fillRect(rect, theme.color("surface_alt"))
            p.setPen(theme.color("focus") if d == self.current and self.hasFocus() else theme.color("border"))
            p.drawRect(rect)
            p.setFont(bold if d == self.today else self.font())
            p.setPen(
                theme.color("primary")
                if d == self.today
                else theme.color("text")
                if in_month
                else theme.color("text_muted")
            )
            label = f"{d.month}-{d.day}" if self.mode == WEEK or d.day == 1 else str(d.day)
            p.drawText(
                rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label
            )
            p.setFont(self.font())
            y = rect.top() + line_h + 2
            meetings = self._by_day.get(d, [])
            for i, m in enumerate(meetings):
                if y + line_h > rect.bottom() - 1:
                    more = len(meetings) - i
                    p.setPen(theme.color("text_muted"))
                    p.drawText(rect.left() + 4, rect.bottom() - 3, f"+{more}")
                    break
                line = QRect(rect.left() + 2, y, rect.width() - 4, line_h)
                if m.id == self.selected_id:
                    p.fillRect(line, theme.color("selection"))
                p.fillRect(QRect(line.left(), line.top() + 2, 3, line_h - 4), kind_color(m.kind))
                t = local_time(m.starts_at).strftime("%H:%M")
                text = f"{t} {kind_short(m.kind)} {m.title}" if self.mode == WEEK else f"{t} {m.title}"
                p.setPen(theme.color("text_muted") if m.cancelled else theme.color("text"))
                p.drawText(
                    line.adjusted(6, 0, -2, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    fm.elidedText(text, Qt.TextElideMode.ElideRight, line.width() - 8),
                )
                self._hits.append((line, m.id))
                y += line_h
        p.end()

    # ---- input -----------------------------------------------------------------------------------
    def _hit(self, event: QMouseEvent) -> tuple[str | None, date | None]:
        pos = event.position().toPoint()
        for rect, mid in self._hits:
            if rect.contains(pos):
                return mid, None
        for d, rect in self._cells():
            if rect.contains(pos):
                return None, d
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mid, day = self._hit(event)
        if mid:
            self.selected_id = mid
            self.meeting_clicked.emit(mid)
            self.update()
        elif day:
            self.set_current(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        mid, day = self._hit(event)
        if mid:
            self.meeting_activated.emit(mid)
        elif day:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in step:
            self.set_current(self.current + timedelta(days=step[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            sign = -1 if key == Qt.Key.Key_PageUp else 1
            self.set_current(self._shift(sign))
        elif key == Qt.Key.Key_Home:
            self.set_current(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            todays = self._by_day.get(self.current, [])
            if todays:
                ids = [m.id for m in todays]
                nxt = ids[(ids.index(self.selected_id) + 1) % len(ids)] if self.selected_id in ids else ids[0]
                self.selected_id = nxt
                self.meeting_clicked.emit(nxt)
                self.update()
        else:
            super().keyPressEvent(event)

    def _shift(self, sign: int) -> date:
        if self.mode == WEEK:
            return self.current + timedelta(days=7 * sign)
        y, m = self.current.year, self.current.month + sign
        y, m = (y - 1, 12) if m < 1 else (y + 1, 1) if m > 12 else (y, m)
        return date(y, m, min(self.current.day, 28))
