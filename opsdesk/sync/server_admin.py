"""Administration of the shared server: `server init`, `server add-operator`, `server status`.

Run by whoever administers the server, connecting as the owner role (never by the desk). Passwords are
taken as arguments of these functions, never from a URL we print, and never sent in clear text in SQL:
an operator's password is hashed here (SCRAM-SHA-256, by libpq) so neither server logs nor
pg_stat_activity ever see it. Connection errors become typed errors with any password scrubbed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from opsdesk.errors import (
    ServerAuthFailed,
    ServerError,
    ServerNotInitialized,
    ServerRefused,
    ServerSchemaTooNew,
    ServerTlsError,
    ServerUnreachable,
    ValidationError,
)
from opsdesk.sync.server_schema import OPERATOR_ROLE, SEQUENCE, SUPERVISOR_ROLE, InstallReport, install

# a PostgreSQL role name we can show and type without quoting; pg_ and opsdesk_ are reserved
ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
RESERVED_PREFIXES = ("pg_", "opsdesk_")
PASSWORD_MIN, PASSWORD_MAX = 8, 128
CONNECT_TIMEOUT = 10


@dataclass(frozen=True)
class OperatorRole:
    name: str
    supervisor: bool
    can_login: bool


@dataclass(frozen=True)
class ServerStatus:
    version: str  # PostgreSQL server version
    user: str  # the role we connected as
    revision: str | None  # Alembic revision of the schema
    head: str  # the revision this opsdesk would install
    server_id: str
    created: datetime
    change_seq: int  # the last server_seq given out
    operators: tuple[OperatorRole, ...]


def parse_url(url: str) -> URL:
    """postgresql://user@host:port/db?sslmode=… (postgres:// and +psycopg accepted) → a psycopg URL."""
    try:
        u = make_url(url.strip())
    except ArgumentError:
        raise ValidationError({"url": ("bad_url", {"value": _scrub_url(url)})}) from None
    if u.drivername not in ("postgresql", "postgres", "postgresql+psycopg") or not u.database:
        raise ValidationError({"url": ("bad_url", {"value": _scrub_url(url)})})
    return u.set(drivername="postgresql+psycopg")


def _scrub_url(url: str) -> str:
    return re.sub(r"(//[^:/@]*:)[^@]*@", r"\1***@", url)


def needs_password(url: str) -> bool:
    return parse_url(url).password is None


@contextmanager
def _engine(url: str, password: str | None) -> Iterator[Engine]:
    u = parse_url(url)
    if password is not None:
        u = u.set(password=password)
    eng = create_engine(u, connect_args={"connect_timeout": CONNECT_TIMEOUT}, pool_pre_ping=False)
    try:
        yield eng
    finally:
        eng.dispose()


