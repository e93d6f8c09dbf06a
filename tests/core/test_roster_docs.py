"""Roster exports: the holiday duty list and month roster (PDF, .xlsx), the iCalendar file, the CLI."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook

from opsdesk.cli import main
from opsdesk.documents import roster_docs as docs
from opsdesk.domain.roster import (
    Assignment,
    AssignmentSource,
    DayInfo,
    DayRule,
    PostNeed,
    RosterDay,
    RosterView,
    ShiftDef,
    ShiftKind,
    Staff,
)
from opsdesk.services.roster_ics import build_ics, escape_text, fold

ZH = {
    "National Day": "国庆节",
    "{name} Holiday Duty List": "{name}值班表",
    "Name": "姓名",
    "Phone": "电话",
    "Date": "日期",
    "Supervisor: {name}  Phone: {phone}": "项目经理：{name}  电话：{phone}",
}


def zh(text: str) -> str:
    return ZH.get(text, text)


SHIFT = ShiftDef(
    "s", "HOLIDAY", "节假日值班", "Holiday duty", ShiftKind.HOLIDAY, DayRule.OFFDAY, time(8), 11,
    (PostNeed("*"),), arrive_minutes=20,
)  # fmt: skip
STAFF = (
    Staff("b", "李志强", "项目经理", "13807716281", on_rotation=False),
    Staff("a", "刘洋", "大厅设备", "13878819425"),
    Staff("c", "=HYPERLINK(1)", "日常运维", "13800000000"),
)


def view() -> RosterView:
    days = []
    for k in range(3):
        d = date(2026, 10, 1) + timedelta(days=k)
        start = datetime(2026, 10, 1 + k, 0, 0, tzinfo=UTC)
        who = STAFF[1] if k != 1 else STAFF[2]
        a = Assignment(
            f"id{k}", d, "HOLIDAY", "*", 0, who.id, who.name, who.post, who.phone, start,
            start + timedelta(hours=11), AssignmentSource.GENERATED,
        )  # fmt: skip
        days.append(RosterDay(DayInfo(d, False, True, False, "National Day"), (a,)))
    return RosterView(days[0].info.day, days[-1].info.day, tuple(days), (SHIFT,), STAFF)


def test_holiday_duty_list_pdf_in_chinese_with_names_and_phones(tmp_path) -> None:
    out = tmp_path / "h.pdf"
    docs.holiday_duty_pdf(view(), out, zh, org_name="南通市域社会治理现代化指挥中心")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "国庆节值班表" in text and "南通市域社会治理现代化指挥中心" in text
    assert "刘洋" in text and "13878819425" in text
    assert "项目经理：李志强" in text and "13807716281" in text
    assert "20" in text  # the arrival promise


def test_holiday_duty_list_xlsx_keeps_text_as_text(tmp_path) -> None:
    out = tmp_path / "h.xlsx"
    docs.holiday_duty_xlsx(view(), out, zh)
    ws = load_workbook(out).active
    assert ws.cell(1, 1).value == "国庆节值班表"
    assert [c.value for c in ws[2]][:1] == ["日期"] and ws.cell(2, 8).value == "电话"
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [values[0][0], values[0][6], values[0][7]] == ["2026-10-01", "刘洋", "13878819425"]
    cell = ws.cell(4, 7)
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"  # never a formula
    assert ws.cell(3, 2).value is not None and all(v is None or v != "" for v in values[-1])


def test_month_roster_pdf_and_xlsx(tmp_path) -> None:
    docs.month_roster_pdf(view(), tmp_path / "m.pdf", zh)
    text = subprocess.run(["pdftotext", str(tmp_path / "m.pdf"), "-"], capture_output=True, text=True).stdout
    assert "节假日值班" in text and "刘洋" in text
    docs.month_roster_xlsx(view(), tmp_path / "m.xlsx", zh)
    wb = load_workbook(tmp_path / "m.xlsx")
    assert len(wb.sheetnames) == 2
    rows = list(wb.worksheets[1].iter_rows(min_row=3, values_only=True))
    assert ("刘洋", "大厅设备", "13878819425", "2", "0", "2", "0") in rows
    assert not any(r[0] == "李志强" for r in rows)  # not on rotation, no duty


def test_source_strings_are_what_the_builders_translate() -> None:
    seen: set[str] = set()

    def spy(text: str) -> str:
        seen.add(text)
        return text

    import io

    docs.holiday_duty_pdf(view(), io.BytesIO(), spy)
    docs.month_roster_pdf(view(), io.BytesIO(), spy)
    assert seen <= set(docs.source_strings())


def test_the_catalogue_is_read_without_qt() -> None:
    tr = docs.catalog_tr("zh_CN")
    assert tr("Holiday Duty List") == "节假日值班表"
    assert docs.catalog_tr("en")("Holiday Duty List") == "Holiday Duty List"
    assert docs.read_qm(b"not a qm file") == {}


# ---- iCalendar -----------------------------------------------------------------------------------------
def test_ics_lines_are_crlf_folded_at_75_octets_and_uids_stable() -> None:
    v = view()
    duties = [a for d in v.days for a in d.assignments if a.staff_id == "a"]
    long_note = "；".join(["西机房精密空调回风温度偏高请关注"] * 5)
    duties[0] = Assignment(**{**{f: getattr(duties[0], f) for f in duties[0].__slots__}, "note": long_note})
    stamp = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    one = build_ics(STAFF[1], duties, {"HOLIDAY": SHIFT}, stamp=stamp)
    two = build_ics(STAFF[1], duties, {"HOLIDAY": SHIFT}, stamp=stamp)
    assert one == two
    assert one.endswith(b"\r\n") and b"\n" not in one.replace(b"\r\n", b"")
    lines = one.split(b"\r\n")[:-1]
    assert all(len(x) <= 75 for x in lines)
    unfolded = one.replace(b"\r\n ", b"").decode("utf-8")  # folding never splits a character
    assert "UID:id0@roster.opsdesk" in unfolded and "UID:id2@roster.opsdesk" in unfolded
    assert "DTSTART:20261001T000000Z" in unfolded and "DTEND:20261001T110000Z" in unfolded
    assert long_note.replace("；", "；") in unfolded.replace("\\n", "\n")
    assert unfolded.count("BEGIN:VEVENT") == 2


def test_ics_text_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("DESCRIPTION:" + "值" * 40)
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and parts[1].startswith(b" ")
    assert folded.replace(b"\r\n ", b"").rstrip(b"\r\n").decode() == "DESCRIPTION:" + "值" * 40


# ---- CLI -----------------------------------------------------------------------------------------------
def cli(*args: str) -> int:
    return main(list(args))


@pytest.fixture
def home(tmp_path, monkeypatch):
    h = tmp_path / "home"
    monkeypatch.setenv("OPSDESK_HOME", str(h))
    assert main(["init", "--console", "A1"]) == 0
    assert main(["operator", "add", "--name", "李志强", "--pin", "1234", "--role", "supervisor"]) == 0
    team = tmp_path / "team.csv"
    team.write_text(
        "name,post,phone,skills,certificates,active_from,active_to\n"
        "张伟,日常运维,13877105342,PC;打印机,,,\n周晓燕,日常运维,13977123608,,,,\n"
        "刘洋,大厅设备,13878819425,无人机,,,\n陈思远,大厅设备,15977160937,,,,\n"
        "赵磊,机房运维,18977104516,UPS,,,\n黄建军,机房运维,13907715820,,,,\n",
        "utf-8",
    )
    assert main(["roster", "staff", "import", str(team)]) == 0
    return h


def test_cli_generate_show_json_and_exports(home, tmp_path, capsys) -> None:
    capsys.readouterr()
    assert (
        cli("--lang", "zh", "roster", "generate", "--from", "2026-09-28", "--to", "2026-10-11", "--explain")
        == 0
    )
    out = capsys.readouterr().out
    assert "已生成 2026-09-28 至 2026-10-11" in out and "公平性" in out
    assert main(["roster", "show", "--date", "2026-10-03", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    day = data["days"][0]
    assert day["holiday"] and day["name"] == "National Day" and not day["open"]
    assert {a["shift"] for a in day["assignments"]} == {"HOLIDAY", "ONCALL"}
    assert all(a["phone"] for a in day["assignments"])
    for kind, fmt in (("holiday", "pdf"), ("holiday", "xlsx"), ("month", "pdf"), ("month", "xlsx")):
        target = tmp_path / f"{kind}.{fmt}"
        args = ["roster", "export", "--kind", kind, "--format", fmt, "-o", str(target)]
        when = ["--from", "2026-10-01", "--to", "2026-10-07"] if kind == "holiday" else ["--month", "2026-10"]
        args += when
        assert main(args) == 0, args
        assert target.stat().st_size > 1000 and not target.with_name(target.name + ".part").exists()
    assert (
        cli(
            "roster",
            "export",
            "--ics",
            "--staff",
            "刘洋",
            "--month",
            "2026-10",
            "-o",
            str(tmp_path / "l.ics"),
        )
        == 0
    )
    assert (tmp_path / "l.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_cli_bad_input_is_refused_with_a_clear_message(home, tmp_path, capsys) -> None:
    capsys.readouterr()
    assert main(["--lang", "zh", "roster", "generate", "--from", "2027-01-01", "--to", "2027-01-31"]) == 2
    assert "2027 年没有节假日数据" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("name,post,phone\n王五,日常运维,13800000000,多余\n", "utf-8")
    assert main(["--lang", "zh", "roster", "staff", "import", str(bad)]) == 2
    assert "bad.csv 第 2 行：列不正确" in capsys.readouterr().err
    assert (
        cli(
            "--lang", "en", "roster", "leave", "--staff", "赵磊", "--from", "2026-10-02", "--to", "2026-10-01"
        )
        == 2
    )
    assert "End" in capsys.readouterr().err
    assert main(["roster", "generate", "--from", "2026-11-23", "--to", "2026-11-29"]) == 0
    assert (
        cli(
            "--lang", "zh", "roster", "leave", "--staff", "赵磊", "--from", "2026-11-23", "--to", "2026-11-29"
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "排班与规则冲突" in err and "赵磊 在 2026-11-2" in err
    assert (
        cli("--lang", "zh", "roster", "assign", "--date", "2026-11-24", "--shift", "DAY", "--staff", "赵磊")
        == 2
    )
    assert "请假" in capsys.readouterr().err
    assert main(["--lang", "zh", "roster", "day", "2026-12-26", "holiday"]) == 2
    assert "周末本就休息" in capsys.readouterr().err
    assert main(["--lang", "zh", "roster", "now", "--at", "2026-11-24T09:00"]) == 0
    assert "工作日驻场" in capsys.readouterr().out


def test_cli_handover_give_ack_and_search(home, capsys) -> None:
    capsys.readouterr()
    assert (
        main(["--lang", "zh", "roster", "handover", "give", "--notes", "西机房空调告警已复位", "--json"]) == 0
    )
    given = json.loads(capsys.readouterr().out)[0]
    assert given["outgoing"] == "李志强" and given["incoming"] == ""
    # the one who handed over cannot acknowledge it too; the incoming operator does
    assert main(["--lang", "zh", "roster", "handover", "ack", given["id"], "--notes", "已接班"]) == 2
    assert "交班人 李志强 不能自己接班" in capsys.readouterr().err
    assert main(["operator", "add", "--name", "张伟", "--pin", "2468"]) == 0
    capsys.readouterr()
    ack = ["--lang", "zh", "roster", "handover", "ack", given["id"], "--as", "张伟"]
    assert main([*ack, "--notes", "已接班"]) == 0
    assert "接班确认" in capsys.readouterr().out
    assert main(ack) == 2
    assert "已由 张伟 确认" in capsys.readouterr().err
    assert main(["roster", "handover", "list", "--search", "空调", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in found] == [given["id"]] and found[0]["incoming_notes"] == "已接班"
