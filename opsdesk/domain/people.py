"""Operators, rooms and the actor on whose behalf a service acts."""

from __future__ import annotations

from dataclasses import dataclass

from opsdesk.domain.enums import Role


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    id: str
    name: str
    post: str
    phone: str
    role: Role
    secret_kind: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does a thing, from which console: stamped on every event."""

    operator_id: str | None
    operator_name: str
    console_code: str
    role: Role = Role.OPERATOR


@dataclass(frozen=True, slots=True)
class RoomInfo:
    id: str
    code: str
    name_zh: str
    name_en: str
    kind: str

    def name(self, lang: str = "zh") -> str:
        return self.name_zh if lang.startswith("zh") or not self.name_en else self.name_en
