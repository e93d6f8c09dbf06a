"""Review of the meetings core (M3): tent-card text copies exactly, rare characters with the machine's
fonts, attendee files as people really send them, seeded templates and venues on a fresh desk (the
same rows on every console, captured for sync), insert-only tables declared, roll-call venues decided
after the deadline, open checklists for the handover."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from test_fonts import JI, need

from opsdesk.cli import main
from opsdesk.documents.ecards import render_ecards
from opsdesk.documents.fonts import get_chain
from opsdesk.documents.namecards import build_tent_cards
from opsdesk.domain.meetings import CellState, MeetingKind, NameCard, NewMeeting, Outcome, ResultInput
from opsdesk.domain.people import Actor
from opsdesk.errors import FontCoverageError, ImportFormatError, ValidationError
from opsdesk.services import attendees as att
from opsdesk.services import checklists as cl
from opsdesk.services import meetings as mt
from opsdesk.services import rollcall as rc
from opsdesk.services.checklist_builtins import BUILTIN_TEMPLATES
from opsdesk.storage.meeting_models import ChecklistTemplateRow, VenueRow
from opsdesk.sync import registry

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
START = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
YAN = "\u4dae"  # 䶮


def _covered(text: str) -> bool:
    try:
        get_chain().check(text)
    except FontCoverageError:
        return False
    return True


# ---- tent cards ----------------------------------------------------------------------------------
def test_spread_two_character_names_copy_without_a_space(tmp_path):
    """The wide gap of 张　伟 would make extractors (and a viewer's search) read "张 伟": ActualText."""
    pdf = tmp_path / "c.pdf"
    build_tent_cards([NameCard("张伟", "市委书记"), NameCard("王建国")], pdf)
    text = subprocess.run([need("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True)
    lines = [x.strip() for x in text.stdout.splitlines() if x.strip()]
    assert lines.count("张伟") == 2 and lines.count("王建国") == 2 and "张 伟" not in text.stdout


@pytest.mark.skipif(not _covered(JI + YAN), reason="no installed font has 𠮷 and 䶮 (fonts-hanazono)")
def test_rare_characters_with_the_installed_fonts(tmp_path):
    cards = [NameCard(f"{JI}田", "日方代表"), NameCard(f"刘{YAN}", "南汉研究所"), NameCard("欧阳小明")]
    for size in ("a4", "a5"):
        pdf = tmp_path / f"{size}.pdf"
        build_tent_cards(cards, pdf, size=size)
        out = subprocess.run([need("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True)
        lines = [x.strip() for x in out.stdout.splitlines()]
        assert lines.count(f"{JI}田") == 2 and lines.count(f"刘{YAN}") == 2
        fonts = subprocess.run([need("pdffonts"), str(pdf)], check=True, capture_output=True, text=True)
        assert all(" yes yes yes " in row for row in fonts.stdout.splitlines()[2:] if "+" in row)
    assert len(render_ecards(cards, tmp_path / "png")) == 3


def test_one_long_name_leaves_the_title_line_readable(tmp_path):
    long = "阿卜杜热合曼·买买提明艾力江·托合提巴克"  # 20 characters: the whole set's name size shrinks
    info = build_tent_cards([NameCard("张伟", "市委书记"), NameCard(long, "局长")], tmp_path / "c.pdf")
    face_h = info.card_h / 2
    assert info.line_size >= face_h * 0.07 - 0.01  # ≈ 7 mm on A4, not 30 % of a small name
    assert info.line_size <= info.font_size * 0.6 + 0.01


# ---- attendee files ------------------------------------------------------------------------------
def _wb(path, rows, merge=()):
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(list(r))
    for m in merge:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_title_lines_above_the_header_are_skipped(tmp_path):
    rows = [
        ("2026年全市安全生产工作会议参会名单",),
        (),
        ("序号", "姓 名", "职务", "单位", "排序"),
        (1, "王建国", "市长", "市人民政府", 1),
        (2, "陈立新", "副市长", "市人民政府", 2),
    ]
    got = att.read_attendee_file(_wb(tmp_path / "t.xlsx", rows, merge=("A1:E1",)))
    assert [(a.name, a.title, a.rank) for a in got] == [("王建国", "市长", 1), ("陈立新", "副市长", 2)]
    # a merged cell inside the list is still refused
    with pytest.raises(ImportFormatError) as e:
        att.read_attendee_file(_wb(tmp_path / "m.xlsx", rows, merge=("A1:E1", "B4:C4")))
    assert e.value.detail == "merged_cells:B4:C4"


def test_rank_must_be_whole_and_row_numbers_are_the_sheets(tmp_path):
    rows = [("标题",), ("姓名", "排序"), ("王建国", 1), ("陈立新", 2.5), ("周海波", "三")]
    with pytest.raises(ValidationError) as e:
        att.read_attendee_file(_wb(tmp_path / "r.xlsx", rows))
    p = e.value.problems
    assert p["row4.rank"] == ("not_whole", {"row": 4, "value": "2.5"})
    assert p["row5.rank"][0] == "not_a_number" and set(p) == {"row4.rank", "row5.rank"}


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("gone.csv", None, "unreadable:not_found"),
        ("gone.xlsx", None, "unreadable:not_found"),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00garbage" * 20, "unreadable:damaged"),
        ("binary.csv", b"\x00\x01\x02\x03" * 64, "unreadable:damaged"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported_type"),
        ("list.docx", b"PK\x03\x04", "unsupported_type"),
    ],
)
def test_unreadable_files_say_why(tmp_path, name, data, detail):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(ImportFormatError) as e:
        att.read_attendee_file(path)
    assert e.value.detail == detail


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", ["第 3 行：姓名为空", "第 4 行：姓名太长（30 个字，最多 20 个）", "第 5 行：“王 建国”与第 2 行重复"]),
        ("en", ["Row 3: Name is empty", "Row 4: Name is too long (30 characters, at most 20)", "Row 5: “王 建国” repeats row 2"]),
    ],
)  # fmt: skip
def test_cli_prints_one_line_per_problem(tmp_path, capsys, lang, expected):
    rows = [("姓名", "单位"), ("王建国", "市政府"), ("", "市政府"), ("张" * 30, ""), ("王 建国", "市政府")]
    out = tmp_path / "x.pdf"
    code = main(["--lang", lang, "namecards", str(_wb(tmp_path / "bad.xlsx", rows)), "-o", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert code == 2 and not out.exists()
    assert err == [f"opsdesk-cli: {x}" for x in expected]
    code = main(["--lang", lang, "namecards", str(tmp_path / "nowhere.xlsx"), "-o", str(out)])
    [line] = capsys.readouterr().err.splitlines()
    assert code == 2 and "nowhere.xlsx" in line and ("找不到" in line if lang == "zh" else "no file" in line)


# ---- seeded reference: a fresh desk has it, every console the same rows, captured for sync ---------
def _fresh(path):
    from opsdesk.services.reference import open_desk_database

    return open_desk_database(path)


def _rows(db) -> dict:
    def plain(r):
        return {c.name: getattr(r, c.key) for c in r.__table__.columns if c.name != "server_seq"}

    with db.session() as s:
        return {
            "templates": sorted((plain(r) for r in s.scalars(select(ChecklistTemplateRow))), key=str),
            "venues": sorted((plain(r) for r in s.scalars(select(VenueRow))), key=str),
        }


def test_a_fresh_desk_has_the_builtins_and_every_console_the_same_rows(tmp_path):
    a, b = _fresh(tmp_path / "a.sqlite3"), _fresh(tmp_path / "b.sqlite3")
    try:
        ra, rb = _rows(a), _rows(b)
        assert len(ra["templates"]) == len(BUILTIN_TEMPLATES) and len(ra["venues"]) == len(
            mt.DEFAULT_DISTRICTS
        )
        assert ra == rb  # ids, stamps, everything: two consoles' inserts are one row on the server
        with a.session() as s:
            assert {t.code for t in cl.list_templates(s)} == {d.code for d in BUILTIN_TEMPLATES}
            mt.ensure_meeting_reference(s)  # what the pane calls: nothing more
        assert _rows(a) == ra
    finally:
        a.dispose()
        b.dispose()


def test_seeded_rows_are_captured_for_sync(tmp_path, monkeypatch):
    from dataclasses import replace

    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.sync_models import SyncOutbox
    from opsdesk.sync import outbox

    db = _fresh(tmp_path / "a.sqlite3")
    try:
        with db.session() as s:
            outbox.enable(s)  # adoption queues the seeded rows: runs on the server will refer to them
        with db.session() as s:
            queued = {(o.table_name, o.row_id) for o in s.scalars(select(SyncOutbox))}
            ids = {("checklist_templates", t.id) for t in cl.list_templates(s)}
            assert ids <= queued and len({r for t, r in queued if t == "venues"}) == 12
        changed = (replace(BUILTIN_TEMPLATES[0], name="视频会议会前检查（新版）"), *BUILTIN_TEMPLATES[1:])
        monkeypatch.setattr(cl, "BUILTIN_TEMPLATES", changed)
        monkeypatch.setattr(cl, "_items_json", lambda items, f=cl._items_json: f(items) + " ")
        with db.session() as s:
            seed_reference(s)  # a newer opsdesk: new versions, captured although the profiles are not
        with db.session() as s:
            new = {t.id for t in cl.list_templates(s)}
            queued = {o.row_id for o in s.scalars(select(SyncOutbox).where(SyncOutbox.kind == "insert"))}
            assert new <= queued and not (new & {r for _t, r in ids})
    finally:
        db.dispose()


def test_insert_only_meeting_tables_are_declared():
    specs = {s.name: s.replication for s in registry.tables()}
    for name in ("checklist_templates", "checklist_results", "rollcall_marks"):
        assert specs[name].append_only, name
    for name in (
        "venues",
        "meetings",
        "meeting_venues",
        "checklist_runs",
        "rollcalls",
        "attendees",
        "seat_plans",
    ):
        assert name in specs and not specs[name].append_only, name


# ---- runs and roll-calls -------------------------------------------------------------------------
@pytest.fixture
def db(tmp_path):
    d = _fresh(tmp_path / "m.sqlite3")
    yield d
    d.dispose()


@pytest.fixture
def actor(db) -> Actor:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        op = create_operator(s, name="刘洋", secret="1234", post="大厅设备")
    return Actor(op.id, op.name, "A1")


def _meeting(s, actor, start=START, title="每周联动指挥会议"):
    venues = tuple(v.id for v in mt.list_venues(s)[:3])
    return mt.create_meeting(
        s, NewMeeting(title, MeetingKind.WEEKLY_COMMAND, start, venue_ids=venues), actor, now=NOW
    )


def test_open_checklists_for_the_handover(db, actor):
    with db.session() as s:
        tpl = next(t for t in cl.list_templates(s) if t.code == "e_namecards")
        past = _meeting(s, actor, START - timedelta(days=10), "上周会议")
        soon = _meeting(s, actor, START, "下周会议")
        gone = _meeting(s, actor, START + timedelta(days=1), "取消的会议")
        late = cl.start_run(s, past.id, tpl.id, actor, now=NOW - timedelta(days=11))
        waiting = cl.start_run(s, soon.id, tpl.id, actor, now=NOW)
        cl.start_run(s, gone.id, tpl.id, actor, now=NOW)
        mt.cancel_meeting(s, gone.id, actor, now=NOW)
        done = cl.start_run(s, soon.id, tpl.id, actor, now=NOW)
        for item in tpl.items:
            if item.required:
                cl.record_result(s, done.id, ResultInput(item.key, Outcome.OK), actor, now=NOW)
        cl.finish_run(s, done.id, actor, now=NOW)
        got = cl.open_checklist_runs(s, NOW)
        assert [(o.run_id, o.late) for o in got] == [(late.id, True), (waiting.id, False)]
        assert got[0].due_at == past.starts_at - timedelta(hours=1)
        # every required item done but not finished: still open, no longer late
        for item in tpl.items:
            if item.required:
                cl.record_result(s, late.id, ResultInput(item.key, Outcome.OK), actor, now=NOW)
        [first, _waiting] = cl.open_checklist_runs(s, NOW)
        assert (first.run_id, first.late, first.blockers) == (late.id, False, 0)


def test_a_venue_not_ready_is_decided_once_the_deadline_passes(db, actor):
    with db.session() as s:
        ids = [v.id for v in mt.list_venues(s)[:2]]
        call = rc.start_rollcall(s, "省厅视频点名", ids, actor, requested_at=NOW, now=NOW)
        call = rc.mark_venue(s, call.id, ids[0], CellState.OK, actor, now=NOW + timedelta(seconds=179))
        first, second = call.venues
        assert call.venue_met(first) is True and call.venue_met(second) is None
        assert call.venue_met(second, NOW + timedelta(seconds=170)) is None  # the clock still runs
        assert call.venue_met(second, NOW + timedelta(seconds=181)) is False
        assert call.met(NOW + timedelta(seconds=181)) is False


def test_an_attendee_added_after_seating_still_gets_a_card(db, actor):
    from opsdesk.domain.meetings import NewAttendee, SeatLayout, SeatSpec, TitleLine
    from opsdesk.services import seatplans as sp

    with db.session() as s:
        m = _meeting(s, actor)
        for i, name in enumerate(("王建国", "陈立新", "周海波"), 1):
            att.add_attendee(s, m.id, NewAttendee(name, "局长", "市应急管理局", i), actor, now=NOW)
        sp.auto_seat(s, m.id, SeatSpec(SeatLayout.HEAD, (5,)), actor, now=NOW)
        att.add_attendee(s, m.id, NewAttendee("刘晓东", "副局长", "市公安局", 4), actor, now=NOW)
        cards = sp.name_cards(s, m.id, TitleLine.TITLE)
        assert [(c.name, c.seat_label) for c in cards] == [
            ("周海波", "2"), ("王建国", "3"), ("陈立新", "4"), ("刘晓东", ""),
        ]  # fmt: skip
        assert [a.name for a in sp.unseated(s, m.id)] == ["刘晓东"]
