"""The server side of push: apply a batch of operations once, in one server transaction (SYNC_DESIGN.md "Push").

Fast path: one set-based statement per table and kind (rows travel as one JSON array, expanded by
`jsonb_populate_recordset`), so 10,000 ops cost a handful of round trips. When a statement fails for a
reason that belongs to one op (the lifecycle guard, a unique key, a privilege, bad data), the batch is
split in halves under savepoints until the failing op stands alone: it is `rejected` with a reason code
and everything else applies — the queue is never blocked, and a good batch never pays for the search.

Updates are checked field by field against the `base` the console saw: a field someone else changed in
the meantime keeps the server's value and becomes a `sync_conflicts` row for a person to resolve. Columns
in `TableSpec.lww` (derived ticket columns, updated_at/by) are last-writer-wins. An edit of a tombstoned
row conflicts as kind `delete`: delete wins, the edit is kept in the conflict record.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import errors as pgerr
from psycopg import sql
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from sqlalchemy import LargeBinary

from opsdesk.errors import ServerRefused
from opsdesk.sync.ops import APPLIED, CONFLICT, INSERT, KINDS, REJECTED, UPDATE, Op, Outcome
from opsdesk.sync.registry import TableSpec, tables
from opsdesk.sync.server_schema import CHANGE_LOCK
from opsdesk.timeutil import new_id

CONFLICTS_TABLE = "sync_conflicts"
# the row's identity and the server's stamp are never taken from a console
_NOT_FROM_CONSOLE = frozenset({"server_seq"})
_MISSING = object()


class _Batch:
    """What one apply_batch call knows: the console, the server's clock, the columns of each table."""

    def __init__(self, console: str, now_ms: int, columns: dict[str, set[str]]) -> None:
        self.console, self.now_ms, self.columns = console, now_ms, columns
        self.specs = {s.name: s for s in tables()}


def apply_batch(conn: psycopg.Connection, console_code: str, ops: Sequence[Op]) -> dict[str, Outcome]:
    """Apply `ops` (in order) and return {op_id: Outcome} for every one of them.

    Idempotent by op id: an op applied before (in any earlier batch) is not applied again and answers
    with its recorded outcome. Runs in one transaction, committed on return when the connection was idle
    (inside a transaction the caller opened, it is a savepoint and the caller commits). Raises
    ServerRefused("revoked") when the connected role may no longer push at all (sync must pause, not
    reject the whole queue), and psycopg errors for anything not caused by one op (connection lost …).
    """
    fresh = conn.info.transaction_status == TransactionStatus.IDLE
    with conn.transaction():
        if fresh:  # the guards must see the rows of the writer that held the lock before us
            conn.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        row = conn.execute(
            "SELECT set_config('opsdesk.console', %s, true), pg_advisory_xact_lock(%s), "
            "has_table_privilege('opsdesk_applied_ops', 'INSERT'), "
            "floor(extract(epoch FROM now()) * 1000)::bigint",
            [console_code, CHANGE_LOCK],
        ).fetchone()
        assert row is not None
        if not row[2]:
            raise ServerRefused("revoked")
        out: dict[str, Outcome] = {}
        ids = list(dict.fromkeys(op.op_id for op in ops))
        for op_id, outcome, reason, detail in conn.execute(
            "SELECT op_id, outcome, reason, detail FROM opsdesk_applied_ops WHERE op_id = ANY(%s)", [ids]
        ):
            out[op_id] = Outcome(outcome, reason, detail or {})
        batch = _Batch(console_code, int(row[3]), _server_columns(conn, {op.table for op in ops}))
        todo: list[Op] = []
        fresh_ids: set[str] = set()
        recorded: dict[str, Outcome] = {}
        for op in ops:
            if op.op_id in out or op.op_id in fresh_ids:
                continue  # applied before, or twice in this batch: once only
            fresh_ids.add(op.op_id)
            problem = _invalid(batch, op)
            if problem:
                recorded[op.op_id] = Outcome(REJECTED, "invalid", {"error": problem})
            else:
                todo.append(op)
        if todo:
            recorded.update(_apply(conn, batch, todo))
        _record(conn, console_code, recorded)
        out.update(recorded)
    return {op.op_id: out[op.op_id] for op in ops}


def _server_columns(conn: psycopg.Connection, names: set[str]) -> dict[str, set[str]]:
    cols: dict[str, set[str]] = defaultdict(set)
    for table, column in conn.execute(
        "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "WHERE c.oid = ANY(ARRAY(SELECT to_regclass(quote_ident(n)) FROM unnest(%s::text[]) n)) "
        "AND a.attnum > 0 AND NOT a.attisdropped",
        [sorted(names)],
    ):
        cols[table].add(column)
    return cols


