"""The roster on a shared server (real PostgreSQL): every console seeds the same built-in shifts and rest rules
with fixed ids, and they must never conflict or be set aside; a roster generated on one console, a handover
and an attendance record reach the others."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from synctools import make_server

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import NewStaff
from opsdesk.services import roster as R
from opsdesk.services import roster_attendance as att
from opsdesk.services import roster_handover as ho
from opsdesk.services.operators import create_operator
from opsdesk.services.reference import open_desk_database
from opsdesk.storage.roster_models import RosterAssignment, RosterShift
from opsdesk.storage.sync_models import SyncOutbox
from opsdesk.sync.engine import SyncEngine


@pytest.fixture
def server(pg_url: str):
    import psycopg

    srv = make_server(pg_url)
    yield srv
    for role in srv.roles:
        try:
            srv.sql(f'DROP OWNED BY "{role}"')
            srv.sql(f'DROP ROLE "{role}"')
        except psycopg.Error:
            pass


def _console(tmp_path: Path, server, code: str, *, supervisor: bool):
    db = open_desk_database(tmp_path / f"{code}.sqlite3")
    with db.session() as s:
        R.seed_roster_reference(s)  # what the desk and `roster generate` do on every console
    engine = SyncEngine(
        db, server.operator(supervisor), code, on_status=lambda _s: None, on_changes=lambda _c: None,
        backoff_min=0.05, backoff_max=0.5, connect_timeout=3.0,
    )  # fmt: skip
    return db, engine


def _set_aside(db) -> list[tuple[str, str]]:
    with db.session(read_only=True) as s:
        return [
            (r.table_name, r.reason)
            for r in s.scalars(select(SyncOutbox).where(SyncOutbox.state != "pending"))
        ]


def test_seeded_shifts_converge_and_a_generated_roster_reaches_every_console(tmp_path, server) -> None:
    a_db, a = _console(tmp_path, server, "A1", supervisor=True)
    b_db, b = _console(tmp_path, server, "B2", supervisor=True)
    c_db, c = _console(tmp_path, server, "C3", supervisor=False)
    try:
        for e in (a, b, c):
            e.run_once()
        for e in (a, b, c):
            e.run_once()
        # two supervisors pushed identical seeds (same ids, same stamp); the operator kept them local
        assert _set_aside(a_db) == _set_aside(b_db) == _set_aside(c_db) == []
        ids = {R._builtin_id("shift", sh.code) for sh in R.BUILTIN_SHIFTS}
        assert {r[0] for r in server.sql("SELECT id FROM roster_shifts")} == ids
        # the supervisor enters the team and generates on A; B and C see the same roster
        with a_db.session() as s:
            boss = create_operator(s, name="李志强", secret="1234", role="supervisor", post=R.POST_MANAGER)
            actor = Actor(boss.id, boss.name, "A1")
            for i, (name, post) in enumerate(
                (
                    ("张伟", R.POST_DAILY),
                    ("刘洋", R.POST_HALL),
                    ("赵磊", R.POST_ROOMS),
                    ("周晓燕", R.POST_DAILY),
                )
            ):
                R.create_staff(s, NewStaff(name, post, f"1380000000{i}", sort_order=i), actor)
            R.generate(s, date(2026, 12, 1), date(2026, 12, 7), actor)
            staff_id = R.get_staff(s, "刘洋").id
        a.run_once()
        for e in (b, c):
            e.run_once()
        with a_db.session(read_only=True) as s:
            mine = sorted(
                (r.day, r.shift_code, r.post, r.staff_id) for r in s.scalars(select(RosterAssignment))
            )
        for db in (b_db, c_db):
            with db.session(read_only=True) as s:
                theirs = sorted(
                    (r.day, r.shift_code, r.post, r.staff_id) for r in s.scalars(select(RosterAssignment))
                )
                assert theirs == mine and len(mine) > 7
                assert s.scalar(select(RosterShift.name_zh).where(RosterShift.code == "DAY")) == "工作日驻场"
        # an engineer on the operator's console hands over and checks in; the supervisor's console sees both
        with c_db.session() as s:
            op = create_operator(s, name="刘洋", secret="2468", post=R.POST_HALL)
            engineer = Actor(op.id, op.name, "C3")
            h = ho.hand_over(s, engineer, "大屏左下角黑屏，厂家明早到场。")
            att.check_in(s, staff_id, engineer)
        c.run_once()
        a.run_once()
        assert _set_aside(c_db) == []
        with a_db.session(read_only=True) as s:
            assert [x.id for x in ho.pending_handovers(s)] == [h.id]
            assert [r.staff_name for r in att.records(s, date(2026, 11, 1), date(2027, 1, 31))] == ["刘洋"]
    finally:
        for e in (a, b, c):
            e.stop()
        for db in (a_db, b_db, c_db):
            db.dispose()
