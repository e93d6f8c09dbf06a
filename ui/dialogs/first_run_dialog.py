"""First start of a console: create the supervisor account, set the console code and contract profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opsdesk.config import CONSOLE_CODE, ConsoleSettings
from opsdesk.domain.enums import Role
from opsdesk.domain.people import OperatorInfo
from opsdesk.domain.sla import ContractProfile
from opsdesk.errors import ValidationError
from opsdesk.services import operators, reference
from ui.dialogs.operator_form import OperatorForm
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import profile_name
from ui.tasks import TaskManager


class FirstRunDialog(Retranslatable, QDialog):
    """On accept: `operator` is the new supervisor (signed in) and `settings` the console's settings."""

    created = Signal(object, object)  # OperatorInfo, ConsoleSettings

    def __init__(self, tasks: TaskManager, settings: ConsoleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.tasks = tasks
        self.settings = settings
        self.operator: OperatorInfo | None = None
        self._profiles: list[ContractProfile] = []

        self.heading = QLabel(objectName="dialogHeading")
        self.hint = QLabel(objectName="dialogHint", wordWrap=True)
        self.account_box = QGroupBox()
        self.form = OperatorForm(with_role=False)
        QVBoxLayout(self.account_box).addWidget(self.form)

        self.console_box = QGroupBox()
        self.console_code = QLineEdit(settings.console_code, maxLength=6)
        self.profile = QComboBox()
        self.console_error = QLabel(objectName="formError")  # one line: wrapped labels clip in forms
        self.console_error.hide()
        self.code_label, self.profile_label = QLabel(), QLabel()
        self.code_label.setBuddy(self.console_code)
        self.profile_label.setBuddy(self.profile)
        cform = QFormLayout(self.console_box)
        cform.addRow(self.code_label, self.console_code)
        cform.addRow(self.profile_label, self.profile)
        cform.addRow(self.console_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.hint)
        lay.addWidget(self.account_box)
        lay.addWidget(self.console_box)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(580)
        self.form.name.setFocus()
        self._busy(True)
        tasks.db(reference.list_profiles, on_done=self._set_profiles, on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to opsdesk"))
        self.heading.setText(self.tr("Set up this console"))
        self.hint.setText(
            self.tr(
                "No operator exists yet. Create the supervisor account; the supervisor "
                "can add the other operators later (Tools \u2192 Operators)."
            )
        )
        self.account_box.setTitle(self.tr("Supervisor"))
        self.console_box.setTitle(self.tr("Console"))
        self.code_label.setText(self.tr("Console &code:"))
        self.console_code.setToolTip(
            self.tr(
                "A capital letter, then up to 5 capital letters or digits, "
                "e.g. A1. Unique per console: it starts every ticket code."
            )
        )
        self.profile_label.setText(self.tr("Contract &profile:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        for i, p in enumerate(self._profiles):
            self.profile.setItemText(i, f"{profile_name(p)} ({p.code})")

    def _set_profiles(self, profiles: list[ContractProfile]) -> None:
        self._profiles = profiles
        self.profile.clear()
        for p in profiles:
            self.profile.addItem(f"{profile_name(p)} ({p.code})", p.code)
        self.profile.setCurrentIndex(max(0, self.profile.findData(self.settings.profile_code)))
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _create(self) -> None:
        problems = self.form.check_local()
        code = self.console_code.text().strip().upper()
        code_ok = bool(CONSOLE_CODE.match(code))
        self.console_code.setText(code)
        self.console_error.setVisible(not code_ok)
        if not code_ok:
            self.console_error.setText(
                self.tr("Console code: a capital letter, then up to 5 capital letters or digits (e.g. A1).")
            )
        if problems or not code_ok:
            self.form.show_problems(problems)
            self.adjustSize()
            if not problems:
                self.console_code.setFocus()
            return
        self.settings = self.settings.with_(
            console_code=code, profile_code=self.profile.currentData() or self.settings.profile_code
        )
        values = self.form.values()
        self._busy(True)
        self.tasks.db(
            lambda s: operators.create_operator(s, role=Role.SUPERVISOR, **values),
            on_done=self._created,
            on_error=self._failed,
            tables=("operators",),
        )

    def _created(self, op: OperatorInfo) -> None:
        self._busy(False)
        self.operator = op
        self.created.emit(op, self.settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            self.form.show_problems(exc.problems)
        else:
            self.form.show_problems({})
            self.form.errors.setText(describe(exc))
            self.form.errors.show()
        self.adjustSize()
