"""Time and identity helpers: aware UTC now, UUIDv7 keys, the console's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import uuid6

DEFAULT_TZ = "Asia/Shanghai"


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """A UUIDv7: made on the console, unique without a server, and roughly time-ordered for indexes."""
    return str(uuid6.uuid7())


@lru_cache(maxsize=16)
def zone(name: str = DEFAULT_TZ) -> ZoneInfo:
    return ZoneInfo(name)


def as_utc(value: datetime, tz: str = DEFAULT_TZ) -> datetime:
    """Interpret a naive time as the console's local time; convert an aware one to UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz))
    return value.astimezone(UTC)
