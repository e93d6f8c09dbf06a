"""Alembic history (db/versions) on SQLite and on a real PostgreSQL, and the guarded local open.

DESIGN.md §2 rule 4: every revision is tested from an empty database and from the previous revision.
The per-revision tests are parametrized over the history, so a new revision is covered by adding it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, create_engine, func, inspect, select, types

from opsdesk import paths
from opsdesk.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseTooNew
from opsdesk.storage.engine import sqlite_engine
from opsdesk.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    open_local_database,
    upgrade,
)
from opsdesk.storage.models import Base

SCRIPTS = ScriptDirectory.from_config(alembic_config())
REVISIONS = [s.revision for s in reversed(list(SCRIPTS.walk_revisions()))]  # base first
FTS_TABLES = (
    "tickets_fts",
    "tickets_bigram",
)  # SQLite-only virtual tables (and shadow tables): not in the ORM
FTS_TRIGGERS = {f"tickets_{t}_{op}" for t in ("fts", "bigram") for op in ("ai", "au", "ad")}


def _previous(rev: str) -> str:
    down = SCRIPTS.get_revision(rev).down_revision
    assert not isinstance(down, tuple), "merge revisions: extend this test to upgrade each parent"
    return down or "base"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.server)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        eng = sqlite_engine(tmp_path / "migrations.sqlite3")
    else:
        eng = create_engine(request.getfixturevalue("pg_url"))
    yield eng
    eng.dispose()


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)


def app_tables(engine: Engine) -> set[str]:
    return {t for t in inspect(engine).get_table_names() if t != "alembic_version"}


def _ignore_fts(name: str | None, type_: str, parent_names: dict) -> bool:
    if type_ == "table":
        return not (name or "").startswith(FTS_TABLES)
    return True


def schema_diffs(engine: Engine) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": _ignore_fts})
        return compare_metadata(ctx, Base.metadata)


def test_history_is_linear_and_known():
    assert REVISIONS, "no migration in db/versions"
    assert REVISIONS[-1] == head_revision()
    assert len(SCRIPTS.get_heads()) == 1, "two heads: merge them"


def test_upgrade_empty_database_to_head(engine: Engine):
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert {t.name for t in Base.metadata.sorted_tables} <= app_tables(engine)


def test_migrated_schema_matches_the_models(engine: Engine):
    upgrade(engine)
    assert schema_diffs(engine) == []


def test_the_comparison_sees_a_difference(engine: Engine):
    """The schema test above can fail: a column the models lack is reported."""
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE rooms ADD COLUMN stray INTEGER")
    diffs = schema_diffs(engine)
    assert any(d[0] == "remove_column" and d[2] == "rooms" and d[3].name == "stray" for d in diffs), diffs


def test_downgrade_to_base_and_up_again(engine: Engine):
    upgrade(engine)
    downgrade(engine, "base")
    assert app_tables(engine) == set()
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert schema_diffs(engine) == []


def test_sqlite_full_text_index_survives_down_and_up(tmp_path: Path):
    eng = sqlite_engine(tmp_path / "fts.sqlite3")
    try:
        upgrade(eng)
        downgrade(eng, "base")
        with eng.connect() as conn:
            left = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'tickets_fts%' OR name LIKE 'tickets_bigram%'"
            ).all()
        assert left == []
        upgrade(eng)
        with eng.connect() as conn:
            triggers = {
                r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            }
            assert triggers >= FTS_TRIGGERS
            assert conn.exec_driver_sql("SELECT count(*) FROM tickets_fts").scalar() == 0
    finally:
        eng.dispose()


# ---- from the previous revision, with data ------------------------------------------------------------


def _value(col, n: int, refs: dict[tuple[str, str], object]):
    """A plausible value for one column of row n (foreign keys point at the rows inserted before)."""
    for fk in col.foreign_keys:
        key = (fk.column.table.name, fk.column.name)
        if key in refs:
            return refs[key]
    t = col.type
    if isinstance(t, types.Boolean):
        return False
    if isinstance(t, types.Integer):
        return n
    if isinstance(t, types.LargeBinary):
        return b"\x00\x01"
    if isinstance(t, types.String | types.Text):
        s = f"m{n}-{col.name}"
        return s[: t.length] if getattr(t, "length", None) else s
    return None


def insert_one_row_per_table(engine: Engine) -> dict[str, dict]:
    """One row in every table of the schema as it is now, in foreign-key order; returns the rows."""
    md = MetaData()
    md.reflect(engine)
    rows: dict[str, dict] = {}
    refs: dict[tuple[str, str], object] = {}
    with engine.begin() as conn:
        for n, table in enumerate(md.sorted_tables, start=1):
            if table.name == "alembic_version" or table.name.startswith(FTS_TABLES):
                continue
            row = {c.name: _value(c, n, refs) for c in table.columns}
            row = {k: v for k, v in row.items() if v is not None or not table.c[k].nullable}
            conn.execute(table.insert().values(**row))
            rows[table.name] = row
            for c in table.columns:
                refs[(table.name, c.name)] = row.get(c.name)
    return rows


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_the_previous_revision(engine: Engine, revision: str):
    previous = _previous(revision)
    if previous != "base":
        upgrade(engine, previous)
    rows = insert_one_row_per_table(engine)
    upgrade(engine, revision)
    assert current_revision(engine) == revision
    md = MetaData()
    md.reflect(engine)
    with engine.connect() as conn:
        for name, row in rows.items():
            if name not in md.tables:
                continue  # the revision dropped it on purpose
            table = md.tables[name]
            pk = {c.name: row[c.name] for c in table.primary_key.columns if c.name in row}
            count = conn.execute(
                select(func.count()).select_from(table).where(*(table.c[k] == v for k, v in pk.items()))
            ).scalar()
            assert count == 1, f"{revision}: the row in {name} did not survive the upgrade"
    if revision == head_revision():
        assert schema_diffs(engine) == []


def test_data_written_at_head_is_kept_by_a_later_open(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    db = open_local_database(path)
    eng = db.engine
    rows = insert_one_row_per_table(eng)
    db.dispose()
    db = open_local_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM tickets").scalar() == 1
        assert rows["tickets"]["code"]
    finally:
        db.dispose()


# ---- open_local_database: backup, refusals, nothing touched -----------------------------------------


def backups() -> list[Path]:
    return sorted(paths.backups_dir().glob("*.sqlite3"))


def test_new_database_is_created_at_head_without_a_backup(tmp_path: Path):
    db = open_local_database(tmp_path / "new.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.dispose()
    assert backups() == []


def test_database_at_head_is_opened_without_a_backup(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    open_local_database(path).dispose()
    open_local_database(path).dispose()
    assert backups() == []


@pytest.mark.parametrize("older", ["base", *REVISIONS[:-1]])
def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, older: str):
    path = tmp_path / "desk.sqlite3"
    eng = sqlite_engine(path)
    if older == "base":  # a file the desk made and then took back down to an empty schema
        upgrade(eng)
        downgrade(eng, "base")
    else:
        upgrade(eng, older)
    with eng.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE marker (v TEXT)")
        conn.exec_driver_sql("INSERT INTO marker VALUES ('before the upgrade')")
    eng.dispose()

    db = open_local_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    [copy] = backups()
    assert head_revision() in copy.name
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT v FROM marker").fetchall() == [("before the upgrade",)]
        version = con.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        con.close()
    assert version == ([] if older == "base" else [(older,)])


def _snapshot(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    open_local_database(path).dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'ffffffff'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _snapshot(path)
    with pytest.raises(DatabaseTooNew) as err:
        open_local_database(path)
    assert err.value.revision == "ffffffff"
    assert _snapshot(path)[path.name] == before[path.name]
    assert backups() == []


def test_junk_file_is_reported_corrupt_and_left_alone(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    junk = b"this is not a database\x00\xff" * 400
    path.write_bytes(junk)
    with pytest.raises(DatabaseCorrupt):
        open_local_database(path)
    assert path.read_bytes() == junk
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite3"]


def test_truncated_database_is_reported_corrupt(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    db = open_local_database(path)
    insert_one_row_per_table(db.engine)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # not inside a transaction
    db.dispose()
    data = path.read_bytes()
    cut = data[: len(data) // 2]
    path.write_bytes(cut)
    with pytest.raises(DatabaseCorrupt):
        open_local_database(path)
    assert path.read_bytes() == cut


def _open_as(uid: int, gid: int, path: Path) -> str:
    """Open `path` in a forked child running as uid/gid; return the name of what it raised."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop root for real, so the kernel (and os.access) enforce permissions
        os.close(r)
        name = "nothing"
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            open_local_database(path).dispose()
        except BaseException as exc:
            name = type(exc).__name__
        os.write(w, name.encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return out


def test_read_only_database_is_refused_untouched():
    """Root ignores file modes, so as root the open runs in a child that has dropped to `nobody`.

    The directory is made under /tmp (pytest's tmp dir is root-only) and readable by everyone; the file
    is 0444. The child gets the same refusal an operator gets on a file they may not write.
    """
    d = Path(tempfile.mkdtemp(prefix="opsdesk-ro-"))
    try:
        path = d / "desk.sqlite3"
        open_local_database(path).dispose()
        for p in d.iterdir():
            p.chmod(0o444)
        d.chmod(0o755)
        before = _snapshot(path)
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            assert _open_as(nobody.pw_uid, nobody.pw_gid, path) == "DatabaseReadOnly"
        else:
            with pytest.raises(DatabaseReadOnly):
                open_local_database(path)
        assert _snapshot(path) == before
    finally:
        for p in d.iterdir():
            p.chmod(0o644)
        for p in d.iterdir():
            p.unlink()
        d.rmdir()


def test_the_fast_revision_reader_agrees_with_alembic():
    """open_local_database skips Alembic on an up-to-date file using this reader: it must never disagree."""
    from opsdesk.storage.migrate import known_revisions, scripted_revisions

    head, known = scripted_revisions()
    assert head == head_revision()
    assert known == known_revisions()


def test_an_up_to_date_file_opens_without_importing_alembic(tmp_path: Path):
    import subprocess
    import sys

    open_local_database(tmp_path / "fast.sqlite3").dispose()
    code = (
        "import sys; from pathlib import Path; from opsdesk.storage.migrate import open_local_database; "
        f"open_local_database(Path({str(tmp_path / 'fast.sqlite3')!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
