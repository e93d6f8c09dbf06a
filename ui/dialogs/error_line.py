"""The in-place error line of the desk's dialogs: a refused action is shown where it was asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.errors import describe


class ErrorLine:
    """Mixin for a dialog with an `error` QLabel and a `failed` Signal(object).

    `_failed` is the on_error of its background tasks: the typed error in the operator's words, nothing
    typed lost; `failed` lets tests and callers see what was refused.
    """

    error: QLabel

    def _failed(self, exc: BaseException) -> None:
        self._show_error(describe(exc))
        self.failed.emit(exc)  # type: ignore[attr-defined]

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
