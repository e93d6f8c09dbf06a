"""Attendees (import from .xlsx/.csv, all or nothing), seat plans, the seat-map and checklist-record
PDFs, the demo meetings and the `namecards` / `seating` commands."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from opsdesk.cli import main
from opsdesk.documents.checklist_record import build_checklist_record
from opsdesk.documents.seatmap import build_seat_map
from opsdesk.domain.meetings import (
    MeetingKind,
    NewAttendee,
    NewMeeting,
    Outcome,
    ResultInput,
    SeatLayout,
    SeatSpec,
    TitleLine,
)
from opsdesk.domain.people import Actor
from opsdesk.errors import ImportFormatError, ValidationError
from opsdesk.meeting_errors import NotEnoughSeats
from opsdesk.services import attendees as att
from opsdesk.services import checklists as cl
from opsdesk.services import meetings as mt
from opsdesk.services import seatplans as sp
from opsdesk.storage.meeting_models import AttendeeRow

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
START = datetime(2026, 12, 2, 6, 30, tzinfo=UTC)
ROWS = [
    ("王建国", "市委常委、常务副市长", "市人民政府", 1),
    ("陈立新", "副市长", "市人民政府", 2),
    ("周海波", "市政府秘书长", "市人民政府办公室", 3),
    ("刘晓东", "局长", "市应急管理局", 4),
    ("孙丽萍", "副局长", "市公安局", 5),
]


@pytest.fixture
def db(tmp_path):
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "a.sqlite3")
    with d.session() as s:
        seed_reference(s)
        mt.ensure_meeting_reference(s, now=NOW)
    yield d
    d.dispose()


@pytest.fixture
def actor(db) -> Actor:
    from opsdesk.services.operators import create_operator

    with db.session() as s:
        op = create_operator(s, name="陈思远", secret="1234", post="大厅设备")
    return Actor(op.id, op.name, "A1")


@pytest.fixture
def meeting_id(db, actor) -> str:
    with db.session() as s:
        return mt.create_meeting(
            s, NewMeeting("全市安全生产工作会议", MeetingKind.IMPORTANT, START), actor, now=NOW
        ).id


def xlsx(path, rows, header=("姓名", "职务", "单位", "排序"), merge: str | None = None):
    wb = Workbook()
    ws = wb.active
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def csv_file(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


# ---- reading files -------------------------------------------------------------------------------
def test_read_xlsx_and_csv(tmp_path):
    got = att.read_attendee_file(xlsx(tmp_path / "a.xlsx", ROWS))
    assert [(a.name, a.rank) for a in got] == [(r[0], r[3]) for r in ROWS]
    assert got[0].title == "市委常委、常务副市长" and got[0].organisation == "市人民政府"
    text = "name,title,organisation,rank\n" + "\n".join(",".join(map(str, r)) for r in ROWS) + "\n"
    assert att.read_attendee_file(csv_file(tmp_path / "a.csv", text)) == got
    # Excel's Chinese CSV is GBK; blank lines are skipped; extra columns are ignored
    gbk = "姓名,单位,备注\n\n张伟,崇川区人民政府,列席\n"
    [one] = att.read_attendee_file(csv_file(tmp_path / "g.csv", gbk, "gbk"))
    assert (one.name, one.organisation, one.rank) == ("张伟", "崇川区人民政府", None)


def test_bad_rows_are_named_by_row_number(tmp_path):
    rows = [
        ("", "局长", "x", 1),
        ("张" * 30, "", "", 2),
        ("李四", "", "市公安局", "一"),
        ("李 四", "", "市公安局", 4),
    ]
    with pytest.raises(ValidationError) as e:
        att.read_attendee_file(xlsx(tmp_path / "bad.xlsx", rows))
    p = e.value.problems
    assert p["row2.name"][0] == "required" and p["row2.name"][1]["row"] == 2
    assert p["row3.name"][0] == "too_long" and p["row3.name"][1]["length"] == 30
    assert p["row4.rank"][0] == "not_a_number"
    assert p["row5.name"] == ("duplicate", {"row": 5, "value": "李 四", "other_row": 4})


@pytest.mark.parametrize(
    ("make", "detail"),
    [
        (lambda p: xlsx(p / "m.xlsx", ROWS, merge="A2:B2"), "merged_cells:A2:B2"),
        (lambda p: xlsx(p / "w.xlsx", ROWS, header=("Person", "Job", "Org", "No")), "no_name_column"),
        (lambda p: xlsx(p / "e.xlsx", []), "empty"),
        (lambda p: csv_file(p / "x.xlsx", "not a workbook"), "unreadable"),
        (lambda p: csv_file(p / "x.doc", "x"), "unsupported_type"),
        (lambda p: csv_file(p / "d.csv", "姓名,name\n张伟,张伟\n"), "duplicate_column:name"),
    ],
)
def test_files_we_cannot_read(tmp_path, make, detail):
    with pytest.raises(ImportFormatError) as e:
        att.read_attendee_file(make(tmp_path))
    assert e.value.detail.startswith(detail)


def test_import_is_all_or_nothing(db, actor, meeting_id, tmp_path):
    with db.session() as s:
        att.add_attendee(s, meeting_id, NewAttendee("王建国", "", "市人民政府", 1), actor, now=NOW)
    with pytest.raises(ValidationError) as e, db.session() as s:
        att.import_attendees(s, meeting_id, xlsx(tmp_path / "a.xlsx", ROWS), actor, now=NOW)
    assert e.value.problems["row2.name"][0] == "duplicate"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AttendeeRow)) == 1
        report = att.import_attendees(s, meeting_id, tmp_path / "a.xlsx", actor, now=NOW, replace=True)
        assert report.rows == 5 and len(report.added) == 5
        assert [a.name for a in att.list_attendees(s, meeting_id)] == [r[0] for r in ROWS]


def test_edit_in_place(db, actor, meeting_id):
    with db.session() as s:
        a = att.add_attendee(
            s, meeting_id, NewAttendee("张伟", "副区长", "崇川区人民政府", 3), actor, now=NOW
        )
        b = att.add_attendee(s, meeting_id, NewAttendee("杨帆"), actor, now=NOW)
        with pytest.raises(ValidationError) as e:
            att.add_attendee(s, meeting_id, NewAttendee("张 伟", "", "崇川区人民政府"), actor)
        assert e.value.problems["name"][0] == "duplicate"
        with pytest.raises(ValidationError) as e:
            att.update_attendee(s, b.id, NewAttendee("张" * 30, rank=0), actor)
        assert set(e.value.problems) == {"name", "rank"}
        att.update_attendee(s, b.id, NewAttendee("杨帆", "副区长", "通州区人民政府", 1), actor, now=NOW)
        assert [x.name for x in att.list_attendees(s, meeting_id)] == ["杨帆", "张伟"]
        att.remove_attendee(s, a.id, actor, now=NOW)
        assert [x.name for x in att.list_attendees(s, meeting_id)] == ["杨帆"]


# ---- seat plans and documents --------------------------------------------------------------------
def test_seat_plan_auto_swap_and_cards(db, actor, meeting_id, tmp_path):
    with db.session() as s:
        for name, title, org, rank in ROWS:
            att.add_attendee(s, meeting_id, NewAttendee(name, title, org, rank), actor, now=NOW)
        with pytest.raises(NotEnoughSeats) as e:
            sp.auto_seat(s, meeting_id, SeatSpec(SeatLayout.HEAD, (4,)), actor, now=NOW)
        assert (e.value.seats, e.value.attendees) == (4, 5)
        plan = sp.auto_seat(s, meeting_id, SeatSpec(SeatLayout.HEAD, (5,)), actor, now=NOW)
        assert [x.attendee_name for x in plan.seats] == ["孙丽萍", "周海波", "王建国", "陈立新", "刘晓东"]
        mirrored = sp.auto_seat(s, meeting_id, SeatSpec(SeatLayout.HEAD, (5,)), actor, mirror=True, now=NOW)
        assert mirrored.id == plan.id
        assert [x.attendee_name for x in mirrored.seats] == ["刘晓东", "陈立新", "王建国", "周海波", "孙丽萍"]
        swapped = sp.swap_seats(s, plan.id, 0, 1, actor, now=NOW)
        assert [x.attendee_name for x in swapped.seats][:2] == ["陈立新", "刘晓东"]
        with pytest.raises(ValidationError):
            sp.swap_seats(s, plan.id, 0, 5, actor)
        cards = sp.name_cards(s, meeting_id, TitleLine.ORGANISATION)
        assert [c.name for c in cards] == [x.attendee_name for x in swapped.seats]
        assert cards[0].line == "市人民政府" and cards[0].seat_label == "1"
        meeting = mt.get_meeting(s, meeting_id)
        build_seat_map(swapped, meeting, tmp_path / "seats.pdf", now=NOW)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "seats.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for name, *_ in ROWS:
        assert name in text
    assert "Seat Plan" in text and "全市安全生产工作会议" in text


def test_checklist_record_pdf(db, actor, meeting_id, tmp_path):
    with db.session() as s:
        t = next(x for x in cl.list_templates(s) if x.code == "drone")
        run = cl.start_run(s, meeting_id, t.id, actor, now=NOW)
        cl.record_result(s, run.id, ResultInput("battery", Outcome.OK, value="96"), actor, now=NOW)
        cl.record_result(s, run.id, ResultInput("gps", Outcome.FAULT, value="4"), actor, now=NOW)
        cl.record_result(
            s, run.id, ResultInput("gps", Outcome.OK, value="14"), actor, now=NOW + timedelta(minutes=5)
        )
        run = cl.finish_run(s, run.id, actor, now=NOW + timedelta(minutes=9), force=True)
    zh = {"Meeting Support Checklist Record": "会议保障检查记录", "OK": "正常", "Fault": "故障"}
    build_checklist_record(run, tmp_path / "rec.pdf", tr=lambda x: zh.get(x, x), now=NOW)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "rec.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for word in (
        "会议保障检查记录",
        "无人机起飞前检查",
        "主电池电量",
        "96 %",
        "空域审批已获批",
        "陈思远",
        "故障",
    ):
        assert word in text, word


def test_demo_meetings(tmp_path):
    from opsdesk.services.meetings_demo import IMPORTANT_TITLE, WEEKLY_TITLE, seed_demo_meetings
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    d = open_local_database(tmp_path / "d.sqlite3")
    try:
        with d.session() as s:
            seed_reference(s)
            seed_demo_meetings(s, NOW)
            seed_demo_meetings(s, NOW)  # idempotent
        with d.session() as s:
            ms = mt.list_meetings(s, NOW, NOW + timedelta(days=14))
            assert [m.title for m in ms] == [WEEKLY_TITLE, IMPORTANT_TITLE]
            weekly = ms[0]
            assert weekly.starts_at == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # next Monday 09:00
            assert len(weekly.venues) == 12
            assert len(att.list_attendees(s, ms[1].id)) == 15
            assert sp.get_seat_plan(s, ms[1].id) is not None
            assert len(cl.open_checklist_runs(s, NOW)) == 4
    finally:
        d.dispose()


# ---- the commands --------------------------------------------------------------------------------
def test_cli_seating_and_namecards(tmp_path, capsys):
    src = xlsx(tmp_path / "list.xlsx", ROWS)
    assert main(["seating", str(src), "--layout", "head", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "5 孙丽萍  3 周海波  1 王建国  2 陈立新  4 刘晓东" in out
    assert main(["seating", str(src), "--layout", "rows", "--seats", "2,3", "--mirror", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [x["name"] for x in data["seats"] if x["row"] == 0] == ["陈立新", "王建国"]
    assert main(["seating", str(src), "--layout", "head", "--seats", "4", "--lang", "en"]) == 2
    assert "Not enough seats: 5 people but 4 seats" in capsys.readouterr().err
    pdf, png = tmp_path / "cards.pdf", tmp_path / "png"
    args = ["namecards", str(src), "-o", str(pdf), "--png-dir", str(png), "--png-size", "640x360"]
    assert main([*args, "--title-line", "title", "--size", "a5", "--lang", "en"]) == 0
    assert "5 tent cards" in capsys.readouterr().out
    assert pdf.exists() and len(list(png.glob("*.png"))) == 5
    bad = xlsx(tmp_path / "bad.xlsx", [("", "x", "", 1)])
    assert main(["namecards", str(bad), "-o", str(tmp_path / "b.pdf"), "--lang", "zh"]) == 2
    assert re.search(r"第 2 行：姓名为空", capsys.readouterr().err)
    assert not (tmp_path / "b.pdf").exists()
    merged = xlsx(tmp_path / "m.xlsx", ROWS, merge="A3:A4")
    assert main(["seating", str(merged), "--lang", "zh"]) == 2
    assert "合并单元格（A3:A4）" in capsys.readouterr().err
    assert main(["namecards", str(src), "-o", str(pdf), "--size", "3x3", "--lang", "en"]) == 2


def test_fifteen_attendees_from_import_to_cards(db, actor, meeting_id, tmp_path):
    from opsdesk.documents.ecards import render_ecards
    from opsdesk.documents.namecards import build_tent_cards
    from opsdesk.services.meetings_demo import IMPORTANT_ATTENDEES

    src = xlsx(tmp_path / "15.xlsx", IMPORTANT_ATTENDEES[::-1])  # listed lowest first: rank decides
    with db.session() as s:
        assert att.import_attendees(s, meeting_id, src, actor, now=NOW).rows == 15
        plan = sp.auto_seat(s, meeting_id, SeatSpec(SeatLayout.ROWS, (7, 8)), actor, now=NOW)
        front = [x.attendee_name for x in plan.seats if x.row == 0]
        assert front[3] == "王建国" and front[4] == "陈立新" and front[2] == "周海波"
        cards = sp.name_cards(s, meeting_id, TitleLine.TITLE)
    assert len(cards) == 15
    info = build_tent_cards(cards, tmp_path / "cards.pdf")
    assert info.pages == 15
    text = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "cards.pdf"), "-"], capture_output=True, text=True
    )
    flat = re.sub(r"\s+", "", text.stdout)
    assert all(flat.count(c.name) >= 2 for c in cards)
    pngs = render_ecards(cards, tmp_path / "e")
    assert len(pngs) == 15 and pngs[0].name.startswith("001_")
