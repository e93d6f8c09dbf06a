"""The heartbeat probe measures event-loop lateness."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


def test_a_deliberate_block_is_measured(qtbot):
    from ui.heartbeat import Heartbeat

    hb = Heartbeat(interval_ms=10)
    hb.start()
    qtbot.wait(100)
    quiet = hb.stats()
    assert quiet["samples"] > 3
    hb.reset()
    QTimer.singleShot(20, lambda: time.sleep(0.1))  # hold the GUI thread for 100 ms
    qtbot.wait(200)
    s = hb.stats()
    hb.stop()
    assert s["max_ms"] >= 90
    assert s["max_ms"] < 1000
    assert s["p50_ms"] < 50  # one stall does not make every tick late
    assert set(s) == {"max_ms", "p95_ms", "p50_ms", "samples"}


def test_reset_clears(qtbot):
    from ui.heartbeat import Heartbeat

    hb = Heartbeat(interval_ms=10)
    hb.start()
    QTimer.singleShot(10, lambda: time.sleep(0.06))
    qtbot.wait(120)
    assert hb.stats()["max_ms"] >= 50
    hb.reset()
    assert hb.stats() == {"max_ms": 0.0, "p95_ms": 0.0, "p50_ms": 0.0, "samples": 0}
    hb.stop()
