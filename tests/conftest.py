"""Fixtures for every test: a temporary OPSDESK_HOME, an in-memory keyring, and a real PostgreSQL.

No test touches the real user dirs or the operator's keyring: both are replaced before each test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from pg import ThrowawayCluster, find_bin_dir, fresh_database, in_ci


class MemoryKeyring(KeyringBackend):
    """The tests' own keyring: a dict, gone after the test (DESIGN.md §6)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def _opsdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty OPSDESK_HOME (tests/ui's `home` fixture narrows it further)."""
    h = tmp_path_factory.mktemp("opsdesk-home")
    monkeypatch.setenv("OPSDESK_HOME", str(h))
    return h


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server where the tests may create databases.

    OPSDESK_TEST_PG_URL when set; else a throwaway cluster from the installed binaries. Without either,
    `server` tests are skipped, loudly, except in CI (CI=true), where that is a failure.
    """
    url = os.environ.get("OPSDESK_TEST_PG_URL")
    if url:
        yield url
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = (
            "no PostgreSQL: set OPSDESK_TEST_PG_URL or install the server binaries "
            "(Debian package 'postgresql'; `bash scripts/test.sh` does)"
        )
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = ThrowawayCluster(bin_dir)
    try:
        url = cluster.start()
    except Exception:
        cluster.stop()
        raise
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test alone (dropped afterwards)."""
    with fresh_database(pg_server) as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # a test that needs PostgreSQL is a `server` test, whether or not it says so
    for item in items:
        if "pg_url" in getattr(item, "fixturenames", ()) or "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.server)
