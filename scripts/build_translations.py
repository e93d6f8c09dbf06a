"""Update the Qt Linguist catalogue from the sources and build the .qm files the desk loads.

    .venv/bin/python scripts/build_translations.py            # update opsdesk_zh_CN.ts, then build .qm
    .venv/bin/python scripts/build_translations.py --qm-only  # only build .qm (setup, tests, bundle)
    .venv/bin/python scripts/build_translations.py --check    # exit 1 when the .ts misses a source string
    .venv/bin/python scripts/build_translations.py --apply zh.tsv  # update, then fill translations from
                                                     # lines "context<TAB>source<TAB>translation" (\\n = newline)

English is the source language, so only resources/translations/opsdesk_zh_CN.ts is kept. Translators
edit it with `pyside6-linguist` (or any editor); the .qm next to it is built with `pyside6-lrelease` and
is not committed.

Why not plain `pyside6-lupdate`: its Python parser takes `tr = QCoreApplication.translate;
tr("Ctx", "Text")` for a one-argument `tr("Ctx")` in the empty context, and does not see aliases such
as `_tr("labels", "New")` at all. So the strings are extracted here from the syntax tree:

- `self.tr("Text")` (and `QT_TR_NOOP("Text")`) in a class: context = the class name, as lupdate does;
- `QCoreApplication.translate("Ctx", "Text")`, any alias of a `.translate` attribute, and
  `QT_TRANSLATE_NOOP("Ctx", "Text")`: context "Ctx";
- in opsdesk/documents/, a bare `tr("Text")` (the builders' injected callable) and the strings a
  module's `source_strings()` returns: context "documents" (ui/dialogs/report_dialog.py translates
  with that context).

lupdate still runs as a cross-check: a string it finds in a named context that this extractor missed
is reported. Existing translations are kept; a message whose source is gone is kept as "vanished"
while it has a translation, so a refactor does not lose a translator's work.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
DOCUMENTS_CONTEXT = "documents"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's "disambiguation"
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    dynamic: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line, call) not literal

    def add(self, context: str, source: str, comment: str, numerus: bool, where: tuple[str, int]) -> None:
        m = self.messages.setdefault((context, source, comment), Message(context, source, comment))
        m.numerus = m.numerus or numerus
        m.locations.append(where)


def source_files(root: Path = ROOT) -> list[Path]:
    files = sorted((root / "ui").rglob("*.py")) + sorted((root / "opsdesk" / "documents").glob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


def _str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Visitor(ast.NodeVisitor):
    def __init__(self, out: Extraction, rel: str, documents: bool, aliases: set[str]) -> None:
        self.out, self.rel, self.documents, self.aliases = out, rel, documents, aliases
        self.classes: list[str] = []
        self.params: list[set[str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        a = node.args
        self.params.append({p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs]})
        self.generic_visit(node)
        self.params.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, ctx: str | None, args: list[ast.expr], src_i: int, node: ast.Call) -> None:
        src = _str(args[src_i]) if len(args) > src_i else None
        if ctx is None or src is None:
            arg = args[src_i] if len(args) > src_i else None
            if isinstance(arg, ast.Name) and self.params and arg.id in self.params[-1]:
                return  # a wrapper passing its caller's text through: the caller's literal is extracted
            self.out.dynamic.append((self.rel, node.lineno, ast.unparse(node)[:100]))
            return
        comment = _str(args[src_i + 1]) if len(args) > src_i + 1 else None
        numerus = len(args) > src_i + 2 or any(k.arg == "n" for k in node.keywords)
        self.out.add(ctx, src, comment or "", numerus, (self.rel, node.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        cls = self.classes[-1] if self.classes else None
        if isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name):
            if f.value.id in ("self", "cls"):
                self._add(cls, node.args, 0, node)
        elif (isinstance(f, ast.Attribute) and f.attr == "translate") or (
            isinstance(f, ast.Name) and (f.id in self.aliases or f.id in ("translate", "QT_TRANSLATE_NOOP"))
        ):
            if node.args:
                self._add(_str(node.args[0]), node.args, 1, node)
        elif isinstance(f, ast.Name) and f.id == "QT_TR_NOOP":
            self._add(cls, node.args, 0, node)
        elif isinstance(f, ast.Name) and f.id == "tr" and self.documents:
            self._add(DOCUMENTS_CONTEXT, node.args, 0, node)
        self.generic_visit(node)


def _translate_aliases(tree: ast.AST) -> set[str]:
    """Names bound to some `X.translate` anywhere in the module (`tr = QCoreApplication.translate`)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
        ):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def extract(root: Path = ROOT, files: list[Path] | None = None) -> Extraction:
    out = Extraction()
    for path in files if files is not None else source_files(root):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        documents = rel.startswith("opsdesk/documents/")
        _Visitor(out, rel, documents, _translate_aliases(tree)).visit(tree)
        if documents and "def source_strings" in path.read_text("utf-8"):
            _add_source_strings(out, root, rel)
    return out


