"""The entry form on its own: defaults, keyboard shortcuts, problems next to fields, remembered choices."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from opsdesk.domain.people import RoomInfo
from opsdesk.rules.profiles import GX_4LEVEL, NT_ONSITE


@pytest.fixture
def form(qtbot, home, english):
    from ui.widgets.ticket_form import TicketForm

    f = TicketForm()
    qtbot.addWidget(f)
    rooms = [
        RoomInfo("r1", "HALL", "指挥大厅", "Command hall", "hall"),
        RoomInfo("r2", "EAST", "东机房", "East machine room", "machine_room"),
    ]
    f.set_reference(GX_4LEVEL, rooms, ["拼接大屏控制器", "精密空调1号"])
    f.show()
    qtbot.waitExposed(f)
    return f


def test_defaults_and_levels(form):
    assert [form.priority.itemData(i) for i in range(form.priority.count())] == ["P1", "P2", "P3", "P4"]
    assert form.priority.currentData() == "P3"
    assert form.priority.itemText(0) == "P1 Urgent · respond 15 min / resolve 4 h"
    assert form.category.currentData() == "hardware"
    assert form.room.currentData() == ""


def test_level_text_names_every_target() -> None:
    from ui.widgets.ticket_form import duration_text, level_text

    assert level_text(NT_ONSITE.levels[0]).endswith("respond 15 min / on site 4 h / resolve 24 h")
    assert duration_text(timedelta(minutes=90)) == "1 h 30 min"


def test_alt_digits_pick_the_priority_and_ctrl_enter_files(qtbot, form):
    got = []
    form.submitted.connect(got.append)
    form.focus_title()
    qtbot.keyClicks(form.title, "UPS alarm")
    qtbot.keyClick(form.title, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert form.priority.currentData() == "P2"
    qtbot.keyClick(form.title, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(form.title, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert len(got) == 1
    assert (got[0].title, got[0].priority) == ("UPS alarm", "P1")
    form.set_busy(True)  # a second Ctrl+Enter while filing does nothing
    qtbot.keyClick(form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(got) == 1


def test_problems_shown_next_to_fields_and_cleared_by_typing(form):
    form.title.setText("x" * 250)
    form.show_problems(
        {"title": ("too_long", {"max": 200, "length": 250}), "reporter_phone": ("bad_phone", {})}
    )
    assert form.errors["title"].isVisibleTo(form) and "250" in form.errors["title"].text()
    assert form.errors["reporter_phone"].isVisibleTo(form)
    assert form.title.hasFocus()
    form.retranslate()  # a language switch says the problem again, keeps the text
    assert "250" in form.errors["title"].text() and form.title.text() == "x" * 250
    form.title.setText("ok")
    assert not form.errors["title"].isVisibleTo(form)
    assert form.errors["reporter_phone"].isVisibleTo(form)


def test_category_and_room_remembered_after_filing(qtbot, home, form):
    from ui.widgets.ticket_form import TicketForm

    form.category.setCurrentIndex(form.category.findData("video_wall"))
    form.room.setCurrentIndex(form.room.findData("r2"))
    form.priority.setCurrentIndex(0)
    form.title.setText("大屏花屏")
    form.filed()
    assert form.title.text() == ""
    assert form.priority.currentData() == "P3"  # back to the default: a P1 is always deliberate
    assert form.category.currentData() == "video_wall" and form.room.currentData() == "r2"
    again = TicketForm()
    qtbot.addWidget(again)
    again.set_reference(
        GX_4LEVEL, [RoomInfo("r2", "EAST", "东机房", "East machine room", "machine_room")], []
    )
    assert again.category.currentData() == "video_wall"
    assert again.room.currentData() == "r2"
    assert (home / "desk_state.ini").exists()  # under OPSDESK_HOME, never the real config dir


def _access_key(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    i = text.find("&")
    while 0 <= i < len(text) - 1:
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i = text.find("&", i + 2)
    return None


def _access_keys(root) -> dict[str, list[str]]:
    """Access key -> the texts using it, over the visible buddy labels and buttons under `root`."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    keys: dict[str, list[str]] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            key = _access_key(w.text())
            if key:
                keys.setdefault(key, []).append(w.text())
    return keys


def test_access_key_parsing() -> None:
    assert _access_key("Ca&tegory:") == "t"
    assert _access_key("R&&D &unit") == "u"
    assert _access_key("R&&D") is None and _access_key("Clear") is None


def test_access_keys_in_the_form_are_unique(form):
    keys = _access_keys(form)
    assert sum(map(len, keys.values())) == 10  # nine field labels and the file button
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_access_keys_unique_across_the_window_with_the_form_open(main_window):
    from ui.panes.tickets_pane import TicketsPane

    i = next(i for i, p in enumerate(main_window.panes) if isinstance(p, TicketsPane))
    main_window.show_pane(i)  # the duty roster is the first pane since issue 4
    pane = main_window.panes[i]
    pane.new_ticket()
    assert pane.form.isVisible()
    keys = _access_keys(main_window)
    for action in main_window.menuBar().actions():  # Alt+letter opens these from anywhere in the window
        key = _access_key(action.text())
        if key:
            keys.setdefault(key, []).append(action.text())
    assert {"i", "c", "k", "n", "x", "m"} <= set(keys)  # the form's and the pane's keys were all found
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
