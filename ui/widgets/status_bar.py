"""The desk's status bar: busy, at-risk/breached badge, operator, console, connection, clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from opsdesk.domain.people import OperatorInfo
from opsdesk.timeutil import zone
from ui.i18n import Retranslatable
from ui.labels import role_name


class ConnectionState(Retranslatable, QLabel):
    """The link to the shared server. "standalone" until a server is configured; then online/offline."""

    STATES = ("standalone", "online", "offline", "connecting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="connectionState")
        self._state = "standalone"
        self.retranslate()

    def state(self) -> str:
        return self._state

    def set_state(self, state: str) -> None:
        self._state = state
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "standalone": self.tr("Standalone"),
            "online": self.tr("Online"),
            "offline": self.tr("Offline"),
            "connecting": self.tr("Connecting\u2026"),
        }
        self.setText(texts.get(self._state, self._state))
        self.setToolTip(self.tr("Connection to the shared server"))


class DeskStatusBar(Retranslatable, QStatusBar):
    risk_clicked = Signal()

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
        self.clock = QLabel(objectName="statusClock")
        self.addWidget(self.busy)
        for w in (
            self.calendar_warning,
            self.risk,
            self.operator_label,
            self.console_label,
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
