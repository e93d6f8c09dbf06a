"""The first schema: operators, rooms, equipment, contract profiles, calendar, tickets and their events.

Times are integer UTC milliseconds (opsdesk.storage.types.UtcMillis).

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:56:58.746291
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_days")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_days_day")),
    )
    with op.batch_alter_table("calendar_days", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_days_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_years")),
        sa.UniqueConstraint("year", name=op.f("uq_calendar_years_year")),
    )
    with op.batch_alter_table("calendar_years", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_years_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "contract_profiles",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_profiles")),
        sa.UniqueConstraint("code", name=op.f("uq_contract_profiles_code")),
    )
    with op.batch_alter_table("contract_profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_profiles_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "operators",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("post", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("secret_kind", sa.String(length=10), nullable=False),
        sa.Column("secret_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
        sa.UniqueConstraint("name", name=op.f("uq_operators_name")),
    )
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_operators_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "rooms",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_zh", sa.String(length=50), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("code", name=op.f("uq_rooms_code")),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "ticket_counters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("console_code", sa.String(length=10), nullable=False),
        sa.Column("day", sa.String(length=8), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_counters")),
        sa.UniqueConstraint("console_code", "day", name=op.f("uq_ticket_counters_console_code")),
    )
    op.create_table(
        "equipment",
        sa.Column("room_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("serial", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_equipment_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
    )
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_equipment_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_equipment_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "tickets",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reporter_name", sa.String(length=50), nullable=False),
        sa.Column("reporter_phone", sa.String(length=30), nullable=False),
        sa.Column("reporter_unit", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.String(length=36), nullable=True),
        sa.Column("equipment", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("profile_code", sa.String(length=30), nullable=False),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("fault_level", sa.String(length=50), nullable=False),
        sa.Column("fault_cause", sa.Text(), nullable=False),
        sa.Column("fault_handling", sa.Text(), nullable=False),
        sa.Column("fault_result", sa.Text(), nullable=False),
        sa.Column("part_model", sa.String(length=100), nullable=False),
        sa.Column("part_serial", sa.String(length=100), nullable=False),
        sa.Column("respond_due", sa.BigInteger(), nullable=True),
        sa.Column("respond_warn", sa.BigInteger(), nullable=True),
        sa.Column("respond_done", sa.String(length=10), nullable=True),
        sa.Column("arrive_due", sa.BigInteger(), nullable=True),
        sa.Column("arrive_warn", sa.BigInteger(), nullable=True),
        sa.Column("arrive_done", sa.String(length=10), nullable=True),
        sa.Column("resolve_due", sa.BigInteger(), nullable=True),
        sa.Column("resolve_warn", sa.BigInteger(), nullable=True),
        sa.Column("resolve_done", sa.String(length=10), nullable=True),
        sa.Column("report_due", sa.BigInteger(), nullable=True),
        sa.Column("report_done", sa.String(length=10), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.BigInteger(), nullable=True),
        sa.Column("closed_at", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["operators.id"], name=op.f("fk_tickets_assignee_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operators.id"], name=op.f("fk_tickets_created_by_operators")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_tickets_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("code", name=op.f("uq_tickets_code")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_priority"), ["priority"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_status"), ["status"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.BigInteger(), nullable=False),
        sa.Column("added_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["added_by"], ["operators.id"], name=op.f("fk_attachments_added_by_operators")
        ),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_attachments_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "fault_reports",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_fault_reports_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fault_reports")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_fault_reports_ticket_id")),
    )
    with op.batch_alter_table("fault_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fault_reports_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "ticket_events",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("console_code", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_ticket_events_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_events_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_events_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index("ix_ticket_events_ticket_at", ["ticket_id", "at"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_fts()


# Full-text search of the local replica: a trigram index finds Chinese substrings (FTS5 >= 3.34).
# It mirrors tickets by rowid; triggers keep it current, so no service can forget it.
_FTS_TEXT = (
    "new.title, new.description, "
    "new.code || ' ' || new.reporter_name || ' ' || new.reporter_unit || ' ' || new.equipment, "
    "new.fault_level || ' ' || new.fault_cause || ' ' || new.fault_handling || ' ' || new.fault_result"
    " || ' ' || new.part_model || ' ' || new.part_serial"
)


def _create_sqlite_fts() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE tickets_fts USING fts5(title, description, extra, fault, tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER tickets_fts_ai AFTER INSERT ON tickets BEGIN "
        f"INSERT INTO tickets_fts(rowid, title, description, extra, fault) VALUES (new.rowid, {_FTS_TEXT}); END"
    )
    op.execute(
        f"CREATE TRIGGER tickets_fts_au AFTER UPDATE OF title, description, code, reporter_name, reporter_unit, "
        f"equipment, fault_level, fault_cause, fault_handling, fault_result, part_model, part_serial ON tickets BEGIN "
        f"DELETE FROM tickets_fts WHERE rowid = old.rowid; "
        f"INSERT INTO tickets_fts(rowid, title, description, extra, fault) VALUES (new.rowid, {_FTS_TEXT}); END"
    )
    op.execute(
        "CREATE TRIGGER tickets_fts_ad AFTER DELETE ON tickets BEGIN "
        "DELETE FROM tickets_fts WHERE rowid = old.rowid; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS tickets_fts")

    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_ticket_at")
        batch_op.drop_index(batch_op.f("ix_ticket_events_server_seq"))

    op.drop_table("ticket_events")
    with op.batch_alter_table("fault_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fault_reports_server_seq"))

    op.drop_table("fault_reports")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_server_seq"))

    op.drop_table("attachments")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_status"))
        batch_op.drop_index(batch_op.f("ix_tickets_server_seq"))
        batch_op.drop_index(batch_op.f("ix_tickets_room_id"))
        batch_op.drop_index(batch_op.f("ix_tickets_priority"))
        batch_op.drop_index(batch_op.f("ix_tickets_created_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_category"))
        batch_op.drop_index(batch_op.f("ix_tickets_assignee_id"))

    op.drop_table("tickets")
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_equipment_server_seq"))
        batch_op.drop_index(batch_op.f("ix_equipment_room_id"))

    op.drop_table("equipment")
    op.drop_table("ticket_counters")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_server_seq"))

    op.drop_table("rooms")
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operators_server_seq"))

    op.drop_table("operators")
    with op.batch_alter_table("contract_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_profiles_server_seq"))

    op.drop_table("contract_profiles")
    with op.batch_alter_table("calendar_years", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_years_server_seq"))

    op.drop_table("calendar_years")
    with op.batch_alter_table("calendar_days", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_days_server_seq"))

    op.drop_table("calendar_days")
