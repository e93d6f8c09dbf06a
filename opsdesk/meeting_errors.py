"""Typed errors of meeting support (issue 5). Like opsdesk.errors: data only, the UI/CLI say the words."""

from __future__ import annotations

from opsdesk.errors import OpsdeskError


class NotEnoughSeats(OpsdeskError):
    """The seat plan has fewer seats than there are attendees to seat."""

    def __init__(self, seats: int, attendees: int) -> None:
        self.seats, self.attendees = seats, attendees
        super().__init__(f"{attendees} attendees but only {seats} seats")


class RunFinished(OpsdeskError):
    """A result was recorded on a checklist run that is already finished (its record is closed)."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        super().__init__(f"checklist run {run_id} is finished")


class RunIncomplete(OpsdeskError):
    """Finishing a run whose required items are not all OK/NA (pass force=True to finish anyway)."""

    def __init__(self, run_id: str, blockers: tuple[str, ...]) -> None:
        self.run_id, self.blockers = run_id, blockers
        super().__init__(
            f"checklist run {run_id} has {len(blockers)} open required items: {', '.join(blockers)}"
        )


class RollCallClosed(OpsdeskError):
    def __init__(self, rollcall_id: str) -> None:
        self.rollcall_id = rollcall_id
        super().__init__(f"roll-call {rollcall_id} is closed")
