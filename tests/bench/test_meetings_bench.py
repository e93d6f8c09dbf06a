"""Meeting support benchmarks (issue 5): a 20-venue video roll-call recorded by keyboard in a scripted
pytest-qt session, and the time the checklist pane takes to open a run.

The roll-call target is "under 60 s of keyboard input". What the desk controls is how many keys it takes
and how long each takes to show and store; the operator's typing speed it does not. So the session is
scripted twice (cell by cell, 120 keys, and the usual way: A for a venue that is fine, cell keys only where
there is a fault) and reports: keys, the desk's own time for them (press to stored, all marks confirmed by
the core), and the total at a brisk 0.3 s per key for a trained operator.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

HUMAN_KEY_S = 0.3  # seconds per keystroke of a trained operator reading a screen (assumption, see docstring)


@pytest.fixture
def desk(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    monkeypatch.setenv("OPSDESK_HOME", str(tmp_path))
    from opsdesk.config import ConsoleSettings
    from opsdesk.domain.enums import Role
    from opsdesk.domain.meetings import MeetingKind, NewMeeting, VenueKind
    from opsdesk.domain.people import Actor
    from opsdesk.services import checklists, meetings
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database
    from opsdesk.timeutil import utcnow
    from ui import i18n
    from ui.state import DeskState
    from ui.tasks import TaskManager

    i18n.install("zh_CN", qapp)
    db = open_local_database()
    with db.session() as s:
        seed_reference(s)
        op = create_operator(s, name="王伟", post="值班员", phone="13800000000", role=Role.SUPERVISOR,
                             secret="2468", secret_kind="pin")  # fmt: skip
        meetings.ensure_meeting_reference(s)
        actor = Actor(op.id, op.name, "A1", op.role)
        for i in range(8):  # 12 districts + 8 departments = 20 venues
            meetings.create_venue(s, f"市直部门{i + 1}", VenueKind.DEPARTMENT, actor, sort_order=200 + i)
        venues = meetings.list_venues(s)
        start = utcnow() + timedelta(hours=3)
        m = meetings.create_meeting(
            s, NewMeeting("每周联动指挥会议", MeetingKind.WEEKLY_COMMAND, start, start + timedelta(hours=2),
                          venue_ids=tuple(v.id for v in venues)), actor,
        )  # fmt: skip
        tmpl = next(t for t in checklists.list_templates(s) if t.code == "video_conference")
        run = checklists.start_run(s, m.id, tmpl.id, actor)
    tasks = TaskManager(db)
    state = DeskState(tasks, ConsoleSettings(language="zh_CN"))
    state.set_operator(op)
    yield state, m, run
    tasks.shutdown()
    db.dispose()
    i18n.install("en", qapp)


def _pane(qtbot, state):
    from ui.panes.meetings_pane import MeetingsPane

    pane = MeetingsPane(state)
    qtbot.addWidget(pane)
    pane.resize(1130, 760)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: state.tasks.pending == 0, timeout=20000)
    return pane


def _rollcall(qtbot, pane, keys: list[Qt.Key]) -> tuple[float, float]:
    """Start a roll-call, type `keys` into the grid; (seconds from first key to all marks stored, the
    roll-call's own elapsed time at readiness)."""
    panel = pane.rollcall
    pane.show_tab(2)
    with qtbot.waitSignal(panel.rollcall_changed, timeout=20000):
        panel.start_button.click()
    assert panel.model.rowCount() == 20
    grid = panel.grid
    t0 = time.perf_counter()
    for k in keys:
        QTest.keyClick(grid, k)
    qtbot.waitUntil(lambda: panel._inflight == 0 and pane.tasks.pending == 0, timeout=60000)
    took = time.perf_counter() - t0
    rc = panel.rollcall
    assert all(v.ready_at is not None for v in rc.venues), "every venue ready"
    assert rc.met(rc.all_ready_at) is True
    return took, (rc.all_ready_at - rc.requested_at).total_seconds()


def test_rollcall_20_venues_by_keyboard(qtbot, desk, record) -> None:
    state, _m, _run = desk
    pane = _pane(qtbot, state)
    pane.select_meeting(_m.id)
    qtbot.waitUntil(lambda: pane.meeting is not None, timeout=20000)

    # cell by cell: six keys a venue, 120 in all (O, 1 or Space each move to the next cell / venue)
    cell_keys = [Qt.Key.Key_O] * 120
    took_cells, ready_cells = _rollcall(qtbot, pane, cell_keys)
    record("roll-call 20 venues, cell by cell: desk time for 120 keys", took_cells, "s", "",
           f"{took_cells / 120 * 1000:.1f} ms/key")  # fmt: skip
    record("roll-call 20 venues, cell by cell: keys + desk at 0.3 s/key", took_cells + 120 * HUMAN_KEY_S, "s",
           "< 60 s", f"ready after {ready_cells:.1f} s of the scripted session")  # fmt: skip

    # the usual way: A for each venue that is fine; two venues have a fault found and fixed at once
    usual: list[Qt.Key] = []
    for v in range(20):
        if v in (4, 13):
            usual += [Qt.Key.Key_O, Qt.Key.Key_F, Qt.Key.Key_Left, Qt.Key.Key_O, Qt.Key.Key_O, Qt.Key.Key_O,
                      Qt.Key.Key_O, Qt.Key.Key_O]  # fmt: skip
        else:
            usual.append(Qt.Key.Key_A)
    took_usual, _ready = _rollcall(qtbot, pane, usual)
    n = len(usual)
    record(f"roll-call 20 venues, A per venue + 2 faults: desk time for {n} keys", took_usual, "s", "",
           f"{took_usual / n * 1000:.1f} ms/key")  # fmt: skip
    record(f"roll-call 20 venues, A per venue + 2 faults: {n} keys + desk at 0.3 s/key",
           took_usual + n * HUMAN_KEY_S, "s", "< 60 s", "")  # fmt: skip


def test_checklist_pane_open_time(qtbot, desk, record) -> None:
    """From the operator's Enter on a checklist to its lines painted: query on the worker + model + paint."""
    state, _m, run = desk
    pane = _pane(qtbot, state)
    view = pane.checklist
    times = []
    for _ in range(12):
        pane.show_tab(0)
        view.run = None  # a fresh open each time (the model is reset as for another run)
        view.model.set_run(None)
        t0 = time.perf_counter()
        with qtbot.waitSignal(view.run_loaded, timeout=20000):
            pane.open_run(run.id)
        pane.repaint()  # synchronous: the lines are on screen when this returns
        times.append((time.perf_counter() - t0) * 1000)
    lines = view.model.rowCount()
    med = statistics.median(times[2:])  # the first opens warm the imports and caches
    record("checklist pane open (video conference, 20 venues)", med, "ms", "<= 150 ms",
           f"{lines} lines; first open {times[0]:.0f} ms; max {max(times[2:]):.0f} ms")  # fmt: skip
