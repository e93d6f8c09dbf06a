"""Settings → Server: fields saved to the settings file, the password only to the keyring (or, without a safe
keyring, memory for the session, said so), validation, and "Test connection" on a worker thread."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt

from opsdesk import errors as E
from opsdesk.secrets import SessionSecrets

PW = "Hall-pw-\u5bc6\u7801-42"


@pytest.fixture
def bridge(state):
    from ui.sync_bridge import SyncBridge

    started = []

    class Engine:
        def __init__(self, database, conn, console_code, *, on_status, on_changes):
            self.conn = conn
            started.append(self)

        def start(self) -> None: ...
        def stop(self, timeout: float = 5) -> None: ...
        def kick(self) -> None: ...

    b = SyncBridge(state, SessionSecrets(), engine_factory=Engine)
    b.started = started  # type: ignore[attr-defined]
    yield b
    b.shutdown()


@pytest.fixture
def dialog(qtbot, state, bridge, wait_tasks):
    from ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(state, sync=bridge)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(state.tasks)
    dlg.tabs.setCurrentWidget(dlg.server)
    return dlg


def _fill(dlg, host="db.hall.local", user="zhangsan", password=PW):
    srv = dlg.server
    srv.host.setText(host)
    srv.port.setValue(5433)
    srv.database.setText("opsdesk")
    srv.user.setText(user)
    srv.password.setText(password)
    srv.sslmode.setCurrentIndex(srv.sslmode.findData("require"))


def test_server_fields_saved_password_only_in_the_keyring(dialog, state, home, memory_keyring, bridge, qtbot):
    _fill(dialog)
    assert dialog.save()
    qtbot.waitUntil(lambda: ("opsdesk", "zhangsan@db.hall.local:5433/opsdesk") in memory_keyring.secrets)
    assert memory_keyring.secrets[("opsdesk", "zhangsan@db.hall.local:5433/opsdesk")] == PW
    text = (home / "settings.json").read_text("utf-8")
    raw = json.loads(text)
    assert (raw["server_host"], raw["server_port"], raw["server_user"], raw["server_sslmode"]) == (
        "db.hall.local",
        5433,
        "zhangsan",
        "require",
    )
    assert PW not in text
    s = state.settings
    assert s.server_configured and s.server_database == "opsdesk"
    # the bridge signed in with the new password (an engine was made with it)
    qtbot.waitUntil(lambda: bool(bridge.started))
    assert bridge.started[-1].conn.password == PW
    assert not bridge.secrets.in_memory_only(s.server_key)


def test_keyring_in_use_is_named(dialog, qtbot):
    qtbot.waitUntil(lambda: "MemoryKeyring" in dialog.server.keyring_note.text())
    assert "never in the settings file" in dialog.server.keyring_note.text()


def test_without_a_safe_keyring_the_operator_is_told_and_it_stays_in_memory(
    qtbot, state, bridge, home, tmp_path: Path, wait_tasks
):
    from keyrings.alt.file import PlaintextKeyring

    from ui.dialogs.settings_dialog import SettingsDialog

    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "plain.cfg")  # type: ignore[misc]
    keyring.set_keyring(plain)
    dlg = SettingsDialog(state, sync=bridge)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(state.tasks)
    note = dlg.server.keyring_note.text()
    assert "no safe keyring" in note and "this session only" in note
    _fill(dlg)
    assert dlg.save()
    wait_tasks(state.tasks)
    key = state.settings.server_key
    assert bridge.secrets.in_memory_only(key) and bridge.secrets.get(key) == PW
    assert not (tmp_path / "plain.cfg").exists()
    assert PW not in (home / "settings.json").read_text("utf-8")
    qtbot.waitUntil(lambda: bool(bridge.started))
    assert bridge.started[-1].conn.password == PW


def test_invalid_server_fields_keep_the_dialog_open(dialog, state, tmp_path):
    _fill(dialog, user="")
    assert not dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.server
    assert "User is required." in dialog.server.error.text()
    dialog.server.user.setText("zhangsan")
    dialog.server.sslmode.setCurrentIndex(dialog.server.sslmode.findData("verify-full"))
    assert not dialog.save()
    assert "Root certificate is required." in dialog.server.error.text()
    dialog.server.rootcert.setText(str(tmp_path / "none.crt"))
    assert not dialog.save()
    assert "does not exist" in dialog.server.error.text()
    (tmp_path / "none.crt").write_text("x")
    assert dialog.save()
    assert state.settings.server_sslrootcert.endswith("none.crt")


def test_an_empty_host_is_standalone(dialog, state):
    _fill(dialog, host="", user="", password="")
    assert dialog.save()
    assert not state.settings.server_configured


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        ("ok", "Connected and signed in"),
        (E.ServerAuthFailed("password authentication failed"), "user name or password is wrong"),
        (E.ServerUnreachable("timeout expired"), "cannot be reached"),
        (E.ServerTlsError("certificate verify failed"), "secure connection"),
        (E.ServerRefused("superuser"), "superuser"),
        (E.ServerNotInitialized(), "server init"),
    ],
    ids=["ok", "auth", "unreachable", "tls", "superuser", "not_initialized"],
)
def test_test_connection_reports_in_words_off_the_gui_thread(dialog, qtbot, monkeypatch, outcome, words):
    from opsdesk.sync import engine

    calls = []

    def probe(conn, timeout=5.0, console_code="probe"):
        calls.append((conn, threading.current_thread()))
        if isinstance(outcome, Exception):
            raise outcome
        return "0193f1de-7c1a-7000-8000-000000000001"

    monkeypatch.setattr(engine, "probe", probe)
    _fill(dialog)
    qtbot.mouseClick(dialog.server.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.server.result_code() not in ("", "testing"))
    assert words in dialog.server.result.text()
    assert PW not in dialog.server.result.text()
    conn, thread = calls[0]
    assert thread is not threading.main_thread()
    assert (conn.host, conn.port, conn.user, conn.password, conn.sslmode) == (
        "db.hall.local",
        5433,
        "zhangsan",
        PW,
        "require",
    )
    assert dialog.server.test_button.isEnabled()


def test_test_connection_uses_the_stored_password(dialog, qtbot, monkeypatch, memory_keyring, state):
    from opsdesk import secrets
    from opsdesk.sync import engine

    seen = []
    monkeypatch.setattr(engine, "probe", lambda conn, **k: seen.append(conn.password) or "id")
    _fill(dialog, password="")
    secrets.set_password("zhangsan@db.hall.local:5433/opsdesk", "stored-pw")
    dialog.server.test_connection()
    qtbot.waitUntil(lambda: dialog.server.result_code() == "ok")
    assert seen == ["stored-pw"]
    memory_keyring.secrets.clear()
    dialog.server.test_connection()
    qtbot.waitUntil(lambda: dialog.server.result_code() == "no_password")
    assert "Enter the password" in dialog.server.result.text()
