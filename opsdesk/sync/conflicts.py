"""The local service behind the conflicts view: open conflicts, operations the server set aside, and what
a person decides about them.

A conflict row (`sync_conflicts`) is made by the server when two consoles changed the same field; the
server kept its value and recorded the losing one. Resolving it updates the target row (when the chosen
value is not the one the server already has) and the conflict row, through the ORM, so both replicate.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, String, Text, delete, func, insert, select
from sqlalchemy.orm import Session

from opsdesk.domain.people import Actor
from opsdesk.errors import NotFound, ValidationError
from opsdesk.storage.sync_models import SyncConflict, SyncOutbox
from opsdesk.sync import outbox, registry
from opsdesk.sync.ops import REJECTED, from_wire
from opsdesk.timeutil import new_id, utcnow

CHOICES = ("local", "remote", "merged")


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: str
    table: str
    row_id: str
    column: str
    base_value: str | None
    local_value: str | None  # the value of the console whose push lost (origin_console)
    remote_value: str | None  # the value the server kept
    kind: str  # edit | delete
    origin_console: str
    created_at: datetime
    record: str  # a label of the row: "A1-20261123-007 机房空调告警"; "" when unknown


@dataclass(frozen=True, slots=True)
class RejectedOp:
    op_id: str
    table: str
    row_id: str
    kind: str  # insert | update
    reason: str  # lifecycle | duplicate | deleted_ticket | permission | invalid | …
    detail: str
    created_at: datetime
    record: str


@dataclass(frozen=True, slots=True)
class SyncSummary:
    pending: int
    rejected: int
    conflicts: int
    last_sync: datetime | None


# ---- reading -------------------------------------------------------------------------------------
def _display(table: str, column: str, raw: str | None) -> str | None:
    """A stored conflict value (JSON of a wire value) as text for a person."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    if value is None:
        return None
    with contextlib.suppress(KeyError, ValueError, TypeError):
        value = from_wire(registry.spec(table).table, {column: value}).get(column, value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def record_label(s: Session, table: str, row_id: str) -> str:
    """What a person recognizes the row by; "" when it is not in the replica."""
    from opsdesk.storage.models import Ticket, TicketEventRow

    try:
        spec = registry.spec(table)
    except KeyError:
        return ""
    if table == "ticket_events":
        ev = s.get(TicketEventRow, row_id)
        if ev is None:
            return ""
        t = s.get(Ticket, ev.ticket_id)
        return f"{t.code} {ev.kind}" if t else ev.kind
    row = s.get(spec.model, row_id)
    if row is None:
        return ""
    if table == "tickets":
        return f"{row.code} {row.title}"
    if hasattr(row, "ticket_id"):
        t = s.get(Ticket, row.ticket_id)
        name = getattr(row, "filename", "") or table
        return f"{t.code} {name}" if t else name
    parts = [str(getattr(row, a)) for a in ("code", "name", "name_zh", "day", "year") if getattr(row, a, "")]
    return " ".join(dict.fromkeys(parts))


def list_conflicts(s: Session) -> list[ConflictInfo]:
    """Unresolved conflicts, oldest first."""
    rows = s.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted.is_(False))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    return [
        ConflictInfo(
            c.id,
            c.table_name,
            c.row_id,
            c.column_name,
            _display(c.table_name, c.column_name, c.base_value),
            _display(c.table_name, c.column_name, c.local_value),
            _display(c.table_name, c.column_name, c.remote_value),
            c.kind,
            c.origin_console,
            c.created_at,
            record_label(s, c.table_name, c.row_id),
        )
        for c in rows
    ]


def list_rejected(s: Session) -> list[RejectedOp]:
    ob = SyncOutbox.__table__
    rows = s.execute(select(ob).where(ob.c.state == REJECTED).order_by(ob.c.n)).all()
    return [
        RejectedOp(
            r.op_id,
            r.table_name,
            r.row_id,
            r.kind,
            r.reason,
            _detail_text(r.detail),
            r.created_at,
            record_label(s, r.table_name, r.row_id) or _label_from_data(r.table_name, r.data),
        )
        for r in rows
    ]


def _detail_text(detail: str) -> str:
    try:
        d = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if isinstance(d, dict):
        return "; ".join(f"{k}: {v}" for k, v in d.items())
    return str(d)


def _label_from_data(table: str, data: str) -> str:
    """A rejected insert's row is gone from the replica: label it from the operation itself."""
    try:
        d = json.loads(data)
    except ValueError:
        return ""
    return " ".join(str(d[k]) for k in ("code", "title", "name", "kind", "filename", "day") if d.get(k))


def sync_summary(s: Session) -> SyncSummary:
    conflicts = (
        s.scalar(
            select(func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted.is_(False))
        )
        or 0
    )
    last = outbox.get_state(s, outbox.LAST_SYNC)
    return SyncSummary(
        outbox.pending_count(s),
        outbox.rejected_count(s),
        conflicts,
        datetime.fromisoformat(last) if last else None,
    )


