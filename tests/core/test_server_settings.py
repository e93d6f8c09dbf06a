"""The server fields of the console settings: validated, defaults standing in for bad values, no password."""

from __future__ import annotations

import json
from pathlib import Path

from opsdesk.config import (
    BAD_SERVER,
    ConsoleSettings,
    check_server,
    load_settings_checked,
    save_settings,
)

GOOD = ConsoleSettings(
    server_host="db.hall.local", server_port=5433, server_database="opsdesk", server_user="zhangsan"
)


def test_standalone_by_default_and_valid():
    s = ConsoleSettings()
    assert not s.server_configured
    assert check_server(s) == {}
    assert check_server(s.with_(server_user="", server_port=0)) == {}  # no host: nothing else matters


def test_a_server_needs_database_and_user():
    assert GOOD.server_configured and check_server(GOOD) == {}
    assert GOOD.server_key == "zhangsan@db.hall.local:5433/opsdesk"
    p = check_server(GOOD.with_(server_user="", server_database=""))
    assert p == {"server_user": ("required", {}), "server_database": ("required", {})}


def test_bad_values_are_named():
    p = check_server(
        GOOD.with_(
            server_host="db host; drop", server_port=70000, server_sslmode="sometimes", server_user="a\nb"
        )
    )
    assert set(p) == {"server_host", "server_port", "server_sslmode", "server_user"}
    assert p["server_port"][0] == "out_of_range"
    assert p["server_sslmode"][0] == "not_allowed"


def test_verify_modes_need_an_existing_root_certificate(tmp_path: Path):
    s = GOOD.with_(server_sslmode="verify-full")
    assert check_server(s) == {"server_sslrootcert": ("required", {})}
    missing = str(tmp_path / "root.crt")
    assert check_server(s.with_(server_sslrootcert=missing))["server_sslrootcert"][0] == "file_missing"
    (tmp_path / "root.crt").write_text("-----BEGIN CERTIFICATE-----\n")
    assert check_server(s.with_(server_sslrootcert=missing)) == {}


def test_saved_and_loaded_without_any_password(tmp_path: Path):
    path = tmp_path / "settings.json"
    save_settings(GOOD.with_(server_sslmode="require"), path)
    raw = json.loads(path.read_text("utf-8"))
    assert raw["server_host"] == "db.hall.local" and raw["server_sslmode"] == "require"
    assert not any("password" in k or "secret" in k for k in raw)
    assert load_settings_checked(path) == (GOOD.with_(server_sslmode="require"), [])


def test_a_password_put_in_the_file_by_hand_is_never_kept(tmp_path: Path):
    path = tmp_path / "settings.json"
    save_settings(GOOD, path)
    raw = json.loads(path.read_text("utf-8"))
    raw["server_password"] = "hunter2"
    path.write_text(json.dumps(raw), "utf-8")
    s, problems = load_settings_checked(path)
    assert problems == [] and s == GOOD
    save_settings(s, path)
    assert "hunter2" not in path.read_text("utf-8")


def test_bad_server_fields_are_reported_and_fall_back(tmp_path: Path):
    path = tmp_path / "settings.json"
    raw = {
        "console_code": "B2",
        "server_host": "db.hall.local",
        "server_user": "li",
        "server_port": "x",
        "server_sslmode": "always",
    }
    path.write_text(json.dumps(raw), "utf-8")
    s, problems = load_settings_checked(path)
    assert problems == [BAD_SERVER]
    assert (s.server_host, s.server_user, s.server_port, s.server_sslmode) == (
        "db.hall.local",
        "li",
        5432,
        "prefer",
    )
    assert s.console_code == "B2"


def test_a_missing_certificate_file_is_not_a_settings_problem(tmp_path: Path):
    path = tmp_path / "settings.json"
    save_settings(
        GOOD.with_(server_sslmode="verify-full", server_sslrootcert=str(tmp_path / "gone.crt")), path
    )
    s, problems = load_settings_checked(path)
    assert problems == [] and s.server_sslrootcert.endswith("gone.crt")  # connecting says what is wrong
