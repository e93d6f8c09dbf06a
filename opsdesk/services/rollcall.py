"""Video roll-call (视频点名 / 会场点名): a per-venue grid of signals with a clock from the request.

002_… requires every venue ready within 3 minutes of the request. Marks are insert-only rows; a venue
is ready from the moment its last cell became OK or NA (and stays so while no later mark says otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.meetings import SIGNALS, CellState, RollCall, Signal, Venue, VenueStatus
from opsdesk.domain.people import Actor
from opsdesk.errors import NotFound
from opsdesk.meeting_errors import RollCallClosed
from opsdesk.services.meetings import _venue
from opsdesk.services.tickets import CLOCK_SKEW
from opsdesk.services.validation import Checker
from opsdesk.storage.meeting_models import MeetingRow, RollCallMarkRow, RollCallRow, VenueRow
from opsdesk.storage.models import Operator
from opsdesk.timeutil import new_id, utcnow

_DONE = (CellState.OK, CellState.NA)


def start_rollcall(
    s: Session,
    title: str,
    venue_ids: Sequence[str],
    actor: Actor,
    *,
    meeting_id: str | None = None,
    requested_at: datetime | None = None,
    limit: timedelta = timedelta(minutes=3),
    now: datetime | None = None,
) -> RollCall:
    """Open a roll-call of `venue_ids` (grid order). `requested_at`: when the request came in."""
    now = now or utcnow()
    c = Checker()
    title = c.text("title", title, max_len=200, required=True)
    if not venue_ids:
        c.add("venue_ids", "empty")
    elif len(set(venue_ids)) != len(venue_ids):
        c.add("venue_ids", "duplicate")
    else:
        known = set(
            s.scalars(select(VenueRow.id).where(VenueRow.id.in_(venue_ids), VenueRow.deleted.is_(False)))
        )
        if missing := [v for v in venue_ids if v not in known]:
            c.add("venue_ids", "not_found", ids=tuple(missing))
    if meeting_id and s.get(MeetingRow, meeting_id) is None:
        c.add("meeting_id", "not_found")
    if requested_at is not None:
        if requested_at.tzinfo is None:
            c.add("requested_at", "naive_time")
        elif requested_at > now + CLOCK_SKEW:
            c.add("requested_at", "in_future")
    c.raise_if_any()
    r = RollCallRow(
        id=new_id(),
        title=title,
        meeting_id=meeting_id,
        venue_ids=json.dumps(list(venue_ids)),
        requested_at=min(requested_at or now, now),
        requested_by=actor.operator_id,
        limit_seconds=int(limit.total_seconds()),
        closed_at=None,
        deleted=False,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(r)
    s.flush()
    return get_rollcall(s, r.id)


def _row(s: Session, rollcall_id: str) -> RollCallRow:
    r = s.get(RollCallRow, rollcall_id)
    if r is None or r.deleted:
        raise NotFound("roll-call", rollcall_id)
    return r


def _open_row(s: Session, rollcall_id: str) -> RollCallRow:
    r = _row(s, rollcall_id)
    if r.closed_at is not None:
        raise RollCallClosed(rollcall_id)
    return r


def mark(
    s: Session,
    rollcall_id: str,
    venue_id: str,
    signal: Signal,
    state: CellState,
    actor: Actor,
    now: datetime | None = None,
) -> RollCall:
    """Set one cell of the grid."""
    return _mark(s, rollcall_id, venue_id, {Signal(signal): CellState(state)}, actor, now)


def mark_venue(
    s: Session, rollcall_id: str, venue_id: str, state: CellState, actor: Actor, now: datetime | None = None
) -> RollCall:
    """Set all six cells of a venue at once (the one key for "this venue is all OK")."""
    return _mark(s, rollcall_id, venue_id, dict.fromkeys(SIGNALS, CellState(state)), actor, now)


def _mark(
    s: Session,
    rollcall_id: str,
    venue_id: str,
    cells: dict[Signal, CellState],
    actor: Actor,
    now: datetime | None,
) -> RollCall:
    now = now or utcnow()
    r = _open_row(s, rollcall_id)
    if venue_id not in json.loads(r.venue_ids):
        raise NotFound("roll-call venue", venue_id)
    for signal, state in cells.items():
        s.add(
            RollCallMarkRow(
                id=new_id(),
                rollcall_id=r.id,
                venue_id=venue_id,
                signal=str(signal),
                state=str(state),
                at=now,
                operator_id=actor.operator_id,
                deleted=False,
                updated_at=now,
                updated_by=actor.operator_id,
            )
        )
    s.flush()
    return get_rollcall(s, r.id)


def close_rollcall(s: Session, rollcall_id: str, actor: Actor, now: datetime | None = None) -> RollCall:
    now = now or utcnow()
    r = _open_row(s, rollcall_id)
    r.closed_at, r.updated_at, r.updated_by = now, now, actor.operator_id
    s.flush()
    return get_rollcall(s, r.id)


def _status(venue: Venue, marks: list[RollCallMarkRow]) -> VenueStatus:
    cells = dict.fromkeys(SIGNALS, CellState.UNKNOWN)
    ready_at: datetime | None = None
    last: datetime | None = None
    for m in marks:  # oldest first
        cells[Signal(m.signal)] = CellState(m.state)
        last = m.at
        ready = all(v in _DONE for v in cells.values())
        ready_at = (ready_at or m.at) if ready else None
    return VenueStatus(venue=venue, cells=cells, ready_at=ready_at, last_change=last)


def get_rollcall(s: Session, rollcall_id: str) -> RollCall:
    r = _row(s, rollcall_id)
    ids: list[str] = json.loads(r.venue_ids)
    venues = {v.id: _venue(v) for v in s.scalars(select(VenueRow).where(VenueRow.id.in_(ids)))}
    marks = list(
        s.scalars(
            select(RollCallMarkRow)
            .where(RollCallMarkRow.rollcall_id == r.id, RollCallMarkRow.deleted.is_(False))
            .order_by(RollCallMarkRow.at, RollCallMarkRow.id)
        )
    )
    by_venue: dict[str, list[RollCallMarkRow]] = {}
    for m in marks:
        by_venue.setdefault(m.venue_id, []).append(m)
    who = s.get(Operator, r.requested_by) if r.requested_by else None
    return RollCall(
        id=r.id,
        title=r.title,
        meeting_id=r.meeting_id,
        requested_at=r.requested_at,
        requested_by_name=who.name if who else "",
        venues=tuple(_status(venues[v], by_venue.get(v, [])) for v in ids if v in venues),
        closed_at=r.closed_at,
        limit=timedelta(seconds=r.limit_seconds),
    )


def list_rollcalls(s: Session, *, meeting_id: str | None = None, limit: int = 50) -> list[RollCall]:
    """The newest roll-calls first."""
    q = select(RollCallRow.id).where(RollCallRow.deleted.is_(False))
    if meeting_id:
        q = q.where(RollCallRow.meeting_id == meeting_id)
    ids = s.scalars(q.order_by(RollCallRow.requested_at.desc()).limit(limit)).all()
    return [get_rollcall(s, i) for i in ids]
