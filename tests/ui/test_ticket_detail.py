"""The detail view's clocks: running clocks count down each second; a paused one says since when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from opsdesk.domain.enums import ClockState, EventKind
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import tickets as ticket_service
from ui.labels import clock_state_name as name

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
RESPOND, ARRIVE, RESOLVE = 0, 1, 2
STATE, DUE, LEFT = 1, 2, 3


@pytest.fixture
def view(qtbot, english):
    from ui.widgets.ticket_detail import TicketDetailView

    v = TicketDetailView()
    qtbot.addWidget(v)
    v.resize(700, 600)
    v.show()
    return v


def _ticket(database, *events: tuple[EventKind, int]) -> str:
    """A P2 (respond 30 min, resolve 8 h) filed an hour before NOW; events at minutes after filing."""
    actor = Actor(None, "", "A1")
    filed = NOW - timedelta(hours=1)
    with database.session() as s:
        d = ticket_service.create_ticket(
            s,
            NewTicket(title="东机房精密空调高温", priority="P2", category="machine_room"),
            actor,
            profile_code="GX-4LEVEL",
            at=filed,
            now=filed,
        )
        for kind, minutes in events:
            payload = {"reason": "spare_part"} if kind is EventKind.PAUSED else {}
            at = filed + timedelta(minutes=minutes)
            ticket_service.add_event(s, d.id, kind, actor, payload=payload, at=at, now=NOW)
    return d.id


def _detail(database, tid: str):
    with database.session() as s:
        return ticket_service.get_detail(s, tid, now=NOW)


def _text(view, row: int, col: int) -> str:
    return view.clocks.item(row, col).text()


def test_running_clock_counts_down_each_tick(view, database) -> None:
    d = _detail(database, _ticket(database, (EventKind.ACKNOWLEDGED, 5)))
    view.set_detail(d)
    view.tick(NOW)
    due = _text(view, RESOLVE, DUE)
    assert due == "2026-11-23 17:00" and _text(view, RESOLVE, LEFT) == "7:00:00"
    assert _text(view, RESOLVE, STATE) == name(ClockState.OK)
    view.tick(NOW + timedelta(seconds=61))
    assert _text(view, RESOLVE, LEFT) == "6:58:59"
    assert _text(view, RESOLVE, DUE) == due
    view.tick(NOW + timedelta(hours=6, minutes=30))  # past 80 % of 8 h
    assert _text(view, RESOLVE, STATE) == name(ClockState.WARNING)
    view.tick(NOW + timedelta(hours=7, seconds=5))
    assert _text(view, RESOLVE, LEFT) == "-0:00:05" and _text(view, RESOLVE, STATE) == name(
        ClockState.BREACHED
    )
    assert (
        _text(view, RESPOND, STATE) == name(ClockState.MET) and _text(view, RESPOND, LEFT) == "25:00"
    )  # stopped


def test_paused_clock_shows_since_when_and_no_stale_due(view, database) -> None:
    # filed 09:00 Shanghai time, acknowledged 09:05, paused 09:30; NOW is 10:00
    tid = _ticket(database, (EventKind.ACKNOWLEDGED, 5), (EventKind.PAUSED, 30))
    view.set_detail(_detail(database, tid))
    view.tick(NOW)
    assert _text(view, RESOLVE, STATE) == "Paused since 09:30"
    assert _text(view, RESOLVE, DUE) == "— (paused)"
    left = _text(view, RESOLVE, LEFT)
    assert left == "7:30:00"  # 8 h less the 30 min run before the pause
    view.tick(NOW + timedelta(minutes=10))
    assert _text(view, RESOLVE, LEFT) == left  # frozen while paused
    assert _text(view, RESOLVE, STATE) == "Paused since 09:30"
    assert _text(view, RESPOND, STATE) == name(ClockState.MET)  # a pause never touches respond
    view.tick(NOW + timedelta(days=1))
    assert _text(view, RESOLVE, STATE) == "Paused since 2026-11-23 09:30"  # another day: with the date

    # resumed: counts down again from the due the engine gives
    tid2 = _ticket(database, (EventKind.ACKNOWLEDGED, 5), (EventKind.PAUSED, 30), (EventKind.RESUMED, 50))
    view.set_detail(_detail(database, tid2))
    view.tick(NOW)
    assert _text(view, RESOLVE, DUE) == "2026-11-23 17:20"
    assert _text(view, RESOLVE, LEFT) == "7:20:00" and _text(view, RESOLVE, STATE) == name(ClockState.OK)


def test_the_due_instant_itself_is_not_late_as_in_the_core(view, database) -> None:
    tid = _ticket(database, (EventKind.ACKNOWLEDGED, 5))
    d = _detail(database, tid)
    view.set_detail(d)
    due = d.clocks.resolve.due
    assert due is not None
    with database.session() as s:
        core = ticket_service.get_detail(s, tid, now=due).clocks.resolve.state
    assert core is ClockState.WARNING  # opsdesk.rules.sla: breached only when remaining < 0
    view.tick(due)
    assert _text(view, RESOLVE, STATE) == name(core) and _text(view, RESOLVE, LEFT) == "00:00"
    view.tick(due + timedelta(seconds=1))
    assert _text(view, RESOLVE, STATE) == name(ClockState.BREACHED)
