"""The duty roster's use cases: staff, shift definitions, periods, leave, assignments, the generator, views.

Rows are replicated: changes go through the ORM, nothing is hard-deleted (tombstones). The generator is
pure (opsdesk.rules.rotation); this module loads its input and writes the difference to what is stored,
so a regeneration touches only the generated rows that really change and keeps pinned (manual/swap) ones.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import (
    ANY_POST,
    Assignment,
    AssignmentSource,
    DayInfo,
    DayRule,
    GenerationReport,
    Leave,
    LeaveKind,
    NewStaff,
    OnDuty,
    OnDutyEntry,
    OpenSlot,
    PostNeed,
    ReinforcementPeriod,
    RestRules,
    RosterDay,
    RosterView,
    RosterWarning,
    RuleBreach,
    ShiftDef,
    ShiftKind,
    Staff,
)
from opsdesk.errors import NotFound
from opsdesk.roster_errors import CalendarYearMissing, RosterImportError, RosterRuleError
from opsdesk.rules import rotation as rot
from opsdesk.rules.workdays import missing_years
from opsdesk.services.refcache import reference
from opsdesk.services.roster_files import decode_csv, header_columns, parse_day
from opsdesk.services.validation import Checker
from opsdesk.storage.roster_models import (
    RosterAssignment,
    RosterLeave,
    RosterPeriod,
    RosterSetting,
    RosterShift,
    RosterStaff,
)
from opsdesk.timeutil import DEFAULT_TZ, new_id, utcnow, zone

MAX_RANGE_DAYS = 400
_MARGIN = timedelta(days=14)  # duties this far outside a range still count for rest rules at its edges
_DAY = timedelta(days=1)
_NS = uuid.UUID("5d6c1f0e-6a55-4c3e-9a0b-0b7f1c2d3e4f")  # namespace of built-in row ids
# Seeded rows carry this stamp and no author, so every console's seed is the same row, byte for byte: a
# second console pushing its seed gets "applied, existing" from the server, never a duplicate refusal.
SEED_STAMP = datetime(2026, 1, 1, tzinfo=UTC)

# Posts of the demo and of 000_… (Nantong): the built-in shift set asks for one of each on workdays.
POST_DAILY = "日常运维"
POST_HALL = "大厅设备"
POST_ROOMS = "机房运维"
POST_MANAGER = "项目经理"

# The built-in shift set, from the contracts (000_…: on site 08:00–19:00 on workdays, phone response
# otherwise with arrival within 20 minutes; holiday duty list; 002_…/003_…: 24-hour duty in special periods).
BUILTIN_SHIFTS: tuple[ShiftDef, ...] = (
    ShiftDef(
        "", "DAY", "工作日驻场", "Workday on site", ShiftKind.ONSITE, DayRule.WORKDAY, time(8, 0), 11.0,
        (PostNeed(POST_DAILY), PostNeed(POST_HALL), PostNeed(POST_ROOMS)), color="#4f7fd9", sort_order=10,
        builtin=True,
    ),
    ShiftDef(
        "", "HOLIDAY", "节假日值班", "Holiday / weekend duty", ShiftKind.HOLIDAY, DayRule.OFFDAY, time(8, 0),
        11.0, (PostNeed(ANY_POST),), color="#d9534f", sort_order=20, builtin=True,
    ),
    ShiftDef(
        "", "ONCALL", "夜间电话值守", "Night on call", ShiftKind.ONCALL, DayRule.EVERYDAY, time(19, 0), 13.0,
        (PostNeed(ANY_POST),), night=True, arrive_minutes=20, color="#8e6bbf", sort_order=30, builtin=True,
    ),
    ShiftDef(
        "", "REINF24", "重保24小时值班", "Reinforcement 24-hour duty", ShiftKind.DUTY24, DayRule.PERIOD,
        time(8, 0), 24.0, (PostNeed(ANY_POST),), night=True, color="#e0902f", sort_order=40, builtin=True,
    ),
)  # fmt: skip

ATTENDED_KINDS = frozenset({ShiftKind.ONSITE, ShiftKind.HOLIDAY, ShiftKind.DUTY24, ShiftKind.REINFORCE})


# ---- conversions -------------------------------------------------------------------------------------
def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _ds(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _staff(r: RosterStaff) -> Staff:
    return Staff(
        id=r.id,
        name=r.name,
        post=r.post,
        phone=r.phone,
        skills=tuple(json.loads(r.skills or "[]")),
        certificates=tuple(json.loads(r.certificates or "[]")),
        active_from=_d(r.active_from),
        active_to=_d(r.active_to),
        operator_id=r.operator_id,
        on_rotation=r.on_rotation,
        replaces_id=r.replaces_id,
        approved_by=r.approved_by,
        approved_at=r.approved_at,
        note=r.note,
        sort_order=r.sort_order,
    )


def _shift(r: RosterShift) -> ShiftDef:
    return ShiftDef(
        id=r.id,
        code=r.code,
        name_zh=r.name_zh,
        name_en=r.name_en,
        kind=ShiftKind(r.kind),
        day_rule=DayRule(r.day_rule),
        start=time.fromisoformat(r.start),
        hours=r.minutes / 60,
        needs=tuple(
            PostNeed(n["post"], int(n.get("count", 1)), n.get("skill", "")) for n in json.loads(r.needs)
        ),
        night=r.night,
        arrive_minutes=r.arrive_minutes,
        color=r.color,
        sort_order=r.sort_order,
        active=r.active,
        builtin=r.builtin,
    )


def _assignment(r: RosterAssignment, staff: Staff | None) -> Assignment:
    return Assignment(
        id=r.id,
        day=date.fromisoformat(r.day),
        shift_code=r.shift_code,
        post=r.post,
        slot=r.slot,
        staff_id=r.staff_id,
        staff_name=staff.name if staff else "",
        staff_post=staff.post if staff else "",
        phone=staff.phone if staff else "",
        start=r.start_at,
        end=r.end_at,
        source=AssignmentSource(r.source),
        note=r.note,
    )


def _duty(r: RosterAssignment, pinned: bool | None = None) -> rot.Duty:
    return rot.Duty(
        staff_id=r.staff_id,
        day=date.fromisoformat(r.day),
        shift_code=r.shift_code,
        post=r.post,
        slot=r.slot,
        start=r.start_at,
        end=r.end_at,
        is_24h=(r.end_at - r.start_at) >= timedelta(hours=24),
        pinned=(r.source != AssignmentSource.GENERATED.value) if pinned is None else pinned,
        id=r.id,
    )


def _stamp(row, actor: Actor | None, now: datetime | None = None) -> None:
    row.updated_at = now or utcnow()
    row.updated_by = actor.operator_id if actor else None


# ---- staff -------------------------------------------------------------------------------------------
def list_staff(s: Session, *, active_on: date | None = None) -> list[Staff]:
    rows = s.scalars(select(RosterStaff).where(RosterStaff.deleted.is_(False)))
    out = [_staff(r) for r in rows]
    if active_on is not None:
        out = [p for p in out if p.active_on(active_on)]
    return sorted(out, key=lambda p: (p.sort_order, p.post, p.name))


def _staff_row(s: Session, key: str) -> RosterStaff:
    row = s.get(RosterStaff, key)
    if row is None or row.deleted:
        row = s.scalar(select(RosterStaff).where(RosterStaff.name == key, RosterStaff.deleted.is_(False)))
    if row is None:
        raise NotFound("staff", key)
    return row


def get_staff(s: Session, key: str) -> Staff:
    """By id or by exact name."""
    return _staff(_staff_row(s, key))


def _clean_list(c: Checker, field: str, items: Iterable[str]) -> list[str]:
    out = []
    for i, x in enumerate(items):
        v = c.text(f"{field}[{i}]", x, max_len=50)
        if v and v not in out:
            out.append(v)
    return out


def _check_staff(s: Session, new: NewStaff, staff_id: str | None) -> dict:
    c = Checker()
    values = dict(
        name=c.text("name", new.name, max_len=50, required=True),
        post=c.text("post", new.post, max_len=50, required=True),
        phone=c.phone("phone", new.phone),
        skills=json.dumps(_clean_list(c, "skills", new.skills), ensure_ascii=False),
        certificates=json.dumps(_clean_list(c, "certificates", new.certificates), ensure_ascii=False),
        active_from=_ds(new.active_from),
        active_to=_ds(new.active_to),
        operator_id=new.operator_id or None,
        on_rotation=bool(new.on_rotation),
        replaces_id=new.replaces_id or None,
        note=c.text("note", new.note, max_len=2000, multiline=True),
        sort_order=int(new.sort_order),
    )
    if new.active_from and new.active_to and new.active_to < new.active_from:
        c.add("active_to", "end_before_start", start=new.active_from, end=new.active_to)
    name = values["name"]
    if name:
        q = select(RosterStaff.id).where(RosterStaff.name == name, RosterStaff.deleted.is_(False))
        if staff_id:
            q = q.where(RosterStaff.id != staff_id)
        if s.scalar(q):
            c.add("name", "duplicate", value=name)
    if new.replaces_id:
        other = s.get(RosterStaff, new.replaces_id)
        if other is None or other.deleted or new.replaces_id == staff_id:
            c.add("replaces_id", "not_found")
    c.raise_if_any()
    return values


def create_staff(s: Session, new: NewStaff, actor: Actor | None) -> Staff:
    values = _check_staff(s, new, None)
    row = RosterStaff(id=new_id(), **values, approved_by="", approved_at=None)
    _stamp(row, actor)
    s.add(row)
    s.flush()
    return _staff(row)


def update_staff(s: Session, staff_id: str, new: NewStaff, actor: Actor | None) -> Staff:
    row = _staff_row(s, staff_id)
    values = _check_staff(s, new, row.id)
    if values["replaces_id"] != row.replaces_id:  # a different replacement needs a new approval
        row.approved_by, row.approved_at = "", None
    for k, v in values.items():
        setattr(row, k, v)
    _stamp(row, actor)
    s.flush()
    return _staff(row)


def retire_staff(s: Session, staff_id: str, last_day: date, actor: Actor | None) -> Staff:
    row = _staff_row(s, staff_id)
    if row.active_from and last_day < date.fromisoformat(row.active_from):
        c = Checker()
        c.add("active_to", "end_before_start", start=_d(row.active_from), end=last_day)
        c.raise_if_any()
    row.active_to = last_day.isoformat()
    _stamp(row, actor)
    return _staff(row)


def approve_replacement(
    s: Session, staff_id: str, *, approved_by: str, approved_at: datetime, actor: Actor | None
) -> Staff:
    """Record the client's approval of a replacement engineer (000_…, 003_…: 经采购人确认备档后方可换人)."""
    row = _staff_row(s, staff_id)
    c = Checker()
    who = c.text("approved_by", approved_by, max_len=50, required=True)
    if approved_at is None or approved_at.tzinfo is None:
        c.add("approved_at", "naive_time")
    if row.replaces_id is None:
        c.add("staff_id", "not_replacement")
    c.raise_if_any()
    row.approved_by, row.approved_at = who, approved_at.astimezone(UTC)
    _stamp(row, actor)
    return _staff(row)


