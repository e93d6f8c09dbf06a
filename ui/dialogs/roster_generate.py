"""Generate the roster for a date range: preview (dry run) first, then write; the report shows how fair the
result is (duties, hours, weekends, holidays, nights per person) and every slot it could not fill, in words.

Manual edits (pinned assignments) stay; only the generated assignments of the range are replaced. A year
without holiday data stops the run with a warning until the supervisor ticks the box to go on with
Monday–Friday.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import GenerationReport
from opsdesk.roster_errors import CalendarYearMissing
from ui import theme
from ui.dialogs.error_line import ErrorLine
from ui.i18n import Retranslatable, is_chinese
from ui.state import DeskState
from ui.widgets.roster_labels import fairness_headers, unmet_text

ROSTER_WRITE_TABLES = ("roster_assignments",)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date) -> QDateEdit:
    e = QDateEdit(qdate(d))
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd")
    return e


def plain_buttons(dialog: QWidget, default: QPushButton | None = None) -> None:
    """Only `default` answers Enter: Qt makes every push button of a dialog an auto-default, so the first
    one (often a "remove") would look and act like the dialog's main button."""
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
        b.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)


def quarter_end(start: date) -> date:
    y, m = divmod(start.year * 12 + start.month - 1 + 3, 12)
    return date(y, m + 1, 1) - timedelta(days=1)


