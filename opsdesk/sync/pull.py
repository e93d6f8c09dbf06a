"""Applying server rows to the local replica: upsert by id, rebase over pending local changes, re-derive.

Rows arrive as wire values (opsdesk.sync.ops). They are written with Core in sessions marked
`applying_remote`, so they produce no outbox operations. A row with pending local operations keeps the
locally changed columns (they are on their way to the server, which decides); every other column takes
the server's value.

A pull must never fail because of what it pulls: a ticket whose pulled events no longer fit the lifecycle
in the order they now sort is re-derived with a tolerant replay (the strict one guards new local events).
"""

from __future__ import annotations

import base64
import contextlib
import gc
import json
import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    LargeBinary,
    MetaData,
    Table,
    UniqueConstraint,
    and_,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from opsdesk.domain.enums import EventKind
from opsdesk.errors import InvalidTransition
from opsdesk.rules.lifecycle import LifecycleState, step
from opsdesk.storage.engine import Database
from opsdesk.storage.models import Base, Ticket
from opsdesk.storage.sync_models import SyncOutbox
from opsdesk.storage.types import UtcMillis
from opsdesk.sync import outbox, registry

log = logging.getLogger(__name__)

CHUNK = 10_000  # rows per local transaction in a first sync (fewer WAL checkpoints: -25 % time)
READ_CHUNK = 2000  # rows per server read: each one round trip under the engine's watchdog (rtt_timeout)
INCREMENTAL_CHUNK = 500  # … and afterwards, when the desk is in use
Changes = dict[str, set[str]]
Progress = Callable[[int, int], None]
Call = Callable[..., Any]  # runs one server round trip (the engine's watchdog wraps it)


class _Remote:
    """`with applying(db) as s:` a unit of work applying server data (no outbox operations)."""

    def __init__(self, db: Database) -> None:
        self._cm = db.session()

    def __enter__(self) -> Session:
        s = self._cm.__enter__()
        s.info["applying_remote"] = True
        return s

    def __exit__(self, *exc) -> bool | None:
        return self._cm.__exit__(*exc)


def applying(db: Database) -> _Remote:
    return _Remote(db)


# ---- applying rows -------------------------------------------------------------------------------
_RAW: dict[str, Table] = {}


def _raw(spec: registry.TableSpec) -> Table:
    """The table with times as plain integers: wire values go in as they come (no datetime round trip,
    a third of a first sync's time). Same name and columns, so SQLite's triggers fire as for the ORM."""
    t = _RAW.get(spec.name)
    if t is None:
        cols = [
            Column(c.name, BigInteger if isinstance(c.type, UtcMillis) else c.type, primary_key=c.primary_key)
            for c in spec.table.columns
        ]
        t = _RAW[spec.name] = Table(spec.name, MetaData(), *cols)
    return t


