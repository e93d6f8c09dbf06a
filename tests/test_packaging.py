"""build.spec stays in step with the tree: every migration and resource is bundled, nothing used is excluded.

The spec is executed with PyInstaller's build steps replaced by recorders (building for real takes a
minute and runs in CI through scripts/bundle-smoke.sh).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("PyInstaller")


class _Recorder:
    calls: ClassVar[dict[str, dict]] = {}

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args, **kwargs):
        _Recorder.calls[self.name] = {"args": args, **kwargs}
        return _Analysis(**kwargs) if self.name == "Analysis" else object()


class _Analysis:
    def __init__(self, **kwargs) -> None:
        self.datas = [(dest_name(src, dest), src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.binaries, self.scripts, self.pure = [], [], []


def dest_name(src: str, dest: str) -> str:
    return f"{dest}/{Path(src).name}"


@pytest.fixture(scope="module")
def spec() -> dict[str, dict]:
    qm = ROOT / "resources" / "translations" / "opsdesk_zh_CN.qm"
    if not qm.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--qm-only"], check=True
        )
    _Recorder.calls = {}
    env = {"SPECPATH": str(ROOT), "__file__": str(ROOT / "build.spec")}
    env |= {n: _Recorder(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT")}
    exec(compile((ROOT / "build.spec").read_text("utf-8"), "build.spec", "exec"), env)
    return _Recorder.calls


def bundled(spec: dict) -> set[str]:
    return {dest_name(src, dest) for src, dest in spec["Analysis"]["datas"]}


def test_every_migration_and_the_alembic_env_are_bundled(spec):
    want = {f"db/versions/{p.name}" for p in (ROOT / "db" / "versions").glob("*.py")}
    want |= {"db/env.py", "db/script.py.mako"}
    assert want <= bundled(spec)


def test_resources_and_built_translations_are_bundled(spec):
    have = bundled(spec)
    for sub in ("styles", "icons", "fonts"):
        for p in (ROOT / "resources" / sub).glob("*"):
            if p.is_file():
                assert f"resources/{sub}/{p.name}" in have
    assert "resources/translations/opsdesk_zh_CN.qm" in have
    assert not any(h.endswith(".ts") for h in have), "ship .qm, not the .ts sources"


def imported_top_modules() -> set[str]:
    """Every module name imported anywhere in opsdesk/ and ui/, at module level or inside functions."""
    names: set[str] = set()
    for path in [*(ROOT / "opsdesk").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_nothing_the_code_imports_is_excluded(spec):
    excluded = set(spec["Analysis"]["excludes"])
    used = imported_top_modules()
    clash = sorted(e for e in excluded if any(u == e or u.startswith(e + ".") for u in used))
    assert clash == [], f"build.spec excludes modules the code imports: {clash}"


def test_the_entry_script_runs_the_desk(spec):
    [entry] = spec["Analysis"]["args"][0]
    text = Path(entry).read_text("utf-8")
    assert "from ui.app import main" in text
