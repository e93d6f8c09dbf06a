"""Fixtures of the fault tests (issue 3 "Faults"): a throwaway cluster per module, a world per test.

These tests stop, restart and freeze the server, so they never use OPSDESK_TEST_PG_URL's server or the
machine's system PostgreSQL: they need the server binaries. Without them the tests are skipped, loudly,
except in CI (CI=true), where that is a failure — as tests/conftest.py's pg_server does.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import FaultCluster, World, need_bin_dir


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/faults/" in str(item.path):
            item.add_marker(pytest.mark.server)
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="module")
def cluster() -> Iterator[FaultCluster]:
    bin_dir = need_bin_dir()
    # the console processes' homes live here too: outside pytest's root-only tmp dir is not needed,
    # but one directory per module keeps a failed run's logs together
    work = Path(tempfile.mkdtemp(prefix="opsdesk-faults-"))
    c = FaultCluster(bin_dir, work)
    try:
        yield c
    finally:
        c.close()
        import shutil

        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def world(cluster: FaultCluster, tmp_path: Path) -> Iterator[World]:
    w = World(cluster, tmp_path)
    try:
        yield w
    finally:
        w.close()
