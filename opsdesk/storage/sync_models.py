"""ORM models of the sync tables (imported by opsdesk.storage.models so that Base.metadata is complete).

`sync_outbox` and `sync_state` are local bookkeeping of one console (never replicated);
`sync_conflicts` is shared: the server's apply code writes it, any console resolves it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.storage.models import Base, Replicated
from opsdesk.storage.types import UtcMillis


class SyncOutbox(Base):
    """A local change waiting to be pushed (state `pending`) or refused by the server (`rejected`)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_table_row", "table_name", "row_id"),)

    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # insert | update
    data: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {column: wire value}
    base: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON {column: old wire value}
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    state: Mapped[str] = mapped_column(String(10), default="pending", nullable=False)
    reason: Mapped[str] = mapped_column(String(30), default="", nullable=False)
    detail: Mapped[str] = mapped_column(Text, default="", nullable=False)


class SyncState(Base):
    """Key/value state of this console's sync: enabled, server_id, last_seq, joined."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Replicated, Base):
    """Two values for one field (kind `edit`) or an edit of a deleted row (kind `delete`).

    Values are JSON-encoded wire values. Made by the server's apply code; a person resolves it on any
    console (resolution local | remote | merged), which updates this row and the target row.
    """

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    column_name: Mapped[str] = mapped_column(String(64), nullable=False)
    base_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    local_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    remote_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # edit | delete
    origin_console: Mapped[str] = mapped_column(String(10), default="", nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(10), nullable=True)  # local | remote | merged
    merged_value: Mapped[str | None] = mapped_column(Text, nullable=True)
