"""Tent name cards (桌签 / 席卡) as a PDF: one card per page, folded in half across its length.

The name is on both faces; the face beyond the fold is turned 180° so that, folded, each side reads
upright. One font size for the whole set, fitted to its longest name, so a row of cards looks even.
A two-character Chinese name is spread to the width of three (张　伟) by character spacing: the text in
the PDF stays "张伟", so it can be searched for and copied. Every character is set in the first font of
the chain that has it (FontChain), fonts embedded as subsets; a character no font has raises
FontCoverageError naming it before anything is written.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from opsdesk.documents.fonts import FontChain, get_chain
from opsdesk.domain.meetings import NameCard
from opsdesk.errors import FontCoverageError

Translate = Callable[[str], str]

LABELS: dict[str, str] = {
    "title": "Name cards",
    "subject": "Tent name cards, {count} cards",
}

MIN_MM, MAX_MM = 50.0, 500.0  # a custom card size outside this is refused (ValueError)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_NAME_SHARE_H = 0.50  # the name's em height at most this share of the face height
_NAME_SHARE_W = 0.86  # and the longest name at most this share of the face width
_LINE_RATIO = 0.30  # the title/organisation line's size relative to the name's (at most) …
_LINE_SHARE_H = 0.07  # … but, when the name is small, up to this share of the face height …
_LINE_MAX_RATIO = 0.60  # … and never more than this share of the name's size


def source_strings() -> list[str]:
    return list(LABELS.values())


def _label(translate: Translate, key: str) -> str:
    return translate(LABELS[key])


@dataclass(frozen=True, slots=True)
class TentCardInfo:
    pages: int
    font_size: float  # the one name size used on every card, in points
    line_size: float  # the size of the title/organisation line (0 when no card has one)
    card_w: float  # the card's size (unfolded) in points
    card_h: float


def parse_size(size: str | tuple[float, float]) -> tuple[float, float, tuple[float, float]]:
    """(card width, card height, page size) in points, for "a4", "a5", "WxHmm" or (w_mm, h_mm).

    A4 and A5 cards fill a landscape sheet; a custom card is centred on an A4 landscape sheet when it
    fits there (cut marks show its edges), otherwise on its own page with a 10 mm margin."""
    if isinstance(size, str):
        key = size.strip().lower()
        if key == "a4":
            w, h = landscape(A4)
            return w, h, (w, h)
        if key == "a5":
            w, h = landscape(A5)
            return w, h, (w, h)
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm)?", key)
        if not m:
            raise ValueError(f"card size {size!r}: use a4, a5 or WIDTHxHEIGHTmm")
        w_mm, h_mm = float(m.group(1)), float(m.group(2))
    else:
        w_mm, h_mm = float(size[0]), float(size[1])
    if not (MIN_MM <= w_mm <= MAX_MM and MIN_MM <= h_mm <= MAX_MM):
        raise ValueError(f"card size {w_mm}x{h_mm} mm: each side between {MIN_MM:g} and {MAX_MM:g} mm")
    w, h = w_mm * mm, h_mm * mm
    sheet = landscape(A4)
    if w <= sheet[0] - 20 * mm and h <= sheet[1] - 20 * mm:
        return w, h, sheet
    return w, h, (w + 20 * mm, h + 20 * mm)


def is_two_char_name(name: str) -> bool:
    return len(name) == 2 and all(_CJK.match(c) for c in name)


def _runs(chain: FontChain, text: str) -> list[tuple[str, str]]:
    return chain.runs(text)


def _width(runs: list[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs)


def name_layout(chain: FontChain, name: str, size: float) -> tuple[list[tuple[str, str]], float, float]:
    """(runs, character spacing, visible width) of a name at `size`: a two-character name is spread
    so that it is as wide as three characters."""
    runs = _runs(chain, name)
    width = _width(runs, size)
    if is_two_char_name(name):
        char_space = width / 2  # the gap of one more character between the two
        return runs, char_space, width + char_space
    return runs, 0.0, width


def _fit(widths: Sequence[float], available: float, cap: float) -> float:
    """The one size at which the widest of `widths` (measured at size 1) fits `available`, at most `cap`."""
    widest = max(widths, default=0.0)
    return cap if widest <= 0 else min(cap, available / widest)


def build_tent_cards(
    cards: Sequence[NameCard],
    out: str | Path | BinaryIO,
    *,
    size: str | tuple[float, float] = "a4",
    chain: FontChain | None = None,
    tr: Translate = lambda x: x,
) -> TentCardInfo:
    """Write the cards (one per page) to `out`. FontCoverageError before writing when a character of
    any card has no font; ValueError for an empty set or a bad size."""
    if not cards:
        raise ValueError("no name cards")
    chain = chain or get_chain()
    card_w, card_h, page = parse_size(size)
    for card in cards:  # every character checked first: a bad name never leaves half a file
        for text in (card.name, card.line):
            try:
                chain.check(text)
            except FontCoverageError as exc:
                raise FontCoverageError(exc.char, card.name) from None
    face_h = card_h / 2
    name_w = [name_layout(chain, c.name, 1.0)[2] for c in cards]
    name_size = _fit(name_w, card_w * _NAME_SHARE_W, face_h * _NAME_SHARE_H)
    lines = [c.line for c in cards if c.line.strip()]
    line_size = 0.0
    if lines:
        # a set shrunk by one very long name keeps a readable line: at least a share of the face
        cap = min(name_size * _LINE_MAX_RATIO, max(name_size * _LINE_RATIO, face_h * _LINE_SHARE_H))
        line_size = _fit([_width(_runs(chain, t), 1.0) for t in lines], card_w * 0.9, cap)

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=page, pageCompression=1, invariant=1)
    c.setTitle(_label(tr, "title"))
    c.setSubject(_label(tr, "subject").format(count=len(cards)))
    c.setCreator("opsdesk")
    x0, y0 = (page[0] - card_w) / 2, (page[1] - card_h) / 2
    for card in cards:
        _marks(c, page, x0, y0, card_w, card_h)
        # the lower face upright; the upper face turned 180° about the card's centre
        _face(c, chain, card, x0, y0, card_w, face_h, name_size, line_size)
        c.saveState()
        c.translate(x0 + card_w, y0 + card_h)
        c.rotate(180)
        _face(c, chain, card, 0, 0, card_w, face_h, name_size, line_size)
        c.restoreState()
        c.showPage()
    c.save()
    data = buf.getvalue()
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return TentCardInfo(len(cards), name_size, line_size, card_w, card_h)


def _face(
    c: Canvas,
    chain: FontChain,
    card: NameCard,
    x: float,
    y: float,
    w: float,
    h: float,
    name_size: float,
    line_size: float,
) -> None:
    """One face: the face's bottom edge is the table (y), its top edge the fold (y + h)."""
    runs, char_space, width = name_layout(chain, card.name, name_size)
    has_line = bool(card.line.strip()) and line_size > 0
    # the name's optical centre a little below the middle of the face, the line under it
    block = name_size * 0.72 + (line_size * 1.6 if has_line else 0)
    base = y + (h - block) / 2 + (line_size * 1.6 if has_line else 0) - h * 0.02
    t = c.beginText(x + (w - width) / 2, base)
    t.setCharSpace(char_space)
    for font, chunk in runs:
        t.setFont(font, name_size)
        t.textOut(chunk)
    if char_space:
        # text extractors (and a viewer's search) take the wide gap for a space: the marked-content
        # ActualText says the name is "张伟", so it is found and copied as such
        c._code.append(f"/Span <</ActualText <{_pdf_text_hex(card.name)}>>> BDC")
        c.drawText(t)
        c._code.append("EMC")
    else:
        c.drawText(t)
    if has_line:
        line_runs = _runs(chain, card.line.strip())
        lw = _width(line_runs, line_size)
        t = c.beginText(x + (w - lw) / 2, base - line_size * 1.6)
        t.setCharSpace(0)  # Tc is graphics state: it would carry over from the name
        for font, chunk in line_runs:
            t.setFont(font, line_size)
            t.textOut(chunk)
        c.drawText(t)


