"""The CLI's words for the sync commands and errors, {key: (zh, en)}; merged into opsdesk.clitext.T."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

T: dict[str, tuple[str, str]] = {}

# typed error class -> fn(text, exc) giving its one-line message (text is an opsdesk.clitext.Text)
ERRORS: dict[type[BaseException], Callable[[Any, Any], str]] = {}

# typed errors that mean "the command's input was wrong" (exit code 2)
USAGE_ERRORS: tuple[type[BaseException], ...] = ()
