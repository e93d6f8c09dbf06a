"""The duty roster pane driven as a supervisor and an engineer would: the calendar shows the generated
roster, a day edited by hand, a swap approved and one refused by a rest rule, a handover carrying an open
P2 ticket into the next shift's view, a check-in, keyboard navigation, the on-duty strip, exports."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from opsdesk.domain.enums import Role
from opsdesk.domain.roster import RequestStatus, RestRules
from opsdesk.domain.tickets import NewTicket
from tests.ui.roster_fixtures import BOSS, TEAM, day_assignments, seed_team, today, workdays_after
from ui.models.roster_model import CHIPS_ROLE


@pytest.fixture
def team(database):
    return seed_team(database)


@pytest.fixture
def pane(qtbot, state, supervisor, team, wait_tasks):
    from ui.panes.roster_pane import RosterPane

    state.set_operator(supervisor)
    p = RosterPane(state)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    wait_tasks(state.tasks)
    yield p
    if p.dialog is not None:
        p.dialog.reject()
    wait_tasks(state.tasks)


def _chips(pane, d):
    return pane.month_model.data(pane.month_model.index_of(d), CHIPS_ROLE)


def _wait_dialog(qtbot, pane, wait_tasks):
    qtbot.waitUntil(lambda: pane.dialog is not None, timeout=5000)
    wait_tasks(pane.tasks)
    return pane.dialog


def test_calendar_shows_the_generated_roster(pane, database):
    t = today()
    stored = day_assignments(database, t)
    assert stored, "the generator rostered today"
    chips = _chips(pane, t)
    assert {c.name for c in chips if not c.open} == {a.staff_name for a in stored}
    # coloured by post: the legend lists the team's posts
    assert set(pane.legend.posts) == {p for _, p, _ in TEAM}
    # the selected day lists names and phone numbers
    texts = [pane.day_list.item(i).text() for i in range(pane.day_list.count())]
    assert any(a.staff_name in x and a.phone in x for a in stored for x in texts)
    # the week view shows the same people, a row per post
    pane.set_view(1)
    wm = pane.week_model
    names = {
        c.name for r in range(wm.rowCount()) for c in wm.data(wm.index_of(t, r), CHIPS_ROLE) if not c.open
    }
    assert names == {a.staff_name for a in stored}


def test_manual_edit_of_a_day_is_pinned(qtbot, pane, database, wait_tasks):
    t = workdays_after(database, today() + timedelta(days=2), 1)[0]
    pane.go_to(t)
    wait_tasks(pane.tasks)
    before = day_assignments(database, t)
    target = before[0]
    pane.edit_day(t)
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    row = next(i for i, a in enumerate(dlg.assignments) if a.id == target.id)
    dlg.table.selectRow(row)
    # another engineer of the same post who is free that day
    busy = {a.staff_id for a in before}
    other = next(i for i in range(dlg.person.count()) if dlg.person.itemData(i) not in busy)
    dlg.person.setCurrentIndex(other)
    chosen = dlg.person.currentData()
    with qtbot.waitSignal(dlg.changed, timeout=5000):
        qtbot.mouseClick(dlg.replace_button, Qt.MouseButton.LeftButton)
    wait_tasks(pane.tasks)
    after = day_assignments(database, t)
    edited = next(a for a in after if a.staff_id == chosen)
    assert edited.pinned and target.id not in {a.id for a in after}
    # the calendar shows it, marked as edited by hand
    qtbot.waitUntil(lambda: any(c.staff_id == chosen and c.pinned for c in _chips(pane, t)), timeout=5000)


def test_swap_approved_and_swap_refused_by_rest_rule(qtbot, pane, database, wait_tasks):
    from opsdesk.services import roster as roster_service

    d1, d2 = workdays_after(database, today() + timedelta(days=2))
    a1 = next(a for a in day_assignments(database, d1) if a.shift_code == "DAY")
    a2 = next(
        a
        for a in day_assignments(database, d2)
        if a.shift_code == "DAY" and a.staff_id != a1.staff_id and a.post == a1.post
    )
    pane.go_to(d1)
    wait_tasks(pane.tasks)
    pane.open_requests()
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    dlg.kind.setCurrentIndex(0)  # swap
    dlg.assignment.setCurrentIndex(dlg.assignment.findData(a1.id))
    dlg.partner.setCurrentIndex(dlg.partner.findData(a2.id))
    dlg.reason.setText("家里有事")
    with qtbot.waitSignal(dlg.submitted, timeout=5000):
        qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.status == RequestStatus.PENDING for r in dlg.requests), timeout=5000)
    row = next(i for i, r in enumerate(dlg.requests) if r.status == RequestStatus.PENDING)
    dlg.history.selectRow(row)
    assert dlg.approve_button.isEnabled()
    with qtbot.waitSignal(dlg.submitted, timeout=5000):
        qtbot.mouseClick(dlg.approve_button, Qt.MouseButton.LeftButton)
    wait_tasks(pane.tasks)
    assert dlg.requests[0].status == RequestStatus.APPROVED
    assert a2.staff_id in {a.staff_id for a in day_assignments(database, d1)}
    assert a1.staff_id in {a.staff_id for a in day_assignments(database, d2)}

    # a rest rule: at most one duty day in a row; a replacement that makes two is refused, with words
    with database.session() as s:
        roster_service.save_rules(s, RestRules(max_consecutive_days=1, rest_after_24h_hours=24), BOSS)
    d3, d4 = workdays_after(database, d2 + timedelta(days=3))
    on_d3 = day_assignments(database, d3)
    on_d4 = day_assignments(database, d4)
    worker = next(a for a in on_d3 if a.staff_id not in {b.staff_id for b in on_d4})
    duty = next(a for a in on_d4 if a.shift_code == "DAY")
    dlg.kind.setCurrentIndex(1)  # replacement
    dlg.chips.append(_chip_for(duty))
    dlg.assignment.addItem("x", duty.id)
    dlg.assignment.setCurrentIndex(dlg.assignment.count() - 1)
    dlg.replacement.setCurrentIndex(dlg.replacement.findData(worker.staff_id))
    n_before = len(dlg.requests)
    with qtbot.waitSignal(dlg.failed, timeout=5000):
        qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    assert dlg.error.isVisible()
    assert worker.staff_name in dlg.error.text() and "in a row" in dlg.error.text()
    wait_tasks(pane.tasks)
    assert len(dlg.requests) == n_before  # nothing stored
    assert duty.id in {a.id for a in day_assignments(database, d4)}


def _chip_for(a):
    from ui.models.roster_model import Chip

    return Chip(a.id, a.day, a.staff_id, a.staff_name, a.phone, a.staff_post, a.shift_code, a.shift_code,
                a.start, a.end, a.pinned)  # fmt: skip


def test_handover_carries_an_open_p2_ticket_into_the_next_shift(qtbot, pane, database, state, wait_tasks):
    from opsdesk.services import operators
    from opsdesk.services import tickets as ticket_service

    with database.session() as s:
        t = ticket_service.create_ticket(
            s, NewTicket(title="大屏左下角黑屏", priority="P2", category="hardware"), state.actor,
            profile_code="GX-4LEVEL",
        )  # fmt: skip
    pane.open_handover()
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    items = [dlg.item_list.item(i).text() for i in range(dlg.item_list.count())]
    assert any(t.code in x and "P2" in x for x in items)
    dlg.notes.setPlainText("大屏黑屏待厂家到场")
    assert pane.has_unsaved_work()
    with qtbot.waitSignal(dlg.handed_over, timeout=5000):
        dlg.save()
    qtbot.waitUntil(lambda: len(pane.pending) == 1, timeout=5000)
    # the next shift's view: the pending handover with the ticket, on the pane
    waiting = pane.handover_list.item(0).text()
    assert t.code in waiting and "大屏黑屏待厂家到场" in waiting
    # the incoming engineer signs in and acknowledges
    with database.session() as s:
        incoming = operators.create_operator(
            s, name="李娜", post="大厅设备", phone="13800000002", role=Role.OPERATOR, secret="1357",
            secret_kind="pin",
        )  # fmt: skip
    state.set_operator(incoming)
    pane.acknowledge_handover()
    ack = _wait_dialog(qtbot, pane, wait_tasks)
    assert "李娜" in ack.ack_button.text()
    ack.activateWindow()
    qtbot.waitUntil(ack.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(ack.acknowledged, timeout=5000) as blocker:
        qtbot.keyClick(ack.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].incoming_name == "李娜"
    qtbot.waitUntil(lambda: not pane.pending, timeout=5000)
    # the history finds it by the ticket code
    pane.open_handover_history()
    hist = _wait_dialog(qtbot, pane, wait_tasks)
    with qtbot.waitSignal(hist.results, timeout=5000):
        hist.search.setText(t.code)
    assert len(hist.found) == 1 and hist.found[0].acknowledged


def test_attendance_check_in(qtbot, pane, database, wait_tasks):
    pane.open_attendance()
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    qtbot.waitUntil(lambda: dlg.person.count() == len(TEAM), timeout=5000)
    dlg.person.setCurrentIndex(0)
    name = dlg.staff[0].name
    with qtbot.waitSignal(dlg.recorded, timeout=5000) as blocker:
        qtbot.mouseClick(dlg.check_in_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].staff_name == name
    assert name in dlg.message.text()
    wait_tasks(pane.tasks)
    assert dlg.lines is not None


def test_keyboard_navigation(qtbot, pane, wait_tasks):
    t = today()
    view = pane.month_view
    view.setFocus()
    pane.go_to(t)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert pane.anchor == t + timedelta(days=1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert pane.anchor == t + timedelta(days=8)
    month = pane.month_model.month
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert pane.month_model.month == month % 12 + 1
    wait_tasks(pane.tasks)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert pane.anchor == t and pane.month_model.month == t.month
    # Ctrl+M: the week view, the arrows move along the week and page past its ends
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert pane.calendars.currentWidget() is pane.week_view
    week = pane.week_view
    monday = pane.week_model.monday
    for _ in range(7):
        qtbot.keyClick(week, Qt.Key.Key_Right)
    assert pane.week_model.monday == monday + timedelta(days=7)
    # Enter opens the day for editing; Escape closes it
    qtbot.keyClick(week, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.dialog is not None, timeout=5000)
    assert pane.dialog.day == pane.anchor
    qtbot.keyClick(pane.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)
    # the pane's keys: Ctrl+G generate
    pane.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.dialog is not None, timeout=5000)
    assert pane.dialog.objectName() == "rosterGenerateDialog"
    pane.dialog.reject()


def test_generate_dialog_shows_fairness_and_unmet(qtbot, pane, database, wait_tasks):
    from opsdesk.services import roster as roster_service

    # leave for the whole machine-room team: their post cannot be covered, which must be explained
    start = today() + timedelta(days=20)
    with database.session() as s:
        for st in roster_service.list_staff(s):
            if st.post == "机房运维":
                roster_service.add_leave(
                    s, staff_id=st.id, start=start, end=start + timedelta(days=2), kind="annual", actor=BOSS
                )
    pane.open_generate()
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    from ui.dialogs.roster_generate import qdate

    dlg.start.setDate(qdate(start))
    dlg.end.setDate(qdate(start + timedelta(days=6)))
    with qtbot.waitSignal(dlg.generated, timeout=10000) as blocker:
        qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.dry_run
    assert dlg.fairness.rowCount() == len(report.fairness) > 0
    assert report.unmet and dlg.unmet.count() == len(report.unmet)
    assert any("机房运维" in dlg.unmet.item(i).text() for i in range(dlg.unmet.count()))
    with qtbot.waitSignal(dlg.generated, timeout=10000) as blocker:
        qtbot.mouseClick(dlg.generate_button, Qt.MouseButton.LeftButton)
    assert not blocker.args[0].dry_run


def test_on_duty_strip_from_every_pane(qtbot, main_window, database, team, wait_tasks):
    from opsdesk.services import roster as roster_service

    w = main_window
    assert w.panes[0] is w.roster  # the first pane of the desk
    with qtbot.waitSignal(w.on_duty.loaded, timeout=5000):
        w.on_duty.reload()
    with database.session() as s:
        duty = roster_service.on_duty(s)
    text = w.on_duty.plain_text()
    for e in duty.now:
        assert e.assignment.staff_name in text and e.assignment.phone in text
    w.show_pane(1)
    assert w.on_duty.isVisible()
    qtbot.mouseClick(w.on_duty, Qt.MouseButton.LeftButton)
    assert w.current_pane() is w.roster


def test_exports_write_files(qtbot, pane, tmp_path, wait_tasks):
    from ui.dialogs.roster_export import export_roster

    t = today()
    results = []
    for what, name in (
        ("month_xlsx", "m.xlsx"),
        ("month_pdf", "m.pdf"),
        ("holiday_pdf", "h.pdf"),
        ("ics", "p.ics"),
    ):
        staff_id = pane.data.day_chips(t)[0].staff_id if what == "ics" else None
        export_roster(
            pane.tasks, what, t.replace(day=1), t + timedelta(days=10), tmp_path / name, staff_id=staff_id,
            on_done=results.append, on_error=results.append,
        )  # fmt: skip
    qtbot.waitUntil(lambda: len(results) == 4, timeout=30000)
    assert all(not isinstance(r, BaseException) for r in results), results
    for name in ("m.xlsx", "m.pdf", "h.pdf", "p.ics"):
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "p.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_calendar_year_import_bad_file_then_good(qtbot, pane, tmp_path, wait_tasks):
    pane.open_calendar_year()
    dlg = _wait_dialog(qtbot, pane, wait_tasks)
    dlg.year.setValue(2031)
    qtbot.waitUntil(lambda: dlg._loaded_year == 2031, timeout=5000)
    assert dlg.warning.isVisible() and "2031" in dlg.warning.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2031-01-01,holiday,元旦\n2031-02-30,holiday,春节\n", "utf-8")
    with qtbot.waitSignal(dlg.failed, timeout=5000):
        dlg.import_file(bad)
    assert "3" in dlg.error.text() and "2031-02-30" in dlg.error.text()
    good = tmp_path / "good.csv"
    good.write_text("date,kind,name\n2031-01-01,holiday,元旦\n2031-01-26,workday,春节\n", "utf-8")
    with qtbot.waitSignal(dlg.loaded, timeout=5000):
        dlg.import_file(good)
    qtbot.waitUntil(lambda: dlg.info is not None, timeout=5000)
    assert not dlg.warning.isVisible() and dlg.holidays.rowCount() == 1 and dlg.workdays.rowCount() == 1


def test_engineer_cannot_generate(qtbot, state, team, database, wait_tasks, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.services import operators
    from ui.panes.roster_pane import RosterPane

    with database.session() as s:
        op = operators.create_operator(
            s,
            name="刘洋",
            post="日常运维",
            phone="13800000004",
            role=Role.OPERATOR,
            secret="1357",
            secret_kind="pin",
        )
    state.set_operator(op)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    p = RosterPane(state)
    qtbot.addWidget(p)
    wait_tasks(state.tasks)
    assert not p.generate_button.isEnabled()
    p.open_generate()
    assert p.dialog is None and shown


def test_roster_errors_in_words(english):
    from opsdesk.domain.roster import RuleBreach
    from opsdesk.roster_errors import CalendarYearMissing, RosterImportError, RosterRuleError
    from ui.errors import describe

    d = today()
    text = describe(
        RosterRuleError((RuleBreach("rest_after_24h", "s1", "张伟", d, {"hours": 24, "gap_hours": 8}),))
    )
    assert "张伟" in text and "24" in text and "8" in text
    assert "2027" in describe(CalendarYearMissing((2027,)))
    text = describe(RosterImportError("a.csv", 3, "bad_date", value="2027-02-30"))
    assert "a.csv" in text and "3" in text and "2027-02-30" in text


def test_language_switch_to_chinese(qtbot, pane, qapp, wait_tasks):
    from opsdesk.paths import resource_path
    from ui import i18n

    assert resource_path("translations", "opsdesk_zh_CN.qm").exists(), "build the .qm files first"
    i18n.install("zh_CN", qapp)
    try:
        assert pane.title() == "值班排班"
        qtbot.waitUntil(
            lambda: pane.act_generate.text() == "生成排班…", timeout=3000
        )  # LanguageChange is posted
        assert "休" in pane.legend.marks.text()
        assert pane.month_model.headerData(0, Qt.Orientation.Horizontal) == "周一"
        assert pane.month_view.delegate.holiday_mark == "休"
    finally:
        i18n.install("en", qapp)
    qtbot.waitUntil(lambda: pane.act_generate.text() == "Generate…", timeout=3000)


def _access_key(text: str) -> str | None:
    i = text.find("&")
    while 0 <= i < len(text) - 1:
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i = text.find("&", i + 2)
    return None


def _access_keys(root) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    keys: dict[str, list[str]] = {}
    for w in root.findChildren(QWidget):
        if w.isVisible() and (
            (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton)
        ):
            key = _access_key(w.text())
            if key:
                keys.setdefault(key, []).append(w.text())
    return keys


@pytest.mark.parametrize(
    "opener",
    [
        "open_generate", "edit_day", "open_requests", "open_handover", "open_attendance", "open_staff",
        "open_shifts", "open_leave", "open_calendar_year", "open_handover_history",
    ],
)  # fmt: skip
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_dialog_has_unique_access_keys(qtbot, pane, qapp, wait_tasks, opener, language):
    from ui import i18n

    i18n.install(language, qapp)
    try:
        getattr(pane, opener)()
        dlg = _wait_dialog(qtbot, pane, wait_tasks)
        keys = _access_keys(dlg)
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}
        dlg.reject()
        qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)
    finally:
        i18n.install("en", qapp)


def test_access_keys_unique_across_the_window_on_the_roster(main_window, team):
    keys = _access_keys(main_window)
    for action in main_window.menuBar().actions():
        key = _access_key(action.text())
        if key:
            keys.setdefault(key, []).append(action.text())
    assert main_window.current_pane() is main_window.roster
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_export_menu_flow_writes_the_holiday_list(qtbot, pane, tmp_path, monkeypatch, wait_tasks):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.dialogs.roster_export import ExportRangeDialog

    target = tmp_path / "节假日值班表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pane.export()  # Ctrl+E: the menu under its button
    assert pane.export_menu.isVisible()
    pane.export_menu.hide()
    pane.act_holiday_xlsx.trigger()
    dlg = pane.findChild(ExportRangeDialog)
    assert dlg is not None and dlg.start.date() <= dlg.end.date()
    with qtbot.waitSignal(pane.export_finished, timeout=20000) as blocker:
        dlg.accept()
    assert blocker.args[0] == target and target.stat().st_size > 0
