"""A ticket's status, derived from its events, and which events each status allows.

    (none) --created--> NEW --acknowledged--> ACKNOWLEDGED --arrived--> ON_SITE
    ACKNOWLEDGED | ON_SITE --resolved--> RESOLVED --closed--> CLOSED
    RESOLVED | CLOSED --reopened--> ON_SITE if it ever arrived, else ACKNOWLEDGED
    ACKNOWLEDGED | ON_SITE --paused--> PAUSED --resumed--> the status before the pause

Resolving from NEW is refused (acknowledge first); resolving without arriving is allowed (remote fix).
Acknowledged and arrived happen once per ticket. PRIORITY_CHANGED and REASSIGNED are allowed in any
status but CLOSED; COMMENT and ATTACHMENT always; REPORT_SUBMITTED only when RESOLVED or CLOSED.

Some answers depend on history (reopen, resume), so the state is a small frozen LifecycleState, not just
a status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from opsdesk.domain.enums import EventKind, TicketStatus
from opsdesk.domain.tickets import TicketEvent
from opsdesk.errors import InvalidTransition

S, K = TicketStatus, EventKind
_WORKING = frozenset({S.ACKNOWLEDGED, S.ON_SITE})
_DONE = frozenset({S.RESOLVED, S.CLOSED})
_ANYTIME = frozenset({K.COMMENT, K.ATTACHMENT})
_NOT_WHEN_CLOSED = frozenset({K.PRIORITY_CHANGED, K.REASSIGNED})


@dataclass(frozen=True, slots=True)
class LifecycleState:
    status: TicketStatus | None = None  # None: before the CREATED event
    acknowledged: bool = False
    arrived: bool = False  # ever arrived on site: where a reopened ticket goes back to
    before_pause: TicketStatus | None = None  # where RESUMED returns to

    @classmethod
    def of(cls, status: TicketStatus | None) -> LifecycleState:
        """Best guess from a bare status: arrived only if ON_SITE, a pause resumes to ACKNOWLEDGED.

        Exact only when history does not matter; replay_state() gives the exact state.
        """
        if status is None:
            return cls()
        return cls(
            status=status,
            acknowledged=status is not S.NEW,
            arrived=status is S.ON_SITE,
            before_pause=S.ACKNOWLEDGED if status is S.PAUSED else None,
        )


def step(state: LifecycleState, kind: EventKind, payload: Mapping[str, Any] | None = None) -> LifecycleState:
    """The state after one event, or InvalidTransition(status, kind). `payload` is not needed today."""
    kind = EventKind(kind)
    st = state.status
    if st is None:
        if kind is K.CREATED:
            return LifecycleState(S.NEW)
        raise InvalidTransition("none", kind.value)
    if kind in _ANYTIME:
        return state
    if kind in _NOT_WHEN_CLOSED and st is not S.CLOSED:
        return state
    if kind is K.ACKNOWLEDGED and st is S.NEW and not state.acknowledged:
        return replace(state, status=S.ACKNOWLEDGED, acknowledged=True)
    if kind is K.ARRIVED and st is S.ACKNOWLEDGED and not state.arrived:
        return replace(state, status=S.ON_SITE, arrived=True)
    if kind is K.RESOLVED and st in _WORKING:
        return replace(state, status=S.RESOLVED)
    if kind is K.CLOSED and st is S.RESOLVED:
        return replace(state, status=S.CLOSED)
    if kind is K.REOPENED and st in _DONE:
        return replace(state, status=S.ON_SITE if state.arrived else S.ACKNOWLEDGED)
    if kind is K.PAUSED and st in _WORKING:
        return replace(state, status=S.PAUSED, before_pause=st)
    if kind is K.RESUMED and st is S.PAUSED:
        return replace(state, status=state.before_pause or S.ACKNOWLEDGED, before_pause=None)
    if kind is K.REPORT_SUBMITTED and st in _DONE:
        return state
    raise InvalidTransition(st.value, kind.value)


def next_status(
    state: LifecycleState | TicketStatus | None, kind: EventKind, payload: Mapping[str, Any] | None = None
) -> TicketStatus:
    """The status after one event. Pass the LifecycleState from replay_state() for exact answers."""
    if not isinstance(state, LifecycleState):
        state = LifecycleState.of(None if state is None else TicketStatus(state))
    status = step(state, kind, payload).status
    assert status is not None  # step never returns the pre-creation state
    return status


def replay_state(events: Iterable[TicketEvent]) -> LifecycleState:
    """Fold the events (in order) into the lifecycle state; InvalidTransition at the first illegal one."""
    state = LifecycleState()
    for e in events:
        state = step(state, e.kind, e.payload)
    return state


def replay(events: Iterable[TicketEvent]) -> TicketStatus:
    """The ticket's status after its events. ValueError if there are none."""
    status = replay_state(events).status
    if status is None:
        raise ValueError("a ticket has at least its CREATED event")
    return status
