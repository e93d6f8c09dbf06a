"""Workday calendar and business-time arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsdesk.domain.enums import CalendarMode
from opsdesk.domain.sla import CalendarData
from opsdesk.rules import workdays as wd
from opsdesk.rules.profiles import GX_4LEVEL
from opsdesk.rules.workdays import (
    ALWAYS,
    BusinessMeasure,
    advance_business,
    advance_delta,
    business_delta,
    business_seconds,
    calendar_from_chinesecalendar,
    chinesecalendar_years,
    is_workday,
    measure_for,
    missing_years,
)

SH = ZoneInfo("Asia/Shanghai")
H8, H19 = time(8, 0), time(19, 0)


@cache
def cn() -> CalendarData:
    return calendar_from_chinesecalendar()


def local(*args: int) -> datetime:
    """A Beijing wall-clock time as aware UTC."""
    return datetime(*args, tzinfo=SH).astimezone(UTC)


# ---- seeding from chinese_calendar ---------------------------------------------------------------
def test_seed_covers_the_package_years() -> None:
    years = chinesecalendar_years()
    assert 2004 in years and 2026 in years
    assert cn().years == frozenset(years)
    for d in cn().holidays:
        assert d.weekday() < 5
    for d in cn().workdays:
        assert d.weekday() >= 5


def test_national_day_2026() -> None:
    cal = cn()
    for day in (1, 2, 5, 6, 7):
        assert date(2026, 10, day) in cal.holidays
        assert cal.names[date(2026, 10, day)] == "National Day"
    assert not is_workday(date(2026, 10, 3), cal)  # weekend inside the holiday, stored nowhere
    assert is_workday(date(2026, 10, 8), cal)
    assert is_workday(date(2026, 10, 10), cal)  # Saturday make-up workday
    assert is_workday(date(2026, 9, 20), cal)  # Sunday make-up workday (调休)
    assert date(2026, 9, 20).weekday() == 6
    assert not is_workday(date(2026, 9, 25), cal)  # Mid-autumn, a Friday


def test_seed_a_subset_of_years_skips_unknown_ones() -> None:
    cal = calendar_from_chinesecalendar(range(2026, 2300))
    assert cal.years == {2026}
    assert all(d.year == 2026 for d in cal.holidays | cal.workdays)


def test_years_without_data_fall_back_to_monday_to_friday() -> None:
    cal = CalendarData(holidays=frozenset({date(2031, 10, 1)}), years=frozenset({2030}))
    assert is_workday(date(2031, 10, 1), cal)  # a Wednesday; 2031 has no data, the stray date is ignored
    assert not is_workday(date(2031, 10, 4), cal)  # Saturday
    assert missing_years(date(2029, 12, 31), date(2032, 1, 1), cal) == (2029, 2031, 2032)
    assert missing_years(date(2030, 5, 1), date(2030, 6, 1), cal) == ()


# ---- business time: concrete cases ---------------------------------------------------------------
def test_business_time_across_national_day() -> None:
    a, b = local(2026, 9, 30, 18, 0), local(2026, 10, 8, 9, 0)
    assert business_seconds(a, b, cn(), H8, H19, SH) == 2 * 3600
    assert advance_business(a, 2 * 3600, cn(), H8, H19, SH) == b


def test_business_time_across_the_year_boundary() -> None:
    # Wed 31 Dec 2025 18:00 + 2 h: 1 Jan and Fri 2 Jan are off, Sun 4 Jan is a make-up workday.
    a = local(2025, 12, 31, 18, 0)
    assert advance_business(a, 2 * 3600, cn(), H8, H19, SH) == local(2026, 1, 4, 9, 0)


def test_advance_edges() -> None:
    sat = local(2026, 3, 7, 12, 0)
    assert advance_business(sat, 0, cn(), H8, H19, SH) is sat  # nothing to elapse: stays put
    assert advance_business(sat, -5, cn(), H8, H19, SH) is sat
    assert advance_business(sat, 1, cn(), H8, H19, SH) == local(2026, 3, 9, 8, 0, 1)
    # exactly the rest of a day ends at closing time, not at the next opening
    assert advance_business(local(2026, 3, 6, 18, 0), 3600, cn(), H8, H19, SH) == local(2026, 3, 6, 19, 0)
    assert business_seconds(local(2026, 3, 6, 19), local(2026, 3, 6, 18), cn(), H8, H19, SH) == 0


def test_bad_input_is_refused() -> None:
    naive = datetime(2026, 3, 6, 12)
    with pytest.raises(ValueError):
        business_seconds(naive, naive + timedelta(hours=1), cn(), H8, H19, SH)
    with pytest.raises(ValueError):
        BusinessMeasure(cn(), H19, H8)


def test_measure_for_profile() -> None:
    from dataclasses import replace

    assert measure_for(GX_4LEVEL, cn()) is ALWAYS
    m = measure_for(replace(GX_4LEVEL, calendar=CalendarMode.BUSINESS), cn())
    assert m.business
    a = local(2026, 3, 6, 18, 50)
    assert m.advance(a, timedelta(minutes=15)) == local(2026, 3, 9, 8, 5)
    assert m.measure(a, local(2026, 3, 9, 8, 5)) == timedelta(minutes=15)
    assert ALWAYS.measure(a, a - timedelta(1)) == timedelta(0)
    assert ALWAYS.advance(a, timedelta(hours=1)) == a + timedelta(hours=1)


def test_a_whole_year_round_trips() -> None:
    # speed is measured in tests/bench; here only that a year's span measures and advances back
    a, b = local(2025, 1, 1, 0, 0), local(2026, 1, 1, 0, 0)
    wd._window.cache_clear()
    s = business_delta(a, b, cn(), H8, H19, SH)
    assert s > timedelta(0)
    end = advance_delta(a, s, cn(), H8, H19, SH)
    assert end <= b and business_delta(a, end, cn(), H8, H19, SH) == s
    assert end == local(2025, 12, 31, 19, 0)  # a Wednesday workday: the span ends at its closing


# ---- business time: properties -------------------------------------------------------------------
ZONES = [ZoneInfo("Asia/Shanghai"), ZoneInfo("Europe/Berlin")]  # Berlin: DST days too
instants = st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))


@st.composite
def hours(draw: st.DrawFn) -> tuple[time, time]:
    start = draw(st.integers(0, 22))
    end = draw(st.integers(start + 1, 23))
    return time(start, draw(st.sampled_from([0, 30]))), time(end, draw(st.sampled_from([0, 59])))


amounts = st.timedeltas(timedelta(0), timedelta(days=40))


@settings(deadline=None, max_examples=150)
@given(a=instants, amount=amounts, h=hours(), tz=st.sampled_from(ZONES))
def test_advance_then_measure_is_identity(a: datetime, amount: timedelta, h, tz: ZoneInfo) -> None:
    b = advance_delta(a, amount, cn(), *h, tz)
    assert b >= a
    assert business_delta(a, b, cn(), *h, tz) == amount


@settings(deadline=None, max_examples=150)
@given(a=instants, b=instants, c=instants, h=hours(), tz=st.sampled_from(ZONES))
def test_measure_then_advance_and_additivity(a: datetime, b: datetime, c: datetime, h, tz: ZoneInfo) -> None:
    a, b, c = sorted((a, b, c))
    m = BusinessMeasure(cn(), *h, tz)
    ab = m.measure(a, b)
    back = m.advance(a, ab)
    assert back <= b  # the earliest instant: b may lie outside business hours
    assert m.measure(back, b) == timedelta(0)
    assert m.measure(a, back) == ab
    assert ab + m.measure(b, c) == m.measure(a, c)
    assert m.measure(b, a) == timedelta(0) or a == b
    assert business_seconds(a, b, cn(), *h, tz) == pytest.approx(ab.total_seconds(), abs=1e-6)


def test_calendar_gaps_name_this_year_and_next_from_november() -> None:
    from opsdesk.rules.workdays import calendar_gaps

    cal = CalendarData(years=frozenset({2026}))
    assert calendar_gaps(cal, date(2026, 6, 1)) == ()
    assert calendar_gaps(cal, date(2026, 11, 23)) == (2027,)
    assert calendar_gaps(cal, date(2027, 1, 5)) == (2027,)
    assert calendar_gaps(CalendarData(), date(2026, 12, 1)) == (2026, 2027)