STAFF_COLUMNS = ("name", "post", "phone", "skills", "certificates", "active_from", "active_to")
# Chinese headers a supervisor's own sheet uses (the first name of each is what the desk's template writes)
STAFF_HEADERS_ZH = ("姓名", "岗位", "电话", "技能", "证书", "起始日期", "结束日期")
_STAFF_ALIASES = {
    **{c: c for c in STAFF_COLUMNS},
    **dict(zip(STAFF_HEADERS_ZH, STAFF_COLUMNS, strict=True)),
    "名字": "name", "人员": "name", "职位": "post", "手机": "phone", "手机号": "phone", "联系电话": "phone",
    "电话号码": "phone", "技能特长": "skills", "资质": "certificates", "资质证书": "certificates",
    "开始日期": "active_from", "上岗日期": "active_from", "离岗日期": "active_to", "截止日期": "active_to",
}  # fmt: skip


def _split(v: str) -> tuple[str, ...]:
    for sep in ("、", "，", ",", "；"):
        v = v.replace(sep, ";")
    return tuple(x.strip() for x in v.split(";") if x.strip())


def _date_cell(source: str, line: int, raw: str) -> date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return parse_day(raw)
    except ValueError:
        raise RosterImportError(source, line, "bad_date", value=raw) from None


def import_staff_csv(s: Session, data: str | bytes, source: str, actor: Actor | None) -> list[Staff]:
    """Import a team list (CSV, header `name,post[,phone,skills,certificates,active_from,active_to]` or the
    Chinese `姓名,岗位[,电话,技能,证书,起始日期,结束日期]`; bytes in UTF-8, UTF-16 or GBK).

    Everything is checked before anything is written: one bad line and nothing is imported. A name that
    exists already updates that person (so a re-import of a corrected list loses nothing).
    """
    reader = csv.reader(io.StringIO(decode_csv(data, source)))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise RosterImportError(source, 0, "empty")
    expected = f"{','.join(STAFF_COLUMNS)} / {','.join(STAFF_HEADERS_ZH)}"
    cols = header_columns(header, _STAFF_ALIASES, source=source, expected=expected)
    if cols[:2] != ["name", "post"]:
        raise RosterImportError(source, 1, "columns", expected=expected, found=",".join(header))
    items: list[tuple[int, NewStaff]] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if not row or all(not x.strip() for x in row):
            continue
        if len(row) > len(cols):
            if any(x.strip() for x in row[len(cols) :]):
                raise RosterImportError(source, line, "columns", expected=",".join(cols), found=",".join(row))
            row = row[: len(cols)]  # Excel pads lines with empty cells
        cell = dict(zip(cols, [x.strip() for x in row] + [""] * (len(cols) - len(row)), strict=True))
        start, end = (
            _date_cell(source, line, cell.get("active_from", "")),
            _date_cell(source, line, cell.get("active_to", "")),
        )
        if start and end and end < start:
            raise RosterImportError(source, line, "impossible_range", start=start, end=end)
        if cell["name"] in seen:
            raise RosterImportError(source, line, "duplicate", value=cell["name"])
        seen.add(cell["name"])
        items.append(
            (
                line,
                NewStaff(
                    name=cell["name"],
                    post=cell["post"],
                    phone=cell.get("phone", ""),
                    skills=_split(cell.get("skills", "")),
                    certificates=_split(cell.get("certificates", "")),
                    active_from=start,
                    active_to=end,
                ),
            )
        )
    if not items:
        raise RosterImportError(source, 0, "empty")
    existing = {r.name: r for r in s.scalars(select(RosterStaff).where(RosterStaff.deleted.is_(False)))}
    from opsdesk.errors import ValidationError

    for line, new in items:  # check all first: all or nothing
        try:
            _check_staff_standalone(new)
        except ValidationError as exc:
            field, (code, params) = next(iter(exc.problems.items()))
            raw = getattr(new, field, "")
            value = "、".join(raw) if isinstance(raw, tuple) else str(raw or "")
            params = {"value": value[:40], **params}
            raise RosterImportError(source, line, "bad_value", field=field, problem=code, **params) from None
    out = []
    for _line, new in items:
        row = existing.get(new.name.strip())
        if row is not None:
            keep = _staff(row)
            out.append(
                update_staff(
                    s, row.id, replace(new, operator_id=keep.operator_id, on_rotation=keep.on_rotation,
                                       replaces_id=keep.replaces_id, note=keep.note, sort_order=keep.sort_order),
                    actor,
                )
            )  # fmt: skip
        else:
            out.append(create_staff(s, replace(new, sort_order=len(existing) + len(out)), actor))
    return out


