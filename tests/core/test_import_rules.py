"""The core never imports Qt or the ui package (DESIGN.md §2 rule 1).

Checked two ways: every module under opsdesk/ is imported in a fresh interpreter and sys.modules is
inspected (catches imports done at import time, also indirect ones through third-party packages), and
import-linter's contract from pyproject.toml (catches imports inside functions, too).
"""

from __future__ import annotations

import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import opsdesk

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "ui")


def core_modules() -> list[str]:
    names = ["opsdesk"]
    for info in pkgutil.walk_packages(opsdesk.__path__, "opsdesk."):
        names.append(info.name)
    return sorted(names)


def test_the_walk_finds_the_core():
    mods = core_modules()
    assert {"opsdesk.errors", "opsdesk.storage.migrate", "opsdesk.services.tickets"} <= set(mods)


def test_importing_every_core_module_loads_no_qt(tmp_path):
    code = f"""
import importlib, json, sys
failed = {{}}
for name in {core_modules()!r}:
    try:
        importlib.import_module(name)
    except Exception as exc:  # reported below: a module that cannot be imported is a failure too
        failed[name] = repr(exc)
loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})
print(json.dumps({{"loaded": loaded, "failed": failed}}))
"""
    env = {"OPSDESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["loaded"] == [], f"the core pulled in: {result['loaded']}"
    assert result["failed"] == {}


def test_import_linter_contract():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    out = subprocess.run(
        [exe, "--no-cache"], capture_output=True, text=True, timeout=300, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "KEPT" in out.stdout
