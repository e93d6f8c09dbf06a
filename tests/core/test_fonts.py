"""CJK font discovery, per-character fallback, escaping, and the non-BMP ToUnicode fix."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from opsdesk.documents import fonts
from opsdesk.documents.fonts import FontChain, get_chain, make_to_unicode_cmap
from opsdesk.errors import FontCoverageError

ROOT = Path(__file__).resolve().parents[2]
JI = "\U00020bb7"  # 𠮷, CJK Extension B: the classic non-BMP name character


# ---- a tiny TrueType font, made here: no installed font need cover 𠮷 ------------------------------
def tiny_font(path: Path, chars: str, family: str = "OpsdeskTiny") -> Path:
    """A valid TrueType font whose every character in `chars` is a square (cmap format 12, so
    characters beyond the BMP work). Just enough tables for reportlab and poppler."""
    cps = sorted({ord(c) for c in chars} | {32})
    n = len(cps) + 1  # glyph 0 is .notdef

    def box(size: int) -> bytes:  # one closed contour, four on-curve points, coordinates as deltas
        lo, hi = 100, 100 + size
        head = struct.pack(">hhhhh", 1, lo, lo, hi, hi) + struct.pack(">HH", 3, 0)
        return (
            head
            + bytes([1, 1, 1, 1])
            + struct.pack(">hhhh", lo, 0, size, 0)
            + struct.pack(">hhhh", lo, size, 0, -size)
        )

    glyphs = [box(500)] + [b"" if cp == 32 else box(700) for cp in cps]
    glyf, loca = b"", []
    for g in glyphs:
        loca.append(len(glyf) // 2)
        glyf += g + b"\0" * (len(g) % 2)
    loca.append(len(glyf) // 2)
    groups = b"".join(struct.pack(">LLL", cp, cp, i + 1) for i, cp in enumerate(cps))
    cmap12 = struct.pack(">HHLLL", 12, 0, 16 + len(groups), 0, len(cps)) + groups
    names = [(1, family), (2, "Regular"), (4, family), (6, family)]
    strings = b"".join(s.encode("utf-16-be") for _, s in names)
    recs, off = b"", 0
    for nid, s in names:
        size = len(s.encode("utf-16-be"))
        recs += struct.pack(">HHHHHH", 3, 1, 0x409, nid, size, off)
        off += size
    tables = {
        b"cmap": struct.pack(">HHHHL", 0, 1, 3, 10, 12) + cmap12,
        b"glyf": glyf,
        b"head": struct.pack(
            ">LLLLHHQQhhhhHHhhh",
            0x10000,
            0x10000,
            0,
            0x5F0F3CF5,
            0,
            1000,
            0,
            0,
            0,
            0,
            1000,
            900,
            0,
            8,
            2,
            0,
            0,
        ),
        b"hhea": struct.pack(
            ">LhhhHhhhhhhhhhhhH", 0x10000, 880, -120, 0, 1000, 0, 0, 900, 1, 0, 0, 0, 0, 0, 0, 0, n
        ),
        b"hmtx": b"".join(struct.pack(">Hh", 1000, 100) for _ in range(n)),
        b"loca": b"".join(struct.pack(">H", x) for x in loca),
        b"maxp": struct.pack(">LH", 0x10000, n) + struct.pack(">13H", 4, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        b"name": struct.pack(">HHH", 0, len(names), 6 + len(recs)) + recs + strings,
        b"post": struct.pack(">LLhhLLLLL", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0),
    }
    out = struct.pack(">LHHHH", 0x10000, len(tables), 128, 3, len(tables) * 16 - 128)
    offset = 12 + 16 * len(tables)
    body = b""
    for tag in sorted(tables):
        data = tables[tag]
        out += tag + struct.pack(">LLL", 0, offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    path.write_bytes(out + body)
    return path


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed: the PDF's text cannot be inspected")
    return path


def pdftext(pdf: Path) -> str:
    return subprocess.run(
        [need("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def draw(pdf: Path, chain: FontChain, text: str) -> Path:
    c = Canvas(str(pdf))
    x = 72.0
    for font, chunk in chain.runs(text):
        c.setFont(font, 20)
        c.drawString(x, 700, chunk)
        x += c.stringWidth(chunk, font, 20)
    c.save()
    return pdf


# ---- discovery -----------------------------------------------------------------------------------
def test_importing_does_not_scan_the_disk() -> None:
    code = """
