"""What every `opsdesk-cli` command works with: the words, the settings, the database, the acting operator."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from opsdesk import paths
from opsdesk.clitext import Text
from opsdesk.config import ConsoleSettings
from opsdesk.domain.enums import Role
from opsdesk.domain.people import Actor, OperatorInfo
from opsdesk.errors import NotFound
from opsdesk.services.operators import list_operators
from opsdesk.storage.engine import Database
from opsdesk.timeutil import as_utc, zone


class CliError(Exception):
    """A problem the CLI itself finds (not a core error): a catalog key, its values and the exit code."""

    def __init__(self, key: str, exit_code: int = 2, **params: object) -> None:
        self.key, self.exit_code, self.params = key, exit_code, params
        super().__init__(key)


@dataclass
class Context:
    t: Text
    settings: ConsoleSettings
    _db: Database | None = field(default=None, repr=False)

    @property
    def tz(self) -> str:
        return self.settings.timezone

    def db(self) -> Database:
        """The local database, opened (checked, backed up, migrated) on first use, reference data seeded."""
        if self._db is None:
            from opsdesk.services.reference import open_desk_database

            self._db = open_desk_database(paths.database_path())
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def out(self, text: str = "") -> None:
        print(text, file=sys.stdout)

    def note(self, text: str) -> None:
        """A remark for the person at the terminal (stderr, so JSON on stdout stays clean)."""
        print(text, file=sys.stderr)

    # ---- who acts ----
    def operator(self, s: Session, name: str | None) -> OperatorInfo:
        ops = list_operators(s)
        if name:
            for o in ops:
                if o.name == name.strip():
                    return o
            raise NotFound("operator", name)
        if not ops:
            raise CliError("no_operator", exit_code=1)
        supervisors = [o for o in ops if o.role is Role.SUPERVISOR]
        return supervisors[0] if len(supervisors) == 1 else ops[0]

    def actor(self, s: Session, name: str | None) -> Actor:
        o = self.operator(s, name)
        return Actor(o.id, o.name, self.settings.console_code, o.role)

    # ---- times typed on the command line ----
    def parse_time(self, text: str) -> datetime:
        """ISO 8601, with or without an offset (without: the console's zone); returned in UTC."""
        raw = text.strip()
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise CliError("bad_time", value=text) from None
        return as_utc(value, self.tz)

    def parse_day(self, text: str, *, end: bool = False) -> datetime:
        """A date (the whole day in the console's zone) or a full time; `end` gives the day's end."""
        raw = text.strip()
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            if "T" in raw or " " in raw:
                return self.parse_time(raw)
            raise CliError("bad_date", value=text) from None
        start = datetime.combine(day, time(0), tzinfo=zone(self.tz))
        return as_utc(start + timedelta(days=1) if end else start, self.tz)
