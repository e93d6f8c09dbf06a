"""Which tables replicate and how: a few declarative lines per table (SYNC_DESIGN.md "The registry").

A model with the `Replicated` mixin replicates; a class attribute `__replication__ = Replication(...)`
tunes it. `tables()` lists them in foreign-key order, the order pushes and pulls use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table


@dataclass(frozen=True)
class Replication:
    append_only: bool = False  # events/results: insert only, never conflicts
    derived: frozenset[str] = frozenset()  # cached columns recomputed locally: last writer wins, no conflict
    supervisor_only: bool = False  # only opsdesk_supervisor may write (contract profiles, calendar)
    never_push: frozenset[str] = frozenset()  # columns never sent


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type
    table: Table
    replication: Replication

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns an operation carries (all but the server-stamped `server_seq` and never_push)."""
        skip = {"server_seq", *self.replication.never_push}
        return tuple(c.name for c in self.table.columns if c.name not in skip)

    @property
    def lww(self) -> frozenset[str]:
        """Columns set last-writer-wins on the server, never a conflict: derived ones and the stamp."""
        return self.replication.derived | {"updated_at", "updated_by"}


@cache
def _specs() -> tuple[TableSpec, ...]:
    # imported here: opsdesk.storage.models imports Replication from this module for its declarations
    from opsdesk.storage.models import Base, Replicated

    by_table: dict[str, type] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Replicated) and isinstance(mapper.local_table, Table):
            by_table[mapper.local_table.name] = cls
    out = []
    for table in Base.metadata.sorted_tables:
        cls = by_table.get(table.name)
        if cls is not None:
            rep = getattr(cls, "__replication__", None) or Replication()
            out.append(TableSpec(table.name, cls, table, rep))
    return tuple(out)


def tables() -> list[TableSpec]:
    """Every replicated table, in foreign-key order (parents first)."""
    return list(_specs())


@cache
def _by_name() -> dict[str, TableSpec]:
    return {s.name: s for s in _specs()}


@cache
def _by_model() -> dict[type, TableSpec]:
    return {s.model: s for s in _specs()}


def spec(name: str) -> TableSpec:
    """The spec of a replicated table by name; KeyError for any other table."""
    return _by_name()[name]


def spec_for(model: type) -> TableSpec | None:
    return _by_model().get(model)
