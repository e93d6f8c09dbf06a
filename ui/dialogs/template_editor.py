"""Checklist templates: pick one, look at its versions, edit its items and save.

Saving never changes a version: it makes the next one. Checklists already running keep the version they
were started with, and the dialog says how many do.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import ChecklistTemplate, ItemKind, TemplateDraft, TemplateItem, TemplateSaved
from opsdesk.errors import ValidationError
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.state import DeskState
from ui.widgets.meeting_labels import item_kind_name

TABLES = {"checklist_templates"}
C_SECTION, C_LABEL, C_KIND, C_REQUIRED, C_LOW, C_HIGH, C_UNIT, C_HINT = range(8)


def _num(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    return float(text)


def _key_for(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:24] or "item"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


class TemplateEditor(Retranslatable, QDialog):
    saved = Signal(object)  # TemplateSaved

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.state = state
        self.templates: list[ChecklistTemplate] = []
        self.versions: list[ChecklistTemplate] = []
        self.current: ChecklistTemplate | None = None
        self._keys: list[str] = []  # the stable key of each table row ("" for a new row)

        self.list = QListWidget(objectName="templateList")
        self.list.currentRowChanged.connect(self._template_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_template)
        self.version_box = QComboBox()
        self.version_box.activated.connect(self._version_chosen)
        self.name = QLineEdit(objectName="templateName")
        self.description = QLineEdit()
        self.due = QDoubleSpinBox()
        self.due.setRange(0, 168)
        self.due.setDecimals(1)
        self.due.setSuffix(" h")
        self.table = QTableWidget(0, 8, objectName="templateItems")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(C_LABEL, QHeaderView.ResizeMode.Stretch)
        for c, w in (
            (C_SECTION, 90),
            (C_KIND, 100),
            (C_REQUIRED, 56),
            (C_LOW, 56),
            (C_HIGH, 56),
            (C_UNIT, 50),
            (C_HINT, 120),
        ):
            hh.resizeSection(c, w)
        self.add_item = QPushButton()
        self.remove_item = QPushButton()
        self.up = QPushButton("\u2191")
        self.down = QPushButton("\u2193")
        self.add_item.clicked.connect(lambda: self._add_row(None))
        self.remove_item.clicked.connect(self._remove_row)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.version_note = QLabel(objectName="dialogHint", wordWrap=True)
        self.result_note = QLabel(objectName="templateSaved", wordWrap=True)
        self.result_note.hide()
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for b in (
            self.new_button,
            self.add_item,
            self.remove_item,
            self.up,
            self.down,
            self.save_button,
            self.close_button,
        ):
            b.setAutoDefault(False)  # Enter in the table or a field must never save or add by itself

        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.name)
        form.addRow(self._labels[1], self.description)
        form.addRow(self._labels[2], self.due)
        form.addRow(self._labels[3], self.version_box)
        for lab, w in zip(
            self._labels, (self.name, self.description, self.due, self.version_box), strict=True
        ):
            lab.setBuddy(w)
        item_bar = QHBoxLayout()
        for b in (self.add_item, self.remove_item, self.up, self.down):
            item_bar.addWidget(b)
        item_bar.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(form)
        rl.addWidget(self.version_note)
        rl.addWidget(self.result_note)
        rl.addWidget(self.table, 1)
        rl.addLayout(item_bar)
        rl.addWidget(self.error)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.resize(1100, 640)
        self.retranslate()
        self.load()

    # ---- loading ---------------------------------------------------------------------------------
    def load(self, select_family: str | None = None) -> None:
        from opsdesk.services import checklists

        keep = select_family or (self.current.family_id if self.current else None)
        self.state.tasks.read(
            lambda s: checklists.list_templates(s), lambda ts: self._listed(ts, keep), self._failed
        )

    def _listed(self, templates: list[ChecklistTemplate], keep: str | None) -> None:
        self.templates = templates
        self.list.blockSignals(True)
        self.list.clear()
        for t in templates:
            it = QListWidgetItem(self.tr("{name} (v{version})").format(name=t.name, version=t.version))
            it.setData(Qt.ItemDataRole.UserRole, t.family_id)
            self.list.addItem(it)
        self.list.blockSignals(False)
        row = next((i for i, t in enumerate(templates) if t.family_id == keep), 0)
        if templates:
            self.list.setCurrentRow(row)
            self._template_chosen(row)

    def _template_chosen(self, row: int) -> None:
        from opsdesk.services import checklists

        if not 0 <= row < len(self.templates):
            return
        if self.current is not None and self.templates[row].family_id != self.current.family_id:
            self.result_note.hide()  # the saved message was about another template
        fam = self.templates[row].family_id
        self.state.tasks.read(
            lambda s: checklists.template_versions(s, fam), self._versions_arrived, self._failed
        )

    def _versions_arrived(self, versions: list[ChecklistTemplate]) -> None:
        self.versions = versions
        self.version_box.clear()
        for v in versions:
            when = time_text(v.created_at) if v.created_at else ""
            self.version_box.addItem(self.tr("Version {v}  {when}").format(v=v.version, when=when), v.id)
        if versions:
            self.show_template(versions[0])

    def _version_chosen(self, index: int) -> None:
        if 0 <= index < len(self.versions):
            self.show_template(self.versions[index])

    def show_template(self, t: ChecklistTemplate) -> None:
        self.current = t
        self.name.setText(t.name)
        self.description.setText(t.description)
        self.due.setValue(t.due_before.total_seconds() / 3600)
        self.table.setRowCount(0)
        self._keys = []
        for item in t.items:
            self._add_row(item)
        latest = self.versions[0].version if self.versions else t.version
        self._note(t, latest)
        self.error.hide()

    def _note(self, t: ChecklistTemplate | None, latest: int) -> None:
        if t is None:
            self.version_note.setText(self.tr("A new template: saving makes version 1."))
        elif t.version != latest:
            self.version_note.setText(
                self.tr(
                    "You are looking at version {v}; saving makes version {next} from what is shown here."
                ).format(v=t.version, next=latest + 1)
            )
        else:
            self.version_note.setText(
                self.tr(
                    "Saving makes version {next}. Checklists already running keep the version they were "
                    "started with."
                ).format(next=latest + 1)
            )

    # ---- rows ------------------------------------------------------------------------------------
    def _add_row(self, item: TemplateItem | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self._keys.append(item.key if item else "")
        vals = {
            C_SECTION: item.section if item else "",
            C_LABEL: item.label if item else "",
            C_LOW: "" if item is None or item.low is None else f"{item.low:g}",
            C_HIGH: "" if item is None or item.high is None else f"{item.high:g}",
            C_UNIT: item.unit if item else "",
            C_HINT: item.hint if item else "",
        }
        for c, v in vals.items():
            self.table.setItem(r, c, QTableWidgetItem(v))
        kind = QComboBox()
        for k in ItemKind:
            kind.addItem(item_kind_name(k), k.value)
        kind.setCurrentIndex(max(0, kind.findData((item.kind if item else ItemKind.CHECK).value)))
        self.table.setCellWidget(r, C_KIND, kind)
        req = QTableWidgetItem()
        req.setFlags(req.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        req.setCheckState(
            Qt.CheckState.Checked if (item is None or item.required) else Qt.CheckState.Unchecked
        )
        self.table.setItem(r, C_REQUIRED, req)
        if item is None:
            self.table.setCurrentCell(r, C_LABEL)
            self.table.editItem(self.table.item(r, C_LABEL))

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self._keys[r]

    def _move(self, step: int) -> None:
        r = self.table.currentRow()
        t = r + step
        if r < 0 or not 0 <= t < self.table.rowCount():
            return
        items = [self._row_item(r), self._row_item(t)]
        for row, it in ((r, items[1]), (t, items[0])):
            self._write_row(row, it)
        self._keys[r], self._keys[t] = self._keys[t], self._keys[r]
        self.table.setCurrentCell(t, self.table.currentColumn())

    def _write_row(self, r: int, it: TemplateItem) -> None:
        self.table.item(r, C_SECTION).setText(it.section)
        self.table.item(r, C_LABEL).setText(it.label)
        self.table.item(r, C_LOW).setText("" if it.low is None else f"{it.low:g}")
        self.table.item(r, C_HIGH).setText("" if it.high is None else f"{it.high:g}")
        self.table.item(r, C_UNIT).setText(it.unit)
        self.table.item(r, C_HINT).setText(it.hint)
        box: QComboBox = self.table.cellWidget(r, C_KIND)  # type: ignore[assignment]
        box.setCurrentIndex(max(0, box.findData(it.kind.value)))
        self.table.item(r, C_REQUIRED).setCheckState(
            Qt.CheckState.Checked if it.required else Qt.CheckState.Unchecked
        )

    def _row_item(self, r: int, key: str = "") -> TemplateItem:
        def text(c: int) -> str:
            it = self.table.item(r, c)
            return it.text().strip() if it else ""

        box: QComboBox = self.table.cellWidget(r, C_KIND)  # type: ignore[assignment]
        return TemplateItem(
            key=key,
            label=text(C_LABEL),
            kind=ItemKind(box.currentData()),
            required=self.table.item(r, C_REQUIRED).checkState() == Qt.CheckState.Checked,
            section=text(C_SECTION),
            low=_num(text(C_LOW)),
            high=_num(text(C_HIGH)),
            unit=text(C_UNIT),
            hint=text(C_HINT),
        )

    def draft(self) -> TemplateDraft:
        """The table as a draft; raises ValueError naming the row whose range is not a number."""
        items = []
        taken = {k for k in self._keys if k}
        for r in range(self.table.rowCount()):
            key = self._keys[r]
            try:
                item = self._row_item(r, key)
            except ValueError:
                raise ValueError(r + 1) from None
            if not key:
                key = _key_for(item.label, taken)
                taken.add(key)
                item = replace(item, key=key)
            items.append(item)
        return TemplateDraft(
            name=self.name.text().strip(),
            items=tuple(items),
            description=self.description.text().strip(),
            due_before=timedelta(hours=self.due.value()),
            code=self.current.code if self.current else "",
        )

    # ---- new and save ----------------------------------------------------------------------------
    def new_template(self) -> None:
        self.current = None
        self.versions = []
        self.version_box.clear()
        self.name.clear()
        self.description.clear()
        self.due.setValue(2)
        self.table.setRowCount(0)
        self._keys = []
        self._note(None, 0)
        self.list.clearSelection()
        self.name.setFocus()

    def save(self) -> None:
        from opsdesk.services import checklists

        try:
            draft = self.draft()
        except ValueError as exc:
            self._error(
                self.tr("Row {row}: the range must be numbers, e.g. 40 and 60.").format(row=exc.args[0])
            )
            return
        family, actor = (self.current.family_id if self.current else None), self.state.actor
        self.save_button.setEnabled(False)
        self.state.tasks.write(
            lambda s: checklists.save_template(s, family, draft, actor),
            self._saved,
            self._save_failed,
            tables=TABLES,
            ids=lambda r: [r.template.id],
        )

    def _saved(self, result: TemplateSaved) -> None:
        self.save_button.setEnabled(True)
        self.error.hide()
        runs = result.runs_keeping_version
        msg = self.tr("Saved as version {v}.").format(v=result.template.version)
        if runs:
            versions = ", ".join(sorted({str(r.template_version) for r in runs}))
            msg += " " + self.tr(
                "{n} running checklists keep version {old}; new checklists use version {v}."
            ).format(n=len(runs), old=versions, v=result.template.version)
        self.result_note.setText(msg)
        self.result_note.show()
        self.saved.emit(result)
        self.load(result.template.family_id)
        self.last_message = msg

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            lines = []
            for key, (code, params) in exc.problems.items():
                parts = key.split(".")
                if parts[0] == "items" and len(parts) >= 2 and parts[1].isdigit():
                    row = int(parts[1]) + 1
                    if code == "low_above_high":
                        lines.append(self.tr("Row {row}: the low end is above the high end.").format(row=row))
                    elif code == "duplicate":
                        lines.append(self.tr("Row {row}: the same item appears twice.").format(row=row))
                    elif code == "required":
                        lines.append(self.tr("Row {row}: the item needs a text.").format(row=row))
                    else:
                        lines.append(
                            self.tr("Row {row}: {problem}").format(
                                row=row, problem=problem_text(parts[-1], code, params)
                            )
                        )
                elif key == "items":
                    lines.append(self.tr("A template needs at least one item."))
                elif key == "name":
                    lines.append(
                        self.tr("The template needs a name.")
                        if code == "required"
                        else problem_text("name", code, params)
                    )
                else:
                    lines.append(problem_text(key, code, params))
            self._error("\n".join(lines))
        else:
            self._error(describe(exc))

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Checklist templates"), describe(exc))

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklist templates"))
        self.new_button.setText(self.tr("Ne&w template"))
        for lab, t in zip(
            self._labels,
            (
                self.tr("&Name:"),
                self.tr("&Description:"),
                self.tr("D&ue before the start:"),
                self.tr("&Version:"),
            ),
            strict=True,
        ):
            lab.setText(t)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Section"),
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("Required"),
                self.tr("Low"),
                self.tr("High"),
                self.tr("Unit"),
                self.tr("Hint"),
            ]
        )
        self.add_item.setText(self.tr("&Add item"))
        self.remove_item.setText(self.tr("&Remove item"))
        self.save_button.setText(self.tr("&Save as new version"))
        self.close_button.setText(self.tr("Close"))
