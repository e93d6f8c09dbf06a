"""The main window: panes, shortcuts, status bar, operator switch, language and theme at run time,
geometry, clean shutdown, and the --smoke start used by CI and the bundle."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from opsdesk.domain.enums import Role
from opsdesk.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]


class PrefixTranslator(QTranslator):
    """Stands in for a .qm: translates every string of the given contexts to "ZH:" + source text."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"ZH:{source}" if context in self.contexts else ""


def _tickets(window):
    """The ticket pane, shown (the duty roster is the first pane of the desk since issue 4)."""
    from ui.panes.tickets_pane import TicketsPane

    i = next(i for i, p in enumerate(window.panes) if isinstance(p, TicketsPane))
    window.show_pane(i)
    return window.panes[i]


def _typed_line_edit(window) -> QLineEdit:
    """A visible line edit of the ticket pane to type unsaved text into."""
    pane = _tickets(window)
    edits = [e for e in pane.findChildren(QLineEdit) if e.isVisibleTo(window) and not e.isReadOnly()]
    assert edits, "the ticket pane has no visible line edit"
    return edits[0]


def test_window_shows_the_real_panes_only(main_window):
    w = main_window
    assert len(w.panes) == w.nav.count() == w.stack.count() >= 1
    pane = w.panes[0]
    assert type(pane).__name__ == "RosterPane"  # the duty roster is the first pane (issue 4)
    assert any(type(p).__name__ == "TicketsPane" for p in w.panes)
    assert w.nav.item(0).text() == pane.title() and pane.title()
    assert w.current_pane() is pane
    assert w.pane_actions[0].shortcut().toString() == "Ctrl+1"


def test_menu_actions_and_shortcuts(main_window):
    w = main_window
    keys = {a.shortcut().toString() for a in w.actions()}
    assert {"Ctrl+N", "Ctrl+F", "F5", "Ctrl+L", "Ctrl+1"} <= keys
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&View", "&Tools", "&Help"]
    _tickets(w)
    assert w.act_new.isEnabled() and w.act_search.isEnabled()
    assert w.act_operators.isEnabled()  # signed in as the supervisor


def test_new_ticket_and_search_reach_the_pane(main_window, monkeypatch):
    w = main_window
    calls = []
    pane = _tickets(w)
    monkeypatch.setattr(pane, "new_ticket", lambda: calls.append("new"))
    monkeypatch.setattr(pane, "focus_search", lambda: calls.append("search"))
    w.act_new.trigger()
    w.act_search.trigger()
    assert calls == ["new", "search"]


def test_status_bar_shows_operator_console_connection_and_clock(main_window, qtbot, supervisor):
    st = main_window.status
    assert supervisor.name in st.operator_label.text() and supervisor.post in st.operator_label.text()
    assert "A1" in st.console_label.text()
    assert st.connection.text() == "Standalone"
    st.connection.set_state("offline")
    assert st.connection.text().startswith("Offline since")  # states in detail: tests/ui/test_sync_status.py
    assert re.fullmatch(r"\d\d:\d\d:\d\d", st.clock.text())
    first = st.clock.text()
    qtbot.waitUntil(lambda: st.clock.text() != first, timeout=2500)  # ticks every second


def test_risk_badge_colours_and_filters(main_window, monkeypatch):
    w = main_window
    pane = _tickets(w)
    pane.alarm_counts.emit(0, 0)
    assert w.status.risk_level() == "none"
    pane.alarm_counts.emit(3, 0)
    assert w.status.risk_level() == "warning" and "3" in w.status.risk.text()
    pane.alarm_counts.emit(3, 2)
    assert w.status.risk_level() == "breached"
    assert w.status.risk.property("level") == "breached"
    shown = []
    monkeypatch.setattr(pane, "show_at_risk", lambda: shown.append(True), raising=False)
    w.status.risk.click()
    assert shown == [True]


def test_busy_indicator_while_tasks_run(main_window, wait_tasks):
    w = main_window
    w.state.tasks.db(lambda s: time.sleep(0.3))
    assert not w.status.busy.isHidden()
    wait_tasks(w.state.tasks)
    assert w.status.busy.isHidden()


