"""The sync engine: a background worker that pushes the outbox and pulls server changes, a listener for
the server's NOTIFY, and a watchdog that declares a frozen server offline (DESIGN.md §4).

Nothing here runs on the GUI thread; the desk gets `on_status(SyncStatus)` and `on_changes({table: ids})`
calls from the engine's threads and re-emits them as queued signals.

The password lives only in `ServerConn.password` (not in its repr) and in the conninfo handed to libpq;
every message kept from an error is scrubbed of it.
"""

from __future__ import annotations

import contextlib
import logging
import random
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg.conninfo import make_conninfo
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from opsdesk.errors import (
    ServerAuthFailed,
    ServerError,
    ServerNotInitialized,
    ServerRefused,
    ServerTlsError,
    ServerUnreachable,
)
from opsdesk.storage.engine import Database
from opsdesk.storage.sync_models import SyncConflict
from opsdesk.sync import outbox
from opsdesk.sync.ops import CONFLICT, REJECTED
from opsdesk.timeutil import utcnow

log = logging.getLogger(__name__)

CHANNEL = "opsdesk_changes"
BATCH = 500

STANDALONE, ONLINE, SYNCING, OFFLINE, REFUSED, ERROR = (
    "standalone",
    "online",
    "syncing",
    "offline",
    "refused",
    "error",
)


@dataclass(frozen=True)
class ServerConn:
    host: str
    port: int = 5432
    dbname: str = "opsdesk"
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""
    password: str = field(default="", repr=False)

    @property
    def key(self) -> str:
        """The keyring key of this connection's password (opsdesk.secrets)."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"


@dataclass(frozen=True)
class SyncStatus:
    state: str  # standalone | online | syncing | offline | refused | error
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    offline_since: datetime | None = None
    progress: tuple[int, int] | None = None  # first sync: (rows done, rows in all)
    reason: str = (
        ""  # auth | revoked | permission | other_server | superuser | owner | tls | disk | network …
    )
    last_sync: datetime | None = None


# ---- connecting ----------------------------------------------------------------------------------
def conninfo(conn: ServerConn, console_code: str, connect_timeout: float = 5.0) -> str:
    return make_conninfo(
        host=conn.host,
        port=str(conn.port),
        dbname=conn.dbname,
        user=conn.user,
        password=conn.password or None,
        sslmode=conn.sslmode or "prefer",
        sslrootcert=conn.sslrootcert or None,
        connect_timeout=str(max(1, round(connect_timeout))),
        keepalives="1",
        keepalives_idle="5",
        keepalives_interval="2",
        keepalives_count="2",
        tcp_user_timeout="10000",
        application_name=f"opsdesk-{console_code}",
        options=f"-c opsdesk.console={console_code} -c statement_timeout=30000",
    )


def scrub(text: str, conn: ServerConn | None) -> str:
    if conn is not None and conn.password:
        text = text.replace(conn.password, "***")
    return text


def classify(exc: BaseException, conn: ServerConn | None = None) -> ServerError:
    """A psycopg error as a typed server error (the password never in it)."""
    if isinstance(exc, ServerError):
        return exc
    msg = scrub(str(exc), conn)
    state = getattr(exc, "sqlstate", None) or ""
    low = msg.lower()
    if state in ("28P01", "28000") and "pg_hba.conf" in low and "no encryption" not in low:
        return ServerRefused("hba", msg)  # pg_hba.conf has no entry for this role from this host
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in low
        or "no password supplied" in low
    ):
        return ServerAuthFailed(msg)
    if "role" in low and "does not exist" in low:
        return ServerAuthFailed(msg)
    if "ssl" in low or "certificate" in low or "tls" in low or "no encryption" in low:
        return ServerTlsError(msg)
    if "pg_hba.conf" in low:
        return ServerRefused("hba", msg)
    if state == "42501" or isinstance(exc, pgerrors.InsufficientPrivilege) or "permission denied" in low:
        return ServerRefused("permission", msg)
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return ServerNotInitialized(msg)  # a misspelt database name, or one never set up
    return ServerUnreachable(msg)


def connect(conn: ServerConn, console_code: str, timeout: float = 5.0) -> psycopg.Connection:
    try:
        return psycopg.connect(conninfo(conn, console_code, timeout), autocommit=True)
    except psycopg.Error as exc:
        raise classify(exc, conn) from None


def check_role(c: psycopg.Connection) -> bool:
    """Refuse to sync as a superuser or as the owner of the schema (the app never has those rights);
    return whether the role is a supervisor."""
    row = c.execute(
        "SELECT r.rolsuper, (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('tickets'))"
        " = current_user, CASE WHEN to_regrole('opsdesk_supervisor') IS NULL THEN false"
        " ELSE pg_has_role(current_user, 'opsdesk_supervisor', 'MEMBER') END"
        " FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    if row is None:
        raise ServerRefused("permission")
    if row[0]:
        raise ServerRefused("superuser")
    if row[1]:
        raise ServerRefused("owner")
    return bool(row[2])


def server_id(c: psycopg.Connection) -> str:
    try:
        row = c.execute("SELECT server_id::text FROM opsdesk_server").fetchone()
    except pgerrors.UndefinedTable:
        raise ServerNotInitialized() from None
    if row is None:
        raise ServerNotInitialized()
    return row[0]


def probe(conn: ServerConn, timeout: float = 5.0, console_code: str = "probe") -> str:
    """Connect once, check the role and the server; return the server's id or raise a ServerError."""
    try:
        c = connect(conn, console_code, timeout)
    except ServerError:
        raise
    try:
        check_role(c)
        return server_id(c)
    except psycopg.Error as exc:
        raise classify(exc, conn) from None
    finally:
        c.close()


