"""ORM models of the sync tables (imported by opsdesk.storage.models so that Base.metadata is complete)."""

from __future__ import annotations

from opsdesk.storage.models import Base, Replicated  # noqa: F401
