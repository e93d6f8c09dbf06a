"""Built-in contract profiles and their JSON form (the import format)."""

from __future__ import annotations

import copy
import json
from datetime import time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsdesk.domain.enums import CalendarMode
from opsdesk.domain.sla import ContractProfile, SlaLevel
from opsdesk.errors import ImportFormatError
from opsdesk.rules.profiles import GX_4LEVEL, NT_ONSITE, builtin_profiles, profile_from_dict, profile_to_dict

MIN = timedelta(minutes=1)


def test_guangxi_four_levels() -> None:
    p = GX_4LEVEL
    assert p.code == "GX-4LEVEL" and p.builtin and p.calendar is CalendarMode.ALWAYS and p.report_days == 3
    assert p.level_codes == ("P1", "P2", "P3", "P4")
    expected = {"P1": (15, 4), "P2": (30, 8), "P3": (45, 24), "P4": (60, 48)}
    for lv in p.levels:
        respond, resolve = expected[lv.code]
        assert (lv.respond, lv.arrive, lv.resolve) == (respond * MIN, None, timedelta(hours=resolve))
        assert lv.name_zh and lv.name_en and lv.description_zh and lv.description_en
    assert p.level("P1").name_zh == "紧急" and "VIP" in p.level("P1").description_zh


def test_nantong_on_site() -> None:
    p = NT_ONSITE
    assert p.code == "NT-ONSITE" and p.level_codes == ("P1",) and p.report_days == 3
    lv = p.level("P1")
    assert (lv.name_zh, lv.name_en) == ("标准", "Standard")
    assert (lv.respond, lv.arrive, lv.resolve) == (15 * MIN, timedelta(hours=4), timedelta(hours=24))
    assert builtin_profiles() == (GX_4LEVEL, NT_ONSITE)


@pytest.mark.parametrize("p", builtin_profiles(), ids=lambda p: p.code)
def test_round_trip_through_json(p: ContractProfile) -> None:
    d = profile_to_dict(p)
    assert d["levels"][0]["respond_minutes"] == 15
    back = profile_from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert back == p


def _valid() -> dict[str, Any]:
    return copy.deepcopy(profile_to_dict(GX_4LEVEL))


_DELETE = object()


def mutated(path: str, value: Any) -> dict[str, Any]:
    """A valid profile dict with one field (dotted path, list indexes as digits) changed or deleted."""
    root = _valid()
    d: Any = root
    *head, last = path.split(".")
    for key in head:
        d = d[int(key)] if key.isdigit() else d[key]
    index: Any = int(last) if last.isdigit() else last
    if value is _DELETE:
        del d[index]
    else:
        d[index] = value
    return root


@pytest.mark.parametrize(
    ("path", "value", "detail"),
    [
        ("code", "", "code: must not be empty"),
        ("code", 7, "code: must be a string"),
        ("calendar", "7x24", 'calendar: must be "24x7" or "business"'),
        ("business_start", "8:00", "business_start: must be a time"),
        ("business_end", "24:00", "business_end: must be a time"),
        ("business_end", "07:00", "business_end: must be after business_start"),
        ("warning_ratio", 1, "warning_ratio: must be a number strictly between 0 and 1"),
        ("warning_ratio", 0, "warning_ratio"),
        ("warning_ratio", True, "warning_ratio"),
        ("warning_ratio", "0.8", "warning_ratio"),
        ("report_days", -1, "report_days: must be an integer >= 0 or null"),
        ("report_days", 2.5, "report_days"),
        ("timezone", "Mars/Olympus", "timezone: must be an IANA time zone name"),
        ("builtin", "yes", "builtin"),
        ("levels", [], "levels: must be a non-empty list"),
        ("levels", _DELETE, "levels: must be a non-empty list"),
        ("levels.0", "P1", "levels[0]: must be a JSON object"),
        ("levels.1.code", "P1", "levels[1].code: duplicate level code 'P1'"),
        ("levels.2.code", " ", "levels[2].code: must not be empty"),
        ("levels.0.respond_minutes", 0, "levels[0].respond_minutes: must be a positive integer or null"),
        (
            "levels.0.resolve_minutes",
            -5,
            "levels[0].resolve_minutes: must be a positive integer or null, got -5",
        ),
        ("levels.3.arrive_minutes", 1.5, "levels[3].arrive_minutes"),
        ("levels.3.arrive_minutes", True, "levels[3].arrive_minutes"),
        ("levels.0.respond", 15, "levels[0]: unknown keys ['respond']"),
        ("respond_minutes", 15, "profile: unknown keys ['respond_minutes']"),
        ("levels.0.name_zh", None, "levels[0].name_zh: must be a string"),
    ],
)
def test_invalid_profiles_are_refused_precisely(path: str, value: Any, detail: str) -> None:
    with pytest.raises(ImportFormatError) as exc:
        profile_from_dict(mutated(path, value), source="gx.json")
    assert exc.value.source == "gx.json"
    assert detail in exc.value.detail


def test_not_an_object() -> None:
    with pytest.raises(ImportFormatError) as exc:
        profile_from_dict([1, 2])
    assert exc.value.source == "profile" and "must be a JSON object" in exc.value.detail


def test_defaults_and_nulls() -> None:
    d = {"code": "MIN", "levels": [{"code": "P1", "respond_minutes": 10, "resolve_minutes": None}]}
    p = profile_from_dict(d)
    assert p.calendar is CalendarMode.ALWAYS and p.report_days == 3 and p.warning_ratio == 0.8
    assert (p.business_start, p.business_end, p.timezone) == (time(8), time(19), "Asia/Shanghai")
    assert p.level("P1").resolve is None and p.level("P1").arrive is None
    assert profile_from_dict({**d, "report_days": None}).report_days is None


# ---- round trip of random valid profiles ---------------------------------------------------------
targets = st.none() | st.integers(1, 60 * 24 * 30).map(lambda m: m * MIN)
names = st.text(max_size=20)


@st.composite
def profiles(draw: st.DrawFn) -> ContractProfile:
    codes = draw(st.lists(st.text(min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1, max_size=5,
                          unique=True))  # fmt: skip
    levels = tuple(
        SlaLevel(
            c, draw(names), draw(names), draw(targets), draw(targets), draw(targets), draw(names), draw(names)
        )
        for c in codes
    )
    start = draw(st.integers(0, 22 * 60))
    end = draw(st.integers(start + 1, 23 * 60 + 59))
    return ContractProfile(
        code=draw(st.text(min_size=1, max_size=10).map(str.strip).filter(bool)),
        name_zh=draw(names),
        name_en=draw(names),
        levels=levels,
        calendar=draw(st.sampled_from(CalendarMode)),
        business_start=time(start // 60, start % 60),
        business_end=time(end // 60, end % 60),
        warning_ratio=draw(st.floats(0.01, 0.99)),
        report_days=draw(st.none() | st.integers(0, 30)),
        timezone=draw(st.sampled_from(["Asia/Shanghai", "Asia/Urumqi", "UTC"])),
        builtin=draw(st.booleans()),
    )


@settings(deadline=None, max_examples=100)
@given(profiles())
def test_random_profiles_round_trip(p: ContractProfile) -> None:
    assert profile_from_dict(json.loads(json.dumps(profile_to_dict(p)))) == p
