"""The ticket desk's use cases: file, work through events, list, search, attach, report.

Events are append-only; a ticket's status and its cached clock deadlines are derived from them
(opsdesk.rules.lifecycle, opsdesk.rules.sla) on every change, in the same transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import Select, and_, func, or_, select, text
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
from opsdesk.timeutil import DEFAULT_TZ, new_id, utcnow, zone

ATTACHMENT_LIMIT = 20 * 1024 * 1024  # photos from a phone fit; a video does not belong in the replica
CLOCK_SKEW = timedelta(minutes=2)  # an event "now" from a console a little ahead is not "in the future"
_MAX_NOTE = 2000


# ---- codes ---------------------------------------------------------------------------------------
def next_code(s: Session, console_code: str, when: datetime, tz: str = DEFAULT_TZ) -> str:
    """`A1-20261123-007`: console, local date, counter. Unique across consoles without a server."""
    day = when.astimezone(zone(tz)).strftime("%Y%m%d")
    prefix = f"{console_code}-{day}-"
    counter = s.scalar(select(TicketCounter).where(TicketCounter.console_code == console_code,
                                                   TicketCounter.day == day))
    # The counter row is local; if it was lost (restored file), never reuse a code already taken.
    taken = s.scalars(select(Ticket.code).where(Ticket.code.like(f"{prefix}%"))).all()
    highest = max((int(c[len(prefix):]) for c in taken if c[len(prefix):].isdigit()), default=0)
    n = max(counter.last if counter else 0, highest) + 1
    if counter is None:
        s.add(TicketCounter(console_code=console_code, day=day, last=n))
    else:
        counter.last = n
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
    title = c.text("title", new.title, max_len=200, required=True)
    description = c.text("description", new.description, max_len=10000, multiline=True)
    reporter_name = c.text("reporter_name", new.reporter_name, max_len=50)
    reporter_phone = c.phone("reporter_phone", new.reporter_phone)
    reporter_unit = c.text("reporter_unit", new.reporter_unit, max_len=100)
    equipment = c.text("equipment", new.equipment, max_len=100)
    priority = c.choice("priority", new.priority, profile.level_codes)
    category = c.choice("category", new.category, tuple(x.value for x in Category))
    if new.room_id and s.get(Room, new.room_id) is None:
        c.add("room_id", "not_found")
    if new.assignee_id and s.get(Operator, new.assignee_id) is None:
        c.add("assignee_id", "not_found")
    at = _check_time(c, at, now, None)
    c.raise_if_any()
    tid = new_id()
    t = Ticket(
        id=tid, code=next_code(s, actor.console_code, at, tz), title=title, description=description,
        reporter_name=reporter_name, reporter_phone=reporter_phone, reporter_unit=reporter_unit,
        room_id=new.room_id or None, equipment=equipment, category=category, priority=priority,
        status=TicketStatus.NEW.value, profile_code=profile.code, assignee_id=new.assignee_id or None,
        created_at=at, created_by=actor.operator_id, updated_at=now, updated_by=actor.operator_id,
    )
    s.add(t)
    s.flush()
    _append(s, t, EventKind.CREATED, {"priority": priority}, actor, at, now)
    _refresh(s, t, now)
    return get_detail(s, tid, now=now)


def _check_time(c: Checker, at: datetime | None, now: datetime, after: datetime | None) -> datetime:
    if at is None:
        return now
    if at.tzinfo is None:
        c.add("at", "naive_time")
        return now
    if at > now + CLOCK_SKEW:
        c.add("at", "in_future", at=at, now=now)
    elif after is not None and at < after:
        c.add("at", "before_creation", at=at, created=after)
    return at


# ---- events --------------------------------------------------------------------------------------
def _clean_payload(s: Session, t: Ticket, kind: EventKind, payload: dict) -> dict:
    """Validate an event's payload by kind; return what is stored."""
    c = Checker()
    out: dict = {}
    note = c.text("note", payload.get("note", ""), max_len=_MAX_NOTE, multiline=True)
    if note:
        out["note"] = note
    if kind is EventKind.PAUSED:
        out["reason"] = c.choice("reason", payload.get("reason", PauseReason.OTHER.value),
                                 tuple(r.value for r in PauseReason))
    elif kind is EventKind.PRIORITY_CHANGED:
        profile = _profile(s, t.profile_code)
        to = str(payload.get("to", ""))
        if to not in profile.level_codes:
            raise UnknownPriority(to, profile.level_codes)
        if to == t.priority:
            c.add("to", "unchanged", value=to)
        out.update({"from": t.priority, "to": to})
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
    c = Checker()
    at = _check_time(c, at, now, t.created_at)
    c.raise_if_any()
    if at > now:  # within the skew allowance: clamp, so no clock ever starts in the future
        at = now
    clean = _clean_payload(s, t, kind, payload or {})
    events = [*_events(s, t.id), TicketEvent(kind, at, clean, recorded_at=now)]
    events.sort(key=_event_order)
    replay(events)  # raises InvalidTransition: nothing is written
    _append(s, t, kind, clean, actor, at, now)
    if kind is EventKind.PRIORITY_CHANGED:
        t.priority = clean["to"]
    elif kind is EventKind.REASSIGNED:
        t.assignee_id = clean["to"]
    elif kind is EventKind.RESOLVED:
        f = clean["fault"]
        t.fault_level, t.fault_cause, t.fault_handling = f["level"], f["cause"], f["handling"]
        t.fault_result, t.part_model, t.part_serial = f["result"], f["part_model"], f["part_serial"]
    t.updated_at, t.updated_by = now, actor.operator_id
    _refresh(s, t, now)
    return get_detail(s, t.id, now=now)


