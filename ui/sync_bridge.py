"""The desk's side of sync: owns the SyncEngine (opsdesk/sync/engine.py) and speaks Qt to the panes.

- Starts the engine when a server is configured and a password is at hand (keyring or this session's
  memory, read on a worker: a keyring may sit on D-Bus), re-creates it when the server settings or the
  password change, stops it on quit.
- The engine calls back on its own threads; those callbacks only emit signals, which Qt queues to the
  GUI thread. Callbacks of an engine that was replaced are dropped (a generation number).
- Local writes (TaskManager.changed) kick the engine so they are pushed at once; remote changes the engine
  applied become TaskManager.changed emissions, so panes update in place exactly as after a local write.
- Nothing here waits on the network or the disk on the GUI thread: reading the password, starting an
  engine (it adopts the replica's earlier rows: seconds on a big file) and stopping one (joining its
  threads: seconds with a frozen server) run in order on one control thread; only quit waits for it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.exc import DBAPIError

from opsdesk.config import ConsoleSettings, check_server
from opsdesk.errors import DatabaseReadOnly
from opsdesk.secrets import SessionSecrets
from ui.state import DeskState

log = logging.getLogger(__name__)

# more changed ids than this in one pull: tell the panes "reload" instead (a first sync brings 100,000)
RELOAD_ABOVE = 1000


@dataclass(frozen=True)
class DeskStatus:
    """The bridge's own status while no engine runs (standalone, connecting, no password, bad settings).

    Same fields as opsdesk.sync.engine.SyncStatus, so the status bar and the sync view take either.
    """

    state: str
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    offline_since: datetime | None = None
    progress: tuple[int, int] | None = None
    reason: str = ""
    last_sync: datetime | None = None


EngineFactory = Callable[..., Any]


def real_engine(database, conn, console_code: str, *, on_status, on_changes):
    from opsdesk.sync.engine import SyncEngine

    return SyncEngine(database, conn, console_code, on_status=on_status, on_changes=on_changes)


def server_conn(settings: ConsoleSettings, password: str):
    """The engine's connection parameters (opsdesk.sync.engine.ServerConn; its repr hides the password)."""
    from opsdesk.sync.engine import ServerConn

    return ServerConn(
        host=settings.server_host,
        port=settings.server_port,
        dbname=settings.server_database,
        user=settings.server_user,
        sslmode=settings.server_sslmode,
        sslrootcert=settings.server_sslrootcert,
        password=password,
    )


def _server_config(s: ConsoleSettings) -> tuple:
    return (
        s.server_host,
        s.server_port,
        s.server_database,
        s.server_user,
        s.server_sslmode,
        s.server_sslrootcert,
        s.console_code,
    )