def _db_values(t: Table, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    known = set(t.c.keys())
    binary = [c.name for c in t.columns if isinstance(c.type, LargeBinary)]
    if not binary and all(r.keys() <= known for r in rows):
        return list(rows)
    out = []
    for r in rows:
        v = {k: x for k, x in r.items() if k in known}  # a newer server's extra columns are left out
        for c in binary:
            if isinstance(v.get(c), str):
                v[c] = base64.b64decode(v[c])
        out.append(v)
    return out


def _executemany_insert(conn, t: Table, rows: list[dict]) -> None:
    """INSERT straight through the driver: SQLAlchemy's per-row parameter handling would cost a third of
    a first sync. Values are already what the columns store (times as integer ms)."""
    cols = list(rows[0])
    if any(r.keys() != rows[0].keys() for r in rows):
        conn.execute(insert(t), rows)
        return
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" * len(cols))
    cur = conn.connection.driver_connection.cursor()
    try:
        cur.executemany(
            f'INSERT INTO "{t.name}" ({names}) VALUES ({marks})',
            list(map(itemgetter(*cols), rows)) if len(cols) > 1 else [(r[cols[0]],) for r in rows],
        )
    finally:
        cur.close()


def apply_rows(s: Session, table: str, rows: Sequence[dict[str, Any]], *, force: bool = False) -> set[str]:
    """Upsert server rows (wire values, `server_seq` included) into the local table; returns their ids.

    `force` takes every server value even over pending local changes (restoring a row after a rejection).
    """
    if not rows:
        return set()
    spec = registry.spec(table)
    t = _raw(spec)
    values = _db_values(t, rows)
    ids = [v["id"] for v in values]
    conn = s.connection()
    # one statement whatever the chunk size (an IN list of thousands would be compiled every time)
    existing = {
        r[0]
        for r in conn.exec_driver_sql(
            f'SELECT id FROM "{t.name}" WHERE id IN (SELECT value FROM json_each(?))', (json.dumps(ids),)
        )
    }
    kept = {} if force else outbox.pending_columns(s, table, existing)
    new = [v for v in values if v["id"] not in existing]
    whole: list[dict] = []
    for v in values:
        if v["id"] not in existing:
            continue
        keep = kept.get(v["id"])
        if keep:
            v = {k: x for k, x in v.items() if k not in keep}
            conn.execute(
                update(t).where(t.c.id == v["id"]).values(**{k: x for k, x in v.items() if k != "id"})
            )
        else:
            whole.append(v)
    if whole:
        cols = [c for c in whole[0] if c != "id"]
        stmt = update(t).where(t.c.id == bindparam("b_id")).values({c: bindparam(f"v_{c}") for c in cols})
        conn.execute(stmt, [{"b_id": v["id"], **{f"v_{c}": v.get(c) for c in cols}} for v in whole])
    if new:
        try:
            with s.begin_nested():
                _bulk_insert(conn, t, new)
        except (IntegrityError, sqlite3.IntegrityError):
            for v in new:
                _insert_one(s, spec, v)
    return set(ids)


_TRIGGER_BODY = re.compile(
    r"^CREATE TRIGGER\s+(\w+)\s+AFTER INSERT ON\s+(\w+)\s+BEGIN\s+INSERT INTO\s+(\w+)\s*\(([^)]*)\)\s*"
    r"VALUES\s*\((.*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)
BULK = 100  # from this many new rows on, index triggers are replayed once per chunk


def _bulk_insert(conn, t: Table, rows: list[dict]) -> None:
    """Insert many rows; a table's AFTER INSERT index triggers (the tickets' full-text indexes) run once,
    set-based, instead of once per row: four times faster for a first sync. The triggers are dropped
    and re-created inside this transaction, so no other writer ever sees the table without them."""
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (t.name,)
    ).all()
    on_insert = [(name, sql) for name, sql in triggers if re.search(r"AFTER\s+INSERT", sql, re.IGNORECASE)]
    parsed = [_TRIGGER_BODY.match(sql) for _name, sql in on_insert]
    if len(rows) < BULK or not on_insert or not all(parsed):
        _executemany_insert(conn, t, rows)
        return
    before = conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{t.name}"').scalar()
    for name, _sql in on_insert:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    _executemany_insert(conn, t, rows)
    for m in parsed:
        _name, table, target, cols, values = m.groups()  # type: ignore[union-attr]
        conn.exec_driver_sql(
            f"INSERT INTO {target}({cols}) SELECT {values} FROM {table} AS new WHERE new.rowid > ?", (before,)
        )
    for _name, sql in on_insert:
        conn.exec_driver_sql(sql)


def _insert_one(s: Session, spec: registry.TableSpec, v: dict) -> None:
    t = _raw(spec)
    try:
        with s.begin_nested():
            s.connection().execute(insert(t).values(**v))
        return
    except (IntegrityError, sqlite3.IntegrityError):
        pass
    if _replace_local_duplicate(s, spec, v):
        try:
            with s.begin_nested():
                s.connection().execute(insert(t).values(**v))
            return
        except (IntegrityError, sqlite3.IntegrityError):
            pass
    log.warning("pulled %s row %s does not fit the local replica; left out", spec.name, v["id"])


def _replace_local_duplicate(s: Session, spec: registry.TableSpec, v: dict) -> bool:
    """A local row the server never saw with the same natural key (a room code, a calendar day, a seeded
    profile) gives way to the server's row: references to it are re-pointed, its own insert dropped."""
    t = _raw(spec)
    keys = [list(c.columns.keys()) for c in spec.table.constraints if isinstance(c, UniqueConstraint)]
    keys += [[c.name] for c in spec.table.columns if c.unique]
    keys += [list(i.columns.keys()) for i in spec.table.indexes if i.unique]
    conds = [and_(*(t.c[k] == v[k] for k in cols)) for cols in keys if cols and all(k in v for k in cols)]
    if not conds:
        return False
    old = s.execute(select(t.c.id, t.c.server_seq).where(or_(*conds), t.c.id != v["id"])).all()
    if not old or any(r.server_seq is not None for r in old):
        return False
    for r in old:
        _repoint(s, spec, r.id, v["id"])
        s.execute(delete(t).where(t.c.id == r.id))
    return True


def _repoint(s: Session, spec: registry.TableSpec, old: str, new: str) -> None:
    ob = SyncOutbox.__table__
    # its pending operations would only be refused now; set-aside ones stay for a person to see
    s.execute(
        delete(ob).where(ob.c.table_name == spec.name, ob.c.row_id == old, ob.c.state == outbox.PENDING)
    )
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is spec.table and fk.column.name == "id":
                col = fk.parent
                s.execute(update(table).where(col == old).values({col.name: new}))
    # pending operations of rows that refer to the old key carry it in their JSON
    like = f'%"{old}"%'
    for n, data, base in s.execute(
        select(ob.c.n, ob.c.data, ob.c.base).where(ob.c.data.like(like), ob.c.row_id != old)
    ).all():
        s.execute(
            update(ob)
            .where(ob.c.n == n)
            .values(
                data=data.replace(f'"{old}"', f'"{new}"'), base=base and base.replace(f'"{old}"', f'"{new}"')
            )
        )


def remove_rows(s: Session, table: str, ids: Iterable[str]) -> set[str]:
    """Remove local rows the server refused to insert (a rejected event). Rows others still need stay."""
    t = registry.spec(table).table
    gone: set[str] = set()
    for row_id in ids:
        try:
            with s.begin_nested():
                s.connection().execute(delete(t).where(t.c.id == row_id, t.c.server_seq.is_(None)))
            gone.add(row_id)
        except (IntegrityError, sqlite3.IntegrityError):
            log.info("rejected %s row %s is still referenced locally; kept", table, row_id)
    return gone


# ---- tickets: status and clocks from the events ------------------------------------------------------
def rederive_tickets(s: Session, ticket_ids: Iterable[str]) -> set[str]:
    """Re-derive the cached columns of these tickets from their events; returns the ids that changed.

    The replay is tolerant: an event the lifecycle refuses where it now sorts is skipped for the cache
    (the server rejects such an event when it is pushed, and it is then removed). The time the clocks are
    computed at is the latest write of the ticket, so every console derives the same values; when they
    differ from the row's (the server's), the correction is queued as an update of the derived columns.
    """
    from opsdesk.services.tickets import _events, _refresh

    derived = sorted(registry.spec("tickets").replication.derived)
    changed: set[str] = set()
    for tid in ticket_ids:
        t = s.get(Ticket, tid)
        if t is None:
            continue
        events = _tolerant(_events(s, tid))
        if not events or events[0].kind is not EventKind.CREATED:
            continue
        before = {c: getattr(t, c) for c in derived}
        now = max([t.updated_at, *(e.recorded_at or e.at for e in events)])
        try:
            _refresh(s, t, now, events)
        except Exception:  # a profile or priority this console does not know: keep the server's values
            log.warning("ticket %s: could not re-derive its status and clocks", tid, exc_info=True)
            for c, x in before.items():
                setattr(t, c, x)
            continue
        after = {c: getattr(t, c) for c in derived}
        diff = {c: x for c, x in after.items() if x != before[c]}
        if diff:
            s.flush()
            if s.info.get("applying_remote"):  # else the capture listener has queued it already
                outbox.record_update(s, "tickets", tid, diff, {c: before[c] for c in diff})
            changed.add(tid)
    s.flush()
    return changed


def rederive_in_batches(db: Database, ticket_ids: Iterable[str], batch: int = 50) -> None:
    """rederive_tickets in short local transactions (the desk's own writes wait for each)."""
    ids = sorted(ticket_ids)
    for lo in range(0, len(ids), batch):
        with applying(db) as s:
            rederive_tickets(s, ids[lo : lo + batch])


def _tolerant(events: list) -> list:
    state = LifecycleState()
    out = []
    for e in events:
        try:
            state = step(state, e.kind, e.payload)
        except InvalidTransition:
            continue
        out.append(e)
    return out


def tickets_of_events(s: Session, event_ids: Iterable[str]) -> set[str]:
    from opsdesk.storage.models import TicketEventRow

    ids = list(event_ids)
    out: set[str] = set()
    for lo in range(0, len(ids), 500):
        out.update(
            s.scalars(select(TicketEventRow.ticket_id).where(TicketEventRow.id.in_(ids[lo : lo + 500])))
        )
    return out


# ---- reading the server --------------------------------------------------------------------------
def _direct(fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


def _read_chunks(conn, spec: registry.TableSpec, after: int, upto: int, chunk: int, call: Call = _direct):
    """Rows of one table with after < server_seq <= upto, in seq order, `chunk` at a time."""
    from opsdesk.sync import server_read

    last = after
    while True:
        rows = call(server_read.read_changes, conn, spec.name, last, upto, chunk)
        if not rows:
            return
        yield rows
        last = max(int(r["server_seq"]) for r in rows)
        if len(rows) < chunk:
            return


@contextlib.contextmanager
def _no_full_collections(active: bool):
    """During a first sync, no pass of the cyclic garbage collector: hundreds of thousands of short-lived
    rows (freed by reference counting anyway) would trigger full passes that stall every thread, the
    desk's GUI thread included, for a tenth of a second each. Collection resumes at the end."""
    if not active or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def changed_tables(conn, after: int, upto: int) -> set[str]:
    """The replicated tables with a change in (after, upto], in one round trip (not one per table)."""
    from psycopg import sql

    present = {
        r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    }
    parts = [
        sql.SQL(
            "SELECT {} WHERE EXISTS (SELECT 1 FROM {} WHERE server_seq > %(a)s AND server_seq <= %(u)s)"
        ).format(sql.Literal(spec.name), sql.Identifier(spec.name))
        for spec in registry.tables()
        if spec.name in present
    ]
    if not parts:
        return set()
    return {r[0] for r in conn.execute(sql.SQL(" UNION ALL ").join(parts), {"a": after, "u": upto})}


def _all_chunks(conn, after: int, upto: int, size: int, call: Call):
    """(spec, rows) in FK order, up to `size` rows each, read in round trips of at most READ_CHUNK rows
    (a big local transaction must not make one server read outlast the watchdog on a slow link)."""
    touched = call(changed_tables, conn, after, upto)
    for spec in registry.tables():
        if spec.name in touched:
            batch: list[dict] = []
            for rows in _read_chunks(conn, spec, after, upto, min(size, READ_CHUNK), call):
                batch.extend(rows)
                if len(batch) >= size:
                    yield spec, batch
                    batch = []
            if batch:
                yield spec, batch


def pull(
    db: Database,
    conn,
    *,
    chunk: int = CHUNK,
    on_progress: Progress | None = None,
    first: bool | None = None,
    call: Call = _direct,
) -> Changes:
    """Bring every server change since `last_seq` into the replica; returns {table: changed ids}.

    One REPEATABLE READ snapshot on the server (consistent: a row's parents are in it); one local
    transaction per chunk so the desk's own writes interleave; `last_seq` moves once every chunk is in
    (after a crash the same rows come again: applying them twice changes nothing).
    """
    with db.session(read_only=True) as s:
        last = int(outbox.get_state(s, outbox.LAST_SEQ, "0") or 0)
        joined = outbox.get_state(s, outbox.JOINED) == "1"
    first = (not joined) if first is None else first
    from opsdesk.sync import server_read

    changes: Changes = {}
    snap = server_read.consistent_snapshot(conn)
    hw = call(snap.__enter__)
    exc_info: tuple = (None, None, None)
    try:
        if hw <= last and joined:
            return changes
        total = call(server_read.count_changes, conn, last, hw) if on_progress else 0
        done = 0
        if on_progress:
            on_progress(0, total)
        # the desk's writes wait while a chunk is applied: after the first sync, chunks stay small
        size = chunk if first else min(chunk, INCREMENTAL_CHUNK)
        # the next chunk is read from the server while this one is applied locally
        with (
            _no_full_collections(first),
            ThreadPoolExecutor(1, thread_name_prefix="opsdesk-sync-read") as reader,
        ):
            chunks = _all_chunks(conn, last, hw, size, call)
            ahead = reader.submit(next, chunks, None)
            t0 = time.perf_counter()
            waited = 0.0
            while (item := _result(ahead)) is not None:
                waited += item[2]
                ahead = reader.submit(next, chunks, None)
                spec, rows = item[0], item[1]
                with applying(db) as s:
                    ids = apply_rows(s, spec.name, rows)  # a module global: a fault test may wrap it
                    changes.setdefault(spec.name, set()).update(ids)
                    tids = tickets_of_events(s, ids) if spec.name == "ticket_events" and not first else set()
                if tids:
                    changes.setdefault("tickets", set()).update(tids)
                    rederive_in_batches(db, tids)
                done += len(rows)
                if on_progress:
                    on_progress(done, total)
                # hand the interpreter to the desk's GUI thread between chunks (this thread would
                # otherwise take it straight back after each SQLite call)
                time.sleep(0)
            if first:
                log.info(
                    "first sync: %d rows in %.1f s (%.1f s waiting for the server)",
                    done,
                    time.perf_counter() - t0,
                    waited,
                )
    except BaseException as exc:
        exc_info = (type(exc), exc, exc.__traceback__)
        raise
    finally:
        call(snap.__exit__, *exc_info)
    if "tickets" in changes and not first:
        # a pulled ticket row whose own pending events are not on the server yet: derive from all
        with applying(db) as s:
            pending = _tickets_with_pending_events(s)
        rederive_in_batches(db, changes["tickets"] & pending)
    with applying(db) as s:
        outbox.set_state(s, outbox.LAST_SEQ, str(max(hw, last)))
        if first:
            outbox.set_state(s, outbox.JOINED, "1")
    return changes


def _result(ahead) -> tuple | None:
    """The chunk read ahead, with how long this thread waited for it."""
    t0 = time.perf_counter()
    item = ahead.result()
    return None if item is None else (*item, time.perf_counter() - t0)


def _tickets_with_pending_events(s: Session) -> set[str]:
    ob = SyncOutbox.__table__
    out = set()
    for (data,) in s.execute(
        select(ob.c.data).where(ob.c.table_name == "ticket_events", ob.c.state == outbox.PENDING)
    ):
        tid = json.loads(data).get("ticket_id")
        if tid:
            out.add(tid)
    return out


def fetch_rows(conn, ops: Sequence) -> dict[str, list[dict]]:
    """The server's current rows touched by these operations (missing ones are absent)."""
    from opsdesk.sync import server_read

    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op.table, set()).add(op.row_id)
    with conn.transaction():
        return {table: server_read.read_rows(conn, table, sorted(ids)) for table, ids in by_table.items()}


def restore_local(s: Session, ops: Sequence, fetched: dict[str, list[dict]]) -> Changes:
    """After rejected or conflicting operations: their rows take the server's values again (a conflict
    may leave the server's row untouched, so no pull would bring it); rows the server never took (a
    refused insert) are removed, and the tickets concerned re-derived.

    Runs in the transaction that records the outcomes (opsdesk.sync.outbox.record_outcomes): the
    operations have left the queue, so their columns are not kept; later pending changes of the same
    rows are (they are on their way)."""
    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op.table, set()).add(op.row_id)
    changes: Changes = {}
    tickets: set[str] = set()
    for spec in reversed(registry.tables()):  # children first
        ids = by_table.get(spec.name)
        if not ids:
            continue
        if spec.name == "ticket_events":
            tickets |= tickets_of_events(s, ids)
        if spec.replication.append_only:
            # a refused event never happened: it leaves the replica (its operation stays set aside, with
            # its data). Any other refused row stays until a person retries or discards its operation.
            present = {r["id"] for r in fetched.get(spec.name, [])}
            changes.setdefault(spec.name, set()).update(remove_rows(s, spec.name, ids - present))
    for spec in registry.tables():
        rows = fetched.get(spec.name, [])
        if rows:
            changes.setdefault(spec.name, set()).update(apply_rows(s, spec.name, rows))
    if tickets:
        changes.setdefault("tickets", set()).update(tickets)
        rederive_tickets(s, tickets)
    return changes
