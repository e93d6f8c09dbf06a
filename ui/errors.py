"""The core's typed errors in the operator's words (the core itself carries data, never text).

`describe(exc)` never shows a traceback or a secret: unknown exceptions become a generic sentence with the
exception's class name, and the full error goes to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from opsdesk import errors as E
from opsdesk.paths import backups_dir
from ui.labels import event_action, field_label, status_name, time_text

log = logging.getLogger(__name__)
_tr = QCoreApplication.translate


def _time(value: object) -> str:
    if isinstance(value, datetime):
        return time_text(value)
    return str(value)


def _list(values: object) -> str:
    if isinstance(values, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in values)
    return str(values)


def problem_text(field: str, code: str, params: dict | None = None) -> str:
    """One field problem as a sentence: "Title: required"."""
    p = params or {}
    label = field_label(field)
    if code == "required":
        msg = _tr("errors", "{field} is required.")
    elif code == "too_long":
        msg = _tr("errors", "{field} is too long: {length} characters, at most {max} allowed.")
    elif code == "control_chars":
        msg = _tr("errors", "{field} contains control characters or line breaks that are not allowed here.")
    elif code == "bad_phone":
        msg = _tr("errors", "{field} is not a phone number (digits, spaces, + - and brackets only).")
    elif code == "not_allowed":
        msg = _tr("errors", "{field}: \u201c{value}\u201d is not one of the allowed values ({allowed}).")
    elif code == "duplicate":
        msg = _tr("errors", "{field}: \u201c{value}\u201d already exists.")
    elif code == "not_found":
        msg = _tr("errors", "{field}: the selected item no longer exists.")
    elif code == "in_future":
        msg = _tr("errors", "{field} ({at}) is in the future.")
    elif code == "before_creation":
        msg = _tr("errors", "{field} ({at}) is before the ticket was created ({created}).")
    elif code == "naive_time":
        msg = _tr("errors", "{field} has no time zone.")
    elif code == "unchanged":
        msg = _tr("errors", "{field} is unchanged.")
    elif code == "bad_pin":
        msg = _tr("errors", "{field}: a PIN has 4 to 12 digits.")
    elif code == "bad_password":
        msg = _tr("errors", "{field}: a password has 6 to 128 characters.")
    elif code == "mismatch":
        msg = _tr("errors", "{field}: the two entries differ.")
    elif code == "bad_format":
        msg = _tr("errors", "{field} has the wrong format.")
    else:
        msg = _tr("errors", "{field} is invalid ({code}).")
    values = {
        "field": label,
        "code": code,
        "length": p.get("length", ""),
        "max": p.get("max", ""),
        "value": p.get("value", ""),
        "allowed": _list(p.get("allowed", "")),
        "at": _time(p.get("at", "")),
        "created": _time(p.get("created", "")),
    }
    return msg.format(**values)


def _validation(exc: E.ValidationError) -> str:
    return "\n".join(problem_text(f, code, params) for f, (code, params) in exc.problems.items())


def _transition_hint(status: str, kind: str) -> str:
    """What the operator can do instead, from the lifecycle rules (opsdesk.rules.lifecycle)."""
    done = status in ("resolved", "closed")
    if status == "none":
        return _tr("errors", "the ticket has no creation event")
    if kind in ("priority_changed", "reassigned") and status == "closed":
        return _tr("errors", "reopen it first")
    if kind == "acknowledged":
        return _tr("errors", "it was acknowledged already") if not done else _tr("errors", "reopen it first")
    if kind in ("arrived", "paused", "resolved") and status == "new":
        return _tr("errors", "acknowledge it first")
    if kind == "arrived" and status == "on_site":
        return _tr("errors", "it is marked on site already")
    if kind in ("arrived", "resolved") and status == "paused":
        return _tr("errors", "resume it first")
    if kind == "paused" and status == "paused":
        return _tr("errors", "it is paused already")
    if kind in ("arrived", "paused", "resolved") and done:
        return _tr("errors", "reopen it first")
    if kind in ("closed", "report_submitted") and status != "closed":
        return _tr("errors", "resolve it first")
    if kind == "closed":
        return _tr("errors", "it is closed already")
    if kind == "resumed":
        return _tr("errors", "it is not paused")
    if kind == "reopened":
        return _tr("errors", "it is still open")
    return ""


def _invalid_transition(exc: E.InvalidTransition) -> str:
    if exc.kind == "created":
        return _tr("errors", "A ticket can only be created once.")
    action, status = event_action(exc.kind), status_name(exc.status)
    if exc.status == "none":
        status = _tr("errors", "not yet created")
    hint = _transition_hint(exc.status, exc.kind)
    if hint:
        return _tr("errors", "Cannot {action} a ticket in status \u201c{status}\u201d: {hint}.").format(
            action=action, status=status, hint=hint
        )
    return _tr("errors", "Cannot {action} a ticket in status \u201c{status}\u201d.").format(
        action=action, status=status
    )


def _db_advice(path: str) -> str:
    return _tr("errors", "The file was not modified. Backups are kept in {backups}.").format(
        backups=str(backups_dir())
    )


def _what(what: str) -> str:
    names = {
        "ticket": _tr("errors", "Ticket"),
        "operator": _tr("errors", "Operator"),
        "room": _tr("errors", "Room"),
        "profile": _tr("errors", "Contract profile"),
        "attachment": _tr("errors", "Attachment"),
        "equipment": _tr("errors", "Equipment"),
    }
    return names.get(what, what)


def _size(n: int) -> str:
    return QLocale().formattedDataSize(int(n))


_DESCRIBERS: dict[type[BaseException], Callable[[BaseException], str]] = {
    E.ValidationError: _validation,  # type: ignore[dict-item]
    E.UnknownPriority: lambda e: _tr(
        "errors", "Unknown priority \u201c{code}\u201d; this contract has: {allowed}."
    ).format(code=e.code, allowed=_list(e.allowed)),
    E.UnknownProfile: lambda e: _tr("errors", "Unknown contract profile \u201c{code}\u201d.").format(
        code=e.code
    ),
    E.NotFound: lambda e: _tr(
        "errors", "{what} \u201c{key}\u201d was not found; it may have been removed."
    ).format(what=_what(e.what), key=e.key),
    E.InvalidTransition: _invalid_transition,  # type: ignore[dict-item]
    E.AuthError: lambda e: _tr("errors", "Sign-in failed: the operator or the PIN/password is not right."),
    E.DatabaseCorrupt: lambda e: _tr(
        "errors",
        "The database file is damaged and cannot be opened:\n{path}\n\n{advice}\n"
        "Close opsdesk, move the damaged file aside and copy the newest backup in its place, "
        "or ask your supervisor.",
    ).format(path=e.path, advice=_db_advice(e.path)),
    E.DatabaseReadOnly: lambda e: _tr(
        "errors",
        "The database file cannot be written:\n{path}\n\n{advice}\n"
        "Check that the disk is not full or write-protected and that you may write to the folder, "
        "then start opsdesk again.",
    ).format(path=e.path, advice=_db_advice(e.path)),
    E.DatabaseTooNew: lambda e: _tr(
        "errors",
        "The database file was written by a newer version of opsdesk (schema {revision}):\n{path}\n\n"
        "{advice}\nInstall the newer opsdesk version to open it.",
    ).format(path=e.path, revision=e.revision, advice=_db_advice(e.path)),
    E.ImportFormatError: lambda e: _tr(
        "errors", "Cannot import {source}: the content is not in the expected format ({detail})."
    ).format(source=e.source, detail=e.detail),
    E.FontCoverageError: lambda e: _tr(
        "errors",
        "No installed font can print the character \u201c{char}\u201d (U+{code}). Install a CJK font such as WenQuanYi Zen Hei.",
    ).format(char=e.char, code=f"{ord(e.char):04X}"),
    E.AttachmentTooLarge: lambda e: _tr(
        "errors", "The file {name} is too large ({size}); at most {limit} can be attached."
    ).format(name=e.filename, size=_size(e.size), limit=_size(e.limit)),
}


def describe(exc: BaseException) -> str:
    """A sentence for the operator. Subclasses use the nearest described base class."""
    for cls in type(exc).__mro__:
        fn = _DESCRIBERS.get(cls)
        if fn is not None:
            try:
                return fn(exc)
            except Exception:  # a describer must never turn one error into a crash
                log.exception("describing %r failed", type(exc).__name__)
                break
        if cls is E.OpsdeskError:
            break
    if isinstance(exc, PermissionError):
        return _tr("errors", "Permission denied: {name}.").format(name=getattr(exc, "filename", "") or "")
    if isinstance(exc, OSError) and exc.strerror:
        return _tr("errors", "The operation failed: {reason} ({name}).").format(
            reason=exc.strerror, name=getattr(exc, "filename", "") or ""
        )
    log.error("unexpected error shown to the operator", exc_info=exc)
    return _tr("errors", "Something went wrong ({kind}). The details were written to the log.").format(
        kind=type(exc).__name__
    )


def described_classes() -> frozenset[type[BaseException]]:
    return frozenset(_DESCRIBERS)


def settings_problems_text(problems: list[str], folder: str) -> str:
    """What the desk says at start when the console's settings file had problems (opsdesk.config)."""
    from opsdesk import config
    from opsdesk.timeutil import DEFAULT_TZ

    lines = []
    if config.UNREADABLE in problems:
        lines.append(
            _tr(
                "errors",
                "The settings file of this console could not be read, so every setting is back to its "
                "default. A copy of the damaged file was kept in {folder}.",
            ).format(folder=folder)
        )
    if config.UNREADABLE in problems or config.BAD_CONSOLE_CODE in problems:
        lines.append(
            _tr(
                "errors",
                "The console code is not set: every ticket code starts with it, and it must differ from "
                "the other consoles' codes. Set it in the settings before working.",
            )
        )
    if config.BAD_TIMEZONE in problems:
        lines.append(
            _tr(
                "errors", "The time zone in the settings is not known; {zone} is used until you choose one."
            ).format(zone=DEFAULT_TZ)
        )
    return "\n\n".join(lines)
