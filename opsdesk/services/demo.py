"""Seed a realistic command center: rooms, their equipment, the team, and a year of tickets.

Every ticket is filed and worked through the ticket service (opsdesk.services.tickets.file_scripted: the
same checks and rows as create_ticket + add_event), so the data is what the team would have produced.
The lifecycles follow the workday rhythm and the contract's targets: most tickets closed in time, some
late, a few reopened, and the newest still open in every state, including paused for a spare part.
Deterministic for a seed (ticket codes, titles and times; row ids are UUIDv7 and differ).
"""

from __future__ import annotations

import random
import time as _time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk.domain.enums import EventKind, PauseReason, Role
from opsdesk.domain.people import Actor, OperatorInfo, RoomInfo
from opsdesk.domain.sla import CalendarData, ContractProfile
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import UnknownProfile
from opsdesk.rules.workdays import is_workday
from opsdesk.services import demo_catalog as cat
from opsdesk.services.meetings_demo import seed_demo_meetings
from opsdesk.services.operators import create_operator, list_operators
from opsdesk.services.refcache import reference
from opsdesk.services.reference import add_equipment, create_room, list_rooms, seed_reference
from opsdesk.services.tickets import ScriptedEvent, file_scripted
from opsdesk.storage.engine import Database
from opsdesk.storage.models import Equipment, Operator, Room, Ticket
from opsdesk.timeutil import DEFAULT_TZ, utcnow, zone

BATCH = 1000  # tickets per transaction: few commits, and a progress report per batch
_MIN = timedelta(minutes=1)
_H = timedelta(hours=1)
_DAY = timedelta(days=1)
PRIORITY_MIX = (3, 15, 45, 37)  # % of P1..P4 (DOMAIN.md levels of 003_…)
# Hour-of-day weights: on site 08:00–19:00 on workdays, phone duty at night and on days off.
_WORK_HOURS = (0.15, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.5, 2.5, 4, 4, 3.5, 1.5, 2, 3.5, 3.5, 3.5, 2.5, 1.5,
               0.8, 0.6, 0.4, 0.3, 0.2)  # fmt: skip
_OFF_HOURS = (0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.6, 0.9, 1, 1, 0.8, 0.8, 1, 1, 1, 0.9, 0.8, 0.7,
              0.6, 0.5, 0.3, 0.2)  # fmt: skip
_COMMENTS = (
    "已电话联系报修人，正在前往现场", "已联系厂家工程师，预计明日到场", "备件已到货，准备更换",
    "已告知用户临时使用备用设备", "已向项目经理报告", "已在巡检记录中登记隐患", "需停机窗口处理，已与用户约定时间",
)  # fmt: skip
_STALL_ORDER = ("new", "acknowledged", "on_site", "paused", "resolved", "on_site", "acknowledged", "paused",
                "resolved", "resolved", "paused", "on_site")  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Plan:
    new: NewTicket
    actor: Actor
    at: datetime
    script: tuple[ScriptedEvent, ...]


class _World:
    """What the planner draws on: rooms, team, contract, calendar."""

    def __init__(
        self,
        rooms: dict[str, RoomInfo],
        team: list[OperatorInfo],
        profile: ContractProfile,
        cal: CalendarData,
        console: str,
        tz: str,
    ) -> None:
        self.rooms, self.profile, self.cal, self.console, self.tz = rooms, profile, cal, console, tz
        self.supervisor = next((o for o in team if o.role is Role.SUPERVISOR), team[0])
        self.engineers = [o for o in team if o.role is Role.OPERATOR] or [self.supervisor]
        self.by_post: dict[str, list[OperatorInfo]] = {}
        for o in self.engineers:
            self.by_post.setdefault(o.post, []).append(o)

    def actor(self, o: OperatorInfo) -> Actor:
        return Actor(o.id, o.name, self.console, o.role)