def enable_sync(db: Database, *, adopt_rows: bool = True, supervisor: bool = True) -> int:
    """Turn capture on for this replica (idempotent) and adopt its earlier rows; returns how many."""
    with db.session() as s:
        s.info["outbox"] = False  # the adoption itself writes the operations
        n = outbox.enable(s, adopt_rows=False)
        if adopt_rows and outbox.get_state(s, outbox.ADOPTED) != "1":
            n = outbox.adopt(s, supervisor=supervisor)
    db.sync_enabled = True
    return n


def reset_server(db: Database) -> int:
    """Let a replica that joined one server join another (the refusal `other_server`): everything it
    holds is queued for the new server. Stop its engine first. Returns how many rows were queued."""
    with db.session() as s:
        s.info["outbox"] = False
        n = outbox.reset(s)
    db.sync_enabled = True
    return n


# ---- the engine ----------------------------------------------------------------------------------
class SyncEngine:
    def __init__(
        self,
        database: Database,
        conn: ServerConn,
        console_code: str,
        *,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_changes: Callable[[dict[str, set[str]]], None] | None = None,
        connect_timeout: float = 5.0,
        rtt_timeout: float = 4.0,
        backoff_min: float = 0.5,
        backoff_max: float = 30.0,
        poll_interval: float = 30.0,
        refused_retry: float = 60.0,
        batch: int = BATCH,
        chunk: int = 10_000,  # rows per local transaction in a first sync (later pulls: 500)
    ) -> None:
        self.db = database
        self._conn = conn
        self.console = console_code
        self._on_status = on_status
        self._on_changes = on_changes
        self.connect_timeout = connect_timeout
        self.rtt_timeout = rtt_timeout
        self.backoff_min, self.backoff_max = backoff_min, backoff_max
        self.poll_interval = poll_interval
        self.refused_retry = refused_retry
        self.heartbeat = max(0.2, rtt_timeout / 2)
        self._last_pull = 0.0
        self.batch, self.chunk = batch, chunk
        self._stop = threading.Event()
        self._wake = threading.Event()  # kick, notify, new credentials
        self._reconnect = threading.Event()  # new credentials: drop the connection, retry now
        self._want_pull = True
        self._lock = threading.Lock()
        self._inflight: tuple[float, psycopg.Connection] | None = None
        self._live: psycopg.Connection | None = None
        self._listen_conn: psycopg.Connection | None = None
        self._threads: list[threading.Thread] = []
        self._status = SyncStatus(STANDALONE)
        self._offline_since: datetime | None = None
        self._progress: tuple[int, int] | None = None
        self._cycles = 0  # completed push + pull cycles (tests wait on it)
        self._idle = threading.Condition()

    # -- public ------------------------------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        return self._status

    def start(self) -> None:
        if self._threads:
            return
        self._stop.clear()
        enable_sync(self.db, adopt_rows=False)  # adopted at the first connection (the role decides)
        self._emit(SYNCING)  # connecting
        for name, fn in (
            ("worker", self._worker),
            ("listener", self._listener),
            ("watchdog", self._watchdog),
        ):
            th = threading.Thread(target=fn, name=f"opsdesk-sync-{name}", daemon=True)
            th.start()
            self._threads.append(th)

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        self._wake.set()
        self._abandon(self._live)
        self._abandon(self._listen_conn)
        deadline = time.monotonic() + timeout
        for th in self._threads:
            th.join(max(0.0, deadline - time.monotonic()))
        self._threads = []

    def kick(self) -> None:
        """A local write happened: push soon."""
        self._wake.set()

    def set_connection(self, conn: ServerConn) -> None:
        self._conn = conn
        self._reconnect.set()
        self._abandon(self._live)
        self._abandon(self._listen_conn)
        self._wake.set()

    def run_once(self) -> None:
        """One push + pull cycle in the calling thread (CLI, tests); raises the typed server errors."""
        if not self.db.sync_enabled:
            enable_sync(self.db, adopt_rows=False)
        c = None
        try:
            c = self._connect()
            self._want_pull = True
            self._cycle(c)
        except pgerrors.InsufficientPrivilege:
            raise ServerRefused("revoked") from None
        except psycopg.Error as exc:
            raise classify(exc, self._conn) from None
        finally:
            if c is not None:
                c.close()

    def wait_synced(self, timeout: float = 30.0) -> bool:
        """Block (tests, CLI) until a full cycle has run after this call with nothing pending left."""
        deadline = time.monotonic() + timeout
        with self._idle:
            target = self._cycles + 1
        self._want_pull = True
        self._wake.set()
        while time.monotonic() < deadline:
            with self._idle:
                self._idle.wait(0.05)
                if self._cycles >= target and not self._pending():
                    return True
            if self._cycles >= target:
                target = self._cycles + 1
                self._want_pull = True
                self._wake.set()
        return False

    # -- status --------------------------------------------------------------------------------------
    def _pending(self) -> int:
        with self.db.session(read_only=True) as s:
            return outbox.pending_count(s)

    def _emit(self, state: str, reason: str = "") -> None:
        try:
            with self.db.session(read_only=True) as s:
                pending = outbox.pending_count(s)
                rejected = outbox.rejected_count(s)
                conflicts = (
                    s.scalar(
                        select(func.count())
                        .select_from(SyncConflict)
                        .where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted.is_(False))
                    )
                    or 0
                )
                last = outbox.get_state(s, outbox.LAST_SYNC)
        except Exception:  # the local file is unreadable: still tell the desk the state
            log.exception("sync status: local counts unavailable")
            pending = rejected = conflicts = 0
            last = None
        if state in (OFFLINE, REFUSED, ERROR):
            if self._offline_since is None:
                self._offline_since = utcnow()
        else:
            self._offline_since = None
        st = SyncStatus(
            state,
            pending,
            rejected,
            conflicts,
            self._offline_since,
            self._progress,
            reason,
            datetime.fromisoformat(last) if last else None,
        )
        self._status = st
        if self._on_status is not None:
            try:
                self._on_status(st)
            except Exception:
                log.exception("sync status callback failed")

    def _changed(self, changes: dict[str, set[str]]) -> None:
        changes = {k: v for k, v in changes.items() if v}
        if changes and self._on_changes is not None:
            try:
                self._on_changes(changes)
            except Exception:
                log.exception("sync changes callback failed")

    # -- round trips under the watchdog ----------------------------------------------------------------
    def _call(self, c: psycopg.Connection, fn: Callable[..., Any], *args: Any) -> Any:
        with self._lock:
            self._inflight = (time.monotonic(), c)
        try:
            return fn(*args)
        finally:
            with self._lock:
                self._inflight = None

    def _watchdog(self) -> None:
        while not self._stop.wait(0.2):
            with self._lock:
                inflight = self._inflight
            if inflight is None:
                continue
            started, c = inflight
            if time.monotonic() - started > self.rtt_timeout:
                with self._lock:
                    if self._inflight is not inflight:
                        continue
                    self._inflight = None
                log.warning("sync: no answer from the server in %.1f s; going offline", self.rtt_timeout)
                self._emit(OFFLINE, "timeout")
                self._abandon(c)

    @staticmethod
    def _abandon(c: psycopg.Connection | None) -> None:
        """Break a connection from another thread: shut its socket down so any wait on it ends now."""
        if c is None:
            return
        with contextlib.suppress(Exception):
            fd = c.pgconn.socket
            if fd >= 0:
                s = socket.socket(fileno=_dup(fd))
                try:
                    s.shutdown(socket.SHUT_RDWR)
                finally:
                    s.close()

    # -- the worker ------------------------------------------------------------------------------------
    def _connect(self) -> psycopg.Connection:
        conn = self._conn
        c = connect(conn, self.console, self.connect_timeout)
        try:
            supervisor = self._call(c, check_role, c)
            sid = self._call(c, server_id, c)
            with self.db.session() as s:
                s.info["outbox"] = False
                joined = outbox.get_state(s, outbox.SERVER_ID)
                if joined is None:
                    outbox.set_state(s, outbox.SERVER_ID, sid)
                elif joined != sid:
                    raise ServerRefused("other_server")
                if outbox.get_state(s, outbox.ADOPTED) != "1":
                    outbox.adopt(s, supervisor=supervisor)
        except BaseException:
            with contextlib.suppress(Exception):
                c.close()
            raise
        return c

    def _worker(self) -> None:
        backoff = self.backoff_min
        while not self._stop.is_set():
            self._reconnect.clear()
            c = None
            wait = 0.0
            try:
                c = self._connect()
                self._live = c
                self._want_pull = True
                backoff = self.backoff_min
                self._serve(c)
            except ServerRefused as exc:
                self._emit(REFUSED, exc.reason)
                wait = self.refused_retry
            except ServerAuthFailed:
                self._emit(REFUSED, "auth")
                wait = self.refused_retry
            except ServerTlsError:
                self._emit(REFUSED, "tls")
                wait = self.refused_retry
            except ServerNotInitialized:
                self._emit(REFUSED, "not_installed")
                wait = self.refused_retry
            except pgerrors.InsufficientPrivilege:
                self._emit(REFUSED, "revoked")
                wait = self.refused_retry
            except (ServerUnreachable, psycopg.OperationalError, psycopg.InterfaceError):
                if not self._stop.is_set():
                    self._emit(OFFLINE, "network")
                wait = random.uniform(0, backoff)  # full jitter
                backoff = min(self.backoff_max, backoff * 2)
            except (sqlite3.Error, DBAPIError) as exc:
                if isinstance(exc, DBAPIError) and not isinstance(exc.orig, sqlite3.Error):
                    log.warning("sync: server error: %s", scrub(str(exc), self._conn))
                    self._emit(ERROR, "server")
                else:
                    log.warning("sync: the local file cannot be written: %s", exc)
                    self._emit(ERROR, "disk")
                wait = random.uniform(0, backoff)
                backoff = min(self.backoff_max, backoff * 2)
            except psycopg.Error as exc:
                log.warning("sync: server error: %s", scrub(str(exc), self._conn))
                self._emit(ERROR, "server")
                wait = random.uniform(0, backoff)
                backoff = min(self.backoff_max, backoff * 2)
            except Exception:
                log.exception("sync: unexpected failure")
                self._emit(ERROR, "other")
                wait = random.uniform(0, backoff)
                backoff = min(self.backoff_max, backoff * 2)
            finally:
                self._live = None
                if c is not None:
                    with contextlib.suppress(Exception):
                        c.close()
            self._sleep(wait)

    def _sleep(self, seconds: float) -> None:
        """Wait before reconnecting; new credentials or stop end it early, a local write only recounts."""
        deadline = time.monotonic() + seconds
        while not self._stop.is_set() and not self._reconnect.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            if self._wake.wait(min(left, 1.0)):
                self._wake.clear()
                if not self._stop.is_set() and not self._reconnect.is_set():
                    self._emit(self._status.state, self._status.reason)

    def _serve(self, c: psycopg.Connection) -> None:
        self._last_pull = time.monotonic()
        while not self._stop.is_set() and not self._reconnect.is_set():
            self._wake.clear()
            if not self._cycle(c):
                # idle: a heartbeat, so a server that froze or went away shows as offline within seconds
                # (the watchdog ends a round trip that takes longer than rtt_timeout)
                self._call(c, _ping, c)
                if self._status.state != ONLINE:
                    self._emit(ONLINE)
            with self._idle:
                self._cycles += 1
                self._idle.notify_all()
            if not self._want_pull:
                self._wake.wait(self.heartbeat)
            if time.monotonic() - self._last_pull >= self.poll_interval:
                self._want_pull = True  # the periodic catch-up, in case a NOTIFY was lost

    def _cycle(self, c: psycopg.Connection) -> bool:
        """Push everything pending, then pull if asked to or after a push; False when it did neither."""
        import opsdesk.sync.apply as apply
        import opsdesk.sync.pull as pull

        pushed = False
        while not self._stop.is_set():
            with self.db.session(read_only=True) as s:
                ops = outbox.next_batch(s, self.batch)
            if not ops:
                break
            self._emit(SYNCING)
            outcomes = self._call(c, apply.apply_batch, c, self.console, ops)
            trouble = [
                o for o in ops if outcomes.get(o.op_id) and outcomes[o.op_id].outcome in (REJECTED, CONFLICT)
            ]
            fetched = self._call(c, pull.fetch_rows, c, trouble) if trouble else {}
            # one local transaction: the outcomes and the restored rows are recorded together or not at all
            # (then the same op ids are sent again and the server repeats its answers)
            with pull.applying(self.db) as s:
                outbox.record_outcomes(s, ops, outcomes)
                changes = pull.restore_local(s, trouble, fetched) if trouble else {}
            pushed = True
            self._changed(changes)
            if len(ops) < self.batch:
                break
        if pushed or self._want_pull:
            self._want_pull = False
            with self.db.session(read_only=True) as s:
                first = outbox.get_state(s, outbox.JOINED) != "1"

            def progress(done: int, total: int) -> None:
                self._progress = (done, total) if first else None
                if first:
                    self._emit(SYNCING)

            # progress (a count over every table) only for the first sync: a routine pull stays quick
            changes = pull.pull(
                self.db, c, chunk=self.chunk, on_progress=progress if first else None, call=self._guarded(c)
            )
            self._last_pull = time.monotonic()
            self._progress = None
            with self.db.session() as s:
                outbox.set_state(s, outbox.LAST_SYNC, utcnow().isoformat())
            self._changed(changes)
        else:
            return False
        self._emit(ONLINE)
        return True

    def _guarded(self, c: psycopg.Connection) -> Callable[..., Any]:
        def call(fn: Callable[..., Any], *args: Any) -> Any:
            return self._call(c, fn, *args)

        return call

    # -- the listener -----------------------------------------------------------------------------------
    def _listener(self) -> None:
        backoff = self.backoff_min
        while not self._stop.is_set():
            lc = None
            try:
                lc = connect(self._conn, self.console, self.connect_timeout)
                self._listen_conn = lc
                lc.execute(f"LISTEN {CHANNEL}")
                backoff = self.backoff_min
                # catch up on anything said while nobody listened
                self._want_pull = True
                self._wake.set()
                while not self._stop.is_set() and not self._reconnect.is_set():
                    for _n in lc.notifies(timeout=1.0, stop_after=1):
                        self._want_pull = True
                        self._wake.set()
            except Exception as exc:
                if not self._stop.is_set():
                    log.info("sync listener: %s", scrub(str(exc), self._conn))
                    self._wake.set()  # the worker checks the server now (the heartbeat)
            finally:
                self._listen_conn = None
                if lc is not None:
                    with contextlib.suppress(Exception):
                        lc.close()
            if self._stop.wait(random.uniform(0, backoff)):
                return
            backoff = min(self.backoff_max, backoff * 2)


def _ping(c: psycopg.Connection) -> None:
    c.execute("SELECT 1").fetchone()


def _dup(fd: int) -> int:
    import os

    return os.dup(fd)
