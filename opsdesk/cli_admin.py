"""`opsdesk-cli init | operator | demo | profile | calendar | db`: set-up and administration."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select, text

from opsdesk import paths
from opsdesk.cli_context import CliError, Context
from opsdesk.cli_format import dumps, pairs, table
from opsdesk.clitext import Text
from opsdesk.config import CONSOLE_CODE, save_settings, settings_path
from opsdesk.domain.enums import Role
from opsdesk.rules.profiles import profile_to_dict
from opsdesk.services import operators as ops
from opsdesk.services import reference as ref
from opsdesk.services.tickets import refresh_open_clocks
from opsdesk.storage import models as m
from opsdesk.timeutil import utcnow, zone


def add_parsers(sub: argparse._SubParsersAction, t: Text, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", help=t("help.init"), parents=[common])
    p.add_argument("--name", help=t("help.init.name"))
    _secret(p, t)
    p.add_argument("--post", default="项目经理", help=t("help.post"))
    p.add_argument("--phone", default="", help=t("help.phone"))
    p.add_argument("--console", help=t("help.console"))
    p.add_argument("--profile", help=t("help.profile"))
    p.add_argument("--timezone", help=t("help.timezone"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("operator", help=t("help.operator"), parents=[common])
    os_ = p.add_subparsers(dest="action", required=True, metavar="{add,list}")
    a = os_.add_parser("add", help=t("help.operator.add"), parents=[common])
    a.add_argument("--name", required=True, help=t("help.init.name"))
    _secret(a, t)
    a.add_argument("--post", default="", help=t("help.post"))
    a.add_argument("--phone", default="", help=t("help.phone"))
    a.add_argument(
        "--role", default=Role.OPERATOR.value, choices=[r.value for r in Role], help=t("help.role")
    )
    a.set_defaults(handler=cmd_operator_add)
    ls = os_.add_parser("list", help=t("help.operator.list"), parents=[common])
    ls.add_argument("--json", action="store_true", help=t("help.json"))
    ls.set_defaults(handler=cmd_operator_list)

    p = sub.add_parser("demo", help=t("help.demo"), parents=[common])
    p.add_argument("--tickets", type=int, default=2000, help=t("help.demo.tickets"))
    p.add_argument("--seed", type=int, default=7, help=t("help.demo.seed"))
    p.add_argument("--days", type=int, default=365, help=t("help.demo.days"))
    p.add_argument("--force", action="store_true", help=t("help.demo.force"))
    p.add_argument("--json", action="store_true", help=t("help.json"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("profile", help=t("help.profile_cmd"), parents=[common])
    ps = p.add_subparsers(dest="action", required=True, metavar="{list,import,export}")
    ls = ps.add_parser("list", help=t("help.profile.list"), parents=[common])
    ls.add_argument("--json", action="store_true", help=t("help.json"))
    ls.set_defaults(handler=cmd_profile_list)
    im = ps.add_parser("import", help=t("help.profile.import"), parents=[common])
    im.add_argument("file", help=t("help.file"))
    im.set_defaults(handler=cmd_profile_import)
    ex = ps.add_parser("export", help=t("help.profile.export"), parents=[common])
    ex.add_argument("code", help=t("help.profile"))
    ex.add_argument("-o", "--output", help=t("help.output"))
    ex.set_defaults(handler=cmd_profile_export)

    p = sub.add_parser("calendar", help=t("help.calendar"), parents=[common])
    cs = p.add_subparsers(dest="action", required=True, metavar="{years,import}")
    y = cs.add_parser("years", help=t("help.calendar.years"), parents=[common])
    y.add_argument("--json", action="store_true", help=t("help.json"))
    y.set_defaults(handler=cmd_calendar_years)
    im = cs.add_parser("import", help=t("help.calendar.import"), parents=[common])
    im.add_argument("file", help=t("help.file"))
    im.set_defaults(handler=cmd_calendar_import)

    p = sub.add_parser("db", help=t("help.db"), parents=[common])
    ds = p.add_subparsers(dest="action", required=True, metavar="{check,backup}")
    c = ds.add_parser("check", help=t("help.db.check"), parents=[common])
    c.add_argument("--json", action="store_true", help=t("help.json"))
    c.set_defaults(handler=cmd_db_check)
    b = ds.add_parser("backup", help=t("help.db.backup"), parents=[common])
    b.add_argument("dest", nargs="?", help=t("help.dest"))
    b.set_defaults(handler=cmd_db_backup)


def _secret(p: argparse.ArgumentParser, t: Text) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--pin", help=t("help.pin"))
    g.add_argument("--password", help=t("help.password"))


def _secret_of(args: argparse.Namespace) -> tuple[str, str]:
    if args.pin is not None:
        return args.pin, "pin"
    if args.password is not None:
        return args.password, "password"
    raise CliError("need_secret")


# ---- init and operators --------------------------------------------------------------------------
def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.name or args.console or args.profile or args.timezone):
        raise CliError("init_nothing")
    settings = ctx.settings
    if args.console is not None:
        code = args.console.strip().upper()
        if not CONSOLE_CODE.match(code):
            raise CliError("bad_console", value=args.console)
        settings = settings.with_(console_code=code)
    if args.timezone is not None:
        try:
            ZoneInfo(args.timezone)
        except (ValueError, ZoneInfoNotFoundError):
            raise CliError("bad_timezone", value=args.timezone) from None
        settings = settings.with_(timezone=args.timezone)
    secret = _secret_of(args) if args.name else None
    with ctx.db().session() as s:
        if args.profile is not None:
            settings = settings.with_(profile_code=ref.get_profile(s, args.profile.strip()).code)
        if args.name and secret:
            existing = [o for o in ops.list_operators(s, active_only=False) if o.role is Role.SUPERVISOR]
            if existing:
                raise CliError("supervisor_exists", name=existing[0].name)
            info = ops.create_operator(
                s,
                name=args.name,
                secret=secret[0],
                secret_kind=secret[1],
                role=Role.SUPERVISOR,
                post=args.post,
                phone=args.phone,
            )
            ctx.out(ctx.t("init_done_operator", name=info.name, post=info.post))
    if settings != ctx.settings or not settings_path().exists():
        save_settings(settings)
        ctx.settings = settings
    ctx.out(
        ctx.t(
            "init_settings",
            console=settings.console_code,
            profile=settings.profile_code,
            timezone=settings.timezone,
            path=str(settings_path()),
        )
    )
    return 0


def cmd_operator_add(ctx: Context, args: argparse.Namespace) -> int:
    secret, kind = _secret_of(args)
    with ctx.db().session() as s:
        info = ops.create_operator(
            s,
            name=args.name,
            secret=secret,
            secret_kind=kind,
            role=args.role,
            post=args.post,
            phone=args.phone,
        )
    ctx.out(ctx.t("operator_added", name=info.name, role=ctx.t(f"role.{info.role.value}")))
    return 0


def cmd_operator_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().session() as s:
        people = ops.list_operators(s, active_only=False)
    if args.json:
        ctx.out(
            dumps(
                [
                    {
                        "name": o.name,
                        "post": o.post,
                        "phone": o.phone,
                        "role": o.role.value,
                        "secret_kind": o.secret_kind,
                        "active": o.active,
                    }
                    for o in people
                ]
            )
        )
        return 0
    t = ctx.t
    rows = [
        [
            o.name,
            o.post,
            o.phone,
            t(f"role.{o.role.value}"),
            o.secret_kind.upper() if o.secret_kind == "pin" else o.secret_kind,
            t("yes") if o.active else t("no"),
        ]
        for o in people
    ]
    ctx.out(
        table(
            [t("col.name"), t("col.post"), t("col.phone"), t("col.role"), t("col.secret"), t("col.active")],
            rows,
        )
    )
    return 0


# ---- demo ----------------------------------------------------------------------------------------
def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services.demo import seed_demo

    db = ctx.db()
    with db.session() as s:
        have = s.scalar(select(func.count()).select_from(m.Ticket)) or 0
    if have and not args.force:
        raise CliError("demo_not_empty", n=have)
    total = max(0, args.tickets)
    tty = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, of: int) -> None:
        if of < 5000:
            return
        pct = done * 100 // max(1, of)
        if tty:
            print(
                "\r" + ctx.t("demo_progress", done=done, total=of, pct=pct),
                end="",
                file=sys.stderr,
                flush=True,
            )
            if done >= of:
                print(file=sys.stderr)
        elif pct // 10 != last[0]:
            last[0] = pct // 10
            ctx.note(ctx.t("demo_progress", done=done, total=of, pct=pct))

    summary = seed_demo(
        db,
        tickets=total,
        days=args.days,
        seed=args.seed,
        progress=progress,
        console_code=ctx.settings.console_code,
        profile_code=ctx.settings.profile_code,
        tz=ctx.tz,
    )
    if args.json:
        ctx.out(dumps(summary))
        return 0
    t = ctx.t
    ctx.out(
        t(
            "demo_done",
            tickets=summary["tickets"],
            start=summary["from"],
            end=summary["to"],
            seconds=summary["seconds"],
        )
    )
    ctx.out(t("demo_rooms", rooms=t.join(summary["rooms"]), equipment=summary["equipment"]))
    ctx.out(t("demo_team", pin=summary["pin"]))
    ctx.out(
        table(
            [t("col.name"), t("col.post"), t("col.phone"), t("col.role")],
            [[o["name"], o["post"], o["phone"], t(f"role.{o['role']}")] for o in summary["operators"]],
        )
    )
    mix = t.join(f"{t.maybe('status', k)} {v}" for k, v in sorted(summary["by_status"].items()))
    ctx.out(t("demo_status", mix=mix))
    ctx.out(t("demo_priority", mix=t.join(f"{k} {v}" for k, v in sorted(summary["by_priority"].items()))))
    return 0


# ---- contract profiles ---------------------------------------------------------------------------
def _minutes(td) -> str:
    if td is None:
        return "—"
    mins = int(td.total_seconds() // 60)
    return f"{mins // 60}h" if mins % 60 == 0 and mins >= 60 else f"{mins}m"


def cmd_profile_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().session() as s:
        profiles = ref.list_profiles(s)
    if args.json:
        ctx.out(dumps([profile_to_dict(p) for p in profiles]))
        return 0
    t = ctx.t
    rows = []
    for p in profiles:
        levels = "; ".join(
            f"{lv.code} {_minutes(lv.respond)}/{_minutes(lv.arrive)}/{_minutes(lv.resolve)}"
            for lv in p.levels
        )
        name = p.name_zh if t.lang == "zh" else (p.name_en or p.name_zh)
        active = " *" if p.code == ctx.settings.profile_code else ""
        rows.append(
            [
                p.code + active,
                name,
                levels,
                t(f"calendar.{p.calendar.value}"),
                t("yes") if p.builtin else t("no"),
            ]
        )
    ctx.out(table([t("col.code"), t("col.name"), t("col.levels"), t("col.calendar"), t("col.builtin")], rows))
    return 0


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("csv_encoding", file=path) from None


def cmd_profile_import(ctx: Context, args: argparse.Namespace) -> int:
    content = _read_text(args.file)
    with ctx.db().session() as s:
        p = ref.import_profile(s, content, source=Path(args.file).name)
        n = refresh_open_clocks(s)
    ctx.out(ctx.t("profile_imported", code=p.code, name=p.name_zh if ctx.t.lang == "zh" else p.name_en, n=n))
    return 0


def cmd_profile_export(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().session() as s:
        p = ref.get_profile(s, args.code.strip())
    data = dumps(profile_to_dict(p))
    if args.output:
        Path(args.output).write_text(data + "\n", "utf-8")
    else:
        ctx.out(data)
    return 0


# ---- calendar ------------------------------------------------------------------------------------
def cmd_calendar_years(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.db().session() as s:
        years = s.execute(
            select(m.CalendarYear.year, m.CalendarYear.source)
            .where(m.CalendarYear.deleted.is_(False))
            .order_by(m.CalendarYear.year)
        ).all()
        per_year = Counter(
            d[:4] for d in s.scalars(select(m.CalendarDay.day).where(m.CalendarDay.deleted.is_(False)))
        )
    this_year = utcnow().astimezone(zone(ctx.tz)).year
    have = {y for y, _ in years}
    missing = [y for y in (this_year, this_year + 1) if y not in have]
    if args.json:
        ctx.out(
            dumps(
                {
                    "years": [
                        {"year": y, "source": src, "days": per_year.get(f"{y:04d}", 0)} for y, src in years
                    ],
                    "missing": missing,
                }
            )
        )
    else:
        t = ctx.t
        ctx.out(
            table(
                [t("col.year"), t("col.source"), t("col.days")],
                [[str(y), src, str(per_year.get(f"{y:04d}", 0))] for y, src in years],
            )
        )
    for y in missing:
        ctx.note(ctx.t("calendar_missing", year=y))
    return 0


def cmd_calendar_import(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.services.roster_calendar import import_arrangement, parse_arrangement_csv

    # the roster's parser: UTF-8, UTF-16 or GBK (a file saved from Excel), Chinese headers and kinds, and a
    # notice reaching into the neighbouring year merges those days instead of replacing that year
    name = Path(args.file).name
    data = parse_arrangement_csv(Path(args.file).read_bytes(), name)
    with ctx.db().session() as s:  # every year in one transaction: all or nothing
        import_arrangement(s, data, f"import:{name}", None)
        n = refresh_open_clocks(s)
    days = sum(len(c.holidays) + len(c.workdays) for c in data.values())
    ctx.out(ctx.t("calendar_imported", years=ctx.t.join(data), days=days, n=n))
    return 0


# ---- database ------------------------------------------------------------------------------------
def cmd_db_check(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.storage.migrate import current_revision, head_revision

    db = ctx.db()
    with db.engine.connect() as conn:
        integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
    rev = current_revision(db.engine)
    counts: dict[str, int] = {}
    with db.session() as s:
        for label, model in (
            ("operators", m.Operator),
            ("rooms", m.Room),
            ("equipment", m.Equipment),
            ("contract_profiles", m.ContractProfileRow),
            ("calendar_years", m.CalendarYear),
            ("tickets", m.Ticket),
            ("ticket_events", m.TicketEventRow),
            ("attachments", m.AttachmentRow),
            ("fault_reports", m.FaultReportRow),
        ):
            counts[label] = s.scalar(select(func.count()).select_from(model)) or 0
        by_status = dict(s.execute(select(m.Ticket.status, func.count()).group_by(m.Ticket.status)).all())
    ok = integrity == ["ok"]
    path = paths.database_path()
    result = {
        "path": str(path),
        "integrity": "ok" if ok else integrity,
        "revision": rev,
        "head": head_revision(),
        "size_bytes": path.stat().st_size if path.exists() else 0,
        "counts": counts,
        "tickets_by_status": by_status,
    }
    if args.json:
        ctx.out(dumps(result))
    else:
        t = ctx.t
        ctx.out(
            pairs(
                [
                    (t("db_path"), str(path)),
                    (t("db_integrity"), t("db_ok") if ok else "; ".join(integrity[:5])),
                    (t("db_revision"), str(rev)),
                    (t("db_head"), head_revision()),
                    (t("db_size"), f"{result['size_bytes'] / 1048576:.1f} MB"),
                ]
            )
        )
        rows = [[k, str(v)] for k, v in counts.items()]
        rows += [[f"tickets.{k}", str(v)] for k, v in sorted(by_status.items())]
        ctx.out(table([t("col.table"), t("col.count")], rows))
    return 0 if ok else 1


def cmd_db_backup(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.storage.migrate import backup_sqlite, copy_sqlite

    ctx.db()  # checked and up to date before it is copied
    src = paths.database_path()
    if not args.dest:
        dest = backup_sqlite(src, "manual")
    else:
        dest = Path(args.dest)
        if dest.is_dir():
            dest = dest / f"opsdesk-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.sqlite3"
        if dest.exists():
            raise CliError("db_backup_exists", dest=str(dest))
        copy_sqlite(src, dest)
    ctx.out(ctx.t("db_backup_done", dest=str(dest)))
    return 0
