"""The ticket desk: the list with live SLA badges and filters, the detail of the selected ticket, the entry
form, the event dialogs, attachments, the fault report and the list export.

Everything that touches the database runs on the task worker; the pane shows itself at once and fills in
when the rows arrive. A filter or sort change reloads the list (a generation counter drops stale
answers); a change to some tickets updates those rows in place.
"""

from __future__ import annotations

import gc
import mimetypes
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.enums import OPEN_STATUSES, Category, EventKind, TicketStatus
from opsdesk.domain.people import RoomInfo
from opsdesk.domain.sla import ContractProfile
from opsdesk.domain.tickets import Attachment, NewTicket, TicketDetail, TicketRow
from opsdesk.errors import AttachmentTooLarge, ValidationError
from opsdesk.services import checklists, reference
from opsdesk.services import operators as operator_service
from opsdesk.services import tickets as ticket_service
from opsdesk.services.tickets import ATTACHMENT_LIMIT, TicketFilter
from opsdesk.timeutil import zone
from ui.dialogs.event_dialogs import EventDialog
from ui.errors import describe
from ui.exporting import ask_export_path, start_export
from ui.i18n import Retranslatable
from ui.labels import category_name, room_name, status_name
from ui.models.tickets_model import BADGE_COLUMNS, ID_ROLE, SORT_KEYS, Col, TicketsModel
from ui.state import DeskState
from ui.widgets.ticket_detail import TicketDetailView
from ui.widgets.ticket_form import TicketForm
from ui.widgets.ticket_list_view import TicketListView

SEARCH_DEBOUNCE_MS = 250
_BIG = 20000  # rows: above this, a list is released off the GUI thread
TICK_MS = 1000
RISK_MS = 15000
_OPEN, _ALL = "open", "all"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic GC while a list is built: 100,000 new objects would start passes over and over,
    each holding the GIL while the GUI thread waits. Rows hold no cycles, so nothing is kept alive
    meanwhile. Only the building is covered (the collector is process-wide): it runs again afterwards,
    and nothing is frozen, so cyclic garbage made elsewhere is still collected over a long shift.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _release(rows: list) -> None:
    """Drop a big list in slices: the interpreter can switch to the GUI thread between them."""
    while rows:
        del rows[-5000:]


