"""`opsdesk-cli`, run in-process through main([...]) and once as the installed script."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from opsdesk.cli import main
from opsdesk.cli_format import table, width

SH = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("OPSDESK_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return tmp_path


@pytest.fixture
def cli(home, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--home", str(home), *args])
        out, err = capsys.readouterr()
        return rc, out, err

    return run


@pytest.fixture
def ready(cli):
    rc, _out, err = cli(
        "init",
        "--name",
        "王建国",
        "--pin",
        "1234",
        "--post",
        "项目经理",
        "--phone",
        "13807716281",
        "--console",
        "A1",
        "--profile",
        "GX-4LEVEL",
    )
    assert rc == 0, err
    return cli


def _local(dt: datetime) -> str:
    return dt.astimezone(SH).strftime("%Y-%m-%dT%H:%M")


def _add(cli, *extra: str) -> dict:
    rc, out, err = cli(
        "ticket",
        "add",
        "--title",
        "大屏第3行第5列黑屏",
        "--priority",
        "P1",
        "--category",
        "video_wall",
        "--json",
        *extra,
    )
    assert rc == 0, err
    return json.loads(out)


# ---- set-up --------------------------------------------------------------------------------------
def test_init_writes_settings_and_supervisor(ready, home):
    settings = json.loads((home / "settings.json").read_text("utf-8"))
    assert settings["console_code"] == "A1" and settings["profile_code"] == "GX-4LEVEL"
    rc, out, _ = ready("operator", "list", "--json")
    people = json.loads(out)
    assert rc == 0 and people == [
        {
            "name": "王建国",
            "post": "项目经理",
            "phone": "13807716281",
            "role": "supervisor",
            "secret_kind": "pin",
            "active": True,
        }
    ]
    rc, _, err = ready("init", "--name", "李四", "--pin", "1234")
    assert rc == 2 and "王建国" in err  # a second supervisor is refused


def test_init_refuses_bad_console_and_profile(cli, home):
    rc, _, err = cli("init", "--console", "a-1")
    assert rc == 2 and "a-1" in err
    rc, _, err = cli("init", "--profile", "NOPE")
    assert rc == 2 and "NOPE" in err
    assert not (home / "settings.json").exists()


def test_no_operator_yet_is_a_clear_message(cli):
    rc, _, err = cli("ticket", "add", "--title", "x", "--priority", "P1", "--category", "hardware")
    assert rc == 1 and "init" in err and "Traceback" not in err


# ---- filing --------------------------------------------------------------------------------------
def test_ticket_add_json(ready):
    before = datetime.now(SH)
    d = _add(
        ready, "--reporter-name", "𠮷田", "--reporter-unit", "指挥处", "--reporter-phone", "0771-2801234"
    )
    assert d["code"].startswith("A1-") and len(d["code"].split("-")) == 3
    assert d["priority"] == "P1" and d["status"] == "new" and d["title"] == "大屏第3行第5列黑屏"
    assert d["category"] == "video_wall"
    assert d["created_at"].endswith("+08:00")
    created = datetime.fromisoformat(d["created_at"])
    assert abs((created - before).total_seconds()) < 60
    assert set(d["clocks"]) == {"respond", "arrive", "resolve", "report"}
    respond = d["clocks"]["respond"]
    assert respond["state"] == "ok" and respond["due"].endswith("+08:00")
    assert datetime.fromisoformat(respond["due"]) - created == timedelta(minutes=15)
    assert 880 <= respond["remaining_seconds"] <= 900 and respond["paused_seconds"] == 0
    assert d["clocks"]["arrive"] == {
        "due": None,
        "remaining_seconds": None,
        "paused_seconds": 0,
        "state": "none",
    }
    assert d["clocks"]["report"]["state"] == "not_started"
    _rc, out, _ = ready("ticket", "show", d["code"], "--json")
    shown = json.loads(out)
    assert shown["reporter"] == {"name": "𠮷田", "phone": "0771-2801234", "unit": "指挥处"}
    assert [e["kind"] for e in shown["events"]] == ["created"]
    assert shown["events"][0]["operator"] == "王建国"


def test_event_sequence_with_back_entry(ready):
    t0 = (datetime.now(SH) - timedelta(hours=5)).replace(second=0, microsecond=0)
    d = _add(ready, "--at", _local(t0), "--priority", "P2")
    code = d["code"]
    assert datetime.fromisoformat(d["created_at"]) == t0
    steps = [
        ("acknowledged", 10, []),
        ("arrived", 30, []),
        ("paused", 40, ["--reason", "spare_part", "--note", "等待备件"]),
        ("resumed", 100, []),
        (
            "resolved",
            120,
            [
                "--fault-level",
                "一般故障",
                "--cause",
                "电源模块老化",
                "--handling",
                "更换电源模块",
                "--result",
                "恢复正常",
                "--part-model",
                "DS-D2055NL-B 电源",
                "--part-serial",
                "PSU-001",
            ],
        ),
        ("closed", 150, []),
    ]
    expect = {
        "acknowledged": "acknowledged",
        "arrived": "on_site",
        "paused": "paused",
        "resumed": "on_site",
        "resolved": "resolved",
        "closed": "closed",
    }
    for kind, minutes, extra in steps:
        at = t0 + timedelta(minutes=minutes)
        # offsets given explicitly half the time: both forms are accepted
        when = _local(at) if minutes % 20 else at.isoformat(sep=" ")
        rc, out, err = ready("ticket", "event", code, kind, "--at", when, "--json", *extra)
        assert rc == 0, (kind, err)
        assert json.loads(out)["status"] == expect[kind]
    rc, out, _ = ready("ticket", "show", code, "--json")
    d = json.loads(out)
    assert [e["kind"] for e in d["events"]] == ["created", *[k for k, _, _ in steps]]
    assert d["events"][3]["payload"] == {"note": "等待备件", "reason": "spare_part"}
    assert datetime.fromisoformat(d["events"][1]["at"]) == t0 + timedelta(minutes=10)
    c = d["clocks"]
    assert c["respond"]["state"] == "met"
    assert c["respond"]["due"] == (t0 + timedelta(minutes=30)).isoformat()
    assert c["resolve"]["state"] == "met" and c["resolve"]["paused_seconds"] == 3600
    assert c["resolve"]["due"] == (t0 + timedelta(hours=9)).isoformat()  # 8 h plus the hour paused
    assert c["report"]["state"] in ("ok", "warning")
    assert d["fault"]["part_serial"] == "PSU-001" and d["fault"]["cause"] == "电源模块老化"
    rc, out, _ = ready("ticket", "show", code)  # the human form names every step
    assert rc == 0 and "spare_part" not in out and "waiting for spare part" in out


def test_list_filters_and_json(ready):
    a = _add(ready, "--title", "视频会议与柳州会场无声音")
    b = _add(ready, "--title", "打印机卡纸", "--priority", "P4", "--category", "hardware")
    rc, out, _ = ready("ticket", "list", "--json")
    rows = json.loads(out)
    assert rc == 0 and {r["code"] for r in rows} == {a["code"], b["code"]}
    assert all(set(r["clocks"]) == {"respond", "arrive", "resolve", "report"} for r in rows)
    rc, out, _ = ready("ticket", "list", "--json", "--search", "柳州")
    assert [r["code"] for r in json.loads(out)] == [a["code"]]
    rc, out, _ = ready("ticket", "list", "--json", "--priority", "p4")
    assert [r["code"] for r in json.loads(out)] == [b["code"]]
    rc, out, _ = ready("ticket", "list", "--json", "--status", "closed")
    assert json.loads(out) == []
    rc, out, err = ready("ticket", "list", "--limit", "1")
    assert rc == 0 and "--limit 0" in err


# ---- bad input -----------------------------------------------------------------------------------
def test_empty_title_and_unknown_priority(ready):
    rc, out, err = ready("ticket", "add", "--title", "   ", "--priority", "P9", "--category", "video_wall")
    lines = err.strip().splitlines()
    assert rc == 2 and out == "" and len(lines) == 2
    assert "Title" in err and "required" in err and "P9" in err and "P1" in err
    assert "Traceback" not in err
    rc, out, _ = ready("ticket", "list", "--json", "--status", "all")
    assert json.loads(out) == []  # nothing was filed


def test_times_in_the_future_or_before_creation(ready):
    rc, _, err = ready(
        "ticket",
        "add",
        "--title",
        "x",
        "--priority",
        "P1",
        "--category",
        "hardware",
        "--at",
        _local(datetime.now(SH) + timedelta(hours=2)),
    )
    assert rc == 2 and "future" in err
    d = _add(ready)
    rc, _, err = ready(
        "ticket", "event", d["code"], "acknowledged", "--at", _local(datetime.now(SH) - timedelta(days=1))
    )
    assert rc == 2 and "before" in err
    rc, _, err = ready("ticket", "event", d["code"], "acknowledged", "--at", "yesterday")
    assert rc == 2 and "yesterday" in err and "ISO 8601" in err


def test_resolve_before_acknowledge_changes_nothing(ready):
    d = _add(ready)
    rc, _, err = ready("ticket", "event", d["code"], "resolved", "--handling", "重启", "--result", "正常")
    assert rc == 2 and "acknowledge it first" in err
    rc, out, _ = ready("ticket", "show", d["code"], "--json")
    assert [e["kind"] for e in json.loads(out)["events"]] == ["created"]
    rc, _, err = ready("ticket", "event", d["code"], "acknowledged")
    assert rc == 0
    rc, _, err = ready("ticket", "event", d["code"], "resolved")
    assert rc == 2 and "--handling" in err and "--result" in err


def test_unknown_ticket_and_kind(ready):
    rc, _, err = ready("ticket", "show", "A1-20990101-001")
    assert rc == 2 and "A1-20990101-001" in err and "not found" in err
    d = _add(ready)
    rc, _, err = ready("ticket", "event", d["code"], "explode")
    assert rc == 2 and "explode" in err


def test_chinese_messages(ready):
    rc, _, err = ready(
        "--lang", "zh", "ticket", "add", "--title", "", "--priority", "P9", "--category", "hardware"
    )
    assert rc == 2 and "标题" in err and "不能为空" in err and "不是允许的值" in err
    d = _add(ready)
    rc, out, err = ready("ticket", "event", d["code"], "closed", "--lang", "zh")
    assert rc == 2 and "请先响应" in err
    rc, out, _ = ready("--lang", "zh", "ticket", "list")
    assert "编号" in out and "新建" in out


def test_language_follows_the_locale(ready, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    rc, _, err = ready("ticket", "show", "NOPE")
    assert rc == 2 and "不存在" in err
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # LC_ALL wins over LANG
    rc, _, err = ready("ticket", "show", "NOPE")
    assert "not found" in err


def test_corrupted_database_is_reported_and_left_alone(cli, home):
    db = home / "opsdesk.sqlite3"
    junk = bytes(range(256)) * 64
    db.write_bytes(junk)
    rc, out, err = cli("ticket", "list")
    assert rc == 1 and out == ""
    assert "damaged" in err and str(db) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert db.read_bytes() == junk
    rc, _, err = cli("--lang", "zh", "db", "check")
    assert rc == 1 and "已损坏" in err
    assert db.read_bytes() == junk


def test_database_from_a_newer_version(ready, home):
    db = home / "opsdesk.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    rc, _, err = ready("ticket", "list")
    assert rc == 1 and "9999_from_the_future" in err and "newer" in err
    assert db.read_bytes() == before


# ---- reference data and the database -------------------------------------------------------------
def test_profile_export_import_round_trip(ready, tmp_path):
    out_file = tmp_path / "gx.json"
    rc, _, _ = ready("profile", "export", "GX-4LEVEL", "-o", str(out_file))
    data = json.loads(out_file.read_text("utf-8"))
    data.update(code="MY-CONTRACT", builtin=False, name_zh="我的合同")
    out_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    rc, out, err = ready("profile", "import", str(out_file))
    assert rc == 0, err
    rc, out, _ = ready("profile", "list", "--json")
    assert "MY-CONTRACT" in {p["code"] for p in json.loads(out)}
    out_file.write_text('{"code": "X", "levels": [], "typo": 1}', "utf-8")
    rc, _, err = ready("profile", "import", str(out_file))
    assert rc == 2 and "gx.json" in err


def test_calendar_import_and_years(ready, tmp_path):
    good = tmp_path / "cal2031.csv"
    good.write_text(
        "date,kind,name\n2031-01-01,holiday,元旦\n2031-02-08,workday,春节调休\n2032-01-01,holiday,元旦\n",
        "utf-8",
    )
    rc, out, err = ready("calendar", "import", str(good))
    assert rc == 0, err
    rc, out, err = ready("calendar", "years", "--json")
    years = {y["year"]: y for y in json.loads(out)["years"]}
    # 2032 is touched only by its New Year's Day: that day is merged in, but 2032 is not declared known
    assert years[2031]["days"] == 2 and 2032 not in years
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2033-01-01,holiday,元旦\n2033-02-30,holiday,不存在的日子\n", "utf-8")
    rc, _, err = ready("calendar", "import", str(bad))
    assert rc == 2 and "line 3" in err and "2033-02-30" in err
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("day;type\n2033-01-01;holiday\n", "utf-8")
    rc, _, err = ready("--lang", "zh", "calendar", "import", str(wrong))
    assert rc == 2 and "date,kind,name" in err
    rc, out, _ = ready("calendar", "years", "--json")
    assert 2033 not in {y["year"] for y in json.loads(out)["years"]}  # nothing of a bad file is kept


def test_db_check_and_backup(ready, home, tmp_path):
    _add(ready)
    rc, out, _ = ready("db", "check", "--json")
    report = json.loads(out)
    assert rc == 0 and report["integrity"] == "ok" and report["revision"] == report["head"]
    assert report["counts"]["tickets"] == 1 and report["counts"]["operators"] == 1
    dest = tmp_path / "copy.sqlite3"
    rc, out, _ = ready("db", "backup", str(dest))
    assert rc == 0 and dest.exists()
    con = sqlite3.connect(dest)
    assert con.execute("SELECT count(*) FROM tickets").fetchone() == (1,)
    con.close()
    rc, _, err = ready("db", "backup", str(dest))
    assert rc == 2 and "copy.sqlite3" in err


def test_demo_refuses_a_database_with_tickets(ready):
    rc, out, err = ready("demo", "--tickets", "40", "--days", "30", "--json")
    assert rc == 0, err
    summary = json.loads(out)
    assert summary["tickets"] == 40 and summary["pin"] == "1234"
    rc, _, err = ready("demo", "--tickets", "10")
    assert rc == 2 and "--force" in err
    rc, out, _ = ready("--lang", "zh", "demo", "--tickets", "10", "--days", "5", "--force")
    assert rc == 0 and "PIN 均为 1234" in out


def test_usage_errors_exit_2(cli):
    assert cli("ticket")[0] == 2
    assert cli("ticket", "list", "--status", "sleeping")[0] == 2


# ---- output --------------------------------------------------------------------------------------
def test_width_aware_table():
    assert width("abc") == 3 and width("大屏") == 4 and width("𠮷") == 2
    text = table(["编号", "标题", "x"], [["A1", "大屏黑屏", "1"], ["A1-2", "UPS", "2"]])
    lines = text.splitlines()
    # the third column starts at the same terminal column on every line
    starts = {width(line[: line.rindex(" ") + 1]) for line in lines if not line.startswith("-")}
    assert len(starts) == 1


def test_installed_script_runs(home):
    exe = ROOT / ".venv" / "bin" / "opsdesk-cli"
    if not exe.exists():
        exe = Path(sys.executable).with_name("opsdesk-cli")
    r = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "ticket" in r.stdout and "demo" in r.stdout
    r = subprocess.run(
        [str(exe), "--home", str(home), "--lang", "zh", "ticket", "show", "NOPE"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode in (1, 2) and "Traceback" not in r.stderr and r.stderr.strip()


def test_server_forget_asks_first_then_queues_the_whole_replica_for_the_new_server(ready, home):
    import sqlite3

    from opsdesk import paths

    _add(ready)
    rc, out, _ = ready("server", "forget")
    assert rc == 2 and "--yes" in out  # nothing done without the confirmation
    con = sqlite3.connect(paths.database_path())
    assert con.execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
    con.close()
    rc, out, _ = ready("server", "forget", "--yes")
    assert rc == 0
    con = sqlite3.connect(paths.database_path())
    queued = dict(con.execute("SELECT table_name, count(*) FROM sync_outbox GROUP BY table_name").fetchall())
    state = dict(con.execute("SELECT key, value FROM sync_state").fetchall())
    con.close()
    assert queued.get("tickets") == 1 and queued.get("ticket_events") == 1  # the filed ticket goes along
    assert state.get("enabled") == "1" and "server_id" not in state
    assert str(sum(queued.values())) in out
