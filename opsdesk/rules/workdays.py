"""Workdays (Chinese statutory holidays and make-up workdays, 调休) and business-time arithmetic.

The calendar is data (CalendarData, kept in the database). `calendar_from_chinesecalendar` only seeds it
from the `chinese_calendar` package, which knows a limited range of years and raises for the others.

Business time counts the seconds that fall inside the business hours [start, end) of workdays, in the
profile's zone. All arithmetic is done on exact timedeltas (microseconds) and day by day, never minute by
minute, so `measure(a, advance(a, x)) == x` holds exactly and a year's span costs a few hundred steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

from opsdesk.domain.enums import CalendarMode
from opsdesk.domain.sla import CalendarData, ContractProfile

ZERO = timedelta(0)
_ONE_DAY = timedelta(days=1)
DEFAULT_ZONE = ZoneInfo("Asia/Shanghai")
# Years probed when looking for the range the chinese_calendar package knows (it raises outside it).
_PROBE_YEARS = range(1990, 2201)


# ---- the calendar as data ------------------------------------------------------------------------
def chinesecalendar_years() -> range:
    """The years the installed chinese_calendar package has data for (probed through its public API)."""
    import chinese_calendar as cc

    known = []
    for y in _PROBE_YEARS:
        try:
            cc.is_workday(date(y, 6, 1))
        except NotImplementedError:
            continue
        known.append(y)
    return range(min(known), max(known) + 1) if known else range(0)


def calendar_from_chinesecalendar(years: Iterable[int] | None = None) -> CalendarData:
    """Seed data from chinese_calendar: weekday days off, weekend make-up workdays, and their names.

    Years the package does not know are silently left out (they are simply not in `years`); weekend days
    that fall inside a holiday period are not stored, they are off anyway.
    """
    import chinese_calendar as cc

    covered = chinesecalendar_years()
    wanted = sorted(set(covered) if years is None else {y for y in years if y in covered})
    holidays: set[date] = set()
    workdays: set[date] = set()
    names: dict[date, str] = {}
    for y in wanted:
        d = date(y, 1, 1)
        while d.year == y:
            weekday = d.weekday() < 5
            if cc.is_workday(d) != weekday:
                (holidays if weekday else workdays).add(d)
                name = cc.get_holiday_detail(d)[1]
                if name:
                    names[d] = str(name)
            d += _ONE_DAY
    return CalendarData(frozenset(holidays), frozenset(workdays), frozenset(wanted), names)


def is_workday(d: date, cal: CalendarData) -> bool:
    """A workday per the calendar data; a year without data falls back to Monday–Friday."""
    if d.year in cal.years:
        if d in cal.workdays:
            return True
        if d in cal.holidays:
            return False
    return d.weekday() < 5


def missing_years(start: date, end: date, cal: CalendarData) -> tuple[int, ...]:
    """Years in [start, end] (inclusive, either order) that have no calendar data."""
    lo, hi = sorted((start.year, end.year))
    return tuple(y for y in range(lo, hi + 1) if y not in cal.years)


# ---- business time -------------------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _window(d: date, start: time, end: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    # The business hours of one local day, in UTC. Cached: clocks hit the same few days over and over.
    return (
        datetime.combine(d, start, tzinfo=tz).astimezone(UTC),
        datetime.combine(d, end, tzinfo=tz).astimezone(UTC),
    )


def _utc(x: datetime) -> datetime:
    if x.tzinfo is None:
        raise ValueError(f"naive datetime {x.isoformat()}: business time needs aware datetimes")
    return x.astimezone(UTC)


def _check_hours(start: time, end: time) -> None:
    if start >= end:
        raise ValueError(f"business hours must start before they end: {start} >= {end}")


def business_delta(
    a: datetime, b: datetime, cal: CalendarData, start: time, end: time, tz: ZoneInfo = DEFAULT_ZONE
) -> timedelta:
    """Exact working time in [a, b]; zero when b <= a."""
    _check_hours(start, end)
    a, b = _utc(a), _utc(b)
    if b <= a:
        return ZERO
    d, last = a.astimezone(tz).date(), b.astimezone(tz).date()
    total = ZERO
    while d <= last:
        if is_workday(d, cal):
            ws, we = _window(d, start, end, tz)
            lo, hi = max(ws, a), min(we, b)
            if hi > lo:
                total += hi - lo
        d += _ONE_DAY
    return total


def advance_delta(
    a: datetime, amount: timedelta, cal: CalendarData, start: time, end: time, tz: ZoneInfo = DEFAULT_ZONE
) -> datetime:
    """The earliest instant at which `amount` of working time after a has elapsed.

    amount <= 0 returns a itself, even outside business hours: nothing has to elapse, so nothing moves.
    A positive amount that ends exactly at closing time returns the closing instant, not the next opening.
    """
    _check_hours(start, end)
    if amount <= ZERO:
        return a
    a = _utc(a)
    d = a.astimezone(tz).date()
    left = amount
    while True:
        if is_workday(d, cal):
            ws, we = _window(d, start, end, tz)
            lo = max(ws, a)
            if we > lo:
                avail = we - lo
                if avail >= left:
                    return lo + left
                left -= avail
        d += _ONE_DAY


def business_seconds(
    a: datetime, b: datetime, cal: CalendarData, start: time, end: time, tz: ZoneInfo = DEFAULT_ZONE
) -> float:
    """Working seconds in [a, b] (aware datetimes); 0 when b <= a."""
    return business_delta(a, b, cal, start, end, tz).total_seconds()


def advance_business(
    a: datetime, seconds: float, cal: CalendarData, start: time, end: time, tz: ZoneInfo = DEFAULT_ZONE
) -> datetime:
    """The instant when `seconds` of working time after a have elapsed (see advance_delta)."""
    return advance_delta(a, timedelta(seconds=seconds), cal, start, end, tz)


# ---- measures: how a clock counts time -----------------------------------------------------------
class Measure(Protocol):
    """How a clock counts time: `measure(a, b)` of [a, b] (zero if b <= a), and its inverse `advance`."""

    business: bool

    def measure(self, a: datetime, b: datetime) -> timedelta: ...

    def advance(self, a: datetime, amount: timedelta) -> datetime: ...

    def missing_years(self, a: datetime, b: datetime) -> tuple[int, ...]: ...


@dataclass(frozen=True, slots=True)
class AlwaysMeasure:
    """24x7: wall-clock time."""

    business: bool = False

    def measure(self, a: datetime, b: datetime) -> timedelta:
        return b - a if b > a else ZERO

    def advance(self, a: datetime, amount: timedelta) -> datetime:
        return a + amount if amount > ZERO else a

    def missing_years(self, a: datetime, b: datetime) -> tuple[int, ...]:
        return ()


@dataclass(frozen=True, slots=True)
class BusinessMeasure:
    """Business hours on workdays of a calendar, in a time zone."""

    cal: CalendarData
    start: time = time(8, 0)
    end: time = time(19, 0)
    tz: ZoneInfo = DEFAULT_ZONE
    business: bool = True

    def __post_init__(self) -> None:
        _check_hours(self.start, self.end)

    def measure(self, a: datetime, b: datetime) -> timedelta:
        return business_delta(a, b, self.cal, self.start, self.end, self.tz)

    def advance(self, a: datetime, amount: timedelta) -> datetime:
        return advance_delta(a, amount, self.cal, self.start, self.end, self.tz)

    def missing_years(self, a: datetime, b: datetime) -> tuple[int, ...]:
        return missing_years(a.astimezone(self.tz).date(), b.astimezone(self.tz).date(), self.cal)


ALWAYS = AlwaysMeasure()


def measure_for(profile: ContractProfile, cal: CalendarData) -> Measure:
    if profile.calendar == CalendarMode.BUSINESS:
        return BusinessMeasure(cal, profile.business_start, profile.business_end, ZoneInfo(profile.timezone))
    return ALWAYS


def calendar_gaps(cal: CalendarData, today: date, *, next_year_from_month: int = 11) -> tuple[int, ...]:
    """Years the desk needs holiday data for and lacks: this year, and next year from November on.

    The State Council publishes the next year's arrangement around then; until it is imported, clocks on
    a business calendar and rosters fall back to Monday–Friday, so the operator must be told.
    """
    wanted = [today.year] + ([today.year + 1] if today.month >= next_year_from_month else [])
    return tuple(y for y in wanted if y not in cal.years)
