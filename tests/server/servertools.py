"""The test server: a database with the server schema installed, and connections as its roles.

A module of its own, not conftest.py: test modules import it by name, and several test folders have a
conftest.py (a plain `from conftest import …` would get whichever was imported last).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from opsdesk.sync import server_schema


@dataclass
class Server:
    url: str  # SQLAlchemy URL of the database, as the superuser
    owner: str

    def url_as(self, role: str) -> str:
        return make_url(self.url).set(username=role, password=None).render_as_string(hide_password=False)

    def conninfo(self, role: str) -> str:
        u = make_url(self.url)
        return psycopg.conninfo.make_conninfo(host=u.host, port=u.port, dbname=u.database, user=role)

    def connect(self, role: str, console: str = "A1", autocommit: bool = True) -> psycopg.Connection:
        conn = psycopg.connect(
            self.conninfo(role), autocommit=autocommit, options=f"-c opsdesk.console={console}"
        )
        return conn

    def superuser(self) -> psycopg.Connection:
        return self.connect(make_url(self.url).username or "postgres")

    def install(self) -> server_schema.InstallReport:
        eng = create_engine(self.url_as(self.owner))
        try:
            with eng.begin() as conn:
                return server_schema.install(conn)
        finally:
            eng.dispose()

    def add_role(self, supervisor: bool = False) -> str:
        """A new login role, member of the operator (or supervisor) group."""
        name = f"op_{uuid.uuid4().hex[:10]}"
        group = server_schema.SUPERVISOR_ROLE if supervisor else server_schema.OPERATOR_ROLE
        with self.superuser() as c:
            c.execute(f'CREATE ROLE "{name}" LOGIN')
            c.execute(f'GRANT {group} TO "{name}"')
        return name


def make_server(pg_url: str) -> Server:
    owner = f"owner_{uuid.uuid4().hex[:10]}"
    u = make_url(pg_url)
    with psycopg.connect(
        psycopg.conninfo.make_conninfo(host=u.host, port=u.port, dbname=u.database, user=u.username),
        autocommit=True,
    ) as c:
        c.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        c.execute(f'ALTER DATABASE "{u.database}" OWNER TO "{owner}"')
        c.execute(f'ALTER SCHEMA public OWNER TO "{owner}"')
    return Server(pg_url, owner)
