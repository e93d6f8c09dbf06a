"""The small dialogs that add one event to a ticket: acknowledge, on site, pause, resume, resolve (with the
fault record), close, reopen, comment, change priority, reassign.

Each has an optional "time of event" (for entries made after an outage; default now, in the console's
zone), a note and the fields of its kind. The dialog does not write: it emits `submitted(kind, payload,
at)`; the pane runs the service on the database worker and calls `failed(exc)` or `accept()`. On failure
the words of ui.errors are shown next to the field concerned and nothing typed is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.enums import EventKind, PauseReason
from opsdesk.domain.people import OperatorInfo
from opsdesk.domain.sla import ContractProfile
from opsdesk.domain.tickets import TicketDetail
from opsdesk.errors import ValidationError
from opsdesk.timeutil import DEFAULT_TZ, utcnow, zone
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import event_name, pause_reason_name, time_text
from ui.widgets.ticket_form import level_text

K = EventKind
_FAULT_FIELDS = ("level", "cause", "handling", "result", "part_model", "part_serial")
_MULTILINE = frozenset({"cause", "handling", "result"})


def to_qdatetime(value: datetime, tz: str) -> QDateTime:
    """A UTC time as the wall-clock time of the console's zone, held by a UTC-spec QDateTime.

    The edit then never applies the system's own zone (or its DST gaps) to what the operator types.
    """
    local = value.astimezone(zone(tz))
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )


def from_qdatetime(value: QDateTime, tz: str) -> datetime:
    d, t = value.date(), value.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=zone(tz))
    return local.astimezone(UTC)


class EventDialog(Retranslatable, QDialog):
    submitted = Signal(object, object, object)  # EventKind, payload dict, at (UTC datetime | None)

    def __init__(
        self,
        kind: EventKind,
        detail: TicketDetail,
        *,
        tz: str = DEFAULT_TZ,
        profile: ContractProfile | None = None,
        operators: list[OperatorInfo] | tuple[OperatorInfo, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = EventKind(kind)
        self.detail = detail
        self.tz = tz
        self._profile = profile
        self._operators = list(operators)
        self._busy = False
        self._problems: dict[str, tuple[str, dict]] = {}
        self._general_exc: BaseException | None = None

        self.heading = QLabel(objectName="dialogHeading", wordWrap=True)
        self.earlier = QCheckBox()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDateTime(to_qdatetime(utcnow(), tz))
        self.when.setEnabled(False)
        self.earlier.toggled.connect(self.when.setEnabled)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.reason = QComboBox()
        for r in PauseReason:
            self.reason.addItem("", r.value)
        self.priority = QComboBox()
        if profile is not None:
            for lv in profile.levels:
                if lv.code != detail.priority:
                    self.priority.addItem(level_text(lv), lv.code)
        self.assignee = QComboBox()
        for op in self._operators:
            if op.active and op.id != detail.assignee_id:
                self.assignee.addItem(op.name, op.id)
        self.fault: dict[str, QLineEdit | QPlainTextEdit] = {}
        for f in _FAULT_FIELDS:
            if f in _MULTILINE:
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)
                w.setMinimumHeight(48)
            else:
                w = QLineEdit(maxLength=200)
            self.fault[f] = w
        if detail.fault.level or detail.fault.handling:  # reopened and resolved again: start from the record
            for f, v in detail.fault.as_dict().items():
                w = self.fault[f]
                if isinstance(w, QLineEdit):
                    w.setText(v)
                else:
                    w.setPlainText(v)

        self._labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel(objectName="formError", wordWrap=True)
        self.general_error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = []
        if self.kind is K.PAUSED:
            rows.append(("reason", self.reason))
        elif self.kind is K.PRIORITY_CHANGED:
            rows.append(("to", self.priority))
        elif self.kind is K.REASSIGNED:
            rows.append(("to", self.assignee))
        elif self.kind is K.RESOLVED:
            rows += [(f"fault.{f}", w) for f, w in self.fault.items()]
        rows.append(("note", self.note))
        for key, w in rows:
            self._add_row(form, key, w)
        when_box = QHBoxLayout()
        when_box.addWidget(self.earlier)
        when_box.addWidget(self.when, 1)
        when_widget = QWidget()
        when_widget.setLayout(when_box)
        when_box.setContentsMargins(0, 0, 0, 0)
        self._add_row(form, "at", when_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):  # Enter is a new line in the note: Ctrl+Enter saves
            QShortcut(QKeySequence(seq), self, self.submit)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520 if self.kind is K.RESOLVED else 420)
        self.retranslate()
        self._first = rows[0][1]  # focused when shown: type at once

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._first.setFocus)  # after the window manager's own activation

    def _add_row(self, form: QFormLayout, key: str, w: QWidget) -> None:
        lab = QLabel()
        lab.setBuddy(w)
        err = QLabel(objectName="formError", wordWrap=True)
        err.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(w)
        box.addWidget(err)
        self._labels[key] = lab
        self.errors[key] = err
        form.addRow(lab, box)

    # ---- values ----------------------------------------------------------------------------------
    def at(self) -> datetime | None:
        return from_qdatetime(self.when.dateTime(), self.tz) if self.earlier.isChecked() else None

    def set_at(self, value: datetime) -> None:
        self.earlier.setChecked(True)
        self.when.setDateTime(to_qdatetime(value, self.tz))

    def payload(self) -> dict:
        out: dict = {}
        note = self.note.toPlainText()
        if note.strip():
            out["note"] = note
        if self.kind is K.PAUSED:
            out["reason"] = self.reason.currentData()
        elif self.kind is K.PRIORITY_CHANGED:
            out["to"] = self.priority.currentData() or ""
        elif self.kind is K.REASSIGNED:
            out["to"] = self.assignee.currentData() or ""
        elif self.kind is K.RESOLVED:
            out["fault"] = {
                f: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for f, w in self.fault.items()
            }
        return out

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.submitted.emit(self.kind, self.payload(), self.at())

    def failed(self, exc: BaseException) -> None:
        """Show the service's refusal; everything typed stays."""
        self._busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._clear_problems()
        if isinstance(exc, ValidationError) and set(exc.problems) <= set(self.errors):
            if "at" in exc.problems:  # in the future or before creation: the time field is the fix
                self.earlier.setChecked(True)
            self._problems = dict(exc.problems)
            self._show_problems()
            return
        self._general_exc = exc
        self.general_error.setText(describe(exc))
        self.general_error.show()

    def _show_problems(self) -> None:
        for key, (code, params) in self._problems.items():
            self.errors[key].setText(problem_text(key, code, params))
            self.errors[key].show()

    def _clear_problems(self) -> None:
        self._problems.clear()
        self._general_exc = None
        for err in self.errors.values():
            err.clear()
            err.hide()
        self.general_error.clear()
        self.general_error.hide()

    # ---- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            K.ACKNOWLEDGED: self.tr("Acknowledge {code}"),
            K.ARRIVED: self.tr("On site: {code}"),
            K.RESOLVED: self.tr("Resolve {code}"),
            K.CLOSED: self.tr("Close {code} (verified with the reporter)"),
            K.PAUSED: self.tr("Pause {code}"),
            K.RESUMED: self.tr("Resume {code}"),
            K.REASSIGNED: self.tr("Reassign {code}"),
            K.PRIORITY_CHANGED: self.tr("Change the priority of {code}"),
            K.REOPENED: self.tr("Reopen {code}"),
            K.COMMENT: self.tr("Comment on {code}"),
        }
        title = titles.get(self.kind, event_name(self.kind) + " {code}").format(code=self.detail.code)
        self.setWindowTitle(title)
        self.heading.setText(f"{title}\n{self.detail.title}")
        labels = {
            "reason": self.tr("&Reason:"),
            "to": self.tr("&New priority:") if self.kind is K.PRIORITY_CHANGED else self.tr("&Assign to:"),
            "fault.level": self.tr("Fault &level:"),
            "fault.cause": self.tr("&Cause:"),
            "fault.handling": self.tr("&Handling:"),
            "fault.result": self.tr("Res&ult:"),
            "fault.part_model": self.tr("Replaced part &model:"),
            "fault.part_serial": self.tr("Replaced part &serial no.:"),
            "note": self.tr("N&ote:") if self.kind is not K.COMMENT else self.tr("C&omment:"),
            "at": self.tr("&Time of event:"),
        }
        for key, lab in self._labels.items():
            lab.setText(labels[key])
        self.earlier.setText(self.tr("Earlier than now"))
        self.earlier.setToolTip(
            self.tr("For entries made afterwards, e.g. after an outage. Times are in the console's zone.")
        )
        for i in range(self.reason.count()):
            self.reason.setItemText(i, pause_reason_name(self.reason.itemData(i)))
        if self._profile is not None:
            for i in range(self.priority.count()):
                code = self.priority.itemData(i)
                self.priority.setItemText(i, level_text(self._profile.level(code)))
        self.fault["level"].setPlaceholderText(self.tr("e.g. level 2: a single device, service restored"))
        self.fault["handling"].setPlaceholderText(self.tr("What was done (required)"))
        self.fault["result"].setPlaceholderText(self.tr("State after handling (required)"))
        self.note.setPlaceholderText(
            self.tr("Optional note") if self.kind is not K.COMMENT else self.tr("What to record")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_problems()
        if self._general_exc is not None:
            self.general_error.setText(describe(self._general_exc))
        self.when.setToolTip(self.tr("Created {time}").format(time=time_text(self.detail.created_at)))
