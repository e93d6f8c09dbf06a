"""`opsdesk-cli roster generate | show | now | export | staff | assign | leave | day`: the duty roster."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path

from opsdesk.cli_context import CliError, Context
from opsdesk.cli_format import dumps, table
from opsdesk.clitext import Text
from opsdesk.clitext_roster import T as RT
from opsdesk.clitext_roster import breach_line
from opsdesk.domain.roster import (
    ANY_POST,
    Assignment,
    GenerationReport,
    LeaveKind,
    OnDuty,
    RosterDay,
    RosterView,
    Staff,
)


def add_parsers(sub: argparse._SubParsersAction, t: Text, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("roster", help=t("help.roster"), parents=[common])
    rs = p.add_subparsers(
        dest="action", required=True, metavar="{generate,show,now,export,staff,assign,leave,day,handover}"
    )

    g = rs.add_parser("generate", help=t("help.roster.generate"), parents=[common])
    g.add_argument("--from", dest="date_from", required=True, help=t("help.from_day"))
    g.add_argument("--to", dest="date_to", required=True, help=t("help.to_day"))
    g.add_argument("--explain", action="store_true", help=t("help.explain"))
    g.add_argument("--dry-run", action="store_true", help=t("help.dry_run"))
    g.add_argument("--accept-missing-calendar", action="store_true", help=t("help.accept_missing"))
    g.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    g.add_argument("--json", action="store_true", help=t("help.json"))
    g.set_defaults(handler=cmd_generate)

    sh = rs.add_parser("show", help=t("help.roster.show"), parents=[common])
    _range_args(sh, t)
    sh.add_argument("--json", action="store_true", help=t("help.json"))
    sh.set_defaults(handler=cmd_show)

    n = rs.add_parser("now", help=t("help.roster.now"), parents=[common])
    n.add_argument("--at", help=t("help.at"))
    n.add_argument("--json", action="store_true", help=t("help.json"))
    n.set_defaults(handler=cmd_now)

    ex = rs.add_parser("export", help=t("help.roster.export"), parents=[common])
    ex.add_argument("--kind", choices=("holiday", "month"), help=t("help.kind_export"))
    ex.add_argument("--format", choices=("pdf", "xlsx"), default="pdf", help=t("help.format"))
    ex.add_argument("--ics", action="store_true", help=t("help.ics"))
    ex.add_argument("--staff", help=t("help.staff_name"))
    ex.add_argument("-o", "--output", required=True, help=t("help.roster_output"))
    ex.add_argument("--org", default="", help=t("help.org"))
    _range_args(ex, t)
    ex.set_defaults(handler=cmd_export)

    st = rs.add_parser("staff", help=t("help.roster.staff"), parents=[common])
    st.add_argument("staff_action", choices=("list", "import", "approve"))
    st.add_argument("target", nargs="?", help=f"{t('help.file_csv')} / {t('help.staff_name')}")
    st.add_argument("--approved-by", help=t("help.approved_by"))
    st.add_argument("--approved-at", help=t("help.approved_at"))
    st.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    st.add_argument("--json", action="store_true", help=t("help.json"))
    st.set_defaults(handler=cmd_staff)

    a = rs.add_parser("assign", help=t("help.roster.assign"), parents=[common])
    a.add_argument("--date", required=True, help=t("help.date_day"))
    a.add_argument("--shift", required=True, help=t("help.shift"))
    a.add_argument("--staff", required=True, help=t("help.staff_name"))
    a.add_argument("--post", default=None, help=t("help.roster_post"))
    a.add_argument("--replace", help=t("help.replace"))
    a.add_argument("--note", default="", help=t("help.note"))
    a.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    a.set_defaults(handler=cmd_assign)

    lv = rs.add_parser("leave", help=t("help.roster.leave"), parents=[common])
    lv.add_argument("--staff", required=True, help=t("help.staff_name"))
    lv.add_argument("--from", dest="date_from", required=True, help=t("help.from_day"))
    lv.add_argument("--to", dest="date_to", required=True, help=t("help.to_day"))
    lv.add_argument(
        "--kind", choices=[k.value for k in LeaveKind], default="annual", help=t("help.leave_kind")
    )
    lv.add_argument("--note", default="", help=t("help.note"))
    lv.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    lv.set_defaults(handler=cmd_leave)

    d = rs.add_parser("day", help=t("help.roster.day"), parents=[common])
    d.add_argument("date", help=t("help.date_day"))
    d.add_argument("kind", choices=("holiday", "workday", "normal"), help=t("help.day_kind"))
    d.add_argument("--name", default="", help=t("help.day_name"))
    d.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    d.set_defaults(handler=cmd_day)

    h = rs.add_parser("handover", help=t("help.roster.handover"), parents=[common])
    h.add_argument("handover_action", choices=("give", "ack", "list"))
    h.add_argument("handover_id", nargs="?", help=t("help.handover_id"))
    h.add_argument("--notes", default="", help=t("help.handover_notes"))
    h.add_argument("--search", default="", help=t("help.search"))
    h.add_argument("--as", dest="as_operator", metavar="OPERATOR", help=t("help.as"))
    h.add_argument("--json", action="store_true", help=t("help.json"))
    h.set_defaults(handler=cmd_handover)


def _range_args(p: argparse.ArgumentParser, t: Text) -> None:
    p.add_argument("--date", help=t("help.date_day"))
    p.add_argument("--month", help=t("help.month"))
    p.add_argument("--from", dest="date_from", help=t("help.from_day"))
    p.add_argument("--to", dest="date_to", help=t("help.to_day"))


def _day(text: str) -> date:
    raw = text.strip()
    try:
        if len(raw) != 10:
            raise ValueError
        return date.fromisoformat(raw)
    except ValueError:
        raise CliError("bad_date", value=text) from None


def _month(text: str) -> tuple[date, date]:
    try:
        y, m = (int(x) for x in text.strip().split("-"))
        first = date(y, m, 1)
    except ValueError:
        raise CliError("bad_date", value=text) from None
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _today(ctx: Context) -> date:
    from opsdesk.timeutil import utcnow, zone

    return utcnow().astimezone(zone(ctx.tz)).date()


def _range(ctx: Context, args: argparse.Namespace, default: str = "week") -> tuple[date, date]:
    if args.date:
        d = _day(args.date)
        return d, d
    if args.month:
        return _month(args.month)
    if args.date_from or args.date_to:
        start = _day(args.date_from) if args.date_from else _day(args.date_to)
        end = _day(args.date_to) if args.date_to else start
        return start, end
    today = _today(ctx)
    if default == "month":
        return _month(f"{today.year}-{today.month}")
    return today, today + timedelta(days=6)


# ---- generate ------------------------------------------------------------------------------------------
def cmd_generate(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    start, end = _day(args.date_from), _day(args.date_to)
    with ctx.db().session() as s:
        actor = ctx.actor(s, args.as_operator)
        rep = R.generate(
            s,
            start,
            end,
            actor,
            dry_run=args.dry_run,
            accept_missing_calendar=args.accept_missing_calendar,
            tz=ctx.tz,
        )
        if args.dry_run:
            s.rollback()
    if args.json:
        ctx.out(dumps(_report_json(rep)))
    else:
        t = ctx.t
        ctx.out(
            t(
                "roster.generated",
                start=start.isoformat(),
                end=end.isoformat(),
                required=rep.required,
                filled=rep.filled,
                created=rep.created,
                kept=rep.kept,
                removed=rep.removed,
                pinned=rep.pinned,
            )
            + (t("roster.dry_run") if rep.dry_run else "")
        )
        ctx.out(t("roster.fairness", **rep.spread))
        rows = [
            [f.staff_name, f.post, str(f.total), f"{f.hours:g}", str(f.weekend), str(f.holiday), str(f.night)]
            for f in rep.fairness
        ]
        cols = ("col.staff", "col.post", "col.total", "col.hours", "col.weekend", "col.holiday", "col.night")
        ctx.out(table([t(c) for c in cols], rows))
        if rep.unmet and args.explain:
            for u in rep.unmet:
                ctx.out(_unmet_line(t, u))
        elif rep.unmet:
            ctx.note(t("roster.unmet_count", n=len(rep.unmet)))
    for _code, params in rep.warnings:
        ctx.note(ctx.t("roster.calendar_missing", year=params["year"]))
    return 0


def _unmet_line(t: Text, u) -> str:
    p = u.params
    return t(
        f"unmet.{u.code.value}",
        day=u.day.isoformat(),
        shift=u.shift_code,
        post=t("roster.any_post") if u.post == ANY_POST else u.post,
        candidates=p.get("candidates", ""),
        name=u.staff_name,
        rule=p.get("rule", ""),
    )


def _report_json(rep: GenerationReport) -> dict:
    return {
        "start": rep.start.isoformat(),
        "end": rep.end.isoformat(),
        "dry_run": rep.dry_run,
        "required": rep.required,
        "filled": rep.filled,
        "created": rep.created,
        "kept": rep.kept,
        "removed": rep.removed,
        "pinned": rep.pinned,
        "spread": rep.spread,
        "fairness": [
            {
                "staff": f.staff_name,
                "post": f.post,
                "total": f.total,
                "hours": f.hours,
                "weekend": f.weekend,
                "holiday": f.holiday,
                "night": f.night,
            }
            for f in rep.fairness
        ],
        "unmet": [
            {
                "code": u.code.value,
                "day": u.day.isoformat(),
                "shift": u.shift_code,
                "post": u.post,
                "staff": u.staff_name,
                "params": {k: str(v) for k, v in u.params.items()},
            }
            for u in rep.unmet
        ],
        "warnings": [{"code": c, **p} for c, p in rep.warnings],
    }


# ---- show ----------------------------------------------------------------------------------------------
HOLIDAY_NAMES = {k for k in RT if k.startswith("holiday_name.")}


def _day_type(t: Text, day: RosterDay) -> str:
    i = day.info
    if i.holiday:
        # chinese_calendar names holidays in English; an imported arrangement names them as the supervisor did
        key = f"holiday_name.{i.name}"
        return (t(key) if key in HOLIDAY_NAMES else i.name) or t("roster.holiday")
    if i.makeup:
        return t("roster.makeup")
    return t("roster.workday") if i.workday else t("roster.weekend")


def _weekday(t: Text, d: date) -> str:
    names = t("roster.wd")
    k = d.weekday()
    return names[k] if len(names) == 7 else names[2 * k : 2 * k + 2]


def _hm(ctx: Context, a: Assignment) -> str:
    from opsdesk.timeutil import zone

    z = zone(ctx.tz)
    s, e = a.start.astimezone(z), a.end.astimezone(z)
    return f"{s:%H:%M}–{e:%H:%M}" + ("+1" if e.date() > s.date() else "")


def _assignment_json(ctx: Context, a: Assignment) -> dict:
    from opsdesk.cli_format import iso

    return {
        "id": a.id, "shift": a.shift_code, "post": a.post, "slot": a.slot, "staff": a.staff_name,
        "staff_post": a.staff_post, "phone": a.phone, "start": iso(a.start, ctx.tz), "end": iso(a.end, ctx.tz),
        "source": a.source.value, "note": a.note,
    }  # fmt: skip


def _view_json(ctx: Context, v: RosterView) -> dict:
    return {
        "start": v.start.isoformat(),
        "end": v.end.isoformat(),
        "missing_years": list(v.missing_years),
        "days": [
            {
                "date": d.info.day.isoformat(),
                "workday": d.info.workday,
                "holiday": d.info.holiday,
                "makeup": d.info.makeup,
                "name": d.info.name,
                "periods": list(d.info.periods),
                "calendar_known": d.info.calendar_known,
                "assignments": [_assignment_json(ctx, a) for a in d.assignments],
                "open": [{"shift": o.shift_code, "post": o.post, "missing": o.missing} for o in d.open_slots],
            }
            for d in v.days
        ],
    }


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    start, end = _range(ctx, args)
    with ctx.db().session() as s:
        v = R.roster_view(s, start, end)
        breaches = R.rule_breaches(s, start, end, tz=ctx.tz)
    if args.json:
        out = _view_json(ctx, v)
        out["breaches"] = [
            {
                "code": b.code,
                "staff": b.staff_name,
                "day": b.day.isoformat(),
                "params": {k: str(x) for k, x in b.params.items()},
            }
            for b in breaches
        ]
        ctx.out(dumps(out))
    else:
        t = ctx.t
        names = {sh.code: sh.name("zh" if t.lang == "zh" else "en") for sh in v.shifts}
        rows = []
        for d in v.days:
            head = [d.info.day.isoformat(), _weekday(t, d.info.day), _day_type(t, d)]
            for a in d.assignments:
                post = t("roster.any_post") if a.post == ANY_POST else a.post
                rows.append(
                    [*head, names.get(a.shift_code, a.shift_code), _hm(ctx, a), post, a.staff_name, a.phone]
                )
                head = ["", "", ""]
            for o in d.open_slots:
                post = t("roster.any_post") if o.post == ANY_POST else o.post
                rows.append([*head, names.get(o.shift_code, o.shift_code), "", post, t("roster.open"), ""])
                head = ["", "", ""]
        cols = (
            "col.date",
            "col.weekday",
            "col.daytype",
            "col.shift",
            "col.time",
            "col.post",
            "col.staff",
            "col.phone",
        )
        ctx.out(table([t(c) for c in cols], rows))
        if breaches:
            ctx.note(t("roster.breaches"))
            for b in breaches:
                ctx.note("  " + breach_line(t, b))
    for y in v.missing_years:
        ctx.note(ctx.t("roster.calendar_missing", year=y))
    return 0


# ---- now -----------------------------------------------------------------------------------------------
def cmd_now(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.cli_format import iso
    from opsdesk.services import roster as R

    at = ctx.parse_time(args.at) if args.at else None
    with ctx.db().session() as s:
        duty = R.on_duty(s, at)
    if args.json:
        ctx.out(
            dumps(
                {
                    "at": iso(duty.at, ctx.tz),
                    "now": [
                        _assignment_json(ctx, e.assignment) | {"arrive_minutes": e.arrive_minutes}
                        for e in duty.now
                    ],
                    "next_start": iso(duty.next_start, ctx.tz),
                    "next": [
                        _assignment_json(ctx, e.assignment) | {"arrive_minutes": e.arrive_minutes}
                        for e in duty.next
                    ],
                }
            )
        )
        return 0
    t = ctx.t
    _print_duty(ctx, t, duty)
    return 0


def _print_duty(ctx: Context, t: Text, duty: OnDuty) -> None:
    def rows(entries):
        out = []
        for e in entries:
            a = e.assignment
            name = e.shift_name_zh if t.lang == "zh" else e.shift_name_en
            extra = t("roster.arrive", minutes=e.arrive_minutes) if e.arrive_minutes else ""
            post = t("roster.any_post") if a.post == ANY_POST else a.post
            out.append([name, _hm(ctx, a), post, a.staff_name, a.phone, extra])
        return out

    cols = [t(c) for c in ("col.shift", "col.time", "col.post", "col.staff", "col.phone", "col.arrival")]
    ctx.out(t("roster.now"))
    ctx.out(table(cols, rows(duty.now)) if duty.now else t("roster.no_one_now"))
    if duty.next_start is not None:
        ctx.out("")
        ctx.out(t("roster.next", at=t.when(duty.next_start)))
        ctx.out(table(cols, rows(duty.next)))


# ---- export --------------------------------------------------------------------------------------------
def _next_holiday(ctx: Context, s, today: date) -> tuple[date, date]:
    """The next run of statutory holidays (today's, if one is on)."""
    from opsdesk.services import roster as R

    infos = R.day_infos(s, today, today + timedelta(days=366))
    first = next((i for i in infos if i.holiday), None)
    if first is None:
        missing = sorted({i.day.year for i in infos if not i.calendar_known})
        if missing:
            raise CliError("roster.no_holiday_data", years=ctx.t.join(missing))
        raise CliError("roster.no_holiday", start=today.isoformat())
    end = first.day
    for i in infos:
        if i.day > end and i.holiday and i.day == end + timedelta(days=1):
            end = i.day
    return first.day, end


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    out = Path(args.output)
    if args.ics:
        if not args.staff:
            raise CliError("roster.missing_option", option="--staff")
        from opsdesk.services.roster_ics import staff_ics

        start, end = _range(ctx, args, default="month") if (args.date or args.month or args.date_from) else (
            _today(ctx) - timedelta(days=31), _today(ctx) + timedelta(days=92))  # fmt: skip
        with ctx.db().session() as s:
            data = staff_ics(s, args.staff, start, end, lang="zh" if ctx.t.lang == "zh" else "en")
        _write_atomic(out, data)
        ctx.out(ctx.t("roster.exported", path=str(out)))
        return 0
    if not args.kind:
        raise CliError("roster.missing_option", option="--kind")
    from opsdesk.documents import roster_docs as docs

    tr = docs.catalog_tr("zh_CN" if ctx.t.lang == "zh" else "en")
    with ctx.db().session() as s:
        if args.kind == "holiday" and not (args.date or args.month or args.date_from or args.date_to):
            start, end = _next_holiday(ctx, s, _today(ctx))
        else:
            start, end = _range(ctx, args, default="month")
        view = R.roster_view(s, start, end)
    tmp = out.with_name(out.name + ".part")
    try:
        if args.kind == "holiday":
            if args.format == "pdf":
                docs.holiday_duty_pdf(view, tmp, tr, org_name=args.org, tz=ctx.tz)
            else:
                docs.holiday_duty_xlsx(view, tmp, tr, tz=ctx.tz)
        elif args.format == "pdf":
            docs.month_roster_pdf(view, tmp, tr, org_name=args.org, tz=ctx.tz)
        else:
            docs.month_roster_xlsx(view, tmp, tr)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    for y in view.missing_years:
        ctx.note(ctx.t("roster.calendar_missing", year=y))
    ctx.out(ctx.t("roster.exported", path=str(out)))
    return 0


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


# ---- staff, assign, leave, day -------------------------------------------------------------------------
def _staff_json(p: Staff) -> dict:
    return {
        "id": p.id, "name": p.name, "post": p.post, "phone": p.phone, "skills": list(p.skills),
        "certificates": list(p.certificates), "active_from": p.active_from.isoformat() if p.active_from else None,
        "active_to": p.active_to.isoformat() if p.active_to else None, "on_rotation": p.on_rotation,
        "replacement": p.is_replacement, "approved": p.approved, "approved_by": p.approved_by,
    }  # fmt: skip


def cmd_staff(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    t = ctx.t
    if args.staff_action == "import":
        if not args.target:
            raise CliError("roster.missing_option", option="FILE")
        try:
            data = Path(args.target).read_bytes()  # the service decodes (UTF-8, UTF-16 or GBK)
        except OSError as exc:
            raise CliError("roster.cannot_read", file=args.target, reason=exc.strerror or str(exc)) from None
        with ctx.db().session() as s:
            done = R.import_staff_csv(s, data, Path(args.target).name, ctx.actor(s, args.as_operator))
        ctx.out(t("roster.staff_imported", n=len(done)))
        return 0
    if args.staff_action == "approve":
        if not args.target or not args.approved_by:
            raise CliError("roster.missing_option", option="NAME --approved-by")
        with ctx.db().session() as s:
            when = ctx.parse_time(args.approved_at) if args.approved_at else datetime.now().astimezone()
            p = R.approve_replacement(
                s, R.get_staff(s, args.target).id, approved_by=args.approved_by, approved_at=when,
                actor=ctx.actor(s, args.as_operator),
            )  # fmt: skip
        ctx.out(t("roster.approved_done", name=p.name))
        return 0
    with ctx.db().session() as s:
        staff = R.list_staff(s)
    if args.json:
        ctx.out(dumps([_staff_json(p) for p in staff]))
        return 0
    rows = []
    for p in staff:
        active = f"{p.active_from or ''}–{p.active_to or ''}" if (p.active_from or p.active_to) else ""
        approval = (
            ""
            if not p.is_replacement
            else t("roster.approved", by=p.approved_by, at=t.when(p.approved_at))
            if p.approved
            else t("roster.pending_approval")
        )
        rows.append([p.name, p.post, p.phone, t.join(p.skills), t.join(p.certificates), active, approval])
    cols = (
        "col.staff",
        "col.post",
        "col.phone",
        "col.skills",
        "col.certs",
        "col.active_period",
        "col.approval",
    )
    ctx.out(table([t(c) for c in cols], rows, limits={3: 30, 4: 30}))
    return 0


def cmd_assign(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    day = _day(args.date)
    with ctx.db().session() as s:
        staff = R.get_staff(s, args.staff)
        code = args.shift.strip().upper()
        post = args.post
        if post is None:  # the person's own post if the shift asks for it, else "any"
            shift = next((x for x in R.list_shifts(s) if x.code == code), None)
            posts = {n.post for n in shift.needs} if shift else set()
            post = staff.post if staff.post in posts else ANY_POST
        a = R.assign(
            s, day=day, shift_code=code, staff_id=staff.id, post=post, actor=ctx.actor(s, args.as_operator),
            note=args.note, replace_id=args.replace, tz=ctx.tz,
        )  # fmt: skip
    ctx.out(ctx.t("roster.assigned", day=day.isoformat(), shift=a.shift_code, post=a.post, name=a.staff_name))
    return 0


def cmd_leave(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster as R

    start, end = _day(args.date_from), _day(args.date_to)
    with ctx.db().session() as s:
        staff = R.get_staff(s, args.staff)
        lv = R.add_leave(
            s, staff_id=staff.id, start=start, end=end, kind=args.kind, note=args.note,
            actor=ctx.actor(s, args.as_operator),
        )  # fmt: skip
        breaches = R.rule_breaches(s, start, end, tz=ctx.tz)
    ctx.out(ctx.t("roster.leave_added", name=lv.staff_name, start=start.isoformat(), end=end.isoformat()))
    mine = [b for b in breaches if b.staff_id == lv.staff_id]
    if mine:
        ctx.note(ctx.t("roster.breaches"))
        for b in mine:
            ctx.note("  " + breach_line(ctx.t, b))
    return 0


def cmd_day(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services.roster_calendar import set_calendar_day
    from opsdesk.services.tickets import refresh_open_clocks

    d = _day(args.date)
    with ctx.db().session() as s:
        set_calendar_day(s, d, args.kind, args.name, actor=ctx.actor(s, args.as_operator), source="edit")
        refresh_open_clocks(s)  # business-hour clocks depend on the calendar
    ctx.out(ctx.t("roster.day_set", day=d.isoformat(), kind=args.kind))
    return 0


# ---- handover ------------------------------------------------------------------------------------------
def _handover_json(ctx: Context, h) -> dict:
    from opsdesk.cli_format import iso

    return {
        "id": h.id, "outgoing": h.outgoing_name, "outgoing_at": iso(h.outgoing_at, ctx.tz), "notes": h.notes,
        "incoming": h.incoming_name, "incoming_at": iso(h.incoming_at, ctx.tz), "incoming_notes": h.incoming_notes,
        "checklists_available": h.checklists_available,
        "items": [
            {"kind": i.kind.value, "code": i.code, "title": i.title, "priority": i.priority, "status": i.status,
             "clock": i.clock, "state": i.state, "due": iso(i.due, ctx.tz)}
            for i in h.items
        ],
    }  # fmt: skip


def _print_handover(ctx: Context, h) -> None:
    t = ctx.t
    ack = (
        t("roster.ho_acked", by=h.incoming_name, at=t.when(h.incoming_at))
        if h.acknowledged
        else t("roster.ho_open")
    )
    ctx.out(t("roster.ho_head", id=h.id, by=h.outgoing_name, at=t.when(h.outgoing_at), ack=ack))
    if h.notes:
        ctx.out("  " + h.notes.replace("\n", "\n  "))
    for i in h.items:
        if i.kind.value == "ticket":
            extra = " " + t.maybe("status", i.status)
        elif i.kind.value == "clock":
            extra = f" {t.maybe('clock', i.clock)} {t.maybe('state', i.state)}"
        else:
            extra = f" {i.status}" + (" " + t("roster.late") if i.state == "late" else "")
        ctx.out(f"  [{t('roster.item.' + i.kind.value)}] {i.code} {i.priority} {i.title}{extra}".rstrip())
    if not h.checklists_available:
        ctx.out("  " + t("roster.ho_no_checklists"))
    if h.incoming_notes:
        ctx.out("  > " + h.incoming_notes)


def cmd_handover(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services import roster_handover as ho

    with ctx.db().session() as s:
        if args.handover_action == "give":
            out = [ho.hand_over(s, ctx.actor(s, args.as_operator), args.notes)]
        elif args.handover_action == "ack":
            if not args.handover_id:
                raise CliError("roster.missing_option", option="ID")
            out = [ho.acknowledge(s, args.handover_id, ctx.actor(s, args.as_operator), args.notes)]
        else:
            out = ho.search_handovers(s, args.search, limit=50)
    if args.json:
        ctx.out(dumps([_handover_json(ctx, h) for h in out]))
    else:
        for h in out:
            _print_handover(ctx, h)
    return 0
