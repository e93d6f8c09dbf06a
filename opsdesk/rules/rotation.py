"""The rotation generator and the roster's rules, as pure functions (no database, no clock).

`generate_plan` walks the days in order and, for each shift that applies on the day, fills each post's
slots: pinned assignments first, then the eligible person with the fewest duties of the slot's kind
(holiday, weekend, night), then the fewest duties overall, then the one who rested longest. No random
numbers: the same input gives the same roster. A slot nobody can fill is left open with an Explanation
counting why each candidate was refused, never silently.

`breaches` checks one duty of one person against leave, overlaps and the rest rules; the service uses it
for manual edits and swaps, the generator for pinned assignments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsdesk.domain.roster import (
    ANY_POST,
    DayInfo,
    DayRule,
    Explanation,
    FairnessRow,
    ReinforcementPeriod,
    RestRules,
    ShiftDef,
    Staff,
    Unmet,
)
from opsdesk.domain.sla import CalendarData
from opsdesk.rules.workdays import is_workday

_DAY = timedelta(days=1)
_SOFT_GAP = timedelta(hours=11)


# ---- the calendar as the roster sees it --------------------------------------------------------------
def day_infos(
    start: date, end: date, cal: CalendarData, periods: Sequence[ReinforcementPeriod] = ()
) -> list[DayInfo]:
    """One DayInfo per date in [start, end].

    A weekend day inside a holiday period (the Saturday of the National Day week) is a holiday too: a run
    of consecutive days off that contains a statutory holiday is that holiday, whole. Runs are looked at
    a fortnight beyond the range so that a range starting mid-holiday is classified the same way.
    """
    lo, hi = start - 14 * _DAY, end + 14 * _DAY
    work: dict[date, bool] = {}
    d = lo
    while d <= hi:
        work[d] = is_workday(d, cal)
        d += _DAY
    holiday_name: dict[date, str] = {}
    d = lo
    while d <= hi:
        if work[d]:
            d += _DAY
            continue
        run = []
        while d <= hi and not work[d]:
            run.append(d)
            d += _DAY
        named = [x for x in run if x in cal.holidays and x.year in cal.years]
        if named:
            name = next((cal.names.get(x, "") for x in named if cal.names.get(x)), "")
            for x in run:
                holiday_name[x] = name
    out = []
    d = start
    while d <= end:
        known = d.year in cal.years
        out.append(
            DayInfo(
                day=d,
                workday=work[d],
                holiday=d in holiday_name,
                makeup=work[d] and d.weekday() >= 5,
                name=holiday_name.get(d, "") or (cal.names.get(d, "") if work[d] else ""),
                periods=tuple(p.name for p in periods if p.start <= d <= p.end),
                calendar_known=known,
            )
        )
        d += _DAY
    return out


def applies(shift: ShiftDef, info: DayInfo) -> bool:
    if not shift.active:
        return False
    rule = shift.day_rule
    if rule is DayRule.WORKDAY:
        return info.workday
    if rule is DayRule.OFFDAY:
        return not info.workday
    if rule is DayRule.PERIOD:
        return bool(info.periods)
    return True


def shift_window(shift: ShiftDef, d: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The shift's [start, end) on local date d, in UTC."""
    start = datetime.combine(d, shift.start, tzinfo=tz).astimezone(UTC)
    return start, start + timedelta(hours=shift.hours)


# ---- duties and the rules ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Duty:
    """One person on one shift: what the rules look at (an Assignment without names)."""

    staff_id: str
    day: date
    shift_code: str
    post: str
    slot: int
    start: datetime
    end: datetime
    is_24h: bool = False
    pinned: bool = False
    id: str = ""


@dataclass(frozen=True, slots=True)
class LeaveSpan:
    staff_id: str
    start: date
    end: date
    kind: str = ""


@dataclass
class _Book:
    """One person's duties, indexed by start day, and the counters the fairness key reads."""

    by_day: dict[date, list[Duty]] = field(default_factory=dict)
    total: int = 0
    hours: float = 0.0
    weekend: int = 0
    holiday: int = 0
    night: int = 0
    last_day: date | None = None

    def add(self, duty: Duty) -> None:
        self.by_day.setdefault(duty.day, []).append(duty)

    def near(self, d: date, reach: int) -> Iterable[Duty]:
        for k in range(-reach, reach + 1):
            yield from self.by_day.get(d + k * _DAY, ())


