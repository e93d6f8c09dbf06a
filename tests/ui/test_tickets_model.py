"""The ticket list model: O(1) rows by id, in-place updates, badges from cached deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from opsdesk.domain.enums import ClockState, TicketStatus
from opsdesk.domain.tickets import TicketRow
from ui.models.tickets_model import (
    BADGE_ROLE,
    ID_ROLE,
    RISK_ROLE,
    Col,
    TicketsModel,
    badge_for,
    format_remaining,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
T = NOW.timestamp()


def row(
    i: int, *, status=TicketStatus.NEW, minutes_ago: int = 0, respond_done=None, paused=False
) -> TicketRow:
    created = NOW - timedelta(minutes=minutes_ago)
    return TicketRow(
        id=f"id{i}",
        code=f"A1-20261123-{i:03d}",
        priority="P1",
        title=f"大屏故障 {i}",
        room_name="指挥大厅",
        category="video_wall",
        status=status,
        created_at=created,
        assignee_name="",
        respond_due=created + timedelta(minutes=15),
        respond_warn=created + timedelta(minutes=12),
        respond_done=respond_done,
        arrive_due=None,
        arrive_warn=None,
        arrive_done=None,
        resolve_due=created + timedelta(hours=4),
        resolve_warn=created + timedelta(minutes=192),
        resolve_done=None,
        paused=paused,
    )


@pytest.fixture
def model(qapp, english):
    m = TicketsModel()
    m.now = T
    return m


def test_format_remaining() -> None:
    assert format_remaining(754) == "12:34"
    assert format_remaining(3 * 3600 + 754) == "3:12:34"
    assert format_remaining(-310) == "-0:05:10"
    assert format_remaining(-0.4) == "-0:00:00"


def test_badges(qapp, english) -> None:
    due, warn = T + 600, T - 60
    assert badge_for(due, T + 900, None, is_open=True, paused=False, now=T) == (ClockState.OK, "10:00")
    assert badge_for(due, warn, None, is_open=True, paused=False, now=T)[0] is ClockState.WARNING
    assert badge_for(T - 310, warn, None, is_open=True, paused=False, now=T) == (
        ClockState.BREACHED,
        "-0:05:10",
    )
    assert badge_for(due, warn, None, is_open=True, paused=True, now=T) == (ClockState.PAUSED, "⏸")
    assert badge_for(due, warn, "met", is_open=False, paused=False, now=T) == (ClockState.MET, "✓")
    assert badge_for(due, warn, "breached", is_open=False, paused=False, now=T) == (
        ClockState.BREACHED,
        "✗ late",
    )
    assert badge_for(None, None, None, is_open=True, paused=False, now=T) == (ClockState.NONE, "—")
    assert badge_for(due, warn, None, is_open=False, paused=False, now=T)[0] is ClockState.NONE


def test_rows_by_id_and_in_place_update(qtbot, model) -> None:
    model.set_rows([row(i) for i in range(5)])
    assert model.rowCount() == 5 and model.row_of("id3") == 3
    assert model.index(3, Col.TITLE).data() == "大屏故障 3"
    assert model.index(3, Col.STATUS).data() == "New"
    assert model.index(3, 0).data(ID_ROLE) == "id3"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as sig:
        new = model.update_rows([row(3, status=TicketStatus.ACKNOWLEDGED, respond_done="met"), row(9)])
    assert [r.id for r in new] == ["id9"]  # not held: returned, not inserted
    assert sig.args[0].row() == 3 and sig.args[1].row() == 3
    assert model.index(3, Col.STATUS).data() == "Acknowledged"
    assert model.index(3, Col.RESPOND).data() == "✓"
    assert resets == [] and model.rowCount() == 5
    model.insert_rows_at_top(new)
    assert model.rowCount() == 6 and model.row_of("id9") == 0 and model.row_of("id3") == 4


def test_risk_tint_follows_the_worst_running_clock(model) -> None:
    model.set_rows(
        [
            row(0),
            row(1, minutes_ago=13),
            row(2, minutes_ago=20),
            row(3, minutes_ago=20, respond_done="breached", status=TicketStatus.CLOSED),
        ]
    )
    risks = [model.index(i, 0).data(RISK_ROLE) for i in range(4)]
    assert risks == [ClockState.OK, ClockState.WARNING, ClockState.BREACHED, ClockState.OK]
    assert model.index(0, Col.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, Col.TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_tick_repaints_only_the_given_rows(qtbot, model) -> None:
    model.set_rows([row(i, minutes_ago=11) for i in range(1000)])
    for r in range(1000):  # painted once, as the view would
        model.index(r, 0).data(RISK_ROLE)
    model.tick(100, 140, T)
    spans = []
    model.dataChanged.connect(
        lambda tl, br, roles=(): spans.append((tl.row(), br.row(), tl.column(), br.column()))
    )
    model.tick(100, 140, T + 30)  # 11.5 min: under the warning point, only the badges change
    assert spans == [(100, 140, Col.RESPOND, Col.RESOLVE)]
    spans.clear()
    model.tick(100, 140, T + 90)  # 12.5 min: every visible row turns amber, repainted whole; others untouched
    assert spans[0] == (100, 140, Col.RESPOND, Col.RESOLVE)
    assert all(100 <= a <= b <= 140 for a, b, _c, _d in spans)
    assert len(spans) == 1 + 41
    assert model.index(120, Col.RESPOND).data(BADGE_ROLE) == (ClockState.WARNING, "02:30")


def test_the_due_instant_itself_is_not_late(model) -> None:
    """As opsdesk.rules.sla: breached strictly after due (remaining < 0), warning from the warn instant."""
    assert badge_for(T, T - 60, None, is_open=True, paused=False, now=T) == (ClockState.WARNING, "00:00")
    assert badge_for(T, T - 60, None, is_open=True, paused=False, now=T + 0.5)[0] is ClockState.BREACHED
    model.set_rows([row(0, minutes_ago=15)])  # respond due exactly now
    assert model.index(0, Col.RESPOND).data(BADGE_ROLE)[0] is ClockState.WARNING
    assert model.index(0, 0).data(RISK_ROLE) == ClockState.WARNING
    model.now = T + 1
    assert model.index(0, Col.RESPOND).data(BADGE_ROLE)[0] is ClockState.BREACHED
    assert model.index(0, 0).data(RISK_ROLE) == ClockState.BREACHED
