"""Local operator accounts: create, list, sign in with a password or PIN."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.enums import Role
from opsdesk.domain.people import OperatorInfo
from opsdesk.errors import AuthError, NotFound
from opsdesk.services.validation import Checker
from opsdesk.storage.models import Operator
from opsdesk.timeutil import new_id, utcnow

# argon2id with the library's defaults costs ~50 ms: fine for a sign-in on a worker thread.
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified when a name is unknown, so a wrong name costs the same time as a wrong password.

    Made on first use, not at import: hashing costs ~100 ms and the GUI thread imports this module.
    """
    return _hasher.hash("opsdesk-dummy")


def _info(o: Operator) -> OperatorInfo:
    return OperatorInfo(o.id, o.name, o.post, o.phone, Role(o.role), o.secret_kind, o.active)


def _check_secret(c: Checker, secret: str, kind: str) -> None:
    if kind == "pin":
        if not (secret.isdigit() and secret.isascii() and 4 <= len(secret) <= 12):
            c.add("secret", "bad_pin")
    elif kind == "password":
        if len(secret) < 6 or len(secret) > 128:
            c.add("secret", "bad_password")
    else:
        c.add("secret_kind", "not_allowed", value=kind, allowed=("password", "pin"))


def create_operator(
    s: Session,
    *,
    name: str,
    secret: str,
    secret_kind: str = "pin",
    role: Role | str = Role.OPERATOR,
    post: str = "",
    phone: str = "",
    by: str | None = None,
) -> OperatorInfo:
    c = Checker()
    name = c.text("name", name, max_len=50, required=True)
    post = c.text("post", post, max_len=50)
    phone = c.phone("phone", phone)
    role = c.choice("role", str(role), tuple(r.value for r in Role))
    _check_secret(c, secret, secret_kind)
    if name and s.scalar(select(Operator.id).where(Operator.name == name)):
        c.add("name", "duplicate", value=name)
    c.raise_if_any()
    now = utcnow()
    op = Operator(
        id=new_id(),
        name=name,
        post=post,
        phone=phone,
        role=role,
        secret_kind=secret_kind,
        secret_hash=_hasher.hash(secret),
        active=True,
        created_at=now,
        updated_at=now,
        updated_by=by,
    )
    s.add(op)
    s.flush()
    return _info(op)


def set_secret(s: Session, operator_id: str, secret: str, secret_kind: str, by: str | None = None) -> None:
    op = s.get(Operator, operator_id)
    if op is None:
        raise NotFound("operator", operator_id)
    c = Checker()
    _check_secret(c, secret, secret_kind)
    c.raise_if_any()
    op.secret_kind, op.secret_hash = secret_kind, _hasher.hash(secret)
    op.updated_at, op.updated_by = utcnow(), by


def authenticate(s: Session, name: str, secret: str) -> OperatorInfo:
    """The operator whose name and secret match; AuthError otherwise, never saying which was wrong."""
    op = s.scalar(
        select(Operator).where(
            Operator.name == name.strip(), Operator.active.is_(True), Operator.deleted.is_(False)
        )
    )
    try:
        _hasher.verify(op.secret_hash if op else _dummy_hash(), secret)
    except (VerificationError, InvalidHashError):
        raise AuthError() from None
    if op is None:
        raise AuthError()
    return _info(op)


def list_operators(s: Session, *, active_only: bool = True) -> list[OperatorInfo]:
    q = select(Operator).where(Operator.deleted.is_(False)).order_by(Operator.role.desc(), Operator.name)
    if active_only:
        q = q.where(Operator.active.is_(True))
    return [_info(o) for o in s.scalars(q)]


def count_operators(s: Session) -> int:
    return len(s.scalars(select(Operator.id).where(Operator.deleted.is_(False))).all())
