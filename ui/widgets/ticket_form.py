"""The entry form of a new ticket, built for speed: keyboard only, sensible defaults.

Focus starts in the title; Tab walks the fields in reading order; Alt+1…Alt+9 pick a priority level
(the profile's levels, P1 at the top); Ctrl+Enter files. Category and location default to the last ones
used (kept in the console's config dir); priority defaults to the middle level. Problems are shown next
to each field and nothing typed is cleared until the ticket is filed.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk import paths
from opsdesk.domain.enums import Category
from opsdesk.domain.people import RoomInfo
from opsdesk.domain.sla import ContractProfile, SlaLevel
from opsdesk.domain.tickets import NewTicket
from ui.errors import problem_text
from ui.i18n import Retranslatable
from ui.labels import category_name, level_name, room_name

FIELDS = (
    "title",
    "description",
    "reporter_name",
    "reporter_phone",
    "reporter_unit",
    "room_id",
    "equipment",
    "category",
    "priority",
)


def duration_text(d: timedelta) -> str:
    """15 min, 4 h, 1 h 30 min, 2 d: the contract targets as the operator reads them."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    minutes = int(d.total_seconds() // 60)
    if minutes < 60:
        return tr("TicketForm", "{n} min").format(n=minutes)
    h, m = divmod(minutes, 60)
    if m:
        return tr("TicketForm", "{h} h {m} min").format(h=h, m=m)
    return tr("TicketForm", "{n} h").format(n=h)


