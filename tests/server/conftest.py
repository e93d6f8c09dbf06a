"""A server database set up as in production: an owner role (CREATEROLE, not superuser) owns it and
installed the schema; operators connect with their own login roles. The throwaway cluster trusts local
connections, so a role connects without its password here (tests of refusals need the role, not auth).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg
import pytest
from servertools import Server, make_server


@pytest.fixture
def server(pg_url: str) -> Iterator[Server]:
    s = make_server(pg_url)
    s.install()
    yield s


@pytest.fixture
def connect_as(server: Server) -> Iterator[Callable[..., psycopg.Connection]]:
    opened: list[psycopg.Connection] = []

    def _connect(role: str, console: str = "A1", autocommit: bool = True) -> psycopg.Connection:
        c = server.connect(role, console, autocommit)
        opened.append(c)
        return c

    yield _connect
    for c in opened:
        c.close()