def _add_source_strings(out: Extraction, root: Path, rel: str) -> None:
    """A builder's labels listed by its `source_strings()` (strings kept in data, not in tr() calls)."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    module = importlib.import_module(rel[:-3].replace("/", "."))
    for s in module.source_strings():
        key = (DOCUMENTS_CONTEXT, s, "")
        if key not in out.messages:
            out.add(DOCUMENTS_CONTEXT, s, "", False, (rel, 0))


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's environment, else from PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e .) and run with .venv/bin/python")
    return found


def lupdate_contexts(files: list[Path]) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds, for the cross-check: (context, source) in named contexts only."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "check.ts"
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(ts).getroot()
    found = set()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        if name:
            found |= {(name, m.findtext("source") or "") for m in ctx.iter("message")}
    return found


def read_ts(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> its <message> element, from an existing .ts (empty when none)."""
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = m
    return out


def _has_text(t: ET.Element) -> bool:
    return bool((t.text or "").strip()) or any((f.text or "").strip() for f in t.findall("numerusform"))


def is_translated(message: ET.Element) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = t.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((t.text or "").strip())


def _copy_translation(old: ET.Element | None, numerus: bool) -> ET.Element:
    t = ET.Element("translation")
    if old is not None and (ot := old.find("translation")) is not None:
        forms = ot.findall("numerusform")
        if numerus:
            for f in forms or [ot]:
                ET.SubElement(t, "numerusform").text = f.text
        else:
            t.text = forms[0].text if forms else ot.text
        if ot.get("type") == "unfinished":
            t.set("type", "unfinished")
        if not is_translated(old):
            t.set("type", "unfinished")
    else:
        t.set("type", "unfinished")
        if numerus:
            ET.SubElement(t, "numerusform")
    return t


