"""The wire format of one replicated change (an operation) and of the server's answer to it.

Values in `data` and `base` are wire values, JSON-safe: UtcMillis times as int milliseconds, booleans as
bool, bytes as a base64 string, everything else as the column's Python value (str, int, None).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, Table

from opsdesk.storage.types import UtcMillis, from_millis, to_millis

INSERT = "insert"
UPDATE = "update"
KINDS = (INSERT, UPDATE)

APPLIED = "applied"
CONFLICT = "conflict"
REJECTED = "rejected"
OUTCOMES = (APPLIED, CONFLICT, REJECTED)

# reason codes of a rejected operation (Outcome.reason)
REASONS = ("lifecycle", "duplicate", "deleted_ticket", "permission", "invalid")


@dataclass(frozen=True)
class Op:
    """One change of one row: an insert with all columns, or an update with the changed ones.

    `base` (updates only) holds the values the console saw before its change, for conflict detection.
    """

    op_id: str
    table: str
    row_id: str
    kind: str  # insert | update
    data: dict[str, Any]
    base: dict[str, Any] | None = None


@dataclass(frozen=True)
class Outcome:
    outcome: str  # applied | conflict | rejected
    reason: str = ""  # for rejected: one of REASONS
    detail: dict[str, Any] = field(default_factory=dict)


def _wire(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UtcMillis):
        return to_millis(value) if isinstance(value, datetime) else int(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _python(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UtcMillis):
        return value if isinstance(value, datetime) else from_millis(int(value))
    if isinstance(column_type, LargeBinary):
        return value if isinstance(value, bytes | bytearray | memoryview) else base64.b64decode(value)
    return value


def to_wire(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Python values of `table`'s columns (datetime, bytes …) → wire values."""
    cols = table.c
    return {k: _wire(cols[k].type, v) for k, v in values.items()}


def from_wire(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """Wire values → Python values for SQLAlchemy statements on `table` (datetime, bytes …).

    Unknown columns (a newer console's) are dropped so an older replica never fails on them.
    """
    cols = table.c
    return {k: _python(cols[k].type, v) for k, v in data.items() if k in cols}


def db_value(column_type: Any, value: Any) -> Any:
    """A wire value → what is stored in the database column (for raw SQL: ms stay int, base64 → bytes)."""
    if value is not None and isinstance(column_type, LargeBinary) and isinstance(value, str):
        return base64.b64decode(value)
    return value
