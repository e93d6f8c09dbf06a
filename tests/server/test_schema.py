"""server_schema.install: idempotent, the change sequence, NOTIFY, audit (SYNC_DESIGN.md "Server objects")."""

from __future__ import annotations

import re

import psycopg
import pytest
from rows import ins, row, ticket
from servertools import Server

from opsdesk.sync.apply import apply_batch
from opsdesk.sync.registry import tables
from opsdesk.sync.server_schema import CHANNEL, STAMP_TRIGGER


def _triggers(c: psycopg.Connection) -> list[tuple[str, str]]:
    return c.execute(
        "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE tgname LIKE 'opsdesk%' ORDER BY 1, 2"
    ).fetchall()


def _grants(c: psycopg.Connection) -> list[tuple]:
    return c.execute(
        "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
        "WHERE grantee LIKE 'opsdesk%' ORDER BY 1, 2, 3"
    ).fetchall()


def test_install_twice_is_idempotent_and_repairs(server: Server) -> None:
    with server.superuser() as c:
        trig, grants = _triggers(c), _grants(c)
        sid = c.execute("SELECT server_id FROM opsdesk_server").fetchall()
        # every replicated table is stamped
        assert {t for t, n in trig if n == STAMP_TRIGGER} == {s.name for s in tables()}
        # a later migration's table arrives without triggers or grants: simulate by removing them
        c.execute(f"DROP TRIGGER {STAMP_TRIGGER} ON rooms")
        c.execute("REVOKE ALL ON rooms FROM opsdesk_operator")
    report = server.install()
    with server.superuser() as c:
        assert _triggers(c) == trig
        assert _grants(c) == grants
        assert c.execute("SELECT server_id FROM opsdesk_server").fetchall() == sid
        assert report.server_id == str(sid[0][0])
        assert c.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'opsdesk\\_%'").fetchone()[0] == 2


def test_seq_stamped_on_insert_and_update(server: Server, connect_as) -> None:
    c = connect_as(server.add_role())
    r = row("rooms", code="R1")
    apply_batch(c, "A1", [ins("rooms", r)])
    first = c.execute("SELECT server_seq FROM rooms WHERE id = %s", [r["id"]]).fetchone()[0]
    assert first is not None
    # a writer that bypasses push is stamped too, and cannot choose its own seq
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("UPDATE rooms SET server_seq = 1 WHERE id = %s", [r["id"]])
    c.execute("UPDATE rooms SET name_zh = '机房' WHERE id = %s", [r["id"]])
    second = c.execute("SELECT server_seq FROM rooms WHERE id = %s", [r["id"]]).fetchone()[0]
    assert second > first


def test_notify_payload_is_table_and_seq_only(server: Server, connect_as) -> None:
    listener = connect_as(server.add_role())
    listener.execute(f"LISTEN {CHANNEL}")
    writer = connect_as(server.add_role())
    t = ticket(title="机房空调漏水 secret-title")
    apply_batch(writer, "A1", [ins("tickets", t)])
    seq = writer.execute("SELECT server_seq FROM tickets WHERE id = %s", [t["id"]]).fetchone()[0]
    got = [n.payload for n in listener.notifies(timeout=2, stop_after=1)]
    assert got == [f"tickets:{seq}"]
    assert re.fullmatch(r"[a-z_]+:\d+", got[0])


def test_rolled_back_notify_is_never_delivered(server: Server, connect_as) -> None:
    listener = connect_as(server.add_role())
    listener.execute(f"LISTEN {CHANNEL}")
    writer = connect_as(server.add_role())
    with writer.transaction(force_rollback=True):
        writer.execute(
            "INSERT INTO rooms SELECT * FROM jsonb_populate_record(NULL::rooms, %s)",
            [psycopg.types.json.Jsonb(row("rooms", code="RB"))],
        )
    assert list(listener.notifies(timeout=1)) == []
    # and a committed one right after is (the channel works)
    apply_batch(writer, "A1", [ins("rooms", row("rooms", code="OK"))])
    assert [n.payload.split(":")[0] for n in listener.notifies(timeout=2, stop_after=1)] == ["rooms"]


def test_audit_records_role_console_and_no_secrets(server: Server, connect_as) -> None:
    role = server.add_role()
    c = connect_as(role, console="B7")
    op = row("operators", name="张三", role="operator", secret_kind="pin", secret_hash="$argon2id$SECRET")
    att_ticket = ticket()
    att = row("attachments", ticket_id=att_ticket["id"], filename="a.png", size=3, data="AAEC")
    apply_batch(c, "B7", [ins("operators", op), ins("tickets", att_ticket), ins("attachments", att)])
    apply_batch(c, "B7", [ins("rooms", row("rooms", code="X"))])
    c.execute("UPDATE operators SET phone = '123' WHERE id = %s", [op["id"]])
    rows = c.execute(
        "SELECT role, console, table_name, action, data FROM opsdesk_audit WHERE row_id IN (%s, %s) ORDER BY id",
        [op["id"], att["id"]],
    ).fetchall()
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (role, "B7", "operators", "insert"),
        (role, "B7", "attachments", "insert"),
        (role, "B7", "operators", "update"),
    ]
    assert rows[0][4]["name"] == "张三" and "secret_hash" not in rows[0][4]
    assert "data" not in rows[1][4] and rows[1][4]["filename"] == "a.png"
    assert set(rows[2][4]) == {"phone", "server_seq"}  # changed columns only


def test_superuser_installs_on_behalf_of_the_owner(pg_url: str) -> None:
    from servertools import make_server
    from sqlalchemy import create_engine

    from opsdesk.sync import server_schema

    s = make_server(pg_url)
    eng = create_engine(pg_url)  # as the superuser
    try:
        with eng.begin() as conn:
            server_schema.install(conn, owner_role=s.owner)
    finally:
        eng.dispose()
    with s.superuser() as c:
        owners = c.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = relnamespace "
            "WHERE nspname = 'public' AND relkind IN ('r', 'S')"
        ).fetchall()
        assert owners == [(s.owner,)]
        fn = c.execute(
            "SELECT pg_get_userbyid(proowner), prosecdef FROM pg_proc WHERE proname = 'opsdesk_after_write'"
        )
        assert fn.fetchone() == (s.owner, True)
