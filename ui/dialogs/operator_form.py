"""The fields of a new operator account, shared by the first-run and the operators dialogs.

Problems are shown next to the form, one line per field; nothing typed is cleared except the secret
fields when the two entries differ.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from opsdesk.domain.enums import Role
from ui.errors import problem_text
from ui.i18n import Retranslatable
from ui.labels import role_name


class OperatorForm(Retranslatable, QWidget):
    def __init__(self, *, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_role = with_role
        self.name = QLineEdit(maxLength=50)
        self.post = QLineEdit(maxLength=50)
        self.phone = QLineEdit(maxLength=30)
        self.role = QComboBox()
        self.kind = QComboBox()
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=128)
        self.secret2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=128)
        self.errors = QLabel(objectName="formError", wordWrap=True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.hide()
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [("name", self.name), ("post", self.post), ("phone", self.phone)]
        if with_role:
            rows.append(("role", self.role))
        rows += [("kind", self.kind), ("secret", self.secret), ("secret2", self.secret2)]
        for key, w in rows:
            lab = QLabel()
            lab.setBuddy(w)
            self._labels[key] = lab
            self._form.addRow(lab, w)
        self.role.setVisible(with_role)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self._form)
        lay.addWidget(self.errors)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("&Name:"),
            "post": self.tr("&Post:"),
            "phone": self.tr("P&hone:"),
            "role": self.tr("&Role:"),
            "kind": self.tr("Sign in &with:"),
            "secret": self.tr("&PIN / password:"),
            "secret2": self.tr("&Again:"),
        }
        for key, lab in self._labels.items():
            lab.setText(texts[key])
        self.post.setPlaceholderText(self.tr("e.g. hall equipment engineer"))
        role, kind = self.role.currentData(), self.kind.currentData()
        self.role.clear()
        for r in (Role.OPERATOR, Role.SUPERVISOR):
            self.role.addItem(role_name(r), r.value)
        self.kind.clear()
        self.kind.addItem(self.tr("PIN (4 to 12 digits)"), "pin")
        self.kind.addItem(self.tr("Password (6 or more characters)"), "password")
        if role:
            self.role.setCurrentIndex(max(0, self.role.findData(role)))
        if kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        pin = self.kind.currentData() == "pin"
        self.secret.setPlaceholderText(self.tr("digits only") if pin else "")
        self.secret.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly if pin else Qt.InputMethodHint.ImhSensitiveData
        )

    # ---- values and problems -------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        v = {
            "name": self.name.text(),
            "post": self.post.text(),
            "phone": self.phone.text(),
            "secret_kind": self.kind.currentData() or "pin",
            "secret": self.secret.text(),
        }
        if self._with_role:
            v["role"] = self.role.currentData() or Role.OPERATOR.value
        return v

    def check_local(self) -> dict[str, tuple[str, dict]]:
        """What can be checked without the database: the two secret entries must match."""
        if self.secret.text() != self.secret2.text():
            return {"secret": ("mismatch", {})}
        return {}

    def show_problems(self, problems: dict[str, tuple[str, dict]]) -> None:
        widgets = {
            "name": self.name,
            "post": self.post,
            "phone": self.phone,
            "role": self.role,
            "secret": self.secret,
            "secret_kind": self.kind,
        }
        for w in widgets.values():
            _mark(w, False)
        lines = []
        for field, (code, params) in problems.items():
            lines.append(problem_text(field, code, params))
            if field in widgets:
                _mark(widgets[field], True)
        if "secret" in problems:
            self.secret.clear()
            self.secret2.clear()
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        first = next((widgets[f] for f in problems if f in widgets), None)
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        for w in (self.name, self.post, self.phone, self.secret, self.secret2):
            w.clear()
        self.show_problems({})


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
