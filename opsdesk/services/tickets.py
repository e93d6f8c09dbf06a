"""The ticket desk's use cases: file, work through events, list, search, attach, report.

Events are append-only; a ticket's status and its cached clock deadlines are derived from them
(opsdesk.rules.lifecycle, opsdesk.rules.sla) on every change, in the same transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, Select, and_, func, or_, select, text, type_coerce
from sqlalchemy.orm import Session, aliased

from opsdesk.domain.enums import OPEN_STATUSES, Category, ClockState, EventKind, PauseReason, TicketStatus
from opsdesk.domain.people import Actor
from opsdesk.domain.reports import FaultReportContent
from opsdesk.domain.sla import ContractProfile, TicketClocks
from opsdesk.domain.tickets import Attachment, FaultRecord, NewTicket, TicketDetail, TicketEvent, TicketRow
from opsdesk.errors import AttachmentTooLarge, NotFound, UnknownPriority
from opsdesk.rules.lifecycle import replay
from opsdesk.rules.sla import compute_clocks
from opsdesk.services.refcache import reference
from opsdesk.services.validation import Checker
from opsdesk.storage.models import (
    AttachmentRow,
    FaultReportRow,
    Operator,
    Room,
    Ticket,
    TicketCounter,
    TicketEventRow,
)
from opsdesk.storage.search_text import is_bigram_query
from opsdesk.storage.types import UtcMillis, from_millis, to_millis
from opsdesk.timeutil import DEFAULT_TZ, new_id, utcnow, zone

ATTACHMENT_LIMIT = 20 * 1024 * 1024  # photos from a phone fit; a video does not belong in the replica
CLOCK_SKEW = timedelta(minutes=2)  # an event "now" from a console a little ahead is not "in the future"
_MAX_NOTE = 2000


# ---- codes ---------------------------------------------------------------------------------------
def next_code(
    s: Session, console_code: str, when: datetime, tz: str = DEFAULT_TZ, *, reuse: bool = False
) -> str:
    """`A1-20261123-007`: console, local date, counter. Unique across consoles without a server.

    `reuse` keeps the day's counter row in the session after its first use, so that a bulk filing in one
    unit of work reads it once: within that unit of work only it gives out this console's codes.
    """
    day = when.astimezone(zone(tz)).strftime("%Y%m%d")
    prefix = f"{console_code}-{day}-"
    cache = s.info.setdefault("opsdesk.code_counters", {}) if reuse else None
    counter = cache.get((console_code, day)) if cache is not None else None
    if counter is not None:
        counter.last += 1
        return f"{prefix}{counter.last:03d}"
    counter = s.scalar(
        select(TicketCounter).where(TicketCounter.console_code == console_code, TicketCounter.day == day)
    )
    # The counter row is local; if it was lost (restored file), never reuse a code already taken.
    # A range on the unique index (":" follows "9"): SQLite's LIKE is case-insensitive and would scan.
    taken = s.scalars(select(Ticket.code).where(Ticket.code > prefix, Ticket.code < f"{prefix}:")).all()
    highest = max((int(c[len(prefix) :]) for c in taken if c[len(prefix) :].isdigit()), default=0)
    n = max(counter.last if counter else 0, highest) + 1
    if counter is None:
        counter = TicketCounter(console_code=console_code, day=day, last=n)
        s.add(counter)
    else:
        counter.last = n
    if cache is not None:
        cache[(console_code, day)] = counter
    return f"{prefix}{n:03d}"


# ---- filing --------------------------------------------------------------------------------------
def _profile(s: Session, code: str) -> ContractProfile:
    profiles, _cal = reference(s)
    if code not in profiles:
        from opsdesk.errors import UnknownProfile

        raise UnknownProfile(code)
    return profiles[code]


def create_ticket(
    s: Session,
    new: NewTicket,
    actor: Actor,
    *,
    profile_code: str,
    at: datetime | None = None,
    now: datetime | None = None,
    tz: str = DEFAULT_TZ,
) -> TicketDetail:
    now = now or utcnow()
    profile = _profile(s, profile_code)
    c = Checker()
    values = _checked_fields(s, c, new, profile)
    at = _check_time(c, at, now, None)
    c.raise_if_any()
    t, events = _insert_ticket(s, new, actor, at=at, now=now, tz=tz, values=values)
    _refresh(s, t, now, events)
    return get_detail(s, t.id, now=now)


def _checked_fields(s: Session, c: Checker, new: NewTicket, profile: ContractProfile) -> dict:
    """The ticket's columns from the form, cleaned; problems go to `c`."""
    values = dict(
        title=c.text("title", new.title, max_len=200, required=True),
        description=c.text("description", new.description, max_len=10000, multiline=True),
        reporter_name=c.text("reporter_name", new.reporter_name, max_len=50),
        reporter_phone=c.phone("reporter_phone", new.reporter_phone),
        reporter_unit=c.text("reporter_unit", new.reporter_unit, max_len=100),
        equipment=c.text("equipment", new.equipment, max_len=100),
        priority=c.choice("priority", new.priority, profile.level_codes),
        category=c.choice("category", new.category, tuple(x.value for x in Category)),
        profile_code=profile.code,
    )
    if new.room_id and s.get(Room, new.room_id) is None:
        c.add("room_id", "not_found")
    if new.assignee_id and s.get(Operator, new.assignee_id) is None:
        c.add("assignee_id", "not_found")
    return values


