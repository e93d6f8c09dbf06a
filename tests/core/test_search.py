"""Search: the trigram and bigram indexes give exactly what a substring scan gives, and stay current."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsdesk.domain.enums import EventKind
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import tickets as svc
from opsdesk.storage.search_text import bigrams, is_bigram_query

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
TITLES = [
    "大屏第3行第5列黑屏",
    "视频会议与XX区会场无声音",
    "精密空调高温告警",
    "UPS电池自检异常",
    "单兵设备无法上线",
    "打印机卡纸",
    "核心交换机S12700端口down",
    "东机房空调漏水",
    "大厅LED屏闪烁",
    "电子席卡（第2排）不显示",
    "Ups 旁路告警",
    "网络中断：指挥大厅",
    "𠮷祥大屏测试",
]


@pytest.fixture
def db(tmp_path):
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "s.sqlite3")
    with d.session() as s:
        seed_reference(s)
        op = create_operator(s, name="刘洋", secret="1234")
    actor = Actor(op.id, op.name, "A1")
    for i, title in enumerate(TITLES):
        with d.session() as s:
            svc.create_ticket(
                s,
                NewTicket(
                    title=title, priority="P3", category="other", description=f"描述{i}：现场检查后处理"
                ),
                actor,
                profile_code="GX-4LEVEL",
                now=NOW,
            )
    yield d, actor
    d.dispose()


def _scan(db, term: str) -> set[str]:
    """What a plain substring scan (the slow truth) finds, case-insensitively like the indexes."""
    with db.session() as s:
        rows = svc.list_rows(s, svc.TicketFilter(), now=NOW)
    with db.session() as s:
        details = {r.id: svc.get_detail(s, r.id, now=NOW) for r in rows}
    t = term.lower()
    return {
        i
        for i, d in details.items()
        if t in f"{d.title} {d.description} {d.code} {d.fault.search_text()}".lower()
    }


def _found(db, term: str) -> set[str]:
    with db.session() as s:
        return {r.id for r in svc.list_rows(s, svc.TicketFilter(text=term), now=NOW)}


def test_bigrams_are_adjacent_word_characters() -> None:
    assert bigrams("大屏黑屏") == "大屏 屏黑 黑屏"
    assert bigrams("Ups 告警") == "up ps 告警"
    assert bigrams("第（2）排") == ""  # punctuation breaks pairs: such terms go to the scan
    assert bigrams("") == ""
    assert is_bigram_query("大屏") and not is_bigram_query("屏") and not is_bigram_query("2）")


@pytest.mark.parametrize(
    "term",
    [
        "大屏",
        "空调",
        "黑屏",
        "告警",
        "ups",
        "UP",
        "S1",
        "5列",
        "屏",
        "（第",
        "𠮷祥",
        "精密空调",
        "端口down",
        "XX区",
        "无声音",
    ],
)
def test_index_answers_equal_a_scan(db, term) -> None:
    d, _actor = db
    assert _found(d, term) == _scan(d, term)


def test_index_follows_the_fault_record(db) -> None:
    d, actor = db
    with d.session() as s:
        t = svc.list_rows(s, svc.TicketFilter(text="打印机"), now=NOW)[0]
    assert not _found(d, "硒鼓")
    with d.session() as s:
        svc.add_event(s, t.id, EventKind.ACKNOWLEDGED, actor, now=NOW)
        svc.add_event(
            s,
            t.id,
            EventKind.RESOLVED,
            actor,
            now=NOW,
            payload={"fault": {"cause": "硒鼓老化", "handling": "更换硒鼓", "result": "恢复正常"}},
        )
    assert _found(d, "硒鼓") == {t.id}  # two characters: the bigram index
    assert _found(d, "硒鼓老化") == {t.id}  # four: the trigram index


@pytest.fixture(scope="module")
def prop_db(tmp_path_factory):
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path_factory.mktemp("prop") / "p.sqlite3")
    with d.session() as s:
        seed_reference(s)
        op = create_operator(s, name="张伟", secret="1234")
        for title in TITLES:
            svc.create_ticket(
                s,
                NewTicket(title=title, priority="P4", category="other"),
                Actor(op.id, op.name, "A1"),
                profile_code="GX-4LEVEL",
                now=NOW,
            )
    yield d
    d.dispose()


@settings(deadline=None, max_examples=40)
@given(term=st.text(alphabet="大屏黑空调网络UPSups1（）", min_size=1, max_size=4).map(str.strip).filter(bool))
def test_any_short_query_matches_the_scan(prop_db, term) -> None:
    assert _found(prop_db, term) == _scan(prop_db, term)


def test_a_file_at_0001_gets_its_bigram_index_on_upgrade(tmp_path) -> None:
    from opsdesk.storage.engine import sqlite_engine
    from opsdesk.storage.migrate import open_local_database, upgrade

    path = tmp_path / "old.sqlite3"
    eng = sqlite_engine(path)
    upgrade(eng, "0001")
    eng.dispose()
    raw = sqlite3.connect(path)  # an older opsdesk's connection: no opsdesk_bigrams function
    raw.execute(
        "INSERT INTO tickets (id, code, title, description, reporter_name, reporter_phone, "
        "reporter_unit, equipment, category, priority, status, profile_code, created_at, fault_level, "
        "fault_cause, fault_handling, fault_result, part_model, part_serial, paused, deleted, updated_at) "
        "VALUES ('t1', 'A1-20260101-001', '西机房空调告警', '', '', '', '', '', 'other', 'P3', 'new', "
        "'GX-4LEVEL', 0, '', '', '', '', '', '', 0, 0, 0)"
    )
    raw.commit()
    raw.close()
    db = open_local_database(path)
    with db.session() as s:
        assert [r.code for r in svc.list_rows(s, svc.TicketFilter(text="空调"), now=NOW)] == [
            "A1-20260101-001"
        ]
    db.dispose()


def test_a_one_character_term_looks_where_the_indexes_look(db) -> None:
    d, actor = db
    with d.session() as s:
        t = svc.create_ticket(
            s,
            NewTicket(title="门禁读卡器故障", priority="P3", category="other", reporter_unit="乙方运维部"),
            actor,
            profile_code="GX-4LEVEL",
            now=NOW,
        )
        svc.add_event(s, t.id, EventKind.ACKNOWLEDGED, actor, now=NOW)
        fault = {
            "level": "Ⅱ级",
            "handling": "更换",
            "result": "恢复",
            "part_model": "RD-7",
            "part_serial": "Ж9",
        }
        svc.add_event(s, t.id, EventKind.RESOLVED, actor, payload={"fault": fault}, now=NOW)
    for term in ("乙", "Ⅱ", "Ж", "RD-7"):  # reporter unit, fault level, part serial, part model
        assert _found(d, term) == {t.id}, term
