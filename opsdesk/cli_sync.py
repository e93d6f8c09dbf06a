"""`opsdesk-cli server init | add-operator | status`: set up and look after the shared PostgreSQL server.

Passwords never come from argv: the owner's from libpq's usual places (PGPASSWORD, ~/.pgpass) or a
prompt without echo; a new operator's from a prompt (typed twice) or one line of standard input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from opsdesk.cli_context import CliError, Context
from opsdesk.cli_format import dumps, pairs, table
from opsdesk.clitext import Text
from opsdesk.errors import ServerAuthFailed

URL_ENV = "OPSDESK_SERVER_URL"
R = TypeVar("R")


def add_parsers(sub: argparse._SubParsersAction, t: Text, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("server", help=t("help.server"), parents=[common])
    ss = p.add_subparsers(dest="action", required=True, metavar="{init,add-operator,status,forget}")

    def url_arg(a: argparse.ArgumentParser) -> None:
        a.add_argument("--url", default=os.environ.get(URL_ENV), help=t("help.server.url", env=URL_ENV))

    a = ss.add_parser("init", help=t("help.server.init"), parents=[common])
    url_arg(a)
    a.add_argument("--owner", help=t("help.server.owner"))
    a.add_argument("--after-restore", action="store_true", help=t("help.server.after_restore"))
    a.set_defaults(handler=cmd_init)

    a = ss.add_parser("add-operator", help=t("help.server.add_operator"), parents=[common])
    a.add_argument("name", help=t("help.server.role_name"))
    a.add_argument("--supervisor", action="store_true", help=t("help.server.supervisor"))
    a.add_argument("--password-stdin", action="store_true", help=t("help.server.password_stdin"))
    url_arg(a)
    a.set_defaults(handler=cmd_add_operator)

    a = ss.add_parser("status", help=t("help.server.status"), parents=[common])
    url_arg(a)
    a.add_argument("--json", action="store_true", help=t("help.json"))
    a.set_defaults(handler=cmd_status)

    a = ss.add_parser("forget", help=t("help.server.forget"), parents=[common])
    a.add_argument("--yes", action="store_true", help=t("help.server.forget_yes"))
    a.set_defaults(handler=cmd_forget)


def _url(args: argparse.Namespace) -> str:
    if not args.url:
        raise CliError("server.need_url", env=URL_ENV)
    return args.url


def _as_owner(ctx: Context, url: str, fn: Callable[[str | None], R]) -> R:
    """Run fn(password): first with libpq's own sources (URL, PGPASSWORD, ~/.pgpass), then once with a
    password typed at a prompt (no echo) if the server asked for one and a person is there to type it."""
    from opsdesk.sync.server_admin import parse_url

    try:
        return fn(None)
    except ServerAuthFailed:
        if parse_url(url).password is not None or not _interactive():
            raise
    user = parse_url(url).username or getpass.getuser()
    return fn(getpass.getpass(ctx.t("server.prompt_owner", user=user)))


def _interactive() -> bool:
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return sys.stdin.isatty()


def _new_password(ctx: Context, args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    first = getpass.getpass(ctx.t("server.prompt_new", name=args.name))
    if getpass.getpass(ctx.t("server.prompt_again")) != first:
        raise CliError("server.password_mismatch")
    return first


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.sync.server_admin import init_server, parse_url

    url = _url(args)
    parse_url(url)  # a malformed URL is reported before anything else
    ctx.note(ctx.t("server.init_running"))
    report = _as_owner(ctx, url, lambda pw: init_server(url, pw, args.owner, args.after_restore))
    t = ctx.t
    ctx.out(
        pairs([
            (t("server.label.revision"), report.revision),
            (t("server.label.server_id"), report.server_id),
            (t("server.label.tables"), str(len(report.tables))),
            (t("server.label.groups"), "opsdesk_operator, opsdesk_supervisor"),
        ])
    )  # fmt: skip
    ctx.out(t("server.init_done"))
    return 0


def cmd_add_operator(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.sync.server_admin import add_operator, check_password, check_role_name

    url = _url(args)
    name = check_role_name(args.name)
    password = _new_password(ctx, args)
    check_password(password)  # before the owner is asked for a password
    created = _as_owner(ctx, url, lambda pw: add_operator(url, pw, name, password, args.supervisor))
    group = ctx.t("server.group.supervisor" if args.supervisor else "server.group.operator")
    ctx.out(ctx.t("server.created" if created else "server.updated", name=name, group=group))
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.sync.server_admin import server_status

    url = _url(args)
    st = _as_owner(ctx, url, lambda pw: server_status(url, pw))
    if args.json:
        ctx.out(
            dumps({
                "version": st.version, "user": st.user, "revision": st.revision, "head": st.head,
                "server_id": st.server_id, "created": st.created.isoformat(), "change_seq": st.change_seq,
                "operators": [{"name": o.name, "supervisor": o.supervisor, "login": o.can_login}
                              for o in st.operators],
            })
        )  # fmt: skip
        return 0
    t = ctx.t
    revision = st.revision or t("none")
    if st.revision != st.head:
        revision = t("server.revision_behind", revision=revision, head=st.head)
    ctx.out(
        pairs([
            (t("server.label.version"), st.version),
            (t("server.label.user"), st.user),
            (t("server.label.revision"), revision),
            (t("server.label.server_id"), st.server_id),
            (t("server.label.created"), t.when(st.created)),
            (t("server.label.change_seq"), str(st.change_seq)),
        ])
    )  # fmt: skip
    ctx.out()
    if not st.operators:
        ctx.out(t("server.no_operators"))
        return 0
    rows = [
        [
            o.name,
            t("server.group.supervisor" if o.supervisor else "server.group.operator"),
            t("yes") if o.can_login else t("no"),
        ]
        for o in st.operators
    ]
    ctx.out(table([t("server.col.role"), t("server.col.group"), t("server.col.login")], rows))
    return 0


def cmd_forget(ctx: Context, args: argparse.Namespace) -> int:
    """The console's side of moving to another server (its sync stops with "belongs to another server"):
    forget the joined server; everything this replica holds is sent to the configured server next time."""
    from opsdesk.sync.engine import reset_server

    if not args.yes:
        ctx.out(ctx.t("server.forget_confirm"))
        return 2
    n = reset_server(ctx.db())
    ctx.out(ctx.t("server.forgotten", n=n))
    return 0
