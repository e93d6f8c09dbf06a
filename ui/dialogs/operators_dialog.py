"""The supervisor's list of operators, with a form to add one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.people import OperatorInfo
from opsdesk.errors import ValidationError
from opsdesk.services import operators
from ui.dialogs.operator_form import OperatorForm
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.labels import role_name
from ui.state import DeskState


class OperatorsDialog(Retranslatable, QDialog):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsDialog")
        self.state = state
        self._rows: list[OperatorInfo] = []
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_box = QGroupBox()
        self.form = OperatorForm(with_role=True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        box = QVBoxLayout(self.add_box)
        box.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        box.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QHBoxLayout()
        lay.addWidget(self.table, 3)
        lay.addWidget(self.add_box, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(lay)
        outer.addWidget(self.buttons)
        self.resize(860, 420)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operators"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Post"), self.tr("Phone"), self.tr("Role")]
        )
        self.add_box.setTitle(self.tr("Add an operator"))
        self.add_button.setText(self.tr("&Add"))
        self._fill()

    def reload(self) -> None:
        self.state.tasks.db(
            lambda s: operators.list_operators(s, active_only=False),
            on_done=self._set_rows,
            on_error=self._failed,
        )

    def _set_rows(self, rows: list[OperatorInfo]) -> None:
        self._rows = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._rows))
        for i, op in enumerate(self._rows):
            for j, text in enumerate((op.name, op.post, op.phone, role_name(op.role))):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def _add(self) -> None:
        problems = self.form.check_local()
        if problems:
            self.form.show_problems(problems)
            return
        values = self.form.values()
        by = self.state.operator.id if self.state.operator else None
        self.add_button.setEnabled(False)
        self.state.tasks.db(
            lambda s: operators.create_operator(s, by=by, **values),
            on_done=self._added,
            on_error=self._failed,
            tables=("operators",),
        )

    def _added(self, op: OperatorInfo) -> None:
        self.add_button.setEnabled(True)
        self.form.clear()
        self.form.name.setFocus()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_problems(exc.problems)
        else:
            self.form.show_problems({})
            self.form.errors.setText(describe(exc))
            self.form.errors.show()