def render_ts(path: Path, language: str, found: Extraction) -> str:
    old = read_ts(path)
    rel_prefix = Path(*([".."] * len(path.parent.relative_to(ROOT).parts))).as_posix()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, list[ET.Element]] = {}
    for key, msg in sorted(found.messages.items(), key=lambda kv: (kv[0][0], min(kv[1].locations))):
        m = ET.Element("message")
        if msg.numerus:
            m.set("numerus", "yes")
        for file, line in sorted(set(msg.locations)):
            ET.SubElement(m, "location", filename=f"{rel_prefix}/{file}", line=str(line))
        ET.SubElement(m, "source").text = msg.source
        if msg.comment:
            ET.SubElement(m, "comment").text = msg.comment
        m.append(_copy_translation(old.get(key), msg.numerus))
        contexts.setdefault(msg.context, []).append(m)
    for key, m in old.items():  # gone from the sources, but translated: keep the work as "vanished"
        t = m.find("translation")
        if key in found.messages or t is None or not _has_text(t):
            continue
        v = ET.Element("message")
        if m.get("numerus"):
            v.set("numerus", m.get("numerus"))
        ET.SubElement(v, "source").text = key[1]
        if key[2]:
            ET.SubElement(v, "comment").text = key[2]
        nt = ET.SubElement(v, "translation", type="vanished")
        forms = t.findall("numerusform")
        if forms:
            for f in forms:
                ET.SubElement(nt, "numerusform").text = f.text
        else:
            nt.text = t.text
        contexts.setdefault(key[0], []).append(v)
    for name in sorted(contexts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = name
        c.extend(contexts[name])
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def ts_path(language: str) -> Path:
    return TS_DIR / f"opsdesk_{language}.ts"


def build_qm(language: str) -> Path | None:
    ts = ts_path(language)
    if not ts.exists():
        print(f"no {ts.relative_to(ROOT)}: nothing to build", file=sys.stderr)
        return None
    qm = ts.with_suffix(".qm")
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def stale(language: str, found: Extraction) -> list[tuple[str, str]]:
    """Source strings that the .ts does not hold (as a live message)."""
    old = read_ts(ts_path(language))
    live = {
        k
        for k, m in old.items()
        if (t := m.find("translation")) is None or t.get("type") not in ("vanished", "obsolete")
    }
    return sorted((k[0], k[1]) for k in found.messages if k not in live)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--qm-only", action="store_true", help="only build .qm from the existing .ts")
    mode.add_argument("--check", action="store_true", help="exit 1 if the .ts misses a source string")
    ap.add_argument(
        "--apply",
        type=Path,
        action="append",
        default=[],
        metavar="TSV",
        help="fill zh_CN translations from context<TAB>source<TAB>translation lines",
    )
    args = ap.parse_args(argv)
    # several people (or helpers) may update the one .ts at once: one at a time
    import fcntl

    with open(TS_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _main(args)


def apply_tsv(ts: Path, tsv: Path) -> int:
    """Set translations from a TSV; returns how many messages were set."""
    wanted = {}
    for line in tsv.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ctx, src, tr = line.split("\t")
        wanted[(ctx, src.replace("\\n", "\n"))] = tr.replace("\\n", "\n")
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = (name, m.findtext("source") or "")
            if key not in wanted:
                continue
            t = m.find("translation")
            if t is None or t.get("type") == "vanished":
                continue
            forms = t.findall("numerusform")
            for f in forms or [t]:
                f.text = wanted[key]
            t.attrib.pop("type", None)
            n += 1
    ET.indent(tree.getroot(), space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return n


def _main(args: argparse.Namespace) -> int:

    if args.qm_only:
        for lang in LANGUAGES:
            build_qm(lang)
        return 0

    files = source_files()
    found = extract(ROOT, files)
    # lupdate also takes `obj.tr("key")` on any object for a translation in context "obj": compare only
    # in the contexts that can be real (classes of these files, or contexts seen by the extractor)
    real = {k[0] for k in found.messages} | {
        n.name
        for f in files
        for n in ast.walk(ast.parse(f.read_text("utf-8")))
        if isinstance(n, ast.ClassDef)
    }
    missed = sorted(
        (c, t) for c, t in lupdate_contexts(files) - {(k[0], k[1]) for k in found.messages} if c in real
    )
    for ctx, src in missed:
        print(f"warning: lupdate found {ctx!r}: {src!r}, which this extractor did not", file=sys.stderr)
    for file, line, call in found.dynamic:
        print(f"warning: {file}:{line}: not a literal string, cannot be translated: {call}", file=sys.stderr)

    if args.check:
        bad = 0
        for lang in LANGUAGES:
            for ctx, src in stale(lang, found):
                print(f"{ts_path(lang).name}: missing [{ctx}] {src!r}", file=sys.stderr)
                bad += 1
        if bad:
            print("run: .venv/bin/python scripts/build_translations.py", file=sys.stderr)
        return 1 if bad else 0

    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        ts.write_text(render_ts(ts, lang, found), "utf-8")
        for tsv in args.apply:
            print(f"{tsv}: {apply_tsv(ts, tsv)} translations set")
        total = len(found.messages)
        done = sum(1 for m in read_ts(ts).values() if is_translated(m))
        print(f"{ts.relative_to(ROOT)}: {total} messages, {done} translated, {total - done} to do")
        build_qm(lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
