"""The connection state in the status bar: every state of issue 3 in words, always visible, click → sync view."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from opsdesk.sync.engine import SyncStatus

OFFLINE_AT = datetime(2026, 11, 23, 6, 5, tzinfo=UTC)  # 14:05 in Asia/Shanghai


STATES = [
    (SyncStatus("standalone"), "Standalone", "muted"),
    (SyncStatus("online"), "Online", "ok"),
    (SyncStatus("syncing", pending=12), "Syncing (12 pending)", "busy"),
    (SyncStatus("online", pending=3), "Syncing (3 pending)", "busy"),
    (
        SyncStatus("offline", pending=7, offline_since=OFFLINE_AT),
        "Offline since 14:05 (7 pending)",
        "warning",
    ),
    (SyncStatus("online", conflicts=2), "Conflicts (2)", "warning"),
    (SyncStatus("online", rejected=1), "Set aside (1)", "warning"),
    (SyncStatus("refused", reason="auth"), "Sign-in refused", "bad"),
    (SyncStatus("error", reason="disk"), "Sync stopped", "bad"),
]


@pytest.mark.parametrize(("status", "text", "level"), STATES, ids=[s[1] for s in STATES])
def test_each_state_in_words(qtbot, english, status, text, level):
    from ui.widgets.status_bar import DeskStatusBar

    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.set_zone("Asia/Shanghai")
    bar.set_sync_status(status)
    assert bar.connection.text() == text
    assert bar.connection.level() == level
    tip = bar.connection.toolTip()
    assert tip and "Click" in tip
    if status.state == "refused":
        assert "user name or password" in tip and "Settings" in tip
    if status.state not in ("standalone",):
        assert f"Waiting to be sent: {status.pending}" in tip


def test_offline_time_is_shown_in_the_console_zone(qtbot, english):
    from ui.labels import set_display_zone
    from ui.widgets.status_bar import ConnectionState

    w = ConnectionState()
    qtbot.addWidget(w)
    set_display_zone("Europe/London")
    try:
        w.set_status(SyncStatus("offline", pending=0, offline_since=OFFLINE_AT))
        assert w.text() == "Offline since 06:05 (0 pending)"
    finally:
        set_display_zone("Asia/Shanghai")


def test_first_sync_progress_bar(qtbot, english):
    from ui.widgets.status_bar import DeskStatusBar

    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    assert bar.sync_progress.isHidden()
    bar.set_sync_status(SyncStatus("syncing", progress=(2500, 10000)))
    assert bar.sync_progress.isVisible()
    assert (bar.sync_progress.value(), bar.sync_progress.maximum()) == (2500, 10000)
    assert "2500 of 10000" in bar.sync_progress.toolTip()
    bar.set_sync_status(SyncStatus("online"))
    assert bar.sync_progress.isHidden()


def test_chinese_words(qtbot, qapp, english):
    from ui import i18n
    from ui.widgets.status_bar import DeskStatusBar

    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.set_sync_status(SyncStatus("offline", pending=4, offline_since=OFFLINE_AT))
    i18n.install("zh_CN", qapp)
    qtbot.waitUntil(lambda: bar.connection.text() == "离线，自 14:05 起（4 条待发送）")
    bar.set_sync_status(SyncStatus("refused", reason="auth"))
    assert bar.connection.text() == "登录被拒绝"


def test_click_opens_the_sync_view_and_states_are_visible(main_window, qtbot, tmp_path):
    from ui.panes.sync_pane import SyncPane

    w = main_window
    st = w.status
    assert st.connection.isVisible() and st.connection.text() == "Standalone"
    w.show_pane(0)
    qtbot.mouseClick(st.connection, Qt.MouseButton.LeftButton)
    assert isinstance(w.current_pane(), SyncPane)
    # screenshots of every state, for a person to look at (kept under OPSDESK_SHOTS when set)
    shots = os.environ.get("OPSDESK_SHOTS")
    for i, (status, text, _level) in enumerate(STATES):
        w.sync.status_changed.emit(status)
        assert st.connection.text() == text
        qtbot.waitUntil(lambda: st.connection.width() >= st.connection.sizeHint().width(), timeout=2000)
        assert st.connection.isVisible()  # never clipped, never pushed out
        if shots:
            st.grab().save(os.path.join(shots, f"status_{i}.png"))
