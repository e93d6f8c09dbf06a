"""The console's own settings (not shared): a JSON file in the config dir, read by the desk and the CLI.

No secret is ever written here (DESIGN.md §6).
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opsdesk import paths
from opsdesk.timeutil import DEFAULT_TZ

CONSOLE_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,5}$")
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")  # libpq's
# a host name or address: no spaces, no libpq conninfo syntax (= ' \\), no URL parts
SERVER_HOST = re.compile(r"^[A-Za-z0-9_.:\-\[\]%]{1,253}$")
PG_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,63}$")  # a PostgreSQL identifier: 63 bytes, no control chars


@dataclass(frozen=True, slots=True)
class ConsoleSettings:
    console_code: str = "A1"  # unique per console: the first part of every ticket code it makes
    profile_code: str = "GX-4LEVEL"  # the active contract profile
    timezone: str = DEFAULT_TZ
    language: str = ""  # "" = follow the system locale; "zh_CN" or "en"
    theme: str = "dark"  # a dim command hall: dark by default
    alert_sound: bool = False
    org_name: str = ""  # printed on reports
    # the shared server (issue 3); no host = standalone. The password lives in the OS keyring only
    # (opsdesk.secrets), never here.
    server_host: str = ""
    server_port: int = 5432
    server_database: str = "opsdesk"
    server_user: str = ""
    server_sslmode: str = "prefer"
    server_sslrootcert: str = ""  # path of the root certificate for sslmode verify-ca / verify-full

    def with_(self, **changes) -> ConsoleSettings:
        return replace(self, **changes)

    @property
    def server_configured(self) -> bool:
        """A server to sync with: host, database and user all set."""
        return bool(self.server_host and self.server_database and self.server_user)

    @property
    def server_key(self) -> str:
        """The keyring name of this console's server login (opsdesk.secrets.key_for)."""
        return f"{self.server_user}@{self.server_host}:{self.server_port}/{self.server_database}"


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


# what load_settings_checked may find wrong with the file; the desk and the CLI have words for each
UNREADABLE = "unreadable"  # not JSON (or not an object): every setting is back to its default
BAD_CONSOLE_CODE = "bad_console_code"  # missing or not a console code: "A1" stands in until it is set
BAD_TIMEZONE = "bad_timezone"  # not a zone tzdata knows: DEFAULT_TZ stands in
BAD_SERVER = "bad_server"  # a server field is not valid: its default stands in (no host: standalone)


def load_settings_checked(path: Path | None = None) -> tuple[ConsoleSettings, list[str]]:
    """The settings, and what was wrong with the file (empty when nothing, or when there is no file yet).

    A damaged file is copied aside as settings.json.bad-<time> before anything overwrites it. A bad
    console code is reported rather than quietly replaced: "A1" is every install's default, and two
    consoles with one code make clashing ticket codes.
    """
    path = path or settings_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return ConsoleSettings(), []
    except OSError:
        return ConsoleSettings(), [UNREADABLE]
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        _keep_copy(path, data)
        return ConsoleSettings(), [UNREADABLE]
    # field defaults from fields(): with slots=True the class attributes are slot descriptors, not defaults
    defaults = {f.name: f.default for f in fields(ConsoleSettings)}
    values = {k: v for k, v in raw.items() if k in defaults and isinstance(v, type(defaults[k]))}
    problems: list[str] = []
    if not CONSOLE_CODE.match(values.get("console_code", "")):
        values.pop("console_code", None)
        problems.append(BAD_CONSOLE_CODE)
    if "timezone" in raw and not valid_zone(values.get("timezone", "")):
        values.pop("timezone", None)
        problems.append(BAD_TIMEZONE)
    # a bad server field reverts to its default (no host: standalone) and is reported; a root certificate
    # that is missing now is not a file problem (a mount may be late): connecting says so
    bad = {k for k, (code, _) in check_server(ConsoleSettings(**values)).items() if code != "file_missing"}
    if bad or any(k.startswith("server_") and k in defaults and k not in values for k in raw):
        for k in bad:
            values.pop(k, None)
        problems.append(BAD_SERVER)
    return ConsoleSettings(**values), problems


def check_server(s: ConsoleSettings) -> dict[str, tuple[str, dict]]:
    """The problems of the server fields, as a ValidationError's `problems` ({} when fine or standalone).

    Standalone (no host) is valid whatever the rest says; a host needs a database and a user, and
    verify-ca / verify-full need a root certificate that exists.
    """
    problems: dict[str, tuple[str, dict]] = {}
    if not s.server_host:
        return problems
    if not SERVER_HOST.match(s.server_host):
        problems["server_host"] = ("bad_format", {"value": s.server_host})
    if isinstance(s.server_port, bool) or not 1 <= s.server_port <= 65535:
        problems["server_port"] = ("out_of_range", {"value": s.server_port, "min": 1, "max": 65535})
    for name in ("server_database", "server_user"):
        value = getattr(s, name)
        if not value:
            problems[name] = ("required", {})
        elif not PG_NAME.match(value) or len(value.encode("utf-8")) > 63:
            problems[name] = ("bad_format", {"value": value})
    if s.server_sslmode not in SSLMODES:
        problems["server_sslmode"] = ("not_allowed", {"value": s.server_sslmode, "allowed": SSLMODES})
    elif s.server_sslmode in ("verify-ca", "verify-full"):
        if not s.server_sslrootcert:
            problems["server_sslrootcert"] = ("required", {})
        elif not Path(s.server_sslrootcert).is_file():
            problems["server_sslrootcert"] = ("file_missing", {"value": s.server_sslrootcert})
    return problems


def load_settings(path: Path | None = None) -> ConsoleSettings:
    """The settings, with defaults standing in for whatever is wrong (see load_settings_checked)."""
    return load_settings_checked(path)[0]


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, OSError, ZoneInfoNotFoundError):  # also "", "../x", "Asia" (a folder)
        return False
    return True


def _keep_copy(path: Path, data: bytes) -> None:
    """Keep the damaged file for whoever repairs it; once per content (the CLI reads it on every run)."""
    try:
        for old in path.parent.glob(f"{path.name}.bad-*"):
            if old.read_bytes() == data:
                return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path.with_name(f"{path.name}.bad-{stamp}").write_bytes(data)
    except OSError:
        pass  # the problem is reported anyway; a read-only folder must not stop the desk


def save_settings(settings: ConsoleSettings, path: Path | None = None) -> None:
    """Atomic write: a crash mid-save leaves the previous file, never half of one."""
    path = path or settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)
