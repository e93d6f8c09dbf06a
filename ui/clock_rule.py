"""A clock's state from its cached deadlines, between two replays of its events.

The list, the detail view and the list export tick once a second from the due and warn instants the
core cached; they must draw the line exactly where opsdesk.rules.sla does:

- breached when remaining < 0, i.e. strictly after the due instant (at the due instant it is not late);
- warning when elapsed >= warning_ratio x target, i.e. from the cached warn instant on;
- otherwise ok.

Times are epoch seconds (floats), which the callers keep to stay cheap over 100,000 rows.
"""

from __future__ import annotations

from opsdesk.domain.enums import ClockState


def running_state(due: float, warn: float | None, now: float) -> ClockState:
    """The state of a running (started, not stopped, not paused) clock at `now`."""
    if now > due:
        return ClockState.BREACHED
    if warn is not None and now >= warn:
        return ClockState.WARNING
    return ClockState.OK


def row_clock_state(
    due: float | None, warn: float | None, done: str | None, *, is_open: bool, paused: bool, now: float
) -> ClockState:
    """A list row's clock: stopped ("met"/"breached"), paused, running, or none (no target, or the ticket
    is closed without the clock having stopped)."""
    if due is None:
        return ClockState.NONE
    if done == ClockState.MET.value:
        return ClockState.MET
    if done == ClockState.BREACHED.value:
        return ClockState.BREACHED
    if not is_open:
        return ClockState.NONE
    if paused:
        return ClockState.PAUSED
    return running_state(due, warn, now)
