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