def _check_staff_standalone(new: NewStaff) -> None:
    c = Checker()
    c.text("name", new.name, max_len=50, required=True)
    c.text("post", new.post, max_len=50, required=True)
    c.phone("phone", new.phone)
    _clean_list(c, "skills", new.skills)
    _clean_list(c, "certificates", new.certificates)
    c.raise_if_any()


# ---- shifts, periods, rules ----------------------------------------------------------------------------
def _builtin_id(kind: str, code: str) -> str:
    # the same id on every console: each seeds the built-ins from its own code (like reference data)
    return str(uuid.uuid5(_NS, f"{kind}:{code}"))


def seed_roster_reference(s: Session) -> None:
    """The built-in shift set and default rest rules, if missing. Idempotent; edits are kept.

    Every console makes these from its own code, with fixed ids and a fixed stamp: written without capture;
    when sync is enabled a supervisor's console adopts them and the server takes every console's identical
    copy as the same row (a plain operator's console never adopts supervisor-only rows).
    """
    have = set(s.scalars(select(RosterShift.code)).all())
    has_rules = s.scalar(select(RosterSetting.id).where(RosterSetting.key == "rest_rules")) is not None
    if have >= {sh.code for sh in BUILTIN_SHIFTS} and has_rules:
        return
    s.flush()  # what the caller wrote so far is captured as usual
    previous = s.info.get("outbox")
    s.info["outbox"] = False
    try:
        for sh in BUILTIN_SHIFTS:
            if sh.code not in have:
                _write_shift(s, RosterShift(id=_builtin_id("shift", sh.code)), sh, None, SEED_STAMP)
        if not has_rules:
            row = RosterSetting(id=_builtin_id("setting", "rest_rules"), key="rest_rules")
            s.add(row)
            _write_rules(row, RestRules(), None, SEED_STAMP)
        s.flush()
    finally:
        if previous is None:
            s.info.pop("outbox", None)
        else:
            s.info["outbox"] = previous


