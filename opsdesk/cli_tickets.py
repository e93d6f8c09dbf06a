"""`opsdesk-cli ticket add | list | show | event`."""

from __future__ import annotations

import argparse
from datetime import timedelta

from sqlalchemy.orm import Session

from opsdesk.cli_context import Context
from opsdesk.cli_format import clock_cell, clocks_json, dumps, duration, iso, pairs, table, ticket_json
from opsdesk.clitext import Text
from opsdesk.domain.enums import OPEN_STATUSES, Category, EventKind, PauseReason, TicketStatus
from opsdesk.domain.sla import TicketClocks
from opsdesk.domain.tickets import NewTicket, TicketDetail, TicketRow
from opsdesk.errors import NotFound, ValidationError
from opsdesk.services import tickets as svc
from opsdesk.services.reference import list_rooms
from opsdesk.timeutil import utcnow

# kinds an operator records from the command line (created and attachment come from other commands)
EVENT_KINDS = tuple(k.value for k in EventKind if k not in (EventKind.CREATED, EventKind.ATTACHMENT))
# short forms people type
ALIASES = {
    "ack": "acknowledged", "acknowledge": "acknowledged", "respond": "acknowledged",
    "arrive": "arrived", "on_site": "arrived", "onsite": "arrived", "resolve": "resolved",
    "close": "closed", "pause": "paused", "resume": "resumed", "reassign": "reassigned",
    "priority": "priority_changed", "reopen": "reopened", "note": "comment", "report": "report_submitted",
}  # fmt: skip
STATUS_CHOICES = ("open", "all", *(s.value for s in TicketStatus))


