"""ORM models of the meeting tables (imported by opsdesk.storage.models so that Base.metadata is complete).

Results and roll-call marks are insert-only event rows (a later row supersedes an earlier one); the
rest is ordinary replicated state. A template version's items are immutable, so they live as JSON on
the version's row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.storage.models import Base, Replicated
from opsdesk.storage.types import UtcMillis
from opsdesk.sync.registry import Replication


class VenueRow(Replicated, Base):
    __tablename__ = "venues"

    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class MeetingRow(Replicated, Base):
    __tablename__ = "meetings"

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), nullable=True)
    place: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)


class MeetingVenueRow(Replicated, Base):
    """A venue taking part in a meeting; removing it sets `deleted` (re-adding revives the row)."""

    __tablename__ = "meeting_venues"
    __table_args__ = (Index("ix_meeting_venues_meeting_venue", "meeting_id", "venue_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    venue_id: Mapped[str] = mapped_column(ForeignKey("venues.id"), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class ChecklistTemplateRow(Replicated, Base):
    """One version of a template; versions of one template share `family_id`. A version never changes
    (an edit is a new row), so the table is insert-only."""

    __tablename__ = "checklist_templates"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_checklist_templates_family_version", "family_id", "version"),)

    family_id: Mapped[str] = mapped_column(String(36), nullable=False)
    code: Mapped[str] = mapped_column(String(40), default="", nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    items: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list of TemplateItem
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    due_before_min: Mapped[int] = mapped_column(Integer, default=120, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)


class ChecklistRunRow(Replicated, Base):
    __tablename__ = "checklist_runs"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"), nullable=False)
    started_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    started_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True, index=True)
    finished_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)


class ChecklistResultRow(Replicated, Base):
    """Append-only: one recorded result, with the ticket its fault filed (filed first, same transaction)."""

    __tablename__ = "checklist_results"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_checklist_results_run_at", "run_id", "at"),)

    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_runs.id"), nullable=False)
    item_key: Mapped[str] = mapped_column(String(40), nullable=False)
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("venues.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    value: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    number: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    console_code: Mapped[str] = mapped_column(String(10), default="", nullable=False)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"), nullable=True, index=True)


class RollCallRow(Replicated, Base):
    __tablename__ = "rollcalls"

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), nullable=True, index=True)
    venue_ids: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list, in grid order
    requested_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, index=True)
    requested_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    limit_seconds: Mapped[int] = mapped_column(Integer, default=180, nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)


class RollCallMarkRow(Replicated, Base):
    """Append-only: one cell of the roll-call grid set to a state."""

    __tablename__ = "rollcall_marks"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_rollcall_marks_rollcall_at", "rollcall_id", "at"),)

    rollcall_id: Mapped[str] = mapped_column(ForeignKey("rollcalls.id"), nullable=False)
    venue_id: Mapped[str] = mapped_column(ForeignKey("venues.id"), nullable=False)
    signal: Mapped[str] = mapped_column(String(20), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)


class AttendeeRow(Replicated, Base):
    __tablename__ = "attendees"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    organisation: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class SeatPlanRow(Replicated, Base):
    """A meeting's seat plan: the shape and, per seat index, the attendee (JSON list of id or null)."""

    __tablename__ = "seat_plans"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    layout: Mapped[str] = mapped_column(String(10), nullable=False)
    per_row: Mapped[str] = mapped_column(String(200), nullable=False)  # JSON list of ints
    arm: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    mirror: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    assignment: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list, one per seat index
