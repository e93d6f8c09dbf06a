"""SLA clocks: concrete tickets and invariants over random legal event sequences."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsdesk.domain.enums import CalendarMode, ClockState, EventKind, TicketStatus
from opsdesk.domain.sla import CalendarData, ClockStatus, ContractProfile, TicketClocks
from opsdesk.domain.tickets import TicketEvent
from opsdesk.errors import InvalidTransition, UnknownPriority
from opsdesk.rules.lifecycle import LifecycleState, replay, step
from opsdesk.rules.profiles import GX_4LEVEL, NT_ONSITE
from opsdesk.rules.sla import compute_clocks
from opsdesk.rules.workdays import calendar_from_chinesecalendar

K, S = EventKind, ClockState
SH = ZoneInfo("Asia/Shanghai")
MIN, HOUR = timedelta(minutes=1), timedelta(hours=1)
T0 = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Beijing
GX_BIZ = replace(GX_4LEVEL, code="GX-BIZ", calendar=CalendarMode.BUSINESS)
NT_BIZ = replace(NT_ONSITE, code="NT-BIZ", calendar=CalendarMode.BUSINESS)
EMPTY = CalendarData()


@cache
def cn() -> CalendarData:
    return calendar_from_chinesecalendar(range(2024, 2027))


def ev(kind: EventKind, at: datetime, **payload: Any) -> TicketEvent:
    return TicketEvent(kind, at, payload)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH).astimezone(UTC)


def clocks(events: list[TicketEvent], now: datetime, profile: ContractProfile = GX_4LEVEL) -> TicketClocks:
    return compute_clocks(events, profile, cn(), now)


# ---- concrete tickets ----------------------------------------------------------------------------
def test_fresh_p1_on_24x7() -> None:
    c = clocks([ev(K.CREATED, T0, priority="P1")], T0 + 10 * MIN)
    assert c.respond.state is S.OK and c.respond.due == T0 + 15 * MIN
    assert c.respond.warn_at == T0 + 12 * MIN
    assert c.resolve.due == T0 + 4 * HOUR and c.resolve.remaining == 3 * HOUR + 50 * MIN
    assert c.arrive.state is S.NONE and c.arrive.due is None
    assert c.report.state is S.NOT_STARTED and c.report.due is None
    assert c.calendar_missing_years == ()
    late = clocks([ev(K.CREATED, T0, priority="P1")], T0 + 13 * MIN)
    assert late.respond.state is S.WARNING and late.worst() is S.WARNING
    over = clocks([ev(K.CREATED, T0, priority="P1")], T0 + 16 * MIN)
    assert over.respond.state is S.BREACHED and over.respond.remaining == -MIN
    assert over.respond.running


def test_respond_met_and_breached() -> None:
    base = [ev(K.CREATED, T0, priority="P1")]
    met = clocks([*base, ev(K.ACKNOWLEDGED, T0 + 15 * MIN)], T0 + 5 * HOUR)
    assert met.respond.state is S.MET and met.respond.stopped_at == T0 + 15 * MIN
    assert met.respond.warn_at is None and met.respond.remaining == timedelta(0)
    late = clocks([*base, ev(K.ACKNOWLEDGED, T0 + 16 * MIN)], T0 + 16 * MIN)
    assert late.respond.state is S.BREACHED and not late.respond.running
    assert late.resolve.state is S.OK


def test_nantong_arrive_clock() -> None:
    base = [ev(K.CREATED, T0, priority="P1"), ev(K.ACKNOWLEDGED, T0 + 5 * MIN)]
    running = clocks(base, T0 + 3 * HOUR + 13 * MIN, NT_ONSITE)
    assert running.arrive.state is S.WARNING and running.arrive.due == T0 + 4 * HOUR
    arrived = clocks([*base, ev(K.ARRIVED, T0 + 5 * HOUR)], T0 + 6 * HOUR, NT_ONSITE)
    assert arrived.arrive.state is S.BREACHED and arrived.arrive.elapsed == 5 * HOUR
    assert arrived.resolve.due == T0 + 24 * HOUR


def test_pause_freezes_arrive_and_resolve_not_respond() -> None:
    evs = [
        ev(K.CREATED, T0, priority="P1"),
        ev(K.ACKNOWLEDGED, T0 + 5 * MIN),
        ev(K.PAUSED, T0 + HOUR, reason="vendor"),
    ]
    c = clocks(evs, T0 + 3 * HOUR, NT_ONSITE)
    for cl in (c.arrive, c.resolve):
        assert cl.state is S.PAUSED and cl.paused == 2 * HOUR and cl.elapsed == HOUR
    assert c.arrive.due == T0 + 6 * HOUR  # if the pause ended now
    assert c.respond.paused == timedelta(0) and c.respond.state is S.MET
    resumed = clocks([*evs, ev(K.RESUMED, T0 + 3 * HOUR)], T0 + 4 * HOUR, NT_ONSITE)
    assert resumed.arrive.state is S.OK and resumed.arrive.paused == 2 * HOUR
    assert resumed.arrive.elapsed == 2 * HOUR and resumed.arrive.due == T0 + 6 * HOUR
    # an overdue clock stays breached while paused
    assert clocks(evs, T0 + 30 * HOUR, NT_ONSITE).resolve.state is S.PAUSED
    overdue = [*evs[:2], ev(K.PAUSED, T0 + 5 * HOUR, reason="vendor")]
    c = clocks(overdue, T0 + 7 * HOUR, NT_ONSITE)
    assert c.arrive.state is S.BREACHED and c.arrive.due == T0 + 4 * HOUR  # the pause came after the due


def test_priority_change_after_a_pause_keeps_the_paused_time() -> None:
    evs = [
        ev(K.CREATED, T0, priority="P4"),
        ev(K.ACKNOWLEDGED, T0 + 30 * MIN),
        ev(K.PAUSED, T0 + HOUR, reason="spare_part"),
        ev(K.RESUMED, T0 + 3 * HOUR),
    ]
    before = clocks(evs, T0 + 3 * HOUR + 30 * MIN)
    assert before.resolve.due == T0 + 50 * HOUR and before.resolve.paused == 2 * HOUR
    after = clocks([*evs, ev(K.PRIORITY_CHANGED, T0 + 3 * HOUR + 30 * MIN, **{"from": "P4", "to": "P1"})],
                   T0 + 3 * HOUR + 30 * MIN)  # fmt: skip
    assert after.resolve.paused == 2 * HOUR
    assert after.resolve.due == T0 + 6 * HOUR and after.resolve.target == 4 * HOUR
    assert after.resolve.elapsed == 90 * MIN and after.resolve.state is S.OK
    assert after.respond.target == 15 * MIN and after.respond.state is S.BREACHED  # judged by P1 now


def test_reopen_and_report_clock() -> None:
    evs = [
        ev(K.CREATED, T0, priority="P1"),
        ev(K.ACKNOWLEDGED, T0 + 5 * MIN),
        ev(K.RESOLVED, T0 + 2 * HOUR, fault={}),
    ]
    done = clocks(evs, T0 + 3 * HOUR)
    assert done.resolve.state is S.MET and done.resolve.elapsed == 2 * HOUR
    assert done.report.state is S.OK and done.report.start == T0 + 2 * HOUR
    assert done.report.due == T0 + 2 * HOUR + timedelta(days=3)
    assert clocks(evs, T0 + timedelta(days=4)).report.state is S.BREACHED

    reopened = [*evs, ev(K.CLOSED, T0 + 3 * HOUR), ev(K.REOPENED, T0 + 10 * HOUR)]
    c = clocks(reopened, T0 + 11 * HOUR)
    assert c.resolve.state is S.OK and c.resolve.paused == 8 * HOUR and c.resolve.elapsed == 3 * HOUR
    assert c.resolve.due == T0 + 12 * HOUR and c.resolve.stopped_at is None
    assert c.report.state is S.NOT_STARTED

    again = [*reopened, ev(K.RESOLVED, T0 + 11 * HOUR, fault={}), ev(K.REPORT_SUBMITTED, T0 + 30 * HOUR)]
    c = clocks(again, T0 + 40 * HOUR)
    assert c.resolve.state is S.MET and c.resolve.elapsed == 3 * HOUR
    assert c.resolve.stopped_at == T0 + 11 * HOUR
    assert c.report.start == T0 + 11 * HOUR and c.report.state is S.MET
    assert c.report.stopped_at == T0 + 30 * HOUR
    assert clocks(again, T0 + 40 * HOUR, replace(GX_4LEVEL, report_days=None)).report.state is S.NONE


def test_a_remote_fix_stops_the_arrive_clock() -> None:
    # Nantong on-site: acknowledged, fixed by telephone, closed; nobody ever arrived
    base = [ev(K.CREATED, T0, priority="P1"), ev(K.ACKNOWLEDGED, T0 + 5 * MIN)]
    fixed = [*base, ev(K.RESOLVED, T0 + 2 * HOUR, fault={}), ev(K.CLOSED, T0 + 3 * HOUR)]
    c = clocks(fixed, T0 + 30 * HOUR, NT_ONSITE)
    assert c.arrive.state is S.MET and c.arrive.stopped_at == T0 + 2 * HOUR
    assert c.arrive.elapsed == 2 * HOUR and not c.arrive.running
    late = [*base, ev(K.RESOLVED, T0 + 5 * HOUR, fault={})]  # past the 4-hour arrival target
    c = clocks(late, T0 + 30 * HOUR, NT_ONSITE)
    assert c.arrive.state is S.BREACHED and c.arrive.stopped_at == T0 + 5 * HOUR and not c.arrive.running
    # reopened and then visited: the arrival clock had already stopped at the remote fix
    visited = [*fixed, ev(K.REOPENED, T0 + 4 * HOUR), ev(K.ARRIVED, T0 + 6 * HOUR)]
    c = clocks(visited, T0 + 7 * HOUR, NT_ONSITE)
    assert c.arrive.state is S.MET and c.arrive.stopped_at == T0 + 2 * HOUR
    # an arrival before the fix is what counts
    arrived = [*base, ev(K.ARRIVED, T0 + HOUR), ev(K.RESOLVED, T0 + 2 * HOUR, fault={})]
    assert clocks(arrived, T0 + 3 * HOUR, NT_ONSITE).arrive.stopped_at == T0 + HOUR


def test_late_resolution_is_breached() -> None:
    evs = [ev(K.CREATED, T0, priority="P2"), ev(K.ACKNOWLEDGED, T0 + MIN), ev(K.RESOLVED, T0 + 9 * HOUR)]
    c = clocks(evs, T0 + 9 * HOUR)
    assert c.resolve.state is S.BREACHED and c.resolve.remaining == -HOUR
    assert c.worst() is S.BREACHED


def test_p1_at_friday_1850_on_the_business_calendar() -> None:
    created = local(2026, 3, 6, 18, 50)  # a Friday, 10 minutes before closing
    c = compute_clocks([ev(K.CREATED, created, priority="P1")], GX_BIZ, cn(), created + MIN)
    assert c.respond.due == local(2026, 3, 9, 8, 5)
    assert c.respond.warn_at == local(2026, 3, 9, 8, 2)
    assert c.resolve.due == local(2026, 3, 9, 11, 50)
    weekend = compute_clocks([ev(K.CREATED, created, priority="P1")], GX_BIZ, cn(), local(2026, 3, 8, 12))
    assert weekend.respond.state is S.OK and weekend.respond.elapsed == 10 * MIN


def test_business_clock_across_national_day_with_a_pause() -> None:
    created = local(2026, 9, 30, 18, 30)
    evs = [
        ev(K.CREATED, created, priority="P1"),
        ev(K.ACKNOWLEDGED, local(2026, 9, 30, 18, 40)),
        ev(K.PAUSED, local(2026, 9, 30, 18, 50), reason="client"),
        ev(K.RESUMED, local(2026, 10, 8, 9, 0)),  # 10 + 60 business minutes paused
    ]
    c = compute_clocks(evs, GX_BIZ, cn(), local(2026, 10, 8, 9, 30))
    assert c.respond.state is S.MET
    assert c.resolve.paused == 70 * MIN and c.resolve.elapsed == 50 * MIN
    assert c.resolve.due == local(2026, 10, 8, 12, 40)


def test_missing_calendar_years_are_reported() -> None:
    created = datetime(2031, 5, 6, 2, tzinfo=UTC)
    c = compute_clocks([ev(K.CREATED, created, priority="P4")], GX_BIZ, cn(), created + HOUR)
    assert c.calendar_missing_years == (2031,)
    assert c.respond.due == created + HOUR  # falls back to Monday–Friday
    assert (
        compute_clocks(
            [ev(K.CREATED, created, priority="P4")], GX_4LEVEL, cn(), created
        ).calendar_missing_years
        == ()
    )
    known = compute_clocks([ev(K.CREATED, T0, priority="P4")], GX_BIZ, cn(), T0 + HOUR)
    assert known.calendar_missing_years == ()


def test_bad_histories() -> None:
    with pytest.raises(ValueError):
        clocks([ev(K.ACKNOWLEDGED, T0)], T0)
    with pytest.raises(UnknownPriority):
        clocks([ev(K.CREATED, T0, priority="P9")], T0)
    # repeats are ignored: the first acknowledgement counts
    c = clocks(
        [ev(K.CREATED, T0, priority="P1"), ev(K.ACKNOWLEDGED, T0 + MIN), ev(K.ACKNOWLEDGED, T0 + HOUR)], T0
    )
    assert c.respond.stopped_at == T0 + MIN


def test_a_ten_event_history() -> None:
    # speed is measured in tests/bench; here only what the clocks say
    evs = [
        ev(K.CREATED, T0, priority="P3"),
        ev(K.ACKNOWLEDGED, T0 + 5 * MIN),
        ev(K.COMMENT, T0 + 6 * MIN, text="x"),
        ev(K.ARRIVED, T0 + 30 * MIN),
        ev(K.PAUSED, T0 + 40 * MIN, reason="vendor"),
        ev(K.RESUMED, T0 + 100 * MIN),
        ev(K.PRIORITY_CHANGED, T0 + 110 * MIN, **{"from": "P3", "to": "P1"}),
        ev(K.REASSIGNED, T0 + 120 * MIN, to="x"),
        ev(K.RESOLVED, T0 + 200 * MIN, fault={}),
        ev(K.CLOSED, T0 + 300 * MIN),
    ]
    c = compute_clocks(evs, GX_4LEVEL, EMPTY, T0 + 400 * MIN)
    assert c.respond.state is S.MET and c.respond.stopped_at == T0 + 5 * MIN
    assert c.arrive.state is S.NONE
    assert c.resolve.state is S.MET and c.resolve.target == 4 * HOUR  # judged by P1
    assert c.resolve.paused == HOUR and c.resolve.elapsed == 140 * MIN
    assert c.report.state is S.OK and c.report.due == T0 + 200 * MIN + timedelta(days=3)


# ---- properties over random legal histories ------------------------------------------------------
# COMMENT and ATTACHMENT are left out (REASSIGNED stands for the events that touch no clock): they
# would crowd out the events that matter.
CANDIDATES = [k for k in EventKind if k not in (K.CREATED, K.COMMENT, K.ATTACHMENT)]
gaps = st.one_of(
    st.timedeltas(timedelta(0), timedelta(hours=2)), st.timedeltas(timedelta(0), timedelta(hours=30))
)


def _payload(kind: EventKind, prio: str, draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    if kind is K.PRIORITY_CHANGED:
        to = draw(st.sampled_from(["P1", "P2", "P3", "P4"]))
        return {"from": prio, "to": to}, to
    if kind is K.PAUSED:
        return {"reason": "vendor"}, prio
    return {}, prio


@st.composite
def histories(draw: st.DrawFn, profile: ContractProfile) -> tuple[list[TicketEvent], datetime]:
    t = draw(st.datetimes(datetime(2025, 1, 1), datetime(2026, 12, 1), timezones=st.just(UTC)))
    prio = draw(st.sampled_from(profile.level_codes))
    events = [ev(K.CREATED, t, priority=prio)]
    state = step(LifecycleState(), K.CREATED)
    for _ in range(draw(st.integers(0, 12))):
        legal = []
        for k in CANDIDATES:
            if k is K.PRIORITY_CHANGED and len(profile.levels) == 1:
                continue
            with contextlib.suppress(InvalidTransition):
                legal.append((k, step(state, k)))
        kind, state = draw(st.sampled_from(legal))
        t = t + draw(gaps)
        payload, prio = _payload(kind, prio, draw)
        events.append(ev(kind, t, **payload))
    now = t + draw(st.timedeltas(timedelta(0), timedelta(days=4)))
    return events, now


PROFILES = [GX_4LEVEL, GX_BIZ, NT_ONSITE, NT_BIZ]


@st.composite
def tickets(draw: st.DrawFn) -> tuple[ContractProfile, list[TicketEvent], datetime]:
    profile = draw(st.sampled_from(PROFILES))
    events, now = draw(histories(profile))
    return profile, events, now


def _check(c: ClockStatus) -> None:
    if c.state is S.NONE:
        assert c.due is None and c.start is None
        return
    if c.state is S.NOT_STARTED:
        assert c.due is None and c.stopped_at is None
        return
    assert c.target is not None and c.start is not None and c.due is not None and c.remaining is not None
    assert c.remaining + c.elapsed == c.target
    assert c.due >= c.start
    assert c.paused >= timedelta(0) and c.elapsed >= timedelta(0)
    if c.stopped_at is not None:
        assert c.warn_at is None
        assert (c.state is S.MET) == (c.elapsed <= c.target)
        assert c.state in (S.MET, S.BREACHED) and not c.running
    else:
        assert c.running and c.warn_at is not None and c.warn_at <= c.due
        assert (c.state is S.BREACHED) == (c.remaining < timedelta(0))


@settings(deadline=None, max_examples=200)
@given(tickets())
def test_clock_invariants(ticket: tuple[ContractProfile, list[TicketEvent], datetime]) -> None:
    profile, events, now = ticket
    c = compute_clocks(events, profile, cn(), now)
    for cl in c:
        _check(cl)
    assert c.respond.paused == timedelta(0)
    paused_now = (
        any(e.kind is K.PAUSED for e in events)
        and [e.kind for e in events if e.kind in (K.PAUSED, K.RESUMED)][-1] is K.PAUSED
    )
    if paused_now:
        assert all(cl.state in (S.PAUSED, S.BREACHED) for cl in (c.arrive, c.resolve) if cl.running)


@settings(deadline=None, max_examples=200)
@given(tickets())
def test_nothing_but_report_runs_once_resolved_or_closed(
    ticket: tuple[ContractProfile, list[TicketEvent], datetime],
) -> None:
    profile, events, now = ticket
    if replay(events) not in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        return
    c = compute_clocks(events, profile, cn(), now)
    for cl in (c.respond, c.arrive, c.resolve):
        assert not cl.running, cl
        assert cl.state in (S.MET, S.BREACHED, S.NONE)


@settings(deadline=None, max_examples=150)
@given(tickets())
def test_pausing_never_makes_a_due_earlier(
    ticket: tuple[ContractProfile, list[TicketEvent], datetime],
) -> None:
    profile, events, now = ticket
    with_pauses = compute_clocks(events, profile, cn(), now)
    without = compute_clocks([e for e in events if e.kind not in (K.PAUSED, K.RESUMED)], profile, cn(), now)
    for a, b in zip(with_pauses, without, strict=True):
        if a.due is not None and b.due is not None:
            assert a.due >= b.due
        assert a.paused >= b.paused


@settings(deadline=None, max_examples=150)
@given(histories(GX_4LEVEL), st.sampled_from([GX_4LEVEL, GX_BIZ]), st.integers(1, 3))
def test_priority_change_to_larger_targets(history, profile: ContractProfile, step_down: int) -> None:
    events, now = history
    current = [e.payload.get("to") or e.payload.get("priority") for e in events
               if e.kind in (K.CREATED, K.PRIORITY_CHANGED)][-1]  # fmt: skip
    lower = f"P{min(4, int(current[1]) + step_down)}"  # P1 → P4: every target grows
    before = compute_clocks(events, profile, cn(), now)
    changed = [*events, ev(K.PRIORITY_CHANGED, events[-1].at, **{"from": current, "to": lower})]
    after = compute_clocks(changed, profile, cn(), now)
    for a, b in zip(before, after, strict=True):
        assert a.paused == b.paused
        if a.due is not None:
            assert b.due is not None and b.due >= a.due


@settings(deadline=None, max_examples=100)
@given(tickets(), st.data())
def test_independent_of_operator_and_recording_time(ticket, data: st.DataObject) -> None:
    profile, events, now = ticket
    noisy = [
        replace(
            e,
            id=data.draw(st.text(max_size=5)),
            operator_id=data.draw(st.none() | st.text(max_size=5)),
            operator_name=data.draw(st.text(max_size=5)),
            recorded_at=data.draw(st.none() | st.datetimes(timezones=st.just(UTC))),
            ticket_id="t",
        )
        for e in events
    ]
    assert compute_clocks(noisy, profile, cn(), now) == compute_clocks(events, profile, cn(), now)
