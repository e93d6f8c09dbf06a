"""The settings dialog: validation keeps edits; saved values reach DeskState and the settings file."""

from __future__ import annotations

from opsdesk.config import load_settings


def _dialog(qtbot, state, wait_tasks):
    from ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(state)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(state.tasks)
    return dlg


def test_bad_console_code_is_rejected_and_other_edits_are_kept(qtbot, state, wait_tasks, home):
    dlg = _dialog(qtbot, state, wait_tasks)
    before = state.settings
    dlg.org_name.setText("南通市指挥中心")
    dlg.theme.setCurrentIndex(dlg.theme.findData("light"))
    dlg.timezone.setCurrentIndex(dlg.timezone.findData("Asia/Urumqi"))
    dlg.alert_sound.setChecked(True)
    dlg.console_code.setText("1bad")

    assert dlg.save() is False
    assert dlg.isVisible()
    assert dlg.console_error.isVisible() and "Console code" in dlg.console_error.text()
    assert state.settings == before  # nothing saved …
    assert not (home / "settings.json").exists()
    # … and nothing lost
    assert dlg.org_name.text() == "南通市指挥中心"
    assert dlg.theme.currentData() == "light"
    assert dlg.timezone.currentData() == "Asia/Urumqi"
    assert dlg.alert_sound.isChecked()
    assert dlg.console_code.text() == "1bad"

    dlg.console_code.setText("B7")
    with qtbot.waitSignal(state.settings_changed):
        assert dlg.save() is True
    s = state.settings
    assert (s.console_code, s.theme, s.timezone, s.alert_sound, s.org_name) == (
        "B7",
        "light",
        "Asia/Urumqi",
        True,
        "南通市指挥中心",
    )
    assert load_settings() == s  # persisted in OPSDESK_HOME


def test_profiles_come_from_the_database(qtbot, state, wait_tasks):
    dlg = _dialog(qtbot, state, wait_tasks)
    codes = {dlg.profile.itemData(i) for i in range(dlg.profile.count())}
    assert {"GX-4LEVEL", "NT-ONSITE"} <= codes
    dlg.profile.setCurrentIndex(dlg.profile.findData("NT-ONSITE"))
    assert dlg.save()
    assert state.settings.profile_code == "NT-ONSITE"


def test_retranslate_keeps_typed_values(qtbot, state, wait_tasks):
    """A language switch re-sets labels and combo texts but never the operator's entries."""
    dlg = _dialog(qtbot, state, wait_tasks)
    dlg.org_name.setText("typed, not saved")
    dlg.theme.setCurrentIndex(dlg.theme.findData("high_contrast"))
    dlg.retranslate()
    assert dlg.org_name.text() == "typed, not saved"
    assert dlg.theme.currentData() == "high_contrast"
    assert dlg.theme.count() == 3


def test_a_damaged_settings_file_is_reported_and_kept(home):
    from opsdesk.config import load_settings_checked, settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"console_code": "B7", "timezone": "Asia/Urumqi"', "utf-8")  # cut short
    settings, problems = load_settings_checked()
    assert problems == ["unreadable"] and settings.console_code == "A1"
    copies = list(path.parent.glob("settings.json.bad-*"))
    assert len(copies) == 1 and copies[0].read_text("utf-8").startswith('{"console_code": "B7"')
    load_settings_checked()  # read again (the CLI reads it on every run): no second copy of the same
    assert len(list(path.parent.glob("settings.json.bad-*"))) == 1


def test_a_bad_console_code_or_zone_is_reported_not_hidden(home):
    import json

    from opsdesk.config import load_settings_checked, settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"console_code": "b7", "timezone": "Asia/Shanghia", "org_name": "指挥中心"}))
    settings, problems = load_settings_checked()
    assert problems == ["bad_console_code", "bad_timezone"]
    assert (settings.timezone, settings.org_name) == ("Asia/Shanghai", "指挥中心")
    path.write_text(json.dumps({"timezone": "Asia"}))  # a folder of tzdata, not a zone; no code at all
    assert load_settings_checked()[1] == ["bad_console_code", "bad_timezone"]
    path.write_text(json.dumps({"console_code": "B7", "timezone": "Asia/Urumqi"}))
    assert load_settings_checked() == (
        settings.with_(console_code="B7", timezone="Asia/Urumqi", org_name=""),
        [],
    )
    path.unlink()
    assert load_settings_checked()[1] == []  # first start: no file is no problem


def test_the_desk_warns_at_start_and_asks_for_the_console_code(qtbot, main_window, home, qapp):
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.config import settings_path
    from ui.app import Startup, parse_args
    from ui.dialogs.settings_dialog import SettingsDialog

    settings_path().write_text('{"console_code": "b7"}', "utf-8")
    startup = Startup(qapp, parse_args([]))
    assert startup.settings_problems == ["bad_console_code"]
    startup.window = main_window
    startup.warn_about_settings()
    box = main_window.findChild(QMessageBox, "settingsProblems")
    assert box is not None and box.isVisible()
    assert "console code is not set" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(SettingsDialog)), timeout=3000)
    dlg = main_window.findChildren(SettingsDialog)[0]
    assert dlg.isVisible() and dlg.console_code.text() == ""  # not the default "A1": OK needs a code
    assert dlg.save() is False
    dlg.console_code.setText("B7")
    assert dlg.save() is True and main_window.state.settings.console_code == "B7"
