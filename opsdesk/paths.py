"""Where opsdesk keeps its data and configuration, for source and frozen (PyInstaller) runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "opsdesk"


def data_dir() -> Path:
    """The data directory: $OPSDESK_HOME when set, else the platform's user data dir."""
    home = os.environ.get("OPSDESK_HOME")
    p = Path(home) if home else Path(platformdirs.user_data_dir(APP, appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def config_dir() -> Path:
    home = os.environ.get("OPSDESK_HOME")
    p = Path(home) if home else Path(platformdirs.user_config_dir(APP, appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def database_path() -> Path:
    return data_dir() / "opsdesk.sqlite3"


def backups_dir() -> Path:
    p = data_dir() / "backups"
    p.mkdir(parents=True, exist_ok=True)
    return p


def bundle_root() -> Path:
    """The directory holding resources/ and db/: the source tree, or PyInstaller's _MEIPASS."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return bundle_root() / "db"
