"""The engine: refusals that pause sync with the outbox kept, first sync with progress, no password leaks."""

from __future__ import annotations

import time

import pytest
from converge import assert_converged
from pg import fresh_database
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from synctools import PASSWORD, drain, make_server

from opsdesk.errors import ServerRefused, ServerUnreachable
from opsdesk.services import reference
from opsdesk.services import tickets as svc
from opsdesk.services.demo import seed_demo
from opsdesk.services.tickets import TicketFilter
from opsdesk.storage.models import Ticket, TicketEventRow
from opsdesk.sync import outbox
from opsdesk.sync.engine import ServerConn, classify, conninfo, reset_server


def wait_for(pred, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return False


def pending(c) -> int:
    with c.db.session(read_only=True) as s:
        return outbox.pending_count(s)


def test_a_superuser_or_the_owner_is_refused(server, consoles):
    su = server.conn_for(make_url(server.url).username or "postgres")
    for conn, reason in ((su, "superuser"), (server.conn_for(server.owner), "owner")):
        c = consoles(f"S{reason[0]}", conn=conn)
        with pytest.raises(ServerRefused) as err:
            c.sync()
        assert err.value.reason == reason


def test_a_revoked_role_pauses_sync_and_keeps_the_outbox(server, consoles):
    conn = server.operator()
    a = consoles("A1", conn=conn, refused_retry=0.2)
    with a.db.session() as s:
        reference.create_room(s, code="HALL", name_zh="指挥大厅")
    a.sync()
    server.sql(f'REVOKE opsdesk_operator FROM "{conn.user}"')
    with a.db.session() as s:
        reference.create_room(s, code="R2", name_zh="二号机房")
    a.engine.start()
    assert wait_for(lambda: a.engine.status.state == "refused")
    assert a.engine.status.reason == "revoked" and a.engine.status.pending == 1
    assert pending(a) == 1  # kept, not set aside
    with a.db.session(read_only=True) as s:
        assert outbox.rejected_count(s) == 0
    server.sql(f'GRANT opsdesk_operator TO "{conn.user}"')
    assert wait_for(lambda: a.engine.status.state == "online" and pending(a) == 0)
    a.engine.stop()
    assert_converged(server.url, a.db)


def test_a_console_refuses_a_different_server_than_it_joined(server, consoles, pg_server):
    a = consoles("A1")
    with a.db.session() as s:
        reference.create_room(s, code="HALL", name_zh="指挥大厅")
    a.sync()
    with fresh_database(pg_server) as other_url:
        other = make_server(other_url)
        try:
            a.engine.set_connection(other.operator())
            with pytest.raises(ServerRefused) as err:
                a.sync()
            assert err.value.reason == "other_server"
            # after a deliberate reset the console joins the other server with everything it holds
            assert reset_server(a.db) >= 1
            a.sync()
            assert_converged(other.url, a.db)
            a.engine.set_connection(server.operator())
            with pytest.raises(ServerRefused):
                a.sync()
        finally:
            for role in other.roles:
                other.sql(f'DROP OWNED BY "{role}"')
                other.sql(f'DROP ROLE "{role}"')


def test_first_sync_of_a_few_thousand_rows_reports_progress(server, consoles):
    a = consoles("A1", supervisor=True)  # the demo seeds the roster too: a supervisor's tables
    seed_demo(a.db, tickets=400, days=60)  # standalone history: adopted when sync is turned on
    drain(a)
    b = consoles("B2", chunk=500)
    progress: list[tuple[int, int]] = []
    b.engine._on_status = lambda st: st.progress and progress.append(st.progress)
    b.sync()
    done, total = progress[-1]
    assert total > 2000 and done == total
    assert [p[0] for p in progress] == sorted(p[0] for p in progress) and len(progress) > 4
    with b.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 400
        assert outbox.get_state(s, outbox.JOINED) == "1"
        events = s.scalar(select(func.count()).select_from(TicketEventRow))
    with a.db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(TicketEventRow)) == events
    assert b.engine.status.progress is None  # only during the first sync
    # the pulled tickets are in B's full-text indexes (filled set-based during the first sync)
    with a.db.session(read_only=True) as s:
        title = s.scalar(select(Ticket.title).order_by(Ticket.code).limit(1))
        expected = {r.id for r in svc.list_rows(s, TicketFilter(text=title[:2]))}
        assert expected
    with b.db.session(read_only=True) as s:
        assert {r.id for r in svc.list_rows(s, TicketFilter(text=title[:2]))} == expected
        assert svc.list_rows(s, TicketFilter(text=title))
        triggers = s.connection().exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert {"tickets_fts_ai", "tickets_bigram_ai"} <= {r[0] for r in triggers}
    # the full-text triggers were replayed set-based and re-created: the schema is as it was
    index_sql = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    with a.db.session(read_only=True) as sa, b.db.session(read_only=True) as sb:
        assert (
            sb.connection().exec_driver_sql(index_sql).all()
            == sa.connection().exec_driver_sql(index_sql).all()
        )
    assert_converged(server.url, a.db, b.db)