# ---- the place and the team ----------------------------------------------------------------------
def _ensure_rooms(s: Session) -> dict[str, RoomInfo]:
    have = {r.code: r for r in list_rooms(s)}
    for i, (code, zh, en, kind) in enumerate(cat.ROOM_LIST):
        if code not in have:
            have[code] = create_room(s, code=code, name_zh=zh, name_en=en, kind=kind, sort_order=i * 10)
    return have


def _ensure_equipment(s: Session, rooms: dict[str, RoomInfo], rng: random.Random) -> None:
    for code, items in cat.EQUIPMENT.items():
        room = rooms[code]
        if s.scalar(select(func.count()).select_from(Equipment).where(Equipment.room_id == room.id)):
            continue
        for name, model, serial, category in items:
            add_equipment(
                s,
                room_id=room.id,
                name=name,
                model=model,
                serial=f"{serial}{rng.randrange(10**7):07d}",
                category=str(category),
            )


def _ensure_team(s: Session) -> list[OperatorInfo]:
    have = {o.name for o in list_operators(s, active_only=False)}
    for i, (name, post, phone) in enumerate(cat.TEAM):
        if name not in have:
            create_operator(
                s,
                name=name,
                secret=cat.DEMO_PIN,
                secret_kind="pin",
                post=post,
                phone=phone,
                role=Role.SUPERVISOR if i == 0 else Role.OPERATOR,
            )
    names = {t[0] for t in cat.TEAM}
    return [o for o in list_operators(s) if o.name in names]


# ---- when tickets come in ------------------------------------------------------------------------
def _arrivals(
    rng: random.Random, n: int, days: int, now: datetime, cal: CalendarData, tz: str
) -> list[datetime]:
    """n creation instants over the last `days` days, denser on workdays and in working hours."""
    z = zone(tz)
    today = now.astimezone(z).date()
    dates = [today - timedelta(days=d) for d in range(days - 1, -1, -1)]
    weights = [1.0 if is_workday(d, cal) else 0.4 for d in dates]
    hours = range(24)
    latest = now - 2 * _MIN
    out: list[datetime] = []
    for d in rng.choices(dates, weights=weights, k=n):
        h = rng.choices(hours, weights=_WORK_HOURS if is_workday(d, cal) else _OFF_HOURS)[0]
        at = datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60), tzinfo=z).astimezone(
            UTC
        )
        if at > latest:  # later today: not yet happened, so some time earlier today instead
            start = datetime(today.year, today.month, today.day, tzinfo=z).astimezone(UTC)
            at = max(start, latest - (latest - start) * rng.random()) if latest > start else latest
            at = at.replace(microsecond=0)
        out.append(at)
    out.sort()
    return out


# ---- one ticket's life ---------------------------------------------------------------------------
def _fill(rng: random.Random, room: RoomInfo, unit: str) -> dict[str, object]:
    floor = {"OF1": "1楼", "OF2": "2楼", "OF3": "3楼"}.get(room.code)
    office = f"{floor}{floor[0]}{rng.randrange(1, 20):02d}室" if floor else room.name_zh
    return {
        "row": rng.randrange(1, 5), "col": rng.randrange(1, 9), "seat": rng.randrange(1, 61),
        "venue": rng.choice(cat.VENUES), "meeting": rng.choice(cat.MEETINGS), "office": office,
        "temp": rng.randrange(27, 33), "hum": rng.randrange(72, 86), "server": rng.randrange(1, 17), "unit": unit,
    }  # fmt: skip


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.25:  # an internal extension
        return f"0771-{rng.randrange(2800000, 2899999)}"
    return f"1{rng.choice('3589')}{rng.randrange(10)}{rng.randrange(10**8):08d}"


