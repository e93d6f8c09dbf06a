"""docs/SERVER.md's backup and restore: pg_dump -Fc, pg_restore into a fresh database, server init."""

from __future__ import annotations

import subprocess
import uuid

import psycopg
import pytest
from pg import find_bin_dir
from rows import NOW, event, ins, ticket
from servertools import Server
from sqlalchemy.engine import make_url

from opsdesk.sync.apply import apply_batch
from opsdesk.sync.server_admin import init_server
from opsdesk.sync.server_schema import RESTORE_GAP


def test_dump_restore_then_init(server: Server, connect_as, tmp_path) -> None:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL client binaries")
    c = connect_as(server.add_role())
    t = ticket(title="备份前的工单")
    apply_batch(c, "A1", [ins("tickets", t), ins("ticket_events", event(t["id"], "created", NOW))])
    before = c.execute("SELECT id, title, server_seq FROM tickets").fetchall()
    sid = c.execute("SELECT server_id FROM opsdesk_server").fetchone()[0]
    seq = c.execute("SELECT last_value FROM opsdesk_change_seq").fetchone()[0]

    u = make_url(server.url)
    common = ["-h", u.host, "-p", str(u.port), "-U", u.username]
    dump = tmp_path / "opsdesk.dump"
    subprocess.run(
        [bin_dir / "pg_dump", *common, "--format=custom", "-d", u.database, "-f", dump], check=True
    )
    restored = f"restored_{uuid.uuid4().hex[:8]}"
    with server.superuser() as su:
        su.execute(f'CREATE DATABASE "{restored}" OWNER "{server.owner}"')
    try:
        subprocess.run(
            [bin_dir / "pg_restore", *common, "-d", restored, "--no-owner", f"--role={server.owner}",
             "--exit-on-error", dump],
            check=True, capture_output=True,
        )  # fmt: skip
        owner_url = make_url(server.url_as(server.owner)).set(database=restored).render_as_string(False)
        report = init_server(owner_url, after_restore=True)
        assert report.server_id == str(sid)  # the desks recognise it
        info = make_url(owner_url)
        with psycopg.connect(host=info.host, port=info.port, dbname=restored, user=c.info.user,
                             autocommit=True) as rc:  # fmt: skip
            assert rc.execute("SELECT id, title, server_seq FROM tickets").fetchall() == before
            assert rc.execute("SELECT last_value FROM opsdesk_change_seq").fetchone()[0] == seq + RESTORE_GAP
            # the audit log came back too, and the operator works on the restored copy as before
            assert rc.execute("SELECT count(*) FROM opsdesk_audit").fetchone()[0] == 2
            out = apply_batch(rc, "A1", [ins("ticket_events", event(t["id"], "acknowledged", NOW + 1))])
            assert [o.outcome for o in out.values()] == ["applied"]
            assert rc.execute("SELECT max(server_seq) FROM ticket_events").fetchone()[0] > seq + RESTORE_GAP
            late = ins("ticket_events", event(t["id"], "acknowledged", NOW + 2))  # the guard is back
            assert apply_batch(rc, "A1", [late])[late.op_id].reason == "lifecycle"
    finally:
        with server.superuser() as su:
            su.execute(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')
