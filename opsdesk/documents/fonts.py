"""CJK fonts for reportlab: discovery, registration, per-character fallback, a ToUnicode fix.

reportlab embeds TrueType outlines only (Noto CJK .otf/.ttc with CFF outlines is refused) and has no
glyph fallback: a character missing from the font prints as a blank box. So we keep a *chain* of
fonts in order of preference, give every character the first font that has it, and raise
FontCoverageError for a character no font has.

Discovery is lazy: nothing touches the disk until the first PDF is made. Candidate files are picked
by file name (PREFERENCES) from, in order: the app's resources/fonts, $OPSDESK_FONT_DIRS
(os.pathsep-separated), then the system font directories of Linux and Windows. A font file is only
parsed when a character actually needs it.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from opsdesk.errors import FontCoverageError
from opsdesk.paths import resource_path

log = logging.getLogger(__name__)

ENV_DIRS = "OPSDESK_FONT_DIRS"
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@dataclass(frozen=True, slots=True)
class FontPreference:
    """One family of the chain: its name and the (lower-case) file name patterns that hold it."""

    family: str
    patterns: tuple[str, ...]


# The chain, best first. Data, not code: reorder or extend here.
PREFERENCES: tuple[FontPreference, ...] = (
    FontPreference("WenQuanYi Zen Hei", ("wqy-zenhei.ttc", "wqy-zenhei*.ttf")),
    FontPreference("LXGW WenKai", ("lxgwwenkai-regular.ttf", "lxgwwenkai.ttf", "lxgwwenkaigb-regular.ttf")),
    FontPreference("Microsoft YaHei", ("msyh.ttc", "msyh.ttf")),
    FontPreference("SimHei", ("simhei.ttf",)),
    FontPreference("SimSun", ("simsun.ttc", "simsun.ttf")),
    FontPreference("HanaMinA", ("hanamina.ttf",)),
    FontPreference("HanaMinB", ("hanaminb.ttf",)),  # CJK Extension B and beyond, e.g. 𠮷
    FontPreference("DejaVu Sans", ("dejavusans.ttf",)),  # Latin, Greek, Cyrillic, symbols
)


def explicit_dirs() -> list[Path]:
    """The app's own font directory and those named by $OPSDESK_FONT_DIRS: every font there is used."""
    dirs: list[Path] = [resource_path("fonts")]
    dirs += [Path(p) for p in os.environ.get(ENV_DIRS, "").split(os.pathsep) if p.strip()]
    return dirs


def search_dirs() -> list[Path]:
    """Font directories in the order they are searched; missing ones are skipped later."""
    dirs = explicit_dirs()
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:  # fonts installed "for this user only" (Windows 10 1809+)
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        home = Path.home()
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".local" / "share" / "fonts",
            home / ".fonts",
        ]
    return dirs


def _font_files(directory: Path) -> Iterator[Path]:
    """Font files under a directory, by name only (no file is opened)."""
    try:
        for root, _dirs, files in os.walk(directory):
            for name in files:
                if name.lower().endswith(_FONT_SUFFIXES):
                    yield Path(root) / name
    except OSError:
        return


def is_cff(path: str | Path, subfont_index: int = 0) -> bool:
    """True when the face has PostScript (CFF) outlines, which reportlab cannot embed.

    The sfnt version tag tells: b'OTTO' is CFF; 0x00010000 / b'true' are TrueType. A .ttc starts
    with b'ttcf' and a table of offsets to its faces.
    """
    try:
        with open(path, "rb") as f:
            tag = f.read(4)
            if tag == b"ttcf":
                f.seek(8)
                (count,) = struct.unpack(">L", f.read(4))
                if subfont_index >= count:
                    return False
                f.seek(12 + 4 * subfont_index)
                (offset,) = struct.unpack(">L", f.read(4))
                f.seek(offset)
                tag = f.read(4)
    except (OSError, struct.error):
        return False
    return tag == b"OTTO"


