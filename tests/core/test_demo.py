"""The demo command center: what it seeds, that it is deterministic, and that its fast path is exact."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from opsdesk.domain.enums import EventKind, Role
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import demo_catalog as cat
from opsdesk.services import tickets as svc
from opsdesk.services.demo import seed_demo
from opsdesk.services.operators import list_operators
from opsdesk.services.reference import list_rooms
from opsdesk.storage.migrate import open_local_database
from opsdesk.storage.models import Ticket, TicketEventRow

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai, a Monday
CACHED = ("status", "respond_due", "respond_warn", "respond_done", "arrive_due", "arrive_warn", "arrive_done",
          "resolve_due", "resolve_warn", "resolve_done", "report_due", "report_done", "paused", "resolved_at",
          "closed_at")  # fmt: skip


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("OPSDESK_HOME", str(tmp_path))
    return tmp_path


def _open(path):
    return open_local_database(path)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo")
    mp = pytest.MonkeyPatch()
    mp.setenv("OPSDESK_HOME", str(home))
    db = _open(home / "opsdesk.sqlite3")
    summary = seed_demo(db, tickets=200, days=365, seed=7, now=NOW)
    yield db, summary
    db.dispose()
    mp.undo()


def test_rooms_team_and_categories(seeded):
    db, summary = seeded
    with db.session() as s:
        rooms = {r.code: r.name_zh for r in list_rooms(s)}
        team = list_operators(s)
        cats = Counter(s.scalars(select(Ticket.category)).all())
        units = set(s.scalars(select(Ticket.reporter_unit)).all())
    assert set(rooms) == {c for c, *_ in cat.ROOM_LIST}
    assert {"指挥大厅", "东机房", "西机房", "UPS机房", "值班室"} <= set(rooms.values())
    supervisors = [o for o in team if o.role is Role.SUPERVISOR]
    engineers = [o for o in team if o.role is Role.OPERATOR]
    assert len(supervisors) == 1 and supervisors[0].post == cat.MANAGER
    assert 4 <= len(engineers) <= 5
    assert {o.post for o in engineers} == {cat.DAILY, cat.HALL, cat.ROOMS}
    assert all(o.phone.startswith("1") and len(o.phone) == 11 for o in team)
    assert len(cats) >= 8 and cats["video_wall"] > 0 and cats["machine_room"] > 0
    assert len(units) >= 5
    assert summary["pin"] == "1234" and summary["tickets"] == 200


def test_status_and_priority_mix(seeded):
    db, summary = seeded
    with db.session() as s:
        status = Counter(s.scalars(select(Ticket.status)).all())
        prio = Counter(s.scalars(select(Ticket.priority)).all())
        breached = s.scalars(select(Ticket.resolve_done).where(Ticket.resolve_done == "breached")).all()
        parts = s.scalars(select(Ticket.part_serial).where(Ticket.part_serial != "")).all()
    assert sum(status.values()) == 200
    assert status["closed"] > 150
    for st in ("new", "acknowledged", "on_site", "paused", "resolved"):
        assert status[st] >= 1, st
    assert prio["P3"] + prio["P4"] > 120 and prio["P1"] < 20
    assert breached, "some tickets ran late"
    assert parts, "some fault records name a replaced part"
    assert summary["by_status"] == dict(status)


def test_paused_tickets_wait_for_a_reason(seeded):
    db, _ = seeded
    with db.session() as s:
        paused = s.scalars(select(Ticket).where(Ticket.status == "paused")).all()
        for t in paused:
            last = s.scalars(
                select(TicketEventRow)
                .where(TicketEventRow.ticket_id == t.id)
                .order_by(TicketEventRow.at.desc())
                .limit(1)
            ).one()
            assert last.kind == "paused" and '"reason"' in last.payload


def test_cached_clocks_equal_a_fresh_recompute(seeded):
    db, _ = seeded
    with db.engine.connect() as conn:
        before = {
            r[0]: tuple(r[1:]) for r in conn.execute(select(Ticket.id, *(getattr(Ticket, c) for c in CACHED)))
        }
    s = db._sessions()  # a session we roll back: the recompute must change nothing
    try:
        for t in s.scalars(select(Ticket)).all():
            svc._refresh(s, t, NOW)
            assert tuple(getattr(t, c) for c in CACHED) == before[t.id], t.code
    finally:
        s.rollback()
        s.close()


def test_same_seed_same_data_other_seed_other_data(tmp_path, monkeypatch):
    def codes_titles(name: str, seed: int) -> list[tuple[str, str, datetime]]:
        monkeypatch.setenv("OPSDESK_HOME", str(tmp_path / name))
        (tmp_path / name).mkdir()
        db = _open(tmp_path / name / "opsdesk.sqlite3")
        try:
            seed_demo(db, tickets=60, days=90, seed=seed, now=NOW)
            with db.session() as s:
                return list(
                    s.execute(select(Ticket.code, Ticket.title, Ticket.created_at).order_by(Ticket.code))
                )
        finally:
            db.dispose()

    a, b, c = codes_titles("a", 11), codes_titles("b", 11), codes_titles("c", 12)
    assert a == b
    assert a != c
    assert all(code.startswith("A1-2026") or code.startswith("A1-2025") for code, _, _ in a)


# ---- the fast path: identical to filing and adding events one at a time ---------------------------
def _scripts(actor: Actor, other: Actor, other_id: str, t0: datetime) -> list[tuple[NewTicket, list]]:
    m = timedelta(minutes=1)
    fault = {
        "fault": {
            "level": "一般故障",
            "cause": "电源模块老化",
            "handling": "更换电源模块",
            "result": "正常",
            "part_model": "DS-D2055NL-B 电源",
            "part_serial": "PSU2055-001",
        }
    }
    full = [
        svc.ScriptedEvent(EventKind.ACKNOWLEDGED, actor, t0 + 5 * m),
        svc.ScriptedEvent(EventKind.PRIORITY_CHANGED, actor, t0 + 7 * m, {"to": "P1", "note": "升级"}),
        svc.ScriptedEvent(EventKind.ARRIVED, actor, t0 + 20 * m),
        svc.ScriptedEvent(EventKind.REASSIGNED, actor, t0 + 25 * m, {"to": other_id}),
        svc.ScriptedEvent(EventKind.PAUSED, other, t0 + 40 * m, {"reason": "spare_part", "note": "等待备件"}),
        svc.ScriptedEvent(EventKind.RESUMED, other, t0 + 200 * m),
        svc.ScriptedEvent(EventKind.COMMENT, other, t0 + 210 * m, {"note": "备件已到"}),
        svc.ScriptedEvent(EventKind.RESOLVED, other, t0 + 260 * m, fault),
        svc.ScriptedEvent(EventKind.CLOSED, actor, t0 + 300 * m),
        svc.ScriptedEvent(EventKind.REOPENED, other, t0 + 600 * m, {"note": "复现"}),
        svc.ScriptedEvent(EventKind.RESOLVED, other, t0 + 700 * m, fault),
        svc.ScriptedEvent(EventKind.REPORT_SUBMITTED, other, t0 + 900 * m),
        svc.ScriptedEvent(EventKind.CLOSED, actor, t0 + 1000 * m),
    ]
    new = NewTicket(
        title="大屏第3行第5列黑屏",
        priority="P2",
        category="video_wall",
        reporter_name="𠮷田",
        reporter_unit="指挥处",
        description="黑屏",
    )
    return [
        (new, full),
        (new, full[:5]),  # still paused, waiting for a spare part
        (new, full[:1]),
        (NewTicket(title="打印机卡纸", priority="P4", category="hardware"), []),
        (
            NewTicket(title="UPS电池自检异常", priority="P1", category="machine_room"),
            [full[0], full[2], full[7]],
        ),
    ]


def _snapshot(s, tid: str) -> tuple:
    t = s.get(Ticket, tid)
    skip = {"id", "code"}
    cols = tuple((c.key, getattr(t, c.key)) for c in Ticket.__mapper__.column_attrs if c.key not in skip)
    evs = s.execute(
        select(
            TicketEventRow.kind,
            TicketEventRow.at,
            TicketEventRow.recorded_at,
            TicketEventRow.operator_id,
            TicketEventRow.console_code,
            TicketEventRow.payload,
        )
        .where(TicketEventRow.ticket_id == tid)
        .order_by(TicketEventRow.at, TicketEventRow.recorded_at, TicketEventRow.id)
    ).all()
    return cols, [tuple(e) for e in evs]


def test_fast_path_equals_one_event_at_a_time(home):
    db = _open(home / "opsdesk.sqlite3")
    try:
        from opsdesk.services.operators import create_operator
        from opsdesk.services.reference import seed_reference

        with db.session() as s:
            seed_reference(s)
            a = create_operator(s, name="张伟", secret="1234", post=cat.DAILY)
            b = create_operator(s, name="赵磊", secret="1234", post=cat.ROOMS)
        actor, other = Actor(a.id, a.name, "A1"), Actor(b.id, b.name, "A1")
        t0 = NOW - timedelta(days=2)
        for new, script in _scripts(actor, other, b.id, t0):
            with db.session() as s:
                fast_id, _ = svc.file_scripted(
                    s, new, actor, script, profile_code="GX-4LEVEL", at=t0, now=NOW
                )
            with db.session() as s:
                slow_id = svc.create_ticket(s, new, actor, profile_code="GX-4LEVEL", at=t0, now=NOW).id
            for ev in script:
                with db.session() as s:
                    svc.add_event(s, slow_id, ev.kind, ev.actor, payload=ev.payload, at=ev.at, now=NOW)
            with db.session() as s:
                fast, slow = _snapshot(s, fast_id), _snapshot(s, slow_id)
                assert fast == slow
                assert len(fast[1]) == len(script) + 1
    finally:
        db.dispose()


def test_fast_path_refuses_what_add_event_refuses(home):
    from opsdesk.errors import InvalidTransition, ValidationError
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference

    db = _open(home / "opsdesk.sqlite3")
    try:
        with db.session() as s:
            seed_reference(s)
            a = create_operator(s, name="张伟", secret="1234")
        actor = Actor(a.id, a.name, "A1")
        t0 = NOW - timedelta(hours=3)
        new = NewTicket(title="电脑蓝屏", priority="P3", category="hardware")
        bad_order = [
            svc.ScriptedEvent(
                EventKind.RESOLVED,
                actor,
                t0 + timedelta(minutes=5),
                {"fault": {"handling": "重装", "result": "正常"}},
            )
        ]
        with pytest.raises(InvalidTransition), db.session() as s:
            svc.file_scripted(s, new, actor, bad_order, profile_code="GX-4LEVEL", at=t0, now=NOW)
        future = [svc.ScriptedEvent(EventKind.ACKNOWLEDGED, actor, NOW + timedelta(hours=1))]
        with pytest.raises(ValidationError), db.session() as s:
            svc.file_scripted(s, new, actor, future, profile_code="GX-4LEVEL", at=t0, now=NOW)
        with db.session() as s:
            assert s.scalar(select(Ticket.id)) is None  # rolled back: nothing half-filed
    finally:
        db.dispose()
