"""Server passwords in the OS keyring, and only there (DESIGN.md §6).

A headless Linux box with keyrings.alt installed silently picks a plaintext file as "the keyring"; the
"fail" and "null" backends drop passwords. Those are refused: `SecretStoreUnavailable` is raised and the
desk keeps the password in memory for the session (`SessionSecrets`) and tells the operator.

A password never reaches an exception text, a log line or a repr: errors carry the backend's name only.
"""

from __future__ import annotations

import contextlib
import logging
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

from opsdesk.errors import OpsdeskError

log = logging.getLogger(__name__)

SERVICE = "opsdesk"

# modules whose backends store nothing, or store it readable by anyone who can read the file
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretStoreUnavailable(OpsdeskError):
    """No safe keyring on this machine (none, a plaintext file, or one that fails). Carries no secret."""

    def __init__(self, backend: str, detail: str = "") -> None:
        self.backend, self.detail = backend, detail
        super().__init__(
            f"no safe keyring for passwords (backend: {backend}{'; ' + detail if detail else ''})"
        )


def key_for(host: str, port: int, dbname: str, user: str) -> str:
    """The keyring user name of one server login: user@host:port/dbname."""
    return f"{user}@{host}:{port}/{dbname}"


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend that cannot say is a backend that cannot work here
        return -1.0


def acceptable(backend: KeyringBackend) -> bool:
    """A real keyring: not plaintext, not fail/null, not a chainer, priority at least 1."""
    if type(backend).__module__.startswith(_REFUSED_MODULES):
        return False
    if isinstance(backend, ChainerBackend):
        return False  # judged child by child in _backends()
    return _priority(backend) >= 1


def _backends() -> list[KeyringBackend]:
    """The usable backends, best first; a chainer contributes only its acceptable children.

    A chainer's own set_password falls through to the next backend when one refuses, which could land a
    password in a plaintext file: so the chain is walked here, over the acceptable ones only.
    """
    kr = keyring.get_keyring()
    candidates = list(kr.backends) if isinstance(kr, ChainerBackend) else [kr]
    usable = [b for b in candidates if acceptable(b)]
    if not usable:
        raise SecretStoreUnavailable(_name(kr))
    return usable


def backend_name() -> str:
    """The keyring in use, for the settings dialog and the log ("" when none is acceptable)."""
    try:
        return _name(_backends()[0])
    except SecretStoreUnavailable:
        return ""


def get_password(key: str) -> str | None:
    """The stored password of `key`, or None. Raises SecretStoreUnavailable."""
    backends = _backends()
    for b in backends:
        try:
            pw = b.get_password(SERVICE, key)
        except (KeyringError, OSError, RuntimeError) as exc:  # locked, no D-Bus, …: never show its text
            raise SecretStoreUnavailable(_name(b), type(exc).__name__) from None
        if pw is not None:
            return pw
    return None


def set_password(key: str, password: str) -> None:
    """Store in the best acceptable keyring. Raises SecretStoreUnavailable (the password is not kept)."""
    b = _backends()[0]
    try:  # a read-only keyring backend says so with NotImplementedError: that is "unavailable" too
        b.set_password(SERVICE, key, password)
    except (KeyringError, OSError, RuntimeError, NotImplementedError) as exc:
        raise SecretStoreUnavailable(_name(b), type(exc).__name__) from None
    log.info("server password for %s stored in %s", key, _name(b))


def delete_password(key: str) -> None:
    """Forget the password of `key` (no error when there is none)."""
    for b in _backends():
        try:
            b.delete_password(SERVICE, key)
        except PasswordDeleteError:
            pass
        except (KeyringError, OSError, RuntimeError, NotImplementedError) as exc:
            raise SecretStoreUnavailable(_name(b), type(exc).__name__) from None


class SessionSecrets:
    """The desk's view of passwords: the keyring when there is a safe one, else memory for this session.

    Thread-safe (the settings dialog stores on a worker thread, the sync bridge reads on another).
    """

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<SessionSecrets keys={sorted(self._memory)}>"  # the keys are user@host, never passwords

    def get(self, key: str) -> str | None:
        """Memory first (a password typed this session wins), then the keyring; None when neither has it."""
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        try:
            return get_password(key)
        except SecretStoreUnavailable:
            return None

    def remember(self, key: str, password: str) -> None:
        """Keep a just-typed password in memory at once (no keyring I/O: safe on any thread); `put`
        moves it to the keyring, when there is a safe one."""
        with self._lock:
            self._memory[key] = password

    def put(self, key: str, password: str) -> bool:
        """Store the password; True when it went to the keyring, False when it is kept in memory only."""
        try:
            set_password(key, password)
        except SecretStoreUnavailable as exc:
            log.warning(
                "no safe keyring (%s): the server password is kept for this session only", exc.backend
            )
            with self._lock:
                self._memory[key] = password
            return False
        with self._lock:
            self._memory.pop(key, None)
        return True

    def forget(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
        with contextlib.suppress(SecretStoreUnavailable):
            delete_password(key)

    def in_memory_only(self, key: str) -> bool:
        with self._lock:
            return key in self._memory
