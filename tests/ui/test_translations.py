"""The Simplified Chinese catalogue: complete, current with the sources, placeholders intact, loadable.

These fail when a visible string is added without a zh_CN translation: run
`.venv/bin/python scripts/build_translations.py`, translate the new messages in
resources/translations/opsdesk_zh_CN.ts (pyside6-linguist), and commit the .ts.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "opsdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|\{\d*\}")


def _load_builder():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_translations"] = module
    spec.loader.exec_module(module)
    return module


bt = _load_builder()


def live_messages() -> list[tuple[str, ET.Element]]:
    """(context, <message>) for every message the sources still use."""
    out = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") not in ("vanished", "obsolete"):
                out.append((name, m))
    return out


def translation_texts(m: ET.Element) -> list[str]:
    t = m.find("translation")
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


def test_the_catalogue_exists():
    assert TS.exists(), "run: .venv/bin/python scripts/build_translations.py"


def test_the_catalogue_holds_every_source_string():
    missing = bt.stale("zh_CN", bt.extract())
    assert missing == [], f"{len(missing)} strings not in {TS.name}; run scripts/build_translations.py"


def test_every_visible_string_has_a_chinese_translation():
    untranslated = [
        f"[{ctx}] {m.findtext('source')!r}" for ctx, m in live_messages() if not bt.is_translated(m)
    ]
    assert untranslated == [], f"{len(untranslated)} without a zh_CN translation:\n" + "\n".join(
        untranslated[:40]
    )


def test_placeholders_survive_translation():
    broken = []
    for ctx, m in live_messages():
        if not bt.is_translated(m):
            continue
        want = sorted(PLACEHOLDER.findall(m.findtext("source") or ""))
        for text in translation_texts(m):
            got = sorted(PLACEHOLDER.findall(text))
            # %n may be dropped where Chinese needs no plural form; every other placeholder must stay
            if [p for p in want if p != "%n"] != [p for p in got if p != "%n"]:
                broken.append(f"[{ctx}] {m.findtext('source')!r} -> {text!r}")
    assert broken == [], "placeholders lost or invented:\n" + "\n".join(broken)


def test_the_built_catalogue_loads_and_translates(qapp, tmp_path: Path):
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "opsdesk_zh_CN.qm"
    subprocess.run([bt.qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm)), "lrelease made a .qm that QTranslator cannot load"
    translated = [(ctx, m) for ctx, m in live_messages() if bt.is_translated(m) and m.get("numerus") != "yes"]
    assert translated, "nothing is translated yet"
    wrong = []
    for ctx, m in translated:
        src, want = m.findtext("source"), translation_texts(m)[0]
        got = translator.translate(ctx, src, m.findtext("comment") or None)
        if got != want:
            wrong.append(f"[{ctx}] {src!r}: {got!r} != {want!r}")
    assert wrong == []


def test_extractor_finds_every_pattern_the_code_uses(tmp_path: Path):
    """self.tr in a class, translate() and its aliases, and the document builders' bare tr()."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "opsdesk" / "documents").mkdir(parents=True)
    (tmp_path / "ui" / "w.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "_tr = QCoreApplication.translate\n"
        "class Pane:\n"
        "    def texts(self, n):\n"
        "        tr = QCoreApplication.translate\n"
        "        return [self.tr('Save'), _tr('labels', 'New'), tr('Form', '{n} min'),\n"
        "                QCoreApplication.translate('app', 'Quit'), self.tr('%n tickets', '', n)]\n"
        "def wrapper(text):\n"
        "    return QCoreApplication.translate('documents', text)\n",
        "utf-8",
    )
    (tmp_path / "opsdesk" / "documents" / "report.py").write_text(
        "def build(tr):\n    return tr('Fault report')\n", "utf-8"
    )
    files = [tmp_path / "ui" / "w.py", tmp_path / "opsdesk" / "documents" / "report.py"]
    found = bt.extract(tmp_path, files)
    assert set(found.messages) == {
        ("Pane", "Save", ""),
        ("labels", "New", ""),
        ("Form", "{n} min", ""),
        ("app", "Quit", ""),
        ("Pane", "%n tickets", ""),
        ("documents", "Fault report", ""),
    }
    assert found.messages[("Pane", "%n tickets", "")].numerus
    assert found.dynamic == []  # the wrapper passes its caller's literal through


@pytest.mark.parametrize("language", ["zh_CN"])
def test_the_desk_installs_the_built_catalogue(qapp, language: str):
    """resources/translations/opsdesk_zh_CN.qm (built by the setup and test scripts) is what the desk loads."""
    from ui import i18n

    qm = ROOT / "resources" / "translations" / f"opsdesk_{language}.qm"
    if not qm.exists():
        bt.build_qm(language)
    try:
        assert i18n.install(language, qapp) == language
        assert i18n._installed, f"{qm.name} was not installed"
    finally:
        i18n.install("en", qapp)
