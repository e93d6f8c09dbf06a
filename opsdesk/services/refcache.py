"""Contract profiles and the calendar, loaded once per database and dropped when a supervisor edits them.

Every ticket event recomputes that ticket's clocks; reloading a few hundred calendar rows each time
would cost more than the computation itself.
"""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from opsdesk.domain.sla import CalendarData, ContractProfile

_lock = threading.Lock()
_cache: dict[str, tuple[dict[str, ContractProfile], CalendarData]] = {}


def _key(s: Session) -> str:
    return str(s.get_bind().engine.url)


def reference(s: Session) -> tuple[dict[str, ContractProfile], CalendarData]:
    key = _key(s)
    with _lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    from opsdesk.services.reference import list_profiles, load_calendar

    value = ({p.code: p for p in list_profiles(s)}, load_calendar(s))
    with _lock:
        _cache[key] = value
    return value


def invalidate(s: Session | None = None) -> None:
    with _lock:
        if s is None:
            _cache.clear()
        else:
            _cache.pop(_key(s), None)
