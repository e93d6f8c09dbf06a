"""Create or edit a meeting: title, kind, time, place, participating venues, responsible engineer, and (for a
new meeting) the checklists to start with it. Problems found by the core are shown under their fields;
nothing typed is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import ChecklistTemplate, Meeting, MeetingKind, NewMeeting, Venue, VenueKind
from opsdesk.domain.people import OperatorInfo, RoomInfo
from opsdesk.errors import ValidationError
from opsdesk.timeutil import zone
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import room_name
from ui.state import DeskState
from ui.widgets.meeting_labels import kind_name, venue_kind_name

# the checklists a new meeting of each kind starts with (template codes of the built-ins)
DEFAULT_TEMPLATES: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.WEEKLY_COMMAND: ("video_conference", "unified_comms"),
    MeetingKind.IMPORTANT: ("video_conference", "e_namecards", "power_av"),
    MeetingKind.VIDEO_CONFERENCE: ("video_conference",),
    MeetingKind.VIDEO_ROLLCALL: ("video_conference",),
    MeetingKind.DRILL: ("unified_comms", "drone"),
}
TABLES = {"meetings", "meeting_venues", "checklist_runs"}


def next_weekday(now_local: datetime, weekday: int, hour: int) -> datetime:
    """The next given weekday (Monday = 0) strictly after today, at `hour` local time."""
    days = (weekday - now_local.weekday()) % 7 or 7
    d = (now_local + timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return d


class MeetingEditor(Retranslatable, QDialog):
    saved = Signal(object)  # Meeting

    def __init__(
        self,
        state: DeskState,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.state = state
        self.meeting = meeting
        self.tz = zone(state.settings.timezone)
        self.rooms: list[RoomInfo] = []
        self.operators: list[OperatorInfo] = []
        self.venues: list[Venue] = []
        self.templates: list[ChecklistTemplate] = []

        self.title = QLineEdit(objectName="meetingTitle")
        self.kind = QComboBox()
        for k in MeetingKind:
            self.kind.addItem("", k.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for w in (self.starts, self.ends):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.room = QComboBox()
        self.room.addItem("", "")
        self.place = QLineEdit()
        self.responsible = QComboBox()
        self.responsible.addItem("", "")
        self.venue_list = QListWidget(objectName="meetingVenues")
        self.venue_list.setMinimumHeight(150)
        self.all_districts = QPushButton()
        self.all_districts.clicked.connect(lambda: self.check_venues(VenueKind.DISTRICT))
        self.no_venues = QPushButton()
        self.no_venues.clicked.connect(lambda: self.check_venues(None))
        self.template_list = QListWidget(objectName="meetingTemplates")
        self.template_list.setMaximumHeight(110)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(key: str, widget) -> None:
            lab, err = QLabel(), QLabel(objectName="formError", wordWrap=True)
            err.hide()
            if isinstance(widget, QWidget):
                lab.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget) if isinstance(widget, QWidget) else box.addLayout(widget)
            box.addWidget(err)
            form.addRow(lab, box)
            self.labels[key], self.errors[key] = lab, err

        row("title", self.title)
        row("kind", self.kind)
        row("starts_at", self.starts)
        row("ends_at", self.ends)
        row("room_id", self.room)
        row("place", self.place)
        row("responsible_id", self.responsible)
        vbox = QVBoxLayout()
        vbox.addWidget(self.venue_list)
        vb = QHBoxLayout()
        vb.addWidget(self.all_districts)
        vb.addWidget(self.no_venues)
        vb.addStretch(1)
        vbox.addLayout(vb)
        vwrap = QWidget()
        vwrap.setLayout(vbox)
        vbox.setContentsMargins(0, 0, 0, 0)
        row("venue_ids", vwrap)
        self.labels["venue_ids"].setBuddy(self.venue_list)
        row("templates", self.template_list)
        row("notes", self.notes)
        if meeting is not None:
            self.labels["templates"].hide()
            self.template_list.hide()

        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)

        now_local = datetime.now(UTC).astimezone(self.tz)
        first = start.astimezone(self.tz) if start else next_weekday(now_local, 0, 9)
        self._set_time(self.starts, first)
        self._set_time(self.ends, first + timedelta(hours=2))
        if meeting is not None:
            self._fill(meeting)
        self.retranslate()
        self._loading = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        state.tasks.read(self._fetch, self._reference_arrived, self._failed)

    # ---- reference -------------------------------------------------------------------------------
    @staticmethod
    def _fetch(s):
        from opsdesk.services import checklists, meetings, operators, reference

        return (
            reference.list_rooms(s),
            operators.list_operators(s),
            meetings.list_venues(s),
            checklists.list_templates(s),
        )

    def _reference_arrived(self, value) -> None:
        self.rooms, self.operators, self.venues, self.templates = value
        for r in self.rooms:
            self.room.addItem(room_name(r), r.id)
        for o in self.operators:
            self.responsible.addItem(o.name, o.id)
        chosen = {v.id for v in self.meeting.venues} if self.meeting else set()
        for v in self.venues:
            it = QListWidgetItem(f"{v.name}  ({venue_kind_name(v.kind)})")
            it.setData(Qt.ItemDataRole.UserRole, v.id)
            it.setData(Qt.ItemDataRole.UserRole + 1, v.kind.value)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if v.id in chosen else Qt.CheckState.Unchecked)
            self.venue_list.addItem(it)
        for t in self.templates:
            it = QListWidgetItem(self.tr("{name} (version {v})").format(name=t.name, v=t.version))
            it.setData(Qt.ItemDataRole.UserRole, t.id)
            it.setData(Qt.ItemDataRole.UserRole + 1, t.code)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.template_list.addItem(it)
        if self.meeting is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(self.meeting.room_id or "")))
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(self.meeting.responsible_id or ""))
            )
        else:
            op = self.state.operator
            if op is not None:
                self.responsible.setCurrentIndex(max(0, self.responsible.findData(op.id)))
            self._kind_changed()
        self._loading = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _kind_changed(self, *_a) -> None:
        """A new meeting of a kind gets its usual checklists ticked (the operator can change them)."""
        if self.meeting is not None:
            return
        kind = MeetingKind(self.kind.currentData())
        want = set(DEFAULT_TEMPLATES.get(kind, ()))
        for i in range(self.template_list.count()):
            it = self.template_list.item(i)
            it.setCheckState(
                Qt.CheckState.Checked
                if it.data(Qt.ItemDataRole.UserRole + 1) in want
                else Qt.CheckState.Unchecked
            )
        if kind in (MeetingKind.WEEKLY_COMMAND, MeetingKind.VIDEO_ROLLCALL) and not self.checked_venues():
            self.check_venues(VenueKind.DISTRICT)

    def check_venues(self, kind: VenueKind | None) -> None:
        for i in range(self.venue_list.count()):
            it = self.venue_list.item(i)
            on = kind is not None and it.data(Qt.ItemDataRole.UserRole + 1) == kind.value
            it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_venues(self) -> list[str]:
        out = []
        for i in range(self.venue_list.count()):
            it = self.venue_list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return out

    def checked_templates(self) -> list[str]:
        out = []
        for i in range(self.template_list.count()):
            it = self.template_list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return out

    # ---- values ----------------------------------------------------------------------------------
    def _set_time(self, edit: QDateTimeEdit, value: datetime) -> None:
        local = value.astimezone(self.tz)
        qdt = QDateTime(local.date(), QTime(local.hour, local.minute))
        edit.setDateTime(qdt)

    def _time(self, edit: QDateTimeEdit) -> datetime:
        q = edit.dateTime()
        d, t = q.date(), q.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)
        return local.astimezone(UTC)

    def _fill(self, m: Meeting) -> None:
        self.title.setText(m.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind.value)))
        self._set_time(self.starts, m.starts_at)
        if m.ends_at:
            self._set_time(self.ends, m.ends_at)
        self.place.setText(m.place)
        self.notes.setPlainText(m.notes)

    def value(self) -> NewMeeting:
        return NewMeeting(
            title=self.title.text().strip(),
            kind=MeetingKind(self.kind.currentData()),
            starts_at=self._time(self.starts),
            ends_at=self._time(self.ends),
            room_id=self.room.currentData() or None,
            place=self.place.text().strip(),
            responsible_id=self.responsible.currentData() or None,
            venue_ids=tuple(self.checked_venues()),
            notes=self.notes.toPlainText().strip(),
        )

    # ---- save ------------------------------------------------------------------------------------
    def save(self) -> None:
        from opsdesk.services import checklists, meetings

        if self._loading:
            return
        new, actor = self.value(), self.state.actor
        templates, existing = self.checked_templates(), self.meeting.id if self.meeting else None

        def work(s) -> Meeting:
            if existing:
                return meetings.update_meeting(s, existing, new, actor)
            m = meetings.create_meeting(s, new, actor)
            for tid in templates:
                checklists.start_run(s, m.id, tid, actor)
            return meetings.get_meeting(s, m.id)

        self._show_problems(None)
        self.buttons.setEnabled(False)
        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES, ids=lambda m: [m.id])

    def _saved(self, meeting: Meeting) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(meeting)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._show_problems(exc)

    def _show_problems(self, exc: BaseException | None) -> None:
        for e in self.errors.values():
            e.hide()
        self.error.hide()
        if exc is None:
            return
        if isinstance(exc, ValidationError):
            rest = []
            for key, (code, params) in exc.problems.items():
                target = self.errors.get(key.split(".", 1)[0])
                text = self._problem(key, code, params)
                if target is not None:
                    target.setText(text)
                    target.show()
                else:
                    rest.append(text)
            if rest:
                self.error.setText("\n".join(rest))
                self.error.show()
            return
        self.error.setText(describe(exc))
        self.error.show()

    def _problem(self, key: str, code: str, params: dict | None) -> str:
        field = self.labels.get(key.split(".", 1)[0])
        name = field.text().rstrip(":：").replace("&", "") if field else key
        if code == "before_start":
            return self.tr("{field}: the end is before the start.").format(field=name)
        if code == "required":
            return self.tr("{field} is required.").format(field=name)
        if code == "too_long":
            return self.tr("{field} is too long (at most {max} characters).").format(
                field=name, max=(params or {}).get("max", "")
            )
        if code == "not_found":
            return self.tr("{field}: the selected item no longer exists.").format(field=name)
        return problem_text(key, code, params)

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit meeting") if self.meeting else self.tr("New meeting"))
        texts = {
            "title": self.tr("&Title:"),
            "kind": self.tr("&Kind:"),
            "starts_at": self.tr("St&arts:"),
            "ends_at": self.tr("&Ends:"),
            "room_id": self.tr("&Room:"),
            "place": self.tr("Other &place:"),
            "responsible_id": self.tr("Responsi&ble engineer:"),
            "venue_ids": self.tr("Participating &venues:"),
            "templates": self.tr("Start &checklists:"),
            "notes": self.tr("&Notes:"),
        }
        for k, lab in self.labels.items():
            lab.setText(texts[k])
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_name(self.kind.itemData(i)))
        self.room.setItemText(0, self.tr("(none)"))
        self.responsible.setItemText(0, self.tr("(nobody yet)"))
        self.all_districts.setText(self.tr("All &districts"))
        self.no_venues.setText(self.tr("N&one"))
        self.title.setPlaceholderText(self.tr("e.g. Weekly linked-command meeting"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
