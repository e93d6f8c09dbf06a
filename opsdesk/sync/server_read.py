"""The server side of pull: the high-water mark and the changed rows (SYNC_DESIGN.md "Pull").

Sequence values are handed out before commit, so "every row with seq <= last_value" is only true once
no writer is in flight. Writers hold CHANGE_LOCK exclusively from their first replicated write to their
commit; taking it shared waits for the one in flight, and the sequence's last value read under it is a
high-water mark `hw` below which every change is committed. The lock is released at once: writers wait
only for that moment, never for the whole pull.

Two ways to read under it:
- `snapshot(conn)` inside a READ COMMITTED transaction: every later statement sees all changes <= hw
  (each statement takes a new snapshot, taken after the lock was granted).
- `consistent_snapshot(conn)` (a context manager, on an idle connection): takes the lock before the
  transaction starts, then opens a REPEATABLE READ READ ONLY transaction whose one snapshot holds every
  change <= hw and nothing later — a row and its parents always come from the same moment.

Rows are dicts of wire values (ops.py): UtcMillis as int ms, booleans as bool, bytes as base64.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg
from psycopg import sql
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from sqlalchemy import LargeBinary

from opsdesk.sync.registry import spec, tables
from opsdesk.sync.server_schema import CHANGE_LOCK, SEQUENCE


def _high_water(conn: psycopg.Connection) -> int:
    row = conn.execute(f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {SEQUENCE}").fetchone()
    return int(row[0]) if row else 0


def snapshot(conn: psycopg.Connection) -> int:
    """In the caller's READ COMMITTED transaction: wait for the writer in flight, return hw.

    Refuses REPEATABLE READ / SERIALIZABLE: there the transaction's snapshot was taken by this very
    statement, before the lock was granted, and could miss a change <= hw (use consistent_snapshot).
    """
    row = conn.execute(
        "SELECT current_setting('transaction_isolation'), pg_advisory_lock_shared(%s)", [CHANGE_LOCK]
    ).fetchone()
    try:
        if row is None or row[0] != "read committed":
            raise ValueError("server_read.snapshot needs READ COMMITTED; use consistent_snapshot")
        return _high_water(conn)
    finally:
        conn.execute("SELECT pg_advisory_unlock_shared(%s)", [CHANGE_LOCK])


@contextmanager
def consistent_snapshot(conn: psycopg.Connection) -> Iterator[int]:
    """Yield hw inside a REPEATABLE READ READ ONLY transaction that sees exactly the changes <= hw
    (and older states of rows changed since). `conn` must be idle; the transaction ends on exit."""
    if conn.info.transaction_status != TransactionStatus.IDLE:
        raise ValueError("consistent_snapshot needs an idle connection")
    conn.execute("SELECT pg_advisory_lock_shared(%s)", [CHANGE_LOCK])
    if not conn.autocommit:
        conn.commit()  # ends the implicit transaction of that statement; the session lock stays
    locked = True
    try:
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            hw = _high_water(conn)  # the transaction's snapshot is taken here, under the lock
            conn.execute("SELECT pg_advisory_unlock_shared(%s)", [CHANGE_LOCK])
            locked = False
            yield hw
    finally:
        if locked and not conn.closed:
            try:
                conn.execute("SELECT pg_advisory_unlock_shared(%s)", [CHANGE_LOCK])
                if not conn.autocommit:
                    conn.commit()
            except psycopg.Error:
                pass  # the connection is gone, and the session lock with it


def count_changes(conn: psycopg.Connection, after: int, upto: int) -> int:
    """How many rows changed with after < server_seq <= upto, over every replicated table (progress)."""
    present = _present(conn)
    parts = [
        sql.SQL("SELECT count(*) FROM {} WHERE server_seq > %(a)s AND server_seq <= %(u)s").format(
            sql.Identifier(s.name)
        )
        for s in tables()
        if s.name in present
    ]
    if not parts:
        return 0
    stmt = sql.SQL("SELECT coalesce(sum(n), 0) FROM ({}) AS c(n)").format(sql.SQL(" UNION ALL ").join(parts))
    row = conn.execute(stmt, {"a": after, "u": upto}).fetchone()
    return int(row[0]) if row else 0


def read_changes(conn: psycopg.Connection, table: str, after: int, upto: int, limit: int) -> list[dict]:
    """Rows of `table` with after < server_seq <= upto, in seq order, at most `limit`."""
    stmt = sql.SQL(
        "SELECT * FROM {} WHERE server_seq > %s AND server_seq <= %s ORDER BY server_seq LIMIT %s"
    ).format(sql.Identifier(spec(table).name))
    return _fetch(conn, table, stmt, [after, upto, limit])


def read_rows(conn: psycopg.Connection, table: str, ids: Sequence[str]) -> list[dict]:
    """The server's current rows of `table` with these ids (missing ids are simply absent)."""
    stmt = sql.SQL("SELECT * FROM {} WHERE id = ANY(%s)").format(sql.Identifier(spec(table).name))
    return _fetch(conn, table, stmt, [list(ids)])


def _fetch(conn: psycopg.Connection, table: str, stmt: sql.Composable, params: list) -> list[dict]:
    binary = [c.name for c in spec(table).table.columns if isinstance(c.type, LargeBinary)]
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(stmt, params).fetchall()
    for row in rows:
        for c in binary:
            if row.get(c) is not None:
                row[c] = base64.b64encode(bytes(row[c])).decode("ascii")
    return rows


def _present(conn: psycopg.Connection) -> set[str]:
    names = [s.name for s in tables()]
    cur = conn.execute(
        "SELECT n FROM unnest(%s::text[]) n WHERE to_regclass(quote_ident(n)) IS NOT NULL", [names]
    )
    return {r[0] for r in cur}
