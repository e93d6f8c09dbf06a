"""Operator accounts: the sign-in's timing guard costs nothing until it is needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from opsdesk.errors import AuthError

_PROBE = """
import argon2
calls = []
real = argon2.PasswordHasher.hash
argon2.PasswordHasher.hash = lambda self, secret, **kw: calls.append(secret) or real(self, secret, **kw)
import opsdesk.services.operators as ops
print(len(calls), end=" ")
ops._dummy_hash(); ops._dummy_hash()
print(len(calls))
"""


def test_importing_hashes_nothing() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "1"]  # none at import, one on first use, then cached


def test_unknown_name_is_refused_like_a_wrong_secret(tmp_path) -> None:
    from opsdesk.services.operators import authenticate, create_operator
    from opsdesk.storage.migrate import open_local_database

    db = open_local_database(tmp_path / "ops.sqlite3")
    try:
        with db.session() as s:
            create_operator(s, name="刘洋", secret="1234")
        with db.session() as s:
            assert authenticate(s, "刘洋", "1234").name == "刘洋"
            for name, secret in (("刘洋", "9999"), ("nobody", "1234")):
                with pytest.raises(AuthError):
                    authenticate(s, name, secret)
    finally:
        db.dispose()
