"""The bridge between widgets and the core (DESIGN.md §2 rule 2).

All database work runs on ONE serial worker thread (SQLite has one writer; serial order also means a
read issued after a write sees it). PDFs, imports and exports run on a small pool. Results and errors
come back to the GUI thread by queued signal, to the callbacks given. Workers return domain
dataclasses, never live ORM objects.

    tasks.db(lambda s: tickets.list_rows(s, f), on_done=model.set_rows, on_error=show_error)
    tasks.write(lambda s: tickets.add_event(...), tables={"tickets"}, on_done=...)
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from opsdesk.storage.engine import Database

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Result(QObject):
    """Lives on the GUI thread; worker threads emit into it (queued connection)."""

    finished = Signal(object, object, object)  # callback, value, None | errback, None, exc


class TaskManager(QObject):
    changed = Signal(str, object)  # table name, frozenset of ids (empty: unknown, reload)
    busy_changed = Signal(int)  # number of unfinished tasks

    def __init__(self, database: Database, parent: QObject | None = None, pool_size: int = 2) -> None:
        super().__init__(parent)
        self.database = database
        self._queue: queue.Queue[tuple | None] = queue.Queue()
        self._result = _Result()
        self._result.finished.connect(self._deliver)
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="opsdesk-db", daemon=True)
        self._thread.start()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(pool_size)

    # ---- public API --------------------------------------------------------------------------------
    def db(
        self,
        fn: Callable[[Session], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        tables: Iterable[str] = (),
        ids: Callable[[Any], Iterable[str]] | None = None,
    ) -> None:
        """Run fn(session) on the database worker, in its own transaction.

        When `tables` is given the work is a write: after commit, `changed(table, ids)` is emitted for each
        table (ids taken from the result by `ids`, or empty meaning "reload").
        """
        self._inc()
        self._queue.put((fn, on_done, on_error, tuple(tables), ids, False))

    write = db

    def read(
        self, fn: Callable[[Session], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Like db(), for work that only reads (a list, a detail, a count): it runs in a read-only session.

        A read-only session does not take the write lock, so a long list load never makes the sync engine
        or the CLI wait; it still runs on the one worker, in order with the writes queued before it.
        """
        self._inc()
        self._queue.put((fn, on_done, on_error, (), None, True))

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Run fn() on the pool (PDFs, exports, imports): work that must not hold up the database queue."""
        self._inc()
        self._pool.start(_PoolJob(fn, on_done, on_error, self._result))

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """For tests and shutdown: block until the queues are empty (never call from a slot in normal use)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            threading.Event().wait(0.005)
        return self._pending == 0

    @property
    def pending(self) -> int:
        return self._pending

    def shutdown(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)
        self._pool.waitForDone(10000)

    # ---- internals ---------------------------------------------------------------------------------
    def _inc(self) -> None:
        with self._lock:
            self._pending += 1
        self.busy_changed.emit(self._pending)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            fn, on_done, on_error, tables, ids, read_only = item
            try:
                with self.database.session(read_only=read_only) as s:
                    value = fn(s)
            except BaseException as exc:  # reported to the caller, never lost in a thread
                log.debug("task failed: %s", traceback.format_exc())
                self._result.finished.emit(on_error or _log_error, None, exc)
                continue
            if tables:
                changed = frozenset(ids(value)) if ids else frozenset()
                self._result.finished.emit(self._emit_changed, (tables, changed), None)
            self._result.finished.emit(on_done, value, None)

    def _emit_changed(self, arg: tuple[tuple[str, ...], frozenset[str]]) -> None:
        tables, changed = arg
        for t in tables:
            self.changed.emit(t, changed)

    @Slot(object, object, object)
    def _deliver(self, callback, value, exc) -> None:
        if callback != self._emit_changed:  # bound methods: a new object per access, so compare with ==
            with self._lock:
                self._pending -= 1
            self.busy_changed.emit(self._pending)
        if callback is None:
            return
        try:
            callback(exc if exc is not None else value)
        except Exception:
            log.exception("callback failed")


def _log_error(exc: BaseException) -> None:
    log.error("background task failed: %r", exc)


class _PoolJob(QRunnable):
    def __init__(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None, result: _Result):
        super().__init__()
        self.fn, self.on_done, self.on_error, self.result = fn, on_done, on_error, result

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:
            self.result.finished.emit(self.on_error or _log_error, None, exc)
            return
        self.result.finished.emit(self.on_done, value, None)
