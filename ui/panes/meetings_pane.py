"""Meeting support (会议保障): the meetings list and week/month calendar with the selected meeting's detail
and checklists, the checklist run mode, the video roll-call, and attendees with seating and name cards.

The pane shows itself at once; everything that touches the database runs on the task worker. Keys:
Alt+1…4 switch the tabs, Ctrl+Shift+N a new meeting, Ctrl+Shift+R a new roll-call.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import ChecklistTemplate, Meeting, OpenChecklist, RunSummary
from opsdesk.timeutil import utcnow, zone
from ui import theme
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.models.meetings_model import ID_ROLE, Col, MeetingsModel
from ui.state import DeskState
from ui.widgets.checklist_run import ChecklistRunView
from ui.widgets.meeting_attendees import AttendeesPanel
from ui.widgets.meeting_calendar import MONTH, WEEK, MeetingCalendar
from ui.widgets.meeting_labels import countdown_text, kind_name
from ui.widgets.rollcall_panel import RollcallPanel

TAB_MEETINGS, TAB_CHECKLIST, TAB_ROLLCALL, TAB_ATTENDEES = 0, 1, 2, 3
LIST_BEFORE, LIST_AFTER = timedelta(days=7), timedelta(days=90)


class MeetingsPane(Retranslatable, QWidget):
    show_ticket_requested = Signal(str)  # ticket id: the main window shows it in the tickets pane
    meetings_loaded = Signal(int)
    meeting_loaded = Signal(object)  # Meeting (with runs)

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = state.tasks
        self.meeting: Meeting | None = None
        self.templates: list[ChecklistTemplate] = []
        self.open_runs: list[OpenChecklist] = []
        self.dialog: QWidget | None = None
        self._gen = 0
        self._pending_select: str | None = None
        self._reference_ready = False
        self._pending_line: tuple[str, str, str] | None = None  # run, item key, venue name to show

        self._build()
        self.retranslate()
        self.tasks.changed.connect(self._changed)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._late_timer = QTimer(self, interval=30000)
        self._late_timer.timeout.connect(self.load_open_runs)
        self._late_timer.start()
        self.ensure_reference()

    # ---- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(objectName="dialogHeading")
        self.header_countdown = QLabel(objectName="meetingCountdown")
        self.late_banner = QLabel(objectName="formError", wordWrap=True)
        self.late_banner.hide()

        # meetings tab: list or calendar on the left, the selected meeting on the right
        self.view_list = QRadioButton()
        self.view_week = QRadioButton()
        self.view_month = QRadioButton()
        self.view_group = QButtonGroup(self)
        for i, b in enumerate((self.view_list, self.view_week, self.view_month)):
            self.view_group.addButton(b, i)
        self.view_list.setChecked(True)
        self.view_group.idClicked.connect(self._view_changed)
        self.prev_button = QPushButton("\u25c0")
        self.today_button = QPushButton()
        self.next_button = QPushButton("\u25b6")
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.calendar.set_current(self._today()))
        self.range_label = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_meeting)
        self.templates_button = QPushButton()
        self.templates_button.clicked.connect(self.open_templates)

        self.model = MeetingsModel(self)
        self.list_view = QTableView(objectName="meetingList")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.list_view.setWordWrap(False)
        hh = self.list_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for c in (Col.START, Col.KIND, Col.VENUES, Col.RESPONSIBLE):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.resizeSection(Col.PLACE, fm.horizontalAdvance("3号会议室") + 20)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_current)
        self.list_view.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.list_view.activated.connect(lambda _i: self.runs.setFocus())  # Enter: on to its checklists
        self.calendar = MeetingCalendar()
        self.calendar.range_changed.connect(lambda *_a: self.reload())
        self.calendar.meeting_clicked.connect(self.select_meeting)
        self.calendar.meeting_activated.connect(lambda mid: (self.select_meeting(mid), self.edit_meeting()))
        self.calendar.day_activated.connect(self._new_on_day)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.calendar)

        nav = QHBoxLayout()
        for w in (self.view_list, self.view_week, self.view_month):
            nav.addWidget(w)
        nav.addSpacing(8)
        for w in (self.prev_button, self.today_button, self.next_button):
            nav.addWidget(w)
        nav.addWidget(self.range_label, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(nav)
        ll.addWidget(self.stack, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addWidget(self.templates_button)
        tools.addStretch(1)
        ll.addLayout(tools)

        # the selected meeting
        self.detail = QLabel(wordWrap=True, objectName="meetingDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.venues_label = QLabel(wordWrap=True)
        self.runs = QTableWidget(0, 4, objectName="meetingRuns")
        self.runs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs.verticalHeader().hide()
        self.runs.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        rh = self.runs.horizontalHeader()
        rh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            rh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.runs.activated.connect(lambda _i: self.open_selected_run())
        self.runs_label = QLabel()
        self.template_box = QComboBox()
        self.template_box.setMinimumContentsLength(10)
        self.start_run_button = QPushButton()
        self.start_run_button.clicked.connect(self.start_run)
        self.open_run_button = QPushButton()
        self.open_run_button.clicked.connect(self.open_selected_run)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_meeting)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_meeting)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail)
        rl.addWidget(self.venues_label)
        rl.addWidget(self.runs_label)
        rl.addWidget(self.runs, 1)
        run_bar = QHBoxLayout()
        run_bar.addWidget(self.open_run_button)
        run_bar.addStretch(1)
        run_bar.addWidget(self.template_box, 1)
        run_bar.addWidget(self.start_run_button)
        rl.addLayout(run_bar)
        mbar = QHBoxLayout()
        mbar.addWidget(self.edit_button)
        mbar.addWidget(self.cancel_button)
        mbar.addStretch(1)
        rl.addLayout(mbar)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        self.checklist = ChecklistRunView(self.state)
        self.checklist.show_ticket.connect(self.show_ticket_requested)
        self.checklist.result_recorded.connect(lambda _r: self._refresh_meeting())
        self.checklist.run_loaded.connect(self._select_pending_line)
        self.rollcall = RollcallPanel(self.state)
        self.attendees = AttendeesPanel(self.state)

        self.tabs = QTabWidget(objectName="meetingTabs")
        self.tabs.addTab(self.split, "")
        self.tabs.addTab(self.checklist, "")
        self.tabs.addTab(self.rollcall, "")
        self.tabs.addTab(self.attendees, "")

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.header_countdown)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(self.late_banner)
        lay.addWidget(self.tabs, 1)

        # only while the pane is shown and has the focus: other panes may use the same keys
        here = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for i in range(4):
            sc = QShortcut(QKeySequence(f"Alt+{i + 1}"), self, context=here)
            sc.activated.connect(lambda i=i: self.show_tab(i))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, context=here).activated.connect(self.new_meeting)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, context=here).activated.connect(self.new_rollcall)
        for b in (self.prev_button, self.today_button, self.next_button):
            b.setEnabled(False)
        self._show_meeting()

    # ---- public API (main window) ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Meetings")

    def refresh(self) -> None:
        self.reload()
        self.load_open_runs()
        if self.meeting is not None:
            self.load_meeting(self.meeting.id)
        self.checklist.reload()
        self.attendees.reload()

    def has_unsaved_work(self) -> bool:
        return self.dialog is not None

    def showEvent(self, event) -> None:
        """Take the focus when shown from the side bar (it has none), so the pane's keys work at once."""
        super().showEvent(event)
        fw = QApplication.focusWidget()
        if fw is None or not self.isAncestorOf(fw):
            QTimer.singleShot(0, lambda: self.show_tab(self.tabs.currentIndex()))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        w = self.tabs.currentWidget()
        if w is self.checklist:
            self.checklist.view.setFocus()
        elif w is self.rollcall:
            self.rollcall.grid.setFocus()
        elif w is self.attendees:
            self.attendees.table.setFocus()
        else:
            self.stack.currentWidget().setFocus()

    # ---- reference and lists ---------------------------------------------------------------------
    def ensure_reference(self) -> None:
        """Built-in templates and the district venues, once per database (idempotent in the core)."""
        from opsdesk.services import meetings

        def done(_v) -> None:
            self._reference_ready = True
            self.reload()
            self.load_templates()
            self.load_open_runs()

        self.tasks.write(
            lambda s: meetings.ensure_meeting_reference(s),
            done,
            self._show_error,
            tables={"checklist_templates", "venues"},
        )

    def _today(self) -> date:
        return datetime.now(UTC).astimezone(zone(self.state.settings.timezone)).date()

    def visible_range(self) -> tuple[datetime, datetime]:
        tz = zone(self.state.settings.timezone)
        if self.stack.currentWidget() is self.calendar:
            first, last = self.calendar.visible_range()
            start = datetime.combine(first, time(0), tz)
            end = datetime.combine(last + timedelta(days=1), time(0), tz)
        else:
            today = datetime.combine(self._today(), time(0), tz)
            start, end = today - LIST_BEFORE, today + LIST_AFTER
        return start.astimezone(UTC), end.astimezone(UTC)

    def reload(self) -> None:
        from opsdesk.services import meetings

        self._gen += 1
        gen = self._gen
        start, end = self.visible_range()
        self.calendar.today = self._today()
        self._range_text(start, end)
        self.tasks.read(
            lambda s: meetings.list_meetings(s, start, end, include_cancelled=True),
            lambda rows: self._meetings_arrived(gen, rows),
            self._show_error,
        )

    def _meetings_arrived(self, gen: int, rows: list[Meeting]) -> None:
        if gen != self._gen:
            return
        keep = self._pending_select or (self.meeting.id if self.meeting else None)
        self.model.set_meetings(rows)
        self.calendar.set_meetings(rows)
        if keep and self.model.row_of(keep) >= 0:
            self._select_row(self.model.row_of(keep))
            self._pending_select = None
        elif self.meeting is None and rows:
            upcoming = next((i for i, m in enumerate(rows) if m.starts_at >= utcnow() and not m.cancelled), 0)
            self._select_row(upcoming)
        self.meetings_loaded.emit(len(rows))

    def _range_text(self, start: datetime, end: datetime) -> None:
        a, b = time_text(start)[:10], time_text(end - timedelta(seconds=1))[:10]
        self.range_label.setText(f"{a} \u2013 {b}")

    def load_templates(self) -> None:
        from opsdesk.services import checklists

        self.tasks.read(lambda s: checklists.list_templates(s), self._templates_arrived, self._show_error)

    def _templates_arrived(self, templates: list[ChecklistTemplate]) -> None:
        self.templates = templates
        keep = self.template_box.currentData()
        self.template_box.clear()
        for t in templates:
            self.template_box.addItem(
                self.tr("{name} (v{version})").format(name=t.name, version=t.version), t.id
            )
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(keep)))

    def load_open_runs(self) -> None:
        from opsdesk.services import checklists

        now = utcnow()
        self.tasks.read(
            lambda s: checklists.open_checklist_runs(s, now), self._open_runs_arrived, lambda _e: None
        )

    def _open_runs_arrived(self, runs: list[OpenChecklist]) -> None:
        self.open_runs = runs
        late = [r for r in runs if r.late]
        if late:
            names = "; ".join(f"{r.meeting_title} \u2014 {r.template_name}" for r in late[:3])
            more = len(late) - 3
            text = self.tr("Late checklists ({n}): {names}").format(n=len(late), names=names)
            if more > 0:
                text += self.tr(" and {n} more").format(n=more)
            self.late_banner.setText(text)
            self.late_banner.show()
        else:
            self.late_banner.hide()

    # ---- selection -------------------------------------------------------------------------------
    def _view_changed(self, index: int) -> None:
        if index == 0:
            self.stack.setCurrentWidget(self.list_view)
        else:
            self.calendar.set_mode(WEEK if index == 1 else MONTH)
            self.stack.setCurrentWidget(self.calendar)
        for b in (self.prev_button, self.today_button, self.next_button):
            b.setEnabled(index != 0)
        self.reload()

    def _step(self, sign: int) -> None:
        self.calendar.set_current(self.calendar._shift(sign))

    def _select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.list_view.setCurrentIndex(idx)
        self.list_view.scrollTo(idx)

    def _list_current(self, current, _previous) -> None:
        mid = current.data(ID_ROLE) if current.isValid() else None
        if mid and (self.meeting is None or self.meeting.id != mid):
            self.load_meeting(mid)

    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self._select_row(row)
        self.calendar.selected_id = meeting_id
        self.calendar.update()
        if self.meeting is None or self.meeting.id != meeting_id:
            self.load_meeting(meeting_id)

    def load_meeting(self, meeting_id: str) -> None:
        from opsdesk.services import meetings

        self.tasks.read(lambda s: meetings.get_meeting(s, meeting_id), self.set_meeting, self._show_error)

    def set_meeting(self, meeting: Meeting) -> None:
        changed = self.meeting is None or self.meeting.id != meeting.id
        self.meeting = meeting
        self._show_meeting()
        if changed:
            self.rollcall.set_meeting(meeting)
            self.attendees.set_meeting(meeting)
        self.meeting_loaded.emit(meeting)

    def _refresh_meeting(self) -> None:
        if self.meeting is not None:
            self.load_meeting(self.meeting.id)

    def _show_meeting(self) -> None:
        m = self.meeting
        for w in (self.edit_button, self.cancel_button, self.start_run_button, self.open_run_button):
            w.setEnabled(m is not None)
        if m is None:
            self.header.setText(self.tr("Meeting support"))
            self.detail.setText(self.tr("No meeting selected. Ctrl+Shift+N makes a new one."))
            self.venues_label.clear()
            self.runs.setRowCount(0)
            self.header_countdown.clear()
            return
        cancelled = self.tr(" (cancelled)") if m.cancelled else ""
        self.header.setText(f"{m.title}{cancelled}")
        ends = f" \u2013 {time_text(m.ends_at)[11:]}" if m.ends_at else ""
        lines = [
            self.tr("Kind: {kind}").format(kind=kind_name(m.kind)),
            self.tr("Time: {start}{end}").format(start=time_text(m.starts_at), end=ends),
            self.tr("Place: {place}").format(place=m.room_name or m.place or self.tr("not set")),
            self.tr("Responsible: {name}").format(name=m.responsible_name or self.tr("nobody yet")),
        ]
        if m.notes:
            lines.append(m.notes)
        self.detail.setText("\n".join(lines))
        self.venues_label.setText(
            self.tr("Venues ({n}): {names}").format(
                n=len(m.venues), names="\u3001".join(v.name for v in m.venues)
            )
            if m.venues
            else self.tr("No participating venues.")
        )
        self._fill_runs(m.runs)
        self.cancel_button.setEnabled(not m.cancelled)
        self._tick()

    def _fill_runs(self, runs: tuple[RunSummary, ...]) -> None:
        late_ids = {r.run_id for r in self.open_runs if r.late}
        self.runs.setRowCount(len(runs))
        for i, r in enumerate(runs):
            if r.finished_at is not None:
                state = self.tr("finished {at}").format(at=time_text(r.finished_at)[5:])
                color = theme.color("ok")
            elif r.id in late_ids:
                state = self.tr("LATE, {n} blocking").format(n=r.blockers)
                color = theme.color("breached")
            elif r.blockers:
                state = self.tr("{n} blocking").format(n=r.blockers)
                color = theme.color("warning")
            else:
                state = self.tr("ready")
                color = theme.color("ok")
            cells = [
                self.tr("{name} (v{version})").format(name=r.template_name, version=r.template_version),
                f"{r.done}/{r.total}",
                self.tr("{n} faults").format(n=r.faults) if r.faults else "",
                state,
            ]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, r.id)
                if c == 3:
                    it.setForeground(color)
                if c == 2 and r.faults:
                    it.setForeground(theme.color("breached"))
                self.runs.setItem(i, c, it)
        if runs and self.runs.currentRow() < 0:
            self.runs.setCurrentCell(0, 0)

    def _tick(self) -> None:
        m = self.meeting
        if m is None:
            return
        self.header_countdown.setText(
            self.tr("Starts {when}").format(when=countdown_text(m.starts_at - utcnow()))
        )

    # ---- meetings --------------------------------------------------------------------------------
    def new_meeting(self, start: datetime | None = None) -> None:
        self._open_editor(None, start)

    def _new_on_day(self, day: date) -> None:
        tz = zone(self.state.settings.timezone)
        self.new_meeting(datetime.combine(day, time(9), tz).astimezone(UTC))

    def edit_meeting(self) -> None:
        if self.meeting is not None:
            self._open_editor(self.meeting, None)

    def _open_editor(self, meeting: Meeting | None, start: datetime | None) -> None:
        if self.dialog is not None:
            return
        from ui.dialogs.meeting_editor import MeetingEditor

        dlg = MeetingEditor(self.state, meeting, self, start=start)
        dlg.saved.connect(self._meeting_saved)
        self._track(dlg)

    def _meeting_saved(self, meeting: Meeting) -> None:
        self._pending_select = meeting.id
        self.set_meeting(meeting)
        self.reload()

    def cancel_meeting(self) -> None:
        from opsdesk.services import meetings

        m = self.meeting
        if m is None or m.cancelled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the meeting"),
            self.tr("Cancel \u201c{title}\u201d? Its checklists and attendees are kept.").format(
                title=m.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        mid, actor = m.id, self.state.actor
        self.tasks.write(
            lambda s: meetings.cancel_meeting(s, mid, actor),
            lambda _m: self.load_meeting(mid),
            self._show_error,
            tables={"meetings"},
            ids=lambda _m: [mid],
        )

    def open_templates(self) -> None:
        if self.dialog is not None:
            return
        from ui.dialogs.template_editor import TemplateEditor

        dlg = TemplateEditor(self.state, self)
        dlg.saved.connect(lambda _r: (self.load_templates(), self.checklist.reload()))
        self._track(dlg)

    def _track(self, dlg) -> None:
        self.dialog = dlg
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        dlg.open()

    def _dialog_closed(self, dlg) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()

    # ---- checklists ------------------------------------------------------------------------------
    def start_run(self) -> None:
        from opsdesk.services import checklists

        tid = self.template_box.currentData()
        if self.meeting is None or not tid:
            return
        mid, actor = self.meeting.id, self.state.actor

        def done(run) -> None:
            self._refresh_meeting()
            self.open_run(run.id)

        self.tasks.write(
            lambda s: checklists.start_run(s, mid, tid, actor),
            done,
            self._show_error,
            tables={"checklist_runs"},
            ids=lambda r: [r.id],
        )

    def open_selected_run(self) -> None:
        it = self.runs.item(self.runs.currentRow(), 0) if self.runs.currentRow() >= 0 else None
        if it is not None:
            self.open_run(it.data(Qt.ItemDataRole.UserRole))

    def open_run(self, run_id: str) -> None:
        """Show the checklist tab at once and load the run (its open time is measured by the view)."""
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.load_run(run_id)

    def show_fault_source(self, ticket_id: str) -> None:
        """The other way of a fault's link: from a ticket to the checklist line that filed it (meeting
        selected, checklist open, the line current). Does nothing for a ticket no checklist filed."""
        from opsdesk.services import checklists

        def arrived(link) -> None:
            if link is None:
                return
            self.select_meeting(link.meeting_id)
            self._pending_line = (link.run_id, link.item_key, link.venue_name)
            self.open_run(link.run_id)

        self.tasks.read(lambda s: checklists.ticket_fault_link(s, ticket_id), arrived, self._show_error)

    def _select_pending_line(self, run) -> None:
        pending, self._pending_line = self._pending_line, None
        if pending is None or pending[0] != run.id:
            return
        _rid, key, venue = pending
        for i, ln in enumerate(run.lines):
            if ln.item.key == key and (ln.venue.name if ln.venue else "") == venue:
                self.checklist._select(i)
                return

    def new_rollcall(self) -> None:
        self.tabs.setCurrentWidget(self.rollcall)
        self.rollcall.title.setFocus()
        self.rollcall.title.selectAll()

    # ---- changes from elsewhere (other panes, the sync engine) ------------------------------------
    def _changed(self, table: str, _ids) -> None:
        if table in ("meetings", "meeting_venues"):
            self.reload()
            self._refresh_meeting()
        elif table in ("checklist_runs", "checklist_results"):
            self.load_open_runs()
            self.checklist.external_change()
        elif table == "checklist_templates":
            self.load_templates()
        elif table in ("rollcalls", "rollcall_marks"):
            self.rollcall.external_change()
        elif table in ("attendees", "seat_plans"):
            self.attendees.external_change()

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Meetings"), describe(exc))

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(TAB_MEETINGS, self.tr("Meetings"))
        self.tabs.setTabText(TAB_CHECKLIST, self.tr("Checklist"))
        self.tabs.setTabText(TAB_ROLLCALL, self.tr("Roll-call"))
        self.tabs.setTabText(TAB_ATTENDEES, self.tr("Attendees and seating"))
        for i, tip in enumerate((self.tr("Alt+1"), self.tr("Alt+2"), self.tr("Alt+3"), self.tr("Alt+4"))):
            self.tabs.setTabToolTip(i, tip)
        self.view_list.setText(self.tr("&List"))
        self.view_week.setText(self.tr("&Week"))
        self.view_month.setText(self.tr("M&onth"))
        self.today_button.setText(self.tr("Today"))
        self.new_button.setText(self.tr("&New meeting\u2026"))
        self.new_button.setToolTip("Ctrl+Shift+N")
        self.templates_button.setText(self.tr("Checklist te&mplates\u2026"))
        self.runs.setHorizontalHeaderLabels(
            [self.tr("Checklist"), self.tr("Done"), self.tr("Faults"), self.tr("State")]
        )
        self.runs_label.setText(self.tr("Checklists of this meeting (Enter or double click opens):"))
        self.start_run_button.setText(self.tr("&Start checklist"))
        self.open_run_button.setText(self.tr("Open chec&klist"))
        self.edit_button.setText(self.tr("&Edit\u2026"))
        self.cancel_button.setText(self.tr("Cancel meeting"))
        self.model.retranslate()
        self.calendar.update()
        self._show_meeting()
