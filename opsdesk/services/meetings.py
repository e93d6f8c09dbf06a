"""Meetings and venues: the calendar of meetings the desk supports (weekly linked-command meeting,
important meetings, video conferences, video roll-calls, drills) and the venues that take part.

Checklists are in opsdesk.services.checklists, roll-calls in .rollcall, attendees in .attendees, seat
plans in .seatplans.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.meetings import Meeting, MeetingKind, NewMeeting, Venue, VenueKind
from opsdesk.domain.people import Actor
from opsdesk.errors import NotFound
from opsdesk.services.validation import Checker
from opsdesk.storage.meeting_models import MeetingRow, MeetingVenueRow, VenueRow
from opsdesk.storage.models import Operator, Room
from opsdesk.timeutil import new_id, utcnow

# The districts of a prefecture-level city (000_… is Nantong): the usual venues of the weekly meeting.
DEFAULT_DISTRICTS: tuple[str, ...] = (
    "崇川区", "通州区", "海门区", "如皋市", "海安市", "启东市",
    "如东县", "经开区", "苏锡通园区", "通州湾示范区", "市应急管理局", "市公安局",
)  # fmt: skip


# ---- venues --------------------------------------------------------------------------------------
def _venue(r: VenueRow) -> Venue:
    return Venue(id=r.id, name=r.name, kind=VenueKind(r.kind), sort_order=r.sort_order, room_id=r.room_id)


def list_venues(s: Session, include_inactive: bool = False) -> list[Venue]:
    q = select(VenueRow).where(VenueRow.deleted.is_(False))
    if not include_inactive:
        q = q.where(VenueRow.active.is_(True))
    return [_venue(r) for r in s.scalars(q.order_by(VenueRow.sort_order, VenueRow.name))]


def create_venue(
    s: Session,
    name: str,
    kind: VenueKind,
    actor: Actor,
    *,
    sort_order: int = 0,
    room_id: str | None = None,
    now: datetime | None = None,
) -> Venue:
    now = now or utcnow()
    c = Checker()
    name = c.text("name", name, max_len=50, required=True)
    c.choice("kind", str(kind), tuple(VenueKind))
    if name and s.scalar(select(VenueRow.id).where(VenueRow.name == name)) is not None:
        c.add("name", "duplicate", value=name)
    if room_id and s.get(Room, room_id) is None:
        c.add("room_id", "not_found")
    c.raise_if_any()
    r = VenueRow(
        id=new_id(),
        name=name,
        kind=str(kind),
        sort_order=sort_order,
        room_id=room_id,
        active=True,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(r)
    s.flush()
    return _venue(r)


# Rows every console seeds from the code get the same id and stamp everywhere: their inserts, captured
# like any other (the server must hold them: runs and meeting venues refer to them), arrive at the
# server as one row, the second console's as a resend of the same row.
SEED_AT = datetime(2026, 1, 1, tzinfo=UTC)
_SEED_NS = uuid.UUID("8f9e2a52-5d0c-4c36-9d8e-6b3c1f0a7e41")


def seed_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_SEED_NS, f"{kind}:{key}"))


def ensure_default_venues(s: Session, actor: Actor | None = None, now: datetime | None = None) -> None:
    """Idempotent: the district venues, when the desk has no venues at all yet (`now`, `actor` unused:
    seeded rows carry the fixed seed stamp)."""
    if s.scalar(select(VenueRow.id).limit(1)) is not None:
        return
    for i, name in enumerate(DEFAULT_DISTRICTS):
        s.add(
            VenueRow(
                id=seed_id("venue", name),
                name=name,
                kind=str(VenueKind.DISTRICT),
                sort_order=(i + 1) * 10,
                room_id=None,
                active=True,
                deleted=False,
                updated_at=SEED_AT,
                updated_by=None,
            )
        )
    s.flush()


def ensure_meeting_reference(s: Session, now: datetime | None = None) -> None:
    """Idempotent: the built-in checklist templates and the default venues. Run by
    opsdesk.services.reference.seed_reference at every start; harmless to call again.

    The rows are captured for sync even when the caller turned capture off for its own seeding."""
    from opsdesk.services.checklists import ensure_builtin_templates

    s.flush()
    previous = s.info.pop("outbox", None)  # recomputed: on when this replica syncs
    try:
        ensure_builtin_templates(s, now=now)
        ensure_default_venues(s, now=now)
        s.flush()
    finally:
        s.info.pop("outbox", None)
        if previous is not None:
            s.info["outbox"] = previous


# ---- meetings ------------------------------------------------------------------------------------
def _check(s: Session, new: NewMeeting) -> dict:
    c = Checker()
    values = dict(
        title=c.text("title", new.title, max_len=200, required=True),
        kind=c.choice("kind", str(new.kind), tuple(MeetingKind)),
        place=c.text("place", new.place, max_len=100),
        notes=c.text("notes", new.notes, max_len=5000, multiline=True),
    )
    if new.starts_at is None or new.starts_at.tzinfo is None:
        c.add("starts_at", "naive_time")
    elif new.ends_at is not None and (new.ends_at.tzinfo is None or new.ends_at < new.starts_at):
        c.add("ends_at", "before_start")
    if new.room_id and s.get(Room, new.room_id) is None:
        c.add("room_id", "not_found")
    if new.responsible_id and s.get(Operator, new.responsible_id) is None:
        c.add("responsible_id", "not_found")
    known = set(
        s.scalars(select(VenueRow.id).where(VenueRow.id.in_(new.venue_ids), VenueRow.deleted.is_(False)))
    )
    missing = [v for v in new.venue_ids if v not in known]
    if missing:
        c.add("venue_ids", "not_found", ids=tuple(missing))
    if len(set(new.venue_ids)) != len(new.venue_ids):
        c.add("venue_ids", "duplicate")
    c.raise_if_any()
    return values


def _set_venues(s: Session, meeting_id: str, venue_ids: Iterable[str], actor: Actor, now: datetime) -> None:
    rows = {
        r.venue_id: r
        for r in s.scalars(select(MeetingVenueRow).where(MeetingVenueRow.meeting_id == meeting_id))
    }
    wanted = list(venue_ids)
    for i, vid in enumerate(wanted):
        r = rows.get(vid)
        if r is None:
            s.add(
                MeetingVenueRow(
                    id=new_id(),
                    meeting_id=meeting_id,
                    venue_id=vid,
                    sort_order=i,
                    deleted=False,
                    updated_at=now,
                    updated_by=actor.operator_id,
                )
            )
        elif r.deleted or r.sort_order != i:
            r.deleted, r.sort_order, r.updated_at, r.updated_by = False, i, now, actor.operator_id
    for vid, r in rows.items():
        if vid not in wanted and not r.deleted:
            r.deleted, r.updated_at, r.updated_by = True, now, actor.operator_id


def create_meeting(s: Session, new: NewMeeting, actor: Actor, now: datetime | None = None) -> Meeting:
    now = now or utcnow()
    values = _check(s, new)
    m = MeetingRow(
        id=new_id(),
        **values,
        starts_at=new.starts_at,
        ends_at=new.ends_at,
        room_id=new.room_id or None,
        responsible_id=new.responsible_id or None,
        cancelled=False,
        deleted=False,
        created_at=now,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(m)
    s.flush()
    _set_venues(s, m.id, new.venue_ids, actor, now)
    s.flush()
    return get_meeting(s, m.id)


def _row(s: Session, meeting_id: str) -> MeetingRow:
    m = s.get(MeetingRow, meeting_id)
    if m is None or m.deleted:
        raise NotFound("meeting", meeting_id)
    return m


def update_meeting(
    s: Session, meeting_id: str, new: NewMeeting, actor: Actor, now: datetime | None = None
) -> Meeting:
    now = now or utcnow()
    m = _row(s, meeting_id)
    values = _check(s, new)
    for k, v in values.items():
        setattr(m, k, v)
    m.starts_at, m.ends_at = new.starts_at, new.ends_at
    m.room_id, m.responsible_id = new.room_id or None, new.responsible_id or None
    m.updated_at, m.updated_by = now, actor.operator_id
    _set_venues(s, m.id, new.venue_ids, actor, now)
    s.flush()
    return get_meeting(s, m.id)


def cancel_meeting(s: Session, meeting_id: str, actor: Actor, now: datetime | None = None) -> Meeting:
    now = now or utcnow()
    m = _row(s, meeting_id)
    m.cancelled, m.updated_at, m.updated_by = True, now, actor.operator_id
    s.flush()
    return get_meeting(s, m.id)


def meeting_venues(s: Session, meeting_id: str) -> tuple[Venue, ...]:
    rows = s.execute(
        select(VenueRow)
        .join(MeetingVenueRow, MeetingVenueRow.venue_id == VenueRow.id)
        .where(MeetingVenueRow.meeting_id == meeting_id, MeetingVenueRow.deleted.is_(False))
        .order_by(MeetingVenueRow.sort_order)
    ).scalars()
    return tuple(_venue(r) for r in rows)


def _meetings(s: Session, rows: list[MeetingRow], with_runs: bool) -> list[Meeting]:
    room_ids = {m.room_id for m in rows if m.room_id}
    op_ids = {m.responsible_id for m in rows if m.responsible_id}
    rooms = (
        {r.id: r.name_zh for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))} if room_ids else {}
    )
    ops = {o.id: o.name for o in s.scalars(select(Operator).where(Operator.id.in_(op_ids)))} if op_ids else {}
    out = []
    for m in rows:
        runs = ()
        if with_runs:
            from opsdesk.services.checklists import run_summaries

            runs = tuple(run_summaries(s, m.id))
        out.append(
            Meeting(
                id=m.id,
                title=m.title,
                kind=MeetingKind(m.kind),
                starts_at=m.starts_at,
                ends_at=m.ends_at,
                room_id=m.room_id,
                room_name=rooms.get(m.room_id or "", "") or m.place,
                place=m.place,
                responsible_id=m.responsible_id,
                responsible_name=ops.get(m.responsible_id or "", ""),
                venues=meeting_venues(s, m.id),
                notes=m.notes,
                cancelled=m.cancelled,
                runs=runs,
            )
        )
    return out


def get_meeting(s: Session, meeting_id: str) -> Meeting:
    return _meetings(s, [_row(s, meeting_id)], with_runs=True)[0]


def list_meetings(
    s: Session, start: datetime, end: datetime, *, include_cancelled: bool = False
) -> list[Meeting]:
    """Meetings starting in [start, end), oldest first."""
    q = select(MeetingRow).where(
        MeetingRow.deleted.is_(False), MeetingRow.starts_at >= start, MeetingRow.starts_at < end
    )
    if not include_cancelled:
        q = q.where(MeetingRow.cancelled.is_(False))
    return _meetings(s, list(s.scalars(q.order_by(MeetingRow.starts_at))), with_runs=False)