class GenerateDialog(ErrorLine, Retranslatable, QDialog):
    generated = Signal(object)  # GenerationReport (dry runs too)
    failed = Signal(object)

    def __init__(self, state: DeskState, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterGenerateDialog")
        self.state = state
        self.report: GenerationReport | None = None
        self.shift_names: dict[str, str] = {}
        self.start = date_edit(start)
        self.end = date_edit(quarter_end(start))
        self.accept_missing = QCheckBox()
        self.accept_missing.hide()
        self.preview_button = QPushButton()
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self.run(dry_run=True))
        self.generate_button.clicked.connect(lambda: self.run(dry_run=False))
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fairness = QTableWidget(0, 7, objectName="rosterFairness")
        self.fairness.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fairness.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fairness.verticalHeader().hide()
        self.fairness.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fairness.horizontalHeader().setStretchLastSection(True)
        self.spread = QLabel(objectName="dialogHint")
        self.spread.setWordWrap(True)
        self.unmet_label = QLabel()
        self.unmet = QListWidget(objectName="rosterUnmet")
        self.unmet.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        self._start_label, self._end_label = QLabel(), QLabel()
        self._start_label.setBuddy(self.start)
        self._end_label.setBuddy(self.end)
        form.addRow(self._start_label, self.start)
        form.addRow(self._end_label, self.end)
        self.hint = QLabel(objectName="dialogHint")
        self.hint.setWordWrap(True)
        fair = QWidget()
        fl = QVBoxLayout(fair)
        fl.setContentsMargins(0, 0, 0, 0)
        self.fair_label = QLabel()
        fl.addWidget(self.fair_label)
        fl.addWidget(self.fairness, 1)
        fl.addWidget(self.spread)
        un = QWidget()
        ul = QVBoxLayout(un)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.unmet_label)
        ul.addWidget(self.unmet, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(fair)
        split.addWidget(un)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.hint, 1)
        lay.addLayout(top)
        lay.addWidget(self.accept_missing)
        lay.addWidget(self.error)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(940, 560)
        plain_buttons(self, self.generate_button)
        self.retranslate()
        self.state.tasks.read(self._load_shift_names, self._names_arrived, lambda _e: None)

    @staticmethod
    def _load_shift_names(s):
        from opsdesk.services import roster as roster_service

        return roster_service.list_shifts(s, include_inactive=True)

    def _names_arrived(self, shifts) -> None:
        zh = is_chinese()
        self.shift_names = {x.code: (x.name_zh if zh or not x.name_en else x.name_en) for x in shifts}

    # ---- running ---------------------------------------------------------------------------------
    def run(self, *, dry_run: bool) -> None:
        a, b = pydate(self.start.date()), pydate(self.end.date())
        if b < a:
            self._show_error(self.tr("The last day is before the first day."))
            return
        self.error.hide()
        self._busy(True)
        actor, accept = self.state.actor, self.accept_missing.isChecked()

        def work(s):
            from opsdesk.services import roster as roster_service

            return roster_service.generate(s, a, b, actor, dry_run=dry_run, accept_missing_calendar=accept)

        if dry_run:
            self.state.tasks.db(work, self._done, self._failed)
        else:
            self.state.tasks.write(work, self._done, self._failed, tables=ROSTER_WRITE_TABLES)

    def _busy(self, on: bool) -> None:
        self.preview_button.setEnabled(not on)
        self.generate_button.setEnabled(not on)

    def _done(self, report: GenerationReport) -> None:
        self._busy(False)
        self.report = report
        self.show_report(report)
        self.generated.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, CalendarYearMissing):
            self.accept_missing.setText(
                self.tr("Go on: roster {years} as Monday\u2013Friday workdays (no holiday data)").format(
                    years=", ".join(str(y) for y in exc.years)
                )
            )
            self.accept_missing.show()
        super()._failed(exc)

    # ---- the report ------------------------------------------------------------------------------
    def show_report(self, r: GenerationReport) -> None:
        head = self.tr("Preview (nothing saved): ") if r.dry_run else self.tr("Saved: ")
        self.summary.setText(
            head
            + self.tr(
                "{filled} of {required} slots filled from {start} to {end}; {created} new, {kept} unchanged, "
                "{removed} removed, {pinned} manual edits kept."
            ).format(
                filled=r.filled,
                required=r.required,
                start=r.start.isoformat(),
                end=r.end.isoformat(),
                created=r.created,
                kept=r.kept,
                removed=r.removed,
                pinned=r.pinned,
            )
        )
        # one warning per year without holiday data ({"year": y}); said once, all years together
        years = [str(p.get("year", "")) for code, p in r.warnings if code == "calendar_missing"]
        if years:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr(
                    "Warning: no holiday data for {years}; those days were rostered as Monday\u2013Friday."
                ).format(years=", ".join(years))
            )
        rows = sorted(r.fairness, key=lambda f: (f.post, f.staff_name))
        self.fairness.setRowCount(len(rows))
        for i, f in enumerate(rows):
            values = [f.staff_name, f.post, f.total, f"{f.hours:g}", f.weekend, f.holiday, f.night]
            for j, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if j >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fairness.setItem(i, j, item)
        sp = r.spread
        self.spread.setText(
            self.tr(
                "Difference between the most and the least loaded engineer: duties {total}, weekends {weekend}, "
                "holidays {holiday}, nights {night}."
            ).format(
                total=sp.get("total", 0),
                weekend=sp.get("weekend", 0),
                holiday=sp.get("holiday", 0),
                night=sp.get("night", 0),
            )
        )
        self.unmet.clear()
        for e in r.unmet:
            self.unmet.addItem(unmet_text(e, self.shift_names))
            self.unmet.item(self.unmet.count() - 1).setForeground(theme.color("warning"))
        if not r.unmet:
            self.unmet.addItem(self.tr("Every slot is filled and every rule kept."))
        self.unmet_label.setText(self.tr("Could not satisfy ({n})").format(n=len(r.unmet)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Generate the roster"))
        self._start_label.setText(self.tr("&From:"))
        self._end_label.setText(self.tr("&To (inclusive):"))
        self.hint.setText(
            self.tr(
                "Generated assignments in the range are replaced; manual edits and approved swaps are kept. "
                "Preview first to see the fairness table and what cannot be satisfied."
            )
        )
        self.preview_button.setText(self.tr("&Preview"))
        self.generate_button.setText(self.tr("&Generate and save"))
        self.fair_label.setText(self.tr("Fairness over the range"))
        self.fairness.setHorizontalHeaderLabels(fairness_headers())
        self.unmet_label.setText(
            self.tr("Could not satisfy ({n})").format(n=len(self.report.unmet) if self.report else 0)
        )
        if self.report is not None:
            self.show_report(self.report)
