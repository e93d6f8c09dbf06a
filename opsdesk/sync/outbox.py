"""Capture of local changes: every write of a replicated row leaves an operation in `sync_outbox`.

The operation is written by an `after_flush` listener in the same SQLite transaction as the row, so a
change and its operation are committed, or rolled back, together. Capture happens only in sessions whose
`info["outbox"]` is true (Database.session sets it once sync is enabled: a standalone desk writes no
operations) and never in sessions applying server rows (`info["applying_remote"]`).

Bookkeeping of the console's sync (`sync_state`) and the recording of push outcomes live here too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, event, func, insert, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, attributes

from opsdesk.storage.sync_models import SyncOutbox, SyncState
from opsdesk.sync import registry
from opsdesk.sync.ops import APPLIED, CONFLICT, INSERT, REJECTED, UPDATE, Op, Outcome, to_wire
from opsdesk.timeutil import new_id, utcnow

log = logging.getLogger(__name__)

PENDING = "pending"

# sync_state keys
ENABLED = "enabled"
SERVER_ID = "server_id"
LAST_SEQ = "last_seq"
JOINED = "joined"
LAST_SYNC = "last_sync"  # ISO time of the last complete push + pull
ADOPTED = "adopted"  # '1' once the rows written before sync were queued

_OUTBOX = SyncOutbox.__table__
_STATE = SyncState.__table__


# ---- sync_state ----------------------------------------------------------------------------------
def get_state(s: Session, key: str, default: str | None = None) -> str | None:
    value = s.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def set_state(s: Session, key: str, value: str) -> None:
    done = s.execute(update(_STATE).where(_STATE.c.key == key).values(value=value)).rowcount
    if not done:
        s.execute(insert(_STATE).values(key=key, value=value))


def is_enabled(s: Session) -> bool:
    return get_state(s, ENABLED) == "1"


def enable(s: Session, *, adopt_rows: bool = True) -> int:
    """Turn capture on for this replica and (by default) adopt the rows written before; returns how many
    were adopted. Idempotent.

    Adoption enqueues every local row the server has never stamped (`server_seq IS NULL`) and that has no
    operation yet, as an insert, so the standalone history joins the server. Rows the desk makes from its
    own code on every console (built-in contract profiles, the packaged holiday calendar) are left out:
    each console has them already. The engine adopts at its first connection instead, when it knows
    whether the role may write supervisor-only tables.
    """
    if not is_enabled(s):
        set_state(s, ENABLED, "1")
    if adopt_rows and get_state(s, ADOPTED) != "1":
        return adopt(s)
    return 0


def reset(s: Session) -> int:
    """Forget the server this replica joined, so it can join another: the whole replica is queued again
    as inserts (the new server gets everything), pending changes folded into them. Set-aside
    operations are dropped. Returns how many rows were queued."""
    s.execute(delete(_OUTBOX))
    s.execute(delete(_STATE).where(_STATE.c.key.in_([SERVER_ID, LAST_SEQ, JOINED, LAST_SYNC, ADOPTED])))
    for spec in registry.tables():
        s.execute(update(spec.table).where(spec.table.c.server_seq.is_not(None)).values(server_seq=None))
    set_state(s, ENABLED, "1")
    return adopt(s)


def adopt(s: Session, *, supervisor: bool = True) -> int:
    """Queue the rows written before sync (see `enable`). Without supervisor rights, rows of
    supervisor-only tables stay local: the server would only refuse them."""
    n = 0
    for spec in registry.tables():
        if spec.replication.supervisor_only and not supervisor:
            continue
        t = spec.table
        queued = select(_OUTBOX.c.row_id).where(_OUTBOX.c.table_name == spec.name)
        q = select(t).where(t.c.server_seq.is_(None), t.c.id.not_in(queued)).order_by(t.c.id)
        seeded = _seeded_condition(spec)
        if seeded is not None:
            q = q.where(~seeded)
        rows = [dict(r._mapping) for r in s.execute(q)]
        record_rows(s, spec.name, rows)
        n += len(rows)
    set_state(s, ADOPTED, "1")
    return n


def _seeded_condition(spec: registry.TableSpec):
    """Rows every console seeds from the code (opsdesk.services.reference.seed_reference)."""
    t = spec.table
    if spec.name == "contract_profiles":
        return t.c.builtin.is_(True)
    if spec.name == "calendar_years":
        return t.c.source == "chinesecalendar"
    if spec.name == "calendar_days":
        from opsdesk.storage.models import CalendarYear

        packaged = select(func.printf("%04d", CalendarYear.year)).where(
            CalendarYear.source == "chinesecalendar"
        )
        return func.substr(t.c.day, 1, 4).in_(packaged)
    return None


# ---- capture -------------------------------------------------------------------------------------
def _op_row(table: str, row_id: str, kind: str, data: dict, base: dict | None, now: datetime) -> dict:
    return {
        "op_id": new_id(),
        "table_name": table,
        "row_id": row_id,
        "kind": kind,
        "data": json.dumps(data, ensure_ascii=False),
        "base": None if base is None else json.dumps(base, ensure_ascii=False),
        "created_at": now,
        "state": PENDING,
        "reason": "",
        "detail": "",
    }


def record_rows(s: Session, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert operations for rows written with Core (Python values, every column): the bulk paths."""
    if not rows:
        return
    spec = registry.spec(table)
    cols = spec.columns
    now = utcnow()
    ops = [
        _op_row(table, r["id"], INSERT, to_wire(spec.table, {c: r.get(c) for c in cols}), None, now)
        for r in rows
    ]
    s.execute(insert(_OUTBOX), ops)


