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
from opsdesk import meeting_errors as ME
from opsdesk import roster_errors as RE
from opsdesk.paths import backups_dir
from opsdesk.secrets import SecretStoreUnavailable
from ui.labels import event_action, field_label, status_name, time_text
from ui.widgets.roster_labels import breach_text, request_status_name, roster_field_label, roster_problem

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


def problem_text(field: str, code: str, params: dict | None = None, label: str | None = None) -> str:
    """One field problem as a sentence: "Title: required". `label` names a field labels.py does not know."""
    p = params or {}
    label = label or roster_field_label(field) or field_label(field)
    roster_msg = roster_problem(code)
    if roster_msg is not None:
        return roster_msg.format(
            field=label,
            start=_time(p.get("start", "")),
            end=_time(p.get("end", "")),
            max_days=p.get("max_days", ""),
            value=p.get("value", ""),
        )
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
    elif code == "already_resolved":
        msg = _tr("errors", "{field} was already decided, perhaps on another console.")
    elif code == "not_text":
        msg = _tr("errors", "{field}: only text can be merged here; keep one of the two values instead.")
    elif code == "out_of_range":
        msg = _tr("errors", "{field} must be between {min} and {max}.")
    elif code == "file_missing":
        msg = _tr("errors", "{field}: the file {value} does not exist.")
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
        "min": p.get("min", ""),
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
        "conflict": _tr("errors", "Conflict"),
        "operation": _tr("errors", "Set-aside change"),
    }
    return names.get(what, what)


def _size(n: int) -> str:
    return QLocale().formattedDataSize(int(n))


def _roster_import(e: RE.RosterImportError) -> str:
    p = e.params
    where = (
        _tr("errors", "{source}, line {line}").format(source=e.source, line=e.line)
        if e.line
        else str(e.source)
    )
    details = {
        "empty": _tr("errors", "the file is empty"),
        "columns": _tr("errors", "wrong columns: expected {expected}, found {found}"),
        "bad_date": _tr("errors", "\u201c{value}\u201d is not a date (YYYY-MM-DD)"),
        "bad_kind": _tr("errors", "\u201c{value}\u201d is not a known kind"),
        "impossible_range": _tr("errors", "the range {start} to {end} is impossible"),
        "duplicate": _tr("errors", "\u201c{value}\u201d appears twice"),
        "bad_value": _tr("errors", "{field}: \u201c{value}\u201d is not allowed"),
    }
    detail = details.get(e.code, e.code).format(
        expected=_list(p.get("expected", "")), found=_list(p.get("found", "")), value=p.get("value", ""),
        start=_time(p.get("start", "")), end=_time(p.get("end", "")), field=field_label(str(p.get("field", ""))),
    )  # fmt: skip
    return _tr("errors", "Nothing was imported. {where}: {detail}.").format(where=where, detail=detail)


def _server_refused(exc: E.ServerRefused) -> str:
    texts = {
        "revoked": _tr("errors", "The shared server no longer lets this login sync (role revoked)."),
        "superuser": _tr(
            "errors", "This login is a superuser: opsdesk connects only with an operator's own login."
        ),
        "owner": _tr(
            "errors",
            "This login owns the opsdesk database: opsdesk connects only with an operator's own login.",
        ),
        "permission": _tr("errors", "The shared server refused this for lack of permission."),
        "createrole": _tr("errors", "This login may not create server logins (it needs CREATEROLE)."),
    }
    return texts.get(exc.reason) or _tr("errors", "The shared server refused this ({reason}).").format(
        reason=exc.reason
    )


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
    E.ServerError: lambda e: _tr(
        "errors", "The shared server could not do this. The details were written to the log."
    ),
    E.ServerUnreachable: lambda e: _tr(
        "errors",
        "The shared server cannot be reached: check the host name, the port and the network. "
        "This console keeps working on its own data meanwhile.",
    ),
    E.ServerAuthFailed: lambda e: _tr(
        "errors",
        "The shared server refused the sign-in: the user name or password is wrong (Settings \u2192 Server).",
    ),
    E.ServerTlsError: lambda e: _tr(
        "errors",
        "The secure connection to the shared server failed: check the encryption setting and the root "
        "certificate, and that the server's certificate names this host.",
    ),
    E.ServerRefused: _server_refused,  # type: ignore[dict-item]
    E.ServerNotInitialized: lambda e: _tr(
        "errors", "The database is not set up for opsdesk yet: run opsdesk-cli server init on it first."
    ),
    E.ServerSchemaTooNew: lambda e: _tr(
        "errors",
        "The shared server was set up by a newer version of opsdesk (schema {revision}). Install that "
        "version on this console to sync with it.",
    ).format(revision=e.revision),
    SecretStoreUnavailable: lambda e: _tr(
        "errors",
        "This computer has no safe keyring for passwords ({backend}). The server password is kept in "
        "memory for this session only and must be entered again after a restart.",
    ).format(backend=e.backend),
    RE.RosterRuleError: lambda e: "\n".join(
        [_tr("errors", "Not changed: this would break the roster rules.")]
        + [breach_text(b) for b in e.breaches]
    ),
    RE.CalendarYearMissing: lambda e: _tr(
        "errors",
        "There is no holiday data for {years}: those days would be rostered as Monday\u2013Friday workdays. "
        "Import the State Council's arrangement (Holiday calendar), or confirm to go on without it.",
    ).format(years=_list(e.years)),
    RE.RequestNotPending: lambda e: _tr(
        "errors", "This request was already decided ({status}); reload the list."
    ).format(status=request_status_name(e.status)),
    RE.HandoverAlreadyAcknowledged: lambda e: _tr(
        "errors", "This handover was already acknowledged by {by}."
    ).format(by=e.by),
    RE.RosterImportError: _roster_import,  # type: ignore[dict-item]
    E.AttachmentTooLarge: lambda e: _tr(
        "errors", "The file {name} is too large ({size}); at most {limit} can be attached."
    ).format(name=e.filename, size=_size(e.size), limit=_size(e.limit)),
}

# meeting support (issue 5)
_DESCRIBERS.update(
    {
        ME.NotEnoughSeats: lambda e: _tr(
            "errors", "{attendees} attendees but only {seats} seats: add seats or rows, or remove attendees."
        ).format(attendees=e.attendees, seats=e.seats),
        ME.RunFinished: lambda e: _tr(
            "errors", "This checklist is finished; its record can no longer change. Start a new checklist."
        ),
        ME.RunIncomplete: lambda e: _tr(
            "errors", "{n} required lines are not OK or not applicable yet; finish them or finish anyway."
        ).format(n=len(e.blockers)),
        ME.RollCallClosed: lambda e: _tr("errors", "This roll-call is closed; start a new one."),
    }
)


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
    if config.BAD_SERVER in problems:
        lines.append(
            _tr(
                "errors",
                "Some shared server settings were not valid; their defaults stand in for them. Check them in "
                "Settings \u2192 Server.",
            )
        )
    if config.BAD_TIMEZONE in problems:
        lines.append(
            _tr(
                "errors", "The time zone in the settings is not known; {zone} is used until you choose one."
            ).format(zone=DEFAULT_TZ)
        )
    return "\n\n".join(lines)
