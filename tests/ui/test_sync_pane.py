"""The sync view on a real local replica: conflicts in words, pick local / remote / merge; changes the server
set aside with the reason in words, retry and discard; pending count and last sync; first-sync progress."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import tickets as ticket_service
from opsdesk.storage.models import Ticket
from opsdesk.storage.sync_models import SyncConflict, SyncOutbox
from opsdesk.sync.engine import SyncStatus
from opsdesk.timeutil import new_id, utcnow

T0 = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)


@pytest.fixture
def ticket(database):
    with database.session() as s:
        d = ticket_service.create_ticket(
            s,
            NewTicket(title="机房空调告警", priority="P3", category="hardware", description="原描述"),
            Actor(None, "", "A1"),
            profile_code="GX-4LEVEL",
        )
    return d


def _conflict(
    database, ticket, column: str, base, local, remote, kind: str = "edit", minutes: int = 0
) -> str:
    cid = new_id()
    with database.session() as s:
        s.add(
            SyncConflict(
                id=cid,
                updated_at=utcnow(),
                table_name="tickets",
                row_id=ticket.id,
                column_name=column,
                base_value=json.dumps(base, ensure_ascii=False),
                local_value=json.dumps(local, ensure_ascii=False),
                remote_value=json.dumps(remote, ensure_ascii=False),
                kind=kind,
                origin_console="B2",
                created_at=T0 + timedelta(minutes=minutes),
            )
        )
    return cid


def _rejected(database, ticket, reason: str = "lifecycle") -> str:
    op = new_id()
    with database.session() as s:
        s.add(
            SyncOutbox(
                op_id=op,
                table_name="ticket_events",
                row_id=new_id(),
                kind="insert",
                data=json.dumps({"ticket_id": ticket.id, "kind": "closed"}),
                base=None,
                created_at=T0,
                state="rejected",
                reason=reason,
                detail=json.dumps({"status": "closed"}),
            )
        )
    return op


@pytest.fixture
def pane(qtbot, state, supervisor, wait_tasks, database, ticket):
    from ui.panes.sync_pane import SyncPane

    state.set_operator(supervisor)
    p = SyncPane(state, None)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    wait_tasks(state.tasks)
    return p


def _reload(pane, wait_tasks):
    pane.refresh()
    wait_tasks(pane.tasks)


def test_empty_and_standalone(pane):
    assert pane.title() == "Sync"
    assert "standalone" in pane.state_text.text()
    assert pane.conflicts.rowCount() == 0 and pane.rejected.rowCount() == 0
    assert "No conflicts" in pane.conflict_title.text()
    assert not pane.pick_local.isEnabled() and not pane.retry.isEnabled()


def test_conflicts_in_words_and_pick_local(pane, database, ticket, wait_tasks):
    _conflict(database, ticket, "title", "机房空调告警", "机房空调告警（A1 改）", "机房空调告警（B2 改）")
    _reload(pane, wait_tasks)
    m = pane.conflicts
    assert m.rowCount() == 1
    row = [m.data(m.index(0, c)) for c in range(m.columnCount())]
    assert row[1] == "Ticket" and ticket.code in row[2] and row[3] == "Title"
    assert row[4:7] == ["机房空调告警", "机房空调告警（A1 改）", "机房空调告警（B2 改）"]
    assert row[7] == "B2"
    assert "“Title” was changed here and on console B2" in pane.conflict_title.text()
    assert pane.local_value.toPlainText() == "机房空调告警（A1 改）"
    assert pane.remote_value.toPlainText() == "机房空调告警（B2 改）"
    pane.pick_local.click()
    wait_tasks(pane.tasks)
    _reload(pane, wait_tasks)
    assert m.rowCount() == 0
    with database.session() as s:
        assert s.get(Ticket, ticket.id).title == "机房空调告警（A1 改）"
        c = s.query(SyncConflict).one()
        assert c.resolution == "local" and c.resolved_by is not None


def test_pick_remote_keeps_the_servers_value(pane, database, ticket, wait_tasks):
    with database.session() as s:
        s.get(Ticket, ticket.id).title = "B2 的标题"  # what the server kept, already pulled
    _conflict(database, ticket, "title", "机房空调告警", "A1 的标题", "B2 的标题")
    _reload(pane, wait_tasks)
    pane.pick_remote.click()
    wait_tasks(pane.tasks)
    with database.session() as s:
        assert s.get(Ticket, ticket.id).title == "B2 的标题"
        assert s.query(SyncConflict).one().resolution == "remote"


def test_merge_an_edited_text(pane, database, ticket, wait_tasks, qtbot):
    _conflict(
        database, ticket, "description", "原描述", "原描述，A1 补充：压缩机停", "原描述，B2 补充：已报修"
    )
    _reload(pane, wait_tasks)
    assert pane.merged.toPlainText() == "原描述，A1 补充：压缩机停"
    pane.merged.setPlainText("原描述，A1 补充：压缩机停；B2 补充：已报修")
    pane.merged.document().setModified(True)
    assert pane.has_unsaved_work()
    _reload(pane, wait_tasks)  # a reload (another console's change) keeps the text being merged
    assert pane.merged.toPlainText().endswith("B2 补充：已报修")
    pane.save_merged.click()
    wait_tasks(pane.tasks)
    assert not pane.has_unsaved_work()
    with database.session() as s:
        assert s.get(Ticket, ticket.id).description == "原描述，A1 补充：压缩机停；B2 补充：已报修"
        assert s.query(SyncConflict).one().resolution == "merged"


def test_a_conflict_decided_elsewhere_is_said_and_dropped(pane, database, ticket, wait_tasks):
    cid = _conflict(database, ticket, "title", "a", "b", "c")
    _reload(pane, wait_tasks)
    with database.session() as s:  # another console decided first (pulled meanwhile)
        s.get(SyncConflict, cid).resolved_at = utcnow()
        s.get(SyncConflict, cid).resolution = "remote"
    pane.pick_local.click()
    wait_tasks(pane.tasks)
    assert "already decided" in pane.message.text()
    wait_tasks(pane.tasks)
    assert pane.conflicts.rowCount() == 0


def test_set_aside_in_words_retry_and_discard(pane, database, ticket, wait_tasks, monkeypatch):
    first = _rejected(database, ticket, "lifecycle")
    _rejected(database, ticket, "deleted_ticket")
    _reload(pane, wait_tasks)
    m = pane.rejected
    assert m.rowCount() == 2
    reasons = [m.data(m.index(r, 4)) for r in range(2)]
    assert "does not allow this step" in reasons[0] and "deleted on another console" in reasons[1]
    assert m.data(m.index(0, 1)) == "Ticket event" and m.data(m.index(0, 3)) == "New record"
    assert pane.retry.isEnabled()
    pane.rejected_view.selectRow(0)
    pane.retry.click()
    wait_tasks(pane.tasks)
    with database.session() as s:
        states = {o.op_id: o.state for o in s.query(SyncOutbox)}
    assert first not in states and sorted(states.values()) == ["pending", "rejected"]
    assert pane.rejected.rowCount() == 1

    monkeypatch.setattr(
        QMessageBox, "open", lambda box: box.finished.emit(QMessageBox.StandardButton.Discard)
    )
    pane.rejected_view.selectRow(0)
    pane.discard_selected()
    wait_tasks(pane.tasks)
    with database.session() as s:
        assert [o.state for o in s.query(SyncOutbox)] == ["pending"]
    assert pane.rejected.rowCount() == 0 and "Nothing set aside" in pane.rejected_detail.text()


def test_status_pending_last_sync_and_first_sync_progress(pane, wait_tasks):
    pane.set_status(SyncStatus("syncing", pending=5, progress=(40_000, 100_000), last_sync=T0))
    assert "Waiting to be sent: 5" in pane.facts.text() and "2026-11-23 13:00" in pane.facts.text()
    assert pane.progress.isVisible() and pane.progress.value() == 40_000
    assert "40000 of 100000" in pane.progress.format()
    pane.set_status(SyncStatus("refused", reason="revoked"))
    assert "role revoked" in pane.state_text.text()
    assert pane.progress.isHidden()
    pane.set_status(SyncStatus("offline", offline_since=T0, pending=2))
    assert "Offline since 2026-11-23 13:00" in pane.state_text.text()
    wait_tasks(pane.tasks)


def test_screenshot(pane, database, ticket, wait_tasks, qtbot):
    _conflict(database, ticket, "title", "机房空调告警", "机房空调告警（A1 改）", "机房空调告警（B2 改）")
    _conflict(database, ticket, "reporter_phone", "", "13800000000", "13900000000", minutes=2)
    _rejected(database, ticket)
    _reload(pane, wait_tasks)
    pane.set_status(SyncStatus("offline", pending=3, conflicts=2, rejected=1, offline_since=T0, last_sync=T0))
    wait_tasks(pane.tasks)
    qtbot.wait(20)
    shots = os.environ.get("OPSDESK_SHOTS")
    if shots:
        pane.grab().save(os.path.join(shots, "sync_pane.png"))
    assert pane.conflicts.rowCount() == 2 and pane.rejected.rowCount() == 1
