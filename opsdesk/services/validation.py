"""Field checks shared by every form and import: length, control characters, required fields.

Problems are collected per field as (code, params) so the UI can say them in the operator's language
and keep what was typed.
"""

from __future__ import annotations

import re
import unicodedata

from opsdesk.errors import ValidationError

# C0/C1 controls except tab and newline, plus bidi overrides that could disguise text in reports
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Checker:
    def __init__(self) -> None:
        self.problems: dict[str, tuple[str, dict]] = {}

    def text(
        self, field: str, value: str | None, *, max_len: int, required: bool = False, multiline: bool = False
    ) -> str:
        """Return the cleaned value (NFC, stripped); record a problem instead of silently truncating."""
        value = unicodedata.normalize("NFC", value or "").strip()
        if required and not value:
            self.problems[field] = ("required", {})
        elif len(value) > max_len:
            self.problems[field] = ("too_long", {"max": max_len, "length": len(value)})
        elif _CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value or "\t" in value)):
            self.problems[field] = ("control_chars", {})
        return value

    def phone(self, field: str, value: str | None) -> str:
        value = self.text(field, value, max_len=30)
        if value and field not in self.problems and not re.fullmatch(r"[0-9+\-() ]{3,30}", value):
            self.problems[field] = ("bad_phone", {})
        return value

    def choice(self, field: str, value: str | None, allowed: tuple[str, ...]) -> str:
        value = (value or "").strip()
        if value not in allowed:
            self.problems[field] = ("not_allowed", {"value": value, "allowed": allowed})
        return value

    def add(self, field: str, code: str, **params) -> None:
        self.problems[field] = (code, params)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(dict(self.problems))
