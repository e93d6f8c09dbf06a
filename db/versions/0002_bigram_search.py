"""A bigram index beside the trigram one: two-character Chinese searches become index look-ups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# the same text the trigram index holds (0001), through opsdesk_bigrams()
_TEXT = (
    "{p}.title || ' ' || {p}.description || ' ' || {p}.code || ' ' || {p}.reporter_name || ' ' || "
    "{p}.reporter_unit || ' ' || {p}.equipment || ' ' || {p}.fault_level || ' ' || {p}.fault_cause || ' ' || "
    "{p}.fault_handling || ' ' || {p}.fault_result || ' ' || {p}.part_model || ' ' || {p}.part_serial"
)
_COLUMNS = (
    "title, description, code, reporter_name, reporter_unit, equipment, fault_level, fault_cause, "
    "fault_handling, fault_result, part_model, part_serial"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the server is not searched: consoles search their local replica
    from opsdesk.storage.search_text import register_functions

    # the migration's own connection may predate the function (a file opened by an older opsdesk)
    register_functions(op.get_bind().connection.dbapi_connection)
    new = _TEXT.format(p="new")
    op.execute("CREATE VIRTUAL TABLE tickets_bigram USING fts5(body, tokenize='unicode61')")
    op.execute(
        "INSERT INTO tickets_bigram(rowid, body) "
        f"SELECT rowid, opsdesk_bigrams({_TEXT.format(p='tickets')}) FROM tickets"
    )
    op.execute(
        "CREATE TRIGGER tickets_bigram_ai AFTER INSERT ON tickets BEGIN "
        f"INSERT INTO tickets_bigram(rowid, body) VALUES (new.rowid, opsdesk_bigrams({new})); END"
    )
    op.execute(
        f"CREATE TRIGGER tickets_bigram_au AFTER UPDATE OF {_COLUMNS} ON tickets BEGIN "
        "DELETE FROM tickets_bigram WHERE rowid = old.rowid; "
        f"INSERT INTO tickets_bigram(rowid, body) VALUES (new.rowid, opsdesk_bigrams({new})); END"
    )
    op.execute(
        "CREATE TRIGGER tickets_bigram_ad AFTER DELETE ON tickets BEGIN "
        "DELETE FROM tickets_bigram WHERE rowid = old.rowid; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("tickets_bigram_ai", "tickets_bigram_au", "tickets_bigram_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS tickets_bigram")
