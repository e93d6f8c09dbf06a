"""The main window: a side bar of the real panes, menus, shortcuts and the status bar.

Panes are plain QWidgets with `title() -> str` (translated) and optionally: `focus_search()`,
`new_ticket()`, `refresh()`, `export()`, `show_at_risk()`, `has_unsaved_work() -> bool` and an
`alarm_counts(int, int)` signal. The window calls what a pane has; a menu action a pane does not support
is disabled while that pane is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from opsdesk.config import ConsoleSettings
from opsdesk.domain.enums import Role
from opsdesk.domain.people import OperatorInfo
from opsdesk.paths import config_dir, resource_path
from opsdesk.rules.workdays import calendar_gaps
from opsdesk.services.reference import load_calendar
from opsdesk.timeutil import zone
from ui import i18n, theme
from ui.i18n import Retranslatable
from ui.labels import set_display_zone
from ui.state import DeskState
from ui.sync_bridge import SyncBridge
from ui.widgets.status_bar import DeskStatusBar

log = logging.getLogger(__name__)


def app_version() -> str:
    try:
        return metadata.version("opsdesk")
    except metadata.PackageNotFoundError:
        return "0.0"


def window_settings() -> QSettings:
    """Window geometry lives in an ini file in the console's config dir (isolated per OPSDESK_HOME)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(Retranslatable, QMainWindow):
    painted = Signal()  # once, after the first paint: start-up timing and the smoke test wait for it

    def __init__(
        self, state: DeskState, parent: QWidget | None = None, *, sync: SyncBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.state = state
        # the shared server's engine (issue 3); standalone until a server is configured
        self.sync = sync if sync is not None else SyncBridge(state, parent=self)
        self._painted = False
        self._closed = False
        self._last_breached = 0
        self.setWindowIcon(QIcon(str(resource_path("icons", "opsdesk.svg"))))

        self.nav = QListWidget(objectName="navList")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        # the on-duty strip (issue 4) sits above every pane: who is on duty now and next, with phones
        from PySide6.QtWidgets import QVBoxLayout

        from ui.widgets.roster_on_duty import OnDutyStrip

        self.on_duty = OnDutyStrip(state.tasks, parent=self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.on_duty)
        right.addWidget(self.stack, 1)
        lay.addLayout(right, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.status.risk_clicked.connect(self.show_at_risk)
        self.status.connection_clicked.connect(self.show_sync)
        self.sync.status_changed.connect(self.status.set_sync_status)
        self.status.set_sync_status(self.sync.status)

        self._panes: list[QWidget] = []  # a pane, or a stand-in until its first show (see pane_at)
        self._titles: list[Callable[[], str]] = []
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._build_actions()
        self._build_menus()
        self._build_panes()
        self.nav.currentRowChanged.connect(self._pane_selected)

        state.operator_changed.connect(self._operator_changed)
        state.settings_changed.connect(self._settings_changed)
        state.tasks.busy_changed.connect(self.status.set_pending)
        self.status.set_operator(state.operator)
        self.status.set_console(state.settings.console_code)
        self.status.set_zone(state.settings.timezone)
        set_display_zone(state.settings.timezone)

        self.retranslate()
        self._restore()
        self._operator_changed(state.operator)

        # holiday data runs out at a year's end: look again every hour and whenever the calendar changes
        self._calendar_timer = QTimer(self, interval=3_600_000)
        self._calendar_timer.timeout.connect(self.check_calendar)
        self._calendar_timer.start()
        state.tasks.changed.connect(
            lambda table, _ids: table.startswith("calendar") and self.check_calendar()
        )
        self.check_calendar()
        self.sync.start()

    # ---- construction ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def act(shortcut: QKeySequence | str | None = None, slot=None, *, checkable: bool = False) -> QAction:
            a = QAction(self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setCheckable(checkable)
            if slot is not None:
                a.triggered.connect(slot)
            self.addAction(a)  # shortcuts work even with the menu bar hidden
            return a

        self.act_new = act(QKeySequence.StandardKey.New, lambda: self._call("new_ticket"))
        self.act_search = act(QKeySequence.StandardKey.Find, lambda: self._call("focus_search"))
        self.act_refresh = act(QKeySequence.StandardKey.Refresh, lambda: self._call("refresh"))
        if self.act_refresh.shortcut().isEmpty():
            self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_export = act("Ctrl+E", lambda: self._call("export"))
        self.act_quit = act(QKeySequence.StandardKey.Quit, self.close)
        if self.act_quit.shortcut().isEmpty():  # Windows has no standard Quit key
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_theme = act("Ctrl+Shift+T", self.toggle_theme, checkable=True)
        self.act_fullscreen = act("F11", self._toggle_fullscreen, checkable=True)
        self.act_settings = act("Ctrl+,", self.open_settings)
        self.act_operators = act(None, self.open_operators)
        self.act_switch = act("Ctrl+L", self.switch_operator)
        self.act_about = act(None, self.about)
        self.pane_actions: list[QAction] = []

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_export])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_view = mb.addMenu("")
        self.menu_panes = self.menu_view.addMenu("")
        self.menu_view.addAction(self.act_search)
        self.menu_view.addAction(self.act_refresh)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_theme)
        self.menu_view.addAction(self.act_fullscreen)
        self.menu_tools = mb.addMenu("")
        self.menu_tools.addActions([self.act_switch, self.act_operators])
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.act_settings)
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _build_panes(self) -> None:
        from ui.panes.roster_pane import RosterPane

        # the duty roster is the first pane of the desk (issue 4)
        self.roster = RosterPane(self.state, self)
        self.add_pane(self.roster, QIcon(str(resource_path("icons", "roster.svg"))))
        self.on_duty.set_posts_source(lambda: self.roster.data.posts)
        self.on_duty.clicked.connect(lambda: self.show_pane(self._panes.index(self.roster)))
        self.on_duty.reload()

        # panes after the first are built when first shown, so the window paints sooner (docs/PERFORMANCE.md);
        # the tickets pane, whose SLA clocks feed the status bar's risk counts, right after the first paint
        self._tickets_index = self.add_lazy_pane(
            self._build_tickets,
            lambda: QCoreApplication.translate("TicketsPane", "Tickets"),
            QIcon(str(resource_path("icons", "tickets.svg"))),
        )
        self._meetings_index = self.add_lazy_pane(
            self._build_meetings,
            lambda: QCoreApplication.translate("MeetingsPane", "Meetings"),
            QIcon(str(resource_path("icons", "meetings.svg"))),
        )
        self._sync_index = self.add_lazy_pane(
            self._build_sync,
            lambda: QCoreApplication.translate("SyncPane", "Sync"),
            QIcon(str(resource_path("icons", "sync.svg"))),
        )

    def _build_tickets(self) -> QWidget:
        from ui.panes.tickets_pane import TicketsPane

        tickets = TicketsPane(self.state, self)
        tickets.alarm_counts.connect(self._alarm_counts)
        tickets.checklist_requested.connect(self.show_fault_source)
        return tickets

    def _build_meetings(self) -> QWidget:
        from ui.panes.meetings_pane import MeetingsPane

        meetings = MeetingsPane(self.state, self)
        meetings.show_ticket_requested.connect(self.show_ticket)
        return meetings

    def _build_sync(self) -> QWidget:
        from ui.panes.sync_pane import SyncPane

        return SyncPane(self.state, self.sync, self)

    @property
    def panes(self) -> list[QWidget]:
        """Every pane, building any not shown yet (the window itself uses `_panes`, which may hold
        stand-ins, so that nothing is built before it is needed)."""
        return [self.pane_at(i) for i in range(len(self._panes))]

    def pane_at(self, index: int) -> QWidget:
        """The pane at `index`, built now if it is still a stand-in."""
        build = self._builders.pop(index, None)
        if build is not None:
            stand_in = self._panes[index]
            current = self.stack.currentIndex()
            pane = build()
            self._panes[index] = pane
            self.stack.insertWidget(index, pane)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
        return self._panes[index]

    def show_ticket(self, ticket_id: str) -> None:
        """Another pane's link to a ticket (a checklist fault): show it in the tickets pane."""
        tickets = self.pane_at(self._tickets_index)
        self.show_pane(self._tickets_index)
        if not tickets.select_ticket(ticket_id):  # not in the list's filter: show its detail anyway
            tickets.load_detail(ticket_id)

    def show_fault_source(self, ticket_id: str) -> None:
        """The ticket's way back: the meetings pane opens the checklist line that filed it."""
        self.show_pane(self._meetings_index)
        self.pane_at(self._meetings_index).show_fault_source(ticket_id)

    def add_pane(self, pane: QWidget, icon: QIcon) -> None:
        """Add a pane to the side bar and the stack; Ctrl+<n> shows the n-th (n ≤ 9)."""
        self._add_slot(pane, pane.title, icon)

    def add_lazy_pane(self, build: Callable[[], QWidget], title: Callable[[], str], icon: QIcon) -> int:
        """Add a pane built by `build` the first time it is shown; `title` names it until then."""
        index = self._add_slot(QWidget(), title, icon)
        self._builders[index] = build
        return index

    def _add_slot(self, pane: QWidget, title: Callable[[], str], icon: QIcon) -> int:
        self._panes.append(pane)
        self._titles.append(title)
        self.stack.addWidget(pane)
        item = QListWidgetItem(icon, title())
        self.nav.addItem(item)
        n = len(self._panes)
        a = QAction(icon, title(), self)
        if n <= 9:
            a.setShortcut(QKeySequence(f"Ctrl+{n}"))
        a.triggered.connect(lambda _=False, i=n - 1: self.show_pane(i))
        self.addAction(a)
        self.menu_panes.addAction(a)
        self.pane_actions.append(a)
        if n == 1:
            self.nav.setCurrentRow(0)
            self._pane_selected(0)
        return n - 1

    def _title(self, index: int) -> str:
        pane = self._panes[index]
        return pane.title() if index not in self._builders else self._titles[index]()

    # ---- language ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("opsdesk \u2014 duty desk"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_panes.setTitle(self.tr("&Go to"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New ticket"))
        self.act_export.setText(self.tr("&Export list\u2026"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_search.setText(self.tr("&Search"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_theme.setText(self.tr("&Dark theme"))
        self.act_fullscreen.setText(self.tr("&Full screen"))
        self.act_switch.setText(self.tr("S&witch operator\u2026"))
        self.act_operators.setText(self.tr("&Operators\u2026"))
        self.act_settings.setText(self.tr("&Settings\u2026"))
        self.act_about.setText(self.tr("&About opsdesk"))
        for i in range(len(self._panes)):
            self.nav.item(i).setText(self._title(i))
            self.pane_actions[i].setText(self._title(i))
        self.act_theme.setChecked(theme.current_theme() == "dark")

    # ---- panes ---------------------------------------------------------------------------------------
    def current_pane(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_pane(self, index: int) -> None:
        if 0 <= index < len(self._panes):
            self.nav.setCurrentRow(index)

    def _pane_selected(self, index: int) -> None:
        if not 0 <= index < len(self._panes):
            return
        pane = self.pane_at(index)
        self.stack.setCurrentIndex(index)
        for action, method in (
            (self.act_new, "new_ticket"),
            (self.act_search, "focus_search"),
            (self.act_refresh, "refresh"),
            (self.act_export, "export"),
        ):
            action.setEnabled(callable(getattr(pane, method, None)))

    def _call(self, method: str) -> None:
        fn = getattr(self.current_pane(), method, None)
        if callable(fn):
            fn()

    def show_at_risk(self) -> None:
        """The status-bar badge: show the ticket pane filtered to at-risk and breached tickets."""
        pane = self.pane_at(self._tickets_index)
        self.show_pane(self._tickets_index)
        pane.show_at_risk()

    def show_sync(self) -> None:
        """The status bar's connection state: show the sync view."""
        self.show_pane(self._sync_index)

    def _alarm_counts(self, at_risk: int, breached: int) -> None:
        self.status.set_risk(at_risk, breached)
        if breached > self._last_breached and self.state.settings.alert_sound:
            QApplication.beep()
        self._last_breached = breached

    # ---- operator and settings -------------------------------------------------------------------------
    def _operator_changed(self, op: OperatorInfo | None) -> None:
        self.status.set_operator(op)
        self.act_operators.setEnabled(op is not None and op.role == Role.SUPERVISOR)

    def check_calendar(self) -> None:
        today = datetime.now(UTC).astimezone(zone(self.state.settings.timezone)).date()
        self.state.tasks.db(lambda s: calendar_gaps(load_calendar(s), today), self.status.set_calendar_gaps)

    def _settings_changed(self, s: ConsoleSettings) -> None:
        if i18n.resolve_language(s.language) != i18n.current_language():
            i18n.install(s.language)
        if s.theme != theme.current_theme():
            theme.apply(s.theme)
            self.act_theme.setChecked(s.theme == "dark")
        set_display_zone(s.timezone)
        self.status.set_console(s.console_code)
        self.status.set_zone(s.timezone)

    def switch_operator(self) -> None:
        """Shift change: sign in as another operator; panes keep their state (and unsaved text)."""
        from ui.dialogs.sign_in_dialog import SignInDialog

        dlg = SignInDialog(
            self.state.tasks,
            self.state.settings.console_code,
            current=self.state.operator,
            switching=True,
            parent=self,
        )
        dlg.signed_in.connect(self.state.set_operator)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def open_settings(self, *, ask_console_code: bool = False) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.state, self, ask_console_code=ask_console_code, sync=self.sync)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def open_operators(self) -> None:
        op = self.state.operator
        if op is None or op.role != Role.SUPERVISOR:
            return
        from ui.dialogs.operators_dialog import OperatorsDialog

        dlg = OperatorsDialog(self.state, self)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def toggle_theme(self) -> None:
        new = "light" if theme.current_theme() in ("dark", "high_contrast") else "dark"
        self.state.update_settings(self.state.settings.with_(theme=new))

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About opsdesk"),
            self.tr(
                "<b>opsdesk</b> {version}<br>The desk of the on-site IT duty engineers of a command "
                "center: tickets with SLA clocks.<br>Qt {qt}"
            ).format(version=app_version(), qt=_qt_version()),
        )

    # ---- geometry and closing --------------------------------------------------------------------------
    def _restore(self) -> None:
        qs = window_settings()
        geometry = qs.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        st = qs.value("main/state")
        if isinstance(st, QByteArray) and not st.isEmpty():
            self.restoreState(st)
        try:
            self.show_pane(int(qs.value("main/pane", 0)))
        except (TypeError, ValueError):
            self.show_pane(0)

    def save_window_state(self) -> None:
        qs = window_settings()
        qs.setValue("main/geometry", self.saveGeometry())
        qs.setValue("main/state", self.saveState())
        qs.setValue("main/pane", self.stack.currentIndex())
        qs.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
            if self._tickets_index in self._builders:
                # through the database queue: tasks.pending stays above zero until the pane is built and
                # its first loads are queued, so "first loads done" (smoke test, tests) includes them
                self.state.tasks.read(lambda _s: None, on_done=lambda _r: self.pane_at(self._tickets_index))

    @property
    def has_painted(self) -> bool:
        return self._painted

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        unsaved = [
            p for p in self._panes if callable(getattr(p, "has_unsaved_work", None)) and p.has_unsaved_work()
        ]
        if unsaved and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.tr("Quit opsdesk"),
                self.tr("There is unsaved work. Quit anyway and lose it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closed = True
        self.save_window_state()
        self.sync.shutdown()  # the engine stops before the local database it writes to
        # queued writes finish first (the worker is serial), then the worker and the pool stop
        self.state.tasks.shutdown()
        event.accept()


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version

    return pyside_version