def test_the_password_is_never_shown(server, consoles):
    conn = server.operator()
    assert PASSWORD not in repr(conn) and PASSWORD not in str(conn)
    assert PASSWORD in conninfo(conn, "A1")  # libpq gets it, nobody else
    err = classify(Exception(f'connection to server failed: password "{PASSWORD}" rejected'), conn)
    assert PASSWORD not in str(err) and PASSWORD not in err.detail
    dead = ServerConn("127.0.0.1", 9, conn.dbname, conn.user, password=PASSWORD)
    a = consoles("A1", conn=dead)
    with pytest.raises(ServerUnreachable) as e:
        a.sync()
    assert PASSWORD not in str(e.value) and PASSWORD not in repr(e.value)
    assert PASSWORD not in repr(a.engine.status)


def test_a_round_trip_that_never_ends_turns_the_state_offline_within_seconds(server, consoles, monkeypatch):
    """A frozen server still ACKs TCP: the watchdog, not the socket, has to notice."""
    import opsdesk.sync.apply as apply

    a = consoles("A1", rtt_timeout=1.0)
    with a.db.session() as s:
        reference.create_room(s, code="HALL", name_zh="指挥大厅")
    real = apply.apply_batch

    def frozen(conn, console, ops):
        conn.execute("SELECT pg_sleep(60)")  # the answer that never comes
        return real(conn, console, ops)

    monkeypatch.setattr(apply, "apply_batch", frozen)
    a.engine.start()
    assert wait_for(lambda: a.engine.status.state == "syncing", 10)
    started = time.monotonic()
    assert wait_for(lambda: a.engine.status.state == "offline", 10)
    assert time.monotonic() - started < 3.0
    assert a.engine.status.pending >= 1 and a.engine.status.offline_since is not None
    monkeypatch.setattr(apply, "apply_batch", real)  # the server thaws
    assert wait_for(lambda: a.engine.status.state == "online" and pending(a) == 0, 15)
    a.engine.stop()
    assert_converged(server.url, a.db)


def test_a_new_console_takes_the_servers_calendar_over_its_own_seed(server, consoles):
    """Every console seeds the packaged holiday calendar under its own ids; a server whose calendar came
    from a desk holds the same days under other ids: the server's rows replace the local seed."""
    from opsdesk.storage.models import CalendarDay

    b = consoles("B2")
    with b.db.session(read_only=True) as s:
        day = s.scalars(select(CalendarDay).where(CalendarDay.deleted.is_(False)).limit(1)).one()
    server.sql(
        "INSERT INTO calendar_days (id, day, kind, name, deleted, updated_at) VALUES (%s, %s, %s, %s, false, 0)",
        ["01a20000-0000-7000-8000-000000000001", day.day, day.kind, "服务器日历"],
    )
    b.sync()
    with b.db.session(read_only=True) as s:
        rows = s.scalars(select(CalendarDay).where(CalendarDay.day == day.day)).all()
        assert [(r.id, r.name) for r in rows] == [("01a20000-0000-7000-8000-000000000001", "服务器日历")]
    assert b.engine.status.state != "error"


def test_an_interrupted_first_sync_leaves_the_schema_intact_and_starts_over(server, consoles, monkeypatch):
    import opsdesk.sync.pull as pull

    a = consoles("A1")
    for i in range(3):
        with a.db.session() as s:
            reference.create_room(s, code=f"R{i}", name_zh=f"{i}号机房")
    a.sync()
    b = consoles("B2")
    index_sql = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    with b.db.session(read_only=True) as s:
        before = s.connection().exec_driver_sql(index_sql).all()

    def broken(s, table, rows, **kw):
        raise OSError("the disk is full")

    monkeypatch.setattr(pull, "apply_rows", broken)
    with pytest.raises(OSError):
        b.sync()
    with b.db.session(read_only=True) as s:
        assert s.connection().exec_driver_sql(index_sql).all() == before
        assert outbox.get_state(s, outbox.JOINED) is None  # not joined: the next attempt starts over
    monkeypatch.undo()
    b.sync()
    assert_converged(server.url, a.db, b.db)
