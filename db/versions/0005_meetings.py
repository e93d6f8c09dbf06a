"""Meeting support: meetings, checklist templates and runs, roll-call, attendees and seating (issue 5).

Times are integer UTC milliseconds (opsdesk.storage.types.UtcMillis).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (
    "venues",
    "meetings",
    "meeting_venues",
    "checklist_templates",
    "checklist_runs",
    "checklist_results",
    "rollcalls",
    "rollcall_marks",
    "attendees",
    "seat_plans",
)


def upgrade() -> None:
    op.create_table(
        "venues",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_venues_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venues")),
        sa.UniqueConstraint("name", name=op.f("uq_venues_name")),
    )
    with op.batch_alter_table("venues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_venues_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.BigInteger(), nullable=False),
        sa.Column("ends_at", sa.BigInteger(), nullable=True),
        sa.Column("room_id", sa.String(length=36), nullable=True),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["operators.id"], name=op.f("fk_meetings_responsible_id_operators")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_meetings_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "meeting_venues",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_venues_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_meeting_venues_venue_id_venues")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_venues")),
    )
    with op.batch_alter_table("meeting_venues", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_venues_meeting_venue", ["meeting_id", "venue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_venues_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "checklist_templates",
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("due_before_min", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
    )
    with op.batch_alter_table("checklist_templates", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_templates_family_version", ["family_id", "version"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_templates_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "checklist_runs",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("started_by", sa.String(length=36), nullable=True),
        sa.Column("finished_at", sa.BigInteger(), nullable=True),
        sa.Column("finished_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["finished_by"], ["operators.id"], name=op.f("fk_checklist_runs_finished_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_checklist_runs_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["started_by"], ["operators.id"], name=op.f("fk_checklist_runs_started_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_runs_template_id_checklist_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_runs")),
    )
    with op.batch_alter_table("checklist_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_runs_finished_at"), ["finished_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_runs_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_runs_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "checklist_results",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=40), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("console_code", sa.String(length=10), nullable=False),
        sa.Column("ticket_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_checklist_results_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["checklist_runs.id"], name=op.f("fk_checklist_results_run_id_checklist_runs")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_checklist_results_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_checklist_results_venue_id_venues")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_results")),
    )
    with op.batch_alter_table("checklist_results", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_results_run_at", ["run_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_results_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_results_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "rollcalls",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("venue_ids", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.BigInteger(), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=True),
        sa.Column("limit_seconds", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_rollcalls_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["operators.id"], name=op.f("fk_rollcalls_requested_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollcalls")),
    )
    with op.batch_alter_table("rollcalls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rollcalls_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rollcalls_requested_at"), ["requested_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_rollcalls_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "rollcall_marks",
        sa.Column("rollcall_id", sa.String(length=36), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=False),
        sa.Column("signal", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_rollcall_marks_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["rollcall_id"], ["rollcalls.id"], name=op.f("fk_rollcall_marks_rollcall_id_rollcalls")
        ),
        sa.ForeignKeyConstraint(["venue_id"], ["venues.id"], name=op.f("fk_rollcall_marks_venue_id_venues")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollcall_marks")),
    )
    with op.batch_alter_table("rollcall_marks", schema=None) as batch_op:
        batch_op.create_index("ix_rollcall_marks_rollcall_at", ["rollcall_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_rollcall_marks_server_seq"), ["server_seq"], unique=False)

    # ### end Alembic commands ###

    op.create_table(
        "attendees",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=100), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_attendees_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendees")),
    )
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendees_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendees_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "seat_plans",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("layout", sa.String(length=10), nullable=False),
        sa.Column("per_row", sa.String(length=200), nullable=False),
        sa.Column("arm", sa.Integer(), nullable=False),
        sa.Column("mirror", sa.Boolean(), nullable=False),
        sa.Column("assignment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_seat_plans_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat_plans")),
    )
    with op.batch_alter_table("seat_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_plans_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seat_plans_server_seq"), ["server_seq"], unique=False)


def downgrade() -> None:
    # children first; dropping a table drops its indexes
    for table in reversed(TABLES):
        op.drop_table(table)