def _write_shift(
    s: Session, row: RosterShift, sh: ShiftDef, actor: Actor | None, now: datetime | None = None
) -> None:
    row.code, row.name_zh, row.name_en = sh.code, sh.name_zh, sh.name_en
    row.kind, row.day_rule = sh.kind.value, sh.day_rule.value
    row.start = sh.start.strftime("%H:%M")
    row.minutes = round(sh.hours * 60)
    row.needs = json.dumps(
        [{"post": n.post, "count": n.count, "skill": n.skill} for n in sh.needs], ensure_ascii=False
    )
    row.night, row.arrive_minutes, row.color = sh.night, sh.arrive_minutes, sh.color
    row.sort_order, row.active, row.builtin, row.deleted = sh.sort_order, sh.active, sh.builtin, False
    _stamp(row, actor, now)
    if row not in s:
        s.add(row)


def list_shifts(s: Session, *, include_inactive: bool = False) -> list[ShiftDef]:
    """The shift definitions (the built-in set is seeded on first use)."""
    if s.scalar(select(RosterShift.id).limit(1)) is None:
        seed_roster_reference(s)
    q = select(RosterShift).where(RosterShift.deleted.is_(False))
    if not include_inactive:
        q = q.where(RosterShift.active.is_(True))
    return sorted((_shift(r) for r in s.scalars(q)), key=lambda x: (x.sort_order, x.code))


def save_shift(s: Session, shift: ShiftDef, actor: Actor | None) -> ShiftDef:
    """Create (id "") or change a shift definition."""
    c = Checker()
    code = c.text("code", shift.code, max_len=20, required=True)
    c.text("name_zh", shift.name_zh, max_len=50, required=True)
    c.text("name_en", shift.name_en, max_len=80)
    if not (0 < shift.hours <= 48):
        c.add("hours", "bad_hours", hours=shift.hours)
    if not shift.needs:
        c.add("needs", "required")
    for i, n in enumerate(shift.needs):
        c.text(f"needs[{i}].post", n.post, max_len=50, required=True)
        if not (1 <= n.count <= 50):
            c.add(f"needs[{i}].count", "bad_value", value=n.count)
    if shift.arrive_minutes is not None and not (0 < shift.arrive_minutes <= 24 * 60):
        c.add("arrive_minutes", "bad_value", value=shift.arrive_minutes)
    row = s.get(RosterShift, shift.id) if shift.id else None
    if shift.id and row is None:
        c.add("id", "not_found")
    clash = s.scalar(select(RosterShift).where(RosterShift.code == code))
    if clash is not None and clash is not row and not clash.deleted:
        c.add("code", "duplicate", value=code)
    c.raise_if_any()
    if row is None:
        row = clash if clash is not None else RosterShift(id=new_id())  # a tombstoned code comes back
    _write_shift(s, row, replace(shift, code=code), actor)
    s.flush()
    return _shift(row)


def list_periods(s: Session) -> list[ReinforcementPeriod]:
    rows = s.scalars(select(RosterPeriod).where(RosterPeriod.deleted.is_(False)).order_by(RosterPeriod.start))
    return [
        ReinforcementPeriod(r.id, r.name, date.fromisoformat(r.start), date.fromisoformat(r.end), r.note)
        for r in rows
    ]