def add_parsers(sub: argparse._SubParsersAction, t: Text, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ticket", help=t("help.ticket"), parents=[common])
    ts = p.add_subparsers(dest="action", required=True, metavar="{add,list,show,event}")

    a = ts.add_parser("add", help=t("help.ticket.add"), parents=[common])
    a.add_argument("--title", required=True, help=t("help.title"))
    a.add_argument("--priority", required=True, help=t("help.priority"))
    a.add_argument(
        "--category",
        required=True,
        metavar="CATEGORY",
        help=f"{t('help.category')}: {', '.join(c.value for c in Category)}",
    )
    a.add_argument("--description", default="", help=t("help.description"))
    a.add_argument("--room", help=t("help.room"))
    a.add_argument("--reporter-name", default="", help=t("help.reporter_name"))
    a.add_argument("--reporter-phone", default="", help=t("help.reporter_phone"))
    a.add_argument("--reporter-unit", default="", help=t("help.reporter_unit"))
    a.add_argument("--equipment", default="", help=t("help.equipment"))
    a.add_argument("--assignee", help=t("help.assignee"))
    _who_when(a, t)
    a.add_argument("--json", action="store_true", help=t("help.json"))
    a.set_defaults(handler=cmd_add)

    ls = ts.add_parser("list", help=t("help.ticket.list"), parents=[common])
    ls.add_argument("--status", default="open", choices=STATUS_CHOICES, help=t("help.status"))
    ls.add_argument("--priority", action="append", help=t("help.priority"))
    ls.add_argument("--room", action="append", help=t("help.room"))
    ls.add_argument("--category", action="append", help=t("help.category"))
    ls.add_argument("--risk", choices=("at_risk", "breached"), help=t("help.risk"))
    ls.add_argument("--search", default="", help=t("help.search"))
    ls.add_argument("--from", dest="date_from", help=t("help.from"))
    ls.add_argument("--to", dest="date_to", help=t("help.to"))
    ls.add_argument("--limit", type=int, default=100, help=t("help.limit"))
    ls.add_argument("--json", action="store_true", help=t("help.json"))
    ls.set_defaults(handler=cmd_list)

    sh = ts.add_parser("show", help=t("help.ticket.show"), parents=[common])
    sh.add_argument("code", help=t("help.code"))
    sh.add_argument("--json", action="store_true", help=t("help.json"))
    sh.set_defaults(handler=cmd_show)

    ev = ts.add_parser("event", help=t("help.ticket.event"), parents=[common])
    ev.add_argument("code", help=t("help.code"))
    ev.add_argument("kind", metavar="KIND", help=f"{t('help.kind')}: {', '.join(EVENT_KINDS)}")
    ev.add_argument("--note", default="", help=t("help.note"))
    ev.add_argument("--reason", choices=[r.value for r in PauseReason], help=t("help.reason"))
    ev.add_argument("--to", dest="target", help=t("help.to_target"))
    ev.add_argument("--fault-level", default="", help=t("help.fault_level"))
    ev.add_argument("--cause", default="", help=t("help.cause"))
    ev.add_argument("--handling", default="", help=t("help.handling"))
    ev.add_argument("--result", default="", help=t("help.result"))
    ev.add_argument("--part-model", default="", help=t("help.part_model"))
    ev.add_argument("--part-serial", default="", help=t("help.part_serial"))
    _who_when(ev, t)
    ev.add_argument("--json", action="store_true", help=t("help.json"))
    ev.set_defaults(handler=cmd_event)


def _who_when(p: argparse.ArgumentParser, t: Text) -> None:
    p.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    p.add_argument("--at", help=t("help.at"))


def _room_id(s: Session, key: str | None) -> str | None:
    if not key:
        return None
    key = key.strip()
    for r in list_rooms(s):
        if key in (r.code, r.name_zh, r.name_en) or key.upper() == r.code.upper():
            return r.id
    raise NotFound("room", key)


# ---- add -----------------------------------------------------------------------------------------
def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    at = ctx.parse_time(args.at) if args.at else None
    now = utcnow()
    with ctx.db().session() as s:
        actor = ctx.actor(s, args.as_operator)
        assignee = ctx.operator(s, args.assignee).id if args.assignee else None
        new = NewTicket(
            title=args.title, priority=args.priority.strip().upper(), category=args.category.strip(),
            description=args.description, reporter_name=args.reporter_name, reporter_phone=args.reporter_phone,
            reporter_unit=args.reporter_unit, room_id=_room_id(s, args.room), equipment=args.equipment,
            assignee_id=assignee,
        )  # fmt: skip
        d = svc.create_ticket(
            s, new, actor, profile_code=ctx.settings.profile_code, at=at, now=now, tz=ctx.tz
        )
    if args.json:
        ctx.out(dumps(ticket_json(d, ctx.tz)))
    else:
        ctx.out(ctx.t("created", code=d.code))
        ctx.out(_clock_table(ctx.t, d.clocks, ctx.tz))
    return 0


# ---- event ---------------------------------------------------------------------------------------
def cmd_event(ctx: Context, args: argparse.Namespace) -> int:
    kind = ALIASES.get(args.kind.strip().lower(), args.kind.strip().lower())
    if kind not in EVENT_KINDS:
        raise ValidationError({"kind": ("not_allowed", {"value": args.kind, "allowed": EVENT_KINDS})})
    at = ctx.parse_time(args.at) if args.at else None
    now = utcnow()
    payload: dict = {"note": args.note}
    with ctx.db().session() as s:
        actor = ctx.actor(s, args.as_operator)
        if kind == EventKind.PAUSED.value:
            payload["reason"] = args.reason or PauseReason.OTHER.value
        elif kind == EventKind.PRIORITY_CHANGED.value:
            payload["to"] = (args.target or "").strip().upper()
        elif kind == EventKind.REASSIGNED.value:
            if not args.target:
                raise ValidationError({"to": ("required", {})})
            payload["to"] = ctx.operator(s, args.target).id
        elif kind == EventKind.RESOLVED.value:
            payload["fault"] = {
                "level": args.fault_level, "cause": args.cause, "handling": args.handling,
                "result": args.result, "part_model": args.part_model, "part_serial": args.part_serial,
            }  # fmt: skip
        d = svc.add_event(s, args.code.strip(), kind, actor, payload=payload, at=at, now=now)
    if args.json:
        ctx.out(dumps(ticket_json(d, ctx.tz)))
    else:
        t = ctx.t
        ctx.out(
            t("event_added", code=d.code, kind=t.maybe("event", kind), status=t.maybe("status", d.status))
        )
        ctx.out(_clock_table(t, d.clocks, ctx.tz))
    return 0


# ---- show ----------------------------------------------------------------------------------------
def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().session() as s:
        d = svc.get_detail(s, args.code.strip())
    if args.json:
        ctx.out(dumps(ticket_json(d, ctx.tz, full=True)))
        return 0
    ctx.out(_detail_text(ctx.t, d, ctx.tz))
    return 0


def _detail_text(t: Text, d: TicketDetail, tz: str) -> str:
    reporter = " ".join(x for x in (d.reporter_unit, d.reporter_name, d.reporter_phone) if x)
    head = [
        (t("col.code"), d.code), (t("col.title"), d.title), (t("col.priority"), d.priority),
        (t("col.status"), t.maybe("status", d.status)), (t("col.category"), t.maybe("category", d.category)),
        (t("col.room"), d.room_name or t("none")), (t("label.equipment"), d.equipment or t("none")),
        (t("label.reporter"), reporter or t("none")), (t("col.created"), t.when(d.created_at)),
        (t("label.created_by"), d.created_by_name or t("none")), (t("col.assignee"), d.assignee_name or t("none")),
        (t("label.profile"), d.profile_code),
    ]  # fmt: skip
    parts = [pairs(head)]
    if d.description:
        parts.append(f"{t('label.description')}:\n  " + d.description.replace("\n", "\n  "))
    parts.append(f"{t('label.clocks')}:\n" + _clock_table(t, d.clocks, tz))
    fault = [(t(f"fault.{k}"), v) for k, v in d.fault.as_dict().items() if v]
    if fault:
        parts.append(f"{t('label.fault')}:\n" + pairs(fault))
    rows = [
        [t.when(e.at), t.maybe("event", e.kind.value), e.operator_name, _event_detail(t, e.payload)]
        for e in d.events
    ]
    parts.append(
        f"{t('label.timeline')}:\n"
        + table([t("col.time"), t("col.event"), t("col.operator"), t("col.detail")], rows, limits={3: 60})
    )
    return "\n\n".join(parts)


def _event_detail(t: Text, payload: dict) -> str:
    bits = []
    if "reason" in payload:
        bits.append(t.maybe("reason", str(payload["reason"])))
    if "from" in payload and "to" in payload:
        bits.append(f"{payload['from']} → {payload['to']}")
    elif "to_name" in payload:
        bits.append(f"→ {payload['to_name']}")
    elif "priority" in payload:
        bits.append(str(payload["priority"]))
    if "fault" in payload:
        f = payload["fault"]
        bits.append("；".join(str(f[k]) for k in ("cause", "handling", "result") if f.get(k)))
    if payload.get("note"):
        bits.append(str(payload["note"]))
    if payload.get("filename"):
        bits.append(str(payload["filename"]))
    return " · ".join(b for b in bits if b)


def _clock_table(t: Text, clocks: TicketClocks, tz: str) -> str:
    rows = []
    for c in clocks:
        rows.append([
            t(f"clock.{c.name.value}"), t(f"state.{c.state.value}"), t.when(c.due) if c.due else t("none"),
            clock_cell(t, c), _paused(t, c.paused.total_seconds()),
        ])  # fmt: skip
    return table([t("col.clock"), t("col.state"), t("col.due"), t("col.remaining"), t("col.paused")], rows)


def _paused(t: Text, seconds: float) -> str:
    return duration(t, timedelta(seconds=seconds)) if seconds > 0 else t("none")


# ---- list ----------------------------------------------------------------------------------------
def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    if args.status == "open":
        statuses = tuple(sorted(s.value for s in OPEN_STATUSES))
    elif args.status == "all":
        statuses = ()
    else:
        statuses = (args.status,)
    now = utcnow()
    date_from = ctx.parse_day(args.date_from) if args.date_from else None
    date_to = ctx.parse_day(args.date_to, end=True) if args.date_to else None
    limit = max(0, args.limit)
    with ctx.db().session() as s:
        rooms = tuple(r for key in (args.room or ()) if (r := _room_id(s, key)))
        f = svc.TicketFilter(
            statuses=statuses, priorities=tuple(p.strip().upper() for p in args.priority or ()), room_ids=rooms,
            categories=tuple(c.strip() for c in args.category or ()), risk=args.risk or "", text=args.search,
            created_from=date_from, created_to=date_to, limit=(limit + 1) if limit else None,
        )  # fmt: skip
        rows = svc.list_rows(s, f, now=now)
        more = bool(limit) and len(rows) > limit
        rows = rows[:limit] if limit else rows
        clocks = svc.clocks_for(s, [r.id for r in rows], now=now)
    if args.json:
        ctx.out(dumps([_row_json(r, clocks[r.id], ctx.tz) for r in rows]))
    else:
        ctx.out(_list_text(ctx.t, rows, clocks) if rows else ctx.t("list_empty"))
        if rows:
            ctx.note(ctx.t("list_count", shown=len(rows)))
    if more:
        ctx.note(ctx.t("list_more", limit=limit))
    return 0


def _row_json(r: TicketRow, clocks: TicketClocks, tz: str) -> dict:
    return {
        "code": r.code, "priority": r.priority, "status": r.status.value, "title": r.title, "room": r.room_name,
        "category": r.category, "created_at": iso(r.created_at, tz), "assignee": r.assignee_name,
        "clocks": clocks_json(clocks, tz),
    }  # fmt: skip


def _list_text(t: Text, rows: list[TicketRow], clocks: dict[str, TicketClocks]) -> str:
    show_arrive = any(clocks[r.id].arrive.target is not None for r in rows)
    headers = [t("col.code"), t("col.priority"), t("col.status"), t("col.title"), t("col.room"),
               t("clock.respond")]  # fmt: skip
    if show_arrive:
        headers.append(t("clock.arrive"))
    headers += [t("clock.resolve"), t("col.created")]
    out = []
    for r in rows:
        c = clocks[r.id]
        line = [r.code, r.priority, t.maybe("status", r.status.value), r.title, r.room_name or t("none"),
                clock_cell(t, c.respond)]  # fmt: skip
        if show_arrive:
            line.append(clock_cell(t, c.arrive))
        line += [clock_cell(t, c.resolve), t.when(r.created_at)]
        out.append(line)
    return table(headers, out, limits={3: 36, 4: 16})
