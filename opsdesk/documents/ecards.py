"""Electronic name cards (电子席卡): one PNG per seat at the device's resolution, with Pillow.

The same font files as the PDFs (the FontChain's entries, per-character fallback), the same rules as
the tent cards: one name size for the whole set, fitted to the longest name; a two-character Chinese
name spread to the width of three. No Qt: the CLI makes them too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFont

from opsdesk.documents.fonts import FontChain, FontEntry, get_chain
from opsdesk.documents.namecards import is_two_char_name
from opsdesk.domain.meetings import NameCard
from opsdesk.errors import FontCoverageError

DEFAULT_SIZE = (800, 480)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s]+')


@dataclass(frozen=True, slots=True)
class ECardStyle:
    background: str = "#ffffff"
    name_color: str = "#111111"
    line_color: str = "#333333"
    band_color: str = "#b71c1c"  # the red band along the bottom edge of a government card


class _Fonts:
    """Pillow faces of the chain's entries, by entry and size (loaded once)."""

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self._faces: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
        self._runs: dict[str, list[tuple[FontEntry, str]]] = {}

    def runs(self, text: str) -> list[tuple[FontEntry, str]]:
        out = self._runs.get(text)
        if out is None:  # each text is measured while fitting and again when drawn
            runs = self.chain.runs(text)
            entries = {e.name: e for e in self.chain.entries}  # after runs(): registering may rename
            out = self._runs[text] = [(entries[name], chunk) for name, chunk in runs]
        return out

    def face(self, entry: FontEntry, size: int) -> ImageFont.FreeTypeFont:
        key = (entry.name, size)
        if key not in self._faces:
            self._faces[key] = ImageFont.truetype(str(entry.path), size, index=entry.subfont_index)
        return self._faces[key]

    def width(self, runs: list[tuple[FontEntry, str]], size: int) -> float:
        return sum(self.face(e, size).getlength(t) for e, t in runs)


def _layout(
    fonts: _Fonts, text: str, size: int, spread: bool
) -> tuple[list[tuple[FontEntry, str]], float, float]:
    runs = fonts.runs(text)
    width = fonts.width(runs, size)
    if spread and is_two_char_name(text):
        gap = width / 2
        return runs, gap, width + gap
    return runs, 0.0, width


def _fit(fonts: _Fonts, texts: Sequence[str], available: float, cap: int, spread: bool) -> int:
    """The largest size ≤ cap at which every text fits `available` (one size for the set)."""
    probe = 100
    widest = max((_layout(fonts, t, probe, spread)[2] for t in texts), default=0.0)
    size = cap if widest <= 0 else min(cap, int(available * probe / widest))
    while size > 6 and max(_layout(fonts, t, size, spread)[2] for t in texts) > available:
        size -= 1  # hinting makes widths not quite proportional
    return max(size, 6)


def file_name(index: int, card: NameCard) -> str:
    label = card.seat_label or str(index + 1)
    return (
        f"{int(label):03d}_{_UNSAFE.sub('_', card.name)}.png"
        if label.isdigit()
        else (f"{_UNSAFE.sub('_', label)}_{_UNSAFE.sub('_', card.name)}.png")
    )


def render_ecards(
    cards: Sequence[NameCard],
    out_dir: str | Path,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    chain: FontChain | None = None,
    style: ECardStyle = ECardStyle(),
) -> list[Path]:
    """Write one PNG per card into `out_dir` (created); return the paths in card order.
    FontCoverageError (naming the character and the name) before any file is written."""
    w, h = size
    if not (64 <= w <= 8192 and 64 <= h <= 8192):
        raise ValueError(f"e-card size {w}x{h}: each side between 64 and 8192 pixels")
    if not cards:
        raise ValueError("no name cards")
    chain = chain or get_chain()
    for card in cards:
        for text in (card.name, card.line):
            try:
                chain.check(text)
            except FontCoverageError as exc:
                raise FontCoverageError(exc.char, card.name) from None
    fonts = _Fonts(chain)
    band = max(4, h // 24)
    lines = [c.line.strip() for c in cards if c.line.strip()]
    name_size = _fit(fonts, [c.name for c in cards], w * 0.88, int(h * (0.42 if lines else 0.55)), True)
    line_size = _fit(fonts, lines, w * 0.9, max(6, int(name_size * 0.3)), False) if lines else 0
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    palette = _palette(style)
    paths: list[Path] = []
    for i, card in enumerate(cards):
        # drawn as palette indices (one ramp of coverage per text colour) and saved as a palette PNG: a
        # third of the bytes of RGB and no per-row filter search, ~10x faster to save, the same picture
        name_layer = Image.new("L", (w, h), 0)
        line = card.line.strip()
        block = name_size + (int(line_size * 1.5) if line else 0)
        top = (h - band - block) // 2
        _draw(ImageDraw.Draw(name_layer), fonts, card.name, name_size, w, top, _RAMP - 1, spread=True)
        img = name_layer
        if line:
            line_layer = Image.new("L", (w, h), 0)
            y = top + name_size + int(line_size * 0.5)
            _draw(ImageDraw.Draw(line_layer), fonts, line, line_size, w, y, _RAMP - 1, spread=False)
            img = ImageChops.lighter(name_layer, line_layer.point(_LINE_LUT))
        ImageDraw.Draw(img).rectangle((0, h - band, w, h), fill=_BAND)
        img.putpalette(palette)
        p = out / file_name(i, card)
        img.save(p, "PNG", compress_level=1)
        paths.append(p)
    return paths


_RAMP = 120  # coverage levels per text colour: indices 0..119 the name's, 120..239 the line's
_BAND = 2 * _RAMP
_LINE_LUT = [0] + [
    min(_RAMP + v, 255) for v in range(1, 256)
]  # a line pixel of coverage v (0..119) → 120 + v


def _rgb(color: str) -> tuple[int, int, int]:
    return ImageColor.getrgb(color)[:3]


def _palette(style: ECardStyle) -> list[int]:
    """Index k < 120: the background blended towards the name colour by k/119; 120..239 the same
    towards the line colour; 240 the band."""
    bg, name, line, band = (
        _rgb(c) for c in (style.background, style.name_color, style.line_color, style.band_color)
    )
    out: list[int] = []
    for ink in (name, line):
        for k in range(_RAMP):
            t = k / (_RAMP - 1)
            out += [round(b + (c - b) * t) for b, c in zip(bg, ink, strict=True)]
    out += list(band)
    return out + [0] * (768 - len(out))


def _draw(
    d: ImageDraw.ImageDraw, fonts: _Fonts, text: str, size: int, w: int, top: int, color: int, *, spread: bool
) -> None:
    runs, gap, width = _layout(fonts, text, size, spread)
    x = (w - width) / 2
    for entry, chunk in runs:
        face = fonts.face(entry, size)
        for ch in chunk if gap else (chunk,):
            # anchor "ls" (left, baseline) puts every font on one baseline, whatever its ascent
            d.text((x, top + size * 0.88), ch, font=face, fill=color, anchor="ls")
            x += face.getlength(ch) + gap