def test_switch_operator_keeps_unsaved_text(main_window, qtbot, database, wait_tasks):
    from opsdesk.services.operators import create_operator
    from ui.dialogs.sign_in_dialog import SignInDialog

    with database.session() as s:
        night = create_operator(s, name="赵敏", post="机房工程师", role=Role.OPERATOR, secret="1357")
    w = main_window
    pane = _tickets(w)
    edit = _typed_line_edit(w)
    edit.setText("大屏左下角黑屏，未保存")
    w.act_switch.trigger()
    dlg = next(d for d in w.findChildren(SignInDialog) if d.isVisible())
    wait_tasks(w.state.tasks)
    dlg.who.setCurrentIndex(dlg.who.findData(night.id))
    qtbot.keyClicks(dlg.secret, "1357")
    with qtbot.waitSignal(w.state.operator_changed, timeout=10000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert w.state.operator.id == night.id
    assert "赵敏" in w.status.operator_label.text()
    assert not w.act_operators.isEnabled()  # an operator, not a supervisor
    assert _tickets(w) is pane and edit.text() == "大屏左下角黑屏，未保存"


def test_language_switch_retranslates_and_keeps_typed_text(main_window, qapp):
    w = main_window
    edit = _typed_line_edit(w)
    edit.setText("typed before the switch")
    fake = PrefixTranslator({"MainWindow", "DeskStatusBar", "ConnectionState"})
    qapp.installTranslator(fake)
    # Qt announces only non-empty translators; this one has no file, so announce it as a .qm would be
    QApplication.sendEvent(qapp, QEvent(QEvent.Type.LanguageChange))
    try:
        QApplication.processEvents()
        assert w.windowTitle().startswith("ZH:")
        assert w.menu_file.title() == "ZH:&File"
        assert w.act_switch.text().startswith("ZH:")
        assert w.status.connection.text() == "ZH:Standalone"
        assert edit.text() == "typed before the switch"
    finally:
        qapp.removeTranslator(fake)
    QApplication.processEvents()
    assert w.menu_file.title() == "&File"


def test_switching_to_chinese_in_settings(main_window, qapp):
    from ui import i18n

    # scripts/test.sh builds the .qm first: a missing or incomplete one is a failure, not a skip
    assert resource_path("translations", "opsdesk_zh_CN.qm").exists(), "build the .qm files first"
    w = main_window
    edit = _typed_line_edit(w)
    edit.setText("保留")
    english_title = w.menu_file.title()
    w.state.update_settings(w.state.settings.with_(language="zh_CN"))
    QApplication.processEvents()
    assert i18n.current_language() == "zh_CN"
    assert QApplication.translate("MainWindow", "&File") != "&File", "zh_CN has no main-window words"
    assert w.menu_file.title() != english_title and re.search(r"[\u4e00-\u9fff]", w.menu_file.title())
    assert edit.text() == "保留"


def test_theme_toggle(main_window):
    from ui import theme

    w = main_window
    before = theme.current_theme()
    w.act_theme.trigger()
    assert theme.current_theme() != before
    assert w.state.settings.theme == theme.current_theme()
    w.act_theme.trigger()
    assert theme.current_theme() == before


def test_geometry_is_remembered(main_window, qtbot, state, home):
    from ui.main_window import MainWindow

    # within the offscreen screen (800x600) and above the window's minimum size
    main_window.resize(main_window.minimumSizeHint().width() + 1, 520)
    saved = main_window.size()
    main_window.save_window_state()
    assert (home / "window.ini").exists()
    again = MainWindow(state)
    qtbot.addWidget(again)
    # the width may be clamped to the small offscreen screen; the height fits and must come back
    assert again.height() == saved.height() == 520


def test_close_shuts_the_tasks_down(main_window, tasks):
    main_window.close()
    assert not main_window.isVisible()
    assert not tasks._thread.is_alive()


def test_unsaved_work_asks_before_quitting(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    pane = main_window.panes[0]
    monkeypatch.setattr(pane, "has_unsaved_work", lambda: True, raising=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    main_window.close()
    assert main_window.isVisible()  # kept open: the operator said no
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.close()
    assert not main_window.isVisible()


def test_cjk_font_fallback(qapp):
    from PySide6.QtGui import QFontDatabase

    from ui.app import ensure_cjk_font

    ensure_cjk_font(qapp)
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    if not chinese:
        pytest.skip("no CJK font installed on this machine")
    assert set(qapp.font().families()) & chinese


def _run_app(home: Path, *args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("OPSDESK_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "ui.app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_smoke_start_on_a_fresh_data_dir(tmp_path):
    home = tmp_path / "fresh"
    out = _run_app(home, "--smoke")
    assert out.returncode == 0, out.stderr
    assert "smoke ok" in out.stdout
    assert (home / "opsdesk.sqlite3").exists()
    out = _run_app(home, "--smoke", "--lang", "zh_CN")  # and again on the now existing file
    assert out.returncode == 0, out.stderr


def test_damaged_database_is_reported_not_crashed(tmp_path):
    home = tmp_path / "bad"
    home.mkdir()
    (home / "opsdesk.sqlite3").write_bytes(b"this is not a database at all" * 100)
    before = (home / "opsdesk.sqlite3").read_bytes()
    out = _run_app(home, "--smoke")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "damaged" in out.stderr and str(home / "opsdesk.sqlite3") in out.stderr
    assert (home / "opsdesk.sqlite3").read_bytes() == before  # the file was not touched


def test_database_from_a_newer_version_is_refused(tmp_path):
    import sqlite3

    home = tmp_path / "newer"
    home.mkdir()
    con = sqlite3.connect(home / "opsdesk.sqlite3")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    out = _run_app(home, "--smoke", "--lang", "en")
    assert out.returncode == 2
    assert "newer version of opsdesk" in out.stderr and "9999_from_the_future" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_holiday_data_is_shown(main_window, qtbot, database, monkeypatch):
    """DESIGN.md §8: a visible warning wherever a year has no holiday data."""
    from sqlalchemy import delete

    from opsdesk.storage.models import CalendarYear

    this_year = datetime.now(UTC).year
    with database.session() as s:
        s.execute(delete(CalendarYear).where(CalendarYear.year == this_year))
    main_window.check_calendar()
    warning = main_window.status.calendar_warning
    qtbot.waitUntil(lambda: str(this_year) in warning.text(), timeout=5000)
    assert warning.isVisibleTo(main_window)
