"""The desk's status bar: busy, at-risk/breached badge, operator, console, connection, clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from opsdesk.domain.people import OperatorInfo
from opsdesk.timeutil import zone
from ui import theme
from ui.i18n import Retranslatable
from ui.labels import local_time, role_name, time_text
from ui.sync_words import refusal_text, stop_reason_text


class ConnectionState(Retranslatable, QLabel):
    """The link to the shared server, always visible; a click opens the sync view.

    Fed with the sync engine's status (opsdesk.sync.engine.SyncStatus, or the bridge's own for
    standalone / no password): standalone, online, syncing (n pending), offline since hh:mm (n pending),
    conflicts (n), sign-in refused. Attention wins over activity: refused > stopped > offline >
    conflicts > set aside > syncing > online.
    """

    clicked = Signal()
    STATES = ("standalone", "online", "syncing", "offline", "refused", "error", "connecting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="connectionState")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._state = "standalone"
        self._pending = self._rejected = self._conflicts = 0
        self._offline_since: datetime | None = None
        self._last_sync: datetime | None = None
        self._reason = ""
        self._level = ""
        self.retranslate()

    def state(self) -> str:
        return self._state

    def level(self) -> str:
        """ok | busy | warning | bad | muted: the colour of the current text."""
        return self._level

    def set_state(self, state: str) -> None:
        self._state = state
        self.retranslate()

    def set_status(self, status: object) -> None:
        """Show a SyncStatus (duck-typed: the fields SYNC_DESIGN.md names; last_sync when present)."""
        self._state = str(getattr(status, "state", "standalone"))
        self._pending = int(getattr(status, "pending", 0) or 0)
        self._rejected = int(getattr(status, "rejected", 0) or 0)
        self._conflicts = int(getattr(status, "conflicts", 0) or 0)
        self._offline_since = getattr(status, "offline_since", None)
        self._last_sync = getattr(status, "last_sync", None) or self._last_sync
        self._reason = str(getattr(status, "reason", "") or "")
        self.retranslate()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme switch: the colour follows it
            self._restyle()

    def _hhmm(self, value: datetime | None) -> str:
        return local_time(value).strftime("%H:%M") if value is not None else "--:--"

    def retranslate(self) -> None:
        state, n = self._state, self._pending
        if state == "online" and n:
            state = "syncing"  # online with a queue is working through it
        if state == "refused":
            text, level = self.tr("Sign-in refused"), "bad"
        elif state == "error":
            text, level = self.tr("Sync stopped"), "bad"
        elif state == "offline":
            text = self.tr("Offline since {time} ({n} pending)").format(
                time=self._hhmm(self._offline_since), n=n
            )
            level = "warning"
        elif state in ("online", "syncing") and self._conflicts:
            text, level = self.tr("Conflicts ({n})").format(n=self._conflicts), "warning"
        elif state in ("online", "syncing") and self._rejected:
            text, level = self.tr("Set aside ({n})").format(n=self._rejected), "warning"
        elif state == "syncing":
            text, level = self.tr("Syncing ({n} pending)").format(n=n), "busy"
        elif state == "online":
            text, level = self.tr("Online"), "ok"
        elif state == "connecting":
            text, level = self.tr("Connecting\u2026"), "busy"
        else:
            text, level = self.tr("Standalone"), "muted"
        self.setText(text)
        self.setToolTip(self._tooltip())
        self._level = level
        self._restyle()

    def _tooltip(self) -> str:
        if self._state == "standalone":
            return self.tr(
                "Standalone: no shared server is configured; this console keeps its data alone. "
                "Click for the sync view."
            )
        lines = [self.tr("Connection to the shared server")]
        if self._state == "refused":
            lines.append(refusal_text(self._reason))
        elif self._state == "error" and self._reason:
            lines.append(self.tr("Reason: {reason}").format(reason=stop_reason_text(self._reason)))
        elif self._state == "offline":
            lines.append(self.tr("Work goes on locally; changes are sent when the server is back."))
        lines.append(self.tr("Waiting to be sent: {n}").format(n=self._pending))
        lines.append(self.tr("Conflicts to decide: {n}").format(n=self._conflicts))
        lines.append(self.tr("Set aside by the server: {n}").format(n=self._rejected))
        if self._last_sync is not None:
            lines.append(self.tr("Last synced: {time}").format(time=time_text(self._last_sync, seconds=True)))
        lines.append(self.tr("Click for the sync view."))
        return "\n".join(lines)

    def _restyle(self) -> None:
        names = {
            "ok": "ok",
            "busy": "primary",
            "warning": "warning",
            "bad": "breached",
            "muted": "text_muted",
        }
        sheet = f"QLabel#connectionState {{ color: {theme.color(names.get(self._level, 'text')).name()}; }}"
        if self._level in ("warning", "bad"):
            sheet = sheet[:-2] + " font-weight: bold; }"
        if sheet != self.styleSheet():  # setting it again would be a style change, and a loop
            self.setStyleSheet(sheet)


class DeskStatusBar(Retranslatable, QStatusBar):
    risk_clicked = Signal()
    connection_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._operator: OperatorInfo | None = None
        self._console = ""
        self._zone = "Asia/Shanghai"
        self._at_risk = 0
        self._breached = 0
        self._pending = 0
        self._calendar_gaps: tuple[int, ...] = ()

        self.calendar_warning = QLabel(objectName="calendarWarning")
        self.calendar_warning.hide()
        self.busy = QLabel(objectName="busyIndicator")
        self.busy.hide()
        self.risk = QToolButton(objectName="riskBadge")
        self.risk.setCursor(Qt.CursorShape.PointingHandCursor)
        self.risk.setProperty("level", "none")
        self.risk.clicked.connect(self.risk_clicked)
        self.operator_label = QLabel(objectName="statusOperator")
        self.console_label = QLabel(objectName="statusConsole")
        self.connection = ConnectionState()
        self.connection.clicked.connect(self.connection_clicked)
        # a console's first sync (the whole replica) shows its progress here, next to the connection
        self.sync_progress = QProgressBar(objectName="syncProgress")
        self.sync_progress.setMaximumWidth(180)
        self.sync_progress.setTextVisible(True)
        self.sync_progress.hide()
        self.clock = QLabel(objectName="statusClock")
        self.addWidget(self.busy)
        for w in (
            self.calendar_warning,
            self.risk,
            self.operator_label,
            self.console_label,
            self.sync_progress,
            self.connection,
            self.clock,
        ):
            self.addPermanentWidget(w)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate()
        self._tick()

    def retranslate(self) -> None:
        op = self._operator
        if op is None:
            self.operator_label.setText(self.tr("Not signed in"))
        else:
            self.operator_label.setText(f"{op.name} \u00b7 {op.post or role_name(op.role)}")
        self.operator_label.setToolTip(self.tr("Signed-in operator (Ctrl+L to switch)"))
        self.console_label.setText(self.tr("Console {code}").format(code=self._console))
        self.clock.setToolTip(self.tr("Time in {zone}").format(zone=self._zone))
        self.busy.setText(self.tr("Working\u2026"))
        years = "、".join(str(y) for y in self._calendar_gaps)
        self.calendar_warning.setText(self.tr("\u26a0 No holiday data for {years}").format(years=years))
        self.calendar_warning.setToolTip(
            self.tr(
                "Workdays in these years fall back to Monday\u2013Friday. Import the State Council's holiday "
                "arrangement: opsdesk-cli calendar import FILE.csv"
            )
        )
        self._show_risk()
        self._show_progress_text()

    # ---- setters ---------------------------------------------------------------------------------------
    def set_operator(self, op: OperatorInfo | None) -> None:
        self._operator = op
        self.retranslate()

    def set_console(self, code: str) -> None:
        self._console = code
        self.retranslate()

    def set_zone(self, name: str) -> None:
        self._zone = name
        self.retranslate()
        self._tick()

    def set_pending(self, pending: int) -> None:
        self._pending = pending
        self.busy.setVisible(pending > 0)

    def set_sync_status(self, status: object) -> None:
        """The sync engine's status: the connection text and, during a first sync, its progress."""
        self.connection.set_status(status)
        progress = getattr(status, "progress", None)
        if progress and progress[1] > 0:
            done, total = progress
            self.sync_progress.setRange(0, int(total))
            self.sync_progress.setValue(min(int(done), int(total)))
            self.sync_progress.show()
        else:
            self.sync_progress.hide()
        self._show_progress_text()

    def _show_progress_text(self) -> None:
        self.sync_progress.setFormat(self.tr("First sync %p%"))
        self.sync_progress.setToolTip(
            self.tr("This console is fetching the shared data: {done} of {total} records.").format(
                done=self.sync_progress.value(), total=self.sync_progress.maximum()
            )
        )

    def set_calendar_gaps(self, years: tuple[int, ...]) -> None:
        self._calendar_gaps = tuple(years)
        self.calendar_warning.setVisible(bool(years))
        self.retranslate()

    def set_risk(self, at_risk: int, breached: int) -> None:
        self._at_risk, self._breached = at_risk, breached
        self._show_risk()

    def risk_level(self) -> str:
        return "breached" if self._breached else "warning" if self._at_risk else "none"

    def _show_risk(self) -> None:
        self.risk.setText(
            self.tr("At risk {at_risk} \u00b7 Breached {breached}").format(
                at_risk=self._at_risk, breached=self._breached
            )
        )
        self.risk.setToolTip(self.tr("Tickets whose SLA clock is at risk or breached. Click to list them."))
        level = self.risk_level()
        if self.risk.property("level") != level:
            self.risk.setProperty("level", level)
            self.risk.style().unpolish(self.risk)
            self.risk.style().polish(self.risk)

    def _tick(self) -> None:
        now = datetime.now(UTC).astimezone(zone(self._zone))
        self.clock.setText(now.strftime("%H:%M:%S"))
