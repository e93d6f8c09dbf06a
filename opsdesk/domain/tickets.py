"""Tickets and their append-only events, as plain dataclasses the UI and CLI pass around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from opsdesk.domain.enums import EventKind, TicketStatus
from opsdesk.domain.sla import TicketClocks


@dataclass(frozen=True, slots=True)
class FaultRecord:
    """What 001_… asks of every fault: level, cause, handling, result, replaced part."""

    level: str = ""
    cause: str = ""
    handling: str = ""
    result: str = ""
    part_model: str = ""
    part_serial: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "level": self.level,
            "cause": self.cause,
            "handling": self.handling,
            "result": self.result,
            "part_model": self.part_model,
            "part_serial": self.part_serial,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> FaultRecord:
        d = d or {}
        return cls(**{k: str(d.get(k, "") or "") for k in cls.__slots__})  # type: ignore[attr-defined]

    def search_text(self) -> str:
        return " ".join(v for v in self.as_dict().values() if v)


@dataclass(frozen=True, slots=True)
class TicketEvent:
    """One fact in a ticket's life. `at` is when it happened (UTC), `recorded_at` when it was entered."""

    kind: EventKind
    at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    ticket_id: str = ""
    operator_id: str | None = None
    operator_name: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NewTicket:
    """What the entry form or the CLI hands to the service to file a ticket."""

    title: str
    priority: str
    category: str
    description: str = ""
    reporter_name: str = ""
    reporter_phone: str = ""
    reporter_unit: str = ""
    room_id: str | None = None
    equipment: str = ""
    assignee_id: str | None = None


@dataclass(frozen=True, slots=True)
class TicketRow:
    """A ticket as the list shows it: flat, cheap, with the cached clock deadlines."""

    id: str
    code: str
    priority: str
    title: str
    room_name: str
    category: str
    status: TicketStatus
    created_at: datetime
    assignee_name: str
    # cached by the service from the SLA engine, so a list of 100,000 needs no event replay
    respond_due: datetime | None
    respond_warn: datetime | None
    respond_done: str | None  # "met" / "breached" once stopped
    arrive_due: datetime | None
    arrive_warn: datetime | None
    arrive_done: str | None
    resolve_due: datetime | None
    resolve_warn: datetime | None
    resolve_done: str | None
    paused: bool


@dataclass(frozen=True, slots=True)
class Attachment:
    id: str
    ticket_id: str
    filename: str
    mime: str
    size: int
    added_at: datetime
    added_by_name: str


@dataclass(frozen=True, slots=True)
class TicketDetail:
    id: str
    code: str
    title: str
    description: str
    priority: str
    category: str
    status: TicketStatus
    reporter_name: str
    reporter_phone: str
    reporter_unit: str
    room_id: str | None
    room_name: str
    equipment: str
    assignee_id: str | None
    assignee_name: str
    profile_code: str
    created_at: datetime
    created_by_name: str
    fault: FaultRecord
    events: tuple[TicketEvent, ...]
    clocks: TicketClocks
    attachments: tuple[Attachment, ...] = ()