def _insert_ticket(
    s: Session,
    new: NewTicket,
    actor: Actor,
    *,
    at: datetime,
    now: datetime,
    tz: str,
    values: dict,
    flush: bool = True,
) -> tuple[Ticket, list[TicketEvent]]:
    """Insert a checked ticket and its CREATED event; return the row and its events so far."""
    t = Ticket(
        id=new_id(),
        code=next_code(s, actor.console_code, at, tz, reuse=not flush),
        **values,
        room_id=new.room_id or None,
        status=TicketStatus.NEW.value,
        assignee_id=new.assignee_id or None,
        created_at=at,
        created_by=actor.operator_id,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(t)
    if flush:
        s.flush()
    created = _append(s, t, EventKind.CREATED, {"priority": values["priority"]}, actor, at, now, flush=flush)
    return t, [created]


def _check_time(c: Checker, at: datetime | None, now: datetime, after: datetime | None) -> datetime:
    """The time a ticket or an event happened; problems go to `c`.

    A time a little ahead of `now` (a console clock up to CLOCK_SKEW fast) is taken as now, so no clock
    ever starts in the future.
    """
    if at is None:
        return now
    if at.tzinfo is None:
        c.add("at", "naive_time")
        return now
    if at > now + CLOCK_SKEW:
        c.add("at", "in_future", at=at, now=now)
    elif after is not None and at < after:
        c.add("at", "before_creation", at=at, created=after)
    return min(at, now)


# ---- events --------------------------------------------------------------------------------------
def _clean_payload(s: Session, t: Ticket, kind: EventKind, payload: dict, priority: str) -> dict:
    """Validate an event's payload by kind; return what is stored.

    `priority` is the one in force at the event's time (a back-dated change is "from" that one).
    """
    c = Checker()
    out: dict = {}
    note = c.text("note", payload.get("note", ""), max_len=_MAX_NOTE, multiline=True)
    if note:
        out["note"] = note
    if kind is EventKind.PAUSED:
        out["reason"] = c.choice(
            "reason", payload.get("reason", PauseReason.OTHER.value), tuple(r.value for r in PauseReason)
        )
    elif kind is EventKind.PRIORITY_CHANGED:
        profile = _profile(s, t.profile_code)
        to = str(payload.get("to", ""))
        if to not in profile.level_codes:
            raise UnknownPriority(to, profile.level_codes)
        if to == priority:
            c.add("to", "unchanged", value=to)
        out.update({"from": priority, "to": to})
    elif kind is EventKind.REASSIGNED:
        to = payload.get("to")
        op = s.get(Operator, to) if to else None
        if op is None:
            c.add("to", "not_found")
        else:
            out.update({"to": op.id, "to_name": op.name})
    elif kind is EventKind.RESOLVED:
        f = payload.get("fault") or {}
        fault = FaultRecord(
            level=c.text("fault.level", f.get("level"), max_len=50),
            cause=c.text("fault.cause", f.get("cause"), max_len=5000, multiline=True),
            handling=c.text("fault.handling", f.get("handling"), max_len=5000, multiline=True, required=True),
            result=c.text("fault.result", f.get("result"), max_len=5000, multiline=True, required=True),
            part_model=c.text("fault.part_model", f.get("part_model"), max_len=100),
            part_serial=c.text("fault.part_serial", f.get("part_serial"), max_len=100),
        )
        out["fault"] = fault.as_dict()
    elif kind is EventKind.COMMENT and not note:
        c.add("note", "required")
    elif kind is EventKind.ATTACHMENT:
        out.update({k: payload[k] for k in ("attachment_id", "filename") if k in payload})
    c.raise_if_any()
    return out


def add_event(
    s: Session,
    ticket_id: str,
    kind: EventKind | str,
    actor: Actor,
    *,
    payload: dict | None = None,
    at: datetime | None = None,
    now: datetime | None = None,
) -> TicketDetail:
    """Append one event after checking its time and that the ticket's lifecycle allows it."""
    now = now or utcnow()
    kind = EventKind(kind)
    if kind is EventKind.CREATED:
        from opsdesk.errors import InvalidTransition

        raise InvalidTransition("any", kind.value)
    t = _ticket(s, ticket_id)
    events = _events(s, t.id)
    _apply_event(s, t, events, kind, actor, payload or {}, at, now)
    _refresh(s, t, now, events)
    return get_detail(s, t.id, now=now)


def _apply_event(
    s: Session,
    t: Ticket,
    events: list[TicketEvent],
    kind: EventKind,
    actor: Actor,
    payload: dict,
    at: datetime | None,
    now: datetime,
    *,
    flush: bool = True,
) -> None:
    """Check one event against the ticket's time and lifecycle, store it, and add it to `events`.

    `events` is the ticket's history in order; on success it holds the new event too. On error nothing
    is written and `events` is unchanged.
    """
    c = Checker()
    at = _check_time(c, at, now, t.created_at)
    c.raise_if_any()
    clean = _clean_payload(s, t, kind, payload, _priority_at(events, _stored_time(at)))
    ev = _as_event(t, kind, clean, actor, at, now, new_id())
    candidate = sorted([*events, ev], key=_event_order)
    replay(candidate)  # raises InvalidTransition: nothing is written
    _store(s, ev, actor, now, flush=flush)
    events[:] = candidate
    t.updated_at, t.updated_by = now, actor.operator_id


@dataclass(frozen=True, slots=True)
class ScriptedEvent:
    """One event of a lifecycle filed in one go by `file_scripted`."""

    kind: EventKind
    actor: Actor
    at: datetime
    payload: dict = field(default_factory=dict)


def file_scripted(
    s: Session,
    new: NewTicket,
    actor: Actor,
    script: Sequence[ScriptedEvent],
    *,
    profile_code: str,
    at: datetime,
    now: datetime,
    tz: str = DEFAULT_TZ,
) -> tuple[str, str]:
    """create_ticket, then add_event for each scripted event, with the same checks and the same rows.

    The fast path for seeding and bulk imports: the history stays in memory, nothing is flushed per event,
    and status and clocks are derived once at the end instead of after every event (they depend only on
    the final history and `now`). Returns (id, code). tests/core/test_demo.py compares it with the
    one-event-at-a-time path. On an error the ticket is already in the session: roll the unit of work back
    (Database.session() does).
    """
    c = Checker()
    profile = _profile(s, profile_code)
    values = _checked_fields(s, c, new, profile)
    at = _check_time(c, at, now, None)
    c.raise_if_any()
    t, events = _insert_ticket(s, new, actor, at=at, now=now, tz=tz, values=values, flush=False)
    for ev in script:
        kind = EventKind(ev.kind)
        if kind is EventKind.CREATED:
            from opsdesk.errors import InvalidTransition

            raise InvalidTransition("any", kind.value)
        _apply_event(s, t, events, kind, ev.actor, ev.payload, ev.at, now, flush=False)
    _refresh(s, t, now, events)
    return t.id, t.code


def _priority_at(events: Sequence[TicketEvent], at: datetime) -> str:
    """The priority in force at `at` (an event recorded now at `at` sorts after all of these)."""
    priority = ""
    for e in events:
        if e.at > at:
            break
        if e.kind is EventKind.CREATED:
            priority = str(e.payload.get("priority", priority))
        elif e.kind is EventKind.PRIORITY_CHANGED:
            priority = str(e.payload.get("to", priority))
    return priority


def _derive_columns(t: Ticket, events: Sequence[TicketEvent]) -> None:
    """Priority, assignee and fault record as the time-ordered history leaves them.

    An event may be back-dated, so the last one added is not necessarily the one in force. Without a
    REASSIGNED event the assignee is the one the ticket was filed with.
    """
    priority, assignee, fault = None, None, None
    for e in events:
        if e.kind is EventKind.CREATED:
            priority = e.payload.get("priority", priority)
        elif e.kind is EventKind.PRIORITY_CHANGED:
            priority = e.payload.get("to", priority)
        elif e.kind is EventKind.REASSIGNED:
            assignee = e.payload.get("to", assignee)
        elif e.kind is EventKind.RESOLVED:
            fault = e.payload.get("fault", fault)
    if priority:
        t.priority = str(priority)
    if assignee:
        t.assignee_id = str(assignee)
    if fault is not None:
        f = FaultRecord.from_dict(fault)
        t.fault_level, t.fault_cause, t.fault_handling = f.level, f.cause, f.handling
        t.fault_result, t.part_model, t.part_serial = f.result, f.part_model, f.part_serial


def _event_order(e: TicketEvent) -> tuple:
    # ties at the same instant keep the order they were recorded in (ids are time-ordered UUIDv7)
    return (e.at, e.recorded_at or e.at, e.id)


def _append(
    s: Session,
    t: Ticket,
    kind: EventKind,
    payload: dict,
    actor: Actor,
    at: datetime,
    now: datetime,
    *,
    flush: bool = True,
) -> TicketEvent:
    ev = _as_event(t, kind, payload, actor, at, now, new_id())
    _store(s, ev, actor, now, flush=flush)
    return ev


def _store(s: Session, ev: TicketEvent, actor: Actor, now: datetime, *, flush: bool = True) -> None:
    s.add(
        TicketEventRow(
            id=ev.id,
            ticket_id=ev.ticket_id,
            kind=ev.kind.value,
            at=ev.at,
            recorded_at=now,
            operator_id=actor.operator_id,
            console_code=actor.console_code,
            payload=json.dumps(ev.payload, ensure_ascii=False),
            updated_at=now,
            updated_by=actor.operator_id,
        )
    )
    if flush:
        s.flush()


def _as_event(
    t: Ticket, kind: EventKind, payload: dict, actor: Actor, at: datetime, now: datetime, row_id: str
) -> TicketEvent:
    """The event as _events() will read it back (payload through JSON, times in stored milliseconds), so
    state derived from events in memory cannot differ from state derived from the database."""
    stored = json.loads(json.dumps(payload, ensure_ascii=False, default=str))
    return TicketEvent(
        kind,
        _stored_time(at),
        stored,
        row_id,
        t.id,
        actor.operator_id,
        actor.operator_name,
        _stored_time(now),
    )


def _stored_time(value: datetime) -> datetime:
    return from_millis(to_millis(value))


def _ticket(s: Session, key: str) -> Ticket:
    t = s.get(Ticket, key) or s.scalar(select(Ticket).where(Ticket.code == key))
    if t is None or t.deleted:
        raise NotFound("ticket", key)
    return t


def _events(s: Session, ticket_id: str) -> list[TicketEvent]:
    op = aliased(Operator)
    rows = s.execute(
        select(TicketEventRow, op.name)
        .outerjoin(op, op.id == TicketEventRow.operator_id)
        .where(TicketEventRow.ticket_id == ticket_id)
    ).all()
    evs = [
        TicketEvent(
            EventKind(r.kind),
            r.at,
            json.loads(r.payload),
            r.id,
            r.ticket_id,
            r.operator_id,
            name or "",
            r.recorded_at,
        )
        for r, name in rows
    ]
    evs.sort(key=_event_order)
    return evs


def _clocks(s: Session, t: Ticket, events: list[TicketEvent], now: datetime) -> TicketClocks:
    profiles, cal = reference(s)
    return compute_clocks(events, profiles[t.profile_code], cal, now)


def _refresh(s: Session, t: Ticket, now: datetime, events: list[TicketEvent] | None = None) -> None:
    """Derive status and the cached deadlines from the events (the events are the truth).

    `events`, when given, is the ticket's full history in order (as _events() would read it).
    """
    if events is None:
        events = _events(s, t.id)
    t.status = replay(events).value
    _derive_columns(t, events)
    clocks = _clocks(s, t, events, now)
    for name in ("respond", "arrive", "resolve"):
        cl = getattr(clocks, name)
        stopped = cl.stopped_at is not None
        setattr(t, f"{name}_due", cl.due if cl.state is not ClockState.NONE else None)
        setattr(t, f"{name}_warn", None if stopped else cl.warn_at)
        setattr(t, f"{name}_done", cl.state.value if stopped else None)
    rep = clocks.report
    t.report_due = rep.due if rep.state not in (ClockState.NONE, ClockState.NOT_STARTED) else None
    t.report_done = rep.state.value if rep.stopped_at else None
    t.paused = t.status == TicketStatus.PAUSED.value
    resolved = [e.at for e in events if e.kind is EventKind.RESOLVED]
    closed = [e.at for e in events if e.kind is EventKind.CLOSED]
    t.resolved_at = resolved[-1] if resolved and t.status in ("resolved", "closed") else None
    t.closed_at = closed[-1] if closed and t.status == "closed" else None


def clocks_for(s: Session, ids: Sequence[str], *, now: datetime | None = None) -> dict[str, TicketClocks]:
    """The clocks of many tickets at once (a list's JSON export): events read in a few queries."""
    now = now or utcnow()
    profiles, cal = reference(s)
    out: dict[str, TicketClocks] = {}
    for lo in range(0, len(ids), 500):
        chunk = list(ids[lo : lo + 500])
        codes = dict(s.execute(select(Ticket.id, Ticket.profile_code).where(Ticket.id.in_(chunk))).all())
        by_ticket: dict[str, list[TicketEvent]] = {i: [] for i in codes}
        for r in s.execute(
            select(
                TicketEventRow.id,
                TicketEventRow.ticket_id,
                TicketEventRow.kind,
                TicketEventRow.at,
                TicketEventRow.payload,
                TicketEventRow.recorded_at,
            ).where(TicketEventRow.ticket_id.in_(chunk))
        ):
            by_ticket[r.ticket_id].append(
                TicketEvent(
                    EventKind(r.kind),
                    r.at,
                    json.loads(r.payload),
                    r.id,
                    r.ticket_id,
                    recorded_at=r.recorded_at,
                )
            )
        for tid, evs in by_ticket.items():
            evs.sort(key=_event_order)
            out[tid] = compute_clocks(evs, profiles[codes[tid]], cal, now)
    return out


def refresh_open_clocks(s: Session, now: datetime | None = None) -> int:
    """Recompute cached clocks of open tickets (after a calendar or profile edit); returns how many."""
    now = now or utcnow()
    ts = s.scalars(select(Ticket).where(Ticket.status.in_([x.value for x in OPEN_STATUSES]))).all()
    for t in ts:
        _refresh(s, t, now)
    return len(ts)


# ---- reading -------------------------------------------------------------------------------------
def get_detail(s: Session, key: str, *, now: datetime | None = None) -> TicketDetail:
    now = now or utcnow()
    t = _ticket(s, key)
    events = _events(s, t.id)
    room = s.get(Room, t.room_id) if t.room_id else None
    assignee = s.get(Operator, t.assignee_id) if t.assignee_id else None
    creator = s.get(Operator, t.created_by) if t.created_by else None
    return TicketDetail(
        id=t.id,
        code=t.code,
        title=t.title,
        description=t.description,
        priority=t.priority,
        category=t.category,
        status=TicketStatus(t.status),
        reporter_name=t.reporter_name,
        reporter_phone=t.reporter_phone,
        reporter_unit=t.reporter_unit,
        room_id=t.room_id,
        room_name=room.name_zh if room else "",
        equipment=t.equipment,
        assignee_id=t.assignee_id,
        assignee_name=assignee.name if assignee else "",
        profile_code=t.profile_code,
        created_at=t.created_at,
        created_by_name=creator.name if creator else "",
        fault=FaultRecord(
            t.fault_level, t.fault_cause, t.fault_handling, t.fault_result, t.part_model, t.part_serial
        ),
        events=tuple(events),
        clocks=_clocks(s, t, events, now),
        attachments=tuple(list_attachments(s, t.id)),
    )


@dataclass(frozen=True, slots=True)
class TicketFilter:
    """What the list shows. Empty tuples mean "any"."""

    statuses: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    room_ids: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    risk: str = ""  # "" | "at_risk" (warning or breached) | "breached"
    assignee_id: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    text: str = ""
    sort: str = "created_at"
    descending: bool = True
    limit: int | None = None


SORT_COLUMNS = {
    "code": Ticket.code,
    "priority": Ticket.priority,
    "title": Ticket.title,
    "status": Ticket.status,
    "created_at": Ticket.created_at,
    "respond_due": Ticket.respond_due,
    "arrive_due": Ticket.arrive_due,
    "resolve_due": Ticket.resolve_due,
    "category": Ticket.category,
    "room": Room.name_zh,
}

_ROW_COLUMNS = (
    Ticket.id,
    Ticket.code,
    Ticket.priority,
    Ticket.title,
    Room.name_zh,
    Ticket.category,
    Ticket.status,
    Ticket.created_at,
    Operator.name,
    Ticket.respond_due,
    Ticket.respond_warn,
    Ticket.respond_done,
    Ticket.arrive_due,
    Ticket.arrive_warn,
    Ticket.arrive_done,
    Ticket.resolve_due,
    Ticket.resolve_warn,
    Ticket.resolve_done,
    Ticket.paused,
)


def _running(prefix: str, now: datetime, field: str, *, pausable: bool):
    col_done = getattr(Ticket, f"{prefix}_done")
    col = getattr(Ticket, f"{prefix}_{field}")
    cond = and_(col_done.is_(None), col.is_not(None), col <= now)
    return and_(cond, Ticket.paused.is_(False)) if pausable else cond


def risk_condition(risk: str, now: datetime):
    """Open tickets with a running clock past its warning point (at_risk) or past due (breached)."""
    field = "due" if risk == "breached" else "warn"
    return and_(
        Ticket.status.in_([x.value for x in OPEN_STATUSES]),
        or_(
            _running("respond", now, field, pausable=False),
            _running("arrive", now, field, pausable=True),
            _running("resolve", now, field, pausable=True),
        ),
    )


# What a search looks in: the text the full-text indexes hold (migrations 0001 and 0002), so the scan
# for a one-character term finds what an index look-up would.
SEARCH_COLUMNS = (
    Ticket.title,
    Ticket.description,
    Ticket.code,
    Ticket.reporter_name,
    Ticket.reporter_unit,
    Ticket.equipment,
    Ticket.fault_level,
    Ticket.fault_cause,
    Ticket.fault_handling,
    Ticket.fault_result,
    Ticket.part_model,
    Ticket.part_serial,
)


def _fts_query(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def text_condition(query: str):
    """Each whitespace-separated term must occur (Chinese substrings included)."""
    conds = []
    for term in query.split():
        key = f"q{len(conds)}"
        if len(term) >= 3:  # the trigram index answers these directly
            index = "tickets_fts"
        elif is_bigram_query(term):  # 大屏, 空调: the bigram index (0002)
            index = "tickets_bigram"
        else:  # one character, or a pair with punctuation: no index can answer; scan
            like = f"%{_escape_like(term)}%"
            conds.append(or_(*(col.like(like, escape="\\") for col in SEARCH_COLUMNS)))
            continue
        conds.append(
            text(f"tickets.rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH :{key})").bindparams(
                **{key: _fts_query(term)}
            )
        )
    return and_(*conds)


def _escape_like(term: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", term)


def _list_query(f: TicketFilter, now: datetime) -> Select:
    q = (
        select(*_ROW_COLUMNS)
        .outerjoin(Room, Room.id == Ticket.room_id)
        .outerjoin(Operator, Operator.id == Ticket.assignee_id)
        .where(Ticket.deleted.is_(False))
    )
    if f.statuses:
        q = q.where(Ticket.status.in_(f.statuses))
    if f.priorities:
        q = q.where(Ticket.priority.in_(f.priorities))
    if f.room_ids:
        q = q.where(Ticket.room_id.in_(f.room_ids))
    if f.categories:
        q = q.where(Ticket.category.in_(f.categories))
    if f.assignee_id:
        q = q.where(Ticket.assignee_id == f.assignee_id)
    if f.created_from:
        q = q.where(Ticket.created_at >= f.created_from)
    if f.created_to:
        q = q.where(Ticket.created_at < f.created_to)
    if f.risk:
        q = q.where(risk_condition(f.risk, now))
    if f.text.strip():
        q = q.where(text_condition(f.text))
    col = SORT_COLUMNS.get(f.sort, Ticket.created_at)
    order = col.desc() if f.descending else col.asc()
    q = q.order_by(order.nulls_last(), Ticket.code.desc() if f.descending else Ticket.code.asc())
    if f.limit:
        q = q.limit(f.limit)
    return q


def list_rows(s: Session, f: TicketFilter | None = None, *, now: datetime | None = None) -> list[TicketRow]:
    return _rows(s, _list_query(f or TicketFilter(), now or utcnow()))


def rows_by_id(s: Session, ids: list[str], f: TicketFilter | None = None) -> list[TicketRow]:
    """Fresh rows for a change notification: the list updates these in place.

    With a filter, only the rows that match it (a new ticket joins the list only if it belongs there).
    """
    return _rows(s, _list_query(f or TicketFilter(), utcnow()).where(Ticket.id.in_(list(ids))))


# Row times are read as raw integer milliseconds and converted here, and the few distinct values of the
# short columns (room, category, priority, assignee, clock outcome) are shared between rows: a list of
# 100,000 tickets loads in about half the time and memory of the ORM-typed path.
_RAW_COLUMNS = tuple(
    type_coerce(c, BigInteger).label(f"c{i}") if isinstance(c.type, UtcMillis) else c
    for i, c in enumerate(_ROW_COLUMNS)
)


def _rows(s: Session, q: Select) -> list[TicketRow]:
    q = q.with_only_columns(*_RAW_COLUMNS, maintain_column_froms=True)
    shared: dict = {}
    share = shared.setdefault
    ms = from_millis
    statuses = {st.value: st for st in TicketStatus}
    new = TicketRow
    # Core, not ORM, execution: plain tuples, streamed (no second list of 100,000 rows alive at the peak)
    return _convert(s.connection().execute(q), share, ms, statuses, new)


def _convert(rows, share, ms, statuses, new) -> list[TicketRow]:
    out = []
    append = out.append
    for (
        tid,
        code,
        priority,
        title,
        room,
        category,
        status,
        created,
        assignee,
        r_due,
        r_warn,
        r_done,
        a_due,
        a_warn,
        a_done,
        z_due,
        z_warn,
        z_done,
        paused,
    ) in rows:
        append(new(
            tid, code, share(priority, priority), title, share(room or "", room or ""),
            share(category, category), statuses[status], ms(created), share(assignee or "", assignee or ""),
            r_due if r_due is None else ms(r_due), r_warn if r_warn is None else ms(r_warn), r_done and share(r_done, r_done),
            a_due if a_due is None else ms(a_due), a_warn if a_warn is None else ms(a_warn), a_done and share(a_done, a_done),
            z_due if z_due is None else ms(z_due), z_warn if z_warn is None else ms(z_warn), z_done and share(z_done, z_done),
            bool(paused),
        ))  # fmt: skip
    return out


def risk_counts(s: Session, *, now: datetime | None = None) -> tuple[int, int]:
    """(at risk, breached) among open tickets: the status bar's alarm."""
    now = now or utcnow()
    at_risk = s.scalar(select(func.count()).select_from(Ticket).where(risk_condition("at_risk", now))) or 0
    breached = s.scalar(select(func.count()).select_from(Ticket).where(risk_condition("breached", now))) or 0
    return at_risk, breached


# ---- attachments ---------------------------------------------------------------------------------
def add_attachment(
    s: Session,
    ticket_id: str,
    filename: str,
    data: bytes,
    actor: Actor,
    *,
    mime: str = "application/octet-stream",
    now: datetime | None = None,
) -> Attachment:
    now = now or utcnow()
    t = _ticket(s, ticket_id)
    c = Checker()
    filename = c.text("filename", filename, max_len=255, required=True)
    c.raise_if_any()
    if len(data) > ATTACHMENT_LIMIT:
        raise AttachmentTooLarge(filename, len(data), ATTACHMENT_LIMIT)
    a = AttachmentRow(
        id=new_id(),
        ticket_id=t.id,
        filename=filename,
        mime=mime,
        size=len(data),
        data=data,
        added_at=now,
        added_by=actor.operator_id,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(a)
    s.flush()
    add_event(
        s, t.id, EventKind.ATTACHMENT, actor, payload={"attachment_id": a.id, "filename": filename}, now=now
    )
    return Attachment(a.id, t.id, filename, mime, len(data), now, actor.operator_name)


def list_attachments(s: Session, ticket_id: str) -> list[Attachment]:
    rows = s.execute(
        select(
            AttachmentRow.id,
            AttachmentRow.filename,
            AttachmentRow.mime,
            AttachmentRow.size,
            AttachmentRow.added_at,
            Operator.name,
        )
        .outerjoin(Operator, Operator.id == AttachmentRow.added_by)
        .where(AttachmentRow.ticket_id == ticket_id, AttachmentRow.deleted.is_(False))
        .order_by(AttachmentRow.added_at)
    ).all()
    return [Attachment(r[0], ticket_id, r[1], r[2], r[3], r[4], r[5] or "") for r in rows]


def attachment_data(s: Session, attachment_id: str) -> tuple[str, bytes]:
    a = s.get(AttachmentRow, attachment_id)
    if a is None or a.deleted:
        raise NotFound("attachment", attachment_id)
    return a.filename, a.data


# ---- the fault handling and analysis report ------------------------------------------------------


def report_content(s: Session, ticket_id: str) -> FaultReportContent:
    """The saved report text, or defaults drawn from the ticket's record."""
    t = _ticket(s, ticket_id)
    row = s.scalar(select(FaultReportRow).where(FaultReportRow.ticket_id == t.id))
    if row is None:
        return FaultReportContent.from_detail(get_detail(s, t.id))
    known = {f.name for f in fields(FaultReportContent)}
    data = {k: v for k, v in json.loads(row.content).items() if k in known}
    return FaultReportContent(**data)


def save_report_content(
    s: Session,
    ticket_id: str,
    content: FaultReportContent,
    actor: Actor,
    *,
    exported: bool = False,
    now: datetime | None = None,
) -> None:
    """Keep the edited report; `exported` also stops the report clock (a REPORT_SUBMITTED event)."""
    now = now or utcnow()
    t = _ticket(s, ticket_id)
    c = Checker()
    for f in fields(FaultReportContent):
        c.text(f.name, getattr(content, f.name), max_len=5000, multiline=True)
    c.raise_if_any()
    row = s.scalar(select(FaultReportRow).where(FaultReportRow.ticket_id == t.id))
    data = json.dumps(asdict(content), ensure_ascii=False)
    if row is None:
        row = FaultReportRow(
            id=new_id(), ticket_id=t.id, content=data, updated_at=now, updated_by=actor.operator_id
        )
        s.add(row)
    else:
        row.content, row.updated_at, row.updated_by = data, now, actor.operator_id
    if exported:
        row.exported_at = now
        already = any(
            e.kind is EventKind.REPORT_SUBMITTED and (t.resolved_at is None or e.at >= t.resolved_at)
            for e in _events(s, t.id)
        )
        if not already and t.status in (TicketStatus.RESOLVED.value, TicketStatus.CLOSED.value):
            add_event(s, t.id, EventKind.REPORT_SUBMITTED, actor, now=now)
    s.flush()
