"""Cold start to a painted main window, against a bare PySide6 QMainWindow in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    painted = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.painted:
            W.painted = True
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
w = W(); w.resize(1400, 900); w.show()
app.exec()
"""


def _time_until(cmd: list[str], marker: str, env: dict, first: str | None = None) -> tuple[float, float]:
    """Seconds from spawning cmd until it prints `first` (if given) and until it prints `marker`."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert p.stdout is not None
    seen_first = None
    for line in p.stdout:
        if first and first in line and seen_first is None:
            seen_first = time.perf_counter() - t0
        if marker in line:
            elapsed = time.perf_counter() - t0
            break
    else:
        raise AssertionError(f"{cmd} never printed {marker!r}")
    p.wait(timeout=60)
    return (seen_first if seen_first is not None else elapsed), elapsed


def test_cold_start_ratio(home_2k: Path, record) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPSDESK_HOME": str(home_2k)}
    bare_cmd = [sys.executable, "-c", BARE]
    desk_cmd = [sys.executable, "-m", "ui.app", "--smoke", "--home", str(home_2k)]
    _time_until(bare_cmd, "painted", env)  # warm the OS file cache for both: "cold" means a new process
    _time_until(desk_cmd, "smoke ok", env)
    bare, painted, loaded = [], [], []
    for _ in range(5):  # interleaved, so machine noise hits both alike
        bare.append(_time_until(bare_cmd, "painted", env)[1])
        p, d = _time_until(desk_cmd, "smoke ok", env, first="painted")
        painted.append(p)
        loaded.append(d)
    b, p, d = statistics.median(bare), statistics.median(painted), statistics.median(loaded)
    record("start: bare QMainWindow painted (median of 5)", b * 1000, "ms")
    record("start: opsdesk main window painted (2k tickets)", p * 1000, "ms")
    record("start: opsdesk painted and first list loaded", d * 1000, "ms")
    record("start: ratio opsdesk painted / bare", p / b, "x", "<= 2.5")
