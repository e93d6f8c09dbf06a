"""One database file, several writers: the desk, the CLI in another process, a second connection.

Every unit of work holds the write lock from its first statement (storage.engine), so what it read
cannot change before it writes; and the cached reference data notices a change made by anyone.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from opsdesk.domain.enums import EventKind
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import InvalidTransition
from opsdesk.rules.profiles import GX_4LEVEL
from opsdesk.services import tickets as svc
from opsdesk.services.refcache import reference
from opsdesk.services.reference import open_desk_database, save_profile
from opsdesk.storage.engine import Database
from opsdesk.storage.models import TicketEventRow

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
HOLIDAY = date(2026, 12, 2)  # a Wednesday
EDIT = replace(GX_4LEVEL, code="GX-EDIT", builtin=False)  # P1: respond within 15 minutes


def with_p1_respond(minutes: int):
    p1 = replace(EDIT.levels[0], respond=timedelta(minutes=minutes))
    return replace(EDIT, levels=(p1, *EDIT.levels[1:]))


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Database, Database, Actor, Path]]:
    from opsdesk.services.operators import create_operator

    path = tmp_path / "shared.sqlite3"
    a = open_desk_database(path)
    b = open_desk_database(path)
    with a.session() as s:
        save_profile(s, EDIT)
        op = create_operator(s, name="刘洋", secret="1234")
    yield a, b, Actor(op.id, op.name, "A1"), path
    a.dispose()
    b.dispose()


def file(db: Database, actor: Actor, title: str = "大屏黑屏", priority: str = "P1", profile: str = "GX-EDIT"):
    with db.session() as s:
        return svc.create_ticket(
            s,
            NewTicket(title=title, priority=priority, category="other"),
            actor,
            profile_code=profile,
            now=NOW,
        )


# ---- reference data edited elsewhere --------------------------------------------------------------
_CLI = """
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from opsdesk.domain.sla import CalendarData
from opsdesk.rules.profiles import GX_4LEVEL
from opsdesk.services import reference as ref, tickets as svc
from opsdesk.storage.migrate import open_local_database

edit = replace(GX_4LEVEL, code="GX-EDIT", builtin=False)
p1 = replace(edit.levels[0], respond=timedelta(minutes=30))
db = open_local_database(Path(sys.argv[1]))
with db.session() as s:
    ref.save_profile(s, replace(edit, levels=(p1, *edit.levels[1:])))
    cal = ref.load_calendar(s)
    extra = CalendarData(cal.holidays | {date(2026, 12, 2)}, cal.workdays, cal.years, cal.names)
    ref.replace_calendar_year(s, 2026, extra, "test")
    svc.refresh_open_clocks(s, datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
db.dispose()
"""


def test_an_import_by_another_process_is_seen(two) -> None:
    a, _b, actor, path = two
    t = file(a, actor)
    assert t.clocks.respond.due == NOW + timedelta(minutes=15)
    with a.session() as s:  # the desk has the reference data cached
        assert reference(s)[0]["GX-EDIT"].levels[0].respond == timedelta(minutes=15)
    subprocess.run([sys.executable, "-c", _CLI, str(path)], check=True, capture_output=True)
    with a.session() as s:
        profiles, cal = reference(s)
        assert profiles["GX-EDIT"].levels[0].respond == timedelta(minutes=30)
        assert HOLIDAY in cal.holidays
    # the desk's next event on the ticket keeps the deadline the import computed, not the stale one
    with a.session() as s:
        d = svc.add_event(
            s, t.id, EventKind.COMMENT, actor, payload={"note": "x"}, now=NOW + timedelta(minutes=1)
        )
        assert svc.rows_by_id(s, [t.id])[0].respond_due == NOW + timedelta(minutes=30)
    assert d.clocks.respond.due == NOW + timedelta(minutes=30)


def test_a_rolled_back_edit_is_not_kept(two) -> None:
    a, b, actor, _path = two
    with a.session() as s:
        reference(s)
    with pytest.raises(RuntimeError), b.session() as s:
        save_profile(s, with_p1_respond(60))
        assert reference(s)[0]["GX-EDIT"].levels[0].respond == timedelta(minutes=60)  # its own edit
        raise RuntimeError("the supervisor cancelled")
    for db in (a, b):
        with db.session() as s:
            assert reference(s)[0]["GX-EDIT"].levels[0].respond == timedelta(minutes=15)
    assert file(a, actor).clocks.respond.due == NOW + timedelta(minutes=15)


# ---- two writers at once -----------------------------------------------------------------------
def _race(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make svc.<name> wait for the other thread once, after it has read and before it writes.

    Without the write lock both threads read the same state there, then both write. With it the second
    thread cannot even start reading: the first gives up waiting after a second and goes on alone.
    """
    real: Callable[..., Any] = getattr(svc, name)
    gate = threading.Barrier(2)
    seen = threading.local()

    def slow(*args: Any, **kw: Any) -> Any:
        out = real(*args, **kw)
        if not getattr(seen, "done", False):
            seen.done = True
            with contextlib.suppress(threading.BrokenBarrierError):
                gate.wait(timeout=1)
        return out

    monkeypatch.setattr(svc, name, slow)


def _both(fns: list[Callable[[], Any]]) -> list[Any]:
    """Run each fn in its own thread; their results or the exceptions they raised."""
    out: list[Any] = [None] * len(fns)

    def run(i: int) -> None:
        try:
            out[i] = fns[i]()
        except Exception as exc:  # the test looks at what was raised
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(fns))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    return out


def test_two_writers_never_take_the_same_code(two, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, actor, _path = two
    _race(monkeypatch, "next_code")
    first = _both([lambda: file(a, actor).code, lambda: file(b, actor).code])
    assert all(isinstance(c, str) for c in first), first
    assert sorted(first) == ["A1-20261123-001", "A1-20261123-002"]
    monkeypatch.undo()

    def many(db: Database) -> list[str]:
        return [file(db, actor, f"工单{i}").code for i in range(25)]

    lists = _both([lambda: many(a), lambda: many(b)])
    codes = [c for lst in lists for c in lst]
    assert len(codes) == 50 and len(set(codes)) == 50, lists
    with a.session() as s:
        assert len(svc.list_rows(s)) == 52


def test_two_acknowledgements_cannot_both_be_stored(two, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, actor, _path = two
    t = file(a, actor)
    _race(monkeypatch, "replay")

    def ack(db: Database):
        with db.session() as s:
            return svc.add_event(s, t.id, EventKind.ACKNOWLEDGED, actor, now=NOW + timedelta(minutes=5))

    results = _both([lambda: ack(a), lambda: ack(b)])
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], InvalidTransition), results
    monkeypatch.undo()
    with a.session() as s:
        kinds = s.scalars(select(TicketEventRow.kind).where(TicketEventRow.ticket_id == t.id)).all()
        assert sorted(kinds) == ["acknowledged", "created"]
        # the history stays legal: later events are still accepted
        svc.add_event(
            s, t.id, EventKind.COMMENT, actor, payload={"note": "ok"}, now=NOW + timedelta(minutes=6)
        )
        assert s.scalar(select(func.count()).select_from(TicketEventRow)) == 3


def test_a_read_only_session_does_not_wait_for_a_writer(two) -> None:
    a, b, actor, _path = two
    file(a, actor)
    with a.session() as writing:
        svc.list_rows(writing)  # holds the write lock until the end of this block
        with b.session(read_only=True) as reading:
            started = datetime.now(UTC)
            assert len(svc.list_rows(reading)) == 1
            assert datetime.now(UTC) - started < timedelta(seconds=2)  # busy_timeout is 5 s
