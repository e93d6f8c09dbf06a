"""Wire rows and ops for the server tests: every column filled (defaults, or a plausible value)."""

from __future__ import annotations

import base64
import itertools
from typing import Any

from sqlalchemy import BigInteger, Boolean, Integer, LargeBinary

from opsdesk.storage.types import UtcMillis
from opsdesk.sync.ops import INSERT, UPDATE, Op
from opsdesk.sync.registry import spec
from opsdesk.timeutil import new_id

NOW = 1_795_000_000_000  # 2026-11-18, ms
_n = itertools.count(1)


def row(table: str, **values: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": new_id()}
    for c in spec(table).table.columns:
        if c.name in ("server_seq", "id"):
            continue
        if c.default is not None and c.default.is_scalar:
            out[c.name] = c.default.arg
        elif c.nullable:
            out[c.name] = None
        elif isinstance(c.type, UtcMillis):
            out[c.name] = NOW
        elif isinstance(c.type, Boolean):
            out[c.name] = False
        elif isinstance(c.type, Integer | BigInteger):
            out[c.name] = 0
        elif isinstance(c.type, LargeBinary):
            out[c.name] = base64.b64encode(b"").decode()
        else:
            out[c.name] = f"{c.name}-{next(_n)}"
    out.update(values)
    return out


def ins(table: str, data: dict[str, Any]) -> Op:
    return Op(new_id(), table, data["id"], INSERT, data)


def upd(table: str, row_id: str, data: dict[str, Any], base: dict[str, Any]) -> Op:
    return Op(new_id(), table, row_id, UPDATE, data, base)


def ticket(**values: Any) -> dict[str, Any]:
    return row("tickets", status="new", priority="P2", category="hardware", profile_code="std", **values)


def event(ticket_id: str, kind: str, at: int, **values: Any) -> dict[str, Any]:
    return row(
        "ticket_events",
        **{"ticket_id": ticket_id, "kind": kind, "at": at, "recorded_at": at, "payload": "{}", **values},
    )
