"""The roster generator: a 3-month roster for 20 engineers (target ≤ 1 s, issue 4), pure and end to end.

Pure: opsdesk.rules.rotation.generate_plan alone. End to end: opsdesk.services.roster.generate on a fresh
database (load staff, shifts, leave and the calendar; generate; write ~300 assignments with the built-in
shift set; commit), and a regeneration of the same quarter (nothing changes: no rows written). A heavier
variant doubles or triples every post and adds a 24-hour duty over a 40-day 春运 period (~700 duties).
Medians of 5 runs.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import date

from opsdesk.domain.roster import NewStaff, RestRules, Staff
from opsdesk.rules import rotation as rot
from opsdesk.rules.workdays import calendar_from_chinesecalendar
from opsdesk.services import roster as R
from opsdesk.timeutil import zone

POSTS = (R.POST_DAILY, R.POST_HALL, R.POST_ROOMS)
START, END = date(2026, 1, 1), date(2026, 3, 31)  # across the Spring Festival of 2026


def _team(n: int = 20) -> list[tuple[str, str, str]]:
    return [(f"工程师{i:02d}", POSTS[i % 3], f"1380000{i:04d}") for i in range(n)]


def test_generate_quarter_20_engineers(tmp_path, record) -> None:
    cal = calendar_from_chinesecalendar([2025, 2026])
    days = rot.day_infos(START, END, cal)
    staff = [Staff(f"s{i}", n, p, ph) for i, (n, p, ph) in enumerate(_team())]
    shifts = [replace(sh, id=sh.code) for sh in R.BUILTIN_SHIFTS]
    pure = []
    for _ in range(5):
        t0 = time.perf_counter()
        plan = rot.generate_plan(days, shifts, staff, [], [], RestRules(), zone())
        pure.append(time.perf_counter() - t0)
    assert plan.filled == plan.required and not plan.unmet

    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    full, again = [], []
    for k in range(5):
        db = open_local_database(tmp_path / f"r{k}.sqlite3")
        with db.session() as s:
            seed_reference(s)
            R.seed_roster_reference(s)
            for n, p, ph in _team():
                R.create_staff(s, NewStaff(n, p, ph), None)
        t0 = time.perf_counter()
        with db.session() as s:
            rep = R.generate(s, START, END, None)
        full.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with db.session() as s:
            rep2 = R.generate(s, START, END, None)
        again.append(time.perf_counter() - t0)
        db.dispose()
        assert rep.filled == rep.required and (rep2.created, rep2.removed) == (0, 0)
    record("roster: generate 3 months × 20 engineers (pure)", statistics.median(pure), "s", "≤ 1 s")
    record(
        "roster: generate 3 months × 20 engineers (service, written)",
        statistics.median(full),
        "s",
        "≤ 1 s",
        f"{rep.created} assignments",
    )
    record("roster: regenerate the same quarter (no change)", statistics.median(again), "s", "≤ 1 s")


def test_generate_quarter_20_engineers_heavy_shift_set(record) -> None:
    from opsdesk.domain.roster import PostNeed, ReinforcementPeriod

    cal = calendar_from_chinesecalendar([2025, 2026])
    periods = [ReinforcementPeriod("p", "春运", date(2026, 2, 2), date(2026, 3, 13))]
    days = rot.day_infos(START, END, cal, periods)
    staff = [Staff(f"s{i}", n, p, ph) for i, (n, p, ph) in enumerate(_team())]
    count = {"DAY": 2, "HOLIDAY": 3, "ONCALL": 2, "REINF24": 2}
    shifts = [
        replace(sh, id=sh.code, needs=tuple(PostNeed(n.post, count[sh.code]) for n in sh.needs))
        for sh in R.BUILTIN_SHIFTS
    ]
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        plan = rot.generate_plan(days, shifts, staff, [], [], RestRules(), zone())
        times.append(time.perf_counter() - t0)
    assert plan.required > 600, plan.required
    record(
        "roster: generate 3 months × 20 engineers, heavy shift set (pure)",
        statistics.median(times),
        "s",
        "≤ 1 s",
        f"{plan.filled} of {plan.required} duties",
    )
