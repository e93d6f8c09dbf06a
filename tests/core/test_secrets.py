"""Server passwords: only a real keyring; plaintext, fail and null backends are refused (DESIGN.md §6)."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from opsdesk import secrets
from opsdesk.secrets import SecretStoreUnavailable, SessionSecrets, key_for

PW = "s3cret-Pa55-\u5bc6\u7801"
KEY = key_for("db.hall.local", 5432, "opsdesk", "zhangsan")


def test_key_names_the_login():
    assert KEY == "zhangsan@db.hall.local:5432/opsdesk"


def test_store_read_delete_in_a_real_keyring(memory_keyring):
    assert secrets.get_password(KEY) is None
    secrets.set_password(KEY, PW)
    assert memory_keyring.secrets[("opsdesk", KEY)] == PW
    assert secrets.get_password(KEY) == PW
    secrets.delete_password(KEY)
    assert secrets.get_password(KEY) is None
    secrets.delete_password(KEY)  # nothing stored: no error
    assert secrets.backend_name().endswith("MemoryKeyring")


@pytest.fixture
def plaintext(tmp_path: Path):
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(kr)
    return tmp_path / "keyring_pass.cfg"


def test_plaintext_file_backend_is_refused_and_nothing_written(plaintext: Path):
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_password(KEY, PW)
    assert "PlaintextKeyring" in info.value.backend
    assert not plaintext.exists()
    with pytest.raises(SecretStoreUnavailable):
        secrets.get_password(KEY)
    assert secrets.backend_name() == ""


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_fail_and_null_backends_are_refused(backend):
    keyring.set_keyring(backend())
    with pytest.raises(SecretStoreUnavailable):
        secrets.set_password(KEY, PW)
    with pytest.raises(SecretStoreUnavailable):
        secrets.delete_password(KEY)


def test_low_priority_backend_is_refused(memory_keyring):
    class LowPriority(type(memory_keyring)):  # a real backend that admits it is barely usable here
        priority = 0.5  # type: ignore[assignment]

    keyring.set_keyring(LowPriority())
    with pytest.raises(SecretStoreUnavailable):
        secrets.set_password(KEY, PW)


def test_chainer_uses_only_its_safe_members(memory_keyring, plaintext, monkeypatch):
    plain = keyring.get_keyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, memory_keyring])
    keyring.set_keyring(chainer.ChainerBackend())
    secrets.set_password(KEY, PW)
    assert memory_keyring.secrets[("opsdesk", KEY)] == PW
    assert not plaintext.exists()
    assert secrets.get_password(KEY) == PW


def test_chainer_of_only_unsafe_backends_is_refused(plaintext, monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [keyring.get_keyring(), fail.Keyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    with pytest.raises(SecretStoreUnavailable):
        secrets.set_password(KEY, PW)
    assert not plaintext.exists()


def test_a_failing_keyring_raises_typed_error_without_the_password(memory_keyring, caplog):
    class Locked(type(memory_keyring)):  # a real keyring, locked: its error text contains what it was given
        def set_password(self, service, username, password):
            raise keyring.errors.KeyringLocked(f"cannot store {password}")

    keyring.set_keyring(Locked())
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_password(KEY, PW)
    exc = info.value
    assert exc.__cause__ is None and exc.__suppress_context__
    for text in (str(exc), repr(exc), exc.detail, caplog.text):
        assert PW not in text
    assert exc.detail == "KeyringLocked"


def test_session_secrets_fall_back_to_memory_and_say_so(plaintext, caplog):
    caplog.set_level(logging.DEBUG)
    store = SessionSecrets()
    assert store.put(KEY, PW) is False  # kept in memory only
    assert store.in_memory_only(KEY)
    assert store.get(KEY) == PW
    assert not plaintext.exists()
    assert PW not in repr(store) and PW not in caplog.text
    assert "session only" in caplog.text
    store.forget(KEY)
    assert store.get(KEY) is None


def test_session_secrets_prefer_the_keyring(memory_keyring):
    store = SessionSecrets()
    assert store.put(KEY, PW) is True
    assert not store.in_memory_only(KEY)
    assert memory_keyring.secrets[("opsdesk", KEY)] == PW
    assert SessionSecrets().get(KEY) == PW  # a new session (restart) finds it
    store.forget(KEY)
    assert ("opsdesk", KEY) not in memory_keyring.secrets