def save_period(
    s: Session,
    *,
    name: str,
    start: date,
    end: date,
    note: str = "",
    actor: Actor | None,
    period_id: str | None = None,
) -> ReinforcementPeriod:
    c = Checker()
    name = c.text("name", name, max_len=50, required=True)
    note = c.text("note", note, max_len=2000, multiline=True)
    if end < start:
        c.add("end", "end_before_start", start=start, end=end)
    elif (end - start).days > 366:
        c.add("end", "bad_range", max_days=366)
    row = s.get(RosterPeriod, period_id) if period_id else None
    if period_id and (row is None or row.deleted):
        c.add("period_id", "not_found")
    c.raise_if_any()
    if row is None:
        row = RosterPeriod(id=new_id())
        s.add(row)
    row.name, row.start, row.end, row.note = name, start.isoformat(), end.isoformat(), note
    _stamp(row, actor)
    s.flush()
    return ReinforcementPeriod(row.id, name, start, end, note)


def delete_period(s: Session, period_id: str, actor: Actor | None) -> None:
    row = s.get(RosterPeriod, period_id)
    if row is None or row.deleted:
        raise NotFound("period", period_id)
    row.deleted = True
    _stamp(row, actor)


def _write_rules(
    row: RosterSetting, rules: RestRules, actor: Actor | None, now: datetime | None = None
) -> None:
    row.value = json.dumps(
        {
            "max_consecutive_days": rules.max_consecutive_days,
            "rest_after_24h_hours": rules.rest_after_24h_hours,
            "min_rest_hours": rules.min_rest_hours,
        }
    )
    row.deleted = False
    _stamp(row, actor, now)


def get_rules(s: Session) -> RestRules:
    row = s.scalar(
        select(RosterSetting).where(RosterSetting.key == "rest_rules", RosterSetting.deleted.is_(False))
    )
    if row is None:
        return RestRules()
    d = json.loads(row.value)
    return RestRules(
        int(d.get("max_consecutive_days", 6)),
        float(d.get("rest_after_24h_hours", 24.0)),
        float(d.get("min_rest_hours", 0.0)),
    )


def save_rules(s: Session, rules: RestRules, actor: Actor | None) -> RestRules:
    c = Checker()
    if not (1 <= rules.max_consecutive_days <= 31):
        c.add("max_consecutive_days", "bad_value", value=rules.max_consecutive_days)
    if not (0 <= rules.rest_after_24h_hours <= 72):
        c.add("rest_after_24h_hours", "bad_value", value=rules.rest_after_24h_hours)
    if not (0 <= rules.min_rest_hours <= 48):
        c.add("min_rest_hours", "bad_value", value=rules.min_rest_hours)
    c.raise_if_any()
    row = s.scalar(select(RosterSetting).where(RosterSetting.key == "rest_rules"))
    if row is None:
        row = RosterSetting(id=new_id(), key="rest_rules")
        s.add(row)
    _write_rules(row, rules, actor)
    return rules


# ---- leave ---------------------------------------------------------------------------------------------
def _leave(r: RosterLeave, name: str) -> Leave:
    return Leave(
        r.id, r.staff_id, name, date.fromisoformat(r.start), date.fromisoformat(r.end), LeaveKind(r.kind),
        r.note, r.recorded_by, r.recorded_at,
    )  # fmt: skip


def add_leave(
    s: Session,
    *,
    staff_id: str,
    start: date,
    end: date,
    kind: LeaveKind | str,
    note: str = "",
    actor: Actor | None,
) -> Leave:
    """Record leave or unavailability. Assignments it now collides with are reported by `rule_breaches`
    and replaced on the next generation (generated ones) or listed as conflicts (pinned ones)."""
    c = Checker()
    kind = c.choice("kind", str(kind), tuple(k.value for k in LeaveKind))
    note = c.text("note", note, max_len=2000, multiline=True)
    if end < start:
        c.add("end", "end_before_start", start=start, end=end)
    elif (end - start).days > 366:
        c.add("end", "bad_range", max_days=366)
    try:
        staff = _staff_row(s, staff_id)
    except NotFound:
        c.add("staff_id", "not_found")
        staff = None
    c.raise_if_any()
    assert staff is not None
    now = utcnow()
    row = RosterLeave(
        id=new_id(), staff_id=staff.id, start=start.isoformat(), end=end.isoformat(), kind=kind, note=note,
        recorded_by=actor.operator_name if actor else "", recorded_at=now,
    )  # fmt: skip
    _stamp(row, actor, now)
    s.add(row)
    s.flush()
    return _leave(row, staff.name)


def cancel_leave(s: Session, leave_id: str, actor: Actor | None) -> None:
    row = s.get(RosterLeave, leave_id)
    if row is None or row.deleted:
        raise NotFound("leave", leave_id)
    row.deleted = True
    _stamp(row, actor)


