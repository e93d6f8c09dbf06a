"""Ticket lifecycle: which event each status allows, and where it leads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsdesk.domain.enums import EventKind, TicketStatus
from opsdesk.domain.tickets import TicketEvent
from opsdesk.errors import InvalidTransition
from opsdesk.rules.lifecycle import LifecycleState, next_status, replay, replay_state, step

K, S = EventKind, TicketStatus
T0 = datetime(2026, 3, 4, 2, tzinfo=UTC)


def history(*kinds: EventKind) -> list[TicketEvent]:
    return [TicketEvent(k, T0 + timedelta(minutes=i)) for i, k in enumerate(kinds)]


def status(*kinds: EventKind) -> TicketStatus:
    return replay(history(K.CREATED, *kinds))


def test_happy_path() -> None:
    assert status() is S.NEW
    assert status(K.ACKNOWLEDGED) is S.ACKNOWLEDGED
    assert status(K.ACKNOWLEDGED, K.ARRIVED) is S.ON_SITE
    assert status(K.ACKNOWLEDGED, K.ARRIVED, K.RESOLVED) is S.RESOLVED
    assert status(K.ACKNOWLEDGED, K.ARRIVED, K.RESOLVED, K.CLOSED) is S.CLOSED
    assert status(K.ACKNOWLEDGED, K.RESOLVED) is S.RESOLVED  # remote fix


def test_reopen_goes_back_to_where_the_engineer_was() -> None:
    assert status(K.ACKNOWLEDGED, K.ARRIVED, K.RESOLVED, K.CLOSED, K.REOPENED) is S.ON_SITE
    assert status(K.ACKNOWLEDGED, K.RESOLVED, K.REOPENED) is S.ACKNOWLEDGED
    assert status(K.ACKNOWLEDGED, K.RESOLVED, K.REOPENED, K.ARRIVED) is S.ON_SITE  # first arrival
    state = replay_state(history(K.CREATED, K.ACKNOWLEDGED, K.ARRIVED, K.RESOLVED))
    assert state == LifecycleState(S.RESOLVED, acknowledged=True, arrived=True)


def test_pause_resumes_to_the_previous_status() -> None:
    assert status(K.ACKNOWLEDGED, K.PAUSED) is S.PAUSED
    assert status(K.ACKNOWLEDGED, K.PAUSED, K.RESUMED) is S.ACKNOWLEDGED
    assert status(K.ACKNOWLEDGED, K.ARRIVED, K.PAUSED, K.COMMENT, K.RESUMED) is S.ON_SITE
    assert status(K.ACKNOWLEDGED, K.PAUSED, K.PRIORITY_CHANGED, K.REASSIGNED, K.RESUMED) is S.ACKNOWLEDGED


@pytest.mark.parametrize(
    ("kinds", "bad_status", "bad_kind"),
    [
        ((K.RESOLVED,), S.NEW, K.RESOLVED),  # acknowledge first
        ((K.ARRIVED,), S.NEW, K.ARRIVED),
        ((K.PAUSED,), S.NEW, K.PAUSED),
        ((K.ACKNOWLEDGED, K.ACKNOWLEDGED), S.ACKNOWLEDGED, K.ACKNOWLEDGED),
        ((K.ACKNOWLEDGED, K.ARRIVED, K.ARRIVED), S.ON_SITE, K.ARRIVED),
        ((K.ACKNOWLEDGED, K.ARRIVED, K.RESOLVED, K.REOPENED, K.ARRIVED), S.ON_SITE, K.ARRIVED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.REOPENED, K.ACKNOWLEDGED), S.ACKNOWLEDGED, K.ACKNOWLEDGED),
        ((K.ACKNOWLEDGED, K.PAUSED, K.PAUSED), S.PAUSED, K.PAUSED),
        ((K.ACKNOWLEDGED, K.PAUSED, K.RESOLVED), S.PAUSED, K.RESOLVED),
        ((K.ACKNOWLEDGED, K.RESUMED), S.ACKNOWLEDGED, K.RESUMED),
        ((K.ACKNOWLEDGED, K.CLOSED), S.ACKNOWLEDGED, K.CLOSED),
        ((K.ACKNOWLEDGED, K.REOPENED), S.ACKNOWLEDGED, K.REOPENED),
        ((K.ACKNOWLEDGED, K.REPORT_SUBMITTED), S.ACKNOWLEDGED, K.REPORT_SUBMITTED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.RESOLVED), S.RESOLVED, K.RESOLVED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.CLOSED, K.PRIORITY_CHANGED), S.CLOSED, K.PRIORITY_CHANGED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.CLOSED, K.REASSIGNED), S.CLOSED, K.REASSIGNED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.CLOSED, K.PAUSED), S.CLOSED, K.PAUSED),
        ((K.ACKNOWLEDGED, K.RESOLVED, K.CLOSED, K.CLOSED), S.CLOSED, K.CLOSED),
        ((K.CREATED,), S.NEW, K.CREATED),
    ],
)
def test_illegal_moves(kinds: tuple[EventKind, ...], bad_status: TicketStatus, bad_kind: EventKind) -> None:
    with pytest.raises(InvalidTransition) as exc:
        status(*kinds)
    assert (exc.value.status, exc.value.kind) == (bad_status.value, bad_kind.value)


def test_after_closing_only_notes_reports_and_reopening() -> None:
    closed = (K.ACKNOWLEDGED, K.RESOLVED, K.CLOSED)
    for k in (K.COMMENT, K.ATTACHMENT, K.REPORT_SUBMITTED):
        assert status(*closed, k) is S.CLOSED
    assert status(*closed, K.REOPENED) is S.ACKNOWLEDGED
    assert status(K.ACKNOWLEDGED, K.RESOLVED, K.REPORT_SUBMITTED, K.PRIORITY_CHANGED) is S.RESOLVED


def test_the_first_event_must_be_created() -> None:
    with pytest.raises(InvalidTransition) as exc:
        replay(history(K.ACKNOWLEDGED))
    assert exc.value.status == "none"
    with pytest.raises(ValueError):
        replay([])


def test_next_status_with_a_bare_status() -> None:
    assert next_status(None, K.CREATED, {"priority": "P1"}) is S.NEW
    assert next_status(S.NEW, K.ACKNOWLEDGED, {}) is S.ACKNOWLEDGED
    assert next_status("on_site", "resolved", {}) is S.RESOLVED  # plain strings from the database work
    assert next_status(S.PAUSED, K.RESUMED, {}) is S.ACKNOWLEDGED  # best guess without history
    exact = replay_state(history(K.CREATED, K.ACKNOWLEDGED, K.ARRIVED, K.PAUSED))
    assert next_status(exact, K.RESUMED, {}) is S.ON_SITE
    with pytest.raises(InvalidTransition):
        next_status(S.NEW, K.RESOLVED, {})


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(list(EventKind)), max_size=15))
def test_random_sequences(kinds: list[EventKind]) -> None:
    """Every legal prefix replays; the status always agrees with what the history says."""
    state = LifecycleState()
    for i, k in enumerate([K.CREATED, *kinds]):
        try:
            new = step(state, k)
        except InvalidTransition as exc:
            assert exc.status == (state.status.value if state.status else "none")
            with pytest.raises(InvalidTransition):
                replay(history(K.CREATED, *kinds[:i]))
            return
        state = new
        assert replay(history(K.CREATED, *kinds[:i])) is state.status
        assert state.acknowledged or state.status is S.NEW
        assert (state.status is S.ON_SITE) <= state.arrived
        assert (state.before_pause is not None) == (state.status is S.PAUSED)
