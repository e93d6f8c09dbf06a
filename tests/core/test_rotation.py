"""The rotation generator (opsdesk.rules.rotation), pure: calendar cases and properties with hypothesis.

Properties: every post of every shift covered when the team allows it; holiday, weekend and night duties
balanced; leave, overlaps and the rest rules never broken; the same input gives the same roster; pinned
duties stay and are not doubled; what cannot be filled is explained, never silently left open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsdesk.domain.roster import ANY_POST, RestRules, Staff, Unmet
from opsdesk.domain.sla import CalendarData
from opsdesk.rules import rotation as rot
from opsdesk.rules.workdays import calendar_from_chinesecalendar
from opsdesk.services.roster import BUILTIN_SHIFTS, POST_DAILY, POST_HALL, POST_ROOMS
from opsdesk.timeutil import zone

TZ = zone("Asia/Shanghai")
POSTS = (POST_DAILY, POST_HALL, POST_ROOMS)
SHIFTS = tuple(replace(sh, id=sh.code) for sh in BUILTIN_SHIFTS)
D = timedelta(days=1)


@cache
def cal() -> CalendarData:
    return calendar_from_chinesecalendar([2025, 2026])


def team(per_post: tuple[int, ...]) -> list[Staff]:
    out = []
    for post, n in zip(POSTS, per_post, strict=True):
        for i in range(n):
            out.append(Staff(id=f"{post}-{i}", name=f"{post}{i}", post=post, phone=f"1380000{len(out):04d}"))
    return out


RULES = RestRules()


def plan(start: date, end: date, staff, leave=(), fixed=(), rules=RULES, periods=()):
    days = rot.day_infos(start, end, cal(), periods)
    return rot.generate_plan(days, SHIFTS, staff, leave, fixed, rules, TZ)


def by_staff(duties) -> dict[str, list[rot.Duty]]:
    out: dict[str, list[rot.Duty]] = {}
    for d in duties:
        out.setdefault(d.staff_id, []).append(d)
    return out


# ---- calendar cases ------------------------------------------------------------------------------------
def test_a_sunday_that_is_a_make_up_workday_gets_the_workday_shifts() -> None:
    infos = {i.day: i for i in rot.day_infos(date(2026, 1, 3), date(2026, 1, 5), cal())}
    sunday = infos[date(2026, 1, 4)]
    assert sunday.day.weekday() == 6
    assert sunday.workday and sunday.makeup and not sunday.holiday
    p = plan(date(2026, 1, 4), date(2026, 1, 4), team((2, 2, 2)))
    assert {d.shift_code for d in p.duties} == {"DAY", "ONCALL"}
    assert {d.post for d in p.duties if d.shift_code == "DAY"} == set(POSTS)


def test_the_national_day_week_is_one_holiday_weekend_included() -> None:
    infos = rot.day_infos(date(2026, 9, 30), date(2026, 10, 11), cal())
    off = [i.day for i in infos if not i.workday]
    assert off == [date(2026, 10, 1) + k * D for k in range(7)] + [date(2026, 10, 11)]
    week = [i for i in infos if date(2026, 10, 1) <= i.day <= date(2026, 10, 7)]
    assert all(i.holiday and i.name == "National Day" for i in week)  # Sat 3rd and Sun 4th too
    sat_10 = next(i for i in infos if i.day == date(2026, 10, 10))
    assert sat_10.workday and sat_10.makeup  # the make-up Saturday after the week
    sun_11 = next(i for i in infos if i.day == date(2026, 10, 11))
    assert not sun_11.holiday and not sun_11.workday  # an ordinary weekend day
    p = plan(date(2026, 10, 1), date(2026, 10, 7), team((2, 2, 2)))
    assert {d.shift_code for d in p.duties} == {"HOLIDAY", "ONCALL"}
    assert p.filled == p.required == 14


def test_the_year_boundary_new_year_then_a_make_up_sunday() -> None:
    infos = {i.day: i for i in rot.day_infos(date(2025, 12, 30), date(2026, 1, 5), cal())}
    assert infos[date(2025, 12, 31)].workday
    assert all(infos[date(2026, 1, d)].holiday for d in (1, 2, 3))
    assert infos[date(2026, 1, 3)].name == "New Year's Day"  # the Saturday joins the holiday
    assert infos[date(2026, 1, 4)].makeup
    # a rest rule across the boundary: duties of late December count for January's consecutive days
    staff = team((1, 1, 1))
    p = plan(date(2025, 12, 22), date(2026, 1, 9), staff, rules=RestRules(max_consecutive_days=5))
    for duties in by_staff(p.duties).values():
        days = sorted({d.day for d in duties})
        run = best = 1
        for a, b in pairwise(days):
            run = run + 1 if b - a == D else 1
            best = max(best, run)
        assert best <= 5


def test_a_year_without_holiday_data_is_marked_unknown() -> None:
    infos = rot.day_infos(date(2026, 12, 30), date(2027, 1, 2), cal())
    known = {i.day: i.calendar_known for i in infos}
    assert known[date(2026, 12, 31)] and not known[date(2027, 1, 1)]
    # and falls back to Monday–Friday: 1 Jan 2027 (a Friday) counts as a workday until data is imported
    assert next(i for i in infos if i.day == date(2027, 1, 1)).workday


def test_a_reinforcement_period_adds_the_24_hour_duty_and_its_rest_rule() -> None:
    from opsdesk.domain.roster import ReinforcementPeriod

    periods = (ReinforcementPeriod("p", "两会", date(2026, 3, 2), date(2026, 3, 8)),)
    p = plan(date(2026, 3, 1), date(2026, 3, 10), team((2, 2, 2)), periods=periods)
    reinf = [d for d in p.duties if d.shift_code == "REINF24"]
    assert [d.day for d in reinf] == [date(2026, 3, 2) + k * D for k in range(7)]
    assert all(d.is_24h and d.end - d.start == timedelta(hours=24) for d in reinf)
    mine = by_staff(p.duties)
    for d in reinf:
        for other in mine[d.staff_id]:
            if other.start >= d.end:
                assert other.start - d.end >= timedelta(hours=24), (d, other)
            if other is not d:
                assert other.end <= d.start or other.start >= d.end


# ---- explanations --------------------------------------------------------------------------------------
def test_everyone_of_a_post_on_leave_is_explained_not_left_silently() -> None:
    staff = team((1, 2, 2))
    leave = [rot.LeaveSpan(f"{POST_DAILY}-0", date(2026, 11, 9), date(2026, 11, 10), "sick")]
    p = plan(date(2026, 11, 9), date(2026, 11, 11), staff, leave)
    gaps = [u for u in p.unmet if u.post == POST_DAILY]
    assert [(u.code, u.day) for u in gaps] == [
        (Unmet.ALL_ON_LEAVE, date(2026, 11, 9)),
        (Unmet.ALL_ON_LEAVE, date(2026, 11, 10)),
    ]
    assert gaps[0].params == {"on_leave": 1, "candidates": 1}
    assert p.required - p.filled == 2


def test_a_post_nobody_holds_is_explained() -> None:
    p = plan(date(2026, 11, 9), date(2026, 11, 9), team((1, 1, 0)))
    assert [(u.code, u.post) for u in p.unmet] == [(Unmet.NO_STAFF, POST_ROOMS)]


def test_an_unapproved_replacement_is_never_rostered() -> None:
    new = Staff(id="r", name="替换", post=POST_ROOMS, phone="1", replaces_id="x")
    p = plan(date(2026, 11, 9), date(2026, 11, 10), [*team((1, 1, 0)), new])
    assert all(d.staff_id != "r" for d in p.duties)
    assert {u.code for u in p.unmet if u.post == POST_ROOMS} == {Unmet.NOT_APPROVED}
    approved = replace(new, approved_by="采购人王主任", approved_at=datetime(2026, 11, 1, tzinfo=UTC))
    p = plan(date(2026, 11, 9), date(2026, 11, 10), [*team((1, 1, 0)), approved])
    assert any(d.staff_id == "r" for d in p.duties) and not p.unmet


def test_a_pinned_duty_that_breaks_a_rule_is_kept_and_reported() -> None:
    staff = team((2, 2, 2))
    who = f"{POST_HALL}-0"
    start, end = rot.shift_window(SHIFTS[0], date(2026, 11, 10), TZ)
    pinned = rot.Duty(who, date(2026, 11, 10), "DAY", POST_HALL, 0, start, end, pinned=True, id="pin")
    leave = [rot.LeaveSpan(who, date(2026, 11, 10), date(2026, 11, 10), "annual")]
    p = plan(date(2026, 11, 9), date(2026, 11, 11), staff, leave, fixed=[pinned])
    assert [(u.code, u.params["rule"]) for u in p.unmet] == [(Unmet.PINNED_CONFLICT, "on_leave")]
    hall_day = [
        d for d in p.duties if d.day == date(2026, 11, 10) and d.shift_code == "DAY" and d.post == POST_HALL
    ]
    assert hall_day == []  # the pinned one fills the slot; nothing generated on top


# ---- properties ----------------------------------------------------------------------------------------
starts = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 10, 1))
teams = st.tuples(st.integers(2, 4), st.integers(2, 4), st.integers(2, 4))
lengths = st.integers(1, 75)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=starts, n=lengths, per_post=teams)
def test_full_coverage_and_balanced_counts_when_the_team_allows_it(start, n, per_post) -> None:
    staff = team(per_post)
    p = plan(start, start + (n - 1) * D, staff)
    assert p.unmet == ()
    assert p.filled == p.required == len(p.duties)
    # every slot once: (day, shift, post, slot) unique
    keys = [(d.day, d.shift_code, d.post, d.slot) for d in p.duties]
    assert len(keys) == len(set(keys))
    # holiday and weekend duties go round: most minus fewest stays within 2 over any period
    assert p.spread["holiday"] <= 2 and p.spread["weekend"] <= 2, p.spread
    assert p.spread["night"] <= 2, p.spread
    # and within a post (same eligibility), total duties differ by at most 3: the kind of duty comes first
    # (a person low on nights takes more of them), the total second
    for post in POSTS:
        totals = [f.total for f in p.fairness if f.post == post]
        assert max(totals) - min(totals) <= 3, (post, totals)


leaves = st.lists(
    st.tuples(st.sampled_from(POSTS), st.integers(0, 3), st.integers(0, 60), st.integers(0, 10)), max_size=6
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=starts,
    n=lengths,
    per_post=st.tuples(st.integers(1, 3), st.integers(1, 3), st.integers(1, 3)),
    leave_spec=leaves,
    max_run=st.integers(2, 7),
    rest=st.sampled_from([0.0, 12.0, 24.0, 36.0]),
    with_period=st.booleans(),
)
def test_rules_are_never_broken_and_gaps_are_explained(
    start, n, per_post, leave_spec, max_run, rest, with_period
):
    from opsdesk.domain.roster import ReinforcementPeriod

    staff = team(per_post)
    ids = {p.id for p in staff}
    leave = [
        rot.LeaveSpan(f"{post}-{i}", start + off * D, start + (off + length) * D, "annual")
        for post, i, off, length in leave_spec
        if f"{post}-{i}" in ids
    ]
    rules = RestRules(max_consecutive_days=max_run, rest_after_24h_hours=rest)
    periods = (ReinforcementPeriod("p", "重保", start + 3 * D, start + 12 * D),) if with_period else ()
    end = start + (n - 1) * D
    p = plan(start, end, staff, leave, rules=rules, periods=periods)
    # open slots = explanations: nothing is left open silently
    assert p.required - p.filled == len(p.unmet)
    for who, duties in by_staff(p.duties).items():
        duties.sort(key=lambda d: d.start)
        for d in duties:
            days = {d.start.astimezone(TZ).date(), (d.end - timedelta(microseconds=1)).astimezone(TZ).date()}
            assert not any(x.staff_id == who and x.start <= day <= x.end for x in leave for day in days), d
        for a, b in pairwise(duties):
            assert a.end <= b.start, (a, b)  # no overlap
            if a.is_24h:
                assert (b.start - a.end) >= timedelta(hours=rest), (a, b)
        days = sorted({d.day for d in duties})
        run = 1
        for a, b in pairwise(days):
            run = run + 1 if b - a == D else 1
            assert run <= max_run


@settings(max_examples=25, deadline=None)
@given(start=starts, n=st.integers(1, 40), per_post=teams, order=st.randoms(use_true_random=False))
def test_the_same_input_gives_the_same_roster(start, n, per_post, order) -> None:
    staff = team(per_post)
    a = plan(start, start + (n - 1) * D, staff)
    shuffled = list(staff)
    order.shuffle(shuffled)
    b = plan(start, start + (n - 1) * D, shuffled)
    assert a.duties == b.duties and a.unmet == b.unmet


@settings(max_examples=25, deadline=None)
@given(start=starts, n=st.integers(3, 40), per_post=teams, pick=st.integers(0, 10_000))
def test_pinned_duties_stay_and_are_not_doubled(start, n, per_post, pick) -> None:
    staff = team(per_post)
    end = start + (n - 1) * D
    first = plan(start, end, staff)
    chosen = first.duties[pick % len(first.duties)]
    # the supervisor moves that duty to someone else of the same post (or anyone for "any post")
    others = [
        p for p in staff if p.id != chosen.staff_id and (chosen.post == ANY_POST or p.post == chosen.post)
    ]
    pinned = replace(chosen, staff_id=others[pick % len(others)].id, pinned=True, id="pin")
    again = plan(start, end, staff, fixed=[pinned])
    slot = (pinned.day, pinned.shift_code, pinned.post, pinned.slot)
    assert all((d.day, d.shift_code, d.post, d.slot) != slot for d in again.duties)
    assert again.filled + sum(1 for u in again.unmet if u.code is not Unmet.PINNED_CONFLICT) == again.required
    mine = sorted(
        [d for d in again.duties if d.staff_id == pinned.staff_id] + [pinned], key=lambda d: d.start
    )
    for a, b in pairwise(mine):
        assert a.end <= b.start


def test_breaches_reports_each_rule() -> None:
    p = Staff(id="a", name="甲", post=POST_HALL, phone="1")
    day = date(2026, 11, 10)
    shifts = {sh.code: sh for sh in SHIFTS}

    def duty(code: str, d: date, post: str = ANY_POST) -> rot.Duty:
        s, e = rot.shift_window(shifts[code], d, TZ)
        return rot.Duty("a", d, code, post, 0, s, e, shifts[code].is_24h, id=f"{code}{d}")

    prior = duty("REINF24", day)  # 08:00 on the 10th to 08:00 on the 11th
    nxt = duty("DAY", day + D, POST_HALL)  # starts as the 24 h duty ends: no rest at all

    def codes(d, others=(), leave=(), rules=RULES, post=POST_HALL):
        return [c for c, _ in rot.breaches(d, p, list(others), list(leave), rules, TZ, need_post=post)]

    assert codes(nxt, [prior]) == ["rest_after_24h"]
    assert codes(nxt, [prior], rules=RestRules(rest_after_24h_hours=0)) == []
    assert codes(duty("ONCALL", day), [prior], post=ANY_POST) == ["overlap"]
    assert codes(nxt, leave=[rot.LeaveSpan("a", day + D, day + D, "sick")]) == ["on_leave"]
    assert codes(nxt, post=POST_ROOMS) == ["wrong_post"]
    week = [duty("DAY", day - k * D, POST_HALL) for k in range(1, 4)]
    assert codes(duty("DAY", day, POST_HALL), week, rules=RestRules(max_consecutive_days=3)) == [
        "max_consecutive"
    ]
    assert codes(duty("DAY", day, POST_HALL), week, rules=RestRules(max_consecutive_days=4)) == []
    assert codes(
        duty("DAY", day, POST_HALL), [duty("ONCALL", day - D)], rules=RestRules(min_rest_hours=12)
    ) == ["min_rest"]
    gone = replace(p, active_to=day)
    assert [c for c, _ in rot.breaches(nxt, gone, [], [], RestRules(), TZ, need_post=POST_HALL)] == [
        "inactive"
    ]


@pytest.mark.parametrize("per_post", [(1, 1, 1), (3, 3, 3)])
def test_a_quarter_is_filled_for_small_and_larger_teams(per_post) -> None:
    p = plan(date(2026, 1, 1), date(2026, 3, 31), team(per_post))
    assert p.filled == p.required - len(p.unmet)
    if per_post == (3, 3, 3):
        assert not p.unmet


@settings(max_examples=25, deadline=None)
@given(start=starts, n=st.integers(1, 40), per_post=teams, away=st.integers(0, 39))
def test_regeneration_keeps_the_previous_holders_and_moves_little_for_one_leave(start, n, per_post, away):
    staff = team(per_post)
    days = rot.day_infos(start, start + (n - 1) * D, cal())
    first = rot.generate_plan(days, SHIFTS, staff, [], [], RULES, TZ)
    previous = {(d.day, d.shift_code, d.post, d.slot): d.staff_id for d in first.duties}
    again = rot.generate_plan(days, SHIFTS, staff, [], [], RULES, TZ, previous=previous)
    assert again.duties == first.duties  # nothing changed: nobody moves
    # one person away for one day: the duties that move are few compared with the whole roster
    who, day = staff[0].id, start + min(away, n - 1) * D
    leave = [rot.LeaveSpan(who, day, day, "sick")]
    after = rot.generate_plan(days, SHIFTS, staff, leave, [], RULES, TZ, previous=previous)
    moved = {(d.day, d.shift_code, d.post, d.slot, d.staff_id) for d in first.duties} - {
        (d.day, d.shift_code, d.post, d.slot, d.staff_id) for d in after.duties
    }
    assert not any(d.staff_id == who and d.day == day for d in after.duties)
    assert len(moved) <= max(6, len(first.duties) // 4), (len(moved), len(first.duties))