import os, sys
walked = []
_walk = os.walk
def walk(top, *a, **k):
    walked.append(str(top))
    return _walk(top, *a, **k)
os.walk = walk
import opsdesk.documents.fonts as f
import opsdesk.documents.fault_report
assert f._chain is None
print(sorted({str(d) for d in f.search_dirs()} & set(walked)))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_domain_does_not_import_reportlab() -> None:
    code = "import sys, opsdesk.domain.reports, opsdesk.errors; print(any(m.startswith('reportlab') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_chain_is_cached_and_parses_lazily() -> None:
    assert get_chain() is get_chain()
    chain = FontChain.discover()  # a fresh one: the shared chain may have been used by other tests
    assert chain.entries, "no usable font found on this machine"
    assert not any(parsed for *_x, parsed in chain.describe())
    chain.font_for("a")
    # the fallbacks after the first font that had "a" have not been read
    assert not any(parsed for *_x, parsed in chain.describe()[1:])


def test_preferred_families_come_in_order(tmp_path: Path) -> None:
    for name in ("simsun.ttc", "DejaVuSans.ttf", "SIMHEI.TTF", "unrelated.ttf", "msyh.ttc"):
        (tmp_path / name).write_bytes(b"\0\1\0\0")
    chain = FontChain.discover(dirs=[tmp_path])
    families = [e.family for e in chain.entries]
    assert families[:4] == ["Microsoft YaHei", "SimHei", "SimSun", "DejaVu Sans"]
    assert families[4] == "unrelated"  # a font in an explicit directory is used too, after the chain


def test_env_font_dirs_come_before_the_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tiny_font(tmp_path / "wqy-zenhei.ttc", "吉祥")
    monkeypatch.setenv("OPSDESK_FONT_DIRS", f"{tmp_path}{__import__('os').pathsep}/nonexistent")
    dirs = fonts.search_dirs()
    assert dirs.index(tmp_path) == 1 and dirs[0].name == "fonts"
    chain = FontChain.discover()
    assert chain.entries[0].path == tmp_path / "wqy-zenhei.ttc"


def test_cff_fonts_are_skipped(tmp_path: Path) -> None:
    otf = tmp_path / "simhei.ttf"  # a CFF font, whatever its name says
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    ttc = tmp_path / "msyh.ttc"  # a collection whose first face is CFF
    ttc.write_bytes(b"ttcf" + struct.pack(">LLL", 0x10000, 1, 16) + b"OTTO" + b"\0" * 32)
    assert fonts.is_cff(otf) and fonts.is_cff(ttc)
    assert not fonts.is_cff(tiny_font(tmp_path / "ok.ttf", "吉"))
    assert [e.family for e in FontChain.discover(dirs=[tmp_path]).entries] == ["ok"]


def test_unusable_font_file_is_skipped_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"\0\1\0\0garbage")
    tiny_font(tmp_path / "tiny.ttf", "吉")
    chain = FontChain.discover(dirs=[tmp_path])
    assert chain.font_for("吉").endswith("tiny")


# ---- coverage and runs ---------------------------------------------------------------------------
def test_uncovered_character_is_named() -> None:
    with pytest.raises(FontCoverageError) as info:
        get_chain().check("电池\ue000老化")
    assert info.value.char == "\ue000" and info.value.text == "电池\ue000老化"
    assert "U+E000" in str(info.value)
    with pytest.raises(FontCoverageError):
        get_chain().markup("x\ue000")