def _plan(rng: random.Random, w: _World, at: datetime, stall: str | None) -> _Plan:
    levels = w.profile.level_codes
    mix = (PRIORITY_MIX + (PRIORITY_MIX[-1],) * len(levels))[: len(levels)]
    pi = rng.choices(range(len(levels)), weights=mix)[0]
    priority = levels[pi]
    fault = rng.choices(
        cat.FAULTS, weights=[f.weight * _fits(f.severity, pi, len(levels)) for f in cat.FAULTS]
    )[0]
    room = w.rooms[rng.choice(fault.rooms)]
    unit = rng.choice(cat.UNITS)
    values = _fill(rng, room, unit)
    title = rng.choice(fault.titles).format(**values)
    description = rng.choice(fault.symptoms).format(**values)
    if pi <= 1 and rng.random() < 0.5:
        description += "影响值班值守，请尽快处理。"
    team = w.by_post.get(fault.post) or w.engineers
    assignee = rng.choice(team)
    creator = assignee if rng.random() < 0.7 else rng.choice(w.engineers)
    new = NewTicket(
        title=title, priority=priority, category=str(fault.category), description=description,
        reporter_name=rng.choice(cat.SURNAMES) + rng.choice(cat.GIVEN), reporter_phone=_phone(rng),
        reporter_unit=unit, room_id=room.id, equipment=fault.equipment, assignee_id=assignee.id,
    )  # fmt: skip
    events = _lifecycle(rng, w, fault, at, priority, pi, assignee)
    events = _cut(rng, events, stall, w)
    return _Plan(new, w.actor(creator), at, tuple(events))


def _fits(severity: str, pi: int, n: int) -> float:
    if n < 4:
        return 1.0
    ok = {"major": pi <= 2, "normal": pi >= 1, "minor": pi >= 2}[severity]
    return 1.0 if ok else 0.0


def _lifecycle(
    rng: random.Random,
    w: _World,
    fault: cat.Fault,
    t0: datetime,
    priority: str,
    pi: int,
    assignee: OperatorInfo,
) -> list[ScriptedEvent]:
    level = w.profile.level(priority)
    respond = level.respond or 30 * _MIN
    resolve = level.resolve or 24 * _H
    night = not (8 <= t0.astimezone(zone(w.tz)).hour < 19)
    ev: list[ScriptedEvent] = []
    who = assignee

    def add(
        kind: EventKind, at: datetime, payload: dict | None = None, by: OperatorInfo | None = None
    ) -> None:
        ev.append(ScriptedEvent(kind, w.actor(by or who), at.replace(microsecond=0), payload or {}))

    late_respond = rng.random() < 0.05
    t = t0 + respond * (rng.uniform(1.05, 2.5) if late_respond else rng.uniform(0.1, 0.75))
    add(EventKind.ACKNOWLEDGED, t)
    if rng.random() < 0.03 and len(w.profile.levels) > 1:
        to = w.profile.levels[min(len(w.profile.levels) - 1, max(0, pi + rng.choice((-1, 1))))].code
        if to != priority:
            t += rng.uniform(2, 12) * _MIN
            add(
                EventKind.PRIORITY_CHANGED,
                t,
                {"to": to, "note": "经与报修人核实，调整响应级别"},
                w.supervisor,
            )
            priority = to
    onsite = fault.onsite or rng.random() < 0.5
    if onsite:
        t += rng.uniform(10, 45 if night else 25) * _MIN
        add(EventKind.ARRIVED, t)
    if rng.random() < 0.06 and len(w.engineers) > 1:
        t += rng.uniform(5, 40) * _MIN
        who = rng.choice([o for o in w.engineers if o.id != who.id])
        add(EventKind.REASSIGNED, t, {"to": who.id, "note": "转交专业工程师处理"}, w.supervisor)
    if rng.random() < 0.15:
        t += rng.uniform(5, 60) * _MIN
        add(EventKind.COMMENT, t, {"note": rng.choice(_COMMENTS)})
    late_resolve = rng.random() < 0.06
    work = w.profile.level(priority).resolve or resolve
    work = work * (rng.uniform(1.05, 2.0) if late_resolve else rng.uniform(0.04, 0.55))
    part = fault.part is not None and rng.random() < fault.part_rate
    pause_p = 0.35 if part else 0.05
    if rng.random() < pause_p:
        first = work * rng.uniform(0.1, 0.5)
        t += first
        work -= first
        reason = (
            PauseReason.SPARE_PART
            if part
            else rng.choices((PauseReason.VENDOR, PauseReason.CLIENT, PauseReason.OTHER), (5, 4, 1))[0]
        )
        note = {
            "spare_part": "等待备件到货",
            "vendor": "等待厂家工程师",
            "client": "用户要求会后处理",
            "other": "等待停机窗口",
        }[reason.value]
        add(EventKind.PAUSED, t, {"reason": reason.value, "note": note})
        t += {
            "spare_part": rng.uniform(20, 120),
            "vendor": rng.uniform(3, 60),
            "client": rng.uniform(1, 20),
            "other": rng.uniform(2, 30),
        }[reason.value] * _H
        add(EventKind.RESUMED, t)
    t += max(work, 5 * _MIN)
    add(EventKind.RESOLVED, t, {"fault": _record(rng, fault, priority, part)})
    if rng.random() < 0.015:  # the fault came back
        t += rng.uniform(2, 20) * _H
        add(EventKind.CLOSED, t, by=w.supervisor if rng.random() < 0.2 else None)
        t += rng.uniform(1, 96) * _H
        add(EventKind.REOPENED, t, {"note": "故障复现，重新处理"})
        t += rng.uniform(0.5, 8) * _H
        add(EventKind.RESOLVED, t, {"fault": _record(rng, fault, priority, True)})
    resolved = t
    r = rng.random()
    report_at = resolved + (rng.uniform(0.2, 2.9) * _DAY if r < 0.85 else rng.uniform(3.1, 6) * _DAY)
    close_at = resolved + rng.uniform(0.3, 48) * _H
    if r < 0.93:
        add(EventKind.REPORT_SUBMITTED, report_at)
    add(EventKind.CLOSED, close_at, by=w.supervisor if rng.random() < 0.2 else None)
    ev.sort(key=lambda e: e.at)  # the report may be handed in before or after closing
    return ev