def level_text(level: SlaLevel) -> str:
    """ "P1 紧急 · 响应15分钟 / 恢复4小时": the level and its targets."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    parts = []
    if level.respond is not None:
        parts.append(tr("TicketForm", "respond {t}").format(t=duration_text(level.respond)))
    if level.arrive is not None:
        parts.append(tr("TicketForm", "on site {t}").format(t=duration_text(level.arrive)))
    if level.resolve is not None:
        parts.append(tr("TicketForm", "resolve {t}").format(t=duration_text(level.resolve)))
    targets = " / ".join(parts)
    return f"{level_name(level)} · {targets}" if targets else level_name(level)


def _ui_state() -> QSettings:
    return QSettings(str(paths.config_dir() / "desk_state.ini"), QSettings.Format.IniFormat)


class TicketForm(Retranslatable, QWidget):
    submitted = Signal(object)  # NewTicket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: ContractProfile | None = None
        self._rooms: list[RoomInfo] = []
        self._busy = False
        self._problems: dict[str, tuple[str, dict]] = {}  # shown now: re-said on a language switch

        self.heading = QLabel(objectName="dialogHeading")
        self.title = QLineEdit(maxLength=400)  # longer than allowed: the check says so, nothing is cut
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.reporter_name = QLineEdit(maxLength=100)
        self.reporter_phone = QLineEdit(maxLength=60)
        self.reporter_unit = QLineEdit(maxLength=200)
        self.room = QComboBox()
        self.room.setMinimumContentsLength(10)
        self.equipment = QLineEdit(maxLength=200)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.equipment.setCompleter(self._completer)
        self.category = QComboBox()
        for c in Category:
            self.category.addItem("", c.value)
        self.priority = QComboBox()
        self.file_button = QPushButton()
        self.file_button.setDefault(True)
        self.file_button.clicked.connect(self.submit)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.form_error = QLabel(objectName="formError", wordWrap=True)
        self.form_error.hide()
        self.hint = QLabel(objectName="dialogHint", wordWrap=True)

        self.widgets: dict[str, QWidget] = {
            "title": self.title, "description": self.description, "reporter_name": self.reporter_name,
            "reporter_phone": self.reporter_phone, "reporter_unit": self.reporter_unit, "room_id": self.room,
            "equipment": self.equipment, "category": self.category, "priority": self.priority,
        }  # fmt: skip
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for key in FIELDS:
            w = self.widgets[key]
            lab = QLabel()
            lab.setBuddy(w)
            self._labels[key] = lab
            err = QLabel(objectName="formError", wordWrap=True)
            err.hide()
            self.errors[key] = err
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(err)
            form.addRow(lab, box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.file_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(form)
        lay.addWidget(self.form_error)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.setTabOrder(self.title, self.description)
        for a, b in pairwise(FIELDS):
            self.setTabOrder(self.widgets[a], self.widgets[b])
        self.setTabOrder(self.priority, self.file_button)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.submit, context=ctx)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda i=n - 1: self._pick_priority(i), context=ctx)
        for key, w in self.widgets.items():
            signal = getattr(w, "textChanged", None) or getattr(w, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(lambda *_a, k=key: self._clear_problem(k))
        self._restore_defaults()
        self.retranslate()

    # ---- reference data --------------------------------------------------------------------------
    def set_reference(self, profile: ContractProfile, rooms: list[RoomInfo], equipment: list[str]) -> None:
        """Fill the choices; keeps the current choice when it still exists."""
        keep_level = self.priority.currentData()
        self._profile = profile
        self.priority.blockSignals(True)
        self.priority.clear()
        for lv in profile.levels:
            self.priority.addItem(level_text(lv), lv.code)
        idx = self.priority.findData(keep_level) if keep_level else -1
        self.priority.setCurrentIndex(idx if idx >= 0 else self.default_priority_index())
        self.priority.blockSignals(False)
        keep_room = self.room.currentData() if self.room.count() else self._remembered("room_id")
        self._rooms = list(rooms)
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem("", "")
        for r in rooms:
            self.room.addItem(room_name(r), r.id)
        self.room.setCurrentIndex(max(0, self.room.findData(keep_room or "")))
        self.room.blockSignals(False)
        self._completer.model().setStringList(equipment)  # type: ignore[attr-defined]
        self.retranslate()

    def default_priority_index(self) -> int:
        n = self.priority.count()
        return n // 2 if n > 1 else 0

    # ---- values ----------------------------------------------------------------------------------
    def value(self) -> NewTicket:
        return NewTicket(
            title=self.title.text(),
            priority=self.priority.currentData() or "",
            category=self.category.currentData() or "",
            description=self.description.toPlainText(),
            reporter_name=self.reporter_name.text(),
            reporter_phone=self.reporter_phone.text(),
            reporter_unit=self.reporter_unit.text(),
            room_id=self.room.currentData() or None,
            equipment=self.equipment.text(),
        )

    def has_text(self) -> bool:
        return any(
            w.text()
            for w in (self.title, self.reporter_name, self.reporter_phone, self.reporter_unit, self.equipment)
        ) or bool(self.description.toPlainText())

    def submit(self) -> None:
        if self._busy:
            return
        self.submitted.emit(self.value())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.file_button.setEnabled(not busy)

    def show_problems(self, problems: dict[str, tuple[str, dict]]) -> None:
        """Each problem next to its field; the first problem's field gets the focus."""
        self.clear_problems()
        first: QWidget | None = None
        other: list[str] = []
        for key, (code, params) in problems.items():
            label = self.errors.get(key)
            text = problem_text(key, code, params)
            if label is None:
                other.append(text)
                continue
            self._problems[key] = (code, params)
            label.setText(text)
            label.show()
            w = self.widgets[key]
            w.setProperty("invalid", True)
            w.style().unpolish(w)
            w.style().polish(w)
            if first is None:
                first = w
        if other:
            self.show_error("\n".join(other))
        if first is not None:
            first.setFocus()

    def show_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def clear_problems(self) -> None:
        for key in self.errors:
            self._clear_problem(key)
        self.show_error("")

    def filed(self) -> None:
        """The ticket was filed: remember category and location, clear the rest, back to the title."""
        st = _ui_state()
        st.setValue("ticket_form/category", self.category.currentData())
        st.setValue("ticket_form/room_id", self.room.currentData() or "")
        self.clear()

    def clear(self) -> None:
        for w in (self.title, self.reporter_name, self.reporter_phone, self.reporter_unit, self.equipment):
            w.clear()
        self.description.clear()
        self.priority.setCurrentIndex(self.default_priority_index())
        self.clear_problems()
        self.title.setFocus()

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    # ---- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        # Access keys: unique in the form and apart from the main window's menu bar (File, View, Tools,
        # Help) and the pane's buttons (New ticket, Export, Mine); tests/ui/test_ticket_form.py checks.
        texts = {
            "title": self.tr("T&itle:"),
            "description": self.tr("&Description:"),
            "reporter_name": self.tr("Re&porter:"),
            "reporter_phone": self.tr("Ph&one:"),
            "reporter_unit": self.tr("&Unit:"),
            "room_id": self.tr("&Location:"),
            "equipment": self.tr("&Equipment:"),
            "category": self.tr("&Category:"),
            "priority": self.tr("P&riority:"),
        }
        for key, lab in self._labels.items():
            lab.setText(texts[key])
        self.heading.setText(self.tr("New ticket"))
        self.title.setPlaceholderText(self.tr("What is wrong, in a few words"))
        self.description.setPlaceholderText(self.tr("Symptoms, who is affected, what was tried"))
        self.reporter_name.setPlaceholderText(self.tr("Name"))
        self.reporter_phone.setPlaceholderText(self.tr("Phone"))
        self.reporter_unit.setPlaceholderText(self.tr("Unit or department"))
        self.equipment.setPlaceholderText(self.tr("Device name, e.g. the video wall controller"))
        self.room.setItemText(0, self.tr("(no location)"))
        for i in range(self.category.count()):
            self.category.setItemText(i, category_name(self.category.itemData(i)))
        if self._profile is not None:
            for i, lv in enumerate(self._profile.levels):
                self.priority.setItemText(i, level_text(lv))
        for i, r in enumerate(self._rooms, start=1):
            self.room.setItemText(i, room_name(r))
        self.file_button.setText(self.tr("File tic&ket"))
        self.file_button.setToolTip(self.tr("Ctrl+Enter"))
        self.clear_button.setText(self.tr("Clear"))
        n = self.priority.count()
        self.hint.setText(
            self.tr("Ctrl+Enter files · Alt+1…Alt+{n} sets the priority").format(n=n)
            if n > 1
            else self.tr("Ctrl+Enter files")
        )
        for key, (code, params) in self._problems.items():
            self.errors[key].setText(problem_text(key, code, params))

    # ---- internals -------------------------------------------------------------------------------
    def _pick_priority(self, i: int) -> None:
        if 0 <= i < self.priority.count():
            self.priority.setCurrentIndex(i)

    def _clear_problem(self, key: str) -> None:
        self._problems.pop(key, None)
        label = self.errors[key]
        if label.isHidden() and not label.text():
            return
        label.clear()
        label.hide()
        w = self.widgets[key]
        if w.property("invalid"):
            w.setProperty("invalid", False)
            w.style().unpolish(w)
            w.style().polish(w)

    def _remembered(self, key: str) -> str:
        v = _ui_state().value(f"ticket_form/{key}", "")
        return str(v) if v else ""

    def _restore_defaults(self) -> None:
        cat = self._remembered("category")
        idx = self.category.findData(cat) if cat else -1
        self.category.setCurrentIndex(idx if idx >= 0 else self.category.findData(Category.HARDWARE.value))
