"""Words of the sync (issue 3) shared by the status bar, the sync view and the settings dialog.

The engine and the server speak in codes (reasons, table and column names); these are the operator's
words for them. Built per call, so a language switch takes effect at once (as ui/labels.py does).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.labels import field_label, known_fields

_tr = QCoreApplication.translate


def refusal_text(reason: str) -> str:
    """Why the server refused this console, and what to do (status tooltip, sync view)."""
    texts = {
        "auth": _tr(
            "sync", "The server refused the user name or password. Check them in Settings \u2192 Server."
        ),
        "revoked": _tr(
            "sync", "The server no longer lets this operator sync (role revoked). Ask the server admin."
        ),
        "no_password": _tr("sync", "No password for this server yet: enter it in Settings \u2192 Server."),
        "superuser": _tr(
            "sync", "This login is a superuser; opsdesk syncs only with an operator's own login."
        ),
        "owner": _tr(
            "sync", "This login owns the opsdesk database; opsdesk syncs only with an operator's own login."
        ),
        "tls": _tr(
            "sync",
            "The secure connection failed: check the encryption setting and the root certificate in "
            "Settings \u2192 Server.",
        ),
        "not_installed": _tr(
            "sync", "The database is not set up for opsdesk yet: run opsdesk-cli server init on it."
        ),
        "other_server": _tr(
            "sync",
            "This console belongs to another server. Point it back at its own server, or close the desk and run "
            "\u201copsdesk-cli server forget --yes\u201d to join this one.",
        ),
        "permission": _tr(
            "sync", "The server refused a change for lack of permission. Ask the server admin."
        ),
    }
    return texts.get(reason) or _tr("sync", "The server refused this console ({reason}).").format(
        reason=reason
    )


def stop_reason_text(reason: str) -> str:
    texts = {
        "disk": _tr("sync", "the local database cannot be written (disk full or read-only)"),
        "network": _tr("sync", "the network"),
        "server": _tr("sync", "the server reported an error (see the log)"),
        "other": _tr("sync", "an unexpected error (see the log)"),
        "settings": _tr("sync", "the server settings are not valid (Settings \u2192 Server)"),
        "tls": _tr("sync", "the secure connection (TLS) could not be set up"),
    }
    return texts.get(reason, reason)


def rejected_reason_text(reason: str) -> str:
    """Why the server set a change aside (SYNC_DESIGN.md push step 4 reason codes)."""
    texts = {
        "lifecycle": _tr(
            "sync",
            "The ticket's history does not allow this step any more (another console got there first).",
        ),
        "duplicate": _tr("sync", "The same record already exists on the server."),
        "deleted_ticket": _tr("sync", "The ticket was deleted on another console."),
        "permission": _tr(
            "sync", "This operator may not make this change (e.g. contract profiles, deleting)."
        ),
        "invalid": _tr("sync", "The server found the data invalid."),
    }
    return texts.get(reason) or _tr("sync", "Refused by the server ({reason}).").format(reason=reason)


def table_name(table: str) -> str:
    names = {
        "tickets": _tr("sync", "Ticket"),
        "ticket_events": _tr("sync", "Ticket event"),
        "attachments": _tr("sync", "Attachment"),
        "fault_reports": _tr("sync", "Fault report"),
        "operators": _tr("sync", "Operator"),
        "rooms": _tr("sync", "Room"),
        "equipment": _tr("sync", "Equipment"),
        "contract_profiles": _tr("sync", "Contract profile"),
        "calendar_days": _tr("sync", "Holiday calendar"),
        "calendar_years": _tr("sync", "Holiday calendar year"),
    }
    return names.get(table, table)


def column_name(column: str) -> str:
    """A replicated column in words: the form labels where the column is a form field, else these."""
    names = {
        "status": _tr("sync", "Status"),
        "deleted": _tr("sync", "Deleted"),
        "fault_level": field_label("fault.level"),
        "fault_cause": field_label("fault.cause"),
        "fault_handling": field_label("fault.handling"),
        "fault_result": field_label("fault.result"),
        "part_model": field_label("fault.part_model"),
        "part_serial": field_label("fault.part_serial"),
        "active": _tr("sync", "Active"),
        "model": _tr("sync", "Model"),
        "serial": _tr("sync", "Serial number"),
        "data": _tr("sync", "Content"),
        "sort_order": _tr("sync", "Order"),
    }
    if column in names:
        return names[column]
    return field_label(column) if column in known_fields() else column