# ---- deciding ------------------------------------------------------------------------------------
def _value(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def resolve(
    s: Session,
    conflict_id: str,
    choice: str,
    actor: Actor,
    merged_value: str | None = None,
    *,
    now: datetime | None = None,
) -> None:
    """Settle a conflict: keep the server's value (`remote`), the losing console's (`local`) or a text a
    person merged (`merged`, text columns only). An edit that lost to a delete (kind `delete`): `local`
    restores the row with the edit, `remote` leaves it deleted."""
    now = now or utcnow()
    c = s.get(SyncConflict, conflict_id)
    if c is None or c.deleted:
        raise NotFound("conflict", conflict_id)
    if c.resolved_at is not None:
        raise ValidationError({"conflict": ("already_resolved", {"resolution": c.resolution})})
    if choice not in CHOICES:
        raise ValidationError({"choice": ("not_allowed", {"value": choice, "allowed": CHOICES})})
    try:
        spec = registry.spec(c.table_name)
    except KeyError:
        raise NotFound("table", c.table_name) from None
    column = spec.table.c.get(c.column_name)
    if column is None and c.kind != "delete":
        raise NotFound("column", c.column_name)
    target = s.get(spec.model, c.row_id)
    if target is None:
        raise NotFound(c.table_name, c.row_id)
    merged_json: str | None = None
    if choice == "merged":
        if (
            column is None
            or not isinstance(column.type, String | Text)
            or isinstance(column.type, LargeBinary)
        ):
            raise ValidationError({"merged_value": ("not_text", {"column": c.column_name})})
        if merged_value is None:
            raise ValidationError({"merged_value": ("required", {})})
        limit = getattr(column.type, "length", None)
        if limit and len(merged_value) > limit:
            raise ValidationError({"merged_value": ("too_long", {"max": limit})})
        merged_json = json.dumps(merged_value, ensure_ascii=False)
    if choice != "remote":
        if c.kind == "delete":
            target.deleted = False
        if column is not None and c.column_name != "deleted":
            wire = merged_value if choice == "merged" else _value(c.local_value)
            value = from_wire(spec.table, {c.column_name: wire})[c.column_name]
            attr = _attr_key(spec, c.column_name)
            setattr(target, attr, value)
        elif c.column_name == "deleted":
            target.deleted = bool(_value(c.local_value))
        target.updated_at, target.updated_by = now, actor.operator_id
    c.resolved_at, c.resolved_by, c.resolution, c.merged_value = now, actor.operator_id, choice, merged_json
    c.updated_at, c.updated_by = now, actor.operator_id
    s.flush()


def _attr_key(spec: registry.TableSpec, column: str) -> str:
    from sqlalchemy import inspect

    for a in inspect(spec.model).column_attrs:
        if a.columns[0].name == column:
            return a.key
    return column


def _rejected(s: Session, op_id: str):
    ob = SyncOutbox.__table__
    row = s.execute(select(ob).where(ob.c.op_id == op_id, ob.c.state == REJECTED)).first()
    if row is None:
        raise NotFound("operation", op_id)
    return row


def retry_rejected(s: Session, op_id: str) -> str:
    """Send a set-aside operation again, at the end of the queue; returns its new op id.

    A new id: the server remembers its answer to the old one and would only repeat it.
    """
    ob = SyncOutbox.__table__
    r = _rejected(s, op_id)
    s.execute(delete(ob).where(ob.c.op_id == op_id))
    new = new_id()
    s.execute(
        insert(ob).values(
            op_id=new,
            table_name=r.table_name,
            row_id=r.row_id,
            kind=r.kind,
            data=r.data,
            base=r.base,
            created_at=r.created_at,
            state=outbox.PENDING,
            reason="",
            detail="",
        )
    )
    return new


def discard_rejected(s: Session, op_id: str) -> None:
    """Give a set-aside operation up. The replica already shows the server's version of an updated row;
    a row the server never took (a refused insert) leaves the replica now, unless other rows still
    refer to it."""
    from opsdesk.sync import pull

    ob = SyncOutbox.__table__
    r = _rejected(s, op_id)
    s.execute(delete(ob).where(ob.c.op_id == op_id))
    if r.kind != "insert":
        return
    queued = s.execute(
        select(ob.c.n).where(ob.c.table_name == r.table_name, ob.c.row_id == r.row_id).limit(1)
    ).first()
    if queued is not None:  # another operation of the row is still on its way or set aside
        return
    tickets = pull.tickets_of_events(s, [r.row_id]) if r.table_name == "ticket_events" else set()
    pull.remove_rows(s, r.table_name, [r.row_id])
    if tickets:
        pull.rederive_tickets(s, tickets)
