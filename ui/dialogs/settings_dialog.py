"""The console's settings: language, theme, console code, contract profile, time zone, alarm sound, org name.

Saved through DeskState.update_settings; the main window applies language and theme on
`settings_changed`. An invalid entry shows a message next to it and the dialog stays open with every
other edit kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opsdesk.config import CONSOLE_CODE, ConsoleSettings, valid_zone
from opsdesk.domain.sla import ContractProfile
from opsdesk.services import reference
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable, current_language
from ui.labels import profile_name
from ui.state import DeskState

# The zones a command center in China (or working with partners abroad) is likely to pick.
COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Urumqi",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Kolkata",
    "Asia/Dubai",
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/London",
    "UTC",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
)

# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsDialog(Retranslatable, QDialog):
    def __init__(
        self, state: DeskState, parent: QWidget | None = None, *, ask_console_code: bool = False
    ) -> None:
        """ask_console_code: the code in use is only the default standing in for a bad one; start with
        the field empty, so that OK needs this console's own code."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.state = state
        s = state.settings
        self._profiles: list[ContractProfile] = []

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language or current_language())))
        self.theme = QComboBox()
        self.console_code = QLineEdit("" if ask_console_code else s.console_code, maxLength=6)
        self.console_error = QLabel(objectName="formError")  # one line: wrapped labels clip in forms
        self.console_error.hide()
        self.profile = QComboBox()
        self.profile.addItem(s.profile_code, s.profile_code)  # until the list arrives from the database
        self.timezone = QComboBox()
        zones = list(COMMON_ZONES)
        if s.timezone not in zones:
            zones.insert(0, s.timezone)
        for z in zones:
            self.timezone.addItem(z, z)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(s.timezone)))
        self.alert_sound = QCheckBox()
        self.alert_sound.setChecked(s.alert_sound)
        self.org_name = QLineEdit(s.org_name, maxLength=100)
        self.message = QLabel(objectName="formError", wordWrap=True)
        self.message.hide()

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, w in (
            ("language", self.language),
            ("theme", self.theme),
            ("console_code", self.console_code),
            ("console_error", self.console_error),
            ("profile", self.profile),
            ("timezone", self.timezone),
            ("alert_sound", self.alert_sound),
            ("org_name", self.org_name),
        ):
            if key == "console_error":
                form.addRow("", w)
                continue
            lab = QLabel()
            lab.setBuddy(w)
            self._labels[key] = lab
            form.addRow(lab, w)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._theme_value = s.theme
        self.retranslate()
        self.setMinimumWidth(580)
        if ask_console_code:
            self.console_code.setPlaceholderText(s.console_code)
            self.console_code.setFocus()
        state.tasks.db(reference.list_profiles, on_done=self._set_profiles, on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = {
            "language": self.tr("&Language:"),
            "theme": self.tr("&Theme:"),
            "console_code": self.tr("Console &code:"),
            "profile": self.tr("Contract &profile:"),
            "timezone": self.tr("Time &zone:"),
            "alert_sound": self.tr("Alarm &sound:"),
            "org_name": self.tr("&Organisation:"),
        }
        for key, lab in self._labels.items():
            lab.setText(texts[key])
        theme = self.theme.currentData() or self._theme_value
        self.theme.clear()
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("High contrast"), "high_contrast")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.console_code.setToolTip(
            self.tr(
                "A capital letter, then up to 5 capital letters or digits, "
                "e.g. A1. Unique per console: it starts every ticket code."
            )
        )
        self.alert_sound.setText(self.tr("Beep when a ticket becomes breached"))
        self.org_name.setPlaceholderText(self.tr("Printed on reports"))
        for i, p in enumerate(self._profiles):
            self.profile.setItemText(i, f"{profile_name(p)} ({p.code})")
        if self.console_error.isVisible():
            self._check_code()

    def _set_profiles(self, profiles: list[ContractProfile]) -> None:
        current = self.profile.currentData() or self.state.settings.profile_code
        self._profiles = profiles
        self.profile.clear()
        for p in profiles:
            self.profile.addItem(f"{profile_name(p)} ({p.code})", p.code)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        self.message.show()

    def _check_code(self) -> bool:
        ok = bool(CONSOLE_CODE.match(self.console_code.text().strip()))
        self.console_error.setVisible(not ok)
        if not ok:
            self.console_error.setText(
                self.tr("Console code: a capital letter, then up to 5 capital letters or digits (e.g. A1).")
            )
        self.adjustSize()  # make room for the message instead of overlapping the next row
        self.console_code.setProperty("invalid", not ok)
        self.console_code.style().unpolish(self.console_code)
        self.console_code.style().polish(self.console_code)
        return ok

    def values(self) -> ConsoleSettings:
        return self.state.settings.with_(
            language=self.language.currentData(),
            theme=self.theme.currentData() or "dark",
            console_code=self.console_code.text().strip(),
            profile_code=self.profile.currentData() or self.state.settings.profile_code,
            timezone=self.timezone.currentData() or self.state.settings.timezone,
            alert_sound=self.alert_sound.isChecked(),
            org_name=self.org_name.text().strip(),
        )

    def save(self) -> bool:
        """Validate, save and close; on a problem keep the dialog open with everything as typed."""
        if not self._check_code():
            self.console_code.setFocus()
            self.console_code.selectAll()
            return False
        new = self.values()
        if not valid_zone(new.timezone):
            self.message.setText(problem_text("timezone", "not_found"))
            self.message.show()
            return False
        try:
            self.state.update_settings(new)
        except OSError as exc:  # the settings file could not be written: say so, keep the dialog
            self._failed(exc)
            return False
        self.accept()
        return True