def _record(rng: random.Random, fault: cat.Fault, priority: str, part: bool) -> dict[str, str]:
    cause, handling, result = rng.choice(fault.fixes)
    rec = {
        "level": cat.FAULT_LEVELS.get(priority, priority),
        "cause": cause,
        "handling": handling,
        "result": result,
        "part_model": "",
        "part_serial": "",
    }
    if part and fault.part is not None:
        model, prefix = fault.part
        rec["part_model"] = model
        rec["part_serial"] = f"{prefix}{rng.randrange(2019, 2027)}{rng.randrange(10**6):06d}"
        rec["handling"] = f"{handling}（更换备件：{model}）"
    return rec


def _cut(rng: random.Random, ev: list[ScriptedEvent], stall: str | None, w: _World) -> list[ScriptedEvent]:
    """Stop a ticket's life at a stage (it is still open there); the clock cut at `now` is done later."""
    if stall is None:
        return ev
    kinds = [e.kind for e in ev]
    if stall == "new":
        return []
    if stall == "acknowledged":
        return ev[: kinds.index(EventKind.ACKNOWLEDGED) + 1]
    first_resolved = kinds.index(EventKind.RESOLVED)
    if stall == "resolved":
        return [e for e in ev[: first_resolved + 1] if e.kind is not EventKind.REPORT_SUBMITTED]
    before = [e for e in ev[:first_resolved] if e.kind is not EventKind.RESUMED]
    if stall == "on_site":
        return [e for e in before if e.kind is not EventKind.PAUSED]
    # paused: waiting for a spare part since shortly after the last step
    pauses = [i for i, e in enumerate(before) if e.kind is EventKind.PAUSED]
    if pauses:
        return before[: pauses[0] + 1]
    last = before[-1]
    at = last.at + rng.uniform(10, 90) * _MIN
    return [
        *before,
        ScriptedEvent(
            EventKind.PAUSED,
            last.actor,
            at.replace(microsecond=0),
            {"reason": PauseReason.SPARE_PART.value, "note": "等待备件到货"},
        ),
    ]