def _local_days(start: datetime, end: datetime, tz: ZoneInfo) -> tuple[date, ...]:
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    out, d = [], first
    while d <= last:
        out.append(d)
        d += _DAY
    return tuple(out)


def _on_leave(leave: Sequence[LeaveSpan], days: Sequence[date]) -> LeaveSpan | None:
    for span in leave:
        if any(span.start <= d <= span.end for d in days):
            return span
    return None


def _reach(rules: RestRules, longest_hours: float) -> int:
    """How many days either side can hold a duty that touches this one through overlap or rest."""
    gap = max(rules.rest_after_24h_hours, rules.min_rest_hours)
    return int((longest_hours + gap) // 24) + 2


def _rule_breaches(
    duty: Duty, book: _Book, leave: Sequence[LeaveSpan], rules: RestRules, tz: ZoneInfo, reach: int
) -> list[tuple[str, dict]]:
    """(code, params) of every rule `duty` breaks given the person's other duties in `book`."""
    out: list[tuple[str, dict]] = []
    span = _on_leave(leave, _local_days(duty.start, duty.end, tz))
    if span is not None:
        out.append(("on_leave", {"leave_kind": span.kind, "start": span.start, "end": span.end}))
    for other in book.near(duty.day, reach):
        if other.id and other.id == duty.id:
            continue
        if other.start < duty.end and duty.start < other.end:
            out.append(("overlap", {"shift_code": other.shift_code, "day": other.day}))
            continue
        first, second = (other, duty) if other.start <= duty.start else (duty, other)
        gap_h = (second.start - first.end).total_seconds() / 3600
        if first.is_24h and gap_h < rules.rest_after_24h_hours:
            out.append(
                ("rest_after_24h", {"hours": rules.rest_after_24h_hours, "gap_hours": round(gap_h, 1)})
            )
        elif rules.min_rest_hours > 0 and gap_h < rules.min_rest_hours:
            out.append(("min_rest", {"hours": rules.min_rest_hours, "gap_hours": round(gap_h, 1)}))
    run = _run_length(book, duty.day)
    if run > rules.max_consecutive_days:
        out.append(("max_consecutive", {"max": rules.max_consecutive_days, "run": run}))
    return out


def _run_length(book: _Book, d: date) -> int:
    """Consecutive duty days through d if d is (or becomes) a duty day."""
    n = 1
    x = d - _DAY
    while book.by_day.get(x):
        n += 1
        x -= _DAY
    x = d + _DAY
    while book.by_day.get(x):
        n += 1
        x += _DAY
    return n


def _back_to_back(duty: Duty, book: _Book) -> bool:
    """Soft preference: avoid chaining duties into one long stretch (a day shift, then the night)."""
    for other in book.near(duty.day, 1):
        gap = (duty.start - other.end) if other.start <= duty.start else (other.start - duty.end)
        if gap < _SOFT_GAP:
            return True
    return False


def staff_block(staff: Staff, d: date, need_post: str, skill: str) -> str | None:
    """Why `staff` cannot take a slot of `need_post` on d regardless of other duties, or None."""
    if not staff.active_on(d):
        return "inactive"
    if not staff.approved:
        return "not_approved"
    if need_post != ANY_POST and staff.post != need_post:
        return "wrong_post"
    if skill and skill not in staff.skills:
        return "missing_skill"
    return None


def breaches(
    duty: Duty,
    staff: Staff,
    others: Sequence[Duty],
    leave: Sequence[LeaveSpan],
    rules: RestRules,
    tz: ZoneInfo,
    *,
    need_post: str = ANY_POST,
    skill: str = "",
) -> list[tuple[str, dict]]:
    """Every rule `duty` by `staff` would break next to the person's `others` duties (any order)."""
    out: list[tuple[str, dict]] = []
    block = staff_block(staff, duty.day, need_post, skill)
    if block:
        out.append((block, {"post": need_post, "skill": skill}))
    book = _Book()
    for o in others:
        if o.staff_id == staff.id and not (o.id and o.id == duty.id):
            book.add(o)
    longest = max([duty.end - duty.start, *(o.end - o.start for o in others)], default=timedelta(0))
    out.extend(_rule_breaches(duty, book, leave, rules, tz, _reach(rules, longest.total_seconds() / 3600)))
    return out


# ---- the generator -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Plan:
    duties: tuple[Duty, ...]  # the generated duties (pinned ones not repeated)
    unmet: tuple[Explanation, ...]
    fairness: tuple[FairnessRow, ...]
    spread: dict[str, int]
    required: int
    filled: int


_REASON_ORDER = ("on_leave", "rest", "busy", "not_approved", "inactive")
_REASON_CODE = {
    "on_leave": Unmet.ALL_ON_LEAVE,
    "rest": Unmet.REST_RULE,
    "busy": Unmet.BUSY,
    "not_approved": Unmet.NOT_APPROVED,
    "inactive": Unmet.NO_STAFF,
}


def generate_plan(
    days: Sequence[DayInfo],
    shifts: Sequence[ShiftDef],
    staff: Sequence[Staff],
    leave: Sequence[LeaveSpan],
    fixed: Sequence[Duty],
    rules: RestRules,
    tz: ZoneInfo,
    *,
    previous: Mapping[tuple[date, str, str, int], str] | None = None,
) -> Plan:
    """Fill every applicable shift's posts over `days`.

    `fixed` holds duties that stay: pinned ones inside the range (they fill their slots first) and any
    duty outside it (they count for overlaps, rest and consecutive days at the edges, not for fairness).
    `previous` maps a slot (day, shift code, post, slot) to whoever the last generation put there: that
    person keeps the slot while still eligible and within one duty of the fairest choice, so regenerating
    after a few edits moves a few duties, not the whole roster (people plan around their duties).
    """
    order = sorted(staff, key=lambda p: (p.sort_order, p.post, p.name, p.id))
    by_id = {p.id: p for p in order}
    index = {p.id: i for i, p in enumerate(order)}
    leave_of: dict[str, list[LeaveSpan]] = {}
    for span in leave:
        leave_of.setdefault(span.staff_id, []).append(span)
    books = {p.id: _Book() for p in order}
    first, last = (days[0].day, days[-1].day) if days else (date.min, date.min)
    info_of = {i.day: i for i in days}
    shift_of = {sh.code: sh for sh in shifts}
    pinned_slots: dict[tuple[date, str, str], list[Duty]] = {}
    for duty in fixed:
        book = books.get(duty.staff_id)
        if book is not None:
            book.add(duty)
        if duty.pinned and first <= duty.day <= last:
            pinned_slots.setdefault((duty.day, duty.shift_code, duty.post), []).append(duty)
    longest = max(
        [sh.hours for sh in shifts] + [(d.end - d.start).total_seconds() / 3600 for d in fixed] + [0]
    )
    reach = _reach(rules, longest)
    ordered_shifts = sorted(shifts, key=lambda sh: (sh.start, sh.sort_order, sh.code))
    made: list[Duty] = []
    unmet: list[Explanation] = []
    required = filled = 0
    counted: set[int] = set()

    def count(duty: Duty) -> None:
        book = books.get(duty.staff_id)
        info = info_of.get(duty.day)
        if book is None or info is None or id(duty) in counted:
            return
        counted.add(id(duty))
        sh = shift_of.get(duty.shift_code)
        book.total += 1
        book.hours += (duty.end - duty.start).total_seconds() / 3600
        book.holiday += info.holiday
        book.weekend += (not info.workday) and not info.holiday
        book.night += bool(sh and sh.night)
        book.last_day = duty.day if book.last_day is None else max(book.last_day, duty.day)

    for info in days:
        d = info.day
        for sh in ordered_shifts:
            if not applies(sh, info):
                continue
            start, end = shift_window(sh, d, tz)
            for need in sh.needs:
                pinned = pinned_slots.get((d, sh.code, need.post), [])
                for duty in pinned:
                    count(duty)
                    found = (
                        _rule_breaches(
                            duty, books[duty.staff_id], leave_of.get(duty.staff_id, ()), rules, tz, reach
                        )
                        if duty.staff_id in books
                        else []
                    )
                    for code, params in found:
                        unmet.append(
                            Explanation(
                                Unmet.PINNED_CONFLICT,
                                d,
                                sh.code,
                                need.post,
                                by_id[duty.staff_id].name,
                                {"rule": code, **params},
                            )
                        )
                required += need.count
                taken = {p.slot for p in pinned}
                filled += min(len(pinned), need.count)
                free = [k for k in range(need.count + len(pinned)) if k not in taken][
                    : max(0, need.count - len(pinned))
                ]
                for slot in free:
                    duty, why = _pick(
                        sh,
                        info,
                        need.post,
                        need.skill,
                        slot,
                        start,
                        end,
                        order,
                        books,
                        leave_of,
                        rules,
                        tz,
                        reach,
                        index,
                        (previous or {}).get((d, sh.code, need.post, slot)),
                    )
                    if duty is None:
                        code, params = why
                        unmet.append(Explanation(code, d, sh.code, need.post, "", params))
                        continue
                    books[duty.staff_id].add(duty)
                    count(duty)
                    made.append(duty)
                    filled += 1
    fairness = tuple(
        FairnessRow(p.id, p.name, p.post, b.total, round(b.hours, 1), b.weekend, b.holiday, b.night)
        for p in order
        for b in (books[p.id],)
        if p.on_rotation or b.total
    )
    rotating = [r for r in fairness if by_id[r.staff_id].on_rotation and by_id[r.staff_id].approved]
    spread = {
        k: (max(getattr(r, k) for r in rotating) - min(getattr(r, k) for r in rotating)) if rotating else 0
        for k in ("total", "weekend", "holiday", "night")
    }
    return Plan(tuple(made), tuple(unmet), fairness, spread, required, filled)


def _close_enough(key: tuple, best: tuple) -> bool:
    """The previous holder's key against the fairest one: at most one more holiday/weekend, night and
    duty in total, and no chaining into another duty unless the fairest choice chains too."""
    return key[0] <= best[0] + 1 and key[1] <= best[1] and key[2] <= best[2] + 1 and key[3] <= best[3] + 1


def _pick(
    sh: ShiftDef,
    info: DayInfo,
    post: str,
    skill: str,
    slot: int,
    start: datetime,
    end: datetime,
    order: Sequence[Staff],
    books: dict[str, _Book],
    leave_of: dict[str, list[LeaveSpan]],
    rules: RestRules,
    tz: ZoneInfo,
    reach: int,
    index: dict[str, int],
    keep: str | None = None,
) -> tuple[Duty | None, tuple[Unmet, dict]]:
    d = info.day
    best: tuple | None = None
    best_duty: Duty | None = None
    kept: tuple[tuple, Duty] | None = None
    refused: Counter[str] = Counter()
    holders = 0
    for p in order:
        if not p.on_rotation:
            continue
        if (post != ANY_POST and p.post != post) or (skill and skill not in p.skills):
            continue
        holders += 1
        block = staff_block(p, d, post, skill)
        if block:
            refused[block] += 1
            continue
        duty = Duty(p.id, d, sh.code, post, slot, start, end, sh.is_24h)
        book = books[p.id]
        found = _rule_breaches(duty, book, leave_of.get(p.id, ()), rules, tz, reach)
        if found:
            codes = {c for c, _ in found}
            refused[
                "on_leave"
                if "on_leave" in codes
                else "busy"
                if codes == {"overlap"} or "overlap" in codes
                else "rest"
            ] += 1
            continue
        key = (
            book.holiday if info.holiday else book.weekend if not info.workday else 0,
            _back_to_back(duty, book),
            book.night if sh.night else 0,
            book.total,
            book.hours,
            # who rested longest first: a person with no duty yet sorts before everyone
            book.last_day.toordinal() if book.last_day else 0,
            index[p.id],
        )
        if p.id == keep:
            kept = (key, duty)
        if best is None or key < best:
            best, best_duty = key, duty
    if kept is not None and best is not None and _close_enough(kept[0], best):
        return kept[1], (Unmet.NO_STAFF, {})
    if best_duty is not None:
        return best_duty, (Unmet.NO_STAFF, {})
    if holders == 0:
        return None, (Unmet.NO_STAFF, {"post": post, "skill": skill})
    params = {k: refused[k] for k in _REASON_ORDER if refused[k]}
    params["candidates"] = holders
    main = max(_REASON_ORDER, key=lambda k: (refused[k], -_REASON_ORDER.index(k)))
    return None, (_REASON_CODE[main], params)