def test_fallback_per_character(tmp_path: Path) -> None:
    a = tiny_font(tmp_path / "a.ttf", "abc 吉,", family="TinyA")
    b = tiny_font(tmp_path / "b.ttf", f"{JI}祥,", family="TinyB")
    chain = FontChain([fonts.FontEntry("TestA", "A", a), fonts.FontEntry("TestB", "B", b)])
    assert chain.runs(f"ab 吉{JI}祥,c") == [("TestA", "ab 吉"), ("TestB", f"{JI}祥,"), ("TestA", "c")]
    # punctuation and spaces stay with the run before them, or join the next at the start
    assert chain.runs(f",{JI}") == [("TestB", f",{JI}")]
    assert chain.runs("a\u200bb\ufe0f") == [("TestA", "ab")]  # zero-width and variation selectors dropped
    with pytest.raises(FontCoverageError) as info:
        chain.check("abd")
    assert info.value.char == "d"


def test_installed_fallback_to_dejavu() -> None:
    chain = get_chain()
    names = [e.name for e in chain.entries]
    first = chain.entries[0]
    other = next((ch for ch in "Ꙩ⚕ᚠ₿" if not first.covers(ord(ch)) and chain.covers(ch)), None)
    if other is None:
        pytest.skip("no installed font covers a character the first font lacks")
    runs = chain.runs(f"电池{other}组")
    assert len(runs) == 3 and runs[1][1] == other and runs[1][0] in names and runs[1][0] != first.name


def test_markup_escapes_user_text() -> None:
    chain = get_chain()
    text = "<b>&amp; 电池</b>\n第二行 <font name='x'>"
    m = chain.markup(text)
    assert "<b>" not in m and "&lt;b&gt;&amp;amp;" in m and "<br/>" in m
    assert m.startswith('<font name="') and m.endswith("</font>")
    para = Paragraph(m, ParagraphStyle("t", fontName=chain.primary, wordWrap="CJK"))
    assert para.getPlainText().replace("\n", "") == text.replace("\n", "")


# ---- the ToUnicode CMap --------------------------------------------------------------------------
def test_cmap_writes_surrogate_pairs() -> None:
    cmap = make_to_unicode_cmap("AAAAAA+X", [0, 0x5409, 0x20BB7, 0x7965])
    assert "<01> <5409>" in cmap and "<02> <D842DFB7>" in cmap and "<03> <7965>" in cmap
    assert "<00> <03>" in cmap  # the code space
    assert "4 beginbfchar" in cmap


def test_cmap_matches_reportlab_for_the_bmp_and_splits_blocks_of_100() -> None:
    subset = [0, *range(0x4E00, 0x4E00 + 199)]
    ours = make_to_unicode_cmap("F", subset)
    lines = set(ours.splitlines())
    theirs = set(fonts._ORIGINAL_TO_UNICODE("F", subset).splitlines())
    assert theirs - lines == {"200 beginbfchar"}  # one block of 200 there, blocks of 100 here
    assert "100 beginbfchar" in lines
    assert ours.count("beginbfchar") == 2


def test_fix_is_installed_with_the_chain() -> None:
    get_chain()
    assert ttfonts.makeToUnicodeCMap is make_to_unicode_cmap


def test_non_bmp_text_round_trips_with_a_generated_font(tmp_path: Path) -> None:
    font = tiny_font(tmp_path / "tiny.ttf", f"吉{JI}祥")
    chain = FontChain.discover(dirs=[tmp_path])
    assert chain.font_for(JI) == chain.font_for("吉")
    pdf = draw(tmp_path / "ji.pdf", chain, f"吉{JI}祥")
    assert font.exists() and pdftext(pdf).strip() == f"吉{JI}祥"


def test_non_bmp_text_round_trips_with_an_installed_font(tmp_path: Path) -> None:
    chain = get_chain()
    # 𠮷 if an installed font has it (HanaMinB, SimSun-ExtB …), else another Extension B character
    # (WenQuanYi Zen Hei has 𠕇 U+20547)
    ch = next((c for c in (JI, "\U00020547", "\U0002000b") if chain.covers(c)), None)
    if ch is None:
        pytest.skip("no installed font covers a CJK Extension B character")
    out = tmp_path / "ext-b.pdf"
    doc = SimpleDocTemplate(str(out))
    doc.build([Paragraph(chain.markup(f"吉{ch}祥"), ParagraphStyle("t", fontName=chain.primary))])
    assert pdftext(out).strip() == f"吉{ch}祥"
