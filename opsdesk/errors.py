"""Typed errors of the core. They carry data, never user-facing words: the UI and CLI map them to text."""

from __future__ import annotations


class OpsdeskError(Exception):
    """Base of every error the core raises on purpose."""


class ValidationError(OpsdeskError):
    """One or more fields are invalid. `problems` maps field name -> problem code (+ optional detail)."""

    def __init__(self, problems: dict[str, tuple[str, dict]]) -> None:
        self.problems = problems
        super().__init__(", ".join(f"{k}: {v[0]}" for k, v in problems.items()))


class UnknownPriority(OpsdeskError):
    def __init__(self, code: str, allowed: tuple[str, ...]) -> None:
        self.code, self.allowed = code, allowed
        super().__init__(f"unknown priority {code!r}; allowed: {', '.join(allowed)}")


class UnknownProfile(OpsdeskError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"unknown contract profile {code!r}")


class NotFound(OpsdeskError):
    def __init__(self, what: str, key: str) -> None:
        self.what, self.key = what, key
        super().__init__(f"{what} not found: {key}")


class InvalidTransition(OpsdeskError):
    """An event that the ticket's current state does not allow (e.g. resolve before acknowledge)."""

    def __init__(self, status: str, kind: str) -> None:
        self.status, self.kind = status, kind
        super().__init__(f"event {kind!r} not allowed in status {status!r}")


class AuthError(OpsdeskError):
    """Sign-in refused: unknown operator or wrong secret (deliberately not saying which)."""


class DatabaseCorrupt(OpsdeskError):
    def __init__(self, path: str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"database file {path} is damaged: {detail}")


class DatabaseReadOnly(OpsdeskError):
    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"database file {path} cannot be written")


class DatabaseTooNew(OpsdeskError):
    """The file was written by a newer opsdesk: we do not know its schema revision."""

    def __init__(self, path: str, revision: str) -> None:
        self.path, self.revision = path, revision
        super().__init__(f"database file {path} has schema revision {revision} unknown to this version")


class ImportFormatError(OpsdeskError):
    def __init__(self, source: str, detail: str) -> None:
        self.source, self.detail = source, detail
        super().__init__(f"cannot import {source}: {detail}")


class FontCoverageError(OpsdeskError):
    """No available font covers a character that must be printed."""

    def __init__(self, char: str, text: str = "") -> None:
        self.char, self.text = char, text
        super().__init__(f"no font covers {char!r} (U+{ord(char):04X})")


class AttachmentTooLarge(OpsdeskError):
    def __init__(self, filename: str, size: int, limit: int) -> None:
        self.filename, self.size, self.limit = filename, size, limit
        super().__init__(f"{filename}: {size} bytes over the limit of {limit}")


# ---- the shared server (issue 3; S1) ----


class ServerError(OpsdeskError):
    """Something about the shared PostgreSQL server. `detail` is for logs: never holds a password."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(detail or type(self).__name__)


class ServerUnreachable(ServerError):
    """No connection: host unknown, refused, timed out."""


class ServerAuthFailed(ServerError):
    """Sign-in to the server refused: wrong user or password (SQLSTATE 28P01 / 28000)."""


class ServerTlsError(ServerError):
    """TLS failed: no or untrusted server certificate, host name mismatch, missing root certificate."""


class ServerRefused(ServerError):
    """This role may not do it. reason: revoked | superuser | owner | permission | createrole | hba."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        super().__init__(detail or reason)


class ServerNotInitialized(ServerError):
    """The database has no opsdesk server schema: run `opsdesk-cli server init` first."""


class ServerSchemaTooNew(ServerError):
    """The server's schema revision is unknown to this opsdesk (a newer version initialised it)."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(f"server schema revision {revision} is unknown to this version")
