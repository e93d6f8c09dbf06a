"""SLA clocks of a ticket, derived from its events (the events are the truth; nothing here is stored).

Semantics:

- Every clock starts at CREATED and is judged by the ticket's *current* priority: a PRIORITY_CHANGED
  recomputes every deadline from creation with the new level's targets. Pause history does not depend on
  the level, so paused time survives priority changes.
- respond stops at the first ACKNOWLEDGED; arrive at the first ARRIVED, or at the first RESOLVED if nobody
  arrived before it (a remote fix: nobody needs to come any more; judged like an arrival, MET if within
  target); resolve at RESOLVED. So once a ticket is resolved or closed, only report can run. REOPENED
  restarts resolve, and the interval RESOLVED → REOPENED counts as paused (not consumed); a later RESOLVED
  stops it again. A clock whose level target is None is NONE.
- PAUSED … RESUMED freezes arrive and resolve (never respond). Paused time is counted in the profile's
  measure (24x7 or business time) and only inside the clock's running interval [start, stop or now]. A pause
  still open at `now` counts up to now, and the clock's state is PAUSED unless already overdue.
- report (fault analysis report) starts at the last RESOLVED while the ticket is resolved or closed, is
  due `report_days` calendar days later (always 24x7), and stops at the first REPORT_SUBMITTED after it.
  NOT_STARTED while the ticket is open, NONE if the profile has no report_days.
- For each clock: elapsed = measure(start, stop or now) − paused; remaining = target − elapsed.
  State: stopped → MET if elapsed <= target else BREACHED; running → BREACHED if remaining < 0, else
  PAUSED if frozen now, else WARNING if elapsed >= warning_ratio × target, else OK.
- due / warn_at are the earliest instants at which the unpaused time reaches target / ratio × target, with
  an open pause taken as ending now. When every pause lies before the due this is exactly
  advance(start, target + paused); a pause taken *after* a clock went overdue does not move its due
  (nor its warning) into the future, which advance(start, target + paused) would do.
- CLOSED, REASSIGNED, COMMENT and ATTACHMENT do not touch the clocks. Events are trusted to be a legal
  sequence (opsdesk.rules.lifecycle checks that); repeats are ignored rather than raised.

Times are aware UTC datetimes. Fast path: one pass over the events, no calendar work on 24x7 profiles.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from opsdesk.domain.enums import ClockName, ClockState, EventKind
from opsdesk.domain.sla import CalendarData, ClockStatus, ContractProfile, TicketClocks
from opsdesk.domain.tickets import TicketEvent
from opsdesk.rules.workdays import ALWAYS, ZERO, Measure, measure_for

_Interval = tuple[datetime, datetime | None]  # end None = still open at `now`
_Span = tuple[datetime, datetime]


def compute_clocks(
    events: Sequence[TicketEvent], profile: ContractProfile, cal: CalendarData, now: datetime
) -> TicketClocks:
    """The four clocks of a ticket at `now`. Raises ValueError without a CREATED event, UnknownPriority."""
    created: datetime | None = None
    priority = ""
    acknowledged: datetime | None = None
    arrived: datetime | None = None  # the stop of arrive: ARRIVED, or the first RESOLVED before any
    resolved: datetime | None = None  # the current stop of resolve; None while (re)opened
    report: datetime | None = None
    pause_open: datetime | None = None
    pauses: list[_Interval] = []
    gaps: list[_Interval] = []  # RESOLVED → REOPENED: resolve is not running
    for e in events:
        k = e.kind
        if k == EventKind.CREATED:
            if created is None:
                created, priority = e.at, str(e.payload.get("priority", ""))
        elif k == EventKind.PRIORITY_CHANGED:
            priority = str(e.payload.get("to", priority))
        elif k == EventKind.ACKNOWLEDGED:
            acknowledged = acknowledged or e.at
        elif k == EventKind.ARRIVED:
            arrived = arrived or e.at
        elif k == EventKind.PAUSED:
            pause_open = pause_open or e.at
        elif k == EventKind.RESUMED:
            if pause_open is not None:
                pauses.append((pause_open, e.at))
                pause_open = None
        elif k == EventKind.RESOLVED:
            if resolved is None:
                resolved, report = e.at, None
            arrived = arrived or e.at
        elif k == EventKind.REOPENED:
            if resolved is not None:
                gaps.append((resolved, e.at))
                resolved = None
        elif k == EventKind.REPORT_SUBMITTED and resolved is not None and report is None:
            report = e.at
    if created is None:
        raise ValueError("a ticket's events must include its CREATED event")
    if pause_open is not None:
        pauses.append((pause_open, None))

    level = profile.level(priority)
    m = measure_for(profile, cal)
    ratio = profile.warning_ratio
    respond = _clock(ClockName.RESPOND, level.respond, created, acknowledged, (), None, m, ratio, now)
    arrive = _clock(ClockName.ARRIVE, level.arrive, created, arrived, pauses, pause_open, m, ratio, now)
    resolve = _clock(
        ClockName.RESOLVE, level.resolve, created, resolved, pauses + gaps, pause_open, m, ratio, now
    )
    if profile.report_days is None:
        rep = _none(ClockName.REPORT)
    elif resolved is None:
        rep = ClockStatus(
            ClockName.REPORT, ClockState.NOT_STARTED, timedelta(days=profile.report_days),
            None, None, None, None, None, ZERO, ZERO,
        )  # fmt: skip
    else:
        target = timedelta(days=profile.report_days)
        rep = _clock(ClockName.REPORT, target, resolved, report, (), None, ALWAYS, ratio, now)

    missing: tuple[int, ...] = ()
    if m.business:
        years: set[int] = set()
        for c in (respond, arrive, resolve):
            if c.start is not None and c.stopped_at is None:
                years.update(m.missing_years(c.start, max(now, c.due or now)))
        missing = tuple(sorted(years))
    return TicketClocks(respond, arrive, resolve, rep, missing)


def _none(name: ClockName) -> ClockStatus:
    return ClockStatus(name, ClockState.NONE, None, None, None, None, None, None, ZERO, ZERO)


def _clock(
    name: ClockName,
    target: timedelta | None,
    start: datetime,
    stop: datetime | None,
    pauses: Sequence[_Interval],
    pause_open: datetime | None,
    m: Measure,
    ratio: float,
    now: datetime,
) -> ClockStatus:
    if target is None:
        return _none(name)
    end = stop if stop is not None else now
    if end < start:  # asked about a time before the ticket existed
        end = start
    frozen = _clip(pauses, start, end, now) if pauses else []
    paused = ZERO
    for a, b in frozen:
        paused += m.measure(a, b)
    elapsed = m.measure(start, end) - paused
    remaining = target - elapsed
    due = _reach(m, start, frozen, target)
    warn_line = target * ratio
    if stop is not None:
        state = ClockState.MET if elapsed <= target else ClockState.BREACHED
        warn_at = None
    else:
        warn_at = _reach(m, start, frozen, warn_line)
        if remaining < ZERO:
            state = ClockState.BREACHED
        elif pause_open is not None and pause_open <= now:
            state = ClockState.PAUSED
        elif elapsed >= warn_line:
            state = ClockState.WARNING
        else:
            state = ClockState.OK
    return ClockStatus(name, state, target, start, due, warn_at, stop, remaining, paused, elapsed)


def _clip(pauses: Sequence[_Interval], start: datetime, end: datetime, now: datetime) -> list[_Span]:
    """Pauses cut to [start, end], an open one ending at now, sorted and merged (they may touch)."""
    cut: list[_Span] = []
    for a, b in pauses:
        a = max(a, start)
        b = min(now if b is None else b, end)
        if b > a:
            cut.append((a, b))
    if len(cut) < 2:
        return cut
    cut.sort()
    merged = [cut[0]]
    for a, b in cut[1:]:
        la, lb = merged[-1]
        if a <= lb:
            merged[-1] = (la, max(lb, b))
        else:
            merged.append((a, b))
    return merged


def _reach(m: Measure, start: datetime, frozen: Sequence[_Span], amount: timedelta) -> datetime:
    """Earliest instant at which the time counted outside the frozen intervals reaches `amount`."""
    t, left = start, amount
    for a, b in frozen:
        seg = m.measure(t, a)
        if seg >= left:
            return m.advance(t, left)
        left -= seg
        t = b
    return m.advance(t, left)
