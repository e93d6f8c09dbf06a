"""The meetings pane, driven as a duty engineer would: prepare next Monday's linked-command meeting with 12
district venues, walk the video-conference checklist by keyboard, log a fault as a linked ticket, run the
roll-call inside 3 minutes, import 15 attendees, seat them by precedence, swap two by drag, print to PDF.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from opsdesk.domain.meetings import (
    ItemKind,
    MeetingKind,
    NewAttendee,
    NewMeeting,
    Outcome,
    SeatLayout,
    VenueKind,
)
from opsdesk.domain.people import Actor
from opsdesk.timeutil import utcnow, zone

NAMES = ["张伟", "李娜", "王秀英", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴刚", "徐丽", "孙强",
         "马超", "朱琳", "欧阳建国"]  # fmt: skip
TITLES = ["市长", "副市长", "秘书长", "局长", "副局长", "处长", "副处长", "科长", "主任", "副主任", "调研员",
          "科员", "科员", "科员", "科员"]  # fmt: skip


def type_text(widget, text: str) -> None:
    """Chinese arrives as an input method's committed text (QTest's key clicks are ASCII only)."""
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def key(widget, k: Qt.Key | str, n: int = 1) -> None:
    for _ in range(n):
        QTest.keyClick(widget, k)


@pytest.fixture
def pane(qtbot, state, supervisor, wait_tasks):
    from ui.panes.meetings_pane import MeetingsPane

    state.set_operator(supervisor)
    p = MeetingsPane(state)
    qtbot.addWidget(p)
    p.resize(1130, 760)
    p.show()
    qtbot.waitExposed(p)
    wait_tasks(state.tasks)
    yield p
    if p.dialog is not None:
        p.dialog.reject()
    wait_tasks(state.tasks)


@pytest.fixture
def actor(supervisor) -> Actor:
    return Actor(supervisor.id, supervisor.name, "A1", supervisor.role)


def _meeting(
    database, actor, *, days: float = 2, kind=MeetingKind.WEEKLY_COMMAND, templates=("video_conference",)
):
    from opsdesk.services import checklists, meetings

    with database.session() as s:
        meetings.ensure_meeting_reference(s)
        venues = [v for v in meetings.list_venues(s) if v.kind is VenueKind.DISTRICT]
        start = utcnow() + timedelta(days=days)
        m = meetings.create_meeting(
            s,
            NewMeeting("每周联动指挥会议", kind, start, start + timedelta(hours=2), place="指挥大厅",
                       responsible_id=actor.operator_id, venue_ids=tuple(v.id for v in venues)),
            actor,
        )  # fmt: skip
        codes = {t.code: t for t in checklists.list_templates(s)}
        runs = [checklists.start_run(s, m.id, codes[c].id, actor) for c in templates]
    return m, runs


def _select(qtbot, pane, meeting_id: str) -> None:
    pane.reload()
    with qtbot.waitSignal(pane.meeting_loaded, timeout=10000, check_params_cb=lambda m: m.id == meeting_id):
        pane.select_meeting(meeting_id)


# ---- meetings ------------------------------------------------------------------------------------
def test_prepare_next_mondays_linked_command_meeting_with_12_venues(qtbot, pane, state, wait_tasks):
    from PySide6.QtWidgets import QDialogButtonBox

    QTest.keyClick(
        pane, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dlg = pane.dialog
    assert dlg is not None
    wait_tasks(state.tasks)
    assert not dlg._loading
    dlg.kind.setCurrentIndex(dlg.kind.findData(MeetingKind.WEEKLY_COMMAND.value))
    dlg.title.setFocus()
    type_text(dlg.title, "每周联动指挥会议")
    # a new weekly meeting takes every district venue and the usual checklists
    assert len(dlg.checked_venues()) == 12
    assert dlg.checked_templates()
    start = dlg.value().starts_at.astimezone(zone(state.settings.timezone))
    assert start.weekday() == 0 and start.hour == 9 and start > datetime.now(UTC)
    with qtbot.waitSignal(pane.meeting_loaded, timeout=10000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_tasks(state.tasks)
    m = pane.meeting
    assert m is not None and m.title == "每周联动指挥会议" and m.kind is MeetingKind.WEEKLY_COMMAND
    assert len(m.venues) == 12
    assert {r.template_name for r in m.runs} >= {"视频会议会前检查"}
    assert pane.model.row_of(m.id) >= 0
    assert pane.runs.rowCount() == len(m.runs)
    assert "12" in pane.venues_label.text()


def test_meeting_editor_shows_the_cores_problems_and_keeps_the_text(qtbot, pane, state, wait_tasks):
    from PySide6.QtWidgets import QDialogButtonBox

    pane.new_meeting()
    dlg = pane.dialog
    wait_tasks(state.tasks)
    type_text(dlg.title, "演练")
    dlg.ends.setDateTime(dlg.starts.dateTime().addSecs(-3600))  # ends before it starts
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_tasks(state.tasks)
    assert dlg.isVisible()
    assert dlg.errors["ends_at"].isVisible() and dlg.errors["ends_at"].text()
    assert dlg.title.text() == "演练"


def test_week_and_month_calendar_show_the_meeting(qtbot, pane, database, actor, wait_tasks):
    m, _ = _meeting(database, actor, days=1)
    pane.view_group.button(1).click()
    wait_tasks(pane.tasks)
    assert pane.stack.currentWidget() is pane.calendar
    day = m.starts_at.astimezone(zone(pane.state.settings.timezone)).date()
    pane.calendar.set_current(day)
    wait_tasks(pane.tasks)
    assert [x.id for x in pane.calendar._by_day.get(day, [])] == [m.id]
    pane.view_group.button(2).click()
    wait_tasks(pane.tasks)
    assert pane.calendar.mode == "month"
    pane.calendar.setFocus()
    with qtbot.waitSignal(pane.calendar.meeting_clicked, timeout=5000):
        QTest.keyClick(pane.calendar, Qt.Key.Key_Return)
    wait_tasks(pane.tasks)
    assert pane.meeting is not None and pane.meeting.id == m.id


# ---- checklist run mode --------------------------------------------------------------------------
def _walk(qtbot, view, photo: Path, fault_venue_row: int | None) -> None:
    """Every line by keyboard: O for checks, a reading typed, a text typed, a photo attached, F once."""
    lines = view.model.lines()
    for row, ln in enumerate(lines):
        if ln.result is not None:
            continue
        view._select(row)
        view.view.setFocus()
        before = len(view.run.history) if view.run else 0
        if row == fault_venue_row:
            key(view.view, Qt.Key.Key_F)
            qtbot.waitUntil(lambda: view._draft is not None, timeout=5000)
            type_text(view.entry, "音频无输出")
            key(view.entry, Qt.Key.Key_Return)
        elif ln.item.kind is ItemKind.READING:
            key(view.view, Qt.Key.Key_O)
            assert view.entry_box.isVisible()
            QTest.keyClicks(view.entry, "42")
            key(view.entry, Qt.Key.Key_Return)
        elif ln.item.kind is ItemKind.TEXT:
            key(view.view, Qt.Key.Key_Return)
            type_text(view.entry, "联调正常")
            key(view.entry, Qt.Key.Key_Return)
        elif ln.item.kind is ItemKind.PHOTO:
            view.attach_photo(photo)
        elif not ln.item.required:
            key(view.view, Qt.Key.Key_N)
        else:
            key(view.view, Qt.Key.Key_1)
        qtbot.waitUntil(lambda b=before: view.run is not None and len(view.run.history) > b, timeout=10000)


def test_walk_the_video_conference_checklist_by_keyboard_and_log_a_fault_as_a_linked_ticket(
    qtbot, pane, database, actor, state, wait_tasks, tmp_path, monkeypatch
):
    from opsdesk.services import checklists
    from opsdesk.services import tickets as ticket_service

    m, (run,) = _meeting(database, actor)
    _select(qtbot, pane, m.id)
    pane.runs.setCurrentCell(0, 0)
    pane.runs.setFocus()
    with qtbot.waitSignal(pane.checklist.run_loaded, timeout=10000):
        QTest.keyClick(pane.runs, Qt.Key.Key_Return)
    assert pane.tabs.currentWidget() is pane.checklist
    view = pane.checklist
    assert view.run.id == run.id and view.model.rowCount() == run.total
    assert view.countdown.text()  # the countdown to the meeting's start
    fault_row = next(i for i, ln in enumerate(view.model.lines()) if ln.venue and ln.venue.name == "海门区")
    from PySide6.QtGui import QColor, QImage

    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("#3fa66a"))
    photo = tmp_path / "desk.png"
    assert img.save(str(photo))
    # P on the first line: the file chooser (stubbed) gives the photo; it is stored with an OK
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    view._select(0)
    view.view.setFocus()
    key(view.view, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: view.model.line(0).result is not None, timeout=10000)
    _walk(qtbot, view, photo, fault_row)
    wait_tasks(state.tasks)
    done = view.run
    assert done.done == done.total
    assert len(done.blockers) == 1  # the fault blocks until it is fixed
    assert "1" in view.blockers.text()
    fault = done.lines[fault_row].result
    assert fault.outcome is Outcome.FAULT and fault.note == "音频无输出"
    assert fault.operator_name == "王伟" and fault.at is not None  # stamped by the core
    assert fault.ticket_id and fault.ticket_code
    with database.session() as s:
        detail = ticket_service.get_detail(s, fault.ticket_id)
        link = checklists.ticket_fault_link(s, fault.ticket_id)
    assert "海门区" in detail.title and "每周联动指挥会议" in detail.title
    assert link is not None and link.run_id == run.id and link.venue_name == "海门区"
    # the ticket code shows on the line; T shows the ticket
    idx = view.model.index(fault_row, 6)
    assert view.model.data(idx) == fault.ticket_code
    view._select(fault_row)
    with qtbot.waitSignal(pane.show_ticket_requested, timeout=5000) as sig:
        key(view.view, Qt.Key.Key_T)
    assert sig.args == [fault.ticket_id]
    reading = next(ln for ln in done.lines if ln.item.kind is ItemKind.READING)
    assert reading.result.outcome is Outcome.OK and reading.result.value == "42"
    photo_row = 0
    assert done.lines[photo_row].result.has_photo and done.lines[photo_row].result.value == "desk.png"
    view._select(photo_row)
    key(view.view, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: getattr(view, "photo_dialog", None) is not None, timeout=10000)
    assert view.photo_dialog.picture.pixmap().width() == 40
    view.photo_dialog.reject()


def test_a_reading_out_of_range_becomes_a_fault_never_an_ok(qtbot, pane, database, actor, wait_tasks):
    _m, (run,) = _meeting(database, actor)
    pane.open_run(run.id)
    view = pane.checklist
    qtbot.waitUntil(lambda: view.run is not None, timeout=10000)
    row = next(i for i, ln in enumerate(view.model.lines()) if ln.item.kind is ItemKind.READING)
    view._select(row)
    view.view.setFocus()
    key(view.view, Qt.Key.Key_O)
    QTest.keyClicks(view.entry, "350")
    key(view.entry, Qt.Key.Key_Return)
    assert view._mode == "fault"  # switched to the fault entry with the reading in the note
    assert "350" in view.entry.text()
    view.file_ticket.setChecked(False)
    key(view.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.line(row).result is not None, timeout=10000)
    res = view.model.line(row).result
    assert res.outcome is Outcome.FAULT and res.value == "350" and not res.ticket_id
    # a typed word is refused in words, nothing recorded
    row2 = row
    view._select(row2)
    key(view.view, Qt.Key.Key_O)
    QTest.keyClicks(view.entry, "abc")
    key(view.entry, Qt.Key.Key_Return)
    assert view.entry_error.isVisible() and view.entry_error.text()
    key(view.entry, Qt.Key.Key_Escape)
    assert not view.entry_box.isVisible()


def test_the_ticket_link_jumps_to_the_tickets_pane(qtbot, main_window, database, supervisor, wait_tasks):
    from opsdesk.services import checklists
    from ui.panes.meetings_pane import MeetingsPane
    from ui.panes.tickets_pane import TicketsPane

    actor = Actor(supervisor.id, supervisor.name, "A1", supervisor.role)
    _m, (run,) = _meeting(database, actor)
    with database.session() as s:
        ln = checklists.get_run(s, run.id).lines[0]
        draft = checklists.fault_ticket_draft(s, run.id, ln.item.key, profile_code="GX-4LEVEL")
        res = checklists.record_result(
            s, run.id, _input(ln.item.key, Outcome.FAULT), actor, ticket=draft, profile_code="GX-4LEVEL"
        )
    meetings = next(p for p in main_window.panes if isinstance(p, MeetingsPane))
    tickets = next(p for p in main_window.panes if isinstance(p, TicketsPane))
    main_window.show_pane(main_window.panes.index(meetings))
    # shown from the side bar, the pane takes the focus so its own keys work at once
    qtbot.waitUntil(lambda: meetings.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert meetings.tabs.currentWidget() is meetings.rollcall
    meetings.open_run(run.id)
    qtbot.waitUntil(lambda: meetings.checklist.run is not None, timeout=10000)
    with qtbot.waitSignal(tickets.detail_loaded, timeout=10000):
        meetings.checklist.show_ticket.emit(res.ticket_id)
    assert main_window.current_pane() is tickets
    assert tickets.detail.detail.id == res.ticket_id


def _input(key_: str, outcome: Outcome, venue_id: str | None = None):
    from opsdesk.domain.meetings import ResultInput

    return ResultInput(key_, outcome, venue_id=venue_id)


def test_template_edited_while_a_checklist_runs_keeps_its_version(qtbot, pane, database, actor, wait_tasks):
    from ui.dialogs.template_editor import TemplateEditor

    _m, (run,) = _meeting(database, actor)
    pane.open_run(run.id)
    qtbot.waitUntil(lambda: pane.checklist.run is not None, timeout=10000)
    dlg = TemplateEditor(pane.state, pane)
    qtbot.addWidget(dlg)
    wait_tasks(pane.tasks)
    row = next(i for i, t in enumerate(dlg.templates) if t.code == "video_conference")
    dlg.list.setCurrentRow(row)
    wait_tasks(pane.tasks)
    dlg.table.item(0, 1).setText("提前一天完成系统联调")
    with qtbot.waitSignal(dlg.saved, timeout=10000) as sig:
        dlg.save_button.click()
    saved = sig.args[0]
    wait_tasks(pane.tasks)
    assert saved.template.version == run.template.version + 1
    assert [r.id for r in saved.runs_keeping_version] == [run.id]
    assert str(run.template.version) in dlg.result_note.text() and not dlg.result_note.isHidden()
    pane.checklist.reload()
    qtbot.waitUntil(lambda: pane.checklist.version_note.isVisible(), timeout=10000)
    assert pane.checklist.run.template.version == run.template.version
    assert pane.checklist.run.lines[0].item.label == "提前半天或一天完成系统联调"
    # an item whose range is upside down is refused with its row named, nothing saved
    dlg.table.item(3, 4).setText("100")
    dlg.table.item(3, 5).setText("1")
    dlg.save_button.click()
    wait_tasks(pane.tasks)
    assert not dlg.error.isHidden() and "4" in dlg.error.text()
    dlg.close()


# ---- roll-call -----------------------------------------------------------------------------------
def test_roll_call_of_12_venues_inside_3_minutes_by_keyboard(qtbot, pane, database, actor, wait_tasks):
    m, _ = _meeting(database, actor, templates=())
    _select(qtbot, pane, m.id)
    QTest.keyClick(
        pane, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    panel = pane.rollcall
    assert pane.tabs.currentWidget() is panel
    with qtbot.waitSignal(panel.rollcall_changed, timeout=10000):
        panel.start_button.click()
    grid = panel.grid
    assert panel.model.rowCount() == 12 and grid.hasFocus()
    assert panel.clock.level == "ok"
    # venue 1 cell by cell (one fault on audio in, fixed right after), the rest one key each
    key(grid, Qt.Key.Key_O, 2)
    key(grid, Qt.Key.Key_F)
    key(grid, Qt.Key.Key_Left)
    key(grid, Qt.Key.Key_1)
    key(grid, Qt.Key.Key_Space, 3)
    for _ in range(11):
        key(grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: panel._inflight == 0, timeout=10000)
    wait_tasks(pane.tasks)
    rc = panel.rollcall
    assert all(v.ready_at is not None for v in rc.venues)
    assert rc.met(utcnow()) is True
    assert panel.clock.level == "ok" and "12" in panel.clock.text()
    assert panel.model.data(panel.model.index(0, 7))  # the ready-after time
    with qtbot.waitSignal(panel.rollcall_changed, timeout=10000):
        panel.close_button.click()
    assert panel.rollcall.closed_at is not None


def test_roll_call_clock_turns_amber_then_red(qtbot, pane, database, actor, wait_tasks):
    from opsdesk.services import meetings, rollcall

    with database.session() as s:
        meetings.ensure_meeting_reference(s)
        ids = [v.id for v in meetings.list_venues(s)][:3]
        late = rollcall.start_rollcall(
            s, "视频点名", ids, actor, requested_at=utcnow() - timedelta(seconds=150)
        )
        missed = rollcall.start_rollcall(
            s, "视频点名", ids, actor, requested_at=utcnow() - timedelta(minutes=4)
        )
    pane.rollcall.set_rollcall(late)
    assert pane.rollcall.clock.level == "warning"
    pane.rollcall.set_rollcall(missed)
    assert pane.rollcall.clock.level == "breached"
    assert pane.rollcall.clock.text()


# ---- attendees, seating, documents ---------------------------------------------------------------
def _xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "职务", "单位", "排序"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import(qtbot, panel, path: Path):
    with qtbot.waitSignal(panel.import_finished, timeout=10000) as sig:
        panel.import_file(path)
    return sig.args[0]


def test_import_15_attendees_seat_by_precedence_swap_by_drag_and_print(
    qtbot, pane, database, actor, wait_tasks, tmp_path
):
    m, _ = _meeting(database, actor, templates=())
    _select(qtbot, pane, m.id)
    pane.show_tab(3)
    panel = pane.attendees
    rows = [[n, t, "市公安局", i + 1] for i, (n, t) in enumerate(zip(NAMES, TITLES, strict=True))]
    report = _import(qtbot, panel, _xlsx(tmp_path / "名单.xlsx", rows))
    assert report.rows == 15
    wait_tasks(pane.tasks)
    assert panel.model.rowCount() == 15

    # edit in place: the title of row 3
    idx = panel.model.index(2, 2)
    panel.model.setData(idx, "常务副秘书长")
    wait_tasks(pane.tasks)
    panel.reload()
    wait_tasks(pane.tasks)
    assert panel.model.attendee_at(2).title == "常务副秘书长"

    # head table of 15, Chinese convention: … 5 3 1 2 4 …
    panel.layout_box.setCurrentIndex(panel.layout_box.findData(SeatLayout.HEAD.value))
    panel.per_row.setText("15")
    with qtbot.waitSignal(panel.plan_loaded, timeout=10000):
        panel.seat_button.click()
    plan = panel.plan
    left_to_right = [s.attendee_name for s in sorted(plan.seats, key=lambda s: s.x)]
    assert left_to_right[7] == "张伟"
    assert left_to_right[8] == "李娜" and left_to_right[6] == "王秀英"

    # drag seat of rank 1 onto rank 2: they swap
    view = panel.plan_view
    a = next(s for s in plan.seats if s.attendee_name == "张伟").index
    b = next(s for s in plan.seats if s.attendee_name == "李娜").index
    pa, pb = view.seat_center(a), view.seat_center(b)
    vp = view.viewport()
    with qtbot.waitSignal(panel.plan_loaded, timeout=10000):
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pa)
        QTest.mouseMove(vp, QPoint((pa.x() + pb.x()) // 2, pa.y()))
        QTest.mouseMove(vp, pb)
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pb)
    swapped = {s.index: s.attendee_name for s in panel.plan.seats}
    assert swapped[a] == "李娜" and swapped[b] == "张伟"

    # the seat map as a PDF
    with qtbot.waitSignal(panel.seatmap_saved, timeout=60000):
        panel.print_seat_map(save=True, path=tmp_path / "seatmap.pdf")
    assert (tmp_path / "seatmap.pdf").read_bytes()[:4] == b"%PDF"

    # tent cards: save the PDF, export e-cards, and put the pages through the print path
    from ui.dialogs.namecard_dialog import NameCardDialog

    dlg = NameCardDialog(pane.state, m, pane)
    qtbot.addWidget(dlg)
    out = tmp_path / "cards.pdf"
    with qtbot.waitSignal(dlg.pdf_ready, timeout=60000):
        dlg.save_pdf(out)
    assert out.exists() and out.read_bytes()[:4] == b"%PDF"
    with qtbot.waitSignal(dlg.ecards_written, timeout=60000) as sig:
        dlg.export_ecards(tmp_path / "ecards")
    pngs = sig.args[0]
    assert len(pngs) == 15 and all(p.suffix == ".png" and p.exists() for p in pngs)

    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs.meeting_print import configure_printer, paint_pdf, pdf_page_count

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    configure_printer(printer, out)
    assert paint_pdf(out, printer) == pdf_page_count(out) > 0
    assert printed.exists() and printed.stat().st_size > 1000


def test_import_problems_are_listed_by_row_and_nothing_is_added(
    qtbot, pane, database, actor, wait_tasks, tmp_path
):
    m, _ = _meeting(database, actor, templates=())
    _select(qtbot, pane, m.id)
    panel = pane.attendees
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "职务", "单位", "排序"])
        w.writerow(["张伟", "市长", "市政府", "1"])
        w.writerow(["", "副市长", "市政府", "2"])
        w.writerow(["张伟", "市长", "市政府", "x"])
        w.writerow(["名" * 30, "", "", ""])
    exc = _import(qtbot, panel, bad)
    assert isinstance(exc, Exception)
    text = panel.problems.text()
    print(text)
    assert not panel.problems.isHidden()
    assert "Row 3" in text and "Row 4" in text and "Row 5" in text
    wait_tasks(pane.tasks)
    assert panel.model.rowCount() == 0
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    _import(qtbot, panel, wrong)
    assert "Name" in panel.problems.text() or "姓名" in panel.problems.text()


def test_fewer_seats_than_attendees_is_refused_in_words(
    qtbot, pane, database, actor, wait_tasks, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.services import attendees

    m, _ = _meeting(database, actor, templates=())
    with database.session() as s:
        for i, n in enumerate(NAMES[:5]):
            attendees.add_attendee(s, m.id, NewAttendee(n, rank=i + 1), actor)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    _select(qtbot, pane, m.id)
    panel = pane.attendees
    wait_tasks(pane.tasks)
    panel.per_row.setText("3")
    panel.seat_button.click()
    wait_tasks(pane.tasks)
    assert shown and "3" in shown[0] and "5" in shown[0]


def test_checklist_record_prints_through_the_preview(
    qtbot, pane, database, actor, wait_tasks, monkeypatch, tmp_path
):
    from ui.dialogs import meeting_print

    _m, (run,) = _meeting(database, actor)
    pane.open_run(run.id)
    qtbot.waitUntil(lambda: pane.checklist.run is not None, timeout=10000)
    opened: list[Path] = []
    monkeypatch.setattr(meeting_print, "preview_pdf", lambda path, parent, title: opened.append(path))
    pane.checklist.act_print_record.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert opened[0].read_bytes()[:4] == b"%PDF"
    assert meeting_print.pdf_page_count(opened[0]) >= 1
    with qtbot.waitSignal(pane.checklist.record_saved, timeout=60000):
        pane.checklist.print_record(save=True, path=tmp_path / "record.pdf")
    assert (tmp_path / "record.pdf").read_bytes()[:4] == b"%PDF"


def test_a_late_checklist_is_warned_about_with_the_countdown(qtbot, pane, database, actor, wait_tasks):
    # the video-conference checklist is due 30 minutes before the start; this meeting starts in 10
    m, (run,) = _meeting(database, actor, days=10 / 1440)
    pane.load_open_runs()
    _select(qtbot, pane, m.id)
    wait_tasks(pane.tasks)
    assert not pane.late_banner.isHidden() and m.title in pane.late_banner.text()
    state_cell = pane.runs.item(0, 3).text()
    assert "LATE" in state_cell
    pane.open_run(run.id)
    qtbot.waitUntil(lambda: pane.checklist.run is not None, timeout=10000)
    assert pane.checklist.late.text().startswith("Late")
    assert "0:" in pane.checklist.countdown.text() or "9:" in pane.checklist.countdown.text()


def test_language_switch_keeps_typed_text(qtbot, pane, qapp):
    from ui import i18n

    pane.show_tab(2)
    type_text(pane.rollcall.title, "夜间视频点名")
    i18n.install("zh_CN", qapp)
    try:
        qtbot.waitUntil(lambda: pane.tabs.tabText(2) != "Roll-call", timeout=5000)  # LanguageChange is posted
        assert pane.tabs.tabText(2) == "会场点名"
        assert pane.rollcall.start_button.text().startswith("开始点名")
        assert pane.rollcall.title.text() == "夜间视频点名"
        assert pane.model.headerData(0, Qt.Orientation.Horizontal) == "开始时间"
    finally:
        i18n.install("en", qapp)


def test_a_name_no_font_covers_is_refused_naming_the_character(qtbot, pane, database, actor, tmp_path):
    from opsdesk.errors import FontCoverageError
    from opsdesk.services import attendees
    from ui.dialogs.namecard_dialog import NameCardDialog

    m, _ = _meeting(database, actor, templates=())
    with database.session() as s:
        attendees.add_attendee(s, m.id, NewAttendee("张\U000f0001伟", rank=1), actor)
    dlg = NameCardDialog(pane.state, m, pane)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.failed, timeout=60000) as sig:
        dlg.save_pdf(tmp_path / "cards.pdf")
    assert isinstance(sig.args[0], FontCoverageError)
    assert "U+F0001" in dlg.status.text()
    assert not (tmp_path / "cards.pdf").exists()
    assert dlg.print_button.isEnabled()  # nothing stuck: the operator can correct the name and retry


def test_from_a_ticket_back_to_the_checklist_line_that_filed_it(qtbot, pane, database, actor, wait_tasks):
    from opsdesk.services import checklists

    m, (run,) = _meeting(database, actor)
    with database.session() as s:
        r = checklists.get_run(s, run.id)
        row = next(i for i, ln in enumerate(r.lines) if ln.venue and ln.venue.name == "如皋市")
        ln = r.lines[row]
        draft = checklists.fault_ticket_draft(s, run.id, ln.item.key, ln.venue.id, profile_code="GX-4LEVEL")
        res = checklists.record_result(
            s, run.id, _input(ln.item.key, Outcome.FAULT, ln.venue.id), actor, ticket=draft,
            profile_code="GX-4LEVEL",
        )  # fmt: skip
    with qtbot.waitSignal(pane.checklist.run_loaded, timeout=10000):
        pane.show_fault_source(res.ticket_id)
    wait_tasks(pane.tasks)
    assert pane.meeting.id == m.id
    assert pane.tabs.currentWidget() is pane.checklist
    assert pane.checklist.current_row() == row


def test_attendee_removed_with_the_delete_key(qtbot, pane, database, actor, wait_tasks, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.services import attendees

    m, _ = _meeting(database, actor, templates=())
    with database.session() as s:
        for n in NAMES[:3]:
            attendees.add_attendee(s, m.id, NewAttendee(n), actor)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(qtbot, pane, m.id)
    pane.show_tab(3)
    wait_tasks(pane.tasks)
    table = pane.attendees.table
    table.selectRow(1)
    table.setFocus()
    with qtbot.waitSignal(pane.attendees.attendees_loaded, timeout=10000):
        QTest.keyClick(table, Qt.Key.Key_Delete)
    assert [a.name for a in pane.attendees.model.attendees()] == [NAMES[0], NAMES[2]]


def test_changes_from_another_console_show_up(qtbot, pane, database, actor, wait_tasks):
    """What the sync engine writes arrives as change notices: the roll-call grid and the checklist follow."""
    from opsdesk.domain.meetings import CellState, ResultInput
    from opsdesk.domain.meetings import Signal as Sig
    from opsdesk.services import checklists, rollcall

    m, (run,) = _meeting(database, actor)
    _select(qtbot, pane, m.id)
    with qtbot.waitSignal(pane.rollcall.rollcall_changed, timeout=10000):
        pane.rollcall.start_button.click()
    rc = pane.rollcall.rollcall
    pane.open_run(run.id)
    qtbot.waitUntil(lambda: pane.checklist.run is not None, timeout=10000)
    other = actor  # the same operator at another console: what matters is that it arrives
    with database.session() as s:
        rollcall.mark(s, rc.id, rc.venues[0].venue.id, Sig.VIDEO_IN, CellState.FAULT, other)
        checklists.record_result(s, run.id, ResultInput(run.lines[0].item.key, Outcome.OK), other)
    pane.tasks.changed.emit("rollcall_marks", frozenset())
    pane.tasks.changed.emit("checklist_results", frozenset())
    qtbot.waitUntil(lambda: pane.rollcall.model.cell(0, Sig.VIDEO_IN) is CellState.FAULT, timeout=10000)
    qtbot.waitUntil(lambda: pane.checklist.model.line(0).result is not None, timeout=10000)
    assert pane.checklist.model.line(0).result.operator_name == "王伟"


def _keys_in(root, extra: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Access key -> texts of the visible buttons and buddy labels under `root` (plus `extra`)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    def key_of(text: str) -> str | None:
        i = text.find("&")
        while 0 <= i < len(text) - 1:
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i = text.find("&", i + 2)
        return None

    keys: dict[str, list[str]] = {k: list(v) for k, v in (extra or {}).items()}
    for w in root.findChildren(QWidget):
        if w.isVisible() and (
            (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton)
        ):
            k = key_of(w.text())
            if k:
                keys.setdefault(k, []).append(w.text())
    return keys


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_access_keys_unique_on_every_tab_and_dialog(qtbot, main_window, database, supervisor, qapp, language):
    from ui import i18n
    from ui.dialogs.meeting_editor import MeetingEditor
    from ui.dialogs.namecard_dialog import NameCardDialog
    from ui.dialogs.template_editor import TemplateEditor
    from ui.panes.meetings_pane import MeetingsPane

    i18n.install(language, qapp)
    try:
        actor = Actor(supervisor.id, supervisor.name, "A1", supervisor.role)
        m, (run,) = _meeting(database, actor)
        pane = next(p for p in main_window.panes if isinstance(p, MeetingsPane))
        main_window.show_pane(main_window.panes.index(pane))
        qtbot.waitUntil(
            lambda: pane.tabs.tabText(1) != ("Checklist" if language != "en" else ""), timeout=5000
        )
        menu: dict[str, list[str]] = {}
        for a in main_window.menuBar().actions():
            t = a.text()
            i = t.find("&")
            if i >= 0:
                menu.setdefault(t[i + 1].lower(), []).append(t)
        pane.open_run(run.id)
        qtbot.waitUntil(lambda: pane.checklist.run is not None, timeout=10000)
        pane.checklist._select(5)
        pane.checklist.begin_fault()  # the fault entry shows its own keys too
        for i in range(4):
            pane.show_tab(i)
            keys = _keys_in(pane, menu)
            assert {k: v for k, v in keys.items() if len(v) > 1} == {}, f"tab {i}"
        pane.checklist.cancel_entry()
        for dlg in (MeetingEditor(pane.state, None, pane), TemplateEditor(pane.state, pane),
                    NameCardDialog(pane.state, m, pane)):  # fmt: skip
            qtbot.addWidget(dlg)
            dlg.show()
            keys = _keys_in(dlg)
            assert {k: v for k, v in keys.items() if len(v) > 1} == {}, type(dlg).__name__
            dlg.reject()
    finally:
        i18n.install("en", qapp)


def test_an_edit_the_core_refuses_is_explained_and_undone(
    qtbot, pane, database, actor, wait_tasks, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.services import attendees

    m, _ = _meeting(database, actor, templates=())
    with database.session() as s:
        attendees.add_attendee(s, m.id, NewAttendee("张伟", "市长", rank=1), actor)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    _select(qtbot, pane, m.id)
    panel = pane.attendees
    wait_tasks(pane.tasks)
    panel.model.setData(panel.model.index(0, 1), "名" * 30)  # a 30-character name does not fit a card
    wait_tasks(pane.tasks)
    assert shown and "30" in shown[0]
    assert panel.model.attendee_at(0).name == "张伟"


def test_the_ticket_detail_leads_back_to_the_checklist_line(qtbot, main_window, database, actor, wait_tasks):
    from opsdesk.services import checklists
    from ui.panes.meetings_pane import MeetingsPane
    from ui.panes.tickets_pane import TicketsPane

    w = main_window
    m, (run,) = _meeting(database, actor)
    with database.session() as s:
        r = checklists.get_run(s, run.id)
        row = next(i for i, ln in enumerate(r.lines) if ln.venue and ln.venue.name == "如皋市")
        ln = r.lines[row]
        draft = checklists.fault_ticket_draft(s, run.id, ln.item.key, ln.venue.id, profile_code="GX-4LEVEL")
        res = checklists.record_result(
            s, run.id, _input(ln.item.key, Outcome.FAULT, ln.venue.id), actor, ticket=draft,
            profile_code="GX-4LEVEL",
        )  # fmt: skip
    tickets = next(p for p in w.panes if isinstance(p, TicketsPane))
    meetings = next(p for p in w.panes if isinstance(p, MeetingsPane))
    w.show_pane(w.panes.index(tickets))
    tickets.load_detail(res.ticket_id)
    wait_tasks(w.state.tasks)
    button = tickets.detail.open_checklist
    qtbot.waitUntil(lambda: not button.isHidden(), timeout=10000)
    with qtbot.waitSignal(meetings.checklist.run_loaded, timeout=10000):
        button.click()
    wait_tasks(w.state.tasks)
    assert w.current_pane() is meetings and meetings.meeting.id == m.id
    assert meetings.checklist.current_row() == row
    # a ticket filed by hand has no such link: the button stays hidden
    from opsdesk.domain.tickets import NewTicket
    from opsdesk.services import tickets as ticket_service

    with database.session() as s:
        plain = ticket_service.create_ticket(
            s,
            NewTicket(title="打印机卡纸", priority="P3", category="hardware"),
            actor,
            profile_code="GX-4LEVEL",
        )
    w.show_pane(w.panes.index(tickets))
    tickets.load_detail(plain.id)
    wait_tasks(w.state.tasks)
    qtbot.waitUntil(lambda: tickets.detail.detail is not None and tickets.detail.detail.id == plain.id)
    wait_tasks(w.state.tasks)
    assert button.isHidden()
