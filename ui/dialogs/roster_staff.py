"""The team: engineers with post, phone, skills and certificates, active from/to; a replacement engineer's
client approval (who, when), which the generator requires before rostering them; import from CSV.

Engineers are never deleted: the last day on the team (active to) retires them, so old rosters keep their
names. Only a supervisor edits; others see the list (names and phone numbers).
"""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import NewStaff, Staff
from opsdesk.errors import ValidationError
from ui import theme
from ui.dialogs.roster_generate import plain_buttons, pydate, qdate
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.state import DeskState

TABLES = ("roster_staff",)
_NO_DATE = QDate(2000, 1, 1)


def optional_date_edit() -> QDateEdit:
    """A date edit whose minimum (shown as "—") means "no date"."""
    e = QDateEdit()
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd")
    e.setMinimumDate(_NO_DATE)
    e.setSpecialValueText("\u2014")
    e.setDate(_NO_DATE)
    return e


def optional_date(e: QDateEdit) -> date | None:
    return None if e.date() == _NO_DATE else pydate(e.date())


def set_optional_date(e: QDateEdit, d: date | None) -> None:
    e.setDate(_NO_DATE if d is None else qdate(d))


def split_list(text: str) -> tuple[str, ...]:
    for sep in ("\u3001", "\uff0c", ";", "\uff1b"):
        text = text.replace(sep, ",")
    return tuple(x.strip() for x in text.split(",") if x.strip())