def list_leave(s: Session, start: date, end: date, staff_id: str | None = None) -> list[Leave]:
    q = select(RosterLeave).where(
        RosterLeave.deleted.is_(False),
        RosterLeave.start <= end.isoformat(),
        RosterLeave.end >= start.isoformat(),
    )
    if staff_id:
        q = q.where(RosterLeave.staff_id == staff_id)
    names = {p.id: p.name for p in list_staff(s)}
    return [_leave(r, names.get(r.staff_id, "")) for r in s.scalars(q.order_by(RosterLeave.start))]


def _leave_spans(s: Session, start: date, end: date) -> list[rot.LeaveSpan]:
    return [rot.LeaveSpan(x.staff_id, x.start, x.end, x.kind.value) for x in list_leave(s, start, end)]


# ---- assignments ---------------------------------------------------------------------------------------
def _rows_between(s: Session, start: date, end: date) -> list[RosterAssignment]:
    return list(
        s.scalars(
            select(RosterAssignment).where(
                RosterAssignment.deleted.is_(False),
                RosterAssignment.day >= start.isoformat(),
                RosterAssignment.day <= end.isoformat(),
            )
        )
    )


def _shift_by_code(s: Session, code: str) -> ShiftDef | None:
    row = s.scalar(select(RosterShift).where(RosterShift.code == code, RosterShift.deleted.is_(False)))
    if row is None and s.scalar(select(RosterShift.id).limit(1)) is None:
        seed_roster_reference(s)  # first use: the built-in set
        row = s.scalar(select(RosterShift).where(RosterShift.code == code, RosterShift.deleted.is_(False)))
    return _shift(row) if row else None


def check_duty(
    s: Session,
    staff: Staff,
    day: date,
    shift: ShiftDef,
    post: str,
    *,
    exclude_ids: Sequence[str] = (),
    extra: Sequence[rot.Duty] = (),
    tz: str = DEFAULT_TZ,
) -> list[RuleBreach]:
    """What putting `staff` on `shift` on `day` (filling `post`) would break; empty if nothing."""
    z = zone(tz)
    start, end = rot.shift_window(shift, day, z)
    duty = rot.Duty(staff.id, day, shift.code, post, 0, start, end, shift.is_24h)
    rows = _rows_between(s, day - _MARGIN, day + _MARGIN)
    others = [_duty(r) for r in rows if r.staff_id == staff.id and r.id not in exclude_ids] + [
        x for x in extra if x.staff_id == staff.id
    ]
    skill = next((n.skill for n in shift.needs if n.post == post), "")
    found = rot.breaches(
        duty,
        staff,
        others,
        _leave_spans(s, day - _DAY, day + _DAY * 3),
        get_rules(s),
        z,
        need_post=post,
        skill=skill,
    )
    return [RuleBreach(code, staff.id, staff.name, day, params) for code, params in found]


def assign(
    s: Session,
    *,
    day: date,
    shift_code: str,
    staff_id: str,
    post: str,
    actor: Actor | None,
    note: str = "",
    replace_id: str | None = None,
    tz: str = DEFAULT_TZ,
) -> Assignment:
    """A supervisor's manual assignment: pinned, kept when the range is regenerated.

    `replace_id` names the assignment it takes the place of (tombstoned in the same transaction).
    Refused with RosterRuleError when the person is on leave, busy, inactive, unapproved, or would break
    a rest rule; nothing is changed then.
    """
    c = Checker()
    note = c.text("note", note, max_len=2000, multiline=True)
    shift = _shift_by_code(s, shift_code)
    if shift is None:
        c.add("shift_code", "not_found", value=shift_code)
    try:
        staff = get_staff(s, staff_id)
    except NotFound:
        c.add("staff_id", "not_found")
        staff = None
    old = s.get(RosterAssignment, replace_id) if replace_id else None
    if replace_id and (old is None or old.deleted):
        c.add("replace_id", "not_found")
    if shift is not None:
        if post not in {n.post for n in shift.needs}:
            c.add("post", "not_allowed", value=post, allowed=tuple(n.post for n in shift.needs))
        _cal, periods = reference(s)[1], list_periods(s)
        info = rot.day_infos(day, day, _cal, periods)[0]
        if not rot.applies(shift, info):
            c.add("day", "not_allowed", value=day, shift_code=shift_code)
    c.raise_if_any()
    assert shift is not None and staff is not None
    found = check_duty(s, staff, day, shift, post, exclude_ids=(replace_id,) if replace_id else (), tz=tz)
    if found:
        raise RosterRuleError(tuple(found))
    if old is not None:
        slot = old.slot
        old.deleted = True
        _stamp(old, actor)
    else:
        used = {
            r.slot
            for r in s.scalars(
                select(RosterAssignment).where(
                    RosterAssignment.deleted.is_(False),
                    RosterAssignment.day == day.isoformat(),
                    RosterAssignment.shift_code == shift.code,
                    RosterAssignment.post == post,
                )
            )
        }
        slot = next(k for k in range(len(used) + 1) if k not in used)
    start, end = rot.shift_window(shift, day, zone(tz))
    row = RosterAssignment(
        id=new_id(), day=day.isoformat(), shift_code=shift.code, post=post, slot=slot, staff_id=staff.id,
        start_at=start, end_at=end, source=AssignmentSource.MANUAL.value, note=note,
    )  # fmt: skip
    _stamp(row, actor)
    s.add(row)
    s.flush()
    return _assignment(row, staff)


