"""Duty roster: staff, shifts, reinforcement periods, assignments, leave, swaps, handover, attendance (issue 4).

Times are integer UTC milliseconds (opsdesk.storage.types.UtcMillis); dates are local YYYY-MM-DD text.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_handovers",
        sa.Column("handover_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=5), nullable=False),
        sa.Column("assignment_id", sa.String(length=36), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("shift_code", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("checklists_available", sa.Boolean(), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("operator_name", sa.String(length=50), nullable=False),
        sa.Column("console_code", sa.String(length=10), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_handovers")),
    )
    with op.batch_alter_table("roster_handovers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_handovers_at"), ["at"], unique=False)
        batch_op.create_index("ix_roster_handovers_handover", ["handover_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_handovers_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "roster_periods",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_periods")),
    )
    with op.batch_alter_table("roster_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_periods_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "roster_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_roster_settings_key")),
    )
    with op.batch_alter_table("roster_settings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_settings_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "roster_shifts",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_zh", sa.String(length=50), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day_rule", sa.String(length=20), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("night", sa.Boolean(), nullable=False),
        sa.Column("arrive_minutes", sa.Integer(), nullable=True),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_shifts")),
        sa.UniqueConstraint("code", name=op.f("uq_roster_shifts_code")),
    )
    with op.batch_alter_table("roster_shifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_shifts_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "roster_staff",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("post", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("certificates", sa.Text(), nullable=False),
        sa.Column("active_from", sa.String(length=10), nullable=True),
        sa.Column("active_to", sa.String(length=10), nullable=True),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("on_rotation", sa.Boolean(), nullable=False),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("approved_by", sa.String(length=50), nullable=False),
        sa.Column("approved_at", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_roster_staff_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_staff")),
    )
    with op.batch_alter_table("roster_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_staff_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_staff_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "roster_assignments",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("shift_code", sa.String(length=20), nullable=False),
        sa.Column("post", sa.String(length=50), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("start_at", sa.BigInteger(), nullable=False),
        sa.Column("end_at", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["roster_staff.id"], name=op.f("fk_roster_assignments_staff_id_roster_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_assignments")),
    )
    with op.batch_alter_table("roster_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_roster_assignments_day", ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_assignments_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index("ix_roster_assignments_staff_day", ["staff_id", "day"], unique=False)
        batch_op.create_index("ix_roster_assignments_start_at", ["start_at"], unique=False)

    op.create_table(
        "roster_attendance",
        sa.Column("assignment_id", sa.String(length=36), nullable=True),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("operator_name", sa.String(length=50), nullable=False),
        sa.Column("console_code", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["roster_staff.id"], name=op.f("fk_roster_attendance_staff_id_roster_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_attendance")),
    )
    with op.batch_alter_table("roster_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roster_attendance_assignment_id"), ["assignment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_roster_attendance_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index("ix_roster_attendance_staff_at", ["staff_id", "at"], unique=False)

    op.create_table(
        "roster_leave",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        sa.Column("recorded_at", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["roster_staff.id"], name=op.f("fk_roster_leave_staff_id_roster_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_leave")),
    )
    with op.batch_alter_table("roster_leave", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_leave_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index("ix_roster_leave_staff", ["staff_id"], unique=False)

    op.create_table(
        "roster_swaps",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("assignment_id", sa.String(length=36), nullable=False),
        sa.Column("other_assignment_id", sa.String(length=36), nullable=True),
        sa.Column("from_staff_id", sa.String(length=36), nullable=False),
        sa.Column("to_staff_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by", sa.String(length=50), nullable=False),
        sa.Column("requested_at", sa.BigInteger(), nullable=False),
        sa.Column("decided_by", sa.String(length=50), nullable=False),
        sa.Column("decided_at", sa.BigInteger(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["roster_assignments.id"],
            name=op.f("fk_roster_swaps_assignment_id_roster_assignments"),
        ),
        sa.ForeignKeyConstraint(
            ["from_staff_id"], ["roster_staff.id"], name=op.f("fk_roster_swaps_from_staff_id_roster_staff")
        ),
        sa.ForeignKeyConstraint(
            ["other_assignment_id"],
            ["roster_assignments.id"],
            name=op.f("fk_roster_swaps_other_assignment_id_roster_assignments"),
        ),
        sa.ForeignKeyConstraint(
            ["to_staff_id"], ["roster_staff.id"], name=op.f("fk_roster_swaps_to_staff_id_roster_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_swaps")),
    )
    with op.batch_alter_table("roster_swaps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_swaps_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_swaps_status"), ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("roster_swaps")
    op.drop_table("roster_leave")
    op.drop_table("roster_attendance")
    op.drop_table("roster_assignments")
    op.drop_table("roster_staff")
    op.drop_table("roster_shifts")
    op.drop_table("roster_settings")
    op.drop_table("roster_periods")
    op.drop_table("roster_handovers")