def record_update(s: Session, table: str, row_id: str, data: dict[str, Any], base: dict[str, Any]) -> None:
    """An update operation for a change made outside the ORM's capture (Python values)."""
    spec = registry.spec(table)
    s.execute(
        insert(_OUTBOX),
        [_op_row(table, row_id, UPDATE, to_wire(spec.table, data), to_wire(spec.table, base), utcnow())],
    )


_COLS: dict[type, list[tuple[str, str]]] = {}


def _cols(spec: registry.TableSpec) -> list[tuple[str, str]]:
    """(attribute key, column name) of the columns an operation carries."""
    cols = _COLS.get(spec.model)
    if cols is None:
        wanted = set(spec.columns)
        attrs = sa_inspect(spec.model).column_attrs
        cols = _COLS[spec.model] = [(a.key, a.columns[0].name) for a in attrs if a.columns[0].name in wanted]
    return cols


def _unknown_to_server(s: Session, spec: registry.TableSpec, obj: Any) -> bool:
    """A row the server has never seen and no operation will bring: its change must travel as an insert."""
    if obj.server_seq is not None:
        return False
    queued = s.execute(
        select(_OUTBOX.c.n).where(_OUTBOX.c.table_name == spec.name, _OUTBOX.c.row_id == obj.id).limit(1)
    ).first()
    return queued is None


def _after_flush(s: Session, _ctx) -> None:
    if s.info.get("applying_remote"):
        return
    flag = s.info.get("outbox")
    if flag is None:  # a session made before sync was enabled: ask the database, in this transaction
        flag = s.info["outbox"] = is_enabled(s)
    if not flag:
        return
    now = utcnow()
    ops: list[dict] = []
    for obj in s.new:
        spec = registry.spec_for(type(obj))
        if spec is not None:
            data = {col: getattr(obj, key) for key, col in _cols(spec)}
            ops.append(_op_row(spec.name, obj.id, INSERT, to_wire(spec.table, data), None, now))
    for obj in s.dirty:
        spec = registry.spec_for(type(obj))
        if spec is None or not s.is_modified(obj, include_collections=False):
            continue
        if _unknown_to_server(s, spec, obj):
            data = {col: getattr(obj, key) for key, col in _cols(spec)}
            ops.append(_op_row(spec.name, obj.id, INSERT, to_wire(spec.table, data), None, now))
            continue
        data, base = {}, {}
        for key, col in _cols(spec):
            hist = attributes.get_history(obj, key)
            if not hist.added and not hist.deleted:
                continue
            new = hist.added[0] if hist.added else None
            # no old value: the attribute was never set (None) on a row inserted by this session
            old = hist.deleted[0] if hist.deleted else None
            if old == new:
                continue
            base[col] = old
            data[col] = new
        if data:
            ops.append(
                _op_row(spec.name, obj.id, UPDATE, to_wire(spec.table, data), to_wire(spec.table, base), now)
            )
    for obj in s.deleted:
        # replicated rows are tombstoned, never deleted; if a service still deletes one, the server and
        # the other consoles get a tombstone rather than silently keeping the row
        spec = registry.spec_for(type(obj))
        if spec is not None:
            ops.append(_op_row(spec.name, obj.id, UPDATE, {"deleted": True}, {"deleted": False}, now))
    if ops:
        s.connection().execute(insert(_OUTBOX), ops)