def unassign(s: Session, assignment_id: str, actor: Actor | None) -> None:
    row = s.get(RosterAssignment, assignment_id)
    if row is None or row.deleted:
        raise NotFound("assignment", assignment_id)
    row.deleted = True
    _stamp(row, actor)


def get_assignment(s: Session, assignment_id: str) -> Assignment:
    row = s.get(RosterAssignment, assignment_id)
    if row is None or row.deleted:
        raise NotFound("assignment", assignment_id)
    staff = s.get(RosterStaff, row.staff_id)
    return _assignment(row, _staff(staff) if staff else None)


# ---- the generator -------------------------------------------------------------------------------------
def generate(
    s: Session,
    start: date,
    end: date,
    actor: Actor | None,
    *,
    dry_run: bool = False,
    accept_missing_calendar: bool = False,
    tz: str = DEFAULT_TZ,
) -> GenerationReport:
    """Generate [start, end]: generated rows are replaced, pinned ones kept; returns what it did and why not."""
    c = Checker()
    if end < start:
        c.add("end", "end_before_start", start=start, end=end)
    elif (end - start).days + 1 > MAX_RANGE_DAYS:
        c.add("end", "bad_range", max_days=MAX_RANGE_DAYS)
    c.raise_if_any()
    cal = reference(s)[1]
    gaps = missing_years(start, end, cal)
    if gaps and not accept_missing_calendar:
        raise CalendarYearMissing(gaps)
    seed_roster_reference(s)
    z = zone(tz)
    periods = list_periods(s)
    days = rot.day_infos(start, end, cal, periods)
    rows = _rows_between(s, start - _MARGIN, end + _MARGIN)
    inside = [r for r in rows if start.isoformat() <= r.day <= end.isoformat()]
    old = [r for r in inside if r.source == AssignmentSource.GENERATED.value]
    old_ids = {r.id for r in old}
    fixed = [_duty(r) for r in rows if r.id not in old_ids]
    plan = rot.generate_plan(
        days,
        list_shifts(s),
        list_staff(s),
        _leave_spans(s, start - _MARGIN, end + _MARGIN),
        fixed,
        get_rules(s),
        z,
        previous={(date.fromisoformat(r.day), r.shift_code, r.post, r.slot): r.staff_id for r in old},
    )
    key = lambda x: (x.day.isoformat(), x.shift_code, x.post, x.slot, x.staff_id)  # noqa: E731
    old_by_key = {(r.day, r.shift_code, r.post, r.slot, r.staff_id): r for r in old}
    new_keys = {key(d) for d in plan.duties}
    kept = sum(1 for k in new_keys if k in old_by_key)
    removed = [r for k, r in old_by_key.items() if k not in new_keys]
    created = [d for d in plan.duties if key(d) not in old_by_key]
    if not dry_run:
        now = utcnow()
        for r in removed:
            r.deleted = True
            _stamp(r, actor, now)
        gone = {r.id for r in removed}
        for r in old:  # a duplicate generated row for the same key (two consoles): keep one
            if (
                r.id not in gone
                and old_by_key.get((r.day, r.shift_code, r.post, r.slot, r.staff_id)) is not r
            ):
                r.deleted = True
                _stamp(r, actor, now)
        for d in plan.duties:  # a shift's hours edited since: the kept rows move with it
            r = old_by_key.get(key(d))
            if r is not None and (r.start_at, r.end_at) != (d.start, d.end):
                r.start_at, r.end_at = d.start, d.end
                _stamp(r, actor, now)
        for d in created:
            row = RosterAssignment(
                id=new_id(), day=d.day.isoformat(), shift_code=d.shift_code, post=d.post, slot=d.slot,
                staff_id=d.staff_id, start_at=d.start, end_at=d.end, source=AssignmentSource.GENERATED.value,
                note="",
            )  # fmt: skip
            _stamp(row, actor, now)
            s.add(row)
        s.flush()
    warnings = tuple((RosterWarning.CALENDAR_MISSING.value, {"year": y}) for y in gaps)
    return GenerationReport(
        start=start,
        end=end,
        created=len(created),
        kept=kept,
        removed=len(removed),
        pinned=sum(1 for r in inside if r.source != AssignmentSource.GENERATED.value),
        filled=plan.filled,
        required=plan.required,
        unmet=plan.unmet,
        fairness=plan.fairness,
        spread=plan.spread,
        warnings=warnings,
        dry_run=dry_run,
    )


# ---- views ---------------------------------------------------------------------------------------------
def day_infos(s: Session, start: date, end: date) -> list[DayInfo]:
    return rot.day_infos(start, end, reference(s)[1], list_periods(s))


