"""`opsdesk-cli`: administration and scripting on the console itself. Imports no Qt.

There is no sign-in here: whoever can run this can read the database file anyway. `--as NAME` says which
operator an event is recorded for (default: the only supervisor, else the first active operator).
Exit codes: 0 done; 2 the command's input was wrong (usage, validation, unknown ticket …); 1 anything
else (a damaged, read-only or too new database file, a file that cannot be read …).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from opsdesk import __version__
from opsdesk.clitext import LANGS, Text, default_lang, exit_code

_COMMON_DEFAULTS = {"home": None, "lang": None}


def _prescan_lang(argv: Sequence[str]) -> str | None:
    """--lang before parsing, so that help and usage errors are in that language too."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None


def build_parser(t: Text) -> argparse.ArgumentParser:
    from opsdesk import cli_admin, cli_meetings, cli_roster, cli_sync, cli_tickets

    # --home and --lang are accepted before or after the command; SUPPRESS keeps a later one from
    # being reset by a subparser's default
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS, help=t("help.home"))
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t("help.lang"))
    parser = argparse.ArgumentParser(prog="opsdesk-cli", description=t("prog.description"), parents=[common])
    parser.add_argument("--version", action="version", version=f"opsdesk {__version__}")
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        metavar="{init,operator,demo,ticket,roster,namecards,seating,profile,calendar,db,server}",
    )
    cli_admin.add_parsers(sub, t, common)
    cli_tickets.add_parsers(sub, t, common)
    cli_roster.add_parsers(sub, t, common)
    cli_meetings.add_parsers(sub, t, common)
    cli_sync.add_parsers(sub, t, common)
    _order(sub)
    return parser


def _order(sub: argparse._SubParsersAction) -> None:
    """List the commands in the order a new user needs them."""
    order = [
        "init",
        "operator",
        "demo",
        "ticket",
        "roster",
        "namecards",
        "seating",
        "profile",
        "calendar",
        "db",
        "server",
    ]
    sub._choices_actions.sort(key=lambda a: order.index(a.dest) if a.dest in order else len(order))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _prescan_lang(argv)
    t = Text(pre if pre in LANGS else default_lang())
    parser = build_parser(t)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (argparse has printed it)
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    for k, v in _COMMON_DEFAULTS.items():
        if not hasattr(args, k):
            setattr(args, k, v)
    if args.home:
        os.environ["OPSDESK_HOME"] = os.path.abspath(args.home)
    return run(args, args.lang or t.lang)


def run(args: argparse.Namespace, lang: str) -> int:
    from opsdesk.cli_context import CliError, Context
    from opsdesk.config import load_settings_checked, settings_path
    from opsdesk.errors import OpsdeskError

    settings, problems = load_settings_checked()
    t = Text(lang, settings.timezone)
    for problem in problems:  # stderr: JSON on stdout stays clean
        print(f"opsdesk-cli: {t('settings.' + problem, path=settings_path())}", file=sys.stderr)
    ctx = Context(t, settings)
    try:
        return int(args.handler(ctx, args) or 0)
    except OpsdeskError as exc:
        for line in t.error_lines(exc):
            print(f"opsdesk-cli: {line}", file=sys.stderr)
        return exit_code(exc)
    except CliError as exc:
        print(f"opsdesk-cli: {t(exc.key, **exc.params)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(t("interrupted"), file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"opsdesk-cli: {t('os_error', reason=exc.strerror or exc, name=exc.filename or '')}",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        if os.environ.get("OPSDESK_DEBUG"):
            raise
        if isinstance(exc, OperationalError):
            print(f"opsdesk-cli: {t('db_busy', detail=exc.orig)}", file=sys.stderr)
        else:
            print(f"opsdesk-cli: {t('unexpected', kind=type(exc).__name__, detail=exc)}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