def _pdf_text_hex(text: str) -> str:
    """A PDF text string (UTF-16BE with its byte order mark) as hex, for ActualText."""
    return (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper()


def _marks(c: Canvas, page: tuple[float, float], x: float, y: float, w: float, h: float) -> None:
    """A dashed fold line across the middle, and cut marks at the card's corners when the card is
    smaller than the sheet (ticks outside the card, so a cut along them leaves no line on the card)."""
    c.saveState()
    c.setStrokeGray(0.55)
    c.setLineWidth(0.4)
    c.setDash(4, 3)
    c.line(x, y + h / 2, x + w, y + h / 2)
    c.setDash()
    tick = 5 * mm
    if w < page[0] - 1 or h < page[1] - 1:
        # fold ticks in the sheet's margin, beside the card's sides
        for sx, dx in ((x, -1), (x + w, 1)):
            c.line(sx + dx * 1 * mm, y + h / 2, sx + dx * (1 * mm + tick), y + h / 2)
        gap = 2 * mm
        for cx, sx in ((x, -1), (x + w, 1)):
            for cy, sy in ((y, -1), (y + h, 1)):
                c.line(cx + sx * gap, cy, cx + sx * (gap + tick), cy)
                c.line(cx, cy + sy * gap, cx, cy + sy * (gap + tick))
    c.restoreState()
