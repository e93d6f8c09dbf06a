"""The ticket services (no Qt): filing, codes, events and their checks, search, risk, attachments, report."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select

from opsdesk.domain.enums import ClockState, EventKind, TicketStatus
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import AttachmentTooLarge, InvalidTransition, UnknownPriority, ValidationError
from opsdesk.services import tickets as svc
from opsdesk.services.exports import COLUMNS, export_rows
from opsdesk.services.tickets import TicketFilter
from opsdesk.storage.models import TicketCounter, TicketEventRow

K = EventKind
# 10:00 in Shanghai on 2026-11-23: the code's date is the console's local date
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
OPEN = tuple(
    s.value for s in (TicketStatus.NEW, TicketStatus.ACKNOWLEDGED, TicketStatus.ON_SITE, TicketStatus.PAUSED)
)


@pytest.fixture
def db(tmp_path):
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "t.sqlite3")
    with d.session() as s:
        seed_reference(s)
    yield d
    d.dispose()


@pytest.fixture
def actor(db) -> Actor:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        op = create_operator(s, name="刘洋", secret="1234", post="大厅设备")
    return Actor(op.id, op.name, "A1")


def new(title: str = "大屏第3行黑屏", **kw) -> NewTicket:
    return NewTicket(
        title=title, priority=kw.pop("priority", "P2"), category=kw.pop("category", "video_wall"), **kw
    )


def file(db, actor, ticket: NewTicket | None = None, *, minutes_ago: float = 0, now: datetime = NOW):
    with db.session() as s:
        return svc.create_ticket(
            s,
            ticket or new(),
            actor,
            profile_code="GX-4LEVEL",
            at=now - timedelta(minutes=minutes_ago),
            now=now,
        )


def event(
    db,
    actor,
    tid: str,
    kind: EventKind,
    *,
    minutes_after: float | None = None,
    payload=None,
    created: datetime | None = None,
    now: datetime | None = None,
):
    with db.session() as s:
        at = None if minutes_after is None else (created or NOW) + timedelta(minutes=minutes_after)
        return svc.add_event(s, tid, kind, actor, payload=payload, at=at, now=now or NOW + timedelta(hours=6))


def test_codes_increment_and_stay_unique_when_the_counter_is_lost(db, actor) -> None:
    codes = [file(db, actor, now=NOW + timedelta(minutes=i)).code for i in range(3)]
    assert codes == ["A1-20261123-001", "A1-20261123-002", "A1-20261123-003"]
    with db.session() as s:
        s.execute(delete(TicketCounter))  # a restored file without the local counter
    assert file(db, actor, now=NOW + timedelta(minutes=5)).code == "A1-20261123-004"
    # the date is the console's local date: 17:00 UTC is already the next day in Shanghai
    assert file(db, actor, now=datetime(2026, 11, 23, 17, 0, tzinfo=UTC)).code == "A1-20261124-001"


@pytest.mark.parametrize(
    ("ticket", "field", "code"),
    [
        (new(title=""), "title", "required"),
        (new(title="   "), "title", "required"),
        (new(title="长" * 300), "title", "too_long"),
        (new(title="bell\x07"), "title", "control_chars"),
        (new(title="two\nlines"), "title", "control_chars"),
        (new(reporter_phone="call me"), "reporter_phone", "bad_phone"),
        (new(priority="P9"), "priority", "not_allowed"),
        (new(category="coffee"), "category", "not_allowed"),
        (new(room_id="no-such-room"), "room_id", "not_found"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(db, actor, ticket, field, code) -> None:
    with pytest.raises(ValidationError) as err, db.session() as s:
        svc.create_ticket(s, ticket, actor, profile_code="GX-4LEVEL", now=NOW)
    assert err.value.problems[field][0] == code
    with db.session() as s:
        assert svc.list_rows(s) == []


def test_non_bmp_characters_are_kept(db, actor) -> None:
    d = file(db, actor, new(title="𠮷野家门口大屏", reporter_name="𠮷田", description="𠮷" * 3))
    assert (d.title, d.reporter_name, d.description) == ("𠮷野家门口大屏", "𠮷田", "𠮷𠮷𠮷")
    with db.session() as s:
        assert [r.title for r in svc.list_rows(s, TicketFilter(text="𠮷野"))] == ["𠮷野家门口大屏"]


def test_event_times_in_the_future_or_before_creation_are_refused(db, actor) -> None:
    d = file(db, actor)
    with pytest.raises(ValidationError) as err, db.session() as s:
        svc.add_event(s, d.id, K.ACKNOWLEDGED, actor, at=NOW + timedelta(hours=1), now=NOW)
    assert err.value.problems["at"][0] == "in_future"
    with pytest.raises(ValidationError) as err, db.session() as s:
        svc.add_event(s, d.id, K.ACKNOWLEDGED, actor, at=NOW - timedelta(minutes=1), now=NOW)
    assert err.value.problems["at"][0] == "before_creation"
    # back-entry after an outage: a time between creation and now is fine and kept
    d2 = event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=10)
    assert d2.events[-1].at == NOW + timedelta(minutes=10)
    assert d2.clocks.respond.state is ClockState.MET


def test_resolve_before_acknowledge_is_refused_and_nothing_written(db, actor) -> None:
    d = file(db, actor)
    with pytest.raises(InvalidTransition) as err, db.session() as s:
        svc.add_event(
            s,
            d.id,
            K.RESOLVED,
            actor,
            payload={"fault": {"handling": "x", "result": "y"}},
            now=NOW + timedelta(minutes=5),
        )
    assert (err.value.status, err.value.kind) == ("new", "resolved")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(TicketEventRow)) == 1
        assert svc.get_detail(s, d.id).status is TicketStatus.NEW


def test_resolve_needs_handling_and_result(db, actor) -> None:
    d = file(db, actor)
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=5)
    with pytest.raises(ValidationError) as err:
        event(db, actor, d.id, K.RESOLVED, payload={"fault": {"cause": "电源故障"}})
    assert set(err.value.problems) == {"fault.handling", "fault.result"}


def test_unknown_priority_in_a_change(db, actor) -> None:
    d = file(db, actor)
    with pytest.raises(UnknownPriority) as err:
        event(db, actor, d.id, K.PRIORITY_CHANGED, payload={"to": "P0"})
    assert err.value.allowed == ("P1", "P2", "P3", "P4")


def test_priority_change_keeps_paused_time(db, actor) -> None:
    d = file(db, actor)  # P2: resolve in 8 h
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=10)
    event(db, actor, d.id, K.PAUSED, minutes_after=20, payload={"reason": "spare_part"})
    before = event(db, actor, d.id, K.RESUMED, minutes_after=80)
    assert before.clocks.resolve.paused == timedelta(minutes=60)
    assert before.clocks.resolve.due == NOW + timedelta(hours=8, minutes=60)
    after = event(db, actor, d.id, K.PRIORITY_CHANGED, minutes_after=90, payload={"to": "P1"})
    assert after.priority == "P1"
    assert after.clocks.resolve.paused == timedelta(minutes=60)
    assert after.clocks.resolve.due == NOW + timedelta(hours=4, minutes=60)
    with db.session() as s:
        row = svc.rows_by_id(s, [d.id])[0]
    assert row.priority == "P1" and row.resolve_due == NOW + timedelta(hours=4, minutes=60)


def test_pause_reason_must_be_known(db, actor) -> None:
    d = file(db, actor)
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=1)
    with pytest.raises(ValidationError) as err:
        event(db, actor, d.id, K.PAUSED, payload={"reason": "lunch"})
    assert err.value.problems["reason"][0] == "not_allowed"


def test_search_chinese_substrings(db, actor) -> None:
    a = file(db, actor, new("指挥大厅大屏第2行无信号"), now=NOW)
    b = file(
        db,
        actor,
        new("东机房告警", description="精密空调回风温度高于设定值", category="machine_room"),
        now=NOW + timedelta(minutes=1),
    )
    c = file(db, actor, new("西机房UPS告警", category="machine_room"), now=NOW + timedelta(minutes=2))
    event(db, actor, c.id, K.ACKNOWLEDGED, minutes_after=5)
    event(
        db,
        actor,
        c.id,
        K.RESOLVED,
        minutes_after=30,
        payload={"fault": {"cause": "蓄电池老化", "handling": "更换电池模块", "result": "恢复"}},
    )

    def find(text: str, **kw) -> set[str]:
        with db.session() as s:
            return {r.id for r in svc.list_rows(s, TicketFilter(text=text, **kw))}

    assert find("大屏") == {a.id}  # two characters: scanned
    assert find("精密空调") == {b.id}  # in the description, through the trigram index
    assert find("空调") == {b.id}
    assert find("UPS") == {c.id}
    assert find("电池模块") == {c.id}  # in the fault record
    assert find("机房 告警") == {b.id, c.id}  # every term must occur
    assert find("机房 空调") == {b.id}
    assert find("A1-20261123-002") == {b.id}
    assert find("100%_") == set()  # LIKE wildcards are literal
    assert find("告警", statuses=OPEN) == {b.id}


def test_risk_filter_and_counts(db, actor) -> None:
    late = file(db, actor, new("核心交换机端口闪断", priority="P1"), minutes_ago=20)  # respond 15 min
    risky = file(db, actor, new("视频会议无声音", priority="P1"), minutes_ago=13)  # 80 % of 15 = 12 min
    fine = file(db, actor, new("打印机卡纸", priority="P4"), minutes_ago=1)
    done = file(db, actor, new("话筒啸叫", priority="P1"), minutes_ago=30)
    with db.session() as s:  # acknowledged late but now on its resolve clock, within time
        svc.add_event(s, done.id, K.ACKNOWLEDGED, actor, at=NOW - timedelta(minutes=5), now=NOW)
    with db.session() as s:
        assert svc.risk_counts(s, now=NOW) == (2, 1)
        at_risk = {r.id for r in svc.list_rows(s, TicketFilter(risk="at_risk"), now=NOW)}
        breached = {r.id for r in svc.list_rows(s, TicketFilter(risk="breached"), now=NOW)}
        assert at_risk == {late.id, risky.id} and breached == {late.id}
        assert fine.id not in at_risk
        # four hours on, every P1 resolve clock is past due, and the P4's hour to respond is long gone
        later = NOW + timedelta(hours=4, minutes=1)
        assert svc.risk_counts(s, now=later) == (4, 4)
        assert svc.risk_counts(s, now=NOW - timedelta(minutes=9)) == (0, 0)  # 11 min old: under 80 %


def test_filters_sort_and_rows_by_id(db, actor) -> None:
    a = file(db, actor, new("甲", priority="P1"), now=NOW)
    b = file(db, actor, new("乙", priority="P3", category="network"), now=NOW + timedelta(minutes=1))
    with db.session() as s:
        assert [r.id for r in svc.list_rows(s)] == [b.id, a.id]  # newest first
        assert [r.id for r in svc.list_rows(s, TicketFilter(sort="code", descending=False))] == [a.id, b.id]
        assert [r.id for r in svc.list_rows(s, TicketFilter(priorities=("P1",)))] == [a.id]
        assert [r.id for r in svc.list_rows(s, TicketFilter(categories=("network",)))] == [b.id]
        assert svc.list_rows(s, TicketFilter(assignee_id=actor.operator_id)) == []
        f = TicketFilter(created_from=NOW + timedelta(seconds=30))
        assert [r.id for r in svc.list_rows(s, f)] == [b.id]
        assert [r.id for r in svc.rows_by_id(s, [a.id, b.id], f)] == [b.id]
        assert len(svc.rows_by_id(s, [a.id, b.id])) == 2
        row = svc.rows_by_id(s, [a.id])[0]
    assert row.created_at == NOW and row.created_at.tzinfo is not None
    assert row.respond_due == NOW + timedelta(minutes=15)
    assert row.respond_warn == NOW + timedelta(minutes=12)
    assert (row.status, row.paused, row.assignee_name, row.respond_done) == (
        TicketStatus.NEW,
        False,
        "",
        None,
    )


def test_attachments(db, actor, monkeypatch) -> None:
    d = file(db, actor)
    with db.session() as s:
        att = svc.add_attachment(s, d.id, "现场照片.jpg", b"\xff\xd8" * 10, actor, mime="image/jpeg")
    with db.session() as s:
        detail = svc.get_detail(s, d.id)
        assert [a.filename for a in detail.attachments] == ["现场照片.jpg"]
        assert detail.events[-1].kind is K.ATTACHMENT
        assert svc.attachment_data(s, att.id) == ("现场照片.jpg", b"\xff\xd8" * 10)
    monkeypatch.setattr(svc, "ATTACHMENT_LIMIT", 5)
    with pytest.raises(AttachmentTooLarge), db.session() as s:
        svc.add_attachment(s, d.id, "big.bin", b"123456", actor)


def test_report_content_defaults_edit_and_export(db, actor) -> None:
    d = file(db, actor, new("西机房UPS旁路告警", description="UPS 切换至旁路"))
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=5)
    resolved = event(
        db,
        actor,
        d.id,
        K.RESOLVED,
        minutes_after=60,
        payload={
            "fault": {
                "cause": "电池老化",
                "handling": "更换电池模块",
                "result": "恢复市电",
                "part_model": "12V100Ah",
                "part_serial": "BAT-001",
            }
        },
    )
    assert resolved.clocks.report.due == NOW + timedelta(minutes=60, days=3)
    with db.session() as s:
        content = svc.report_content(s, d.id)
    assert (content.cause, content.handling, content.part_serial) == ("电池老化", "更换电池模块", "BAT-001")
    edited = replace(content, prevention="每季度检测电池内阻")
    with db.session() as s:
        svc.save_report_content(s, d.id, edited, actor, now=NOW + timedelta(hours=2))
    with db.session() as s:
        assert svc.report_content(s, d.id) == edited
        assert svc.get_detail(s, d.id, now=NOW + timedelta(hours=2)).clocks.report.state is ClockState.OK
        svc.save_report_content(s, d.id, edited, actor, exported=True, now=NOW + timedelta(hours=3))
    with db.session() as s:
        detail = svc.get_detail(s, d.id, now=NOW + timedelta(days=5))
    assert detail.clocks.report.state is ClockState.MET
    assert [e.kind for e in detail.events].count(K.REPORT_SUBMITTED) == 1


def test_export_rows_csv_and_xlsx(db, actor, tmp_path) -> None:
    from openpyxl import load_workbook

    file(db, actor, new("电子席卡显示乱码"))
    with db.session() as s:
        rows = svc.list_rows(s)
    headers = ["编号", "优先级", "标题", "位置", "类别", "状态", "创建", "响应期限", "响应", "到场期限", "到场",
               "恢复期限", "恢复", "处理人"]  # fmt: skip
    assert len(headers) == len(COLUMNS)
    export_rows(
        rows, tmp_path / "l.csv", "csv", headers, "Asia/Shanghai", category_names={"video_wall": "大屏"}
    )
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == headers
    assert table[1][2:7] == ["电子席卡显示乱码", "", "大屏", "new", "2026-11-23 10:00"]  # Shanghai time
    export_rows(rows, tmp_path / "l.xlsx", "xlsx", headers, "Asia/Shanghai")
    ws = load_workbook(tmp_path / "l.xlsx").active
    values = list(ws.iter_rows(values_only=True))
    assert values[1][2] == "电子席卡显示乱码" and values[1][6] == datetime(2026, 11, 23, 10, 0)
    with pytest.raises(ValueError):
        export_rows(rows, tmp_path / "l.pdf", "pdf", headers)
    assert not list(tmp_path.glob(".*.part"))


# ---- a back-dated event: the columns follow the time-ordered history --------------------------------
def test_back_dated_priority_change(db, actor) -> None:
    d = file(db, actor, new(priority="P3"))
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=5)
    event(db, actor, d.id, K.PRIORITY_CHANGED, minutes_after=60, payload={"to": "P1"})
    with pytest.raises(ValidationError) as err:  # P3 was in force at +30: not a change
        event(db, actor, d.id, K.PRIORITY_CHANGED, minutes_after=30, payload={"to": "P3"})
    assert err.value.problems["to"][0] == "unchanged"
    back = event(db, actor, d.id, K.PRIORITY_CHANGED, minutes_after=30, payload={"to": "P2"})
    changes = [e.payload for e in back.events if e.kind is K.PRIORITY_CHANGED]
    assert changes == [{"from": "P3", "to": "P2"}, {"from": "P3", "to": "P1"}]  # in time order
    assert back.priority == "P1" and back.clocks.resolve.target == timedelta(hours=4)
    with db.session() as s:
        row = svc.rows_by_id(s, [d.id])[0]
    assert row.priority == "P1" and row.resolve_due == NOW + timedelta(hours=4)


def test_back_dated_reassignment(db, actor) -> None:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        b = create_operator(s, name="王磊", secret="1234")
        c = create_operator(s, name="赵敏", secret="1234")
    d = file(db, actor, new(assignee_id=actor.operator_id))
    event(db, actor, d.id, K.REASSIGNED, minutes_after=60, payload={"to": b.id})
    back = event(db, actor, d.id, K.REASSIGNED, minutes_after=30, payload={"to": c.id})
    assert back.assignee_id == b.id and back.assignee_name == "王磊"


def test_the_fault_record_is_that_of_the_last_resolution(db, actor) -> None:
    from opsdesk.storage.models import Ticket

    d = file(db, actor)
    event(db, actor, d.id, K.ACKNOWLEDGED, minutes_after=5)
    fault = {"handling": "更换电源", "result": "恢复", "part_serial": "SN-1"}
    event(db, actor, d.id, K.RESOLVED, minutes_after=30, payload={"fault": fault})
    event(db, actor, d.id, K.REOPENED, minutes_after=40)
    again = {"handling": "更换主板", "result": "恢复", "part_model": "MB-2"}
    event(db, actor, d.id, K.RESOLVED, minutes_after=50, payload={"fault": again})
    with db.session() as s:  # columns drifted from the events (an older version, a hand edit)
        t = s.get(Ticket, d.id)
        t.fault_handling, t.priority = "stale", "P4"
    after = event(db, actor, d.id, K.COMMENT, minutes_after=55, payload={"note": "回访"})
    assert (after.fault.handling, after.fault.part_model, after.fault.part_serial) == ("更换主板", "MB-2", "")
    assert after.priority == "P2"


def test_a_creation_time_a_little_ahead_is_taken_as_now(db, actor) -> None:
    with db.session() as s:
        d = svc.create_ticket(
            s, new(), actor, profile_code="GX-4LEVEL", at=NOW + timedelta(minutes=1), now=NOW
        )
    assert d.created_at == NOW and d.events[0].at == NOW
    assert d.clocks.respond.start == NOW
    with pytest.raises(ValidationError) as err, db.session() as s:
        svc.create_ticket(s, new(), actor, profile_code="GX-4LEVEL", at=NOW + timedelta(minutes=3), now=NOW)
    assert err.value.problems["at"][0] == "in_future"
