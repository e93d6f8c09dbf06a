"""Sign-in: pick the operator, type the PIN or password, Enter. The hash check runs on the DB worker.

Used at start and at shift change (Ctrl+L); on a wrong secret the field is cleared and focused and the
message never says whether the name or the secret was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.people import OperatorInfo
from opsdesk.errors import AuthError
from opsdesk.services import operators
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import role_name
from ui.tasks import TaskManager


class SignInDialog(Retranslatable, QDialog):
    signed_in = Signal(object)  # OperatorInfo

    def __init__(
        self,
        tasks: TaskManager,
        console_code: str,
        *,
        current: OperatorInfo | None = None,
        switching: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.tasks = tasks
        self.console_code = console_code
        self.switching = switching
        self.operator: OperatorInfo | None = None
        self._current = current
        self._operators: list[OperatorInfo] = []
        self._busy = False

        self.heading = QLabel(objectName="dialogHeading")
        self.hint = QLabel(objectName="dialogHint", wordWrap=True)
        self.who = QComboBox()
        self.who.setMinimumContentsLength(16)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=128)
        self.message = QLabel(objectName="formError", wordWrap=True)
        self.message.hide()
        self.who_label, self.secret_label = QLabel(), QLabel()
        self.who_label.setBuddy(self.who)
        self.secret_label.setBuddy(self.secret)
        form = QFormLayout()
        form.addRow(self.who_label, self.who)
        form.addRow(self.secret_label, self.secret)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.hint)
        lay.addSpacing(6)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.who.currentIndexChanged.connect(self._who_changed)
        self.retranslate()
        self.setMinimumWidth(380)
        self._set_busy(True)
        tasks.db(operators.list_operators, on_done=self._set_operators, on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Switch operator") if self.switching else self.tr("Sign in"))
        self.heading.setText(self.tr("Switch operator") if self.switching else self.tr("Sign in to opsdesk"))
        self.hint.setText(
            self.tr("Console {code}. Pick your name and enter your PIN or password.").format(
                code=self.console_code
            )
        )
        self.who_label.setText(self.tr("&Operator:"))
        self.secret_label.setText(self.tr("&PIN / password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if self.switching else self.tr("Quit")
        )
        for i, op in enumerate(self._operators):
            self.who.setItemText(i, self._item_text(op))
        self._who_changed()

    def _item_text(self, op: OperatorInfo) -> str:
        parts = [op.name, op.post or role_name(op.role)]
        return " \u2014 ".join(p for p in parts if p)

    def _set_operators(self, ops: list[OperatorInfo]) -> None:
        self._operators = ops
        self.who.blockSignals(True)
        self.who.clear()
        for op in ops:
            self.who.addItem(self._item_text(op), op.id)
        if self._current is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(self._current.id)))
        self.who.blockSignals(False)
        self._set_busy(False)
        self._who_changed()
        self.secret.setFocus()

    def _who_changed(self) -> None:
        op = self._selected()
        if op is None:
            return
        self.secret.setPlaceholderText(self.tr("PIN") if op.secret_kind == "pin" else self.tr("Password"))

    def _selected(self) -> OperatorInfo | None:
        i = self.who.currentIndex()
        return self._operators[i] if 0 <= i < len(self._operators) else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.who.setEnabled(not busy)
        self.secret.setEnabled(not busy)

    def _sign_in(self) -> None:
        op = self._selected()
        if self._busy or op is None:
            return
        secret = self.secret.text()
        if not secret:
            self._show(self.tr("Enter your PIN or password."))
            self.secret.setFocus()
            return
        self._set_busy(True)
        name = op.name
        self.tasks.db(
            lambda s: operators.authenticate(s, name, secret), on_done=self._accepted, on_error=self._failed
        )

    def _accepted(self, op: OperatorInfo) -> None:
        self._set_busy(False)
        self.operator = op
        self.message.hide()
        self.signed_in.emit(op)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthError):
            self._show(self.tr("Sign-in failed. Check the operator and the PIN or password, then try again."))
        else:
            self._show(describe(exc))
        self.secret.clear()
        self.secret.setFocus()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