class TicketsPane(Retranslatable, QWidget):
    alarm_counts = Signal(int, int)  # at risk, breached
    rows_loaded = Signal(int)  # after each list (re)load: how many rows; tests and benchmarks wait on it
    detail_loaded = Signal(object)  # TicketDetail shown in the detail view
    checklist_requested = Signal(str)  # ticket id: the meetings pane shows the checklist line that filed it
    export_finished = Signal(object)  # int rows written, or the exception

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = state.tasks
        self.profile: ContractProfile | None = None
        self.profiles: dict[str, ContractProfile] = {}
        self.rooms: list[RoomInfo] = []
        self.dialog: QWidget | None = None  # the event / report dialog now open
        self._gen = 0  # list generation: answers to older queries are dropped
        self._detail_gen = 0
        self._loading = False
        self._pending_select: str | None = None
        self._sort, self._descending = "created_at", True
        self._last_counts: tuple[int, int] | None = None
        self.load_ms: float | None = None  # the last list load, request to rows shown

        self._build()
        self.retranslate()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._tick_timer = QTimer(self, interval=TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start()
        self._risk_timer = QTimer(self, interval=RISK_MS)
        self._risk_timer.timeout.connect(self.refresh_risk_counts)
        self._risk_timer.start()

        self.tasks.changed.connect(self._changed)
        state.settings_changed.connect(self._settings_changed)
        state.operator_changed.connect(self._operator_changed)
        self._operator_changed(state.operator)
        self.load_reference()
        self.reload()
        self.refresh_risk_counts()

    # ---- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="ticketSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_ticket)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel(objectName="ticketCount")
        self.loading_label = QLabel(objectName="busyIndicator")
        self.loading_label.hide()

        self.status_filter = QComboBox()
        self.status_filter.addItem("", _OPEN)
        self.status_filter.addItem("", _ALL)
        for st in TicketStatus:
            self.status_filter.addItem("", st.value)
        self.priority_filter = QComboBox()
        self.priority_filter.addItem("", "")
        self.room_filter = QComboBox()
        self.room_filter.addItem("", "")
        self.room_filter.setMinimumContentsLength(8)
        self.category_filter = QComboBox()
        self.category_filter.addItem("", "")
        for c in Category:
            self.category_filter.addItem("", c.value)
        self.risk_filter = QComboBox()
        for key in ("", "at_risk", "breached"):
            self.risk_filter.addItem("", key)
        self.mine = QCheckBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self._filter_labels = [QLabel() for _ in range(2)]
        for w in (
            self.status_filter,
            self.priority_filter,
            self.room_filter,
            self.category_filter,
            self.risk_filter,
        ):
            w.currentIndexChanged.connect(self.reload)
        self.mine.toggled.connect(self.reload)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)

        self.model = TicketsModel(self)
        self.view = TicketListView(self.model)
        self.view.setObjectName("ticketList")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)  # the risk tint must be the only row colour
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no per-row size queries
        vh.setDefaultSectionSize(self.fontMetrics().height() + 12)
        hh = self.view.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        hh.sortIndicatorChanged.connect(self._sort_changed)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            Col.CODE: fm.horizontalAdvance("A1-20261123-0000") + 16,
            Col.PRIORITY: 64,
            Col.ROOM: 110,
            Col.STATUS: max(90, fm.horizontalAdvance(status_name(TicketStatus.ACKNOWLEDGED)) + 16),
        }
        badge_w = fm.horizontalAdvance("-000:00:00") + 40
        for col, w in widths.items():
            hh.resizeSection(col, w)
        for col in BADGE_COLUMNS:
            hh.resizeSection(col, badge_w)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = TicketDetailView()
        self.detail.action_requested.connect(self.open_event_dialog)
        self.detail.checklist_requested.connect(self.checklist_requested)
        self.detail.report_requested.connect(self.open_report)
        self.detail.attach_requested.connect(self._ask_attachment)
        self.detail.save_attachment_requested.connect(self._ask_save_attachment)
        for a in self.detail.actions.values():  # the same keys work in the list
            self.view.addAction(a)

        self.form = TicketForm()
        self.form.submitted.connect(self.file_ticket)

        self.side = QTabWidget(objectName="ticketSide")
        self.side.addTab(self.detail, "")
        self.side.addTab(self.form, "")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for w in (
            self._filter_labels[0],
            self.date_from,
            self._filter_labels[1],
            self.date_to,
            self.loading_label,
            self.count_label,
            self.export_button,
            self.new_button,
        ):
            top.addWidget(w)
        filters = QHBoxLayout()
        for w in (
            self.status_filter,
            self.priority_filter,
            self.room_filter,
            self.category_filter,
            self.risk_filter,
        ):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(7)
            filters.addWidget(w, 1)
        filters.addWidget(self.mine)
        self.search.setMinimumWidth(160)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addLayout(filters)
        ll.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.splitter)

    def _date_edit(self) -> QDateEdit:
        d = QDateEdit()
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setMinimumDate(QDate(2000, 1, 1))
        d.setDate(d.minimumDate())  # the minimum shows the special text: no bound
        return d

    # ---- public API (the main window calls these) ------------------------------------------------
    def title(self) -> str:
        return self.tr("Tickets")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_ticket(self) -> None:
        self.side.setCurrentWidget(self.form)
        self.form.focus_title()

    def show_at_risk(self) -> None:
        """Every open ticket with a clock past its warning point, the worst first."""
        widgets = (
            self.status_filter,
            self.priority_filter,
            self.room_filter,
            self.category_filter,
            self.risk_filter,
            self.mine,
            self.date_from,
            self.date_to,
            self.search,
        )
        for w in widgets:
            w.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.priority_filter.setCurrentIndex(0)
        self.room_filter.setCurrentIndex(0)
        self.category_filter.setCurrentIndex(0)
        self.risk_filter.setCurrentIndex(self.risk_filter.findData("at_risk"))
        self.mine.setChecked(False)
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.search.clear()
        for w in widgets:
            w.blockSignals(False)
        self._sort, self._descending = "resolve_due", False
        hh = self.view.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(Col.RESOLVE, Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)
        self.reload()
        self.view.setFocus()

    def refresh(self) -> None:
        self.load_reference()
        self.reload()
        self.refresh_risk_counts()

    def export(self) -> None:
        got = ask_export_path(self)
        if got is not None:
            self.export_to(*got)

    def has_unsaved_work(self) -> bool:
        return self.form.has_text() or self.dialog is not None

    # ---- loading ---------------------------------------------------------------------------------
    def current_filter(self) -> TicketFilter:
        st = self.status_filter.currentData()
        statuses = tuple(s.value for s in OPEN_STATUSES) if st == _OPEN else () if st == _ALL else (st,)
        pr, room, cat = (
            self.priority_filter.currentData(),
            self.room_filter.currentData(),
            self.category_filter.currentData(),
        )
        op = self.state.operator
        return TicketFilter(
            statuses=statuses, priorities=(pr,) if pr else (), room_ids=(room,) if room else (),
            categories=(cat,) if cat else (), risk=self.risk_filter.currentData() or "",
            assignee_id=op.id if (self.mine.isChecked() and op) else None,
            created_from=self._day_start(self.date_from), created_to=self._day_start(self.date_to, 1),
            text=self.search.text().strip(), sort=self._sort, descending=self._descending,
        )  # fmt: skip

    def _day_start(self, edit: QDateEdit, plus_days: int = 0) -> datetime | None:
        if edit.date() == edit.minimumDate():
            return None
        d = edit.date()
        local = datetime(d.year(), d.month(), d.day(), tzinfo=zone(self.state.settings.timezone))
        return (local + timedelta(days=plus_days)).astimezone(UTC)

    def reload(self) -> None:
        """Query the list for the current filter and sort on the worker; older answers are dropped."""
        self._search_timer.stop()
        self._gen += 1
        gen, f = self._gen, self.current_filter()
        started = time.perf_counter()
        self._set_loading(True)

        def query(s):
            if gen != self._gen:  # superseded while queued: do not spend the worker on it
                return None
            with _collector_paused():
                rows = ticket_service.list_rows(s, f)
                index = {row.id: i for i, row in enumerate(rows)}  # the model's index, built here
            return rows, index

        self.tasks.read(query, lambda got: self._rows_arrived(gen, got, started), self._list_failed)

    def _rows_arrived(
        self, gen: int, got: tuple[list[TicketRow], dict[str, int]] | None, started: float
    ) -> None:
        if gen != self._gen or got is None:
            return
        rows, index = got
        keep = self._pending_select or self.selected_id()
        old = self.model.set_rows(rows, index)
        if len(old) > _BIG:
            self.tasks.run(lambda: _release(old))
        self._set_loading(False)
        self.load_ms = (time.perf_counter() - started) * 1000
        self._update_count()
        if keep and self.model.row_of(keep) >= 0:
            self._select(keep)
            self._pending_select = None
        self._tick()
        self.rows_loaded.emit(len(rows))

    def _list_failed(self, exc: BaseException) -> None:
        self._set_loading(False)
        self.count_label.setText(describe(exc))

    def _set_loading(self, on: bool) -> None:
        self._loading = on
        self.loading_label.setVisible(on)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n ticket(s)", "", self.model.rowCount()))

    def load_reference(self) -> None:
        code = self.state.settings.profile_code

        def fetch(s):
            return (
                reference.get_profile(s, code),
                reference.list_rooms(s),
                reference.equipment_names(s),
                {p.code: p for p in reference.list_profiles(s)},
            )

        self.tasks.db(fetch, self._reference_arrived, lambda exc: self.form.show_error(describe(exc)))

    def _reference_arrived(self, value) -> None:
        profile, rooms, equipment, profiles = value
        self.profile, self.rooms, self.profiles = profile, rooms, profiles
        self.model.urgent_codes = frozenset(profile.level_codes[:1])
        self.form.set_reference(profile, rooms, equipment)
        keep = self.priority_filter.currentData()
        self.priority_filter.blockSignals(True)
        while self.priority_filter.count() > 1:
            self.priority_filter.removeItem(1)
        for code in profile.level_codes:
            self.priority_filter.addItem(code, code)
        self.priority_filter.setCurrentIndex(max(0, self.priority_filter.findData(keep)))
        self.priority_filter.blockSignals(False)
        keep = self.room_filter.currentData()
        self.room_filter.blockSignals(True)
        while self.room_filter.count() > 1:
            self.room_filter.removeItem(1)
        for r in rooms:
            self.room_filter.addItem(room_name(r), r.id)
        self.room_filter.setCurrentIndex(max(0, self.room_filter.findData(keep)))
        self.room_filter.blockSignals(False)

    # ---- change notifications: update in place ---------------------------------------------------
    def _changed(self, table: str, ids) -> None:
        if table != "tickets":
            return
        self.refresh_risk_counts()
        if not ids:
            self.reload()
            return
        known = [i for i in ids if self.model.row_of(i) >= 0]
        unknown = [i for i in ids if self.model.row_of(i) < 0]
        f, gen = self.current_filter(), self._gen

        def fetch(s):
            return (
                ticket_service.rows_by_id(s, known) if known else [],
                ticket_service.rows_by_id(s, unknown, f) if unknown else [],
            )

        self.tasks.read(fetch, lambda v: self._rows_changed(gen, *v))
        sel = self.selected_id() or (self.detail.detail.id if self.detail.detail else None)
        if sel in ids:
            self.load_detail(sel)

    def _rows_changed(self, gen: int, known: list[TicketRow], new: list[TicketRow]) -> None:
        if gen != self._gen:  # the list was reloaded meanwhile; that answer is newer
            return
        self.model.update_rows(known)
        if new:
            self.model.insert_rows_at_top(new)
            self._update_count()
        if self._pending_select and self.model.row_of(self._pending_select) >= 0:
            self._select(self._pending_select)
            self._pending_select = None

    # ---- selection and detail --------------------------------------------------------------------
    def selected_id(self) -> str | None:
        idx = self.view.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def select_ticket(self, ticket_id: str) -> bool:
        return self._select(ticket_id)

    def _select(self, ticket_id: str) -> bool:
        row = self.model.row_of(ticket_id)
        if row < 0:
            return False
        idx = self.model.index(row, 0)
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx)
        return True

    def _current_changed(self, current, _previous) -> None:
        tid = current.data(ID_ROLE) if current.isValid() else None
        if tid is None:
            return
        if self.detail.detail is None or self.detail.detail.id != tid:
            self.load_detail(tid)

    def load_detail(self, ticket_id: str) -> None:
        self._detail_gen += 1
        gen = self._detail_gen
        self.tasks.db(
            lambda s: ticket_service.get_detail(s, ticket_id),
            lambda d: self._detail_arrived(gen, d),
            self._detail_failed,
        )

    def _detail_arrived(self, gen: int, detail: TicketDetail) -> None:
        if gen != self._detail_gen:
            return
        self.show_detail(detail)
        self.detail.set_checklist_link(detail.id, False)
        tid = detail.id
        self.tasks.read(
            lambda s: checklists.ticket_fault_link(s, tid) is not None,
            lambda linked: self.detail.set_checklist_link(tid, linked),
            lambda _e: None,  # no link shown: the description still names the meeting and the item
        )

    def show_detail(self, detail: TicketDetail) -> None:
        self.detail.set_detail(detail)
        self.detail_loaded.emit(detail)

    def _detail_failed(self, exc: BaseException) -> None:
        self.detail.clear()
        self.detail.empty.setText(describe(exc))

    # ---- filing ----------------------------------------------------------------------------------
    def file_ticket(self, new: NewTicket) -> None:
        self.form.set_busy(True)
        self.form.clear_problems()
        actor, settings = self.state.actor, self.state.settings
        self.tasks.write(
            lambda s: ticket_service.create_ticket(
                s, new, actor, profile_code=settings.profile_code, tz=settings.timezone
            ),
            self._filed,
            self._file_failed,
            tables={"tickets"},
            ids=lambda d: [d.id],
        )

    def _filed(self, detail: TicketDetail) -> None:
        self.form.set_busy(False)
        self.form.filed()
        self._pending_select = detail.id
        if self.model.row_of(detail.id) >= 0:
            self._select(detail.id)
            self._pending_select = None
        self._detail_gen += 1
        self.show_detail(detail)
        self.side.setCurrentWidget(self.detail)
        self.view.setFocus()

    def _file_failed(self, exc: BaseException) -> None:
        self.form.set_busy(False)
        if isinstance(exc, ValidationError):
            self.form.show_problems(exc.problems)
        else:
            self.form.show_error(describe(exc))

    # ---- events ----------------------------------------------------------------------------------
    def open_event_dialog(self, kind: EventKind) -> None:
        """Open the dialog of one event for the ticket shown; it is kept in `self.dialog` until closed."""
        detail = self.detail.detail
        if detail is None or self.dialog is not None:
            return
        kind = EventKind(kind)
        if kind not in self.detail.allowed():
            return
        if kind is EventKind.REASSIGNED:
            self.tasks.db(
                lambda s: operator_service.list_operators(s),
                lambda ops: self._open_dialog(kind, detail, ops),
                lambda exc: QMessageBox.warning(self, self.tr("Reassign"), describe(exc)),
            )
            return
        self._open_dialog(kind, detail, [])

    def _open_dialog(self, kind: EventKind, detail: TicketDetail, operators) -> None:
        if self.dialog is not None:
            return
        dlg = EventDialog(
            kind,
            detail,
            tz=self.state.settings.timezone,
            profile=self.profiles.get(detail.profile_code),
            operators=operators,
            parent=self,
        )
        dlg.submitted.connect(lambda k, payload, at, d=dlg: self._submit_event(d, k, payload, at))
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def _dialog_closed(self, dlg: QWidget) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
        self.view.setFocus()

    def _submit_event(self, dlg: EventDialog, kind: EventKind, payload: dict, at: datetime | None) -> None:
        tid, actor = dlg.detail.id, self.state.actor

        def done(detail: TicketDetail) -> None:
            dlg.accept()
            if self.detail.detail is not None and self.detail.detail.id == detail.id:
                self._detail_gen += 1
                self.show_detail(detail)

        self.tasks.write(
            lambda s: ticket_service.add_event(s, tid, kind, actor, payload=payload, at=at),
            done,
            dlg.failed,
            tables={"tickets"},
            ids=lambda d: [d.id],
        )

    # ---- attachments -----------------------------------------------------------------------------
    def _ask_attachment(self) -> None:
        if self.detail.detail is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        """Read the file on the pool (it may be on a slow share), then store it on the database worker."""
        detail = self.detail.detail
        if detail is None:
            return
        tid, actor = detail.id, self.state.actor
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def read() -> bytes:
            size = path.stat().st_size
            if size > ATTACHMENT_LIMIT:
                raise AttachmentTooLarge(path.name, size, ATTACHMENT_LIMIT)
            return path.read_bytes()

        def store(data: bytes) -> None:
            self.tasks.write(
                lambda s: ticket_service.add_attachment(s, tid, path.name, data, actor, mime=mime),
                None,
                self._show_error,
                tables={"tickets"},
                ids=lambda a: [a.ticket_id],
            )

        self.tasks.run(read, store, self._show_error)

    def _ask_save_attachment(self, att: Attachment) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the attachment"), att.filename)
        if path:
            self.save_attachment_to(att, Path(path))

    def save_attachment_to(self, att: Attachment, path: Path) -> None:
        def write(value: tuple[str, bytes]) -> None:
            self.tasks.run(lambda: path.write_bytes(value[1]), None, self._show_error)

        self.tasks.read(lambda s: ticket_service.attachment_data(s, att.id), write, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Tickets"), describe(exc))

    # ---- fault report ----------------------------------------------------------------------------
    def open_report(self) -> None:
        detail = self.detail.detail
        if detail is None or self.dialog is not None:
            return
        from ui.dialogs.report_dialog import ReportDialog

        dlg = ReportDialog(self.state, detail, parent=self)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    # ---- export ----------------------------------------------------------------------------------
    def export_to(self, path: Path, fmt: str) -> None:
        """Export the rows the list shows, in its order."""
        self.export_button.setEnabled(False)

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.export_finished.emit(n)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.export_finished.emit(exc)
            self._show_error(exc)

        start_export(self.tasks, self.model.rows(), path, fmt, self.state.settings.timezone, done, failed)

    # ---- alarms and clocks -----------------------------------------------------------------------
    def refresh_risk_counts(self) -> None:
        self.tasks.read(lambda s: ticket_service.risk_counts(s), self._risk_counts_arrived, lambda _e: None)

    def _risk_counts_arrived(self, counts: tuple[int, int]) -> None:
        if counts != self._last_counts:
            self._last_counts = counts
            self.alarm_counts.emit(*counts)

    def visible_rows(self) -> tuple[int, int]:
        """First and last row the list shows now (-1, -1 when none)."""
        n = self.model.rowCount()
        if n == 0:
            return -1, -1
        first = self.view.rowAt(0)
        if first < 0:
            return -1, -1
        last = self.view.rowAt(self.view.viewport().height() - 1)
        return first, (n - 1 if last < 0 else last)

    def _tick(self) -> None:
        now = time.time()
        if self.isVisible():
            first, last = self.visible_rows()
            self.model.tick(first, last, now)
            self.detail.tick(datetime.fromtimestamp(now, UTC))
        else:
            self.model.now = now

    # ---- sorting, settings, operator -------------------------------------------------------------
    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(Col(section)) if 0 <= section < len(Col) else None
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _settings_changed(self, settings) -> None:
        if self.profile is None or settings.profile_code != self.profile.code:
            self.load_reference()
        self.model.retranslate()  # times and zone may have changed

    def _operator_changed(self, op) -> None:
        self.mine.setEnabled(op is not None)
        if op is None and self.mine.isChecked():
            self.mine.setChecked(False)
        elif self.mine.isChecked():
            self.reload()

    # ---- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every visible string again, in the new language; typed text and choices stay."""
        self.search.setPlaceholderText(self.tr("Search title, description, fault record… (Ctrl+F)"))
        self.new_button.setText(self.tr("&New ticket"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the list as shown to Excel (.xlsx) or CSV"))
        self.loading_label.setText(self.tr("Loading…"))
        texts = [self.tr("Open"), self.tr("All statuses")] + [status_name(s) for s in TicketStatus]
        for i, t in enumerate(texts):
            self.status_filter.setItemText(i, t)
        self.priority_filter.setItemText(0, self.tr("All priorities"))
        self.room_filter.setItemText(0, self.tr("All locations"))
        for i, r in enumerate(self.rooms, start=1):
            self.room_filter.setItemText(i, room_name(r))
        self.category_filter.setItemText(0, self.tr("All categories"))
        for i in range(1, self.category_filter.count()):
            self.category_filter.setItemText(i, category_name(self.category_filter.itemData(i)))
        self.risk_filter.setItemText(0, self.tr("Any clock state"))
        self.risk_filter.setItemText(1, self.tr("At risk or breached"))
        self.risk_filter.setItemText(2, self.tr("Breached"))
        self.mine.setText(self.tr("&Mine"))
        self.mine.setToolTip(self.tr("Only tickets assigned to me"))
        self._filter_labels[0].setText(self.tr("Created from"))
        self._filter_labels[1].setText(self.tr("to"))
        for d in (self.date_from, self.date_to):
            d.setSpecialValueText(self.tr("any day"))
        self.side.setTabText(0, self.tr("Detail"))
        self.side.setTabText(1, self.tr("New ticket"))
        self.model.retranslate()
        self._update_count()
        self.detail.retranslate()
        self.form.retranslate()
