"""Shift handover (交接班): the outgoing engineer's notes with what is still open, the incoming acknowledgement.

Both are insert-only rows of `roster_handovers` (kind `out`, then `ack` pointing at it), stamped with the
operator and the time, so two consoles can never conflict over a handover. What is listed automatically is
a snapshot taken when the shift is handed over: open tickets with their clocks, clocks at risk or
breached, and unfinished checklists (from the meetings capability when it is installed).
"""

from __future__ import annotations

import importlib
import json
import re
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.enums import OPEN_STATUSES
from opsdesk.domain.people import Actor
from opsdesk.domain.roster import Handover, HandoverItem, HandoverItemKind
from opsdesk.errors import NotFound
from opsdesk.roster_errors import HandoverAlreadyAcknowledged
from opsdesk.services.validation import Checker
from opsdesk.storage.roster_models import RosterAssignment, RosterHandoverEntry
from opsdesk.storage.types import from_millis, to_millis
from opsdesk.timeutil import new_id, utcnow, zone

MAX_TICKETS = 200  # a handover lists at most this many open tickets (the most urgent first)
_CHECKLIST_SOURCES = ("opsdesk.services.meetings", "opsdesk.services.checklists")


def _clock_items(t, now: datetime) -> list[HandoverItem]:
    out = []
    for clock, pausable in (("respond", False), ("arrive", True), ("resolve", True)):
        due, warn, done = getattr(t, f"{clock}_due"), getattr(t, f"{clock}_warn"), getattr(t, f"{clock}_done")
        if done is not None or due is None or (pausable and t.paused):
            continue
        state = "breached" if now >= due else "warning" if warn is not None and now >= warn else ""
        if state:
            out.append(
                HandoverItem(
                    HandoverItemKind.CLOCK,
                    t.id,
                    t.code,
                    t.title,
                    t.priority,
                    t.status.value,
                    clock,
                    state,
                    due,
                )
            )
    return out


def _checklists(s: Session, now: datetime) -> tuple[list[HandoverItem], bool]:
    fn = None
    for name in _CHECKLIST_SOURCES:
        try:
            fn = getattr(importlib.import_module(name), "open_checklist_runs", None)
        except ImportError:
            fn = None
        if fn is not None:
            break
    if fn is None:
        return [], False
    out = []
    for run in fn(s, now):
        out.append(
            HandoverItem(
                HandoverItemKind.CHECKLIST,
                run.run_id,
                run.template_name,
                run.meeting_title,
                status=f"{run.done}/{run.total}",
                state="late" if run.late else "",
                due=run.starts_at,
            )
        )
    return out, True


def handover_items(s: Session, now: datetime | None = None) -> tuple[tuple[HandoverItem, ...], bool]:
    """What the handover lists automatically at `now`; the bool says whether checklists could be looked at."""
    from opsdesk.services.tickets import TicketFilter, list_rows

    now = now or utcnow()
    rows = list_rows(
        s,
        TicketFilter(statuses=tuple(x.value for x in OPEN_STATUSES), sort="priority", descending=False),
        now=now,
    )
    tickets = [
        HandoverItem(HandoverItemKind.TICKET, t.id, t.code, t.title, t.priority, t.status.value)
        for t in rows[:MAX_TICKETS]
    ]
    clocks = [c for t in rows for c in _clock_items(t, now)]
    clocks.sort(key=lambda c: (c.state != "breached", c.due or now))
    lists, available = _checklists(s, now)
    return tuple(tickets + clocks + lists), available


def _item_json(i: HandoverItem) -> dict:
    return {
        "kind": i.kind.value, "ref_id": i.ref_id, "code": i.code, "title": i.title, "priority": i.priority,
        "status": i.status, "clock": i.clock, "state": i.state, "due": to_millis(i.due) if i.due else None,
    }  # fmt: skip


def _item(d: dict) -> HandoverItem:
    return HandoverItem(
        HandoverItemKind(d["kind"]), d["ref_id"], d["code"], d["title"], d.get("priority", ""), d.get("status", ""),
        d.get("clock", ""), d.get("state", ""), from_millis(d["due"]) if d.get("due") is not None else None,
    )  # fmt: skip


def hand_over(
    s: Session, actor: Actor, notes: str, *, assignment_id: str | None = None, now: datetime | None = None
) -> Handover:
    """The outgoing engineer hands over; the open items are listed and stored with the notes."""
    now = now or utcnow()
    c = Checker()
    notes = c.text("notes", notes, max_len=10000, multiline=True)
    a = s.get(RosterAssignment, assignment_id) if assignment_id else None
    if assignment_id and (a is None or a.deleted):
        c.add("assignment_id", "not_found")
    c.raise_if_any()
    items, available = handover_items(s, now)
    hid = new_id()
    row = RosterHandoverEntry(
        id=hid, handover_id=hid, kind="out", assignment_id=a.id if a else None, day=a.day if a else None,
        shift_code=a.shift_code if a else "", notes=notes, items=json.dumps([_item_json(i) for i in items],
        ensure_ascii=False), checklists_available=available, at=now, operator_id=actor.operator_id,
        operator_name=actor.operator_name, console_code=actor.console_code, updated_at=now,
        updated_by=actor.operator_id,
    )  # fmt: skip
    s.add(row)
    s.flush()
    return _handover(row, None)


