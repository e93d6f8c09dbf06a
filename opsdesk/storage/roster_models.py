"""ORM models of the roster tables (imported by opsdesk.storage.models so that Base.metadata is complete).

All are replicated. Handover entries and attendance records are insert-only event rows: they never
change once written, so two consoles cannot conflict over them. Dates are local `YYYY-MM-DD` strings
(the roster is planned in the console's zone); instants are UTC milliseconds.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.storage.models import Base, Replicated
from opsdesk.storage.types import UtcMillis
from opsdesk.sync.registry import Replication


class RosterStaff(Replicated, Base):
    __tablename__ = "roster_staff"
    __replication__ = Replication(supervisor_only=True)

    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    post: Mapped[str] = mapped_column(String(50), nullable=False)
    phone: Mapped[str] = mapped_column(String(30), default="", nullable=False)
    skills: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON list
    certificates: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON list
    active_from: Mapped[str | None] = mapped_column(String(10), nullable=True)
    active_to: Mapped[str | None] = mapped_column(String(10), nullable=True)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    on_rotation: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    replaces_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    approved_by: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    approved_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class RosterShift(Replicated, Base):
    __tablename__ = "roster_shifts"
    __replication__ = Replication(supervisor_only=True)

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(50), nullable=False)
    name_en: Mapped[str] = mapped_column(String(80), default="", nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    day_rule: Mapped[str] = mapped_column(String(20), nullable=False)
    start: Mapped[str] = mapped_column(String(5), nullable=False)  # HH:MM local
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)  # duration (24 h duty: 1440)
    needs: Mapped[str] = mapped_column(Text, nullable=False)  # JSON [{post, count, skill}]
    night: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    arrive_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    color: Mapped[str] = mapped_column(String(9), default="#5b8def", nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class RosterPeriod(Replicated, Base):
    """A reinforcement period (春运, 两会, 国庆 …): inclusive local dates."""

    __tablename__ = "roster_periods"
    __replication__ = Replication(supervisor_only=True)

    name: Mapped[str] = mapped_column(String(50), nullable=False)
    start: Mapped[str] = mapped_column(String(10), nullable=False)
    end: Mapped[str] = mapped_column(String(10), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)


class RosterSetting(Replicated, Base):
    """Roster-wide settings (the rest rules) as key → JSON value."""

    __tablename__ = "roster_settings"
    __replication__ = Replication(supervisor_only=True)

    key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class RosterAssignment(Replicated, Base):
    __tablename__ = "roster_assignments"
    __table_args__ = (
        Index("ix_roster_assignments_day", "day"),
        Index("ix_roster_assignments_staff_day", "staff_id", "day"),
        Index("ix_roster_assignments_start_at", "start_at"),
    )

    day: Mapped[str] = mapped_column(String(10), nullable=False)
    shift_code: Mapped[str] = mapped_column(String(20), nullable=False)
    post: Mapped[str] = mapped_column(String(50), nullable=False)
    slot: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    staff_id: Mapped[str] = mapped_column(ForeignKey("roster_staff.id"), nullable=False)
    start_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    end_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    source: Mapped[str] = mapped_column(String(10), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)


class RosterLeave(Replicated, Base):
    __tablename__ = "roster_leave"
    __table_args__ = (Index("ix_roster_leave_staff", "staff_id"),)

    staff_id: Mapped[str] = mapped_column(ForeignKey("roster_staff.id"), nullable=False)
    start: Mapped[str] = mapped_column(String(10), nullable=False)
    end: Mapped[str] = mapped_column(String(10), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)


class RosterSwap(Replicated, Base):
    """A swap or replacement request; its decision is stamped on the row (the list is the history)."""

    __tablename__ = "roster_swaps"

    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    assignment_id: Mapped[str] = mapped_column(ForeignKey("roster_assignments.id"), nullable=False)
    other_assignment_id: Mapped[str | None] = mapped_column(
        ForeignKey("roster_assignments.id"), nullable=True
    )
    from_staff_id: Mapped[str] = mapped_column(ForeignKey("roster_staff.id"), nullable=False)
    to_staff_id: Mapped[str] = mapped_column(ForeignKey("roster_staff.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, default="", nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    requested_by: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    requested_at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    decided_by: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(UtcMillis, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="", nullable=False)


class RosterHandoverEntry(Replicated, Base):
    """Insert-only: `kind` out (the outgoing notes + snapshot) or ack (the incoming acknowledgement)."""

    __tablename__ = "roster_handovers"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_roster_handovers_handover", "handover_id"),)

    handover_id: Mapped[str] = mapped_column(String(36), nullable=False)  # the id of the `out` entry
    kind: Mapped[str] = mapped_column(String(5), nullable=False)
    assignment_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    day: Mapped[str | None] = mapped_column(String(10), nullable=True)
    shift_code: Mapped[str] = mapped_column(String(20), default="", nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    items: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON snapshot
    checklists_available: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False, index=True)
    operator_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    operator_name: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    console_code: Mapped[str] = mapped_column(String(10), default="", nullable=False)


class RosterAttendance(Replicated, Base):
    """Insert-only check-in/check-out records at the post."""

    __tablename__ = "roster_attendance"
    __replication__ = Replication(append_only=True)
    __table_args__ = (Index("ix_roster_attendance_staff_at", "staff_id", "at"),)

    assignment_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("roster_staff.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcMillis, nullable=False)
    operator_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    operator_name: Mapped[str] = mapped_column(String(50), default="", nullable=False)
    console_code: Mapped[str] = mapped_column(String(10), default="", nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
