"""Contract profiles and the SLA clocks computed from them (see opsdesk.rules.sla)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from opsdesk.domain.enums import CalendarMode, ClockName, ClockState


@dataclass(frozen=True, slots=True)
class SlaLevel:
    """One priority level of a contract: its targets. A target of None means no such clock."""

    code: str  # "P1" … stored on tickets
    name_zh: str
    name_en: str
    respond: timedelta | None
    arrive: timedelta | None
    resolve: timedelta | None
    description_zh: str = ""
    description_en: str = ""


@dataclass(frozen=True, slots=True)
class ContractProfile:
    code: str
    name_zh: str
    name_en: str
    levels: tuple[SlaLevel, ...]
    calendar: CalendarMode = CalendarMode.ALWAYS
    business_start: time = time(8, 0)
    business_end: time = time(19, 0)
    warning_ratio: float = 0.8
    report_days: int | None = 3  # fault analysis report due N calendar days after resolution
    timezone: str = "Asia/Shanghai"
    builtin: bool = False

    def level(self, code: str) -> SlaLevel:
        for lv in self.levels:
            if lv.code == code:
                return lv
        from opsdesk.errors import UnknownPriority

        raise UnknownPriority(code, tuple(lv.code for lv in self.levels))

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(lv.code for lv in self.levels)


@dataclass(frozen=True, slots=True)
class CalendarData:
    """Chinese statutory holidays and make-up workdays (调休), as data.

    A date in `holidays` is off even on a weekday; a date in `workdays` is a workday even on a weekend.
    `years` lists the years the data covers; other years fall back to Monday–Friday with a warning.
    """

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()
    names: dict[date, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class ClockStatus:
    name: ClockName
    state: ClockState
    target: timedelta | None  # the contract's allowance for this clock
    start: datetime | None  # UTC
    due: datetime | None  # UTC; while paused, the due time if the pause ended now
    warn_at: datetime | None  # UTC; when the clock turns to warning (None when stopped / none)
    stopped_at: datetime | None  # UTC; when the clock's goal was reached
    remaining: timedelta | None  # of the allowance, in the calendar's measure; negative when overdue
    paused: timedelta  # time frozen by pauses, in the calendar's measure
    elapsed: timedelta  # allowance consumed, in the calendar's measure

    @property
    def running(self) -> bool:
        return self.state in (ClockState.OK, ClockState.WARNING, ClockState.PAUSED) or (
            self.state is ClockState.BREACHED and self.stopped_at is None
        )


@dataclass(frozen=True, slots=True)
class TicketClocks:
    respond: ClockStatus
    arrive: ClockStatus
    resolve: ClockStatus
    report: ClockStatus
    calendar_missing_years: tuple[int, ...] = ()

    def __iter__(self):
        return iter((self.respond, self.arrive, self.resolve, self.report))

    def worst(self) -> ClockState:
        order = [ClockState.BREACHED, ClockState.WARNING, ClockState.PAUSED, ClockState.OK]
        states = {c.state for c in self if c.running or c.state is ClockState.BREACHED}
        for s in order:
            if s in states:
                return s
        return ClockState.OK