def connection_error(exc: BaseException, secrets: tuple[str | None, ...] = ()) -> ServerError:
    """A psycopg connection failure as a typed error; the detail never holds a password."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    for s in secrets:
        if s:
            text = text.replace(s, "***")
    state = getattr(orig, "sqlstate", None) or ""
    low = text.lower()
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in low
        or "no password supplied" in low
    ):
        return ServerAuthFailed(text)
    if "ssl" in low or "certificate" in low or "tls" in low or "no encryption" in low:
        return ServerTlsError(text)  # (the last: pg_hba.conf takes this host only over TLS)
    if "pg_hba.conf" in low:
        return ServerRefused("hba", text)
    if state == "42501" or "permission denied" in low:
        return ServerRefused("permission", text)
    return ServerUnreachable(text)


@contextmanager
def _connected(url: str, password: str | None) -> Iterator[Engine]:
    """An engine whose first connection has succeeded (typed errors on failure)."""
    with _engine(url, password) as eng:
        try:
            eng.connect().close()
        except Exception as exc:  # sqlalchemy.exc.OperationalError wrapping psycopg's
            if isinstance(exc, ServerError):
                raise
            raise connection_error(exc, (password, parse_url(url).password)) from None
        yield eng


def init_server(
    url: str, password: str | None = None, owner: str | None = None, after_restore: bool = False
) -> InstallReport:
    """Create or upgrade the opsdesk schema and server objects (connect as the owner; idempotent)."""
    from opsdesk.storage.migrate import known_revisions

    with _connected(url, password) as eng, eng.begin() as conn:
        raw: psycopg.Connection = conn.connection.driver_connection
        rev = _revision(raw)
        if rev is not None and rev not in known_revisions():
            raise ServerSchemaTooNew(rev)
        can = raw.execute(
            "SELECT rolcreaterole OR rolsuper, "
            "(SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)) "
            "FROM pg_roles WHERE rolname = current_user",
            [OPERATOR_ROLE, SUPERVISOR_ROLE],
        ).fetchone()
        if can is not None and not can[0] and can[1] < 2:
            raise ServerRefused("createrole")
        try:
            return install(conn, owner, after_restore)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise ServerRefused("permission", str(exc)) from None


def _one(raw: psycopg.Connection, query: str, params: list | None = None) -> tuple:
    row = raw.execute(query, params).fetchone()
    assert row is not None, query
    return row


def _revision(raw: psycopg.Connection) -> str | None:
    if _one(raw, "SELECT to_regclass('alembic_version')")[0] is None:
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def check_role_name(name: str) -> str:
    name = name.strip()
    if not ROLE_NAME.match(name) or name.startswith(RESERVED_PREFIXES):
        raise ValidationError({"role_name": ("role_name", {"value": name})})
    return name


def check_password(password: str) -> None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX or any(ord(ch) < 32 for ch in password):
        raise ValidationError(
            {"server_password": ("server_password", {"min": PASSWORD_MIN, "max": PASSWORD_MAX})}
        )


def add_operator(
    url: str, password: str | None, name: str, new_password: str, supervisor: bool = False
) -> bool:
    """Create (or update) the login role `name`, member of the operator group (and supervisor if asked).

    Declarative: running it again sets the password and the membership as given (so it also resets a
    password, or promotes / demotes). Returns True when the role was created. Refuses to touch a role
    that is a superuser, may create roles, or owns the schema: those are not operators.
    """
    name = check_role_name(name)
    check_password(new_password)
    with _connected(url, password) as eng, eng.begin() as conn:
        raw: psycopg.Connection = conn.connection.driver_connection
        if _one(raw, "SELECT to_regclass('opsdesk_server')")[0] is None:
            raise ServerNotInitialized()
        existing = raw.execute(
            "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls, "
            "EXISTS (SELECT 1 FROM pg_class WHERE relowner = r.oid AND relname = 'opsdesk_server') "
            "FROM pg_roles r WHERE rolname = %s",
            [name],
        ).fetchone()
        if existing is not None and (existing[0] or existing[1]):
            raise ServerRefused("privileged", name)
        # hashed here: the clear password never reaches the server's logs or pg_stat_activity
        hashed = raw.pgconn.encrypt_password(new_password.encode(), name.encode(), b"scram-sha-256").decode()
        role = sql.Identifier(name)
        stmt = (
            "ALTER ROLE {} LOGIN PASSWORD {}"
            if existing is not None
            else "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD {}"
        )
        try:
            raw.execute(sql.SQL(stmt).format(role, sql.Literal(hashed)))
            _set_member(raw, OPERATOR_ROLE, name, True)
            _set_member(raw, SUPERVISOR_ROLE, name, supervisor)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise ServerRefused("permission", str(exc)) from None
        return existing is None


def _set_member(raw: psycopg.Connection, group: str, name: str, member: bool) -> None:
    is_member = _one(
        raw,
        "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = %s AND u.rolname = %s)",
        [group, name],
    )[0]
    if member and not is_member:
        raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
    elif not member and is_member:
        raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(name)))


def server_status(url: str, password: str | None = None) -> ServerStatus:
    from opsdesk.storage.migrate import head_revision

    with _connected(url, password) as eng, eng.connect() as conn:
        raw: psycopg.Connection = conn.connection.driver_connection
        if _one(raw, "SELECT to_regclass('opsdesk_server')")[0] is None:
            raise ServerNotInitialized()
        version, user = _one(raw, "SELECT current_setting('server_version'), current_user")
        sid, created = _one(raw, "SELECT server_id::text, created FROM opsdesk_server")
        seq = _one(raw, f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {SEQUENCE}")[0]
        ops = raw.execute(
            "SELECT u.rolname, pg_has_role(u.oid, %s, 'MEMBER'), u.rolcanlogin FROM pg_roles u "
            "WHERE pg_has_role(u.oid, %s, 'MEMBER') AND NOT u.rolsuper AND NOT u.rolcreaterole "
            "AND u.rolname NOT IN (%s, %s) "
            "ORDER BY u.rolname",
            [SUPERVISOR_ROLE, OPERATOR_ROLE, OPERATOR_ROLE, SUPERVISOR_ROLE],
        ).fetchall()
        return ServerStatus(
            version, user, _revision(raw), head_revision(), sid, created, int(seq),
            tuple(OperatorRole(n, bool(s), bool(c)) for n, s, c in ops),
        )  # fmt: skip