class SyncBridge(QObject):
    status_changed = Signal(object)  # SyncStatus | DeskStatus, on the GUI thread
    remote_changes = Signal(object)  # {table: frozenset(ids)} after the panes were told

    # emitted on the engine's and the control thread; connected queued so the slots run on the GUI thread
    _engine_status = Signal(int, object)
    _engine_changes = Signal(int, object)
    _job_done = Signal(object, object)  # callback, value

    def __init__(
        self,
        state: DeskState,
        secrets: SessionSecrets | None = None,
        *,
        engine_factory: EngineFactory = real_engine,
        conn_factory: Callable[[ConsoleSettings, str], Any] = server_conn,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.secrets = secrets or SessionSecrets()
        self._engine_factory = engine_factory
        self._conn_factory = conn_factory
        self._engine: Any = None
        self._generation = 0
        self._config: tuple | None = None
        self._status: Any = DeskStatus("standalone")
        self._applying_remote = False
        self._closed = False
        # one thread, so a stop never overtakes the start of the same engine
        self._control = ThreadPoolExecutor(max_workers=1, thread_name_prefix="opsdesk-sync-control")
        self._engine_status.connect(self._on_engine_status, Qt.ConnectionType.QueuedConnection)
        self._engine_changes.connect(self._on_engine_changes, Qt.ConnectionType.QueuedConnection)
        self._job_done.connect(lambda fn, value: fn(value), Qt.ConnectionType.QueuedConnection)
        state.settings_changed.connect(self.apply_settings)
        state.tasks.changed.connect(self._local_change)

    # ---- public --------------------------------------------------------------------------------------
    @property
    def status(self) -> Any:
        return self._status

    @property
    def engine(self) -> Any:
        return self._engine

    def start(self) -> None:
        """Start from the current settings (called once the main window is up)."""
        self.apply_settings(self.state.settings, force=True)

    def credentials_changed(self) -> None:
        """The password was stored or typed anew: sign in again with it."""
        self.apply_settings(self.state.settings, force=True)

    def apply_settings(self, settings: ConsoleSettings, *, force: bool = False) -> None:
        if self._closed:
            return
        config = _server_config(settings)
        if config == self._config and not force:
            return  # language, theme …: the engine is not touched
        self._config = config
        self._generation += 1
        self._stop_engine()
        if not settings.server_configured:
            self._set_status(DeskStatus("standalone"))
            return
        if check_server(settings):
            self._set_status(DeskStatus("error", reason="settings"))
            return
        self._set_status(DeskStatus("connecting"))
        gen, key = self._generation, settings.server_key
        self._submit(
            lambda: self.secrets.get(key),
            lambda pw: self._password_ready(gen, settings, pw),
            lambda exc: self._failed(gen, exc),
        )

    def kick(self) -> None:
        if self._engine is not None:
            self._engine.kick()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop the engine and wait for it (at quit, before the local database is closed)."""
        if self._closed:
            return
        self._closed = True
        self._generation += 1
        self._stop_engine(timeout)
        self._control.shutdown(wait=True)  # every start and stop queued before has finished

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """For tests: wait until the control thread has done what was queued (callbacks not delivered)."""
        return self._submit_raw(lambda: None).exception(timeout) is None

    # ---- engine life -----------------------------------------------------------------------------------
    def _password_ready(self, gen: int, settings: ConsoleSettings, password: str | None) -> None:
        if gen != self._generation or self._closed:
            return
        if not password:
            self._set_status(DeskStatus("refused", reason="no_password"))
            return
        try:
            conn = self._conn_factory(settings, password)
            engine = self._engine_factory(
                self.state.tasks.database,
                conn,
                settings.console_code,
                on_status=lambda st: self._engine_status.emit(gen, st),
                on_changes=lambda ch: self._engine_changes.emit(gen, ch),
            )
        except Exception as exc:  # never let a start failure take the desk down; say it in the status
            self._failed(gen, exc)
            return
        self._engine = engine
        self._submit(engine.start, lambda _v: None, lambda exc: self._failed(gen, exc))
        log.info("sync starting: %s@%s:%s/%s", settings.server_user, *config_text(settings))

    def _stop_engine(self, timeout: float = 5.0) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            self._submit_raw(lambda: engine.stop(timeout))

    # ---- the control thread ----------------------------------------------------------------------------
    def _submit_raw(self, fn: Callable[[], Any]) -> Future:
        return self._control.submit(fn)

    def _submit(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        def finished(f: Future) -> None:
            exc = f.exception()
            if exc is not None:
                self._job_done.emit(on_error, exc)
            else:
                self._job_done.emit(on_done, f.result())

        self._submit_raw(fn).add_done_callback(finished)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        log.error("sync could not start: %s", type(exc).__name__)  # the class only: no secret in a log
        # starting writes the local file (sync turned on, earlier rows adopted): a full or read-only disk
        disk = isinstance(exc, (OSError, sqlite3.Error, DBAPIError, DatabaseReadOnly))
        self._set_status(DeskStatus("error", reason="disk" if disk else "other"))

    # ---- callbacks (GUI thread) ------------------------------------------------------------------------
    def _set_status(self, status: Any) -> None:
        self._status = status
        self.status_changed.emit(status)

    def _on_engine_status(self, gen: int, status: Any) -> None:
        if gen == self._generation:
            self._set_status(status)

    def _on_engine_changes(self, gen: int, changes: Mapping[str, Any]) -> None:
        if gen != self._generation:
            return
        told: dict[str, frozenset[str]] = {}
        self._applying_remote = True  # these are not local writes: no kick back to the engine
        try:
            for table, ids in changes.items():
                ids = frozenset(ids or ())
                told[table] = ids
                self.state.tasks.changed.emit(table, frozenset() if len(ids) > RELOAD_ABOVE else ids)
        finally:
            self._applying_remote = False
        self.remote_changes.emit(told)

    def _local_change(self, _table: str, _ids: object) -> None:
        if not self._applying_remote:
            self.kick()


def config_text(settings: ConsoleSettings) -> tuple[str, int, str]:
    return settings.server_host, settings.server_port, settings.server_database
