"""Engines for the local SQLite replica (WAL, foreign keys) and, later, the shared PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from opsdesk.storage.search_text import register_functions

# Execution option of a connection whose transactions only read (Database.session(read_only=True)).
READ_ONLY = "opsdesk_read_only"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # SQLAlchemy emits BEGIN itself (_sqlite_begin): pysqlite's own control would start a transaction
    # only at the first INSERT/UPDATE, so a unit of work's reads (the next ticket code, the lifecycle
    # check) would happen outside its write lock and two writers could both act on the same state.
    dbapi_conn.isolation_level = None
    register_functions(dbapi_conn)  # the search-index triggers call them on every write
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commit.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Take the write lock when the transaction starts (waiting up to busy_timeout for another writer).

    A whole unit of work is then serialized against every other writer, in this process or another.
    With WAL, readers are never blocked; a read-only session uses a deferred BEGIN so it never waits.
    """
    options = conn.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":  # each statement its own transaction (PRAGMAs)
        return
    raw = conn.connection.driver_connection
    if raw is not None and raw.isolation_level is not None:  # reset by a connection used in AUTOCOMMIT
        raw.isolation_level = None
    conn.exec_driver_sql("BEGIN" if options.get(READ_ONLY, False) else "BEGIN IMMEDIATE")


def sqlite_engine(path: Path | str) -> Engine:
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    eng = create_engine(url, future=True)
    event.listen(eng, "connect", _sqlite_pragmas)
    event.listen(eng, "begin", _sqlite_begin)
    return eng


def enable_wal(engine: Engine) -> None:
    # journal_mode cannot change inside a transaction: run it on the bare DBAPI connection (autocommit)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL").fetchall()
    finally:
        raw.close()


class Database:
    """A database the services work on: an engine and its session factory."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False, future=True)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False, future=True
        )
        # True once sync is enabled on this replica (opsdesk.sync.outbox.enable); None = not known yet
        self.sync_enabled: bool | None = None

    def _capture(self) -> bool:
        """Whether units of work record sync operations: only once a server is configured (issue 3)."""
        if self.sync_enabled is None:
            with self.engine.connect() as conn:
                try:
                    value = conn.exec_driver_sql(
                        "SELECT value FROM sync_state WHERE key = 'enabled'"
                    ).scalar()
                except OperationalError:  # a file from before migration 0003: no sync yet
                    value = None
            self.sync_enabled = value == "1"
        if self.sync_enabled:
            import opsdesk.sync.outbox  # noqa: F401  (registers the capture listener)
        return self.sync_enabled

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error (no half-written rows).

        A unit of work holds the database's write lock from its first statement to its end, so what it
        reads cannot change under it. `read_only` sessions do not take that lock (a list, a detail, an
        export): they see one consistent snapshot and never wait for a writer; they must not write.
        """
        s = (self._read_sessions if read_only else self._sessions)()
        if not read_only and self._capture():
            s.info["outbox"] = True
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()
