"""One ticket: its facts, the four SLA clocks, the actions its status allows, the timeline, attachments.

The actions are QActions with single-key shortcuts (A acknowledge, S on site, R resolve, P pause/resume,
C close, O reopen, M comment, Shift+P priority, G reassign, F fault report). Which are enabled comes from
opsdesk.rules.lifecycle: each is tried on the ticket's replayed state. The pane adds the same actions to
the list so the keys work there too; they never fire while typing in a text field.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.enums import ClockName, ClockState, EventKind, TicketStatus
from opsdesk.domain.tickets import Attachment, TicketDetail, TicketEvent
from opsdesk.errors import InvalidTransition
from opsdesk.rules.lifecycle import replay_state, step
from ui.clock_rule import running_state
from ui.i18n import Retranslatable
from ui.labels import (
    category_name,
    clock_name,
    clock_state_name,
    event_name,
    local_time,
    pause_reason_name,
    status_name,
    time_text,
)
from ui.models.tickets_model import format_remaining
from ui.widgets.clock_badge import badge_colors

K = EventKind
# action key -> (event kind, shortcut)
ACTION_KEYS: tuple[tuple[str, EventKind | None, str], ...] = (
    ("acknowledge", K.ACKNOWLEDGED, "A"),
    ("arrive", K.ARRIVED, "S"),
    ("resolve", K.RESOLVED, "R"),
    ("pause", None, "P"),  # pause, or resume when paused
    ("close", K.CLOSED, "C"),
    ("reopen", K.REOPENED, "O"),
    ("comment", K.COMMENT, "M"),
    ("priority", K.PRIORITY_CHANGED, "Shift+P"),
    ("reassign", K.REASSIGNED, "G"),
    ("report", None, "F"),
    ("attach", None, ""),
)


def allowed_events(detail: TicketDetail) -> set[EventKind]:
    """The events the ticket's lifecycle allows now (tried on its replayed state)."""
    try:
        state = replay_state(detail.events)
    except InvalidTransition:
        return {K.COMMENT}
    out = set()
    for kind in EventKind:
        if kind is K.CREATED:
            continue
        try:
            step(state, kind)
        except InvalidTransition:
            continue
        out.add(kind)
    return out


_FREEZABLE = (ClockName.ARRIVE, ClockName.RESOLVE)  # a pause never freezes respond (opsdesk.rules.sla)


def _duration(d: timedelta) -> str:
    return format_remaining(d.total_seconds())


def _pause_started(detail: TicketDetail) -> datetime | None:
    """When the pause still open began: the last PAUSED with no RESUMED after it."""
    since = None
    for e in detail.events:
        if e.kind is K.PAUSED:
            since = e.at
        elif e.kind is K.RESUMED:
            since = None
    return since


def _clock_time(at: datetime, now: datetime) -> str:
    """14:05 today, else the date too."""
    local, today = local_time(at), local_time(now)
    return local.strftime("%H:%M") if local.date() == today.date() else local.strftime("%Y-%m-%d %H:%M")


