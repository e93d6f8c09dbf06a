"""Open the local database: check it, back it up, bring its schema to head with Alembic.

Order matters: a file we cannot read or do not understand is reported before anything touches it,
and a copy is taken before any upgrade, so a failed migration never loses the operator's data.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from opsdesk import paths
from opsdesk.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseTooNew
from opsdesk.storage.engine import Database, enable_wal, sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a file must be migrated: a start on an up-to-date file skips ~120 ms.


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_path()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


_REVISION_LINE = re.compile(r"""^(revision|down_revision)\s*=\s*["']?(\w+)["']?""", re.M)


@cache
def scripted_revisions() -> tuple[str | None, frozenset[str]]:
    """(head, every revision) read straight from db/versions, without importing Alembic.

    head is None when the history is not one straight line (then Alembic decides).
    """
    revisions, parents = set(), set()
    for script in (paths.migrations_path() / "versions").glob("*.py"):
        found = dict(m.groups() for m in _REVISION_LINE.finditer(script.read_text("utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            if found.get("down_revision", "None") != "None":
                parents.add(found["down_revision"])
    heads = revisions - parents
    return (next(iter(heads)) if len(heads) == 1 else None), frozenset(revisions)


def _check_sqlite_file(path: Path) -> str | None:
    """Raise a typed error for a file that is not a writable SQLite database; return its schema revision.

    A cheap check (header, schema, revision): a full integrity check reads every page, seconds on a large
    replica, so it is left to `opsdesk-cli db check`.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(str(path))
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise DatabaseCorrupt(str(path), "not an SQLite database file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(str(path), str(exc)) from exc
    return row[0] if row else None


def copy_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and a running desk)."""
    source = sqlite3.connect(str(src))
    try:
        target = sqlite3.connect(str(dest))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return dest


def backup_sqlite(path: Path, tag: str) -> Path:
    """A copy in the backups dir, named by tag and time."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return copy_sqlite(path, paths.backups_dir() / f"{path.stem}-{tag}-{stamp}.sqlite3")


def open_local_database(path: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the local replica; raises typed errors, changes nothing then."""
    path = path or paths.database_path()
    rev = _check_sqlite_file(path)
    existed = path.exists() and path.stat().st_size > 0
    head, known = scripted_revisions()
    if rev is not None and rev not in known:
        raise DatabaseTooNew(str(path), rev)
    engine = sqlite_engine(path)
    try:
        if head is None or rev != head:
            head = head_revision()
            if existed:
                backup_sqlite(path, f"before-{head}")
            enable_wal(engine)
            upgrade(engine)
        else:
            enable_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path)
