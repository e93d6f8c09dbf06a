"""Open the local database: check it, back it up, bring its schema to head with Alembic.

Order matters: a file we cannot read or do not understand is reported before anything touches it,
and a copy is taken before any upgrade, so a failed migration never loses the operator's data.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from opsdesk import paths
from opsdesk.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseTooNew
from opsdesk.storage.engine import Database, enable_wal, sqlite_engine


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_path()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def _check_sqlite_file(path: Path) -> None:
    """Raise a typed error for a file that is not a healthy, writable SQLite database."""
    if not path.exists():
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(str(path), str(exc)) from exc
    if not row or row[0] != "ok":
        raise DatabaseCorrupt(str(path), str(row[0] if row else "no answer"))


def backup_sqlite(path: Path, tag: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), in the backups dir."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = paths.backups_dir() / f"{path.stem}-{tag}-{stamp}.sqlite3"
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def open_local_database(path: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the local replica; raises typed errors, changes nothing then."""
    path = path or paths.database_path()
    _check_sqlite_file(path)
    existed = path.exists() and path.stat().st_size > 0
    engine = sqlite_engine(path)
    try:
        rev = current_revision(engine) if existed else None
        if rev is not None and rev not in known_revisions():
            raise DatabaseTooNew(str(path), rev)
        if rev != head_revision():
            if existed:
                backup_sqlite(path, f"before-{head_revision()}")
            enable_wal(engine)
            upgrade(engine)
        else:
            enable_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path)
