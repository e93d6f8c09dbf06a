"""A meeting's seat plan: seat automatically by precedence, swap seats by hand, and the name cards.

The plan row keeps the shape and, per seat index, the attendee id: a swap is one row change, so two
consoles editing the same plan resolve as one last change rather than two half-swaps.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.meetings import Attendee, NameCard, SeatLayout, SeatPlan, SeatSpec, TitleLine
from opsdesk.domain.people import Actor
from opsdesk.errors import NotFound
from opsdesk.rules.seating import assign, layout_seats, precedence
from opsdesk.services.attendees import list_attendees
from opsdesk.services.validation import Checker
from opsdesk.storage.meeting_models import MeetingRow, SeatPlanRow
from opsdesk.timeutil import new_id, utcnow

MAX_SEATS = 500


def _spec(r: SeatPlanRow) -> SeatSpec:
    return SeatSpec(SeatLayout(r.layout), tuple(json.loads(r.per_row)), r.arm)


def _plan(s: Session, r: SeatPlanRow) -> SeatPlan:
    spec = _spec(r)
    people = {a.id: a for a in list_attendees(s, r.meeting_id)}
    ids: list[str | None] = json.loads(r.assignment)
    seats = []
    for seat in layout_seats(spec, r.mirror):
        aid = ids[seat.index] if seat.index < len(ids) else None
        a = people.get(aid or "")
        seats.append(
            replace(
                seat,
                attendee_id=a.id if a else None,
                attendee_name=a.name if a else "",
                attendee_title=a.title if a else "",
                attendee_organisation=a.organisation if a else "",
            )
        )
    return SeatPlan(r.id, r.meeting_id, spec, r.mirror, tuple(seats), r.updated_at)


def _row(s: Session, meeting_id: str) -> SeatPlanRow | None:
    return s.scalar(
        select(SeatPlanRow)
        .where(SeatPlanRow.meeting_id == meeting_id, SeatPlanRow.deleted.is_(False))
        .order_by(SeatPlanRow.updated_at.desc())
        .limit(1)
    )


def get_seat_plan(s: Session, meeting_id: str) -> SeatPlan | None:
    r = _row(s, meeting_id)
    return _plan(s, r) if r else None


def _check_spec(spec: SeatSpec) -> None:
    c = Checker()
    if spec.layout not in tuple(SeatLayout):
        c.add("layout", "not_allowed", value=str(spec.layout), allowed=tuple(SeatLayout))
    if not spec.per_row or any(n < 0 for n in spec.per_row) or spec.arm < 0:
        c.add("per_row", "out_of_range")
    elif spec.layout is not SeatLayout.ROWS and len(spec.per_row) != 1:
        c.add("per_row", "one_row")
    elif spec.capacity < 1 or spec.capacity > MAX_SEATS:
        c.add("per_row", "out_of_range", low=1, high=MAX_SEATS)
    if spec.layout is not SeatLayout.U and spec.arm:
        c.add("arm", "not_allowed")
    c.raise_if_any()


def auto_seat(
    s: Session,
    meeting_id: str,
    spec: SeatSpec,
    actor: Actor,
    *,
    mirror: bool = False,
    now: datetime | None = None,
) -> SeatPlan:
    """Seat the meeting's attendees by precedence (replaces the plan). NotEnoughSeats if they don't fit."""
    now = now or utcnow()
    m = s.get(MeetingRow, meeting_id)
    if m is None or m.deleted:
        raise NotFound("meeting", meeting_id)
    _check_spec(spec)
    seats = assign(spec, list_attendees(s, meeting_id), mirror)
    assignment = json.dumps([x.attendee_id for x in seats])
    r = _row(s, meeting_id)
    if r is None:
        r = SeatPlanRow(id=new_id(), meeting_id=meeting_id, deleted=False)
        s.add(r)
    r.layout, r.per_row, r.arm, r.mirror = str(spec.layout), json.dumps(list(spec.per_row)), spec.arm, mirror
    r.assignment, r.updated_at, r.updated_by = assignment, now, actor.operator_id
    s.flush()
    return _plan(s, r)


def swap_seats(
    s: Session, plan_id: str, a: int, b: int, actor: Actor, now: datetime | None = None
) -> SeatPlan:
    """Exchange who sits on seats `a` and `b` (either may be empty)."""
    now = now or utcnow()
    r = s.get(SeatPlanRow, plan_id)
    if r is None or r.deleted:
        raise NotFound("seat plan", plan_id)
    n = _spec(r).capacity
    c = Checker()
    for field, i in (("a", a), ("b", b)):
        if not 0 <= i < n:
            c.add(field, "out_of_range", value=i, low=0, high=n - 1)
    c.raise_if_any()
    ids: list[str | None] = json.loads(r.assignment)
    ids += [None] * (n - len(ids))
    ids[a], ids[b] = ids[b], ids[a]
    r.assignment, r.updated_at, r.updated_by = json.dumps(ids), now, actor.operator_id
    s.flush()
    return _plan(s, r)


def _line(title: str, organisation: str, which: TitleLine) -> str:
    if which is TitleLine.TITLE:
        return title
    if which is TitleLine.ORGANISATION:
        return organisation
    return ""


def name_cards(s: Session, meeting_id: str, title_line: TitleLine = TitleLine.NONE) -> list[NameCard]:
    """One card per attendee: in seat order when the meeting has a plan (seat label "1", "2" … by
    seat index + 1), then those without a seat (added after the plan was made; no label), by precedence.
    Without a plan, all by precedence."""
    plan = get_seat_plan(s, meeting_id)
    cards = []
    if plan is not None:
        cards = [
            NameCard(
                x.attendee_name,
                _line(x.attendee_title, x.attendee_organisation, title_line),
                str(x.index + 1),
            )
            for x in plan.seats
            if x.attendee_id
        ]
    return cards + [
        NameCard(a.name, _line(a.title, a.organisation, title_line)) for a in unseated(s, meeting_id, plan)
    ]


def unseated(s: Session, meeting_id: str, plan: SeatPlan | None = None) -> list[Attendee]:
    """The attendees the seat plan has no seat for (all of them without a plan), by precedence: the
    editor can say "2 attendees have no seat: seat again"."""
    plan = plan if plan is not None else get_seat_plan(s, meeting_id)
    seated = {x.attendee_id for x in plan.seats if x.attendee_id} if plan else set()
    return [a for a in precedence(list_attendees(s, meeting_id)) if a.id not in seated]
