"""`opsdesk-cli server init | add-operator | status` against a real PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from servertools import make_server

from opsdesk.cli import main


@pytest.fixture
def owner_url(pg_url: str) -> tuple[str, object]:
    s = make_server(pg_url)
    return s.url_as(s.owner).replace("postgresql+psycopg://", "postgresql://"), s


def test_init_add_operator_status(owner_url, capsys, monkeypatch) -> None:
    url, server = owner_url
    assert main(["--lang", "en", "server", "init", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "Schema revision" in out and "opsdesk_operator, opsdesk_supervisor" in out
    assert main(["--lang", "zh", "server", "init", "--url", url]) == 0  # again: an upgrade, no error
    assert "服务器已就绪" in capsys.readouterr().out

    name = f"zhang_{uuid.uuid4().hex[:6]}"
    secret = "Duty-Pass-2026-xyz"
    with server.superuser() as su:
        su.execute(f"ALTER ROLE \"{server.owner}\" SET log_statement = 'all'")
        log = Path(su.execute("SELECT current_setting('data_directory')").fetchone()[0]).parent / "server.log"
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    assert main(["--lang", "en", "server", "add-operator", name, "--password-stdin", "--url", url]) == 0
    assert f"Created login role {name} (operator)" in capsys.readouterr().out
    with server.superuser() as su:
        pw, login = su.execute(
            "SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = %s", [name]
        ).fetchone()
        assert pw.startswith("SCRAM-SHA-256$") and login
        assert su.execute("SELECT pg_has_role(%s, 'opsdesk_operator', 'MEMBER')", [name]).fetchone()[0]
        assert not su.execute("SELECT pg_has_role(%s, 'opsdesk_supervisor', 'MEMBER')", [name]).fetchone()[0]
    # the clear password reached neither the statement log nor anything else the server wrote
    assert "CREATE ROLE" in log.read_text(errors="replace")
    assert secret not in log.read_text(errors="replace")

    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "2\n"))
    assert main(["--lang", "en", "server", "add-operator", name, "--supervisor", "--password-stdin",
                 "--url", url]) == 0  # fmt: skip
    assert "Updated login role" in capsys.readouterr().out

    assert main(["server", "status", "--json", "--url", url]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["revision"] == st["head"] and st["change_seq"] == 0
    assert {"name": name, "supervisor": True, "login": True} in st["operators"]
    assert main(["--lang", "zh", "server", "status", "--url", url]) == 0
    text = capsys.readouterr().out
    assert "服务器标识" in text and name in text and "主管" in text


@pytest.mark.parametrize(
    ("args", "stdin", "code", "words"),
    [
        (["add-operator", "Bad-Name"], "long-enough-pw\n", 2, "cannot be a role name"),
        (["add-operator", "opsdesk_x"], "long-enough-pw\n", 2, "cannot be a role name"),
        (["add-operator", "shorty"], "short\n", 2, "8 to 128 characters"),
    ],
)
def test_bad_input_is_refused_before_connecting(args, stdin, code, words, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    url = "postgresql://nobody@127.0.0.1:1/nowhere"
    assert main(["--lang", "en", "server", *args, "--password-stdin", "--url", url]) == code
    assert words in capsys.readouterr().err


def test_unreachable_server_and_uninitialised_db(owner_url, capsys) -> None:
    assert main(["--lang", "en", "server", "status", "--url", "postgresql://x@127.0.0.1:1/db"]) == 1
    assert "Cannot reach the server" in capsys.readouterr().err
    url, _ = owner_url
    assert main(["--lang", "en", "server", "status", "--url", url]) == 1
    assert "run opsdesk-cli server init first" in capsys.readouterr().err
    assert main(["--lang", "en", "server", "init", "--url", "mysql://x@y/z"]) == 2
    assert "is not valid" in capsys.readouterr().err
    assert main(["--lang", "en", "server", "status"]) == 2
    assert "--url" in capsys.readouterr().err
