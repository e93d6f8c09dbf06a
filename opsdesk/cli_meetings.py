"""`opsdesk-cli namecards INPUT -o OUT.pdf` and `opsdesk-cli seating INPUT --layout …`.

Both work on a list file alone (no database, no sign-in): the list is read and checked whole, and
nothing is written when any row is wrong.
"""

from __future__ import annotations

import argparse
import math
import os
import re
from pathlib import Path

from opsdesk.cli_context import CliError, Context
from opsdesk.cli_format import dumps
from opsdesk.clitext import Text
from opsdesk.documents.fonts import ENV_DIRS
from opsdesk.domain.meetings import Attendee, NameCard, Seat, SeatLayout, SeatSpec, TitleLine
from opsdesk.errors import FontCoverageError, ImportFormatError, ValidationError
from opsdesk.rules.seating import assign, precedence
from opsdesk.services.attendees import read_attendee_file


def add_parsers(sub: argparse._SubParsersAction, t: Text, common: argparse.ArgumentParser) -> None:
    n = sub.add_parser("namecards", help=t("help.namecards"), parents=[common])
    n.add_argument("input", metavar="INPUT", help=t("help.mt.input"))
    n.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=t("help.mt.output"))
    n.add_argument("--png-dir", metavar="DIR", help=t("help.mt.png_dir"))
    n.add_argument("--png-size", default="800x480", metavar="WxH", help=t("help.mt.png_size"))
    n.add_argument("--size", default="a4", metavar="a4|a5|WxHmm", help=t("help.mt.size"))
    n.add_argument(
        "--title-line", default="none", choices=[x.value for x in TitleLine], help=t("help.mt.title_line")
    )
    n.set_defaults(handler=cmd_namecards)

    s = sub.add_parser("seating", help=t("help.seating"), parents=[common])
    s.add_argument("input", metavar="INPUT", help=t("help.mt.input"))
    s.add_argument(
        "--layout", default="head", choices=[x.value for x in SeatLayout], help=t("help.mt.layout")
    )
    s.add_argument("--seats", metavar="N|7,8|3+6", help=t("help.mt.seats"))
    s.add_argument("--mirror", action="store_true", help=t("help.mt.mirror"))
    s.add_argument("--json", action="store_true", help=t("help.json"))
    s.set_defaults(handler=cmd_seating)


# ---- reading the list ----------------------------------------------------------------------------
def _problem(t: Text, key: str, code: str, params: dict) -> str:
    m = re.fullmatch(r"row(\d+)\.(\w+)", key)
    row, field = (int(m.group(1)), m.group(2)) if m else (params.get("row", "?"), key)
    label = t(f"mt.f.{field}") if f"mt.f.{field}" in _keys() else field
    if code == "duplicate" and params.get("existing"):
        code = "duplicate_existing"
    word = f"mt.p.{code}" if f"mt.p.{code}" in _keys() else "mt.p.other"
    text = t(
        word,
        field=label,
        code=code,
        length=params.get("length", ""),
        max=params.get("max", ""),
        value=params.get("value", ""),
        other=params.get("other_row", ""),
        low=params.get("low", ""),
        high=params.get("high", ""),
    )
    return t("mt.row_problem", row=row, text=text)


def _keys() -> dict:
    from opsdesk.clitext import T

    return T


def _import_message(t: Text, exc: ImportFormatError) -> str:
    code, _sep, value = exc.detail.partition(":")
    key = f"mt.imp.{code}"
    if f"{key}.{value}" in _keys():  # unreadable:not_found|damaged|encoding
        return t(f"{key}.{value}", source=exc.source)
    if key not in _keys():
        return t("err.import", source=exc.source, detail=exc.detail)
    return t(key, source=exc.source, detail=value.strip() or code, value=value)


def _font_message(t: Text, exc: FontCoverageError) -> str:
    from opsdesk.paths import resource_path

    dirs = os.environ.get(ENV_DIRS) or str(resource_path("fonts"))
    return t("mt.font", name=exc.text, char=exc.char, code=f"{ord(exc.char):04X}", dir=dirs)


def read_list(ctx: Context, path: str) -> list[Attendee]:
    """The file's attendees in entry order; problems are printed one per line (then exit code 2)."""
    try:
        new = read_attendee_file(path)
    except ValidationError as exc:
        for key, (code, params) in exc.problems.items():
            ctx.note(f"opsdesk-cli: {_problem(ctx.t, key, code, params)}")
        raise _Quiet(2) from None
    except ImportFormatError as exc:
        ctx.note(f"opsdesk-cli: {_import_message(ctx.t, exc)}")
        raise _Quiet(2) from None
    return [
        Attendee(f"a{i}", "", a.name, a.title, a.organisation, a.rank, position=i)
        for i, a in enumerate(new, 1)
    ]


class _Quiet(Exception):
    """The messages are printed already: leave with this exit code."""

    def __init__(self, code: int) -> None:
        self.code = code


