"""The ticket desk pane, driven as an operator would: keyboard filing, event dialogs, search, filters, export."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from opsdesk.domain.enums import ClockState, EventKind, PauseReason, TicketStatus
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import tickets as ticket_service
from opsdesk.timeutil import utcnow
from ui.models.tickets_model import BADGE_COLUMNS, BADGE_ROLE, Col

K = EventKind


@pytest.fixture
def pane(qtbot, state, supervisor, wait_tasks):
    from ui.panes.tickets_pane import TicketsPane

    state.set_operator(supervisor)
    p = TicketsPane(state)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitExposed(p)
    wait_tasks(state.tasks)
    yield p
    if p.dialog is not None:
        p.dialog.reject()
    wait_tasks(state.tasks)


def _file(
    database,
    title: str,
    *,
    priority: str = "P3",
    description: str = "",
    minutes_ago: int = 0,
    actor: Actor | None = None,
) -> str:
    actor = actor or Actor(None, "", "A1")
    now = utcnow()
    with database.session() as s:
        d = ticket_service.create_ticket(
            s,
            NewTicket(title=title, priority=priority, category="hardware", description=description),
            actor,
            profile_code="GX-4LEVEL",
            at=now - timedelta(minutes=minutes_ago),
            now=now,
        )
    return d.id


def type_text(widget, text: str) -> None:
    """Chinese arrives as an input method's committed text (QTest's key clicks are ASCII only)."""
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def _reload(qtbot, pane) -> None:
    with qtbot.waitSignal(pane.rows_loaded, timeout=10000):
        pane.reload()


def _status_of(pane, ticket_id: str) -> str:
    row = pane.model.row_of(ticket_id)
    return pane.model.ticket_at(row).status


def test_pane_shows_itself_at_once_and_loads_on_the_worker(qtbot, state, supervisor, database, wait_tasks):
    from ui.panes.tickets_pane import TicketsPane

    for i in range(5):
        _file(database, f"显示器无信号 {i}")
    state.set_operator(supervisor)
    with qtbot.waitSignal(state.tasks.busy_changed, timeout=5000):
        p = TicketsPane(state)
    qtbot.addWidget(p)
    assert p.model.rowCount() == 0  # nothing read on the GUI thread
    assert p.loading_label.isVisibleTo(p)
    wait_tasks(state.tasks)
    assert p.model.rowCount() == 5
    assert not p.loading_label.isVisibleTo(p)
    assert p.count_label.text() == "5 ticket(s)"
    assert p.title() == "Tickets"


def test_file_a_p1_by_keyboard_only(qtbot, pane, wait_tasks):
    pane.new_ticket()
    form = pane.form
    assert form.title.hasFocus()
    assert form.priority.currentData() == "P3"  # the middle level by default
    type_text(form.title, "大屏第3行黑屏")
    qtbot.keyClick(form.title, Qt.Key.Key_Tab)
    assert form.description.hasFocus()
    type_text(form.description, "指挥大厅拼接大屏整行无图像")
    qtbot.keyClick(form.description, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert form.priority.currentData() == "P1"
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks(pane.tasks)
    qtbot.waitUntil(lambda: pane.selected_id() is not None, timeout=5000)

    row = pane.model.row_of(pane.selected_id())
    t = pane.model.ticket_at(row)
    assert (t.title, t.priority, t.status) == ("大屏第3行黑屏", "P1", TicketStatus.NEW)
    state, text = pane.model.index(row, Col.RESPOND).data(BADGE_ROLE)
    assert state is ClockState.OK and text[:3] in ("14:", "15:")
    state, text = pane.model.index(row, Col.RESOLVE).data(BADGE_ROLE)
    assert state is ClockState.OK and text[:5] in ("3:59:", "4:00:")
    # the form is clear for the next one, the detail shows the new ticket
    assert form.title.text() == "" and form.description.toPlainText() == ""
    assert pane.detail.detail is not None and pane.detail.detail.title == "大屏第3行黑屏"
    assert pane.side.currentWidget() is pane.detail


def test_validation_failure_keeps_every_typed_character(qtbot, pane, wait_tasks):
    pane.new_ticket()
    form = pane.form
    form.description.setPlainText("UPS 告警，电池组温度高")
    form.reporter_name.setText("𠮷田")
    form.reporter_phone.setText("call me")  # not a phone number
    form.submit()
    wait_tasks(pane.tasks)
    assert form.errors["title"].isVisibleTo(form)
    assert "required" in form.errors["title"].text()
    assert form.errors["reporter_phone"].isVisibleTo(form)
    assert form.description.toPlainText() == "UPS 告警，电池组温度高"
    assert form.reporter_name.text() == "𠮷田"
    assert pane.model.rowCount() == 0
    # a title of 300 characters is refused with its length, and kept as typed
    form.title.setText("长" * 300)
    form.reporter_phone.setText("0771-1234567")
    form.submit()
    wait_tasks(pane.tasks)
    assert "300" in form.errors["title"].text()
    assert form.title.text() == "长" * 300
    # typing clears the field's message; a valid title files it
    form.title.setText("UPS 电池组温度高")
    assert not form.errors["title"].isVisibleTo(form)
    form.submit()
    wait_tasks(pane.tasks)
    assert pane.model.rowCount() == 1
    assert pane.model.ticket_at(0).title == "UPS 电池组温度高"


def _run_dialog(qtbot, pane, kind: EventKind, fill=None) -> None:
    pane.open_event_dialog(kind)
    qtbot.waitUntil(lambda: pane.dialog is not None, timeout=5000)
    dlg = pane.dialog
    assert dlg.kind is kind
    if fill:
        fill(dlg)
    dlg.submit()
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)


def test_work_a_ticket_to_closed_through_the_dialogs(qtbot, pane, database, wait_tasks):
    tid = _file(database, "东机房精密空调高温告警", priority="P2", minutes_ago=30)
    _file(database, "打印机卡纸")
    _reload(qtbot, pane)
    assert pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    assert pane.detail.detail.id == tid
    n = pane.model.rowCount()
    row = pane.model.row_of(tid)
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    # only what the lifecycle allows is enabled
    assert pane.detail.actions["acknowledge"].isEnabled()
    assert not pane.detail.actions["resolve"].isEnabled()
    assert not pane.detail.actions["close"].isEnabled()

    _run_dialog(qtbot, pane, K.ACKNOWLEDGED, lambda d: d.set_at(utcnow() - timedelta(minutes=20)))
    wait_tasks(pane.tasks)
    assert _status_of(pane, tid) is TicketStatus.ACKNOWLEDGED
    assert pane.model.index(row, Col.RESPOND).data(BADGE_ROLE)[0] is ClockState.MET

    _run_dialog(qtbot, pane, K.ARRIVED)
    _run_dialog(
        qtbot,
        pane,
        K.PAUSED,
        lambda d: d.reason.setCurrentIndex(d.reason.findData(PauseReason.SPARE_PART.value)),
    )
    wait_tasks(pane.tasks)
    assert _status_of(pane, tid) is TicketStatus.PAUSED
    assert pane.model.index(row, Col.RESOLVE).data(BADGE_ROLE)[0] is ClockState.PAUSED
    assert pane.detail.actions["pause"].text() == "Resume"

    _run_dialog(qtbot, pane, K.RESUMED)

    def fault(d):
        d.fault["level"].setText("二级")
        d.fault["cause"].setPlainText("压缩机过载保护")
        d.fault["handling"].setPlainText("更换压缩机启动电容")
        d.fault["result"].setPlainText("温度恢复正常")
        d.fault["part_model"].setText("CBB65 45μF")
        d.fault["part_serial"].setText("SN-2026-0042")

    _run_dialog(qtbot, pane, K.RESOLVED, fault)
    _run_dialog(qtbot, pane, K.CLOSED, lambda d: d.note.setPlainText("报修人确认"))
    wait_tasks(pane.tasks)

    assert _status_of(pane, tid) is TicketStatus.CLOSED
    assert pane.model.rowCount() == n and pane.model.row_of(tid) == row  # updated in place
    assert resets == []
    d = pane.detail.detail
    assert [e.kind for e in d.events] == [
        K.CREATED,
        K.ACKNOWLEDGED,
        K.ARRIVED,
        K.PAUSED,
        K.RESUMED,
        K.RESOLVED,
        K.CLOSED,
    ]
    assert d.events[3].payload["reason"] == "spare_part"
    assert d.fault.part_serial == "SN-2026-0042"
    assert pane.detail.actions["reopen"].isEnabled() and pane.detail.actions["report"].isEnabled()
    assert pane.detail.timeline.rowCount() == 7


def test_a_refused_event_keeps_the_dialog_and_its_text(qtbot, pane, database, wait_tasks):
    tid = _file(database, "会议终端无法入会", minutes_ago=5)
    _reload(qtbot, pane)
    pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    _run_dialog(qtbot, pane, K.ACKNOWLEDGED)
    wait_tasks(pane.tasks)
    pane.open_event_dialog(K.RESOLVED)
    dlg = pane.dialog
    dlg.fault["cause"].setPlainText("网络抖动")  # handling and result left empty: both required
    dlg.submit()
    wait_tasks(pane.tasks)
    assert pane.dialog is dlg and dlg.isVisible()
    assert dlg.errors["fault.handling"].isVisibleTo(dlg) and dlg.errors["fault.result"].isVisibleTo(dlg)
    assert dlg.fault["cause"].toPlainText() == "网络抖动"
    # a time before the ticket existed: the service refuses, the dialog says so next to the time
    dlg.fault["handling"].setPlainText("重启终端")
    dlg.fault["result"].setPlainText("已入会")
    dlg.set_at(utcnow() - timedelta(days=2))
    dlg.submit()
    wait_tasks(pane.tasks)
    assert pane.dialog is dlg
    assert dlg.errors["at"].isVisibleTo(dlg)
    assert dlg.fault["handling"].toPlainText() == "重启终端"
    dlg.earlier.setChecked(False)
    dlg.submit()
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)
    wait_tasks(pane.tasks)
    assert _status_of(pane, tid) is TicketStatus.RESOLVED


def test_search_finds_chinese_substrings(qtbot, pane, database, wait_tasks):
    _file(database, "大屏第2行多块屏无信号")
    _file(database, "东机房告警", description="精密空调回风温度高于设定值")
    _file(database, "打印机卡纸")
    _reload(qtbot, pane)
    assert pane.model.rowCount() == 3
    with qtbot.waitSignal(pane.rows_loaded, timeout=5000):
        type_text(pane.search, "大屏")  # two characters: below the trigram index, still found
    assert [r.title for r in pane.model.rows()] == ["大屏第2行多块屏无信号"]
    pane.search.clear()
    with qtbot.waitSignal(pane.rows_loaded, timeout=5000):
        type_text(pane.search, "精密空调")
    assert [r.title for r in pane.model.rows()] == ["东机房告警"]
    assert pane.count_label.text() == "1 ticket(s)"


def test_stale_search_answers_are_dropped(qtbot, pane, database, wait_tasks, monkeypatch):
    _file(database, "大屏黑屏")
    _file(database, "打印机卡纸")
    # hold the queries instead of queueing them, to answer them in the wrong order (the one worker
    # never would, but a slow query and a fast one on a server connection can)
    held = []
    monkeypatch.setattr(
        pane.tasks, "read", lambda fn, on_done=None, on_error=None, **kw: held.append((fn, on_done))
    )
    pane.search.setText("大屏")
    pane.reload()
    first_query, first_done = held[-1]
    with database.session() as s:
        first_answer = first_query(s)  # answered while still the newest query
    assert [r.title for r in first_answer[0]] == ["大屏黑屏"]
    pane.search.setText("打印")
    pane.reload()
    second_query, second_done = held[-1]
    with database.session() as s:
        second_done(second_query(s))
    first_done(first_answer)  # the older answer arrives last: it must not replace the newer one
    assert [r.title for r in pane.model.rows()] == ["打印机卡纸"]


def test_big_loads_freeze_nothing_and_leave_the_collector_on(qtbot, pane, database, wait_tasks, monkeypatch):
    import gc

    import ui.panes.tickets_pane as tickets_pane

    _file(database, "大屏黑屏")
    monkeypatch.setattr(tickets_pane, "_BIG", 0)  # every list counts as big
    frozen = gc.get_freeze_count()
    _reload(qtbot, pane)
    # frozen objects are never collected again: over a 24x7 shift cyclic garbage would pile up
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()

    def broken(s, f):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(tickets_pane.ticket_service, "list_rows", broken)
    pane.reload()
    wait_tasks(pane.tasks)
    assert gc.isenabled()  # paused only while building, even when building fails


def test_at_risk_filter_and_alarm_counts(qtbot, pane, database, wait_tasks):
    late = _file(database, "核心交换机端口闪断", priority="P1", minutes_ago=20)  # respond 15 min: breached
    risky = _file(database, "视频会议无声音", priority="P1", minutes_ago=13)  # past 80 % of 15 min
    _file(database, "打印机卡纸", priority="P4")
    counts = []
    pane.alarm_counts.connect(lambda a, b: counts.append((a, b)))
    _reload(qtbot, pane)
    pane.refresh_risk_counts()
    wait_tasks(pane.tasks)
    assert counts[-1] == (2, 1)
    pane.show_at_risk()
    wait_tasks(pane.tasks)
    assert {r.id for r in pane.model.rows()} == {late, risky}
    red = pane.model.index(pane.model.row_of(late), Col.TITLE).data(Qt.ItemDataRole.BackgroundRole)
    amber = pane.model.index(pane.model.row_of(risky), Col.TITLE).data(Qt.ItemDataRole.BackgroundRole)
    assert red is not None and amber is not None and red.color() != amber.color()
    state, text = pane.model.index(pane.model.row_of(late), Col.RESPOND).data(BADGE_ROLE)
    assert state is ClockState.BREACHED and text.startswith("-0:0")
    pane.risk_filter.setCurrentIndex(pane.risk_filter.findData("breached"))
    wait_tasks(pane.tasks)
    assert [r.id for r in pane.model.rows()] == [late]


def test_export_xlsx_and_csv(qtbot, pane, database, wait_tasks, tmp_path):
    from openpyxl import load_workbook

    _file(database, "西机房UPS告警", priority="P2")
    _file(database, "电子席卡显示乱码")
    _reload(qtbot, pane)
    with qtbot.waitSignal(pane.export_finished, timeout=10000) as got:
        pane.export_to(tmp_path / "list.xlsx", "xlsx")
    assert got.args == [2]
    ws = load_workbook(tmp_path / "list.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Priority", "Title")
    assert {r[2] for r in rows[1:]} == {"西机房UPS告警", "电子席卡显示乱码"}
    assert rows[1][5] == "New"  # statuses in the operator's words
    with qtbot.waitSignal(pane.export_finished, timeout=10000):
        pane.export_to(tmp_path / "list.csv", "csv")
    raw = (tmp_path / "list.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Chinese
    with (tmp_path / "list.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][0] == "Code" and {r[2] for r in table[1:]} == {"西机房UPS告警", "电子席卡显示乱码"}


def test_export_has_every_clock_as_the_list_shows_it(qtbot, pane, database, wait_tasks, tmp_path):
    from ui.exporting import export_headers
    from ui.labels import clock_state_name, time_text

    _file(database, "核心交换机端口闪断", priority="P1", minutes_ago=20)  # respond breached
    _file(database, "视频会议无声音", priority="P1", minutes_ago=13)  # respond at risk
    _file(database, "打印机卡纸", priority="P4")
    _reload(qtbot, pane)
    with qtbot.waitSignal(pane.export_finished, timeout=10000):
        pane.export_to(tmp_path / "list.csv", "csv")
    with (tmp_path / "list.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    head = table[0]
    assert head == export_headers() and "On site due" in head and "Resolve state" in head
    by_code = {r[0]: dict(zip(head, r, strict=True)) for r in table[1:]}
    seen = set()
    for r in range(pane.model.rowCount()):
        t = pane.model.ticket_at(r)
        got = by_code[t.code]
        assert got["On site due"] == (time_text(t.arrive_due) if t.arrive_due else "")
        for col, name in (
            (Col.RESPOND, "Respond state"),
            (Col.ARRIVE, "On site state"),
            (Col.RESOLVE, "Resolve state"),
        ):
            state = pane.model.index(r, col).data(BADGE_ROLE)[0]
            assert got[name] == ("" if state is ClockState.NONE else clock_state_name(state))
            seen.add(state)
    assert {ClockState.BREACHED, ClockState.WARNING, ClockState.OK} <= seen


def test_badge_repaint_touches_only_visible_rows(qtbot, pane, database, wait_tasks):
    for i in range(120):
        _file(database, f"终端故障 {i:03d}")
    _reload(qtbot, pane)
    pane.view.resize(pane.view.width(), 300)
    QApplication.processEvents()
    first, last = pane.visible_rows()
    assert 0 <= first < last < 60
    spans: list[tuple[int, int, int, int]] = []
    pane.model.dataChanged.connect(
        lambda tl, br, roles=(): spans.append((tl.row(), br.row(), tl.column(), br.column()))
    )
    pane._tick()
    assert spans
    for top, bottom, left, right in spans:
        assert first <= top <= bottom <= last
        assert (left, right) == (min(BADGE_COLUMNS), max(BADGE_COLUMNS))


def test_language_change_keeps_typed_text(qtbot, pane):
    pane.new_ticket()
    pane.form.title.setText("无人机图传中断")
    pane.search.setText("图传")
    QApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    pane.retranslate()
    assert pane.form.title.text() == "无人机图传中断"
    assert pane.search.text() == "图传"
    assert pane.has_unsaved_work()


def test_attachment_added_and_saved(qtbot, pane, database, wait_tasks, tmp_path):
    tid = _file(database, "布控球离线")
    _reload(qtbot, pane)
    pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    src = tmp_path / "现场照片.jpg"
    src.write_bytes(b"\xff\xd8jpeg" * 100)
    pane.attach_file(src)
    wait_tasks(pane.tasks)
    qtbot.waitUntil(lambda: pane.detail.detail is not None and len(pane.detail.detail.attachments) == 1)
    att = pane.detail.detail.attachments[0]
    assert att.filename == "现场照片.jpg" and att.size == 600
    out = tmp_path / "copy.jpg"
    pane.save_attachment_to(att, out)
    wait_tasks(pane.tasks)
    qtbot.waitUntil(out.exists)
    assert out.read_bytes() == src.read_bytes()


def test_report_dialog_saves_the_edited_report(qtbot, pane, database, wait_tasks):
    from dataclasses import fields

    from opsdesk.domain.reports import FaultReportContent

    tid = _file(database, "音响啸叫", minutes_ago=60)
    actor = Actor(None, "", "A1")
    with database.session() as s:
        ticket_service.add_event(s, tid, K.ACKNOWLEDGED, actor)
        ticket_service.add_event(
            s, tid, K.RESOLVED, actor, payload={"fault": {"handling": "调整均衡器", "result": "啸叫消除"}}
        )
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("all"))  # resolved: not "open"
    wait_tasks(pane.tasks)
    assert pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    assert pane.detail.actions["report"].isEnabled()
    pane.open_report()
    dlg = pane.dialog
    wait_tasks(pane.tasks)
    assert dlg.save_button.isEnabled()
    name = next(f.name for f in fields(FaultReportContent) if f.name in dlg.fields)
    w = dlg.fields[name]
    setter = getattr(w, "setPlainText", None) or w.setText
    setter("编辑后的内容")
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        dlg.save()
    with database.session() as s:
        assert getattr(ticket_service.report_content(s, tid), name) == "编辑后的内容"


def test_report_export_pdf_stops_the_report_clock(qtbot, pane, database, wait_tasks, tmp_path):
    tid = _file(database, "西机房UPS旁路告警", minutes_ago=90)
    actor = Actor(None, "", "A1")
    with database.session() as s:
        ticket_service.add_event(s, tid, K.ACKNOWLEDGED, actor)
        ticket_service.add_event(
            s,
            tid,
            K.RESOLVED,
            actor,
            payload={"fault": {"handling": "更换电池模块", "result": "恢复市电供电"}},
        )
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("all"))
    wait_tasks(pane.tasks)
    assert pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    due_row = [pane.detail.clocks.item(3, c).text() for c in range(3)]
    assert due_row[0] == "Fault report" and due_row[2].startswith("20")  # its due time is shown
    pane.open_report()
    dlg = pane.dialog
    wait_tasks(pane.tasks)
    dlg.fields["prevention"].setPlainText("每季度检查电池内阻")
    out = tmp_path / "报告.pdf"
    with qtbot.waitSignal(dlg.exported, timeout=60000):
        dlg.export_pdf(out)
    wait_tasks(pane.tasks)
    assert out.read_bytes().startswith(b"%PDF")
    with database.session() as s:
        d = ticket_service.get_detail(s, tid)
        assert d.clocks.report.state is ClockState.MET
        assert d.events[-1].kind is K.REPORT_SUBMITTED
        assert ticket_service.report_content(s, tid).prevention == "每季度检查电池内阻"


def _report_dialog(pane, database, wait_tasks):
    tid = _file(database, "西机房UPS旁路告警", minutes_ago=90)
    actor = Actor(None, "", "A1")
    with database.session() as s:
        ticket_service.add_event(s, tid, K.ACKNOWLEDGED, actor)
        fault = {"handling": "更换电池模块", "result": "恢复市电供电"}
        ticket_service.add_event(s, tid, K.RESOLVED, actor, payload={"fault": fault})
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("all"))
    wait_tasks(pane.tasks)
    assert pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    pane.open_report()
    wait_tasks(pane.tasks)
    return tid, pane.dialog


def _report_clock(database, tid: str) -> ClockState:
    with database.session() as s:
        return ticket_service.get_detail(s, tid).clocks.report.state


def test_report_export_refused_text_writes_no_pdf_and_keeps_the_clock(
    qtbot, pane, database, wait_tasks, tmp_path
):
    tid, dlg = _report_dialog(pane, database, wait_tasks)
    before = _report_clock(database, tid)
    too_long = "很长" * 3000
    dlg.fields["cause"].setPlainText(too_long)
    out = tmp_path / "报告.pdf"
    dlg.export_pdf(out)
    wait_tasks(pane.tasks)
    assert not out.exists()  # validated before the PDF is built
    assert dlg.errors["cause"].isVisible() and "too long" in dlg.errors["cause"].text()
    assert dlg.fields["cause"].toPlainText() == too_long and dlg.export_button.isEnabled()
    assert _report_clock(database, tid) is before is not ClockState.MET


def test_report_export_pdf_failure_is_told_and_keeps_the_clock(qtbot, pane, database, wait_tasks, tmp_path):
    tid, dlg = _report_dialog(pane, database, wait_tasks)
    dlg.fields["prevention"].setPlainText("每季度检查电池内阻")
    dlg.export_pdf(tmp_path / "no-such-folder" / "报告.pdf")
    wait_tasks(pane.tasks)
    assert dlg.error.isVisible() and dlg.error.text()
    assert dlg.isVisible() and dlg.fields["prevention"].toPlainText() == "每季度检查电池内阻"
    assert _report_clock(database, tid) is not ClockState.MET  # no PDF: the report is not submitted
    with database.session() as s:
        assert ticket_service.report_content(s, tid).prevention == "每季度检查电池内阻"  # the text is kept


def test_report_pdf_library_is_imported_off_the_gui_thread(
    qtbot, pane, database, wait_tasks, tmp_path, monkeypatch
):
    import sys
    import threading

    name = "opsdesk.documents.fault_report"
    monkeypatch.delitem(sys.modules, name, raising=False)
    where = []

    class Spy:
        def find_spec(self, fullname, path=None, target=None):
            if fullname == name:
                where.append(threading.current_thread() is threading.main_thread())
            return None

    monkeypatch.setattr(sys, "meta_path", [Spy(), *sys.meta_path])
    _tid, dlg = _report_dialog(pane, database, wait_tasks)
    with qtbot.waitSignal(dlg.exported, timeout=60000):
        dlg.export_pdf(tmp_path / "报告.pdf")
    assert where == [False]


def test_single_keys_act_in_the_list_but_type_in_the_search_box(qtbot, pane, database, wait_tasks):
    tid = _file(database, "单兵设备无法对讲", minutes_ago=2)
    _reload(qtbot, pane)
    pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "a")  # typing, not acknowledging
    assert pane.dialog is None and pane.search.text() == "a"
    pane.search.clear()
    wait_tasks(pane.tasks)
    pane.select_ticket(tid)
    wait_tasks(pane.tasks)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_A)
    assert pane.dialog is not None and pane.dialog.kind is K.ACKNOWLEDGED
    qtbot.waitActive(pane.dialog)  # the dialog opened on top, as on the console
    qtbot.waitUntil(pane.dialog.note.hasFocus, timeout=2000)
    qtbot.keyClick(pane.dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)
    wait_tasks(pane.tasks)
    assert _status_of(pane, tid) is TicketStatus.ACKNOWLEDGED
    pane.activateWindow()  # a window manager does this when the dialog closes; offscreen Qt does not
    qtbot.waitUntil(pane.view.hasFocus, timeout=2000)  # back in the list after the dialog
    qtbot.keyClick(pane.view, Qt.Key.Key_R)  # resolve: allowed now
    assert pane.dialog is not None and pane.dialog.kind is K.RESOLVED
    qtbot.keyClick(pane.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=5000)
    pane.activateWindow()
    qtbot.waitUntil(pane.view.hasFocus, timeout=2000)
    qtbot.keyClick(pane.view, Qt.Key.Key_C)  # close: not allowed before resolving, nothing opens
    assert pane.dialog is None
