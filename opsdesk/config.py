"""The console's own settings (not shared): a JSON file in the config dir, read by the desk and the CLI.

No secret is ever written here (DESIGN.md §6).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from opsdesk import paths
from opsdesk.timeutil import DEFAULT_TZ

CONSOLE_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,5}$")


@dataclass(frozen=True, slots=True)
class ConsoleSettings:
    console_code: str = "A1"  # unique per console: the first part of every ticket code it makes
    profile_code: str = "GX-4LEVEL"  # the active contract profile
    timezone: str = DEFAULT_TZ
    language: str = ""  # "" = follow the system locale; "zh_CN" or "en"
    theme: str = "dark"  # a dim command hall: dark by default
    alert_sound: bool = False
    org_name: str = ""  # printed on reports

    def with_(self, **changes) -> ConsoleSettings:
        return replace(self, **changes)


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> ConsoleSettings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError):
        return ConsoleSettings()
    # field defaults from fields(): with slots=True the class attributes are slot descriptors, not defaults
    defaults = {f.name: f.default for f in fields(ConsoleSettings)}
    values = {k: v for k, v in raw.items() if k in defaults and isinstance(v, type(defaults[k]))}
    s = ConsoleSettings(**values)
    if not CONSOLE_CODE.match(s.console_code):
        s = s.with_(console_code=defaults["console_code"])
    return s


def save_settings(settings: ConsoleSettings, path: Path | None = None) -> None:
    """Atomic write: a crash mid-save leaves the previous file, never half of one."""
    path = path or settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)