class TicketDetailView(Retranslatable, QWidget):
    action_requested = Signal(object)  # EventKind
    report_requested = Signal()
    attach_requested = Signal()
    save_attachment_requested = Signal(object)  # Attachment
    checklist_requested = Signal(str)  # ticket id: show the checklist line that filed this ticket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: TicketDetail | None = None
        self._allowed: set[EventKind] = set()
        self._live_rows: list[tuple[int, float, float | None]] = []  # running clocks: row, due, warn
        self._shown_state: list[ClockState | None] = [None] * 4
        self._paused_rows: list[int] = []  # frozen clocks showing "paused since"
        self._since: datetime | None = None
        self._since_day = datetime.now(UTC).date()

        self.empty = QLabel(objectName="dialogHint", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(objectName="dialogHeading", wordWrap=True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(wordWrap=True)

        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, (key, kind, shortcut) in enumerate(ACTION_KEYS):
            a = QAction(self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setEnabled(False)
            if kind is not None:
                a.triggered.connect(lambda _=False, k=kind: self.action_requested.emit(k))
            self.actions[key] = a
            self.addAction(a)
            b = QPushButton()  # styled like every button, disabled ones visibly so
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the fast way; focus stays in the list
            b.clicked.connect(a.trigger)
            a.changed.connect(
                lambda a=a, b=b: (b.setEnabled(a.isEnabled()), b.setText(a.text()), b.setToolTip(a.toolTip()))
            )
            self.buttons[key] = b
            buttons.addWidget(b, i // 6, i % 6)
        self.actions["pause"].triggered.connect(self._pause_or_resume)
        self.actions["report"].triggered.connect(self.report_requested)
        self.actions["attach"].triggered.connect(self.attach_requested)

        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(2)
        self._fact_labels: dict[str, QLabel] = {}
        self._fact_values: dict[str, QLabel] = {}
        for key in ("status", "category", "location", "equipment", "reporter", "assignee", "created"):
            lab, val = QLabel(), QLabel(wordWrap=True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_labels[key], self._fact_values[key] = lab, val
            self.facts.addRow(lab, val)

        self.clocks = QTableWidget(4, 5)
        self.clocks.verticalHeader().hide()
        self.clocks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clocks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.clocks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clocks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clocks.horizontalHeader().setStretchLastSection(True)
        self.clocks.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.timeline = QTableWidget(0, 4)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        hh = self.timeline.horizontalHeader()
        for c in range(3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)

        self.description = QLabel(wordWrap=True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fault = QLabel(wordWrap=True)
        self.fault.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fault.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a ticket filed from a meeting checklist links back to that line (the meetings pane shows it)
        self.open_checklist = QPushButton(objectName="openChecklist")
        self.open_checklist.hide()
        self.open_checklist.clicked.connect(
            lambda: self.detail and self.checklist_requested.emit(self.detail.id)
        )
        text_tab = QWidget()
        tl = QVBoxLayout(text_tab)
        tl.addWidget(self.description)
        tl.addWidget(self.fault)
        cl = QHBoxLayout()
        cl.addWidget(self.open_checklist)
        cl.addStretch(1)
        tl.addLayout(cl)
        tl.addStretch(1)

        self.attachments = QListWidget()
        self.save_attachment = QPushButton()
        self.save_attachment.clicked.connect(self._save_selected)
        self.add_attachment = QPushButton()
        self.add_attachment.clicked.connect(self.actions["attach"].trigger)
        self.actions["attach"].changed.connect(
            lambda: self.add_attachment.setEnabled(self.actions["attach"].isEnabled())
        )
        att_tab = QWidget()
        al = QVBoxLayout(att_tab)
        al.addWidget(self.attachments)
        ab = QHBoxLayout()
        ab.addStretch(1)
        ab.addWidget(self.add_attachment)
        ab.addWidget(self.save_attachment)
        al.addLayout(ab)
        self.attachments.itemDoubleClicked.connect(lambda _i: self._save_selected())

        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(text_tab, "")
        self.tabs.addTab(att_tab, "")

        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.heading)
        bl.addWidget(self.subheading)
        bl.addLayout(buttons)
        bl.addLayout(self.facts)
        bl.addWidget(self.clocks)
        bl.addWidget(self.tabs, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.body)
        self.body.hide()
        self.retranslate()

    # ---- content ---------------------------------------------------------------------------------
    def set_detail(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        self.body.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        self._allowed = allowed_events(detail) if detail else set()
        self._update_actions()
        if detail is None:
            return
        self._fill()

    def clear(self) -> None:
        self.set_detail(None)

    def set_checklist_link(self, ticket_id: str, linked: bool) -> None:
        """Show the way back to the checklist line, once the link of the shown ticket is known."""
        self.open_checklist.setVisible(linked and self.detail is not None and self.detail.id == ticket_id)

    def allowed(self) -> set[EventKind]:
        return set(self._allowed)

    def _update_actions(self) -> None:
        d = self.detail
        for key, kind, _s in ACTION_KEYS:
            if kind is not None:
                self.actions[key].setEnabled(kind in self._allowed)
        self.actions["pause"].setEnabled(bool({K.PAUSED, K.RESUMED} & self._allowed))
        self._name_pause()
        self.actions["report"].setEnabled(
            d is not None and d.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
        )
        self.actions["attach"].setEnabled(d is not None)

    def _paused(self) -> bool:
        return self.detail is not None and self.detail.status is TicketStatus.PAUSED

    def _pause_or_resume(self) -> None:
        kind = K.RESUMED if self._paused() else K.PAUSED
        if kind in self._allowed:
            self.action_requested.emit(kind)

    def _name_pause(self) -> None:
        a = self.actions["pause"]
        text = self.tr("Resume") if self._paused() else self.tr("Pause…")
        a.setText(text)
        a.setToolTip(f"{text} (P)")

    def _fill(self) -> None:
        d = self.detail
        assert d is not None
        self.heading.setText(f"{d.code}  {d.title}")
        self.subheading.setText(f"{d.priority} · {status_name(d.status)}")
        reporter = " · ".join(x for x in (d.reporter_name, d.reporter_phone, d.reporter_unit) if x)
        values = {
            "status": status_name(d.status),
            "category": category_name(d.category),
            "location": d.room_name or "—",
            "equipment": d.equipment or "—",
            "reporter": reporter or "—",
            "assignee": d.assignee_name or "—",
            "created": f"{time_text(d.created_at)}  {d.created_by_name}".strip(),
        }
        for key, val in values.items():
            self._fact_values[key].setText(val)
        self.description.setText(d.description or self.tr("(no description)"))
        f = d.fault
        if any(f.as_dict().values()):
            parts = [
                (self.tr("Fault level"), f.level), (self.tr("Cause"), f.cause), (self.tr("Handling"), f.handling),
                (self.tr("Result"), f.result), (self.tr("Replaced part model"), f.part_model),
                (self.tr("Replaced part serial number"), f.part_serial),
            ]  # fmt: skip
            self.fault.setText("\n".join(f"{k}: {v}" for k, v in parts if v))
            self.fault.show()
        else:
            self.fault.hide()
        self._fill_timeline(d.events)
        self._fill_attachments(d.attachments)
        self.tabs.setTabText(2, self.tr("Attachments ({n})").format(n=len(d.attachments)))
        self._fill_clocks(datetime.now(UTC))

    def _fill_timeline(self, events: tuple[TicketEvent, ...]) -> None:
        self.timeline.setRowCount(len(events))
        for r, e in enumerate(events):
            when = time_text(e.at)
            if e.recorded_at and e.recorded_at - e.at > timedelta(minutes=5):
                when += "\n" + self.tr("entered {time}").format(time=time_text(e.recorded_at))
            items = (when, e.operator_name, event_name(e.kind), self._event_text(e))
            for c, text in enumerate(items):
                it = QTableWidgetItem(text)
                it.setToolTip(text)
                self.timeline.setItem(r, c, it)
        self.timeline.resizeRowsToContents()
        if events:
            self.timeline.scrollToBottom()

    def _event_text(self, e: TicketEvent) -> str:
        p = e.payload or {}
        parts: list[str] = []
        if e.kind is K.CREATED and p.get("priority"):
            parts.append(self.tr("priority {p}").format(p=p["priority"]))
        elif e.kind is K.PAUSED and p.get("reason"):
            parts.append(pause_reason_name(p["reason"]))
        elif e.kind is K.PRIORITY_CHANGED:
            parts.append(f"{p.get('from', '')} → {p.get('to', '')}")
        elif e.kind is K.REASSIGNED:
            parts.append(self.tr("to {name}").format(name=p.get("to_name", "")))
        elif e.kind is K.RESOLVED:
            f = p.get("fault") or {}
            for label, key in ((self.tr("Handling"), "handling"), (self.tr("Result"), "result")):
                if f.get(key):
                    parts.append(f"{label}: {f[key]}")
        elif e.kind is K.ATTACHMENT and p.get("filename"):
            parts.append(str(p["filename"]))
        if p.get("note"):
            parts.append(str(p["note"]))
        return "\n".join(parts)

    def _fill_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        self.attachments.clear()
        loc = QLocale()
        for a in attachments:
            text = (
                f"{a.filename}  ({loc.formattedDataSize(a.size)})  {a.added_by_name}  {time_text(a.added_at)}"
            )
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, a)
            self.attachments.addItem(it)
        self.save_attachment.setEnabled(bool(attachments))
        if attachments:
            self.attachments.setCurrentRow(0)

    def _save_selected(self) -> None:
        it = self.attachments.currentItem()
        if it is not None:
            self.save_attachment_requested.emit(it.data(Qt.ItemDataRole.UserRole))

    # ---- live clocks -----------------------------------------------------------------------------
    def _fill_clocks(self, now: datetime) -> None:
        """Every cell of the clocks table, once per detail shown; `tick` then touches only what moves.

        A running clock counts down from its cached due time. A frozen one (the ticket is paused: arrive
        and resolve, never respond) keeps its remaining time; its due moves on as long as the pause lasts,
        so it is shown as paused instead of a time that is already stale.
        """
        d = self.detail
        assert d is not None
        since = _pause_started(d) if d.status is TicketStatus.PAUSED else None
        self._live_rows, self._paused_rows, self._since = [], [], since
        self._since_day = local_time(now).date()
        for r, clock in enumerate(d.clocks):
            frozen = (
                clock.stopped_at is None
                and clock.state is not ClockState.NONE
                and (clock.state is ClockState.PAUSED or (since is not None and clock.name in _FREEZABLE))
            )
            due = time_text(clock.due)
            state_text = None
            if frozen and clock.state is not ClockState.BREACHED:  # an overdue clock's due does not move
                due = self.tr("— (paused)")
                if since is not None:
                    state_text = self._since_text(since, now)
                    self._paused_rows.append(r)
            remaining = clock.remaining if clock.state is not ClockState.NONE else None
            cells = (
                clock_name(clock.name), "", due, "" if remaining is None else _duration(remaining),
                _duration(clock.paused) if clock.paused else "",
            )  # fmt: skip
            for c, text in enumerate(cells):
                self._cell(r, c).setText(text)
            self._shown_state[r] = None
            if clock.running and not frozen and clock.due is not None:
                warn = clock.warn_at.timestamp() if clock.warn_at is not None else None
                self._live_rows.append((r, clock.due.timestamp(), warn))
            else:
                self._show_state(r, clock.state, state_text)
        self.tick(now)
        self._fit_clocks()

    def tick(self, now: datetime) -> None:
        """Once a second: the remaining time and state of the running clocks, from cached due times."""
        if self.detail is None:
            return
        if self._paused_rows and local_time(now).date() != self._since_day:  # past midnight: add the date
            self._since_day = local_time(now).date()
            since = self._since
            assert since is not None
            for r in self._paused_rows:
                self._cell(r, 1).setText(self._since_text(since, now))
        t = now.timestamp()
        for r, due, warn in self._live_rows:
            state = running_state(due, warn, t)
            self._cell(r, 3).setText(format_remaining(due - t))
            if state is not self._shown_state[r]:
                self._show_state(r, state)

    def _since_text(self, since: datetime, now: datetime) -> str:
        return self.tr("Paused since {time}").format(time=_clock_time(since, now))

    def _show_state(self, r: int, state: ClockState, text: str | None = None) -> None:
        self._shown_state[r] = state
        fill, fg = badge_colors(state)
        it = self._cell(r, 1)
        it.setText(text or clock_state_name(state))
        it.setBackground(fill if fill is not None else QColor(0, 0, 0, 0))
        it.setForeground(fg)

    def _cell(self, r: int, c: int) -> QTableWidgetItem:
        it = self.clocks.item(r, c)
        if it is None:
            it = QTableWidgetItem()
            self.clocks.setItem(r, c, it)
        return it

    def _fit_clocks(self) -> None:
        h = self.clocks.horizontalHeader().height() + sum(self.clocks.rowHeight(r) for r in range(4)) + 4
        self.clocks.setFixedHeight(h)

    # ---- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select a ticket in the list to see its clocks and history."))
        names = {
            "acknowledge": self.tr("Acknowledge"),
            "arrive": self.tr("On site"),
            "resolve": self.tr("Resolve…"),
            "pause": self.tr("Pause…"),
            "close": self.tr("Close"),
            "reopen": self.tr("Reopen"),
            "comment": self.tr("Comment…"),
            "priority": self.tr("Priority…"),
            "reassign": self.tr("Reassign…"),
            "report": self.tr("Fault report…"),
            "attach": self.tr("Attach file…"),
        }
        for key, a in self.actions.items():
            a.setText(names[key])
            sc = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{names[key]} ({sc})" if sc else names[key])
        self._name_pause()
        facts = {
            "status": self.tr("Status:"),
            "category": self.tr("Category:"),
            "location": self.tr("Location:"),
            "equipment": self.tr("Equipment:"),
            "reporter": self.tr("Reporter:"),
            "assignee": self.tr("Assignee:"),
            "created": self.tr("Created:"),
        }
        for key, lab in self._fact_labels.items():
            lab.setText(facts[key])
        self.clocks.setHorizontalHeaderLabels(
            [self.tr("Clock"), self.tr("State"), self.tr("Due"), self.tr("Remaining"), self.tr("Paused")]
        )
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Operator"), self.tr("Event"), self.tr("Details")]
        )
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Description and fault record"))
        self.tabs.setTabText(
            2, self.tr("Attachments ({n})").format(n=len(self.detail.attachments) if self.detail else 0)
        )
        self.save_attachment.setText(self.tr("Save as…"))
        self.add_attachment.setText(self.tr("Attach file…"))
        self.open_checklist.setText(self.tr("Show the checklist line…"))
        if self.detail is not None:
            self._fill()
