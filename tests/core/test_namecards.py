"""Tent name cards and electronic name cards: rare characters print and stay copyable, one name size
for the set, two-character names spread to three, the turned face, and the error naming a character
no font has."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image
from test_fonts import JI, need, tiny_font

from opsdesk.documents.ecards import render_ecards
from opsdesk.documents.fonts import FontChain, FontEntry, get_chain
from opsdesk.documents.namecards import build_tent_cards, name_layout, parse_size
from opsdesk.domain.meetings import NameCard
from opsdesk.errors import FontCoverageError

YAN = "\u4dae"  # 䶮 (CJK Extension A)
NAMES = ("张伟", f"{JI}小明", f"刘{YAN}", "欧阳建国", "王小红")
CARDS = [NameCard(n, "市应急管理局副局长" if i % 2 else "", str(i + 1)) for i, n in enumerate(NAMES)]


@pytest.fixture
def chain(tmp_path: Path) -> FontChain:
    """The machine's chain plus a tiny font with 𠮷 and 䶮, so the test needs no rare font installed;
    a chain made only of the tiny font when no CJK font is installed at all."""
    tiny = tiny_font(
        tmp_path / "tiny.ttf", JI + YAN + "".join(NAMES) + "市应急管理局副局长", "OpsdeskTinyCards"
    )
    extra = FontEntry("Opsdesk-TinyCards", "OpsdeskTinyCards", tiny)
    base = [e for e in get_chain().entries if e.covers(ord("张"))]
    return FontChain([*base, extra])


def streams(pdf: Path) -> list[str]:
    """The page content streams, decompressed."""
    data = pdf.read_bytes()
    out = []
    for m in re.finditer(rb"/Filter \[([^\]]*)\] /Length (\d+)\s*>>\s*stream\r?\n", data):
        raw = data[m.end() : m.end() + int(m.group(2))]
        try:
            if b"ASCII85" in m.group(1):
                raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
            text = zlib.decompress(raw).decode("latin1")
        except (zlib.error, ValueError):
            continue
        if " Tf" in text:
            out.append(text)
    return out


def test_rare_characters_print_and_extract(tmp_path, chain):
    pdf = tmp_path / "cards.pdf"
    build_tent_cards(CARDS, pdf, chain=chain)
    # -raw: in drawing order, so the turned face reads forwards too
    raw = subprocess.run(
        [need("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    text = re.sub(r"\s+", "", raw.stdout)
    for name in NAMES:
        assert text.count(name) == 2, name  # both faces, copyable as the name (no spacing characters)
    assert JI in text and YAN in text


def test_one_font_size_fitted_to_the_longest_name(tmp_path, chain):
    pdf = tmp_path / "cards.pdf"
    info = build_tent_cards(CARDS, pdf, chain=chain)
    sizes = set()
    for page in streams(pdf):
        sizes |= {float(x) for x in re.findall(r"/F\d+(?:\+\d+)? ([\d.]+) Tf", page)}
    name_sizes = {s for s in sizes if s > info.line_size + 0.01}
    assert len(name_sizes) == 1 and name_sizes.pop() == pytest.approx(info.font_size, abs=0.01)
    assert len(streams(pdf)) == len(CARDS)
    # the widest name (with the two-character spreading) fills the width share exactly, none exceeds it
    widths = [name_layout(chain, n, info.font_size)[2] for n in NAMES]
    assert max(widths) <= info.card_w * 0.86 + 0.01
    # a set of short names gets a larger size than a set with a long one
    short = build_tent_cards([NameCard("王小红")], tmp_path / "s.pdf", chain=chain)
    assert short.font_size >= info.font_size


def test_two_character_names_are_spread_to_three(tmp_path, chain):
    size = 100.0
    _runs, space, width = name_layout(chain, "张伟", size)
    _runs3, space3, width3 = name_layout(chain, "王小红", size)
    assert space > 0 and space3 == 0
    assert width == pytest.approx(width3)  # as wide as three characters
    pdf = tmp_path / "two.pdf"
    build_tent_cards([NameCard("张伟"), NameCard("王小红")], pdf, chain=chain)
    first, second = streams(pdf)
    assert re.search(r"[1-9][\d.]* Tc", first) and not re.search(r"[1-9][\d.]* Tc", second)


def test_one_face_is_turned_half_round(tmp_path, chain):
    pdf = tmp_path / "cards.pdf"
    info = build_tent_cards(CARDS[:1], pdf, chain=chain)
    [page] = streams(pdf)
    # rotate(180): a cm matrix with -1 on the diagonal, then the same text drawn again
    assert re.search(r"-1 0 0 -1 [\d.]+ [\d.]+ cm", page)
    assert page.count(" Tj") + page.count(" TJ") >= 2
    assert info.pages == 1 and info.card_w > info.card_h  # landscape: folded across its length


def test_sizes(tmp_path, chain):
    a4 = parse_size("a4")
    a5 = parse_size("A5")
    custom = parse_size("200x100mm")
    assert round(a4[0]) == 842 and round(a5[0]) == 595
    assert round(custom[0] / 72 * 25.4) == 200 and custom[2] == a4[2]  # on an A4 sheet, with cut marks
    with pytest.raises(ValueError):
        parse_size("10x10mm")
    with pytest.raises(ValueError):
        parse_size("letter")
    pdf = tmp_path / "a5.pdf"
    build_tent_cards(CARDS, pdf, size="a5", chain=chain)
    assert b"/MediaBox [ 0 0 595.2756 419.5276 ]" in pdf.read_bytes()


def test_uncovered_character_names_it_and_writes_nothing(tmp_path):
    tiny = tiny_font(tmp_path / "only.ttf", "张伟王", "OpsdeskOnly")
    only = FontChain([FontEntry("Opsdesk-Only", "OpsdeskOnly", tiny)])
    pdf = tmp_path / "x.pdf"
    with pytest.raises(FontCoverageError) as e:
        build_tent_cards([NameCard("张伟"), NameCard("王\U0002a6d6")], pdf, chain=only)
    assert e.value.char == "\U0002a6d6" and e.value.text == "王\U0002a6d6"
    assert not pdf.exists()
    with pytest.raises(FontCoverageError) as e:
        render_ecards([NameCard("王\U0002a6d6")], tmp_path / "png", chain=only)
    assert e.value.char == "\U0002a6d6" and not (tmp_path / "png").exists()


def test_ecards(tmp_path, chain):
    paths = render_ecards(CARDS, tmp_path / "e", chain=chain)
    assert [p.name for p in paths][:2] == ["001_张伟.png", f"002_{JI}小明.png"]
    for p in paths:
        with Image.open(p) as im:
            assert im.size == (800, 480)
            # something dark was drawn in the name area (the text), and the band at the bottom is red
            assert im.convert("L").crop((0, 0, 800, 400)).getextrema()[0] < 80
            r, g, _b = im.convert("RGB").getpixel((400, 478))  # a palette PNG
            assert r > 150 and g < 80
    [p] = render_ecards(CARDS[:1], tmp_path / "big", size=(1920, 1080), chain=chain)
    with Image.open(p) as im:
        assert im.size == (1920, 1080)
    with pytest.raises(ValueError):
        render_ecards(CARDS, tmp_path / "bad", size=(10, 10), chain=chain)


@pytest.mark.parametrize("size", ["a4", "a5", "120x80mm"])
def test_nothing_crosses_the_fold_or_the_edges(tmp_path, chain, size):
    long_line = "市应急管理局副局长" * 4
    cards = [NameCard("欧阳建国王小红张伟欧阳建国", long_line), NameCard("张伟", "局长"), NameCard("王小红")]
    pdf = tmp_path / "c.pdf"
    info = build_tent_cards(cards, pdf, size=size, chain=chain)
    html = subprocess.run([need("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert len(pages) == 3
    for w, h, body in pages:
        w, h = float(w), float(h)
        top = (h - info.card_h) / 2
        fold = top + info.card_h / 2
        left = (w - info.card_w) / 2
        boxes = [
            tuple(map(float, b))
            for b in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', body)
        ]
        assert boxes
        for x0, y0, x1, y1 in boxes:
            assert left <= x0 and x1 <= left + info.card_w  # inside the card's width
            assert top <= y0 and y1 <= top + info.card_h
            assert y1 <= fold or y0 >= fold  # on one face, never across the fold