def acknowledge(
    s: Session, handover_id: str, actor: Actor, notes: str = "", now: datetime | None = None
) -> Handover:
    """The incoming engineer acknowledges (接班确认). A second acknowledgement is refused
    (HandoverAlreadyAcknowledged), and so is one by the engineer who handed over (ValidationError
    `operator: same_operator`)."""
    now = now or utcnow()
    out = s.get(RosterHandoverEntry, handover_id)
    if out is None or out.deleted or out.kind != "out":
        raise NotFound("handover", handover_id)
    ack = _ack_of(s, handover_id)
    if ack is not None:
        raise HandoverAlreadyAcknowledged(handover_id, ack.operator_name)
    c = Checker()
    notes = c.text("notes", notes, max_len=10000, multiline=True)
    if out.operator_id is not None and out.operator_id == actor.operator_id:
        # taking over from oneself proves nothing: the incoming engineer acknowledges under their own name
        c.add("operator", "same_operator", value=out.operator_name)
    c.raise_if_any()
    row = RosterHandoverEntry(
        id=new_id(), handover_id=handover_id, kind="ack", assignment_id=None, day=None, shift_code=out.shift_code,
        notes=notes, items="[]", checklists_available=True, at=max(now, out.at), operator_id=actor.operator_id,
        operator_name=actor.operator_name, console_code=actor.console_code, updated_at=now,
        updated_by=actor.operator_id,
    )  # fmt: skip
    s.add(row)
    s.flush()
    return _handover(out, row)


def _ack_of(s: Session, handover_id: str) -> RosterHandoverEntry | None:
    # Two consoles offline may both acknowledge: the earliest counts (both rows are kept).
    return s.scalars(
        select(RosterHandoverEntry)
        .where(
            RosterHandoverEntry.handover_id == handover_id,
            RosterHandoverEntry.kind == "ack",
            RosterHandoverEntry.deleted.is_(False),
        )
        .order_by(RosterHandoverEntry.at)
    ).first()


def _handover(out: RosterHandoverEntry, ack: RosterHandoverEntry | None) -> Handover:
    return Handover(
        id=out.id,
        assignment_id=out.assignment_id,
        day=date.fromisoformat(out.day) if out.day else None,
        shift_code=out.shift_code,
        outgoing_name=out.operator_name,
        outgoing_at=out.at,
        notes=out.notes,
        items=tuple(_item(d) for d in json.loads(out.items or "[]")),
        incoming_name=ack.operator_name if ack else "",
        incoming_at=ack.at if ack else None,
        incoming_notes=ack.notes if ack else "",
        console_code=out.console_code,
        checklists_available=out.checklists_available,
    )


def _with_acks(s: Session, outs: list[RosterHandoverEntry]) -> list[Handover]:
    ids = [o.id for o in outs]
    acks: dict[str, RosterHandoverEntry] = {}
    if ids:
        for a in s.scalars(
            select(RosterHandoverEntry)
            .where(
                RosterHandoverEntry.handover_id.in_(ids),
                RosterHandoverEntry.kind == "ack",
                RosterHandoverEntry.deleted.is_(False),
            )
            .order_by(RosterHandoverEntry.at.desc())
        ):
            acks[a.handover_id] = a  # ordered newest first: the earliest wins
    return [_handover(o, acks.get(o.id)) for o in outs]


def get_handover(s: Session, handover_id: str) -> Handover:
    out = s.get(RosterHandoverEntry, handover_id)
    if out is None or out.deleted or out.kind != "out":
        raise NotFound("handover", handover_id)
    return _handover(out, _ack_of(s, handover_id))


def pending_handovers(s: Session, *, within: timedelta = timedelta(days=7)) -> list[Handover]:
    """Handovers of the last `within` not yet acknowledged, newest first: what the next shift must take over."""
    since = utcnow() - within
    outs = list(
        s.scalars(
            select(RosterHandoverEntry)
            .where(
                RosterHandoverEntry.kind == "out",
                RosterHandoverEntry.deleted.is_(False),
                RosterHandoverEntry.at >= since,
            )
            .order_by(RosterHandoverEntry.at.desc())
        )
    )
    return [h for h in _with_acks(s, outs) if not h.acknowledged]


def search_handovers(
    s: Session, text: str = "", *, start: date | None = None, end: date | None = None, limit: int = 200
) -> list[Handover]:
    """History, newest first. `text` matches the notes (both sides), operators, and listed ticket codes/titles."""
    q = select(RosterHandoverEntry).where(RosterHandoverEntry.deleted.is_(False))
    if start is not None:
        q = q.where(RosterHandoverEntry.at >= _local_midnight(start))
    if end is not None:
        q = q.where(RosterHandoverEntry.at < _local_midnight(end + timedelta(days=1)))
    for term in text.split():
        like = "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"
        q = q.where(
            RosterHandoverEntry.notes.like(like, escape="\\")
            | RosterHandoverEntry.items.like(like, escape="\\")
            | RosterHandoverEntry.operator_name.like(like, escape="\\")
        )
    hits = list(s.scalars(q.order_by(RosterHandoverEntry.at.desc()).limit(limit * 2)))
    ids = list(dict.fromkeys(h.handover_id for h in hits))[:limit]
    outs = list(
        s.scalars(
            select(RosterHandoverEntry)
            .where(RosterHandoverEntry.id.in_(ids), RosterHandoverEntry.kind == "out")
            .order_by(RosterHandoverEntry.at.desc())
        )
    ) if ids else []  # fmt: skip
    return _with_acks(s, outs)


def _local_midnight(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time(), tzinfo=zone()).astimezone(UTC)
