"""The "on duty now / next" strip at the top of the main window, visible from every pane.

One line: who is on duty now (post colour, name, phone) and who comes next (from when). It reloads every
minute, when any roster table changes, and when a shift boundary passes; the query runs on the database
worker (`roster.on_duty`). When the line does not fit, it drops detail in steps (posts, then the next
shift's phones) rather than clipping; the tooltip always has everything, with the on-call arrival time.
Clicking it (or its shortcut in the main window) opens the roster pane.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from opsdesk.domain.roster import OnDuty, OnDutyEntry, ShiftKind
from opsdesk.paths import resource_path
from ui import theme
from ui.errors import describe
from ui.i18n import Retranslatable, is_chinese
from ui.labels import local_time
from ui.tasks import TaskManager
from ui.widgets.roster_palette import post_edge

ROSTER_TABLES = frozenset(
    {"roster_assignments", "roster_staff", "roster_shifts", "roster_swaps", "calendar_days", "roster"}
)
RELOAD_MS = 60_000


def is_roster_table(table: str) -> bool:
    return table in ROSTER_TABLES or table.startswith("roster")


class OnDutyStrip(Retranslatable, QWidget):
    clicked = Signal()
    loaded = Signal(object)  # OnDuty, after each load (tests wait on it)

    def __init__(
        self,
        tasks: TaskManager,
        loader: Callable | None = None,
        parent: QWidget | None = None,
        *,
        posts: Callable[[], tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onDutyStrip")
        self.tasks = tasks
        self._loader = loader
        self._posts = posts or (lambda: ())
        self.duty: OnDuty | None = None
        self.error = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.icon = QLabel()
        self.icon.setPixmap(QIcon(str(resource_path("icons", "on_duty.svg"))).pixmap(18, 18))
        self.text = QLabel(objectName="onDutyText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 3, 8, 3)
        lay.setSpacing(6)
        lay.addWidget(self.icon)
        lay.addWidget(self.text, 1)
        self._timer = QTimer(self, interval=RELOAD_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        self._boundary = QTimer(self, singleShot=True)
        self._boundary.timeout.connect(self.reload)
        self._changes = QTimer(self, singleShot=True, interval=80)  # a burst of table changes: one reload
        self._changes.timeout.connect(self.reload)
        tasks.changed.connect(lambda table, _ids: is_roster_table(table) and self._changes.start())
        self.retranslate()

    # ---- loading ---------------------------------------------------------------------------------
    def set_posts_source(self, posts: Callable[[], tuple[str, ...]]) -> None:
        """Where the post order comes from (the roster pane's), so the strip's colours match the calendar."""
        self._posts = posts

    def reload(self) -> None:
        loader = self._loader
        if loader is None:
            from opsdesk.services import roster as roster_service

            loader = roster_service.on_duty
        at = datetime.now(UTC)
        self.tasks.read(lambda s: loader(s, at), self.set_duty, self._failed)

    def set_duty(self, duty: OnDuty) -> None:
        self.duty, self.error = duty, ""
        self._render()
        # reload just after the next shift starts, so "now" turns over on time
        if duty.next_start is not None:
            ms = int((duty.next_start - datetime.now(UTC)).total_seconds() * 1000) + 1500
            if 0 < ms < RELOAD_MS:
                self._boundary.start(ms)
        self.loaded.emit(duty)

    def _failed(self, exc: BaseException) -> None:
        self.error = describe(exc)
        self._render()

    # ---- text ------------------------------------------------------------------------------------
    def _entry_html(self, e: OnDutyEntry, *, post: bool, phone: bool) -> str:
        a = e.assignment
        colour = post_edge(a.staff_post, self._posts()).name()
        parts = [f'<span style="color:{colour}">\u25a0</span> <b>{html.escape(a.staff_name)}</b>']
        if post:
            parts.append(
                f'<span style="color:{theme.color("text_muted").name()}">{html.escape(a.staff_post)}</span>'
            )
        if phone and a.phone:
            parts.append(html.escape(a.phone))
        return " ".join(parts)

    def _forms(self) -> list[str]:
        """The line from the fullest to the shortest; the first that fits is shown."""
        d = self.duty
        if d is None:
            return [html.escape(self.error or self.tr("On duty: loading\u2026"))]
        now_word = html.escape(self.tr("On duty now"))
        next_word = html.escape(self.tr("Next"))
        muted = theme.color("text_muted").name()
        sep = f' <span style="color:{muted}">\u2502</span> '

        def line(post: bool, next_phone: bool, next_names: bool = True) -> str:
            if d.now:
                now = "\u3000".join(self._entry_html(e, post=post, phone=True) for e in d.now)
            else:
                now = f'<span style="color:{theme.color("warning").name()}">{html.escape(self.tr("nobody"))}</span>'
            out = f"{now_word}: {now}"
            if d.next and d.next_start is not None and next_names:
                when = local_time(d.next_start)
                today = local_time(d.at).date() == when.date()
                at = when.strftime("%H:%M") if today else when.strftime("%m-%d %H:%M")
                nxt = "\u3000".join(self._entry_html(e, post=post, phone=next_phone) for e in d.next)
                out += f"{sep}{next_word} {at}: {nxt}"
            return out

        return [line(True, True), line(False, True), line(False, False), line(False, False, False)]

    def _render(self) -> None:
        width = max(50, self.text.width())
        doc = QTextDocument()
        doc.setDefaultFont(self.text.font())
        chosen = ""
        for form in self._forms():
            doc.setHtml(form)
            chosen = form
            if doc.idealWidth() <= width:
                break
        self.text.setText(chosen)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        d = self.duty
        if d is None:
            return self.error
        lines = [self.tr("On duty now")]
        lines += [self._tip_line(e) for e in d.now] or ["  " + self.tr("nobody")]
        if d.next and d.next_start is not None:
            lines.append(
                self.tr("Next, from {time}").format(time=local_time(d.next_start).strftime("%m-%d %H:%M"))
            )
            lines += [self._tip_line(e) for e in d.next]
        lines.append(self.tr("Click (or Ctrl+1) to open the duty roster."))
        return "\n".join(lines)

    def _tip_line(self, e: OnDutyEntry) -> str:
        a = e.assignment
        shift = e.shift_name_zh if is_chinese() or not e.shift_name_en else e.shift_name_en
        hours = f"{local_time(a.start):%H:%M}\u2013{local_time(a.end):%H:%M}"
        text = f"  {a.staff_name}  {a.phone}  {a.staff_post}  {shift} {hours}"
        if e.kind == ShiftKind.ONCALL and e.arrive_minutes:
            text += "  " + self.tr("(on call: on site within {n} min)").format(n=e.arrive_minutes)
        return text

    def plain_text(self) -> str:
        """What the strip says, without markup (tests, accessibility)."""
        doc = QTextDocument()
        doc.setHtml(self.text.text())
        return doc.toPlainText()

    # ---- events ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # a theme switch: the colours in the text follow
            self._render()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # painted, not styled: the theme's colours at every paint, so a theme switch needs nothing more
        p = QPainter(self)
        p.fillRect(self.rect(), theme.color("surface"))
        p.setPen(theme.color("border"))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(QFontMetrics(self.font()).height() + 10)
        return hint

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("On duty now and next"))
        self._render()
