"""A small team and a generated roster for the roster GUI tests (imported by tests/ui/test_roster_*.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from opsdesk.domain.enums import Role
from opsdesk.domain.people import Actor
from opsdesk.domain.roster import NewStaff, Staff
from opsdesk.timeutil import zone

BOSS = Actor(None, "王伟", "A1", Role.SUPERVISOR)
TEAM = (
    ("张伟", "日常运维", "13800000001"),
    ("李娜", "大厅设备", "13800000002"),
    ("王磊", "机房运维", "13800000003"),
    ("刘洋", "日常运维", "13800000004"),
    ("陈静", "大厅设备", "13800000005"),
    ("杨勇", "机房运维", "13800000006"),
)


def today() -> date:
    return datetime.now(UTC).astimezone(zone("Asia/Shanghai")).date()


def seed_team(database, *, days_before: int = 10, days_after: int = 40) -> list[Staff]:
    """The team, the built-in shifts, and a generated roster around today (a missing year is accepted)."""
    from opsdesk.services import roster as roster_service

    with database.session() as s:
        roster_service.seed_roster_reference(s)
        staff = [
            roster_service.create_staff(
                s, NewStaff(name=n, post=p, phone=ph, active_from=date(2020, 1, 1)), BOSS
            )
            for n, p, ph in TEAM
        ]
    t = today()
    with database.session() as s:
        roster_service.generate(
            s,
            t - timedelta(days=days_before),
            t + timedelta(days=days_after),
            BOSS,
            accept_missing_calendar=True,
        )
    return staff


def view(database, a: date, b: date):
    from opsdesk.services import roster as roster_service

    with database.session() as s:
        return roster_service.roster_view(s, a, b)


def day_assignments(database, d: date):
    v = view(database, d, d)
    return list(v.days[0].assignments) if v.days else []


def workdays_after(database, start: date, n: int = 2) -> list[date]:
    """The first n pairs' worth of consecutive workdays from `start` on: [d, d+1, …] all workdays."""
    v = view(database, start, start + timedelta(days=30))
    days = [rd.info.day for rd in v.days if rd.info.workday]
    for i in range(len(days) - n + 1):
        if all(days[i + k] == days[i] + timedelta(days=k) for k in range(n)):
            return days[i : i + n]
    raise AssertionError("no run of workdays")