event.listen(Session, "after_flush", _after_flush)


# ---- reading and recording the queue -------------------------------------------------------------
def pending_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(_OUTBOX).where(_OUTBOX.c.state == PENDING)) or 0


def rejected_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(_OUTBOX).where(_OUTBOX.c.state == REJECTED)) or 0


def next_batch(s: Session, limit: int = 500) -> list[Op]:
    rows = s.execute(
        select(
            _OUTBOX.c.op_id,
            _OUTBOX.c.table_name,
            _OUTBOX.c.row_id,
            _OUTBOX.c.kind,
            _OUTBOX.c.data,
            _OUTBOX.c.base,
        )
        .where(_OUTBOX.c.state == PENDING)
        .order_by(_OUTBOX.c.n)
        .limit(limit)
    ).all()
    return [
        Op(
            r.op_id,
            r.table_name,
            r.row_id,
            r.kind,
            json.loads(r.data),
            None if r.base is None else json.loads(r.base),
        )
        for r in rows
    ]


def pending_columns(s: Session, table: str, row_ids: Iterable[str]) -> dict[str, set[str]]:
    """Per row, the columns local pending operations change (all columns for a pending insert)."""
    out: dict[str, set[str]] = {}
    ids = list(row_ids)
    for lo in range(0, len(ids), 500):
        rows = s.execute(
            select(_OUTBOX.c.row_id, _OUTBOX.c.data).where(
                _OUTBOX.c.table_name == table,
                _OUTBOX.c.state == PENDING,
                _OUTBOX.c.row_id.in_(ids[lo : lo + 500]),
            )
        )
        for row_id, data in rows:
            out.setdefault(row_id, set()).update(json.loads(data))
    return out


def record_outcomes(s: Session, ops: Sequence[Op], outcomes: dict[str, Outcome]) -> list[Op]:
    """Record the server's answers in one local transaction; returns the rejected and conflicting
    operations (their rows are then restored from the server).

    Applied and conflicting operations leave the queue (a conflict row arrives by the next pull); rejected
    ones stay, set aside as `rejected` with the reason, so the queue moves on and a person decides.
    An operation without an answer stays pending and is sent again (the server answers it from its
    record of applied operations).
    """
    done_ids = [
        op.op_id for op in ops if op.op_id in outcomes and outcomes[op.op_id].outcome in (APPLIED, CONFLICT)
    ]
    for lo in range(0, len(done_ids), 500):
        s.execute(delete(_OUTBOX).where(_OUTBOX.c.op_id.in_(done_ids[lo : lo + 500])))
    done = set(done_ids)
    # an inserted row is now known to the server: mark it (0 until the pull brings its real seq) so that a
    # later local change travels as an update, not as a second insert the server would ignore
    inserted: dict[str, list[str]] = {}
    for op in ops:
        if op.kind == INSERT and op.op_id in done:
            inserted.setdefault(op.table, []).append(op.row_id)
    for table, ids in inserted.items():
        t = registry.spec(table).table
        for lo in range(0, len(ids), 500):
            s.execute(
                update(t).where(t.c.id.in_(ids[lo : lo + 500]), t.c.server_seq.is_(None)).values(server_seq=0)
            )
    rejected = [op for op in ops if op.op_id in outcomes and outcomes[op.op_id].outcome == REJECTED]
    conflicted = [op for op in ops if op.op_id in outcomes and outcomes[op.op_id].outcome == CONFLICT]
    for op in rejected:
        o = outcomes[op.op_id]
        s.execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.op_id == op.op_id)
            .values(
                state=REJECTED,
                reason=o.reason or "invalid",
                detail=json.dumps(o.detail, ensure_ascii=False, default=str),
            )
        )
    return rejected + conflicted