def _ttc_count(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"ttcf":
                return 1
            f.seek(8)
            return struct.unpack(">L", f.read(4))[0]
    except (OSError, struct.error):
        return 1


# ---- the ToUnicode fix ---------------------------------------------------------------------------


def _utf16_hex(codepoint: int) -> str:
    """A codepoint as the UTF-16BE hex string a ToUnicode CMap wants: a surrogate pair above the BMP."""
    return chr(codepoint).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's makeToUnicodeCMap with the destination written as UTF-16BE.

    reportlab formats each destination as "<%04X>", so U+20BB7 becomes "<20BB7>": five hex digits,
    which PDF readers parse as <20BB> <7…> and text copied from the PDF is junk. The PDF reference
    (9.10.3) says bfchar destinations are UTF-16BE: for non-BMP characters that is the surrogate pair
    <D842DFB7>. BMP output is byte for byte what reportlab writes.
    """
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # a bfchar block may hold at most 100 entries (PDF reference, 5.9.2); reportlab writes one block
    # of up to 256, which readers accept but we need not copy
    for start in range(0, len(subset), 100):
        chunk = subset[start : start + 100]
        cmap.append(f"{len(chunk)} beginbfchar")
        cmap += [f"<{start + i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(chunk)]
        cmap.append("endbfchar")
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(cmap)


# reportlab's own, kept for comparison in tests (captured before install_to_unicode_fix can run)
_ORIGINAL_TO_UNICODE = ttfonts.makeToUnicodeCMap


def install_to_unicode_fix() -> None:
    """Make reportlab's TTF subsets use make_to_unicode_cmap. Idempotent.

    TTFont.addObjects looks the function up as a module global of reportlab.pdfbase.ttfonts at
    PDF-writing time, so replacing that global is enough.
    """
    if ttfonts.makeToUnicodeCMap is not make_to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


# ---- the chain -----------------------------------------------------------------------------------


@dataclass(slots=True)
class FontEntry:
    """One face of one file. Parsed (and registered with reportlab) only when first needed."""

    name: str  # the reportlab font name, also used in <font name="…">
    family: str
    path: Path
    subfont_index: int = 0
    _font: ttfonts.TTFont | None = field(default=None, repr=False)
    _cmap: dict[int, int] | None = field(default=None, repr=False)
    broken: bool = False

    def coverage(self) -> dict[int, int] | None:
        """The face's codepoint -> glyph map (read once), or None if the file cannot be used."""
        if self._cmap is None and not self.broken:
            try:
                if is_cff(self.path, self.subfont_index):
                    raise ttfonts.TTFError("PostScript (CFF) outlines are not supported by reportlab")
                font = ttfonts.TTFont(self.name, str(self.path), subfontIndex=self.subfont_index)
            except Exception as exc:  # a damaged or unsupported file must not stop the document
                log.warning(
                    "font %s (%s #%d) not usable: %s", self.family, self.path, self.subfont_index, exc
                )
                self.broken = True
                return None
            self._font, self._cmap = font, font.face.charToGlyph
        return self._cmap

    def covers(self, codepoint: int) -> bool:
        cmap = self.coverage()
        return cmap is not None and codepoint in cmap

    def register(self) -> str:
        """Register with reportlab's pdfmetrics (once) and return the name."""
        if self.coverage() is None:
            raise RuntimeError(f"font {self.name} is not usable")
        if _registered(self.name) is self._font:
            return self.name
        install_to_unicode_fix()
        # reportlab ignores a second font under a taken name (e.g. from an earlier chain, after
        # reset_chain): take a fresh name rather than print with another file's glyphs
        base, n = self.name, 1
        while _registered(self.name) not in (None, self._font):
            n += 1
            self.name = self._font.fontName = f"{base}~{n}"
        pdfmetrics.registerFont(self._font)
        if _registered(self.name) is not self._font:
            # reportlab also aliases a new name to an already registered font of the same PostScript
            # name; this file's cmap is the one we checked, so make the name mean this file
            pdfmetrics._fonts[self.name] = self._font
        return self.name


def _registered(name: str) -> object | None:
    try:
        return pdfmetrics.getFont(name)
    except (KeyError, ValueError):  # getFont tries to construct unknown standard fonts and raises
        return None


def _is_neutral(ch: str) -> bool:
    """Whitespace and punctuation: they stay in their neighbours' font run when it has them."""
    cat = unicodedata.category(ch)
    return cat[0] in "ZP" or ch.isspace()


def _is_ignorable(ch: str) -> bool:
    """Characters dropped before printing: controls other than line breaks, format characters
    (zero-width space, BOM, joiners) and variation selectors. No font draws them; keeping them
    would print boxes or raise for nothing visible."""
    if ch in "\n\t":
        return False
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf"):
        return True
    o = ord(ch)
    return 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF


def _reg_name(family: str, index: int) -> str:
    base = "Opsdesk-" + re.sub(r"[^A-Za-z0-9]+", "", family)
    return base if index == 0 else f"{base}-{index}"


class FontChain:
    """Fonts in order of preference; each character printed with the first that has it."""

    def __init__(self, entries: Iterable[FontEntry]) -> None:
        self.entries: list[FontEntry] = list(entries)
        self._lock = threading.RLock()
        self._memo: dict[str, FontEntry | None] = {}

    # ---- building -------------------------------------------------------------------------------
    @classmethod
    def discover(
        cls, preferences: Iterable[FontPreference] = PREFERENCES, dirs: Iterable[Path] | None = None
    ) -> FontChain:
        """The chain from the fonts found on this machine (file names only; nothing parsed yet).

        Order: each preferred family (first directory that has it wins), then other fonts found in
        the app's and $OPSDESK_FONT_DIRS directories, then the other faces of .ttc collections
        already chosen (e.g. WenQuanYi Zen Hei Mono covers more Extension B than Zen Hei).
        """
        if dirs is None:
            dirs, explicit = search_dirs(), {str(d) for d in explicit_dirs()}
        else:
            dirs = list(dirs)
            explicit = {str(d) for d in dirs}
        found: list[tuple[Path, Path]] = []  # (directory, file), in search order
        seen: set[str] = set()
        for d in dirs:
            if not d.is_dir():
                continue
            for f in sorted(_font_files(d)):
                key = os.path.normcase(str(f.resolve()))
                if key not in seen:
                    seen.add(key)
                    found.append((d, f))
        entries: list[FontEntry] = []
        used: set[Path] = set()
        for pref in preferences:
            for _d, f in found:
                if f not in used and any(fnmatch.fnmatch(f.name.lower(), p) for p in pref.patterns):
                    if is_cff(f):
                        log.info("skipping %s: CFF outlines", f)
                        continue
                    entries.append(FontEntry(_reg_name(pref.family, 0), pref.family, f))
                    used.add(f)
                    break
        for d, f in found:  # fonts an administrator put in our own or the configured directories
            if f not in used and str(d) in explicit and not is_cff(f):
                name, n = _reg_name(f.stem, 0), 1
                while any(e.name == name for e in entries):
                    name, n = f"{_reg_name(f.stem, 0)}_{n}", n + 1
                entries.append(FontEntry(name, f.stem, f))
                used.add(f)
        for e in list(entries):
            for i in range(1, _ttc_count(e.path)):
                if not is_cff(e.path, i):
                    entries.append(FontEntry(_reg_name(e.family, i), f"{e.family} #{i}", e.path, i))
        return cls(entries)

    # ---- queries --------------------------------------------------------------------------------
    def _entry_for(self, ch: str) -> FontEntry | None:
        with self._lock:
            try:
                return self._memo[ch]
            except KeyError:
                pass
            cp = 32 if ch == "\xa0" else ord(ch)  # reportlab prints a no-break space as U+0020
            hit = next((e for e in self.entries if e.covers(cp)), None)
            self._memo[ch] = hit
            return hit

    def covers(self, ch: str) -> bool:
        return _is_ignorable(ch) or self._entry_for(ch) is not None

    def font_for(self, ch: str) -> str:
        """The registered reportlab name of the first font that has `ch`; FontCoverageError if none."""
        entry = self._entry_for(ch)
        if entry is None:
            raise FontCoverageError(ch)
        with self._lock:
            return entry.register()

    @property
    def primary(self) -> str:
        """The font for plain text (the first usable one): default fontName of styles.

        Helvetica when no font is usable at all; check()/markup() then name the first character
        that cannot be printed."""
        with self._lock:
            for e in self.entries:
                if e.coverage() is not None:
                    return e.register()
        return "Helvetica"

    def check(self, text: str) -> None:
        """FontCoverageError(char, text) for the first character no font has."""
        for ch in text:
            if not self.covers(ch):
                raise FontCoverageError(ch, text)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """`text` as (font name, chunk) runs. Whitespace and punctuation join the run before them
        (or after them, at the start) when that font has them, so a line does not flicker between
        fonts. Ignorable characters are dropped; "\\n" and "\\t" are kept as they are."""
        self.check(text)
        out: list[list[str]] = []  # [font, chunk]
        pending: list[str] = []  # neutral characters waiting for the next run
        for ch in text:
            if _is_ignorable(ch):
                continue
            if ch in "\n\t" or _is_neutral(ch):
                if out and (ch in "\n\t" or self._covered_by(ch, out[-1][0])):
                    out[-1][1] += ch
                else:
                    pending.append(ch)
                continue
            font = self.font_for(ch)
            if pending:
                for p in pending:
                    pf = font if (p in "\n\t" or self._covered_by(p, font)) else self.font_for(p)
                    self._append(out, pf, p)
                pending.clear()
            self._append(out, font, ch)
        for p in pending:
            self._append(out, self.primary if p in "\n\t" else self.font_for(p), p)
        return [(f, t) for f, t in out]

    def markup(self, text: str) -> str:
        """Paragraph markup for user text: every run in <font name="…">, the text escaped (& < >),
        line breaks as <br/>. User text can never become markup."""
        parts: list[str] = []
        for font, chunk in self.runs(text):
            lines = [escape(line).replace("\t", " ") for line in chunk.split("\n")]
            body = "<br/>".join(lines)
            if body:
                parts.append(f'<font name="{font}">{body}</font>')
        return "".join(parts)

    # ---- helpers --------------------------------------------------------------------------------
    def _entry_by_name(self, name: str) -> FontEntry | None:
        return next((e for e in self.entries if e.name == name), None)

    def _covered_by(self, ch: str, font: str) -> bool:
        e = self._entry_by_name(font)
        return e is not None and e.covers(32 if ch == "\xa0" else ord(ch))

    def _append(self, out: list[list[str]], font: str, ch: str) -> None:
        if out and out[-1][0] == font:
            out[-1][1] += ch
        else:
            out.append([font, ch])

    def describe(self) -> list[tuple[str, str, int, bool]]:
        """(family, path, subfont index, parsed) of every candidate: for logs and diagnostics."""
        return [(e.family, str(e.path), e.subfont_index, e._cmap is not None) for e in self.entries]


_chain: FontChain | None = None
_chain_lock = threading.Lock()


def get_chain() -> FontChain:
    """The process-wide chain, discovered on first use."""
    global _chain
    with _chain_lock:
        if _chain is None:
            install_to_unicode_fix()
            _chain = FontChain.discover()
            log.info("font chain: %s", [(f, p, i) for f, p, i, _ in _chain.describe()])
        return _chain


def reset_chain() -> None:
    """Forget the discovered chain (tests, or after the operator added fonts)."""
    global _chain
    with _chain_lock:
        _chain = None