class StaffDialog(Retranslatable, QDialog):
    saved = Signal(object)  # Staff
    failed = Signal(object)
    staff_loaded = Signal(object)

    def __init__(self, state: DeskState, *, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterStaffDialog")
        self.state = state
        self.editable = editable
        self.staff: list[Staff] = []
        self.current_id: str | None = None

        self.table = QTableWidget(0, 6, objectName="staffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.post = QComboBox()
        self.post.setEditable(True)
        self.phone = QLineEdit()
        self.skills = QLineEdit()
        self.certificates = QLineEdit()
        self.active_from = optional_date_edit()
        self.active_to = optional_date_edit()
        self.replaces = QComboBox()
        self.on_rotation = QCheckBox()
        self.on_rotation.setChecked(True)
        self.note = QLineEdit()
        for w, n in (
            (self.name, 50),
            (self.phone, 30),
            (self.skills, 300),
            (self.certificates, 300),
            (self.note, 2000),
        ):
            w.setMaxLength(n)
        self.form_box = QGroupBox()
        self._labels = [QLabel() for _ in range(10)]
        form = QFormLayout(self.form_box)
        widgets = (
            self.name, self.post, self.phone, self.skills, self.certificates,
            self.active_from, self.active_to, self.replaces, self.on_rotation, self.note,
        )  # fmt: skip
        for lab, w in zip(self._labels, widgets, strict=True):
            lab.setBuddy(w)
            form.addRow(lab, w)
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)

        self.approval_box = QGroupBox()
        self.approval_state = QLabel()
        self.approval_state.setWordWrap(True)
        self.approved_by = QLineEdit()
        self.approved_by.setMaxLength(50)
        self.approved_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.approved_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.approved_at.setCalendarPopup(True)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self._ap_labels = [QLabel(), QLabel()]
        af = QFormLayout(self.approval_box)
        af.addRow(self.approval_state)
        for lab, w in zip(self._ap_labels, (self.approved_by, self.approved_at), strict=True):
            lab.setBuddy(w)
            af.addRow(lab, w)
        ar = QHBoxLayout()
        ar.addStretch(1)
        ar.addWidget(self.approve_button)
        af.addRow(ar)

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._ask_import)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.form_box)
        rl.addWidget(self.approval_box)
        rl.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 420])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        act = QAction(self)
        act.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        act.triggered.connect(self.save)
        self.addAction(act)
        act_new = QAction(self)
        act_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        act_new.triggered.connect(self.new)
        self.addAction(act_new)
        for w in (self.form_box, self.import_button, self.approve_button, self.approved_by, self.approved_at):
            w.setEnabled(editable)
        self.resize(1000, 620)
        plain_buttons(self, self.save_button)
        self.retranslate()
        self.approval_box.hide()
        self.load()

    # ---- list ------------------------------------------------------------------------------------
    def load(self) -> None:
        def query(s):
            from opsdesk.services import roster as roster_service

            return roster_service.list_staff(s)

        self.state.tasks.read(query, self._arrived, self._failed)

    def _arrived(self, staff: list[Staff]) -> None:
        self.staff = list(staff)
        names = {s.id: s.name for s in self.staff}
        self.table.setRowCount(len(self.staff))
        today = date.today()
        for i, s in enumerate(self.staff):
            span = f"{s.active_from or ''} \u2013 {s.active_to or ''}"
            repl = ""
            if s.is_replacement:
                repl = self.tr("replaces {name}: {state}").format(
                    name=names.get(s.replaces_id or "", "?"),
                    state=self.tr("approved") if s.approved else self.tr("NOT approved"),
                )
            vals = (s.name, s.post, s.phone, "\u3001".join(s.skills), span, repl)
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if not s.active_on(today):
                    item.setForeground(theme.color("text_muted"))
                elif s.is_replacement and not s.approved:
                    item.setForeground(theme.color("warning"))
                self.table.setItem(i, j, item)
        posts = sorted({s.post for s in self.staff})
        keep = self.post.currentText()
        self.post.clear()
        self.post.addItems(posts)
        self.post.setEditText(keep)
        self._fill_replaces()
        if self.current_id:
            row = next((i for i, s in enumerate(self.staff) if s.id == self.current_id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self.staff_loaded.emit(self.staff)

    def _fill_replaces(self) -> None:
        keep = self.replaces.currentData()
        self.replaces.clear()
        self.replaces.addItem(self.tr("(nobody: a regular engineer)"), "")
        for s in self.staff:
            if s.id != self.current_id:
                self.replaces.addItem(f"{s.name} \u00b7 {s.post}", s.id)
        self.replaces.setCurrentIndex(max(0, self.replaces.findData(keep)))

    def selected_staff(self) -> Staff | None:
        return next((s for s in self.staff if s.id == self.current_id), None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.staff):
            return
        s = self.staff[rows[0].row()]
        self.current_id = s.id
        self._fill_replaces()
        self.name.setText(s.name)
        self.post.setEditText(s.post)
        self.phone.setText(s.phone)
        self.skills.setText("\u3001".join(s.skills))
        self.certificates.setText("\u3001".join(s.certificates))
        set_optional_date(self.active_from, s.active_from)
        set_optional_date(self.active_to, s.active_to)
        self.replaces.setCurrentIndex(max(0, self.replaces.findData(s.replaces_id or "")))
        self.on_rotation.setChecked(s.on_rotation)
        self.note.setText(s.note)
        self._show_approval(s)
        self.error.hide()

    def _show_approval(self, s: Staff | None) -> None:
        self.approval_box.setVisible(s is not None and s.is_replacement)
        if s is None or not s.is_replacement:
            return
        if s.approved:
            self.approval_state.setText(
                self.tr("Approved by the client: {who}, {at}.").format(
                    who=s.approved_by, at=time_text(s.approved_at)
                )
            )
            self.approved_by.setText(s.approved_by)
        else:
            self.approval_state.setText(
                self.tr(
                    "Not approved yet: the roster will not use this engineer until the approval is recorded."
                )
            )

    # ---- edits -----------------------------------------------------------------------------------
    def new(self) -> None:
        self.table.clearSelection()
        self.current_id = None
        for w in (self.name, self.phone, self.skills, self.certificates, self.note):
            w.clear()
        self.post.setEditText("")
        set_optional_date(self.active_from, date.today())
        set_optional_date(self.active_to, None)
        self._fill_replaces()
        self.replaces.setCurrentIndex(0)
        self.on_rotation.setChecked(True)
        self._show_approval(None)
        self.name.setFocus()

    def form_value(self) -> NewStaff:
        return NewStaff(
            name=self.name.text().strip(),
            post=self.post.currentText().strip(),
            phone=self.phone.text().strip(),
            skills=split_list(self.skills.text()),
            certificates=split_list(self.certificates.text()),
            active_from=optional_date(self.active_from),
            active_to=optional_date(self.active_to),
            replaces_id=self.replaces.currentData() or None,
            on_rotation=self.on_rotation.isChecked(),
            note=self.note.text().strip(),
        )

    def save(self) -> None:
        if not self.editable:
            return
        new, sid, actor = self.form_value(), self.current_id, self.state.actor
        keep = self.selected_staff()

        def work(s):
            from opsdesk.services import roster as roster_service

            if sid is None:
                return roster_service.create_staff(s, new, actor)
            base = keep
            new2 = new
            if base is not None:  # fields the form does not show stay as they were
                from dataclasses import replace

                new2 = replace(new, operator_id=base.operator_id, sort_order=base.sort_order)
            return roster_service.update_staff(s, sid, new2, actor)

        self.error.hide()
        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def approve(self) -> None:
        s = self.selected_staff()
        if s is None or not self.editable:
            return
        who = self.approved_by.text().strip()
        at = self.approved_at.dateTime().toPython()
        from opsdesk.timeutil import zone

        at = at.replace(tzinfo=zone(self.state.settings.timezone)).astimezone(UTC)
        sid, actor = s.id, self.state.actor

        def work(sess):
            from opsdesk.services import roster as roster_service

            return roster_service.approve_replacement(sess, sid, approved_by=who, approved_at=at, actor=actor)

        self.error.hide()
        self.state.tasks.write(work, self._saved, self._failed, tables=TABLES)

    def _saved(self, s: Staff) -> None:
        self.current_id = s.id
        self.saved.emit(s)
        self.load()

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff"), "", self.tr("CSV, UTF-8 (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read on the pool (the file may be on a share), import on the database worker: all or nothing."""
        actor = self.state.actor

        def read() -> str:
            return path.read_bytes().decode("utf-8-sig")

        def store(text: str) -> None:
            def work(s):
                from opsdesk.services import roster as roster_service

                return roster_service.import_staff_csv(s, text, path.name, actor)

            self.state.tasks.write(work, self._imported, self._failed, tables=TABLES)

        self.state.tasks.run(read, store, self._failed)

    def _imported(self, staff: list[Staff]) -> None:
        self.error.setText(self.tr("{n} engineers imported.").format(n=len(staff)))
        self.error.show()
        self.load()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UnicodeDecodeError):
            text = self.tr("The file is not UTF-8 text; save it from Excel as \u201cCSV UTF-8\u201d.")
        elif isinstance(exc, ValidationError):
            text = "\n".join(problem_text(f, code, params) for f, (code, params) in exc.problems.items())
        else:
            text = describe(exc)
        self.error.setText(text)
        self.error.show()
        self.failed.emit(exc)

    def has_unsaved_work(self) -> bool:
        s = self.selected_staff()
        if s is None:
            return bool(self.name.text().strip())
        return self.name.text().strip() != s.name or self.phone.text().strip() != s.phone

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Post"),
                self.tr("Phone"),
                self.tr("Skills"),
                self.tr("Active"),
                self.tr("Replacement"),
            ]
        )
        texts = (
            self.tr("&Name:"), self.tr("&Post:"), self.tr("P&hone:"), self.tr("S&kills:"), self.tr("&Certificates:"),
            self.tr("Active &from:"), self.tr("Active &to (last day):"), self.tr("&Replaces:"),
            self.tr("In th&e rotation"), self.tr("N&ote:"),
        )  # fmt: skip
        for lab, t in zip(self._labels, texts, strict=True):
            lab.setText(t)
        self.on_rotation.setText(self.tr("the generator may roster this engineer"))
        self.skills.setPlaceholderText(self.tr("separated by \u3001 or ,"))
        self.form_box.setTitle(self.tr("Engineer"))
        self.new_button.setText(self.tr("Ne&w (Ctrl+N)"))
        self.save_button.setText(self.tr("&Save (Ctrl+S)"))
        self.approval_box.setTitle(self.tr("Client approval of the replacement"))
        self._ap_labels[0].setText(self.tr("Approved &by:"))
        self._ap_labels[1].setText(self.tr("Approved &at:"))
        self.approve_button.setText(self.tr("Recor&d approval"))
        self.import_button.setText(self.tr("&Import CSV\u2026"))
        self.import_button.setToolTip(
            self.tr("Columns: name,post,phone,skills,certificates,active_from,active_to")
        )
        if self.staff:
            self._arrived(self.staff)
        self._show_approval(self.selected_staff())
