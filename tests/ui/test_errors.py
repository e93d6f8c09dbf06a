"""Every typed core error has words; validation problems become one line per field."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta

import pytest

from opsdesk import errors as E

GENERIC = "Something went wrong"


def _sample(name: str):
    """A plausible value for a constructor parameter, by its name."""
    now = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    return {
        "problems": {"title": ("required", {})},
        "allowed": ("P1", "P2"),
        "at": now + timedelta(hours=1),
        "bound": now,
        "size": 30_000_000,
        "limit": 20_000_000,
        "char": "𠮷",
        "path": "/data/opsdesk/opsdesk.sqlite3",
        "status": "new",
        "kind": "resolved",
        "reason": "in the future",
        "revision": "ffff0000",
    }.get(name, "x")


def _core_errors() -> list[type[BaseException]]:
    return [
        obj
        for _, obj in inspect.getmembers(E, inspect.isclass)
        if issubclass(obj, E.OpsdeskError) and obj is not E.OpsdeskError and obj.__module__ == E.__name__
    ]


def test_the_core_module_has_errors():
    assert len(_core_errors()) >= 10


@pytest.mark.parametrize("cls", _core_errors(), ids=lambda c: c.__name__)
def test_every_core_error_has_its_own_words(qapp, english, cls):
    from ui.errors import describe, described_classes

    assert cls in described_classes(), f"ui/errors.py has no words for {cls.__name__}"
    params = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]
    exc = cls(*[_sample(p.name) for p in params if p.default is inspect.Parameter.empty])
    text = describe(exc)
    assert text and GENERIC not in text
    assert "Traceback" not in text


def test_validation_problems_one_line_per_field(qapp, english):
    from ui.errors import describe

    exc = E.ValidationError(
        {
            "title": ("required", {}),
            "description": ("too_long", {"max": 5000, "length": 5012}),
            "reporter_phone": ("bad_phone", {}),
            "priority": ("not_allowed", {"value": "P9", "allowed": ("P1", "P2", "P3", "P4")}),
            "fault.handling": ("required", {}),
        }
    )
    lines = describe(exc).splitlines()
    assert lines == [
        "Title is required.",
        "Description is too long: 5012 characters, at most 5000 allowed.",
        "Reporter phone is not a phone number (digits, spaces, + - and brackets only).",
        "Priority: \u201cP9\u201d is not one of the allowed values (P1, P2, P3, P4).",
        "Handling is required.",
    ]


@pytest.mark.parametrize(
    "code",
    [
        "required",
        "too_long",
        "control_chars",
        "bad_phone",
        "not_allowed",
        "duplicate",
        "not_found",
        "in_future",
        "before_creation",
        "naive_time",
        "unchanged",
        "bad_pin",
        "bad_password",
    ],
)
def test_every_problem_code_has_a_specific_sentence(qapp, english, code):
    from ui.errors import problem_text

    text = problem_text(
        "title",
        code,
        {
            "max": 1,
            "length": 2,
            "value": "v",
            "allowed": ("a",),
            "at": datetime(2026, 1, 1, tzinfo=UTC),
            "created": datetime(2026, 1, 1, tzinfo=UTC),
        },
    )
    assert text.startswith("Title") and f"({code})" not in text


def test_times_are_shown_in_the_console_zone(qapp, english):
    from ui.errors import problem_text

    text = problem_text("at", "in_future", {"at": datetime(2026, 11, 23, 6, 0, tzinfo=UTC)})
    assert "2026-11-23 14:00" in text  # Asia/Shanghai


def test_invalid_transition_names_status_event_and_the_way_out(qapp, english):
    from ui.errors import describe

    assert describe(E.InvalidTransition("new", "resolved")) == (
        "Cannot resolve a ticket in status \u201cNew\u201d: acknowledge it first."
    )
    assert describe(E.InvalidTransition("closed", "paused")) == (
        "Cannot pause a ticket in status \u201cClosed\u201d: reopen it first."
    )


def test_every_illegal_step_of_the_lifecycle_has_a_hint(qapp, english):
    """Walk every (status, event) the lifecycle refuses: each message says what to do instead."""
    from opsdesk.domain.enums import EventKind, TicketStatus
    from opsdesk.rules.lifecycle import LifecycleState, step
    from ui.errors import describe

    refused = 0
    for status in TicketStatus:
        for kind in EventKind:
            if kind is EventKind.CREATED:  # its own sentence: "can only be created once"
                continue
            try:
                step(LifecycleState.of(status), kind)
            except E.InvalidTransition as exc:
                refused += 1
                text = describe(exc)
                assert text.count(":") == 1, text  # "Cannot … : <hint>."
    assert refused > 10


def test_database_errors_say_where_and_what_to_do(qapp, english, home):
    from ui.errors import describe

    text = describe(E.DatabaseCorrupt("/data/x.sqlite3", "file is not a database"))
    assert "/data/x.sqlite3" in text and "not modified" in text and str(home / "backups") in text


def test_unknown_exceptions_give_the_class_name_only(qapp, english, caplog):
    from ui.errors import describe

    class Surprise(RuntimeError):
        pass

    text = describe(Surprise("password=hunter2"))
    assert "Surprise" in text and "hunter2" not in text and "Traceback" not in text
    assert any("Surprise" in r.getMessage() or r.exc_info for r in caplog.records)


def test_labels_cover_every_enum_value(qapp, english):
    from opsdesk.domain import enums
    from ui import labels

    pairs = [
        (enums.TicketStatus, labels.status_name),
        (enums.EventKind, labels.event_name),
        (enums.EventKind, labels.event_action),
        (enums.Category, labels.category_name),
        (enums.ClockName, labels.clock_name),
        (enums.ClockState, labels.clock_state_name),
        (enums.PauseReason, labels.pause_reason_name),
        (enums.Role, labels.role_name),
        (enums.RoomKind, labels.room_kind_name),
        (enums.CalendarMode, labels.calendar_mode_name),
    ]
    for enum, fn in pairs:
        for member in enum:
            text = fn(member)
            assert (text and text != member.value) or member.value == "24x7", (enum.__name__, member)
