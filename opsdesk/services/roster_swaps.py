"""Swap and replacement requests: asked, checked against the rules, approved or rejected; the list is the history.

A request is checked when it is made (a swap that would break a rest rule is refused at once, nothing is
stored) and again when it is approved (the roster may have changed in between). Approval moves the
assignments in the same transaction and marks them `swap` (pinned: a regeneration keeps them).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.people import Actor
from opsdesk.domain.roster import AssignmentSource, RequestStatus, RuleBreach, SwapKind, SwapRequest
from opsdesk.errors import NotFound
from opsdesk.roster_errors import RequestNotPending, RosterRuleError
from opsdesk.services import roster as R
from opsdesk.services.validation import Checker
from opsdesk.storage.roster_models import RosterAssignment, RosterStaff, RosterSwap
from opsdesk.timeutil import DEFAULT_TZ, new_id, utcnow


def _row(s: Session, request_id: str) -> RosterSwap:
    row = s.get(RosterSwap, request_id)
    if row is None or row.deleted:
        raise NotFound("swap_request", request_id)
    return row


def _live(s: Session, assignment_id: str | None, field: str, c: Checker) -> RosterAssignment | None:
    row = s.get(RosterAssignment, assignment_id) if assignment_id else None
    if row is None or row.deleted:
        c.add(field, "not_found")
        return None
    return row


def _request(s: Session, r: RosterSwap) -> SwapRequest:
    a = s.get(RosterAssignment, r.assignment_id)
    b = s.get(RosterAssignment, r.other_assignment_id) if r.other_assignment_id else None
    names = {
        x.id: x.name
        for x in s.scalars(select(RosterStaff).where(RosterStaff.id.in_([r.from_staff_id, r.to_staff_id])))
    }
    return SwapRequest(
        id=r.id,
        kind=SwapKind(r.kind),
        assignment_id=r.assignment_id,
        assignment_day=date.fromisoformat(a.day) if a else date.min,
        shift_code=a.shift_code if a else "",
        from_staff_id=r.from_staff_id,
        from_staff_name=names.get(r.from_staff_id, ""),
        to_staff_id=r.to_staff_id,
        to_staff_name=names.get(r.to_staff_id, ""),
        other_assignment_id=r.other_assignment_id,
        other_day=date.fromisoformat(b.day) if b else None,
        reason=r.reason,
        status=RequestStatus(r.status),
        requested_by=r.requested_by,
        requested_at=r.requested_at,
        decided_by=r.decided_by,
        decided_at=r.decided_at,
        decision_note=r.decision_note,
    )


def _check(
    s: Session, kind: SwapKind, a: RosterAssignment, b: RosterAssignment | None, to_staff_id: str, tz: str
) -> None:
    """Raise RosterRuleError if the roster after the swap/replacement would break a rule."""
    found: list[RuleBreach] = []
    if kind is SwapKind.REPLACE:
        staff = R.get_staff(s, to_staff_id)
        shift = R._shift_by_code(s, a.shift_code)
        if shift is not None:
            found += R.check_duty(
                s, staff, date.fromisoformat(a.day), shift, a.post, exclude_ids=(a.id,), tz=tz
            )
    else:
        assert b is not None
        pa, pb = R.get_staff(s, a.staff_id), R.get_staff(s, b.staff_id)
        sa, sb = R._shift_by_code(s, a.shift_code), R._shift_by_code(s, b.shift_code)
        if sa is not None and sb is not None:
            # each takes the other's duty; the duty each gives away no longer counts for them
            found += R.check_duty(
                s, pb, date.fromisoformat(a.day), sa, a.post, exclude_ids=(a.id, b.id), tz=tz
            )
            found += R.check_duty(
                s, pa, date.fromisoformat(b.day), sb, b.post, exclude_ids=(a.id, b.id), tz=tz
            )
    if found:
        raise RosterRuleError(tuple(found))


def request_swap(
    s: Session,
    assignment_id: str,
    other_assignment_id: str,
    actor: Actor,
    reason: str = "",
    *,
    tz: str = DEFAULT_TZ,
) -> SwapRequest:
    """Two engineers exchange their duties. RosterRuleError (nothing stored) if the result breaks a rule."""
    c = Checker()
    reason = c.text("reason", reason, max_len=2000, multiline=True)
    a = _live(s, assignment_id, "assignment_id", c)
    b = _live(s, other_assignment_id, "other_assignment_id", c)
    if a is not None and b is not None and a.staff_id == b.staff_id:
        c.add("other_assignment_id", "same_staff")
    c.raise_if_any()
    assert a is not None and b is not None
    _check(s, SwapKind.SWAP, a, b, b.staff_id, tz)
    return _store(s, SwapKind.SWAP, a, b, b.staff_id, reason, actor)


def request_replacement(
    s: Session, assignment_id: str, staff_id: str, actor: Actor, reason: str = "", *, tz: str = DEFAULT_TZ
) -> SwapRequest:
    """Another engineer takes over one duty (顶班). RosterRuleError if that person may not take it."""
    c = Checker()
    reason = c.text("reason", reason, max_len=2000, multiline=True)
    a = _live(s, assignment_id, "assignment_id", c)
    try:
        to = R.get_staff(s, staff_id)
    except NotFound:
        c.add("staff_id", "not_found")
        to = None
    if a is not None and to is not None and a.staff_id == to.id:
        c.add("staff_id", "same_staff")
    c.raise_if_any()
    assert a is not None and to is not None
    _check(s, SwapKind.REPLACE, a, None, to.id, tz)
    return _store(s, SwapKind.REPLACE, a, None, to.id, reason, actor)


def _store(
    s: Session,
    kind: SwapKind,
    a: RosterAssignment,
    b: RosterAssignment | None,
    to_staff_id: str,
    reason: str,
    actor: Actor,
) -> SwapRequest:
    now = utcnow()
    row = RosterSwap(
        id=new_id(), kind=kind.value, assignment_id=a.id, other_assignment_id=b.id if b else None,
        from_staff_id=a.staff_id, to_staff_id=to_staff_id, reason=reason, status=RequestStatus.PENDING.value,
        requested_by=actor.operator_name, requested_at=now, decided_by="", decided_at=None, decision_note="",
        updated_at=now, updated_by=actor.operator_id,
    )  # fmt: skip
    s.add(row)
    s.flush()
    return _request(s, row)


def _pending(row: RosterSwap) -> None:
    if row.status != RequestStatus.PENDING.value:
        raise RequestNotPending(row.id, row.status)


def approve_request(
    s: Session, request_id: str, actor: Actor, note: str = "", *, tz: str = DEFAULT_TZ
) -> SwapRequest:
    """Apply the swap/replacement after checking it again. RosterRuleError leaves the request pending."""
    row = _row(s, request_id)
    _pending(row)
    c = Checker()
    note = c.text("note", note, max_len=2000, multiline=True)
    a = _live(s, row.assignment_id, "assignment_id", c)
    b = _live(s, row.other_assignment_id, "other_assignment_id", c) if row.other_assignment_id else None
    if a is not None and a.staff_id != row.from_staff_id:
        c.add("assignment_id", "changed")
    if b is not None and b.staff_id != row.to_staff_id:
        c.add("other_assignment_id", "changed")
    c.raise_if_any()
    assert a is not None
    kind = SwapKind(row.kind)
    _check(s, kind, a, b, row.to_staff_id, tz)
    now = utcnow()
    if kind is SwapKind.SWAP:
        assert b is not None
        a.staff_id, b.staff_id = b.staff_id, a.staff_id
        for x in (a, b):
            x.source = AssignmentSource.SWAP.value
            x.updated_at, x.updated_by = now, actor.operator_id
    else:
        a.staff_id, a.source = row.to_staff_id, AssignmentSource.SWAP.value
        a.updated_at, a.updated_by = now, actor.operator_id
    _decide(row, RequestStatus.APPROVED, actor, note, now)
    s.flush()
    return _request(s, row)


def _decide(row: RosterSwap, status: RequestStatus, actor: Actor, note: str, now) -> None:
    row.status, row.decided_by, row.decided_at, row.decision_note = (
        status.value,
        actor.operator_name,
        now,
        note,
    )
    row.updated_at, row.updated_by = now, actor.operator_id


def reject_request(s: Session, request_id: str, actor: Actor, note: str = "") -> SwapRequest:
    row = _row(s, request_id)
    _pending(row)
    c = Checker()
    note = c.text("note", note, max_len=2000, multiline=True)
    c.raise_if_any()
    _decide(row, RequestStatus.REJECTED, actor, note, utcnow())
    return _request(s, row)


def cancel_request(s: Session, request_id: str, actor: Actor, note: str = "") -> SwapRequest:
    row = _row(s, request_id)
    _pending(row)
    _decide(row, RequestStatus.CANCELLED, actor, note, utcnow())
    return _request(s, row)


def list_requests(
    s: Session, *, status: RequestStatus | str | None = None, staff_id: str | None = None, limit: int = 500
) -> list[SwapRequest]:
    """Requests newest first: the history of swaps and replacements."""
    q = select(RosterSwap).where(RosterSwap.deleted.is_(False))
    if status:
        q = q.where(RosterSwap.status == str(status))
    if staff_id:
        q = q.where((RosterSwap.from_staff_id == staff_id) | (RosterSwap.to_staff_id == staff_id))
    return [_request(s, r) for r in s.scalars(q.order_by(RosterSwap.requested_at.desc()).limit(limit))]
