"""Typed errors of the duty roster. They carry data, never words: the UI and CLI map them to sentences."""

from __future__ import annotations

from opsdesk.domain.roster import RuleBreach
from opsdesk.errors import OpsdeskError


class RosterRuleError(OpsdeskError):
    """An assignment, a swap or a replacement would break roster rules; nothing was changed.

    `breaches` says which rule, for whom, on which day (codes: on_leave, overlap, max_consecutive,
    rest_after_24h, min_rest, inactive, not_approved, wrong_post, missing_skill).
    """

    def __init__(self, breaches: tuple[RuleBreach, ...]) -> None:
        self.breaches = breaches
        super().__init__(
            "; ".join(f"{b.code}: {b.staff_name} {b.day.isoformat()} {b.params}" for b in breaches)
        )


class CalendarYearMissing(OpsdeskError):
    """The range touches years without holiday data; pass accept_missing_calendar=True to go on anyway."""

    def __init__(self, years: tuple[int, ...]) -> None:
        self.years = years
        super().__init__(f"no holiday data for {', '.join(map(str, years))}")


class RequestNotPending(OpsdeskError):
    """A swap/replacement request was already decided (or cancelled)."""

    def __init__(self, request_id: str, status: str) -> None:
        self.request_id, self.status = request_id, status
        super().__init__(f"request {request_id} is {status}, not pending")


class HandoverAlreadyAcknowledged(OpsdeskError):
    def __init__(self, handover_id: str, by: str) -> None:
        self.handover_id, self.by = handover_id, by
        super().__init__(f"handover {handover_id} already acknowledged by {by}")


class RosterImportError(OpsdeskError):
    """An import file (staff list, calendar arrangement) is wrong; nothing was imported.

    `code`: empty | columns | bad_date | bad_kind | impossible_range | duplicate | bad_value;
    `line` is the 1-based line of the file (0: the file as a whole); `params` the details.
    """

    def __init__(self, source: str, line: int, code: str, **params: object) -> None:
        self.source, self.line, self.code, self.params = source, line, code, params
        super().__init__(f"{source}:{line}: {code} {params}")
