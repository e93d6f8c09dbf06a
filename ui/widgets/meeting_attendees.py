"""Attendees and seating of a meeting: the list (import .xlsx/.csv, add, remove, edit in place), the seat
plan (head table, rows, U-shape) seated by precedence with drag to swap, and the name cards and seat map.

An import is all or nothing: its problems are listed in words with their row numbers and nothing is added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import (
    Attendee,
    ImportReport,
    Meeting,
    NewAttendee,
    SeatLayout,
    SeatPlan,
    SeatSpec,
)
from opsdesk.errors import ValidationError
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.models.attendees_model import AttendeesModel, Col
from ui.state import DeskState
from ui.widgets.meeting_labels import layout_name
from ui.widgets.seatplan_view import SeatPlanView

TABLES = {"attendees"}
PLAN_TABLES = {"seat_plans"}
_tr = QCoreApplication.translate


def import_problems_text(exc: ValidationError) -> str:
    """One line per problem, in row order: "Row 4: Name is required."."""

    def row_of(key: str) -> int:
        head = key.split(".", 1)[0]
        return int(head[3:]) if head.startswith("row") and head[3:].isdigit() else 0

    lines = []
    for key in sorted(exc.problems, key=row_of):
        code, params = exc.problems[key]
        p = params or {}
        field = key.split(".", 1)[1] if "." in key else key
        what = {
            "name": _tr("AttendeesPanel", "Name"),
            "title": _tr("AttendeesPanel", "Title"),
            "organisation": _tr("AttendeesPanel", "Organisation"),
            "rank": _tr("AttendeesPanel", "Rank"),
        }.get(field, field)
        if code == "required":
            msg = _tr("AttendeesPanel", "{field} is empty.")
        elif code == "too_long":
            msg = _tr("AttendeesPanel", "{field} is too long ({length} characters, at most {max}).")
        elif code == "duplicate":
            if p.get("other_row"):
                msg = _tr("AttendeesPanel", "{field} \u201c{value}\u201d also appears in row {other}.")
            else:
                msg = _tr("AttendeesPanel", "{field} \u201c{value}\u201d is already on this meeting's list.")
        elif code == "not_a_number":
            msg = _tr("AttendeesPanel", "{field} \u201c{value}\u201d is not a whole number.")
        elif code == "control_chars":
            msg = _tr("AttendeesPanel", "{field} contains line breaks or control characters.")
        else:
            msg = _tr("AttendeesPanel", "{field} is not valid ({code}).")
        text = msg.format(
            field=what,
            length=p.get("length", ""),
            max=p.get("max", ""),
            value=p.get("value", ""),
            other=p.get("other_row", ""),
            code=code,
        )
        row = p.get("row") or row_of(key)
        lines.append(_tr("AttendeesPanel", "Row {row}: {text}").format(row=row, text=text) if row else text)
    return "\n".join(lines)


def import_format_text(source: str, detail: str) -> str:
    """ImportFormatError's detail codes in words."""
    code, _, arg = detail.partition(":")
    if code == "no_name_column":
        msg = _tr(
            "AttendeesPanel", "no column is headed Name (姓名); the first row must hold the column names."
        )
    elif code == "merged_cells":
        msg = _tr(
            "AttendeesPanel", "the sheet has merged cells ({cells}); unmerge them and try again."
        ).format(cells=arg)
    elif code == "unsupported_type":
        msg = _tr("AttendeesPanel", "only .xlsx and .csv files can be imported.")
    elif code == "unreadable":
        msg = _tr("AttendeesPanel", "the file cannot be read (damaged, or not a spreadsheet).")
    elif code == "empty":
        msg = _tr("AttendeesPanel", "the file has no attendees.")
    else:
        msg = detail
    return _tr("AttendeesPanel", "Cannot import {source}: {reason}").format(source=source, reason=msg)


