"""Fixtures for the GUI tests: offscreen Qt, a temporary OPSDESK_HOME, a migrated database, tasks, state."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest

from opsdesk.config import ConsoleSettings
from opsdesk.domain.enums import Role
from opsdesk.domain.people import OperatorInfo
from opsdesk.storage.engine import Database

SUPERVISOR_PIN = "2468"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh OPSDESK_HOME: data, settings and window geometry all go here, never to the real dirs."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("OPSDESK_HOME", str(h))
    return h


@pytest.fixture
def database(home: Path) -> Iterator[Database]:
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    db = open_local_database()
    with db.session() as s:
        seed_reference(s)
    yield db
    db.dispose()


@pytest.fixture
def tasks(qapp, database: Database):
    from ui.tasks import TaskManager

    tm = TaskManager(database)
    yield tm
    tm.shutdown()


@pytest.fixture
def english(qapp):
    """Every test starts in English (the source language) and leaves the app in English."""
    from ui import i18n

    i18n.install("en", qapp)
    yield
    i18n.install("en", qapp)


@pytest.fixture
def state(tasks, english):
    from ui.state import DeskState

    return DeskState(tasks, ConsoleSettings(language="en"))


@pytest.fixture
def supervisor_pin() -> str:
    return SUPERVISOR_PIN


@pytest.fixture
def supervisor(database: Database) -> OperatorInfo:
    from opsdesk.services.operators import create_operator

    with database.session() as s:
        return create_operator(
            s,
            name="王伟",
            post="项目经理",
            phone="13800000000",
            role=Role.SUPERVISOR,
            secret=SUPERVISOR_PIN,
            secret_kind="pin",
        )


@pytest.fixture
def wait_tasks(qtbot):
    """Wait until every queued task has come back to the GUI thread."""

    def wait(tm, timeout: int = 10000) -> None:
        qtbot.waitUntil(lambda: tm.pending == 0, timeout=timeout)

    return wait


@pytest.fixture
def main_window(qtbot, state, supervisor, wait_tasks, monkeypatch):
    """The main window signed in as the supervisor, shown, its first loads done.

    Closing it at teardown never waits on a "quit with unsaved work?" question.
    """
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    state.set_operator(supervisor)
    w = MainWindow(state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    wait_tasks(state.tasks)
    return w
