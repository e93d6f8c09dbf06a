"""Seating by precedence: the Chinese government convention, its mirror, rows and U tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opsdesk.domain.meetings import Attendee, SeatLayout, SeatSpec
from opsdesk.meeting_errors import NotEnoughSeats
from opsdesk.rules.seating import assign, convention_order, layout_seats, precedence


def people(n: int) -> list[Attendee]:
    # entered in reverse rank order, so the result cannot come from entry order by accident
    return [Attendee(f"id{r}", "m", f"P{r}", rank=r, position=n - r) for r in range(n, 0, -1)]


def test_the_examples_of_the_convention():
    assert convention_order(5) == [5, 3, 1, 2, 4]
    assert convention_order(6) == [5, 3, 1, 2, 4, 6]
    assert convention_order(7) == [7, 5, 3, 1, 2, 4, 6]
    assert convention_order(1) == [1] and convention_order(2) == [1, 2] and convention_order(0) == []
    assert convention_order(5, mirror=True) == [4, 2, 1, 3, 5]


@given(st.integers(min_value=1, max_value=60))
def test_order_properties(n: int):
    order = convention_order(n)
    assert sorted(order) == list(range(1, n + 1))  # every rank exactly once
    one = order.index(1)
    assert one == (n - 1) // 2  # 1 in the middle (even: the left one of the middle pair)
    # ranks grow outward on both sides: odd ranks to the audience's left, even ranks to the right
    left, right = order[:one][::-1], order[one + 1 :]
    assert left == [r for r in range(3, n + 1, 2)]
    assert right == [r for r in range(2, n + 1, 2)]
    # 2 is beside 1 on the audience's right
    if n > 1:
        assert order[one + 1] == 2
    # the sides balance: at most one more seat on the right
    assert len(right) - len(left) in (0, 1)


@given(st.integers(min_value=0, max_value=60))
def test_mirror_is_the_reverse(n: int):
    assert convention_order(n, mirror=True) == convention_order(n)[::-1]


@given(st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=6), st.booleans())
def test_rows_fill_front_first_each_by_the_convention(per_row: list[int], mirror: bool):
    spec = SeatSpec(SeatLayout.ROWS, tuple(per_row))
    n = sum(per_row)
    seats = assign(spec, people(n), mirror)
    assert sorted(s.order for s in seats) == list(range(1, n + 1))
    base = 0
    for r, k in enumerate(per_row):
        row = [s for s in seats if s.row == r]
        assert [s.order - base for s in row] == convention_order(k, mirror)
        assert [s.attendee_name for s in row] == [f"P{s.order}" for s in row]  # rank = slot
        base += k


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=8), st.booleans())
def test_u_table(head: int, arm: int, mirror: bool):
    spec = SeatSpec(SeatLayout.U, (head,), arm)
    seats = layout_seats(spec, mirror)
    assert len(seats) == spec.capacity == head + 2 * arm
    assert sorted(s.order for s in seats) == list(range(1, head + 2 * arm + 1))
    top = [s for s in seats if not s.side]
    assert [s.order for s in top] == convention_order(head, mirror)
    # the alternation goes on: even ranks on the side of rank 2 (right; mirror left), odd on the other
    even, odd = ("left", "right") if mirror else ("right", "left")
    first_side = even if (head + 1) % 2 == 0 else odd
    for k in range(arm):  # nearest the head first
        a = next(s for s in seats if s.side == first_side and s.row == k + 1)
        b = next(s for s in seats if s.side not in ("", first_side) and s.row == k + 1)
        assert (a.order, b.order) == (head + 2 * k + 1, head + 2 * k + 2)


def test_u_table_examples():
    def sides(head, arm, mirror=False):
        seats = layout_seats(SeatSpec(SeatLayout.U, (head,), arm), mirror)
        return {side: [s.order for s in seats if s.side == side] for side in ("", "left", "right")}

    assert sides(3, 2) == {"": [3, 1, 2], "left": [5, 7], "right": [4, 6]}
    assert sides(2, 2) == {"": [1, 2], "left": [3, 5], "right": [4, 6]}  # 3 beside 1, 4 beside 2
    assert sides(2, 2, mirror=True) == {"": [2, 1], "left": [4, 6], "right": [3, 5]}


def test_spare_seats_keep_the_centre_full():
    seats = assign(SeatSpec(SeatLayout.HEAD, (7,)), people(3))
    assert [s.attendee_name for s in seats] == ["", "", "P3", "P1", "P2", "", ""]


def test_unranked_follow_ranked_in_entry_order():
    a = [
        Attendee("x", "m", "无序甲", rank=None, position=1),
        Attendee("y", "m", "二", rank=2, position=2),
        Attendee("z", "m", "无序乙", rank=None, position=3),
        Attendee("w", "m", "一", rank=1, position=4),
    ]
    assert [p.name for p in precedence(a)] == ["一", "二", "无序甲", "无序乙"]


def test_fewer_seats_than_attendees():
    with pytest.raises(NotEnoughSeats) as e:
        assign(SeatSpec(SeatLayout.HEAD, (4,)), people(5))
    assert (e.value.seats, e.value.attendees) == (4, 5)
