"""Reading the CSV files a supervisor brings to the roster (team lists, the State Council's arrangement).

They come from Excel on a Chinese Windows desktop more often than not: GBK-encoded (or UTF-8 with a BOM,
or UTF-16 "Unicode text"), with Chinese column headers, and dates re-written by Excel as `2027/2/6`.
All of that is accepted; anything else is refused with a RosterImportError naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from opsdesk.roster_errors import RosterImportError

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def decode_csv(data: bytes | str, source: str) -> str:
    """The text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (a superset of GBK,
    what Excel writes on a Chinese desktop). RosterImportError `encoding` when it is none of them."""
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise RosterImportError(source, 0, "encoding") from None
    for codec in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # NUL bytes: a binary file (an .xlsx given by mistake) decoded by luck
            return text
    raise RosterImportError(source, 0, "encoding")


def parse_day(raw: str) -> date:
    """`2027-02-06`, `2027/2/6`, `2027.2.6` or `2027年2月6日`; ValueError for anything else, or a date that
    does not exist (2026-02-30)."""
    m = _DATE.match(raw.strip())
    if not m:
        raise ValueError(raw)
    return date(int(m[1]), int(m[2]), int(m[3]))


def header_columns(
    header: Sequence[str], aliases: Mapping[str, str], *, source: str, expected: str
) -> list[str]:
    """The header's canonical column names (English or Chinese headers; case and spaces ignored; empty
    cells at the end, which Excel leaves, dropped). RosterImportError `columns` for an unknown or repeated
    column."""
    header = list(header)
    while header and not header[-1].strip():
        header.pop()
    cols = []
    for h in header:
        key = h.strip().lstrip("\ufeff").lower()
        cols.append(aliases.get(key, key))
    if any(c not in aliases.values() for c in cols) or len(set(cols)) != len(cols):
        raise RosterImportError(source, 1, "columns", expected=expected, found=",".join(header))
    return cols
