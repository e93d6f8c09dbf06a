"""The holiday calendar of a year (Chinese statutory holidays and make-up workdays, 调休): view, edit one
day, and import a new year's State Council arrangement from a CSV file (`date,kind,name`).

A year without data is said loudly at the top: the roster and the clocks fall back to Monday–Friday
there. The import is parsed on the pool first and written in one transaction: a bad line (wrong columns,
an impossible date, a weekend "holiday") imports nothing and names the line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.roster import CalendarYearInfo
from ui.dialogs.roster_generate import date_edit, plain_buttons, pydate, qdate
from ui.dialogs.roster_shifts import _table
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.state import DeskState

TABLES = ("calendar_days", "calendar_years")


class CalendarYearDialog(Retranslatable, QDialog):
    saved = Signal(object)
    failed = Signal(object)
    loaded = Signal(object)  # CalendarYearInfo | None

    def __init__(
        self, state: DeskState, year: int, *, editable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterCalendarDialog")
        self.state = state
        self.editable = editable
        self.info: CalendarYearInfo | None = None
        self._loaded_year: int | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.source = QLabel(objectName="dialogHint")
        self.warning = QLabel(objectName="calendarWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.holidays = _table(2, "calendarHolidays")
        self.workdays = _table(2, "calendarWorkdays")
        self.hol_label, self.work_label = QLabel(), QLabel()

        self.edit_box = QGroupBox()
        self.day = date_edit(date(year, 1, 1))
        self.kind = QComboBox()
        for k in ("holiday", "workday", "normal"):
            self.kind.addItem("", k)
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.set_day)
        self._edit_labels = [QLabel() for _ in range(3)]
        el = QHBoxLayout(self.edit_box)
        for lab, w in zip(self._edit_labels, (self.day, self.kind, self.name), strict=True):
            lab.setBuddy(w)
            el.addWidget(lab)
            el.addWidget(w, 1 if w is self.name else 0)
        el.addWidget(self.set_button)
        self.holidays.itemSelectionChanged.connect(lambda: self._pick(self.holidays, "holiday"))
        self.workdays.itemSelectionChanged.connect(lambda: self._pick(self.workdays, "workday"))

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._ask_import)
        self.message = QLabel(objectName="dialogHint")
        self.message.setWordWrap(True)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)

        self._year_label = QLabel()
        self._year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(self._year_label)
        top.addWidget(self.year)
        top.addWidget(self.source, 1)
        lists = QHBoxLayout()
        for lab, t in ((self.hol_label, self.holidays), (self.work_label, self.workdays)):
            col = QVBoxLayout()
            col.addWidget(lab)
            col.addWidget(t, 1)
            lists.addLayout(col, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.warning)
        lay.addLayout(lists, 1)
        lay.addWidget(self.edit_box)
        lay.addWidget(self.message)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        for w in (self.edit_box, self.import_button):
            w.setEnabled(editable)
        self.resize(760, 600)
        plain_buttons(self, self.set_button)
        self.retranslate()
        self.load()

    def load(self) -> None:
        y = self.year.value()

        def query(s):
            from opsdesk.services import roster_calendar

            return roster_calendar.calendar_year(s, y)

        self.state.tasks.read(query, lambda info: self._arrived(y, info), self._failed)

    def _arrived(self, year: int, info: CalendarYearInfo | None) -> None:
        if year != self.year.value():
            return
        self.info = info
        self._loaded_year = year
        for table, rows in (
            (self.holidays, info.holidays if info else ()),
            (self.workdays, info.workdays if info else ()),
        ):
            table.setRowCount(len(rows))
            for i, (d, name) in enumerate(rows):
                table.setItem(i, 0, QTableWidgetItem(d.isoformat()))
                table.setItem(i, 1, QTableWidgetItem(name))
        self._show_state()
        if self.day.date().year() != year:
            self.day.setDate(qdate(date(year, 1, 1)))
        self.loaded.emit(info)

    def _show_state(self) -> None:
        info, y = self.info, self.year.value()
        if info is None:
            self.warning.setText(
                self.tr(
                    "No holiday data for {year}: the roster and the SLA clocks treat Monday\u2013Friday as workdays "
                    "there. Import the State Council's arrangement for {year} (Import\u2026) or enter the days below."
                ).format(year=y)
            )
            self.warning.show()
            self.source.setText("")
        else:
            self.warning.hide()
            self.source.setText(
                self.tr("Source: {source}; {h} holidays, {w} make-up workdays.").format(
                    source=info.source, h=len(info.holidays), w=len(info.workdays)
                )
            )

    def _pick(self, table, kind: str) -> None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        d = date.fromisoformat(table.item(r, 0).text())
        self.day.setDate(qdate(d))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.name.setText(table.item(r, 1).text() if table.item(r, 1) else "")

    def set_day(self) -> None:
        d, kind, name, actor = (
            pydate(self.day.date()),
            self.kind.currentData(),
            self.name.text().strip(),
            self.state.actor,
        )

        def work(s):
            from opsdesk.services import roster_calendar

            roster_calendar.set_calendar_day(s, d, kind, name, actor=actor)
            return d

        self.error.hide()
        self.state.tasks.write(work, self._day_saved, self._failed, tables=TABLES)

    def _day_saved(self, d: date) -> None:
        self.message.setText(self.tr("{day} saved.").format(day=d.isoformat()))
        self.saved.emit(d)
        if d.year != self.year.value():
            self.year.setValue(d.year)
        else:
            self.load()

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a year's arrangement"), "", self.tr("CSV, UTF-8 (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Parse on the pool, write on the database worker; all years of the file or none."""
        actor = self.state.actor

        def parse():
            from opsdesk.services import roster_calendar

            text = path.read_bytes().decode("utf-8-sig")
            return roster_calendar.parse_arrangement_csv(text, path.name)

        def store(data) -> None:
            def work(s):
                from opsdesk.services import roster_calendar

                return sorted(data), roster_calendar.import_arrangement(s, data, path.name, actor)

            self.state.tasks.write(work, self._imported, self._failed, tables=TABLES)

        self.error.hide()
        self.state.tasks.run(parse, store, self._failed)

    def _imported(self, value) -> None:
        years, n = value
        self.message.setText(
            self.tr("Imported {n} days for {years}.").format(n=n, years=", ".join(str(y) for y in years))
        )
        self.saved.emit(years)
        if years and self.year.value() not in years:
            self.year.setValue(years[0])
        else:
            self.load()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UnicodeDecodeError):
            text = self.tr("The file is not UTF-8 text; save it from Excel as \u201cCSV UTF-8\u201d.")
        else:
            text = describe(exc)
        self.error.setText(text)
        self.error.show()
        self.failed.emit(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Holiday calendar"))
        self._year_label.setText(self.tr("&Year:"))
        self.hol_label.setText(self.tr("Holidays (days off)"))
        self.work_label.setText(self.tr("Make-up workdays"))
        for t in (self.holidays, self.workdays):
            t.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Name")])
        self.edit_box.setTitle(self.tr("Change one day"))
        for lab, txt in zip(
            self._edit_labels, (self.tr("&Day:"), self.tr("&Kind:"), self.tr("&Name:")), strict=True
        ):
            lab.setText(txt)
        for i, txt in enumerate(
            (self.tr("Holiday"), self.tr("Make-up workday"), self.tr("Normal (Mon\u2013Fri rule)"))
        ):
            self.kind.setItemText(i, txt)
        self.set_button.setText(self.tr("&Set"))
        self.import_button.setText(self.tr("&Import\u2026"))
        self.import_button.setToolTip(self.tr("CSV columns: date,kind,name (kind: holiday or workday)"))
        if self._loaded_year is not None:
            self._show_state()
