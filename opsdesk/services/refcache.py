"""Contract profiles and the calendar, loaded once per database and version of that reference data.

Every ticket event recomputes that ticket's clocks; reloading a few hundred calendar rows each time
would cost more than the computation itself. A cheap stamp of the three tables (row count, latest and
total `updated_at`), read on every call within the caller's transaction, tells whether the cached copy
is still the one the database holds: an import by the CLI while the desk runs, an edit on another
thread, or a rolled-back edit are all seen, with no need to invalidate anything at the right moment.
(SQLite's `PRAGMA data_version` would not do: it changes with every write, tickets included.)
"""

from __future__ import annotations

import threading

from sqlalchemy import BigInteger, CompoundSelect, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from opsdesk.domain.sla import CalendarData, ContractProfile
from opsdesk.storage.models import CalendarDay, CalendarYear, ContractProfileRow

Reference = tuple[dict[str, ContractProfile], CalendarData]

_lock = threading.Lock()
_cache: dict[str, tuple[tuple, Reference]] = {}  # database URL -> (stamp, reference data)


def _key(s: Session) -> str:
    return str(s.get_bind().engine.url)


def _stamp_query() -> CompoundSelect:
    parts = []
    for m in (ContractProfileRow, CalendarDay, CalendarYear):
        ms = type_coerce(m.updated_at, BigInteger)  # raw milliseconds: a sum is no time
        parts.append(
            select(literal(m.__tablename__), func.count(), func.max(ms), func.sum(ms)).select_from(m)
        )
    return union_all(*parts)


_STAMP = _stamp_query()


def stamp(s: Session) -> tuple:
    """The version of the reference data as this session sees it (its own unflushed edits included)."""
    return tuple(sorted(tuple(r) for r in s.execute(_STAMP)))


def reference(s: Session) -> Reference:
    key, now = _key(s), stamp(s)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == now:
        return hit[1]
    from opsdesk.services.reference import list_profiles, load_calendar

    value = ({p.code: p for p in list_profiles(s)}, load_calendar(s))
    with _lock:
        _cache[key] = (now, value)
    return value


def invalidate(s: Session | None = None) -> None:
    """Drop the cached copy (of one database, or all): the next reference() call reloads it."""
    with _lock:
        if s is None:
            _cache.clear()
        else:
            _cache.pop(_key(s), None)
