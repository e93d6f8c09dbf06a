"""Swap and replacement requests: ask for one, approve or reject it (supervisor), and the history.

A request is checked against the roster rules when it is made and again when it is approved; a request
that would break a rule (leave, overlap, rest after a 24-hour duty …) is refused with the rule in words
and nothing is stored or changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.enums import Role
from opsdesk.domain.roster import RequestStatus, Staff, SwapKind, SwapRequest
from opsdesk.timeutil import zone
from ui.dialogs.error_line import ErrorLine
from ui.dialogs.roster_generate import plain_buttons
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.models.roster_model import Chip, RosterData
from ui.state import DeskState
from ui.widgets.roster_labels import request_status_name, swap_kind_name

TABLES = ("roster_swaps", "roster_assignments")


class RequestsDialog(ErrorLine, Retranslatable, QDialog):
    submitted = Signal(object)  # SwapRequest made or decided
    failed = Signal(object)
    history_loaded = Signal(object)  # list[SwapRequest]

    def __init__(
        self,
        state: DeskState,
        day: date,
        data: RosterData,
        *,
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterRequestsDialog")
        self.state = state
        self.day = day
        self.requests: list[SwapRequest] = []
        self.staff: list[Staff] = []
        tz = zone(state.settings.timezone)
        # assignments a request can be about: the loaded range from the selected day on
        self.chips: list[Chip] = [
            c for d in sorted(data.chips) if d >= day for c in data.chips[d] if not c.open
        ]
        self._tz = tz

        self.history = QTableWidget(0, 8, objectName="rosterRequestsTable")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.itemSelectionChanged.connect(self._selection_changed)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", "")
        for st in RequestStatus:
            self.status_filter.addItem("", st.value)
        self.status_filter.currentIndexChanged.connect(self.load)
        self.decision_note = QLineEdit()
        self.decision_note.setMaxLength(200)
        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        self.cancel_button = QPushButton()
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.cancel_button.clicked.connect(lambda: self.decide("cancel"))

        self.new_box = QGroupBox()
        self.kind = QComboBox()
        self.kind.addItem("", SwapKind.SWAP.value)
        self.kind.addItem("", SwapKind.REPLACE.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.assignment = QComboBox()
        self.partner = QComboBox()
        self.replacement = QComboBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.submit_button = QPushButton()
        self.submit_button.clicked.connect(self.submit)
        self.assignment.currentIndexChanged.connect(self._fill_partners)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self.new_box)
        for lab, w in zip(
            self._labels,
            (self.kind, self.assignment, self.partner, self.replacement, self.reason),
            strict=True,
        ):
            lab.setBuddy(w)
            form.addRow(lab, w)
        sub = QHBoxLayout()
        sub.addStretch(1)
        sub.addWidget(self.submit_button)
        form.addRow(sub)

        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        self._filter_label = QLabel()
        self._filter_label.setBuddy(self.status_filter)
        top.addWidget(self._filter_label)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        decide = QHBoxLayout()
        self._note_label = QLabel()
        self._note_label.setBuddy(self.decision_note)
        decide.addWidget(self._note_label)
        decide.addWidget(self.decision_note, 1)
        decide.addWidget(self.cancel_button)
        decide.addWidget(self.reject_button)
        decide.addWidget(self.approve_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.history, 1)
        lay.addLayout(decide)
        lay.addWidget(self.new_box)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

        self.act_submit = QAction(self)
        self.act_submit.setShortcut(QKeySequence("Ctrl+Return"))
        self.act_submit.triggered.connect(self.submit)
        self.addAction(self.act_submit)
        self.resize(980, 640)
        plain_buttons(self, None)
        self._fill_assignments(selected)
        self.retranslate()
        self._kind_changed()
        self._selection_changed()
        self.state.tasks.read(_list_staff, self._staff_arrived, self._failed)
        self.load()

    # ---- choices ---------------------------------------------------------------------------------
    def _chip_text(self, c: Chip) -> str:
        return f"{c.day.isoformat()} {c.shift_name} {c.hours(self._tz)} \u00b7 {c.post} \u00b7 {c.name}"

    def _fill_assignments(self, selected: str | None) -> None:
        self.assignment.clear()
        op = self.state.operator
        for c in self.chips:
            self.assignment.addItem(self._chip_text(c), c.id)
        i = self.assignment.findData(selected) if selected else -1
        if i < 0 and op is not None:  # an engineer asks about their own duty first
            i = next((k for k, c in enumerate(self.chips) if c.name == op.name), -1)
        self.assignment.setCurrentIndex(max(0, i))

    def _fill_partners(self) -> None:
        aid = self.assignment.currentData()
        mine = next((c for c in self.chips if c.id == aid), None)
        self.partner.clear()
        for c in self.chips:
            if mine is not None and (c.staff_id == mine.staff_id or c.id == mine.id):
                continue
            self.partner.addItem(self._chip_text(c), c.id)
        self._fill_replacements()

    def _fill_replacements(self) -> None:
        aid = self.assignment.currentData()
        mine = next((c for c in self.chips if c.id == aid), None)
        keep = self.replacement.currentData()
        self.replacement.clear()
        for s in sorted(
            self.staff, key=lambda s: (mine is not None and s.post != mine.post, s.sort_order, s.name)
        ):
            if mine is not None and s.id == mine.staff_id:
                continue
            mark = "" if s.approved else " " + self.tr("(replacement not approved)")
            self.replacement.addItem(f"{s.name} \u00b7 {s.post} \u00b7 {s.phone}{mark}", s.id)
        self.replacement.setCurrentIndex(max(0, self.replacement.findData(keep)))

    def _staff_arrived(self, staff: list[Staff]) -> None:
        self.staff = list(staff)
        self._fill_replacements()

    def _kind_changed(self) -> None:
        swap = self.kind.currentData() == SwapKind.SWAP.value
        self.partner.setVisible(swap)
        self._labels[2].setVisible(swap)
        self.replacement.setVisible(not swap)
        self._labels[3].setVisible(not swap)
        if swap and self.partner.count() == 0:
            self._fill_partners()

    # ---- history ---------------------------------------------------------------------------------
    def load(self) -> None:
        status = self.status_filter.currentData() or None

        def query(s):
            from opsdesk.services import roster_swaps

            return roster_swaps.list_requests(s, status=RequestStatus(status) if status else None)

        self.state.tasks.read(query, self._history_arrived, self._failed)

    def _history_arrived(self, requests: list[SwapRequest]) -> None:
        keep = self.selected_request()
        self.requests = list(requests)
        self.history.setRowCount(len(self.requests))
        for i, r in enumerate(self.requests):
            what = f"{r.assignment_day.isoformat()} {r.shift_code}"
            if r.kind == SwapKind.SWAP and r.other_day is not None:
                what += f" \u21c4 {r.other_day.isoformat()}"
            decided = f"{r.decided_by} {time_text(r.decided_at)}".strip() if r.decided_at else ""
            vals = (
                time_text(r.requested_at),
                swap_kind_name(r.kind),
                what,
                f"{r.from_staff_name} \u2192 {r.to_staff_name}",
                r.reason,
                request_status_name(r.status),
                decided,
                r.decision_note,
            )
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.history.setItem(i, j, item)
        if keep is not None:
            row = next((i for i, r in enumerate(self.requests) if r.id == keep.id), -1)
            if row >= 0:
                self.history.selectRow(row)
        elif self.requests:
            pending = next((i for i, r in enumerate(self.requests) if r.status == RequestStatus.PENDING), 0)
            self.history.selectRow(pending)
        self._selection_changed()
        self.history_loaded.emit(self.requests)

    def selected_request(self) -> SwapRequest | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.requests):
            return None
        return self.requests[rows[0].row()]

    def _selection_changed(self) -> None:
        r = self.selected_request()
        pending = r is not None and r.status == RequestStatus.PENDING
        op = self.state.operator
        sup = op is not None and op.role == Role.SUPERVISOR
        self.approve_button.setEnabled(pending and sup)
        self.reject_button.setEnabled(pending and sup)
        self.cancel_button.setEnabled(pending)

    # ---- actions ---------------------------------------------------------------------------------
    def submit(self) -> None:
        aid = self.assignment.currentData()
        if not aid:
            self._show_error(self.tr("Choose the duty the request is about."))
            return
        kind = self.kind.currentData()
        other = self.partner.currentData() if kind == SwapKind.SWAP.value else self.replacement.currentData()
        if not other:
            self._show_error(
                self.tr("Choose the duty to swap with.")
                if kind == SwapKind.SWAP.value
                else self.tr("Choose the replacement engineer.")
            )
            return
        actor, reason = self.state.actor, self.reason.text().strip()

        def work(s):
            from opsdesk.services import roster_swaps

            if kind == SwapKind.SWAP.value:
                return roster_swaps.request_swap(s, aid, other, actor, reason=reason)
            return roster_swaps.request_replacement(s, aid, other, actor, reason=reason)

        self.error.hide()
        self.state.tasks.write(work, self._submitted, self._failed, tables=("roster_swaps",))

    def decide(self, how: str) -> None:
        r = self.selected_request()
        if r is None:
            return
        rid, actor, note = r.id, self.state.actor, self.decision_note.text().strip()

        def work(s):
            from opsdesk.services import roster_swaps

            fn = {
                "approve": roster_swaps.approve_request,
                "reject": roster_swaps.reject_request,
                "cancel": roster_swaps.cancel_request,
            }[how]
            return fn(s, rid, actor, note=note)

        self.error.hide()
        self.state.tasks.write(work, self._submitted, self._failed, tables=TABLES)

    def _submitted(self, req) -> None:
        self.reason.clear()
        self.decision_note.clear()
        self.submitted.emit(req)
        self.load()

    def has_unsaved_work(self) -> bool:
        return bool(self.reason.text().strip() or self.decision_note.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Swap and replacement requests"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Requested"),
                self.tr("Kind"),
                self.tr("Duty"),
                self.tr("From \u2192 to"),
                self.tr("Reason"),
                self.tr("Status"),
                self.tr("Decided"),
                self.tr("Decision note"),
            ]
        )
        self._filter_label.setText(self.tr("S&how:"))
        self.status_filter.setItemText(0, self.tr("All requests"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, request_status_name(self.status_filter.itemData(i)))
        self._note_label.setText(self.tr("Decision &note:"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.cancel_button.setText(self.tr("&Withdraw"))
        self.new_box.setTitle(self.tr("New request"))
        self.kind.setItemText(0, self.tr("Swap two duties"))
        self.kind.setItemText(1, self.tr("Another engineer takes over"))
        for lab, t in zip(
            self._labels,
            (
                self.tr("&Kind:"),
                self.tr("&Duty:"),
                self.tr("Swap w&ith:"),
                self.tr("&Replacement:"),
                self.tr("R&eason:"),
            ),
            strict=True,
        ):
            lab.setText(t)
        self.submit_button.setText(self.tr("&Submit request (Ctrl+Enter)"))
        if self.requests:
            self._history_arrived(self.requests)


def _list_staff(s):
    from opsdesk.services import roster as roster_service

    return roster_service.list_staff(s)