def _event_order(e: TicketEvent) -> tuple:
    # ties at the same instant keep the order they were recorded in (ids are time-ordered UUIDv7)
    return (e.at, e.recorded_at or e.at, e.id)


def _append(s: Session, t: Ticket, kind: EventKind, payload: dict, actor: Actor, at: datetime,
            now: datetime) -> None:
    s.add(TicketEventRow(
        id=new_id(), ticket_id=t.id, kind=kind.value, at=at, recorded_at=now, operator_id=actor.operator_id,
        console_code=actor.console_code, payload=json.dumps(payload, ensure_ascii=False, default=str),
        updated_at=now, updated_by=actor.operator_id,
    ))
    s.flush()


def _ticket(s: Session, key: str) -> Ticket:
    t = s.get(Ticket, key) or s.scalar(select(Ticket).where(Ticket.code == key))
    if t is None or t.deleted:
        raise NotFound("ticket", key)
    return t


def _events(s: Session, ticket_id: str) -> list[TicketEvent]:
    op = aliased(Operator)
    rows = s.execute(
        select(TicketEventRow, op.name).outerjoin(op, op.id == TicketEventRow.operator_id)
        .where(TicketEventRow.ticket_id == ticket_id)
    ).all()
    evs = [
        TicketEvent(EventKind(r.kind), r.at, json.loads(r.payload), r.id, r.ticket_id, r.operator_id,
                    name or "", r.recorded_at)
        for r, name in rows
    ]
    evs.sort(key=_event_order)
    return evs


def _clocks(s: Session, t: Ticket, events: list[TicketEvent], now: datetime) -> TicketClocks:
    profiles, cal = reference(s)
    return compute_clocks(events, profiles[t.profile_code], cal, now)


def _refresh(s: Session, t: Ticket, now: datetime) -> None:
    """Derive status and the cached deadlines from the events (the events are the truth)."""
    events = _events(s, t.id)
    t.status = replay(events).value
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
        id=t.id, code=t.code, title=t.title, description=t.description, priority=t.priority,
        category=t.category, status=TicketStatus(t.status), reporter_name=t.reporter_name,
        reporter_phone=t.reporter_phone, reporter_unit=t.reporter_unit, room_id=t.room_id,
        room_name=room.name_zh if room else "", equipment=t.equipment, assignee_id=t.assignee_id,
        assignee_name=assignee.name if assignee else "", profile_code=t.profile_code,
        created_at=t.created_at, created_by_name=creator.name if creator else "",
        fault=FaultRecord(t.fault_level, t.fault_cause, t.fault_handling, t.fault_result, t.part_model,
                          t.part_serial),
        events=tuple(events), clocks=_clocks(s, t, events, now), attachments=tuple(list_attachments(s, t.id)),
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
}

_ROW_COLUMNS = (
    Ticket.id, Ticket.code, Ticket.priority, Ticket.title, Room.name_zh, Ticket.category, Ticket.status,
    Ticket.created_at, Operator.name, Ticket.respond_due, Ticket.respond_warn, Ticket.respond_done,
    Ticket.arrive_due, Ticket.arrive_warn, Ticket.arrive_done, Ticket.resolve_due, Ticket.resolve_warn,
    Ticket.resolve_done, Ticket.paused,
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
        or_(_running("respond", now, field, pausable=False), _running("arrive", now, field, pausable=True),
            _running("resolve", now, field, pausable=True)),
    )