class AttendeesPanel(Retranslatable, QWidget):
    attendees_loaded = Signal(int)
    plan_loaded = Signal(object)  # SeatPlan | None
    import_finished = Signal(object)  # ImportReport or the exception
    seatmap_saved = Signal(object)  # Path

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = state.tasks
        self.meeting: Meeting | None = None
        self.plan: SeatPlan | None = None
        self._writes = 0

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.ask_import)
        self.replace_box = QCheckBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel()
        self.problems = QLabel(objectName="formError", wordWrap=True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.new_name = QLineEdit(objectName="newAttendeeName")
        self.new_name.returnPressed.connect(self.add_row)

        self.model = AttendeesModel(self)
        self.model.edited.connect(self._edited)
        self.table = QTableView(objectName="attendeesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        remove = QAction(self.table, shortcut=QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(Col.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for c in (Col.RANK, Col.NAME, Col.TITLE, Col.SEAT):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()

        # seating
        self.layout_box = QComboBox()
        for lay in SeatLayout:
            self.layout_box.addItem("", lay.value)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.per_row = QLineEdit(objectName="seatsPerRow")
        self.per_row.setMaximumWidth(110)
        self.per_row_label = QLabel()
        self.per_row_label.setBuddy(self.per_row)
        self.arm = QSpinBox()
        self.arm.setRange(0, 40)
        self.arm_label = QLabel()
        self.arm_label.setBuddy(self.arm)
        self.mirror = QCheckBox()
        self.seat_button = QPushButton()
        self.seat_button.clicked.connect(self.auto_seat)
        self.plan_view = SeatPlanView()
        self.plan_view.swap_requested.connect(self.swap)
        self.plan_note = QLabel(objectName="dialogHint", wordWrap=True)
        self.cards_button = QPushButton()
        self.cards_button.clicked.connect(self.open_name_cards)
        self.seatmap_button = QPushButton()
        self.seatmap_menu = QMenu(self)
        self.act_print_map = self.seatmap_menu.addAction("", lambda: self.print_seat_map())
        self.act_save_map = self.seatmap_menu.addAction("", lambda: self.print_seat_map(save=True))
        self.seatmap_button.setMenu(self.seatmap_menu)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.replace_box)
        bar.addStretch(1)
        bar.addWidget(self.count)
        ll.addLayout(bar)
        ll.addWidget(self.problems)
        ll.addWidget(self.table, 1)
        add = QHBoxLayout()
        add.addWidget(self.new_name, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        ll.addLayout(add)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        seat_bar = QHBoxLayout()
        seat_bar.addWidget(self.layout_box)
        seat_bar.addWidget(self.per_row_label)
        seat_bar.addWidget(self.per_row)
        seat_bar.addWidget(self.arm_label)
        seat_bar.addWidget(self.arm)
        seat_bar.addWidget(self.mirror)
        seat_bar.addStretch(1)
        rl.addLayout(seat_bar)
        seat_bar2 = QHBoxLayout()
        seat_bar2.addWidget(self.seat_button)
        seat_bar2.addStretch(1)
        seat_bar2.addWidget(self.seatmap_button)
        seat_bar2.addWidget(self.cards_button)
        rl.addLayout(seat_bar2)
        rl.addWidget(self.plan_view, 1)
        rl.addWidget(self.plan_note)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.retranslate()
        self._layout_changed()
        self._enable()

    # ---- writes ----------------------------------------------------------------------------------
    def _write(self, fn, done, failed, **kw) -> None:
        """tasks.write, counted: change notices that arrive while our own writes are out are ours."""
        self._writes += 1

        def ok(value) -> None:
            self._writes -= 1
            if done is not None:
                done(value)

        def bad(exc: BaseException) -> None:
            self._writes -= 1
            failed(exc)

        self.tasks.write(fn, ok, bad, **kw)

    def external_change(self) -> None:
        """Attendees or the seat plan changed elsewhere (another console): show them."""
        if self._writes == 0:
            self.reload()

    # ---- meeting ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: Meeting | None) -> None:
        changed = meeting is None or self.meeting is None or meeting.id != self.meeting.id
        self.meeting = meeting
        if changed:
            self.problems.hide()
            self.model.set_attendees([])
            self.plan = None
            self.plan_view.set_plan(None)
        self._enable()
        self.reload()

    def _enable(self) -> None:
        on = self.meeting is not None
        for w in (
            self.import_button,
            self.add_button,
            self.remove_button,
            self.new_name,
            self.seat_button,
            self.cards_button,
            self.seatmap_button,
        ):
            w.setEnabled(on)

    def reload(self) -> None:
        from opsdesk.services import attendees, seatplans

        if self.meeting is None:
            return
        mid = self.meeting.id

        def load(s):
            return attendees.list_attendees(s, mid), seatplans.get_seat_plan(s, mid)

        self.tasks.read(load, lambda v: self._loaded(mid, *v), self._failed)

    def _loaded(self, mid: str, rows: list[Attendee], plan: SeatPlan | None) -> None:
        if self.meeting is None or mid != self.meeting.id:
            return
        self.model.set_attendees(rows)
        self.count.setText(self.tr("{n} attendees").format(n=len(rows)))
        self._set_plan(plan)
        self.attendees_loaded.emit(len(rows))

    def _set_plan(self, plan: SeatPlan | None) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.plan_view.set_plan(plan)
        if plan is not None:
            self.layout_box.blockSignals(True)
            self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(plan.spec.layout.value)))
            self.layout_box.blockSignals(False)
            self.per_row.setText(",".join(str(n) for n in plan.spec.per_row))
            self.arm.setValue(plan.spec.arm)
            self.mirror.setChecked(plan.mirror)
            self._layout_changed()
            empty = sum(1 for s in plan.seats if s.attendee_id is None)
            self.plan_note.setText(
                self.tr("{seats} seats, {empty} empty. Drag a seat onto another to swap them.").format(
                    seats=len(plan.seats), empty=empty
                )
            )
        else:
            self.plan_note.setText(
                self.tr("No seat plan yet: choose the shape and press Seat by precedence.")
            )
        self.plan_loaded.emit(plan)

    # ---- import, add, edit, remove ---------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import attendees"), "", self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read and check the file on the pool (a spreadsheet can be slow), then add all on the worker."""
        from opsdesk.services import attendees

        if self.meeting is None:
            return
        mid, actor, replace_ = self.meeting.id, self.state.actor, self.replace_box.isChecked()
        self.problems.hide()
        self.import_button.setEnabled(False)

        def store(_rows) -> None:
            self._write(
                lambda s: attendees.import_attendees(s, mid, path, actor, replace=replace_),
                self._imported,
                self._import_failed,
                tables=TABLES,
            )

        self.tasks.run(lambda: attendees.read_attendee_file(path), store, self._import_failed)

    def _imported(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.problems.hide()
        self.import_finished.emit(report)
        self.reload()

    def _import_failed(self, exc: BaseException) -> None:
        from opsdesk.errors import ImportFormatError

        self.import_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            text = self.tr("Nothing was imported. Correct these rows and import again:") + "\n"
            text += import_problems_text(exc)
        elif isinstance(exc, ImportFormatError):
            text = import_format_text(exc.source, exc.detail)
        else:
            text = describe(exc)
        self.problems.setText(text)
        self.problems.show()
        self.import_finished.emit(exc)

    def add_row(self) -> None:
        from opsdesk.services import attendees

        name = self.new_name.text().strip()
        if self.meeting is None or not name:
            self.new_name.setFocus()
            return
        mid, actor = self.meeting.id, self.state.actor

        def done(_a) -> None:
            self.new_name.clear()
            self.reload()

        self._write(
            lambda s: attendees.add_attendee(s, mid, NewAttendee(name), actor),
            done,
            self._failed,
            tables=TABLES,
        )

    def _edited(self, attendee_id: str, new: NewAttendee) -> None:
        from opsdesk.services import attendees

        actor = self.state.actor
        self._write(
            lambda s: attendees.update_attendee(s, attendee_id, new, actor), None, self._failed, tables=TABLES
        )

    def remove_selected(self) -> None:
        from opsdesk.services import attendees

        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        people = [self.model.attendee_at(r) for r in rows]
        answer = QMessageBox.question(
            self,
            self.tr("Remove attendees"),
            self.tr("Remove {names} from the list?").format(names=", ".join(a.name for a in people)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor, ids = self.state.actor, [a.id for a in people]

        def work(s) -> None:
            for i in ids:
                attendees.remove_attendee(s, i, actor)

        self._write(work, lambda _v: self.reload(), self._failed, tables=TABLES)

    # ---- seating ---------------------------------------------------------------------------------
    def _layout_changed(self, *_a) -> None:
        lay = SeatLayout(self.layout_box.currentData())
        self.arm.setVisible(lay is SeatLayout.U)
        self.arm_label.setVisible(lay is SeatLayout.U)
        if lay is SeatLayout.ROWS:
            self.per_row_label.setText(self.tr("Seats per row:"))
            self.per_row.setToolTip(self.tr("Front row first, separated by commas, e.g. 9,11,11"))
        elif lay is SeatLayout.U:
            self.per_row_label.setText(self.tr("Head seats:"))
            self.per_row.setToolTip("")
        else:
            self.per_row_label.setText(self.tr("Seats:"))
            self.per_row.setToolTip("")

    def spec(self) -> SeatSpec | None:
        lay = SeatLayout(self.layout_box.currentData())
        text = self.per_row.text().replace("，", ",").strip()
        try:
            counts = tuple(int(p) for p in text.split(",") if p.strip()) if text else ()
        except ValueError:
            return None
        if not counts:
            counts = (len(self.model.attendees()),) if lay is not SeatLayout.U else (0,)
        if any(n < 0 for n in counts):
            return None
        if lay is not SeatLayout.ROWS:
            counts = counts[:1]
        return SeatSpec(lay, counts, self.arm.value() if lay is SeatLayout.U else 0)

    def auto_seat(self) -> None:
        from opsdesk.services import seatplans

        if self.meeting is None:
            return
        spec = self.spec()
        if spec is None:
            QMessageBox.warning(
                self, self.tr("Seating"), self.tr("Seats per row: type whole numbers separated by commas.")
            )
            self.per_row.setFocus()
            return
        mid, actor, mirror = self.meeting.id, self.state.actor, self.mirror.isChecked()
        self._write(
            lambda s: seatplans.auto_seat(s, mid, spec, actor, mirror=mirror),
            self._plan_written,
            self._failed,
            tables=PLAN_TABLES,
            ids=lambda p: [p.id],
        )

    def swap(self, a: int, b: int) -> None:
        from opsdesk.services import seatplans

        if self.plan is None:
            return
        pid, actor = self.plan.id, self.state.actor
        self._write(
            lambda s: seatplans.swap_seats(s, pid, a, b, actor),
            self._plan_written,
            self._failed,
            tables=PLAN_TABLES,
            ids=lambda p: [p.id],
        )

    def _plan_written(self, plan: SeatPlan) -> None:
        self._set_plan(plan)

    # ---- documents -------------------------------------------------------------------------------
    def open_name_cards(self) -> None:
        if self.meeting is None:
            return
        from ui.dialogs.namecard_dialog import NameCardDialog

        dlg = NameCardDialog(self.state, self.meeting, self)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.card_dialog = dlg

    def print_seat_map(self, *, save: bool = False, path: Path | None = None) -> None:
        if self.meeting is None or self.plan is None:
            QMessageBox.information(self, self.tr("Seat map"), self.tr("Seat the attendees first."))
            return
        from ui.dialogs.meeting_documents import print_document, save_document
        from ui.widgets.checklist_run import documents_tr

        plan, meeting, tz = self.plan, self.meeting, self.state.settings.timezone

        def build(target: Path) -> None:
            from opsdesk.documents.seatmap import build_seat_map

            build_seat_map(plan, meeting, target, tr=documents_tr, tz=tz)

        name = f"{meeting.title}-seatmap"
        if save:
            save_document(
                self, self.tasks, build, self.tr("Seat map"), name, path=path, on_done=self.seatmap_saved.emit
            )
        else:
            print_document(self, self.tasks, build, self.tr("Seat map"), name)

    def _failed(self, exc: BaseException) -> None:
        self.reload()  # an edit the core refused must not stay on screen
        QMessageBox.warning(self, self.tr("Attendees"), describe(exc))

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import .xlsx/.csv\u2026"))
        self.replace_box.setText(self.tr("Replace names already listed"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.new_name.setPlaceholderText(self.tr("Name of a new attendee, Enter adds"))
        for i in range(self.layout_box.count()):
            self.layout_box.setItemText(i, layout_name(self.layout_box.itemData(i)))
        self.arm_label.setText(self.tr("Seats per arm:"))
        self.mirror.setText(self.tr("Mirror (right is senior)"))
        self.seat_button.setText(self.tr("Seat by &precedence"))
        self.cards_button.setText(self.tr("&Name cards\u2026"))
        self.seatmap_button.setText(self.tr("Seat &map"))
        self.act_print_map.setText(self.tr("Preview and &print\u2026"))
        self.act_save_map.setText(self.tr("&Save PDF\u2026"))
        self.plan_view.set_captions(self.tr("Front / head table"), self.tr("\u2193 audience"))
        self.model.retranslate()
        self._layout_changed()
