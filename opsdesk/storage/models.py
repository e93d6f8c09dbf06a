"""ORM models (SQLAlchemy 2). One schema for the local SQLite replica and the shared PostgreSQL.

Every replicated row carries a client-made UUID key, `server_seq` (stamped by the server, issue 3),
a `deleted` tombstone and who/when last changed it (DESIGN.md §4).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from opsdesk.storage.types import UtcMillis
from opsdesk.sync.registry import Replication

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Columns every replicated table has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Operator(Replicated, Base):
    __tablename__ = "operators"

    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    post: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    phone: Mapped[str] = mapped_column(String(30), default="", nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    secret_kind: Mapped[str] = mapped_column(String(10), nullable=False)  # password | pin
    secret_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)


class Room(Replicated, Base):
    __tablename__ = "rooms"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(50), nullable=False)
    name_en: Mapped[str] = mapped_column(String(80), default="", nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class Equipment(Replicated, Base):
    __tablename__ = "equipment"

    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    model: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    serial: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    category: Mapped[str] = mapped_column(String(30), default="", nullable=False)


class ContractProfileRow(Replicated, Base):
    __tablename__ = "contract_profiles"
    __replication__ = Replication(supervisor_only=True)

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    data: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, opsdesk.rules.profiles format
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class CalendarDay(Replicated, Base):
    """A date that breaks the Monday–Friday rule: a holiday on a weekday or a make-up workday (调休)."""

    __tablename__ = "calendar_days"
    __replication__ = Replication(supervisor_only=True)

    day: Mapped[str] = mapped_column(String(10), nullable=False, unique=True)  # YYYY-MM-DD
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # holiday | workday
    name: Mapped[str] = mapped_column(String(50), default="", nullable=False)


class CalendarYear(Replicated, Base):
    """A year whose holiday arrangement is known; years not listed fall back to Monday–Friday."""

    __tablename__ = "calendar_years"
    __replication__ = Replication(supervisor_only=True)

    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    source: Mapped[str] = mapped_column(String(100), default="", nullable=False)


# Every ticket column the events decide (opsdesk.services.tickets._refresh): status, clocks, and the
# priority, assignee and fault record as the history leaves them.
TICKET_DERIVED = frozenset(
    {"status", "paused", "resolved_at", "closed_at", "priority", "assignee_id", "part_model", "part_serial"}
    | {f"{c}_{k}" for c in ("respond", "arrive", "resolve") for k in ("due", "warn", "done")}
    | {"report_due", "report_done"}
    | {f"fault_{k}" for k in ("level", "cause", "handling", "result")}
)


class Ticket(Replicated, Base):
    __tablename__ = "tickets"
    # status and clocks are a cache of the events (opsdesk.rules.sla): every console recomputes them
    __replication__ = Replication(derived=TICKET_DERIVED)

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    reporter_name: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    reporter_phone: Mapped[str] = mapped_column(String(30), default="", nullable=False)
    reporter_unit: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), nullable=True, index=True)
    equipment: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    category: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    priority: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    profile_code: Mapped[str] = mapped_column(String(30), nullable=False)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, index=True)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    # the fault record (001_…): level, cause, handling, result, replaced part
    fault_level: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    fault_cause: Mapped[str] = mapped_column(Text, default="", nullable=False)
    fault_handling: Mapped[str] = mapped_column(Text, default="", nullable=False)
    fault_result: Mapped[str] = mapped_column(Text, default="", nullable=False)
    part_model: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    part_serial: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    # derived from the events by opsdesk.rules.sla, cached so that lists need no replay
    respond_due: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    respond_warn: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    respond_done: Mapped[str | None] = mapped_column(String(10), nullable=True)
    arrive_due: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    arrive_warn: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    arrive_done: Mapped[str | None] = mapped_column(String(10), nullable=True)
    resolve_due: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    resolve_warn: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    resolve_done: Mapped[str | None] = mapped_column(String(10), nullable=True)
    report_due: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    report_done: Mapped[str | None] = mapped_column(String(10), nullable=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)


class TicketEventRow(Replicated, Base):
    """Append-only: a ticket's history. Never updated, never deleted."""

    __tablename__ = "ticket_events"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_ticket_events_ticket_at", "ticket_id", "at"),)

    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    console_code: Mapped[str] = mapped_column(String(10), default="", nullable=False)
    payload: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON


class AttachmentRow(Replicated, Base):
    __tablename__ = "attachments"

    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream", nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    added_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    added_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)


class FaultReportRow(Replicated, Base):
    """The editable fault handling and analysis report of a ticket (JSON of FaultReportContent)."""

    __tablename__ = "fault_reports"

    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"), nullable=False, unique=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    exported_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)


class TicketCounter(Base):
    """Local only: the last ticket number this console gave out on a day (codes are made offline)."""

    __tablename__ = "ticket_counters"
    __table_args__ = (UniqueConstraint("console_code", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    console_code: Mapped[str] = mapped_column(String(10), nullable=False)
    day: Mapped[str] = mapped_column(String(8), nullable=False)  # YYYYMMDD in the console's zone
    last: Mapped[int] = mapped_column(Integer, nullable=False)


# Each capability keeps its tables in a module of its own; importing them here completes Base.metadata
# for Alembic, the sync registry and the tests.
from opsdesk.storage import meeting_models, roster_models, sync_models  # noqa: E402, F401
