"""Stored times: integer milliseconds, exact both ways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from opsdesk.storage.types import from_millis, to_millis


def test_whole_milliseconds_are_exact() -> None:
    # timestamp() * 1000 gives 1076226594836.9998 here: truncated, a millisecond low
    d = datetime(2004, 2, 8, 7, 49, 54, 837000, tzinfo=UTC)
    assert to_millis(d) == 1_076_226_594_837
    assert from_millis(to_millis(d)) == d
    # before the epoch the floor is taken (towards the past), as for positive times
    assert to_millis(datetime(1969, 12, 31, 23, 59, 59, 999500, tzinfo=UTC)) == -1


@given(st.integers(-2_208_988_800_000, 7_258_118_400_000))  # 1900 to 2200
def test_round_trip(ms: int) -> None:
    assert to_millis(from_millis(ms)) == ms


@given(st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_truncates_to_the_millisecond(d: datetime) -> None:
    ms = to_millis(d)
    assert from_millis(ms) <= d < from_millis(ms) + timedelta(milliseconds=1)
