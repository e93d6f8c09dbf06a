"""Shift definitions as data (per contract), the rest rules, and the special periods of reinforced duty.

Shifts: code, names, kind (on site / on call / holiday / 24 h / reinforcement), which days (workdays, days
off, every day, special periods only), start and length, the posts needed ("日常运维×1, 大厅设备×1", "*" is any
post), night duty, arrival time for on call. Rest rules: most duty days in a row, rest after a 24-hour duty,
least rest between duties. Special periods: 春运, 两会, 国庆 … with their dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import (
    ANY_POST,
    DayRule,
    PostNeed,
    ReinforcementPeriod,
    RestRules,
    ShiftDef,
    ShiftKind,
)
from ui.dialogs.roster_generate import date_edit, plain_buttons, pydate
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.state import DeskState
from ui.widgets.roster_labels import shift_kind_name, shift_name

_NEED = re.compile(r"^\s*(.+?)\s*(?:[x\u00d7*]\s*(\d+))?\s*$")


def needs_text(needs: tuple[PostNeed, ...], any_post: str = "*") -> str:
    return ", ".join(
        f"{any_post if n.post == ANY_POST else n.post}\u00d7{n.count}" + (f"({n.skill})" if n.skill else "")
        for n in needs
    )


def parse_needs(text: str, any_post: str = "*") -> tuple[PostNeed, ...]:
    """ "日常运维×1, 大厅设备×2, *" → PostNeeds; a missing count is 1. The core validates the rest."""
    out = []
    for part in re.split(r"[,\uff0c\u3001;]", text):
        if not part.strip():
            continue
        skill = ""
        m_skill = re.search(r"[(\uff08]([^)\uff09]*)[)\uff09]\s*$", part)
        if m_skill:
            skill, part = m_skill.group(1).strip(), part[: m_skill.start()]
        m = _NEED.match(part)
        if m is None:
            continue
        post = m.group(1).strip()
        out.append(
            PostNeed(ANY_POST if post in ("*", "\uff0a", any_post) else post, int(m.group(2) or 1), skill)
        )
    return tuple(out)


def day_rule_name(rule: DayRule | str) -> str:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    return {
        DayRule.WORKDAY: tr("roster", "Workdays"),
        DayRule.OFFDAY: tr("roster", "Weekends and holidays"),
        DayRule.EVERYDAY: tr("roster", "Every day"),
        DayRule.PERIOD: tr("roster", "Special periods only"),
    }.get(rule, str(rule))  # type: ignore[call-overload]


def _table(cols: int, name: str) -> QTableWidget:
    t = QTableWidget(0, cols, objectName=name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class ShiftsDialog(Retranslatable, QDialog):
    saved = Signal(object)
    failed = Signal(object)
    loaded = Signal()

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterShiftsDialog")
        self.state = state
        self.shifts: list[ShiftDef] = []
        self.periods: list[ReinforcementPeriod] = []
        self.current: ShiftDef | None = None
        self.current_period: str | None = None
        self.tabs = QTabWidget()

        # -- shifts
        self.shift_table = _table(6, "shiftTable")
        self.shift_table.itemSelectionChanged.connect(self._shift_selected)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.kind = QComboBox()
        for k in ShiftKind:
            self.kind.addItem("", k.value)
        self.day_rule = QComboBox()
        for r in DayRule:
            self.day_rule.addItem("", r.value)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 48)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(11)
        self.needs = QLineEdit()
        self.night = QCheckBox()
        self.arrive = QSpinBox()
        self.arrive.setRange(0, 240)
        self.active = QCheckBox()
        self.active.setChecked(True)
        self._shift_labels = [QLabel() for _ in range(11)]
        sf = QFormLayout()
        widgets = (
            self.code, self.name_zh, self.name_en, self.kind, self.day_rule, self.start, self.hours,
            self.needs, self.night, self.arrive, self.active,
        )  # fmt: skip
        for lab, w in zip(self._shift_labels, widgets, strict=True):
            lab.setBuddy(w)
            sf.addRow(lab, w)
        self.new_shift_button = QPushButton()
        self.save_shift_button = QPushButton()
        self.new_shift_button.clicked.connect(self.new_shift)
        self.save_shift_button.clicked.connect(self.save_shift)
        row = QHBoxLayout()
        row.addWidget(self.new_shift_button)
        row.addStretch(1)
        row.addWidget(self.save_shift_button)
        sf.addRow(row)
        shifts_tab = QWidget()
        sl = QHBoxLayout(shifts_tab)
        sl.addWidget(self.shift_table, 3)
        sl.addLayout(sf, 2)

        # -- rest rules
        self.max_days = QSpinBox()
        self.max_days.setRange(1, 31)
        self.rest_24 = QDoubleSpinBox()
        self.rest_24.setRange(0, 72)
        self.min_rest = QDoubleSpinBox()
        self.min_rest.setRange(0, 48)
        self.save_rules_button = QPushButton()
        self.save_rules_button.clicked.connect(self.save_rules)
        self._rule_labels = [QLabel() for _ in range(3)]
        rules_tab = QWidget()
        rf = QFormLayout(rules_tab)
        for lab, w in zip(self._rule_labels, (self.max_days, self.rest_24, self.min_rest), strict=True):
            lab.setBuddy(w)
            rf.addRow(lab, w)
        rr = QHBoxLayout()
        rr.addStretch(1)
        rr.addWidget(self.save_rules_button)
        rf.addRow(rr)

        # -- special periods
        self.period_table = _table(3, "periodTable")
        self.period_table.itemSelectionChanged.connect(self._period_selected)
        self.period_name = QLineEdit()
        self.period_name.setMaxLength(50)
        today = date.today()
        self.period_start = date_edit(today)
        self.period_end = date_edit(today + timedelta(days=7))
        self.period_note = QLineEdit()
        self.new_period_button = QPushButton()
        self.save_period_button = QPushButton()
        self.delete_period_button = QPushButton()
        self.new_period_button.clicked.connect(self.new_period)
        self.save_period_button.clicked.connect(self.save_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        self._period_labels = [QLabel() for _ in range(4)]
        pf = QFormLayout()
        for lab, w in zip(
            self._period_labels,
            (self.period_name, self.period_start, self.period_end, self.period_note),
            strict=True,
        ):
            lab.setBuddy(w)
            pf.addRow(lab, w)
        pr = QHBoxLayout()
        pr.addWidget(self.new_period_button)
        pr.addWidget(self.delete_period_button)
        pr.addStretch(1)
        pr.addWidget(self.save_period_button)
        pf.addRow(pr)
        periods_tab = QWidget()
        pl = QHBoxLayout(periods_tab)
        pl.addWidget(self.period_table, 3)
        pl.addLayout(pf, 2)

        self.tabs.addTab(shifts_tab, "")
        self.tabs.addTab(rules_tab, "")
        self.tabs.addTab(periods_tab, "")
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(1040, 600)
        plain_buttons(self, None)
        self.retranslate()
        self.load()

    # ---- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        def query(s):
            from opsdesk.services import roster as roster_service

            return (
                roster_service.list_shifts(s, include_inactive=True),
                roster_service.get_rules(s),
                roster_service.list_periods(s),
            )

        self.state.tasks.read(query, self._arrived, self._failed)

    def _arrived(self, value) -> None:
        shifts, rules, periods = value
        self.shifts, self.periods = list(shifts), list(periods)
        self._fill_shifts()
        self.max_days.setValue(rules.max_consecutive_days)
        self.rest_24.setValue(rules.rest_after_24h_hours)
        self.min_rest.setValue(rules.min_rest_hours)
        self._fill_periods()
        self.loaded.emit()

    def _fill_shifts(self) -> None:
        self.shift_table.setRowCount(len(self.shifts))
        for i, x in enumerate(self.shifts):
            vals = (
                x.code,
                shift_name(x),
                shift_kind_name(x.kind),
                day_rule_name(x.day_rule),
                f"{x.start:%H:%M} +{x.hours:g}h",
                needs_text(x.needs, self.tr("any post"))
                + ("" if x.active else "  " + self.tr("(not in use)")),
            )
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.shift_table.setItem(i, j, item)
        if self.current is not None:
            row = next((i for i, x in enumerate(self.shifts) if x.id == self.current.id), -1)
            if row >= 0:
                self.shift_table.selectRow(row)

    def _fill_periods(self) -> None:
        self.period_table.setRowCount(len(self.periods))
        for i, p in enumerate(self.periods):
            for j, v in enumerate((p.name, f"{p.start.isoformat()} \u2013 {p.end.isoformat()}", p.note)):
                self.period_table.setItem(i, j, QTableWidgetItem(v))

    # ---- shifts ----------------------------------------------------------------------------------
    def _shift_selected(self) -> None:
        rows = self.shift_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shifts):
            return
        x = self.shifts[rows[0].row()]
        self.current = x
        self.code.setText(x.code)
        self.name_zh.setText(x.name_zh)
        self.name_en.setText(x.name_en)
        self.kind.setCurrentIndex(max(0, self.kind.findData(x.kind.value)))
        self.day_rule.setCurrentIndex(max(0, self.day_rule.findData(x.day_rule.value)))
        self.start.setTime(QTime(x.start.hour, x.start.minute))
        self.hours.setValue(x.hours)
        self.needs.setText(needs_text(x.needs, self.tr("any post")))
        self.night.setChecked(x.night)
        self.arrive.setValue(x.arrive_minutes or 0)
        self.active.setChecked(x.active)

    def new_shift(self) -> None:
        self.shift_table.clearSelection()
        self.current = None
        for w in (self.code, self.name_zh, self.name_en, self.needs):
            w.clear()
        self.start.setTime(QTime(8, 0))
        self.hours.setValue(11)
        self.night.setChecked(False)
        self.arrive.setValue(0)
        self.active.setChecked(True)
        self.code.setFocus()

    def shift_value(self) -> ShiftDef:
        t = self.start.time()
        base = self.current
        value = ShiftDef(
            id=base.id if base else "",
            code=self.code.text().strip().upper(),
            name_zh=self.name_zh.text().strip(),
            name_en=self.name_en.text().strip(),
            kind=ShiftKind(self.kind.currentData()),
            day_rule=DayRule(self.day_rule.currentData()),
            start=time(t.hour(), t.minute()),
            hours=float(self.hours.value()),
            needs=parse_needs(self.needs.text(), self.tr("any post")),
            night=self.night.isChecked(),
            arrive_minutes=self.arrive.value() or None,
            active=self.active.isChecked(),
        )
        if base is not None:  # what the form does not show stays as it was
            value = replace(value, color=base.color, sort_order=base.sort_order, builtin=base.builtin)
        return value

    def save_shift(self) -> None:
        value, actor = self.shift_value(), self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            return roster_service.save_shift(s, value, actor)

        self._write(work, ("roster_shifts",), self._shift_saved)

    def _shift_saved(self, x: ShiftDef) -> None:
        self.current = x
        self.saved.emit(x)
        self.load()

    # ---- rules -----------------------------------------------------------------------------------
    def save_rules(self) -> None:
        rules = RestRules(self.max_days.value(), float(self.rest_24.value()), float(self.min_rest.value()))
        actor = self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            return roster_service.save_rules(s, rules, actor)

        self._write(work, ("roster_settings",), lambda r: self.saved.emit(r))

    # ---- periods ---------------------------------------------------------------------------------
    def _period_selected(self) -> None:
        rows = self.period_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.periods):
            return
        p = self.periods[rows[0].row()]
        from ui.dialogs.roster_generate import qdate

        self.current_period = p.id
        self.period_name.setText(p.name)
        self.period_start.setDate(qdate(p.start))
        self.period_end.setDate(qdate(p.end))
        self.period_note.setText(p.note)

    def new_period(self) -> None:
        self.period_table.clearSelection()
        self.current_period = None
        self.period_name.clear()
        self.period_note.clear()
        self.period_name.setFocus()

    def save_period(self) -> None:
        name, note = self.period_name.text().strip(), self.period_note.text().strip()
        a, b = pydate(self.period_start.date()), pydate(self.period_end.date())
        pid, actor = self.current_period, self.state.actor

        def work(s):
            from opsdesk.services import roster as roster_service

            return roster_service.save_period(
                s, name=name, start=a, end=b, note=note, actor=actor, period_id=pid
            )

        self._write(work, ("roster_periods",), lambda p: (self.saved.emit(p), self.load()))

    def delete_period(self) -> None:
        pid, actor = self.current_period, self.state.actor
        if pid is None:
            return

        def work(s):
            from opsdesk.services import roster as roster_service

            roster_service.delete_period(s, pid, actor)

        self.current_period = None
        self._write(work, ("roster_periods",), lambda _v: self.load())

    # ---- common ----------------------------------------------------------------------------------
    def _write(self, work, tables, done) -> None:
        self.error.hide()
        self.state.tasks.write(work, done, self._failed, tables=tables)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(describe(exc))
        self.error.show()
        self.failed.emit(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shift definitions and rules"))
        self.tabs.setTabText(0, self.tr("Shifts"))
        self.tabs.setTabText(1, self.tr("Rest rules"))
        self.tabs.setTabText(2, self.tr("Special periods"))
        self.shift_table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Days"),
                self.tr("Hours"),
                self.tr("Posts needed"),
            ]
        )
        texts = (
            self.tr("&Code:"), self.tr("Chinese &name:"), self.tr("&English name:"), self.tr("&Kind:"),
            self.tr("&Days:"), self.tr("&Starts at:"), self.tr("&Length (hours):"), self.tr("&Posts needed:"),
            self.tr("Ni&ght duty"), self.tr("On site &within (minutes):"), self.tr("In &use"),
        )  # fmt: skip
        for lab, t in zip(self._shift_labels, texts, strict=True):
            lab.setText(t)
        self.night.setText(self.tr("counts as a night for fairness"))
        self.active.setText(self.tr("the generator uses this shift"))
        self.arrive.setSpecialValueText(self.tr("not on call"))
        self.needs.setPlaceholderText(self.tr("日常运维\u00d71, 大厅设备\u00d71 \u2014 * means any post"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, shift_kind_name(self.kind.itemData(i)))
        for i in range(self.day_rule.count()):
            self.day_rule.setItemText(i, day_rule_name(self.day_rule.itemData(i)))
        self.new_shift_button.setText(self.tr("New shi&ft"))
        self.save_shift_button.setText(self.tr("Sa&ve shift"))
        for lab, t in zip(
            self._rule_labels,
            (
                self.tr("Most duty days in a row:"),
                self.tr("Rest after a 24-hour duty (hours):"),
                self.tr("Least rest between two duties (hours):"),
            ),
            strict=True,
        ):
            lab.setText(t)
        self.save_rules_button.setText(self.tr("Save &rules"))
        self.period_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Dates"), self.tr("Note")])
        for lab, t in zip(
            self._period_labels,
            (self.tr("&Name:"), self.tr("&From:"), self.tr("&To (inclusive):"), self.tr("N&ote:")),
            strict=True,
        ):
            lab.setText(t)
        self.period_name.setPlaceholderText(self.tr("e.g. 春运, 两会, 国庆"))
        self.new_period_button.setText(self.tr("New &period"))
        self.save_period_button.setText(self.tr("Save p&eriod"))
        self.delete_period_button.setText(self.tr("&Delete period"))
        if self.shifts:
            self._fill_shifts()
