"""Seating by precedence (排座): pure functions, no database.

The Chinese government convention for a head table (主席台), seen from the audience: the first-ranked
sits in the middle, the second to the first's left as *they* face the audience (the audience's right),
the third on the other side, and so on alternately outwards. Odd count: … 5 3 1 2 4 …; even count:
… 5 3 1 2 4 6 … (1 and 2 share the middle, 1 on the audience's left of the centre). Some units use the
mirror image (“以右为尊”): `mirror=True` reverses every row.

Rows: the front row takes the highest ranks, each row arranged by the same convention. U-shaped table:
the head (the bar of the U, at the top) is a head table; the arms continue down from the head, nearest
the head first, the alternation going on as if the head's row were longer: even ranks on the side of
rank 2, odd ranks on the other (head 3 1 2: 4 right, 5 left; head 1 2: 3 left, 4 right).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from opsdesk.domain.meetings import Attendee, Seat, SeatLayout, SeatSpec
from opsdesk.meeting_errors import NotEnoughSeats


def convention_order(n: int, mirror: bool = False) -> list[int]:
    """The ranks (1-based) of `n` seats in a row, left to right as seen from the audience."""
    if n < 0:
        raise ValueError("negative seat count")
    if n == 0:
        return []
    left = [r for r in range(n, 2, -1) if r % 2 == 1]  # …, 5, 3 (outermost first)
    right = [r for r in range(2, n + 1) if r % 2 == 0]  # 2, 4, …
    order = [*left, 1, *right]
    return order[::-1] if mirror else order


def layout_seats(spec: SeatSpec, mirror: bool = False) -> list[Seat]:
    """Every seat of the shape with its position and precedence slot (`order`, 1 = first), in index
    order: rows front to back, each left to right; U: head, then left arm top-down, then right arm."""
    if any(n < 0 for n in spec.per_row) or spec.arm < 0:
        raise ValueError("negative seat count")
    seats: list[Seat] = []
    base = 0
    for r, n in enumerate(spec.per_row):
        # a shorter row is centred on the longest one
        width = max(spec.per_row, default=0)
        offset = (width - n) / 2
        for c, rank in enumerate(convention_order(n, mirror)):
            seats.append(Seat(index=len(seats), row=r, col=c, x=offset + c, y=float(r), order=base + rank))
        base += n
        if spec.layout is not SeatLayout.ROWS:
            break  # a head table, and the bar of a U, are one row
    if spec.layout is SeatLayout.U and spec.arm:
        head = spec.per_row[0] if spec.per_row else 0
        # the arms continue the head's alternation as if its row went on: even ranks on the side of
        # rank 2 (the audience's right; mirror: the left), odd ranks on the other. So the seat nearest
        # rank 1's end of the head goes to the next rank on that side (head 1 2: 3 by 1, 4 by 2).
        even_side, odd_side = ("left", "right") if mirror else ("right", "left")
        first_side = even_side if (head + 1) % 2 == 0 else odd_side
        for side in ("left", "right"):
            for k in range(spec.arm):
                slot = 2 * k + (1 if side == first_side else 2)
                x = -1.0 if side == "left" else float(head)
                seats.append(
                    Seat(
                        index=len(seats), row=k + 1, col=0, x=x, y=float(k + 1), order=head + slot, side=side
                    )
                )
    return seats


def precedence(attendees: Sequence[Attendee]) -> list[Attendee]:
    """Highest first: by rank (1 first), the unranked after the ranked, ties in entry order."""
    return sorted(attendees, key=lambda a: (a.rank is None, a.rank or 0, a.position))


def assign(spec: SeatSpec, attendees: Sequence[Attendee], mirror: bool = False) -> list[Seat]:
    """The seats with attendees placed by precedence; NotEnoughSeats when they do not fit."""
    seats = layout_seats(spec, mirror)
    if len(attendees) > len(seats):
        raise NotEnoughSeats(len(seats), len(attendees))
    ordered = precedence(attendees)
    # the n attendees take the n best slots; on a head table with spare seats the centre is kept full
    slots = sorted(seats, key=lambda s: s.order)
    by_index: dict[int, Seat] = {s.index: s for s in seats}
    for a, seat in zip(ordered, slots, strict=False):
        by_index[seat.index] = replace(
            seat,
            attendee_id=a.id,
            attendee_name=a.name,
            attendee_title=a.title,
            attendee_organisation=a.organisation,
        )
    return [by_index[i] for i in range(len(seats))]
