"""A probe of GUI responsiveness: how late a fixed-interval timer fires (event-loop lateness).

A QTimer asks for a tick every `interval_ms`; anything that holds the GUI thread (a slow slot, a query
on the wrong thread) delays the next tick. Lateness = actual gap − interval. Tests and benchmarks read
`stats()`; with OPSDESK_HEARTBEAT_LOG=1 stalls over 50 ms are logged at run time.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

STALL_MS = 50.0


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 10, window: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._samples: deque[float] = deque(maxlen=window)
        self._max = 0.0
        self._last: float | None = None
        self._log = bool(os.environ.get("OPSDESK_HEARTBEAT_LOG"))
        self._timer = QTimer(self)
        # a precise timer: coarse timers may legitimately fire 5 % late, which would read as lateness
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._last = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def reset(self) -> None:
        self._samples.clear()
        self._max = 0.0
        if self._last is not None:
            self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            late = max(0.0, (now - self._last) * 1000.0 - self.interval_ms)
            self._samples.append(late)
            if late > self._max:
                self._max = late
            if self._log and late > STALL_MS:
                log.warning("GUI thread stalled: tick %.0f ms late", late)
        self._last = now

    def stats(self) -> dict[str, float]:
        """max_ms over all samples since reset; p50/p95 over the last `window` samples."""
        data = sorted(self._samples)
        return {
            "max_ms": round(self._max, 3),
            "p95_ms": round(_percentile(data, 0.95), 3),
            "p50_ms": round(_percentile(data, 0.50), 3),
            "samples": len(data),
        }


def _percentile(sorted_data: list[float], q: float) -> float:
    if not sorted_data:
        return 0.0
    k = (len(sorted_data) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(sorted_data) - 1)
    return sorted_data[lo] + (sorted_data[hi] - sorted_data[lo]) * (k - lo)
