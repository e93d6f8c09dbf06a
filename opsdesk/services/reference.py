"""Reference data: rooms, equipment, contract profiles and the workday calendar, seeded on first start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.enums import RoomKind
from opsdesk.domain.people import RoomInfo
from opsdesk.domain.sla import CalendarData, ContractProfile
from opsdesk.errors import UnknownProfile
from opsdesk.rules.profiles import builtin_profiles, profile_from_dict, profile_to_dict
from opsdesk.services.validation import Checker
from opsdesk.storage.engine import Database
from opsdesk.storage.models import CalendarDay, CalendarYear, ContractProfileRow, Equipment, Room
from opsdesk.timeutil import new_id, utcnow


# ---- rooms ---------------------------------------------------------------------------------------
def list_rooms(s: Session) -> list[RoomInfo]:
    q = select(Room).where(Room.deleted.is_(False)).order_by(Room.sort_order, Room.code)
    return [RoomInfo(r.id, r.code, r.name_zh, r.name_en, r.kind) for r in s.scalars(q)]


def create_room(
    s: Session, *, code: str, name_zh: str, name_en: str = "", kind: str = RoomKind.OTHER, sort_order: int = 0
) -> RoomInfo:
    c = Checker()
    code = c.text("code", code, max_len=20, required=True)
    name_zh = c.text("name_zh", name_zh, max_len=50, required=True)
    name_en = c.text("name_en", name_en, max_len=80)
    kind = c.choice("kind", str(kind), tuple(k.value for k in RoomKind))
    if code and s.scalar(select(Room.id).where(Room.code == code)):
        c.add("code", "duplicate", value=code)
    c.raise_if_any()
    r = Room(
        id=new_id(),
        code=code,
        name_zh=name_zh,
        name_en=name_en,
        kind=kind,
        sort_order=sort_order,
        updated_at=utcnow(),
    )
    s.add(r)
    s.flush()
    return RoomInfo(r.id, r.code, r.name_zh, r.name_en, r.kind)


def add_equipment(
    s: Session, *, room_id: str | None, name: str, model: str = "", serial: str = "", category: str = ""
) -> str:
    e = Equipment(
        id=new_id(),
        room_id=room_id,
        name=name,
        model=model,
        serial=serial,
        category=category,
        updated_at=utcnow(),
    )
    s.add(e)
    return e.id


def equipment_names(s: Session, room_id: str | None = None) -> list[str]:
    q = select(Equipment.name).where(Equipment.deleted.is_(False)).order_by(Equipment.name)
    if room_id:
        q = q.where(Equipment.room_id == room_id)
    return list(dict.fromkeys(s.scalars(q)))


# ---- contract profiles ---------------------------------------------------------------------------
def save_profile(s: Session, profile: ContractProfile, *, builtin: bool = False) -> None:
    row = s.scalar(select(ContractProfileRow).where(ContractProfileRow.code == profile.code))
    data = json.dumps(profile_to_dict(profile), ensure_ascii=False)
    if row is None:
        s.add(
            ContractProfileRow(
                id=new_id(), code=profile.code, data=data, builtin=builtin, updated_at=utcnow()
            )
        )
    elif (row.data, row.builtin, row.deleted) != (data, builtin, False):  # unchanged rows keep their stamp
        row.data, row.builtin, row.updated_at, row.deleted = data, builtin, utcnow(), False


def import_profile(s: Session, text: str, source: str = "file") -> ContractProfile:
    """Import a profile from JSON text (the format of opsdesk.rules.profiles.profile_to_dict)."""
    from opsdesk.errors import ImportFormatError

    try:
        d = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(source, f"not JSON: {exc}") from exc
    profile = profile_from_dict(d, source=source)
    # built-ins are rewritten from the code at every start: an edit saved under their code would vanish
    if profile.code in {p.code for p in builtin_profiles()}:
        raise ImportFormatError(
            source, f"code {profile.code!r} belongs to a built-in profile; use another code"
        )
    save_profile(s, profile)
    return profile


def list_profiles(s: Session) -> list[ContractProfile]:
    rows = s.scalars(
        select(ContractProfileRow)
        .where(ContractProfileRow.deleted.is_(False))
        .order_by(ContractProfileRow.builtin.desc(), ContractProfileRow.code)
    )
    return [profile_from_dict(json.loads(r.data)) for r in rows]


def get_profile(s: Session, code: str) -> ContractProfile:
    row = s.scalar(
        select(ContractProfileRow).where(
            ContractProfileRow.code == code, ContractProfileRow.deleted.is_(False)
        )
    )
    if row is None:
        raise UnknownProfile(code)
    return profile_from_dict(json.loads(row.data))


# ---- calendar ------------------------------------------------------------------------------------
def load_calendar(s: Session) -> CalendarData:
    days = s.execute(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name).where(CalendarDay.deleted.is_(False))
    ).all()
    years = s.scalars(select(CalendarYear.year).where(CalendarYear.deleted.is_(False))).all()
    hol, work, names = set(), set(), {}
    for day, kind, name in days:
        d = date.fromisoformat(day)
        (hol if kind == "holiday" else work).add(d)
        if name:
            names[d] = name
    return CalendarData(frozenset(hol), frozenset(work), frozenset(years), names)


def replace_calendar_year(s: Session, year: int, data: CalendarData, source: str) -> None:
    """Replace one year's holidays and make-up workdays (a supervisor's edit or import)."""
    now = utcnow()
    # replicated rows are never deleted (DESIGN.md §4): a day keeps its row, one no longer listed is
    # tombstoned, so every console ends with the same rows
    wanted = {
        d.isoformat(): (kind, data.names.get(d, ""))
        for kind, dates in (("holiday", data.holidays), ("workday", data.workdays))
        for d in dates
        if d.year == year
    }
    for row in s.scalars(select(CalendarDay).where(CalendarDay.day.like(f"{year:04d}-%"))):
        if row.day in wanted:
            (kind, name), deleted = wanted.pop(row.day), False
        else:
            kind, name, deleted = row.kind, row.name, True
        if (row.kind, row.name, row.deleted) != (kind, name, deleted):
            row.kind, row.name, row.deleted, row.updated_at = kind, name, deleted, now
    for day, (kind, name) in sorted(wanted.items()):
        s.add(CalendarDay(id=new_id(), day=day, kind=kind, name=name, updated_at=now))
    yr = s.scalar(select(CalendarYear).where(CalendarYear.year == year))
    if yr is None:
        s.add(CalendarYear(id=new_id(), year=year, source=source, updated_at=now))
    else:
        yr.source, yr.updated_at, yr.deleted = source, now, False


# ---- first start ---------------------------------------------------------------------------------
def seed_reference(s: Session) -> None:
    """Idempotent: built-in profiles and the calendar years the chinesecalendar package knows.

    Every console makes the profiles and the packaged calendar from its own code, so they are not sync
    operations (issue 3); the meetings' built-in rows are (runs refer to them; their ids are the same on
    every console, so the server takes each once).
    """
    with _no_capture(s):
        for p in builtin_profiles():
            save_profile(s, p, builtin=True)
    from opsdesk.services.meetings import ensure_meeting_reference

    ensure_meeting_reference(s)  # checklist templates and venues: captured (runs refer to them)
    s.flush()
    known = set(s.scalars(select(CalendarYear.year)).all())
    from opsdesk.rules.workdays import calendar_from_chinesecalendar, chinesecalendar_years

    missing = set(chinesecalendar_years()) - known
    if not missing:  # the usual start: nothing new in the package, skip building a year of data per year
        return
    data = calendar_from_chinesecalendar(missing)
    with _no_capture(s):
        for year in sorted(missing & data.years):
            replace_calendar_year(s, year, data, "chinesecalendar")


@contextmanager
def _no_capture(s: Session) -> Iterator[None]:
    """Writes flushed inside are not sync operations (opsdesk.sync.outbox reads session.info["outbox"])."""
    before = s.info.get("outbox")
    s.flush()
    s.info["outbox"] = False
    try:
        yield
        s.flush()
    finally:
        if before is None:
            s.info.pop("outbox", None)
        else:
            s.info["outbox"] = before


def open_desk_database(path: Path | None = None) -> Database:
    """The local database ready for the desk or the CLI: checked, backed up, migrated, reference seeded."""
    from opsdesk.storage.migrate import open_local_database

    db = open_local_database(path)
    try:
        with db.session() as s:
            seed_reference(s)
    except BaseException:
        db.dispose()
        raise
    return db