# ---- the whole thing -----------------------------------------------------------------------------
def seed_demo(
    db: Database,
    *,
    tickets: int = 2000,
    days: int = 365,
    seed: int = 7,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    console_code: str = "A1",
    profile_code: str = "GX-4LEVEL",
    tz: str = DEFAULT_TZ,
) -> dict:
    """Seed the demo command center and `tickets` tickets over the last `days` days; return a summary."""
    started = _time.perf_counter()
    now = (now or utcnow()).astimezone(UTC)
    rng = random.Random(seed)
    days = max(1, days)
    with db.session() as s:
        seed_reference(s)
        rooms = _ensure_rooms(s)
        _ensure_equipment(s, rooms, random.Random(seed))
        team = _ensure_team(s)
    with db.session() as s:
        seed_demo_meetings(s, now, tz=tz, seed=seed)
    with db.session() as s:
        profiles, cal = reference(s)
    if profile_code not in profiles:
        raise UnknownProfile(profile_code)
    w = _World(rooms, team, profiles[profile_code], cal, console_code, tz)

    times = _arrivals(rng, tickets, days, now, cal, tz)
    stalls = _stalls(rng, times, now)
    done = 0
    if progress:
        progress(0, tickets)
    for lo in range(0, tickets, BATCH):
        with db.session() as s:
            # Hold the rooms and operators in the session: the service's lookups then hit its identity map.
            pinned = [*s.scalars(select(Room)).all(), *s.scalars(select(Operator)).all()]
            for i in range(lo, min(lo + BATCH, tickets)):
                plan = _plan(rng, w, times[i], stalls.get(i))
                script = [e for e in plan.script if e.at <= now]  # what has happened by now
                file_scripted(
                    s, plan.new, plan.actor, script, profile_code=profile_code, at=plan.at, now=now, tz=tz
                )
                done += 1
            del pinned
        if progress:
            progress(done, tickets)
    summary = _summary(db, w, tickets, now, _time.perf_counter() - started, times)
    from opsdesk.services.roster_demo import seed_roster_demo  # the duty roster of the same team (issue 4)

    summary.update(seed_roster_demo(db, team, now=now, tz=tz, seed=seed))
    return summary


def _stalls(rng: random.Random, times: list[datetime], now: datetime) -> dict[int, str]:
    """Which tickets are still open at a stage: the newest, in every state, and a few older ones."""
    n = len(times)
    out: dict[int, str] = {}
    newest = max(8, round(n * 0.006))
    for k, i in enumerate(range(n - 1, max(-1, n - 1 - newest), -1)):
        out[i] = _STALL_ORDER[k % len(_STALL_ORDER)]
    for i in range(n):
        if i not in out and now - times[i] < 45 * _DAY and rng.random() < 0.01:
            out[i] = rng.choice(("paused", "resolved", "on_site"))
    return out


def _summary(db: Database, w: _World, n: int, now: datetime, seconds: float, times: list[datetime]) -> dict:
    with db.session() as s:
        status = dict(Counter(s.scalars(select(Ticket.status)).all()))
        priority = dict(Counter(s.scalars(select(Ticket.priority)).all()))
        equipment = s.scalar(select(func.count()).select_from(Equipment)) or 0
    first: date | None = times[0].astimezone(zone(w.tz)).date() if times else None
    last: date | None = times[-1].astimezone(zone(w.tz)).date() if times else None
    return {
        "tickets": n,
        "seconds": round(seconds, 1),
        "from": first.isoformat() if first else None,
        "to": last.isoformat() if last else None,
        "now": now.isoformat(),
        "profile": w.profile.code,
        "console": w.console,
        "rooms": [r.name_zh for r in w.rooms.values()],
        "equipment": equipment,
        "operators": [
            {"name": o.name, "post": o.post, "phone": o.phone, "role": o.role.value}
            for o in [w.supervisor, *w.engineers]
        ],
        "pin": cat.DEMO_PIN,
        "by_status": status,
        "by_priority": priority,
    }
