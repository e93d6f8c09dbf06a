"""The duty roster pane (值班排班), the first pane of the desk: month and week calendars coloured by post,
the selected day with names and phone numbers, the handovers waiting for the incoming shift, and every
roster action (generate, edit a day, swaps, handover, attendance, staff, shifts, leave, calendar, exports)
on a key.

The pane shows itself at once and fills in when the range arrives from the database worker. It loads the
displayed month (or week) with a margin of a week on each side, so paging inside it needs no query; a write
to any roster table reloads the range (a generation counter drops stale answers).
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.enums import Role
from opsdesk.domain.roster import Handover, RosterView
from opsdesk.timeutil import zone
from ui.errors import describe
from ui.i18n import Retranslatable, is_chinese
from ui.labels import time_text
from ui.models.roster_model import (
    Chip,
    MonthModel,
    RosterData,
    WeekModel,
    day_kind,
    day_kind_name,
    weekday_names,
)
from ui.state import DeskState
from ui.widgets.roster_calendar import MonthView, PostLegend, WeekView
from ui.widgets.roster_labels import handover_item_text
from ui.widgets.roster_on_duty import is_roster_table
from ui.widgets.roster_palette import post_edge

MONTH, WEEK = 0, 1
CHANGE_DEBOUNCE_MS = 80
_MARGIN = timedelta(days=7)


def _today(tz: str) -> date:
    return datetime.now(UTC).astimezone(zone(tz)).date()


class RosterPane(Retranslatable, QWidget):
    loaded = Signal(object)  # RosterData, after each range load (tests and the benchmark wait on it)
    handovers_loaded = Signal(object)  # list[Handover] waiting for acknowledgement
    export_finished = Signal(object)  # the Path written, or the exception

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterPane")
        self.state = state
        self.tasks = state.tasks
        self.data = RosterData(date.min, date.min)
        self.view_data: RosterView | None = None
        self.pending: list[Handover] = []
        self.dialog: QWidget | None = None  # the roster dialog now open
        self._gen = 0
        self.load_ms: float | None = None
        self._started = 0.0
        today = _today(state.settings.timezone)
        self.anchor = today  # the selected day

        self._build()
        self._build_actions()
        self.retranslate()
        self.month_model.set_month(today.year, today.month)
        self.week_model.set_week(today)
        self.month_view.go_to(today)
        self._update_period()

        self.tasks.changed.connect(self._changed)
        state.operator_changed.connect(self._operator_changed)
        state.settings_changed.connect(lambda _s: (self._style_toolbar(), self.reload()))
        self._operator_changed(state.operator)
        # past midnight the "today" frame moves and the on-duty day changes: look once a minute
        self._day = today
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self._reload_timer = QTimer(self, singleShot=True, interval=CHANGE_DEBOUNCE_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.reload()

    # ---- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QToolButton(objectName="rosterPrev")
        self.prev_button.setText("\u25c0")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(objectName="rosterNext")
        self.next_button.setText("\u25b6")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel(objectName="dialogHeading")
        self.today_button = QToolButton()
        self.today_button.clicked.connect(self.go_today)
        # tool buttons: narrower than push buttons, so the row fits 1280 px in English too
        self.month_button = QToolButton(checkable=True)
        self.week_button = QToolButton(checkable=True)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_group.addButton(self.month_button, MONTH)
        self.view_group.addButton(self.week_button, WEEK)
        self.month_button.setChecked(True)
        self.view_group.idClicked.connect(self.set_view)
        self.loading_label = QLabel(objectName="busyIndicator")
        self.loading_label.hide()

        # the actions in a tool bar: on a narrow screen the last ones move into its » menu, never clipped
        self.toolbar = QToolBar(objectName="rosterActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setFloatable(False)
        self.toolbar.setMovable(False)
        self.more_menu = QMenu(self)
        self.export_menu = QMenu(self)

        self.warning = QLabel(objectName="calendarWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.warning_button = QPushButton()
        self.warning_button.hide()
        self.warning_button.clicked.connect(self.open_calendar_year)

        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.month_view = MonthView(self.month_model)
        self.week_view: WeekView | None = None  # built when first shown: the pane opens faster
        self.calendars = QStackedWidget()
        self.calendars.addWidget(self.month_view)
        self._wire(self.month_view)
        self.legend = PostLegend()

        # the side: the selected day, then the handovers waiting for the incoming shift
        self.day_box = QGroupBox()
        self.day_title = QLabel(objectName="rosterDayTitle")
        self.day_title.setWordWrap(True)
        self.day_list = QListWidget(objectName="rosterDayList")
        self.day_list.setWordWrap(True)
        db = QVBoxLayout(self.day_box)
        db.addWidget(self.day_title)
        db.addWidget(self.day_list, 1)
        self.handover_box = QGroupBox()
        self.handover_list = QListWidget(objectName="rosterHandoverList")
        self.handover_list.setWordWrap(True)
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge_handover)
        hb = QVBoxLayout(self.handover_box)
        hb.addWidget(self.handover_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ack_button)
        hb.addLayout(row)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.day_box, 3)
        sl.addWidget(self.handover_box, 2)
        side.setMinimumWidth(250)

        top = QHBoxLayout()
        for w in (self.prev_button, self.period_label, self.next_button, self.today_button):
            top.addWidget(w)
        top.addSpacing(8)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)
        top.addWidget(self.loading_label)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        self._style_toolbar()
        warn = QHBoxLayout()
        warn.addWidget(self.warning, 1)
        warn.addWidget(self.warning_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendars, 1)
        ll.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 300])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addLayout(warn)
        lay.addWidget(self.splitter, 1)

    def _wire(self, v: MonthView | WeekView) -> None:
        v.step.connect(self.step)
        v.today_requested.connect(self.go_today)
        v.day_activated.connect(self.edit_day)
        v.selectionModel().currentChanged.connect(lambda _cur, _prev, view=v: self._current_changed(view))

    def ensure_week_view(self) -> WeekView:
        if self.week_view is None:
            self.week_view = WeekView(self.week_model)
            self._configure(self.week_view)
            self.calendars.addWidget(self.week_view)
            self._wire(self.week_view)
        return self.week_view

    def _views(self) -> list[MonthView | WeekView]:
        return [v for v in (self.month_view, self.week_view) if v is not None]

    def _configure(self, v: MonthView | WeekView) -> None:
        """The delegate's words and the loaded range's post order, time zone and today."""
        d = v.delegate
        d.posts = self.data.posts
        d.tz = zone(self.state.settings.timezone)
        d.today = _today(self.state.settings.timezone)
        d.holiday_mark = self.tr("Off")
        d.makeup_mark = self.tr("Work")
        d.more_text = self.tr("+{n} more")
        d.open_text = self.tr("{post}: {n} missing")

    def _build_actions(self) -> None:
        """Every action on a key; the keys work anywhere inside the pane (and its views)."""

        def act(key: str, slot) -> QAction:
            a = QAction(self)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(lambda _=False: slot())
            self.addAction(a)
            return a

        self.act_generate = act("Ctrl+G", self.open_generate)
        self.act_edit = act("F2", lambda: self.edit_day(self.anchor))
        self.act_requests = act("Ctrl+Shift+R", self.open_requests)
        self.act_handover = act("Ctrl+H", self.open_handover)
        self.act_attendance = act("Ctrl+I", self.open_attendance)
        self.act_view = act("Ctrl+M", self.toggle_view)
        self.act_staff = act("Ctrl+Shift+E", self.open_staff)
        self.act_shifts = act("Ctrl+Shift+D", self.open_shifts)
        self.act_leave = act("Ctrl+Shift+L", self.open_leave)
        self.act_calendar = act("Ctrl+Shift+C", self.open_calendar_year)
        self.act_history = act("Ctrl+Shift+H", self.open_handover_history)
        for a in (self.act_staff, self.act_shifts, self.act_leave, self.act_calendar, self.act_history):
            self.more_menu.addAction(a)
        self.act_holiday_pdf = QAction(self)
        self.act_holiday_xlsx = QAction(self)
        self.act_month_pdf = QAction(self)
        self.act_month_xlsx = QAction(self)
        self.act_ics = QAction(self)
        for a, what in (
            (self.act_holiday_pdf, "holiday_pdf"),
            (self.act_holiday_xlsx, "holiday_xlsx"),
            (self.act_month_pdf, "month_pdf"),
            (self.act_month_xlsx, "month_xlsx"),
            (self.act_ics, "ics"),
        ):
            a.triggered.connect(lambda _=False, w=what: self.export_as(w))
            self.export_menu.addAction(a)
        self.act_more = QAction(self)
        self.act_more.setMenu(self.more_menu)
        self.act_export_menu = QAction(self)
        self.act_export_menu.setMenu(self.export_menu)
        for a in (
            self.act_generate,
            self.act_edit,
            self.act_requests,
            self.act_handover,
            self.act_attendance,
        ):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_more)
        self.toolbar.addAction(self.act_export_menu)
        self.generate_button = self.toolbar.widgetForAction(self.act_generate)
        self.edit_button = self.toolbar.widgetForAction(self.act_edit)
        self.requests_button = self.toolbar.widgetForAction(self.act_requests)
        self.handover_button = self.toolbar.widgetForAction(self.act_handover)
        self.attendance_button = self.toolbar.widgetForAction(self.act_attendance)
        self.more_button = self.toolbar.widgetForAction(self.act_more)
        self.export_button = self.toolbar.widgetForAction(self.act_export_menu)
        for b in (self.more_button, self.export_button):
            if isinstance(b, QToolButton):
                b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _style_toolbar(self) -> None:
        """Tool bar buttons framed like the desk's push buttons, in the theme's colours (again on a switch)."""
        from ui import theme

        c = {k: theme.color(k).name() for k in ("border", "surface_alt", "focus", "text_muted")}
        self.toolbar.setStyleSheet(
            f"QToolBar#rosterActions {{ border: none; spacing: 4px; }}"
            f"QToolBar#rosterActions QToolButton {{ background: {c['surface_alt']}; border: 1px solid {c['border']};"
            f" border-radius: 3px; padding: 4px 8px; }}"
            f"QToolBar#rosterActions QToolButton:hover {{ border: 1px solid {c['focus']}; }}"
            f"QToolBar#rosterActions QToolButton:disabled {{ color: {c['text_muted']}; }}"
        )

    # ---- public API (the main window calls these) ------------------------------------------------
    def title(self) -> str:
        return self.tr("Duty roster")

    def refresh(self) -> None:
        self.reload()

    def export(self) -> None:
        """Ctrl+E: the export menu under its button, keyboard-ready."""
        anchor = (
            self.export_button
            if self.export_button is not None and self.export_button.isVisible()
            else self.toolbar
        )
        self.export_menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        if self.export_menu.actions():
            self.export_menu.setActiveAction(self.export_menu.actions()[0])

    def has_unsaved_work(self) -> bool:
        fn = getattr(self.dialog, "has_unsaved_work", None)
        return bool(fn()) if callable(fn) else False

    @property
    def is_supervisor(self) -> bool:
        op = self.state.operator
        return op is not None and op.role == Role.SUPERVISOR

    def current_view(self) -> MonthView | WeekView:
        if self.calendars.currentIndex() == MONTH or self.week_view is None:
            return self.month_view
        return self.week_view

    # ---- navigation ------------------------------------------------------------------------------
    def set_view(self, which: int) -> None:
        if which == WEEK:
            self.calendars.setCurrentWidget(self.ensure_week_view())
        else:
            self.calendars.setCurrentWidget(self.month_view)
        (self.month_button if which == MONTH else self.week_button).setChecked(True)
        self._show_anchor()
        self.current_view().setFocus()

    def toggle_view(self) -> None:
        self.set_view(WEEK if self.calendars.currentIndex() == MONTH else MONTH)

    def step(self, n: int) -> None:
        """Page by a month (month view) or a week (week view), keeping the weekday / day of month."""
        if self.calendars.currentIndex() == MONTH:
            m = self.month_model
            y, mo = divmod(m.year * 12 + (m.month - 1) + n, 12)
            day = min(self.anchor.day, 28) if self.anchor.month == m.month else 1
            self.anchor = date(y, mo + 1, day)
        else:
            self.anchor = self.anchor + timedelta(days=7 * n)
        self._show_anchor()

    def go_today(self) -> None:
        self.go_to(_today(self.state.settings.timezone))

    def go_to(self, d: date) -> None:
        self.anchor = d
        self._show_anchor()

    def _show_anchor(self) -> None:
        d = self.anchor
        if (self.month_model.year, self.month_model.month) != (d.year, d.month):
            self.month_model.set_month(d.year, d.month)
        if not self.week_model.monday <= d <= self.week_model.monday + timedelta(days=6):
            self.week_model.set_week(d)
        self.current_view().go_to(d)
        self._update_period()
        a, b = self._wanted_range()
        if not self.data.covers(a, b):
            self.reload()
        else:
            self._show_day()

    def _wanted_range(self) -> tuple[date, date]:
        a, b = self.month_model.visible_range()
        wa, wb = self.week_model.visible_range()
        return min(a, wa), max(b, wb)

    def _current_changed(self, view) -> None:
        if view is not self.current_view():
            return
        d = view.current_date()
        if d is not None and d != self.anchor:
            self.anchor = d
            if view is self.month_view and (d.year, d.month) != (
                self.month_model.year,
                self.month_model.month,
            ):
                self._show_anchor()
                return
            self._update_period()
        self._show_day()

    def _update_period(self) -> None:
        if self.calendars.currentIndex() == MONTH:
            m = self.month_model
            text = self.tr("{year}-{month:02d}").format(year=m.year, month=m.month)
        else:
            a, b = self.week_model.visible_range()
            text = f"{a:%Y-%m-%d} \u2013 {b:%m-%d}"
        self.period_label.setText(text)

    # ---- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        a, b = self._wanted_range()
        a, b = a - _MARGIN, b + _MARGIN
        self._gen += 1
        gen = self._gen
        self._started = time.perf_counter()
        self.loading_label.show()

        def query(s):
            from opsdesk.services import roster as roster_service
            from opsdesk.services import roster_handover

            if gen != self._gen:
                return None
            return roster_service.roster_view(s, a, b), roster_handover.pending_handovers(s)

        self.tasks.read(query, lambda v: self._arrived(gen, v), self._failed)

    def _arrived(self, gen: int, value) -> None:
        if gen != self._gen or value is None:
            return
        view, pending = value
        self.view_data = view
        self.data = RosterData.from_view(view, is_chinese(), any_post=self.tr("any post"))
        self.loading_label.hide()
        for v in self._views():
            self._configure(v)
        wrow = max(0, self.week_view.currentIndex().row()) if self.week_view is not None else 0
        self.month_model.set_data(self.data)
        self.week_model.set_data(self.data)
        self.month_view.go_to(self.anchor)
        if self.week_view is not None:
            idx = self.week_model.index_of(self.anchor, min(wrow, max(0, self.week_model.rowCount() - 1)))
            if idx.isValid():
                self.week_view.setCurrentIndex(idx)
        self.legend.set_posts(self.data.posts)
        self._show_warning()
        self._show_day()
        self.set_pending(pending)
        self.load_ms = (time.perf_counter() - self._started) * 1000
        self.loaded.emit(self.data)

    def _check_day(self) -> None:
        now = _today(self.state.settings.timezone)
        if now != self._day:
            self._day = now
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.loading_label.hide()
        self.warning.setText(describe(exc))
        self.warning.show()

    def _changed(self, table: str, _ids) -> None:
        # a handover lists a snapshot of the tickets, so ticket changes need no reload here; a burst of
        # changes (a sync pulling several roster tables) makes one reload
        if is_roster_table(table) or table.startswith("calendar"):
            self._reload_timer.start()

    # ---- the side ----------------------------------------------------------------------------------
    def _show_warning(self) -> None:
        years = self.data.missing_years
        if years:
            self.warning.setText(
                self.tr(
                    "No holiday data for {years}: those days are rostered as Monday\u2013Friday workdays. "
                    "Import the State Council's arrangement before relying on them."
                ).format(years=", ".join(str(y) for y in years))
            )
            self.warning.show()
            self.warning_button.setVisible(self.is_supervisor)
        else:
            self.warning.hide()
            self.warning_button.hide()

    def _show_day(self) -> None:
        d = self.anchor
        info = self.data.day_info(d)
        words = [d.isoformat(), _weekday(d), day_kind_name(day_kind(info))]
        if info.name:
            words.append(info.name)
        words += list(info.periods)
        if not info.calendar_known:
            words.append(self.tr("(no holiday data)"))
        self.day_title.setText(" \u00b7 ".join(words))
        self.day_list.clear()
        tz = zone(self.state.settings.timezone)
        chips = self.data.day_chips(d)
        for c in chips:
            self.day_list.addItem(self._chip_item(c, tz))
        if not chips:
            item = QListWidgetItem(self.tr("Nobody is rostered on this day."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(item)

    def _chip_item(self, c: Chip, tz) -> QListWidgetItem:
        from ui import theme

        if c.open:
            text = self.tr("{shift} \u2014 {post}: {n} missing").format(
                shift=c.shift_name, post=c.post, n=c.missing
            )
            item = QListWidgetItem(text)
            item.setForeground(theme.color("breached"))
            return item
        pin = "  " + self.tr("(edited by hand)") if c.pinned else ""
        text = f"{c.shift_name} {c.hours(tz)}\n{c.name}  {c.phone}  {c.post}{pin}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, c.id)
        item.setData(Qt.ItemDataRole.DecorationRole, post_edge(c.post, self.data.posts))
        return item

    def selected_assignment_id(self) -> str | None:
        item = self.day_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def set_pending(self, pending: list[Handover]) -> None:
        """The handovers not yet acknowledged: what the incoming shift must read first."""
        self.pending = list(pending)
        self.handover_list.clear()
        for h in self.pending:
            head = self.tr("{who} handed over at {at}").format(
                who=h.outgoing_name, at=time_text(h.outgoing_at)
            )
            lines = [head]
            if h.notes:
                lines.append(h.notes)
            for it in h.items:
                lines.append(handover_item_text(it))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.handover_list.addItem(item)
        if not self.pending:
            item = QListWidgetItem(self.tr("No handover is waiting."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.handover_list.addItem(item)
        else:
            self.handover_list.setCurrentRow(0)
        self.ack_button.setEnabled(bool(self.pending) and self.state.operator is not None)
        self.handover_box.setTitle(self.tr("Handovers waiting ({n})").format(n=len(self.pending)))
        self.handovers_loaded.emit(self.pending)

    # ---- dialogs -----------------------------------------------------------------------------------
    def _open(self, dlg: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = dlg
        dlg.finished.connect(lambda _r, d=dlg: self._dialog_closed(d))  # type: ignore[attr-defined]
        dlg.open()  # type: ignore[attr-defined]

    def _dialog_closed(self, dlg: QWidget) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
        self.current_view().setFocus()

    def _need_supervisor(self) -> bool:
        if self.is_supervisor:
            return True
        QMessageBox.information(
            self, self.title(), self.tr("Only a supervisor can do this. Sign in as one (Ctrl+L).")
        )
        return False

    def open_generate(self) -> None:
        if not self._need_supervisor():
            return
        from ui.dialogs.roster_generate import GenerateDialog

        start = date(self.month_model.year, self.month_model.month, 1)
        self._open(GenerateDialog(self.state, start, parent=self))

    def edit_day(self, d: date | None = None) -> None:
        if not self._need_supervisor():
            return
        from ui.dialogs.roster_day import DayDialog

        d = d or self.anchor
        self._open(DayDialog(self.state, d, self.data, selected=self.selected_assignment_id(), parent=self))

    def open_requests(self) -> None:
        from ui.dialogs.roster_requests import RequestsDialog

        self._open(
            RequestsDialog(
                self.state, self.anchor, self.data, selected=self.selected_assignment_id(), parent=self
            )
        )

    def open_handover(self) -> None:
        from ui.dialogs.roster_handover import HandoverDialog

        self._open(HandoverDialog(self.state, parent=self))

    def acknowledge_handover(self) -> None:
        item = self.handover_list.currentItem()
        hid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        h = next((x for x in self.pending if x.id == hid), None)
        if h is None:
            return
        from ui.dialogs.roster_handover import AcknowledgeDialog

        self._open(AcknowledgeDialog(self.state, h, parent=self))

    def open_handover_history(self) -> None:
        from ui.dialogs.roster_handover import HandoverHistoryDialog

        self._open(HandoverHistoryDialog(self.state, parent=self))

    def open_attendance(self) -> None:
        from ui.dialogs.roster_attendance import AttendanceDialog

        self._open(AttendanceDialog(self.state, self.anchor, parent=self))

    def open_staff(self) -> None:
        from ui.dialogs.roster_staff import StaffDialog

        self._open(StaffDialog(self.state, editable=self.is_supervisor, parent=self))

    def open_shifts(self) -> None:
        if not self._need_supervisor():
            return
        from ui.dialogs.roster_shifts import ShiftsDialog

        self._open(ShiftsDialog(self.state, parent=self))

    def open_leave(self) -> None:
        from ui.dialogs.roster_leave import LeaveDialog

        self._open(LeaveDialog(self.state, self.anchor, editable=self.is_supervisor, parent=self))

    def open_calendar_year(self) -> None:
        from ui.dialogs.roster_calendar_year import CalendarYearDialog

        year = self.data.missing_years[0] if self.data.missing_years else self.anchor.year
        self._open(CalendarYearDialog(self.state, year, editable=self.is_supervisor, parent=self))

    # ---- exports -----------------------------------------------------------------------------------
    def export_as(self, what: str) -> None:
        from ui.dialogs.roster_export import start_roster_export

        start_roster_export(self, what, self.anchor, self.data)

    # ---- operator, language --------------------------------------------------------------------------
    def _operator_changed(self, _op) -> None:
        sup = self.is_supervisor
        for a in (self.act_generate, self.act_edit, self.act_shifts, self.act_calendar):
            a.setEnabled(sup)
        self.ack_button.setEnabled(bool(self.pending) and self.state.operator is not None)
        self.warning_button.setVisible(sup and bool(self.data.missing_years))

    def retranslate(self) -> None:
        def key(a: QAction) -> str:
            return a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        self.today_button.setText(self.tr("To&day"))
        self.today_button.setToolTip(self.tr("Home in the calendar"))
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.month_button.setText(self.tr("Month"))
        self.week_button.setText(self.tr("Week"))
        for b in (self.month_button, self.week_button):
            b.setToolTip(self.tr("Switch month / week view ({key})").format(key=key(self.act_view)))
        self.loading_label.setText(self.tr("Loading\u2026"))
        texts = {
            self.act_generate: self.tr("Generate\u2026"),
            self.act_edit: self.tr("Edit day\u2026"),
            self.act_requests: self.tr("Swaps\u2026"),
            self.act_handover: self.tr("Hand over\u2026"),
            self.act_attendance: self.tr("Attendance\u2026"),
            self.act_view: self.tr("Month / week"),
            self.act_staff: self.tr("Staff\u2026"),
            self.act_shifts: self.tr("Shift definitions\u2026"),
            self.act_leave: self.tr("Leave\u2026"),
            self.act_calendar: self.tr("Holiday calendar\u2026"),
            self.act_history: self.tr("Handover history\u2026"),
        }
        for a, t in texts.items():
            a.setText(t)
        for a in (
            self.act_generate,
            self.act_edit,
            self.act_requests,
            self.act_handover,
            self.act_attendance,
        ):
            a.setToolTip(f"{a.text()} ({key(a)})")
        self.act_more.setText(self.tr("More"))
        self.act_export_menu.setText(self.tr("Export"))
        self.act_export_menu.setToolTip(f"{self.tr('Export')} (Ctrl+E)")
        self.act_holiday_pdf.setText(self.tr("Holiday duty list (PDF)\u2026"))
        self.act_holiday_xlsx.setText(self.tr("Holiday duty list (Excel)\u2026"))
        self.act_month_pdf.setText(self.tr("Month roster (PDF)\u2026"))
        self.act_month_xlsx.setText(self.tr("Month roster (Excel)\u2026"))
        self.act_ics.setText(self.tr("Calendar file per engineer (.ics)\u2026"))
        self.warning_button.setText(self.tr("Holiday calendar\u2026"))
        self.day_box.setTitle(self.tr("Selected day"))
        self.ack_button.setText(self.tr("&Acknowledge\u2026"))
        for v in self._views():
            self._configure(v)
        self.legend.retranslate()
        self._update_period()
        if self.data.first != date.min:
            self._show_day()
            self.set_pending(self.pending)
            self._show_warning()
        else:
            self.handover_box.setTitle(self.tr("Handovers waiting ({n})").format(n=0))
        for v in self._views():
            v.viewport().update()
        self.month_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)


def _weekday(d: date) -> str:
    return weekday_names()[d.weekday()]
