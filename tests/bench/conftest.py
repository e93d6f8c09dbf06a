"""Benchmarks: run with `bash scripts/bench.sh` (not part of the test command).

They measure and report; they do not assert timings (the machine is shared and noisy). Each result is
printed in a table at the end and written to $OPSDESK_BENCH_OUT (default /tmp/opsdesk-bench/results.json),
from which docs/PERFORMANCE.md is written. Ratios are measured within one run.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

BENCH_DIR = Path(os.environ.get("OPSDESK_BENCH_DIR", "/tmp/opsdesk-bench"))
RESULTS: list[dict] = []


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        item.add_marker(pytest.mark.bench)


@pytest.fixture(scope="session")
def record():
    def _record(name: str, value: float, unit: str, target: str = "", note: str = "") -> None:
        RESULTS.append({"name": name, "value": round(value, 3), "unit": unit, "target": target, "note": note})

    return _record


def pytest_sessionfinish(session, exitstatus) -> None:
    if not RESULTS:
        return
    out = Path(os.environ.get("OPSDESK_BENCH_OUT", BENCH_DIR / "results.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
    try:
        import psutil

        machine["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    out.write_text(json.dumps({"machine": machine, "results": RESULTS}, ensure_ascii=False, indent=2))
    width = max(len(r["name"]) for r in RESULTS)
    print("\n\nopsdesk benchmarks", json.dumps(machine, ensure_ascii=False))
    for r in RESULTS:
        print(f"  {r['name']:<{width}}  {r['value']:>10} {r['unit']:<4} {r['target']:<14} {r['note']}")
    print(f"written to {out}")


def _seeded(tickets: int) -> Path:
    """A data dir with `tickets` demo tickets, made once and reused across runs (it takes minutes)."""
    home = BENCH_DIR / f"home-{tickets}"
    marker = home / ".seeded"
    if marker.exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    from opsdesk.services.demo import seed_demo
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    db = open_local_database(home / "opsdesk.sqlite3")
    with db.session() as s:
        seed_reference(s)
    t0 = time.perf_counter()
    seed_demo(db, tickets=tickets)
    db.dispose()
    marker.write_text(f"{time.perf_counter() - t0:.1f}")
    return home


@pytest.fixture(scope="session")
def home_100k() -> Path:
    return _seeded(100_000)


@pytest.fixture(scope="session")
def home_2k() -> Path:
    return _seeded(2_000)


@pytest.fixture
def desk(home_100k: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    """The 100k database behind a task bridge and a signed-in supervisor."""
    monkeypatch.setenv("OPSDESK_HOME", str(home_100k))
    from opsdesk.config import ConsoleSettings
    from opsdesk.services.operators import list_operators
    from opsdesk.storage.migrate import open_local_database
    from ui.state import DeskState
    from ui.tasks import TaskManager

    db = open_local_database(home_100k / "opsdesk.sqlite3")
    tasks = TaskManager(db)
    state = DeskState(tasks, ConsoleSettings())
    with db.session() as s:
        state.operator = list_operators(s)[0]
    yield db, tasks, state
    tasks.shutdown()
    db.dispose()