def _line(a: Attendee, which: TitleLine) -> str:
    return {TitleLine.TITLE: a.title, TitleLine.ORGANISATION: a.organisation}.get(which, "")


# ---- namecards -----------------------------------------------------------------------------------
def _png_size(ctx: Context, value: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,4})\s*[x×*]\s*(\d{2,4})\s*", value)
    if not m:
        raise CliError("mt.bad_png_size", value=value)
    return int(m.group(1)), int(m.group(2))


def cmd_namecards(ctx: Context, args: argparse.Namespace) -> int:
    from opsdesk.documents.ecards import render_ecards
    from opsdesk.documents.namecards import build_tent_cards, parse_size

    try:
        parse_size(args.size)
    except ValueError:
        raise CliError("mt.bad_size", value=args.size) from None
    png = _png_size(ctx, args.png_size) if args.png_dir else None
    try:
        people = read_list(ctx, args.input)
    except _Quiet as q:
        return q.code
    which = TitleLine(args.title_line)
    cards = [NameCard(a.name, _line(a, which), str(i)) for i, a in enumerate(precedence(people), 1)]
    out = Path(args.output)
    try:
        info = build_tent_cards(cards, out, size=args.size)
        if png:
            paths = render_ecards(cards, args.png_dir, size=png)
    except FontCoverageError as exc:
        ctx.note(f"opsdesk-cli: {_font_message(ctx.t, exc)}")
        return 2
    ctx.out(ctx.t("mt.cards_done", count=info.pages, path=out, size=f"{info.font_size:.0f}"))
    if png:
        ctx.out(ctx.t("mt.png_done", count=len(paths), path=args.png_dir))
    return 0


# ---- seating -------------------------------------------------------------------------------------
def parse_seats(layout: SeatLayout, value: str | None, people: int) -> SeatSpec:
    """The seat spec from --seats, or one fitted to the list."""
    if not value:
        if layout is SeatLayout.HEAD:
            return SeatSpec(layout, (max(people, 1),))
        if layout is SeatLayout.ROWS:
            rows = max(1, math.ceil(people / 10))
            per = math.ceil(people / rows) if people else 1
            counts = [per] * rows
            counts[-1] = max(1, people - per * (rows - 1))
            return SeatSpec(layout, tuple(counts))
        head = min(max(people, 1), 3)
        return SeatSpec(layout, (head,), max(0, math.ceil((people - head) / 2)))
    v = value.replace(" ", "")
    try:
        if layout is SeatLayout.HEAD and re.fullmatch(r"\d+", v):
            return SeatSpec(layout, (int(v),))
        if layout is SeatLayout.ROWS and re.fullmatch(r"\d+(,\d+)*", v):
            return SeatSpec(layout, tuple(int(x) for x in v.split(",")))
        if layout is SeatLayout.U and re.fullmatch(r"\d+\+\d+", v):
            head, arm = v.split("+")
            return SeatSpec(layout, (int(head),), int(arm))
    except ValueError:
        pass
    raise CliError("mt.bad_seats", value=value)


def _seat_text(t: Text, seats: list[Seat]) -> str:
    return "  ".join(f"{s.order} {s.attendee_name or t('mt.empty_seat')}" for s in seats)


def cmd_seating(ctx: Context, args: argparse.Namespace) -> int:
    t = ctx.t
    layout = SeatLayout(args.layout)
    try:
        people = read_list(ctx, args.input)
    except _Quiet as q:
        return q.code
    spec = parse_seats(layout, args.seats, len(people))
    if not spec.capacity or spec.capacity > 500:
        raise CliError("mt.bad_seats", value=args.seats or "")
    seats = assign(spec, people, args.mirror)  # NotEnoughSeats: the core error, worded by clitext
    if args.json:
        ctx.out(
            dumps(
                {
                    "layout": layout.value,
                    "mirror": args.mirror,
                    "seats": [
                        {
                            "index": s.index,
                            "row": s.row,
                            "position": s.col,
                            "side": s.side,
                            "order": s.order,
                            "name": s.attendee_name or None,
                            "title": s.attendee_title,
                            "organisation": s.attendee_organisation,
                        }
                        for s in seats
                    ],
                }
            )
        )
        return 0
    ctx.out(t(f"mt.layout.{layout.value}") + (t("mt.mirrored") if args.mirror else ""))
    if layout is SeatLayout.ROWS:
        for r in range(len(spec.per_row)):
            ctx.out(f"{t('mt.row', n=r + 1)}: {_seat_text(t, [s for s in seats if s.row == r])}")
    elif layout is SeatLayout.U:
        ctx.out(f"{t('mt.head')}: {_seat_text(t, [s for s in seats if not s.side])}")
        ctx.out(f"{t('mt.left')}: {_seat_text(t, [s for s in seats if s.side == 'left'])}")
        ctx.out(f"{t('mt.right')}: {_seat_text(t, [s for s in seats if s.side == 'right'])}")
    else:
        ctx.out(_seat_text(t, seats))
    return 0
