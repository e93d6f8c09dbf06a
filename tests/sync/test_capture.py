"""Capture: an operation for every replicated change, in the same local transaction, only once sync is on."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from opsdesk.domain.enums import EventKind
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.services import reference
from opsdesk.services import tickets as svc
from opsdesk.services.demo import seed_demo
from opsdesk.services.reference import open_desk_database
from opsdesk.storage.models import ContractProfileRow, Room, Ticket
from opsdesk.storage.sync_models import SyncOutbox
from opsdesk.sync import outbox
from opsdesk.sync.engine import enable_sync

ACTOR = Actor(None, "刘洋", "A1")


@pytest.fixture
def db(tmp_path):
    d = open_desk_database(tmp_path / "desk.sqlite3")
    yield d
    d.dispose()


TICKET_TABLES = ("tickets", "ticket_events", "rooms")
REFERENCE = ("contract_profiles", "calendar_days", "calendar_years")


def ops(db, tables: tuple[str, ...] | None = None) -> list[SyncOutbox]:
    with db.session(read_only=True) as s:
        q = select(SyncOutbox).order_by(SyncOutbox.n)
        if tables:
            q = q.where(SyncOutbox.table_name.in_(tables))
        return list(s.scalars(q))


def file(db) -> str:
    with db.session() as s:
        t = svc.create_ticket(
            s,
            NewTicket(title="UPS告警", priority="P2", category="video_wall"),
            ACTOR,
            profile_code="GX-4LEVEL",
        )
        svc.add_event(s, t.id, EventKind.ACKNOWLEDGED, ACTOR)
        return t.id


def test_the_standalone_desk_writes_no_operations(db):
    file(db)
    with db.session() as s:
        reference.create_room(s, code="HALL", name_zh="指挥大厅")
    assert ops(db) == []
    assert db.sync_enabled is False


def test_every_change_is_an_operation_once_sync_is_on(db):
    enable_sync(db)
    tid = file(db)
    got = ops(db, TICKET_TABLES)
    assert [(o.table_name, o.kind) for o in got][:2] == [("tickets", "insert"), ("ticket_events", "insert")]
    ins = json.loads(got[0].data)
    assert ins["id"] == tid and isinstance(ins["created_at"], int) and "server_seq" not in ins
    upd = [o for o in got if o.table_name == "tickets" and o.kind == "update"]
    assert upd, "the acknowledgement changed the ticket's status: an update"
    status = [o for o in upd if "status" in json.loads(o.data)]
    data, base = json.loads(status[-1].data), json.loads(status[-1].base)
    assert data["status"] == "acknowledged" and base["status"] == "new"
    assert set(data) == set(base) and "title" not in data  # changed columns only


def test_a_failed_unit_of_work_leaves_neither_row_nor_operation(db):
    enable_sync(db)
    with pytest.raises(RuntimeError), db.session() as s:
        reference.create_room(s, code="HALL", name_zh="指挥大厅")
        queued = select(func.count()).select_from(SyncOutbox).where(SyncOutbox.table_name == "rooms")
        assert s.scalar(queued) == 1  # written with the row
        raise RuntimeError("the disk is full")
    with db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 0
    assert ops(db, TICKET_TABLES) == []


def test_rows_written_before_sync_are_adopted_once(db):
    seed_demo_small(db)
    with db.session(read_only=True) as s:
        tickets = s.scalar(select(func.count()).select_from(Ticket))
    n = enable_sync(db)
    got = ops(db)
    assert n == len(got) and sum(1 for o in got if o.table_name == "tickets") == tickets
    assert all(o.kind == "insert" for o in got)
    # built-in profiles are made by every console from the code: not operations
    assert not any(o.table_name == "contract_profiles" for o in got)
    with db.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(ContractProfileRow)) > 0
    assert enable_sync(db) == 0  # idempotent
    assert len(ops(db)) == n


def seed_demo_small(db) -> None:
    seed_demo(db, tickets=30)


def test_seeding_the_reference_data_again_writes_no_operations(tmp_path, db):
    enable_sync(db)
    db.dispose()
    again = open_desk_database(tmp_path / "desk.sqlite3")
    try:
        assert ops(again, REFERENCE) == []
        with again.session() as s:
            assert outbox.is_enabled(s)
    finally:
        again.dispose()
