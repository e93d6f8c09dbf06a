"""What an operator may not do, the server refuses: tried as that role (issue 3, Security)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege, RaiseException
from rows import NOW, event, ins, row, ticket
from servertools import Server

from opsdesk.sync.apply import apply_batch


@pytest.fixture
def seeded(server: Server, connect_as) -> dict[str, str]:
    sup = server.add_role(supervisor=True)
    c = connect_as(sup)
    t = ticket()
    profile = row("contract_profiles", code="std", data="{}")
    e = event(t["id"], "created", NOW)
    out = apply_batch(
        c, "S1", [ins("tickets", t), ins("ticket_events", e), ins("contract_profiles", profile)]
    )
    assert {o.outcome for o in out.values()} == {"applied"}, out
    return {"ticket": t["id"], "event": e["id"], "profile": profile["id"], "supervisor": sup}


REFUSED = [
    ("UPDATE ticket_events SET kind = 'closed' WHERE id = %(event)s", InsufficientPrivilege),
    ("UPDATE ticket_events SET deleted = true WHERE id = %(event)s", InsufficientPrivilege),
    ("DELETE FROM ticket_events WHERE id = %(event)s", InsufficientPrivilege),
    ("DELETE FROM tickets WHERE id = %(ticket)s", InsufficientPrivilege),
    ("TRUNCATE tickets CASCADE", InsufficientPrivilege),
    ("UPDATE tickets SET deleted = true WHERE id = %(ticket)s", RaiseException),  # tombstone
    ("UPDATE contract_profiles SET data = '{\"x\": 1}' WHERE id = %(profile)s", InsufficientPrivilege),
    (
        "INSERT INTO contract_profiles SELECT (jsonb_populate_record(NULL::contract_profiles, "
        '\'{"id": "p2", "code": "evil", "data": "{}", "builtin": false, "deleted": false, '
        '"updated_at": 0}\')).*',
        InsufficientPrivilege,
    ),
    ("UPDATE opsdesk_audit SET role = 'nobody'", InsufficientPrivilege),
    ("DELETE FROM opsdesk_audit", InsufficientPrivilege),
    ("TRUNCATE opsdesk_audit", InsufficientPrivilege),
    (
        "INSERT INTO opsdesk_audit(table_name, row_id, action) VALUES ('tickets', 'x', 'forged')",
        InsufficientPrivilege,
    ),
    ("UPDATE opsdesk_applied_ops SET outcome = 'applied'", InsufficientPrivilege),
    ("DELETE FROM opsdesk_applied_ops", InsufficientPrivilege),
    ("SELECT rolpassword FROM pg_authid", InsufficientPrivilege),
    ("SELECT passwd FROM pg_shadow", InsufficientPrivilege),
    ("SELECT setval('opsdesk_change_seq', 1)", InsufficientPrivilege),
    ("CREATE TABLE mine (x int)", InsufficientPrivilege),
    ("ALTER TABLE tickets DISABLE TRIGGER ALL", InsufficientPrivilege),
    ("DROP TRIGGER opsdesk_10_stamp ON tickets", InsufficientPrivilege),
]


@pytest.mark.parametrize(("stmt", "error"), REFUSED, ids=[s[:40] for s, _ in REFUSED])
def test_operator_is_refused(server: Server, connect_as, seeded: dict[str, str], stmt: str, error) -> None:
    c = connect_as(server.add_role())
    with pytest.raises(error) as info:
        c.execute(stmt, seeded)
    if error is RaiseException:
        assert info.value.diag.message_primary.startswith("opsdesk:permission")
    with server.superuser() as su:  # nothing changed
        assert su.execute("SELECT deleted FROM tickets").fetchone()[0] is False
        assert su.execute("SELECT count(*) FROM ticket_events").fetchone()[0] == 1
        assert su.execute("SELECT data FROM contract_profiles").fetchone()[0] == "{}"


def test_operator_may_insert_events_and_edit_tickets(server: Server, connect_as, seeded) -> None:
    c = connect_as(server.add_role())
    c.execute("UPDATE tickets SET title = 'changed', status = 'acknowledged' WHERE id = %(ticket)s", seeded)
    out = apply_batch(c, "A1", [ins("ticket_events", event(seeded["ticket"], "acknowledged", NOW + 1000))])
    assert [o.outcome for o in out.values()] == ["applied"]
    assert c.execute("SELECT count(*) FROM opsdesk_audit").fetchone()[0] > 0  # may read the log


def test_supervisor_may_change_profiles_and_tombstone_tickets(server: Server, connect_as, seeded) -> None:
    c = connect_as(server.add_role(supervisor=True))
    c.execute("UPDATE contract_profiles SET data = '{\"v\": 2}' WHERE id = %(profile)s", seeded)
    c.execute("UPDATE tickets SET deleted = true WHERE id = %(ticket)s", seeded)
    assert c.execute("SELECT deleted FROM tickets").fetchone()[0] is True
    # but even a supervisor never rewrites or removes history
    with pytest.raises(InsufficientPrivilege):
        c.execute("UPDATE ticket_events SET kind = 'closed'")
    c.execute("ROLLBACK") if c.info.transaction_status != psycopg.pq.TransactionStatus.IDLE else None
    with pytest.raises(InsufficientPrivilege):
        c.execute("DELETE FROM opsdesk_audit")
    actions = c.execute(
        "SELECT action, role FROM opsdesk_audit WHERE row_id = %(ticket)s ORDER BY id", seeded
    ).fetchall()
    assert actions[-1][0] == "delete"


def test_revoked_role_is_refused_not_rejected(server: Server, connect_as) -> None:
    from opsdesk.errors import ServerRefused

    role = server.add_role()
    c = connect_as(role)
    with server.superuser() as su:
        su.execute(f'REVOKE opsdesk_operator FROM "{role}"')
    with pytest.raises(ServerRefused) as info:
        apply_batch(c, "A1", [ins("rooms", row("rooms"))])
    assert info.value.reason == "revoked"