def _invalid(batch: _Batch, op: Op) -> str:
    """Why `op` cannot be applied whatever the data on the server says, or ''."""
    if op.table not in batch.specs or op.table not in batch.columns:
        return "unknown_table"
    if op.kind not in KINDS:
        return "unknown_kind"
    if not isinstance(op.data, dict) or not op.row_id:
        return "no_data"
    unknown = set(op.data) - batch.columns[op.table]
    if unknown:
        return "unknown_columns:" + ",".join(sorted(unknown))
    if op.data.get("id", op.row_id) != op.row_id:
        return "id_mismatch"
    if op.kind == UPDATE and "id" in op.data and len(op.data) == 1:
        return "no_data"
    for col in _binary_columns(batch.specs[op.table]) & op.data.keys():
        value = op.data[col]
        if isinstance(value, str):
            try:
                base64.b64decode(value, validate=True)
            except ValueError:
                return f"bad_base64:{col}"
    return ""


def _apply(conn: psycopg.Connection, batch: _Batch, ops: list[Op]) -> dict[str, Outcome]:
    """The fast path under a savepoint; on an op's own failure, halves until that op stands alone."""
    try:
        with conn.transaction():
            return _fast(conn, batch, ops)
    except psycopg.Error as exc:
        reason = _reason(exc)
        if reason is None:
            raise
        if len(ops) == 1:
            detail = {"sqlstate": exc.sqlstate or "", "message": (exc.diag.message_primary or "")[:500]}
            return {ops[0].op_id: Outcome(REJECTED, reason, detail)}
        mid = len(ops) // 2
        out = _apply(conn, batch, ops[:mid])
        out.update(_apply(conn, batch, ops[mid:]))
        return out


def _reason(exc: psycopg.Error) -> str | None:
    """The reason code when the error is the op's own fault; None when it is not (retry the batch)."""
    if isinstance(exc, pgerr.RaiseException):
        msg = exc.diag.message_primary or ""
        if msg.startswith("opsdesk:"):
            code = msg.split(":")[1]
            return code if code in ("lifecycle", "deleted_ticket", "permission") else "invalid"
        return "invalid"
    if isinstance(exc, pgerr.UniqueViolation):
        return "duplicate"
    if isinstance(exc, pgerr.InsufficientPrivilege):
        return "permission"
    if isinstance(exc, psycopg.IntegrityError | psycopg.DataError | pgerr.DatatypeMismatch):
        return "invalid"
    return None


# ---- the fast path ----


def _fast(conn: psycopg.Connection, batch: _Batch, ops: list[Op]) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    by_table: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        by_table[op.table].append(op)
    conflicts: list[dict[str, Any]] = []
    for spec in tables():  # parents before children
        group = by_table.get(spec.name)
        if not group:
            continue
        inserts = [op for op in group if op.kind == INSERT]
        updates = [op for op in group if op.kind == UPDATE]
        if inserts:
            out.update(_inserts(conn, spec, inserts))
        if updates:
            out.update(_updates(conn, batch, spec, updates, conflicts))
    if conflicts:
        _insert_rows(conn, batch.specs[CONFLICTS_TABLE], conflicts)
    return out


def _binary_columns(spec: TableSpec) -> frozenset[str]:
    return frozenset(c.name for c in spec.table.columns if isinstance(c.type, LargeBinary))


def _db_json(spec: TableSpec, data: dict[str, Any]) -> dict[str, Any]:
    """Wire values as JSON that jsonb_populate_recordset reads: bytes (base64 on the wire) as bytea hex."""
    row = {k: v for k, v in data.items() if k not in _NOT_FROM_CONSOLE}
    for c in _binary_columns(spec):
        v = row.get(c)
        if isinstance(v, str):
            row[c] = "\\x" + base64.b64decode(v, validate=True).hex()
    return row


def _insert_rows(conn: psycopg.Connection, spec: TableSpec, rows: list[dict[str, Any]]) -> set[str]:
    """INSERT the rows (all with the same keys) in one statement; the ids actually inserted."""
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in rows[0])
    t = sql.Identifier(spec.name)
    stmt = sql.SQL(
        "INSERT INTO {t} ({cols}) SELECT {cols} FROM jsonb_populate_recordset(NULL::{t}, %s) "
        "ON CONFLICT (id) DO NOTHING RETURNING id"
    ).format(t=t, cols=cols)
    return {r[0] for r in conn.execute(stmt, [Jsonb(rows)])}


def _inserts(conn: psycopg.Connection, spec: TableSpec, ops: list[Op]) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    # one statement per set of columns: a column an (older) console does not send takes its default
    by_keys: dict[tuple[str, ...], list[tuple[Op, dict[str, Any]]]] = defaultdict(list)
    for op in ops:
        row = _db_json(spec, {**op.data, "id": op.row_id})
        by_keys[tuple(sorted(row))].append((op, row))
    existing: list[Op] = []
    for items in by_keys.values():
        inserted = _insert_rows(conn, spec, [row for _, row in items])
        for op, _ in items:
            if op.row_id in inserted:
                out[op.op_id] = Outcome(APPLIED)
            else:
                existing.append(op)
    if existing:
        # the row is there already (pushed again under a new op id): the same row is applied, another
        # one is a duplicate the console must replace with the server's
        current = _current(conn, spec, [op.row_id for op in existing], lock=False)
        for op in existing:
            row = current.get(op.row_id, {})
            same = all(row.get(k, _MISSING) == v for k, v in op.data.items() if k not in _NOT_FROM_CONSOLE)
            out[op.op_id] = (
                Outcome(APPLIED, "", {"existing": True})
                if same
                else Outcome(REJECTED, "duplicate", {"existing": True})
            )
    return out