def roster_view(s: Session, start: date, end: date) -> RosterView:
    """Days [start, end] with their assignments and open slots: the month/week calendars and exports."""
    cal = reference(s)[1]
    infos = rot.day_infos(start, end, cal, list_periods(s))
    staff = list_staff(s)
    by_id = {p.id: p for p in staff}
    shifts = list_shifts(s)
    order = {sh.code: (sh.sort_order, sh.code) for sh in shifts}
    per_day: dict[str, list[Assignment]] = {}
    for r in _rows_between(s, start, end):
        per_day.setdefault(r.day, []).append(_assignment(r, by_id.get(r.staff_id)))
    days = []
    for info in infos:
        items = sorted(
            per_day.get(info.day.isoformat(), []),
            key=lambda a: (order.get(a.shift_code, (999, a.shift_code)), a.post, a.slot, a.staff_name),
        )
        open_slots = []
        for sh in shifts:
            if not rot.applies(sh, info):
                continue
            for need in sh.needs:
                have = sum(1 for a in items if a.shift_code == sh.code and a.post == need.post)
                if have < need.count:
                    open_slots.append(OpenSlot(info.day, sh.code, need.post, need.count - have))
        days.append(RosterDay(info, tuple(items), tuple(open_slots)))
    return RosterView(start, end, tuple(days), tuple(shifts), tuple(staff), missing_years(start, end, cal))


def on_duty(s: Session, at: datetime | None = None) -> OnDuty:
    """Who is on duty at `at` (default now) and who comes on next, with their phones."""
    at = (at or utcnow()).astimezone(UTC)
    shifts = {sh.code: sh for sh in list_shifts(s, include_inactive=True)}
    staff = {p.id: p for p in list_staff(s)}
    live = RosterAssignment.deleted.is_(False)
    now_rows = s.scalars(
        select(RosterAssignment).where(
            live,
            RosterAssignment.start_at <= at,
            RosterAssignment.start_at > at - timedelta(hours=49),  # no shift is longer: keeps the index
            RosterAssignment.end_at > at,
        )
    ).all()
    next_start = s.scalar(
        select(RosterAssignment.start_at)
        .where(live, RosterAssignment.start_at > at)
        .order_by(RosterAssignment.start_at)
        .limit(1)
    )
    next_rows = (
        s.scalars(select(RosterAssignment).where(live, RosterAssignment.start_at == next_start)).all()
        if next_start is not None
        else []
    )

    def entries(rows: Iterable[RosterAssignment]) -> tuple[OnDutyEntry, ...]:
        out = []
        for r in rows:
            sh = shifts.get(r.shift_code)
            out.append(
                OnDutyEntry(
                    _assignment(r, staff.get(r.staff_id)),
                    sh.name_zh if sh else r.shift_code,
                    sh.name_en if sh else r.shift_code,
                    sh.kind if sh else ShiftKind.ONSITE,
                    sh.arrive_minutes if sh else None,
                )
            )
        return tuple(
            sorted(out, key=lambda e: (e.assignment.start, e.assignment.shift_code, e.assignment.post))
        )

    return OnDuty(at, entries(now_rows), entries(next_rows), next_start)


def rule_breaches(s: Session, start: date, end: date, *, tz: str = DEFAULT_TZ) -> list[RuleBreach]:
    """Rules the stored roster breaks in [start, end] (leave entered after rostering, edits elsewhere …)."""
    z = zone(tz)
    rows = _rows_between(s, start - _MARGIN, end + _MARGIN)
    staff = {p.id: p for p in list_staff(s)}
    leave = _leave_spans(s, start - _MARGIN, end + _MARGIN)
    rules = get_rules(s)
    duties = [_duty(r) for r in rows]
    by_staff: dict[str, list[rot.Duty]] = {}
    for d in duties:
        by_staff.setdefault(d.staff_id, []).append(d)
    out = []
    for d in duties:
        if not (start <= d.day <= end) or d.staff_id not in staff:
            continue
        p = staff[d.staff_id]
        found = rot.breaches(
            d, p, by_staff[d.staff_id], [x for x in leave if x.staff_id == p.id], rules, z, need_post=ANY_POST
        )
        out.extend(
            RuleBreach(code, p.id, p.name, d.day, {**params, "shift_code": d.shift_code})
            for code, params in found
        )
    return sorted(out, key=lambda b: (b.day, b.staff_name, b.code))


def assignments_for(s: Session, staff_id: str, start: date, end: date) -> list[Assignment]:
    staff = get_staff(s, staff_id)
    rows = s.scalars(
        select(RosterAssignment)
        .where(
            RosterAssignment.deleted.is_(False),
            RosterAssignment.staff_id == staff.id,
            RosterAssignment.day >= start.isoformat(),
            RosterAssignment.day <= end.isoformat(),
        )
        .order_by(RosterAssignment.start_at)
    )
    return [_assignment(r, staff) for r in rows]


def _local_midnight(d: date, tz: str = DEFAULT_TZ) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=zone(tz)).astimezone(UTC)


def assignment_at(
    s: Session, staff_id: str, at: datetime, slack: timedelta = timedelta(hours=2), *, by_end: bool = False
) -> RosterAssignment | None:
    """The person's duty at `at`: among those in force or starting/ending within `slack`, the one whose
    start (or end, `by_end`) is nearest — a check-in at 07:50 belongs to the 08:00 day shift, not to the
    night on call that ends at 08:00."""
    rows = s.scalars(
        select(RosterAssignment).where(
            RosterAssignment.deleted.is_(False),
            RosterAssignment.staff_id == staff_id,
            RosterAssignment.start_at <= at + slack,
            RosterAssignment.start_at > at - timedelta(hours=49),
            RosterAssignment.end_at >= at - slack,
        )
    ).all()
    if not rows:
        return None
    return min(rows, key=lambda r: (abs(((r.end_at if by_end else r.start_at) - at).total_seconds()), r.id))