def _fts_query(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def text_condition(query: str):
    """Each whitespace-separated term must occur (Chinese substrings included)."""
    conds = []
    for term in query.split():
        if len(term) >= 3:  # the trigram index answers these directly
            conds.append(text(f"tickets.rowid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH :q{len(conds)})"
                              ).bindparams(**{f"q{len(conds)}": _fts_query(term)}))
        else:  # one or two characters (大屏, UPS is three): trigram cannot index them; scan
            like = f"%{_escape_like(term)}%"
            conds.append(or_(*(col.like(like, escape="\\") for col in (
                Ticket.title, Ticket.description, Ticket.code, Ticket.fault_cause, Ticket.fault_handling,
                Ticket.fault_result, Ticket.reporter_name, Ticket.equipment))))
    return and_(*conds)


def _escape_like(term: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", term)


def _list_query(f: TicketFilter, now: datetime) -> Select:
    q = (select(*_ROW_COLUMNS).outerjoin(Room, Room.id == Ticket.room_id)
         .outerjoin(Operator, Operator.id == Ticket.assignee_id).where(Ticket.deleted.is_(False)))
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
    return [TicketRow(*r[:6], TicketStatus(r[6]), *r[7:8], r[8] or "", *r[9:])
            for r in s.execute(_list_query(f or TicketFilter(), now or utcnow())).all()]


def rows_by_id(s: Session, ids: list[str]) -> list[TicketRow]:
    """Fresh rows for a change notification: the list updates these in place."""
    f = TicketFilter()
    q = _list_query(f, utcnow()).where(Ticket.id.in_(ids))
    return [TicketRow(*r[:6], TicketStatus(r[6]), *r[7:8], r[8] or "", *r[9:]) for r in s.execute(q).all()]


def risk_counts(s: Session, *, now: datetime | None = None) -> tuple[int, int]:
    """(at risk, breached) among open tickets: the status bar's alarm."""
    now = now or utcnow()
    at_risk = s.scalar(select(func.count()).select_from(Ticket).where(risk_condition("at_risk", now))) or 0
    breached = s.scalar(select(func.count()).select_from(Ticket).where(risk_condition("breached", now))) or 0
    return at_risk, breached


# ---- attachments ---------------------------------------------------------------------------------
def add_attachment(s: Session, ticket_id: str, filename: str, data: bytes, actor: Actor, *,
                   mime: str = "application/octet-stream", now: datetime | None = None) -> Attachment:
    now = now or utcnow()
    t = _ticket(s, ticket_id)
    c = Checker()
    filename = c.text("filename", filename, max_len=255, required=True)
    c.raise_if_any()
    if len(data) > ATTACHMENT_LIMIT:
        raise AttachmentTooLarge(filename, len(data), ATTACHMENT_LIMIT)
    a = AttachmentRow(id=new_id(), ticket_id=t.id, filename=filename, mime=mime, size=len(data), data=data,
                      added_at=now, added_by=actor.operator_id, updated_at=now, updated_by=actor.operator_id)
    s.add(a)
    s.flush()
    add_event(s, t.id, EventKind.ATTACHMENT, actor, payload={"attachment_id": a.id, "filename": filename},
              now=now)
    return Attachment(a.id, t.id, filename, mime, len(data), now, actor.operator_name)


def list_attachments(s: Session, ticket_id: str) -> list[Attachment]:
    rows = s.execute(
        select(AttachmentRow.id, AttachmentRow.filename, AttachmentRow.mime, AttachmentRow.size,
               AttachmentRow.added_at, Operator.name)
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


def save_report_content(s: Session, ticket_id: str, content: FaultReportContent, actor: Actor,
                        *, exported: bool = False, now: datetime | None = None) -> None:
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
        row = FaultReportRow(id=new_id(), ticket_id=t.id, content=data, updated_at=now,
                             updated_by=actor.operator_id)
        s.add(row)
    else:
        row.content, row.updated_at, row.updated_by = data, now, actor.operator_id
    if exported:
        row.exported_at = now
        already = any(e.kind is EventKind.REPORT_SUBMITTED and (t.resolved_at is None or e.at >= t.resolved_at)
                      for e in _events(s, t.id))
        if not already and t.status in (TicketStatus.RESOLVED.value, TicketStatus.CLOSED.value):
            add_event(s, t.id, EventKind.REPORT_SUBMITTED, actor, now=now)
    s.flush()