def _current(conn: psycopg.Connection, spec: TableSpec, ids: list[str], lock: bool) -> dict[str, dict]:
    """The server's rows by id, as wire values (bytes as base64)."""
    stmt = sql.SQL("SELECT * FROM {} WHERE id = ANY(%s)" + (" FOR UPDATE" if lock else "")).format(
        sql.Identifier(spec.name)
    )
    binary = _binary_columns(spec)
    out = {}
    with conn.cursor(row_factory=dict_row) as cur:
        for row in cur.execute(stmt, [list(dict.fromkeys(ids))]):
            for c in binary:
                if row.get(c) is not None:
                    row[c] = base64.b64encode(bytes(row[c])).decode("ascii")
            out[row["id"]] = row
    return out


def _updates(
    conn: psycopg.Connection, batch: _Batch, spec: TableSpec, ops: list[Op], conflicts: list[dict[str, Any]]
) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    current = _current(conn, spec, [op.row_id for op in ops], lock=True)
    original = {k: dict(v) for k, v in current.items()}
    lww = spec.lww
    for op in ops:  # in batch order: a later op on the same row sees the earlier one's result
        row = current.get(op.row_id)
        if row is None:
            out[op.op_id] = Outcome(REJECTED, "missing", {"error": "no_such_row"})
            continue
        base = op.base or {}
        data = {k: v for k, v in op.data.items() if k not in _NOT_FROM_CONSOLE and k != "id"}
        lost: list[str] = []
        if row.get("deleted") and data.get("deleted", True) is not False:
            # delete wins: nothing of the edit is applied, every changed field is kept in a conflict record
            for col, new in data.items():
                if col not in lww and row.get(col) != new:
                    conflicts.append(_conflict(batch, spec, op, col, base, new, row[col], "delete"))
                    lost.append(col)
            out[op.op_id] = (
                Outcome(CONFLICT, "", {"kind": "delete", "columns": lost}) if lost else Outcome(APPLIED)
            )
            continue
        applied_any = False
        for col, new in data.items():
            if col in lww:
                continue
            cur = row.get(col)
            if cur == new:
                continue
            if base.get(col, cur) == cur:
                row[col] = new
                applied_any = True
            else:  # someone else changed it since the console saw it: both values kept for a person
                conflicts.append(_conflict(batch, spec, op, col, base, new, cur, "edit"))
                lost.append(col)
        if applied_any or not lost:
            for col in lww & data.keys():
                row[col] = data[col]
        out[op.op_id] = Outcome(CONFLICT, "", {"kind": "edit", "columns": lost}) if lost else Outcome(APPLIED)
    # one UPDATE per set of changed columns, rows as one JSON array
    by_cols: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for rid, row in current.items():
        changed = tuple(sorted(c for c, v in row.items() if original[rid].get(c, _MISSING) != v))
        if changed:
            by_cols[changed].append(_db_json(spec, {"id": rid, **{c: row[c] for c in changed}}))
    t = sql.Identifier(spec.name)
    for cols, rows in by_cols.items():
        sets = sql.SQL(", ").join(sql.SQL("{c} = v.{c}").format(c=sql.Identifier(c)) for c in cols)
        conn.execute(
            sql.SQL(
                "UPDATE {t} SET {sets} FROM jsonb_populate_recordset(NULL::{t}, %s) v WHERE {t}.id = v.id"
            ).format(t=t, sets=sets),
            [Jsonb(rows)],
        )
    return out


def _conflict(
    batch: _Batch, spec: TableSpec, op: Op, col: str, base: dict, local: Any, remote: Any, kind: str
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "deleted": False,
        "updated_at": batch.now_ms,
        "updated_by": None,
        "table_name": spec.name,
        "row_id": op.row_id,
        "column_name": col,
        "base_value": json.dumps(base[col], ensure_ascii=False) if col in base else None,
        "local_value": json.dumps(local, ensure_ascii=False),
        "remote_value": json.dumps(remote, ensure_ascii=False),
        "kind": kind,
        "origin_console": batch.console[:10],
        "created_at": batch.now_ms,
        "resolved_at": None,
        "resolved_by": None,
        "resolution": None,
        "merged_value": None,
    }


def _record(conn: psycopg.Connection, console: str, outcomes: dict[str, Outcome]) -> None:
    if not outcomes:
        return
    ids = list(outcomes)
    conn.execute(
        "INSERT INTO opsdesk_applied_ops(op_id, console, outcome, reason, detail) "
        "SELECT o, %s, x, r, d::jsonb FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) AS u(o, x, r, d) "
        "ON CONFLICT (op_id) DO NOTHING",
        [
            console,
            ids,
            [outcomes[i].outcome for i in ids],
            [outcomes[i].reason for i in ids],
            [json.dumps(outcomes[i].detail, ensure_ascii=False) for i in ids],
        ],
    )
