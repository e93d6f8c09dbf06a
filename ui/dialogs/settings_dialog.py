"""The console's settings: language, theme, console code, contract profile, time zone, alarm sound, org name;
and on the "Server" tab the shared server (issue 3): host, port, database, user, TLS, root certificate and
the password, which goes to the OS keyring (opsdesk.secrets) and never to the settings file.

Saved through DeskState.update_settings; the main window applies language and theme on
`settings_changed`, the sync bridge re-creates its engine when the server changed. An invalid entry shows
a message next to it and the dialog stays open with every other edit kept. "Test connection" signs in
once on a worker thread, never the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk import secrets as secret_store
from opsdesk.config import CONSOLE_CODE, SSLMODES, ConsoleSettings, check_server, valid_zone
from opsdesk.domain.sla import ContractProfile
from opsdesk.secrets import SessionSecrets
from opsdesk.services import reference
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable, current_language
from ui.labels import profile_name
from ui.state import DeskState
from ui.sync_bridge import SyncBridge, server_conn

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
        self,
        state: DeskState,
        parent: QWidget | None = None,
        *,
        ask_console_code: bool = False,
        sync: SyncBridge | None = None,
    ) -> None:
        """ask_console_code: the code in use is only the default standing in for a bad one; start with
        the field empty, so that OK needs this console's own code. sync: the desk's sync bridge (its
        password store; told when the password changed)."""
        super().__init__(parent)
        self.sync = sync
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
        self.server = ServerSettings(state, sync.secrets if sync is not None else SessionSecrets())
        self.tabs = QTabWidget(objectName="settingsTabs")
        general = QWidget()
        general_lay = QVBoxLayout(general)
        general_lay.addLayout(form)
        general_lay.addStretch(1)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.server, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
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
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Server"))
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
        return self.server.values(self.state.settings).with_(
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
            self.tabs.setCurrentIndex(0)
            self.console_code.setFocus()
            self.console_code.selectAll()
            return False
        new = self.values()
        if not valid_zone(new.timezone):
            self.message.setText(problem_text("timezone", "not_found"))
            self.message.show()
            return False
        if not self.server.check(new):
            self.tabs.setCurrentWidget(self.server)
            return False
        password = self.server.password.text()
        if password and new.server_configured:
            # memory first (cheap, now), so the engine restarted below signs in with it; the keyring
            # write may wait on D-Bus, so it runs on a worker
            self.server.secrets.remember(new.server_key, password)
        try:
            self.state.update_settings(new)
        except OSError as exc:  # the settings file could not be written: say so, keep the dialog
            self._failed(exc)
            return False
        if password and new.server_configured:
            key, store = new.server_key, self.server.secrets
            self.state.tasks.run(lambda: store.put(key, password))
            if self.sync is not None:
                self.sync.credentials_changed()
        self.accept()
        return True


class ServerSettings(Retranslatable, QWidget):
    """The "Server" tab: where this console's shared server is, how to sign in, and a connection test."""

    def __init__(self, state: DeskState, secrets: SessionSecrets, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="serverSettings")
        self.state = state
        self.secrets = secrets
        s = state.settings
        self._probe_gen = 0
        self._probe_code = ""
        self._probe_detail = ""
        self._keyring = ""  # the backend's name, "-" while unknown, "" when there is no safe one
        self._has_password = False

        self.host = QLineEdit(s.server_host, maxLength=253)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(s.server_port if 1 <= s.server_port <= 65535 else 5432)
        self.database = QLineEdit(s.server_database, maxLength=63)
        self.user = QLineEdit(s.server_user, maxLength=63)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=256)
        self.sslmode = QComboBox()
        self.sslmode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never elide the mode
        for mode in SSLMODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(s.server_sslmode)))
        self.rootcert = QLineEdit(s.server_sslrootcert)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        cert_row = QHBoxLayout()
        cert_row.setContentsMargins(0, 0, 0, 0)
        cert_row.addWidget(self.rootcert, 1)
        cert_row.addWidget(self.browse)
        self.keyring_note = QLabel(objectName="dialogHint", wordWrap=True)
        self.test_button = QPushButton(objectName="testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(objectName="connectionResult", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, w in (
            ("host", self.host),
            ("port", self.port),
            ("database", self.database),
            ("user", self.user),
            ("password", self.password),
            ("sslmode", self.sslmode),
            ("rootcert", cert_row),
        ):
            lab = QLabel()
            if isinstance(w, QWidget):
                lab.setBuddy(w)
            else:
                lab.setBuddy(self.rootcert)
            self._labels[key] = lab
            form.addRow(lab, w)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.keyring_note)
        lay.addWidget(self.error)
        lay.addLayout(test_row)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.sslmode.currentIndexChanged.connect(self._sslmode_changed)
        for w in (self.host, self.database, self.user, self.rootcert):
            w.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.retranslate()
        self._sslmode_changed()
        self._look_up_keyring()

    # ---- texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "host": self.tr("Server &host:"),
            "port": self.tr("P&ort:"),
            "database": self.tr("&Database:"),
            "user": self.tr("&User:"),
            "password": self.tr("Pass&word:"),
            "sslmode": self.tr("&Encryption (TLS):"),
            "rootcert": self.tr("&Root certificate:"),
        }
        for key, lab in self._labels.items():
            lab.setText(texts[key])
        self.host.setPlaceholderText(self.tr("Empty: this console works standalone"))
        self.user.setPlaceholderText(self.tr("Your own server login, e.g. zhangsan"))
        self.rootcert.setPlaceholderText(self.tr("Needed to check the server's certificate"))
        self.browse.setText(self.tr("&Browse\u2026"))
        self.test_button.setText(self.tr("&Test connection"))
        modes = {
            "disable": self.tr("Off (not encrypted)"),
            "allow": self.tr("Only if the server insists"),
            "prefer": self.tr("When the server offers it"),
            "require": self.tr("Always, certificate not checked"),
            "verify-ca": self.tr("Always, certificate checked"),
            "verify-full": self.tr("Always, certificate and host name checked (recommended)"),
        }
        for i in range(self.sslmode.count()):
            mode = self.sslmode.itemData(i)
            self.sslmode.setItemText(i, f"{modes[mode]} \u2014 {mode}")
        self._show_password_state()
        self._show_keyring()
        if self._probe_code:
            self._show_result(self._probe_code, self._probe_detail)

    def label(self, field: str) -> str:
        """The words of a server field, for problem messages (no trailing colon or accelerator)."""
        names = {
            "server_host": self.tr("Server host"),
            "server_port": self.tr("Port"),
            "server_database": self.tr("Database"),
            "server_user": self.tr("User"),
            "server_sslmode": self.tr("Encryption (TLS)"),
            "server_sslrootcert": self.tr("Root certificate"),
        }
        return names.get(field, field)

    def _show_password_state(self) -> None:
        if self._has_password:
            self.password.setPlaceholderText(self.tr("Saved; type to replace it"))
        else:
            self.password.setPlaceholderText(self.tr("The password of this server login"))

    def _show_keyring(self) -> None:
        if self._keyring == "-":
            self.keyring_note.setText(self.tr("Looking for the system keyring\u2026"))
            self.keyring_note.setProperty("warning", False)
        elif self._keyring:
            self.keyring_note.setText(
                self.tr(
                    "The password is kept in the system keyring ({backend}), never in the settings file."
                ).format(backend=_backend_label(self._keyring))
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "\u26a0 This computer has no safe keyring for passwords. The password is kept in "
                    "memory for this session only: after a restart opsdesk asks for it again."
                )
            )

    # ---- values and checks -------------------------------------------------------------------------
    def values(self, base: ConsoleSettings) -> ConsoleSettings:
        return base.with_(
            server_host=self.host.text().strip(),
            server_port=self.port.value(),
            server_database=self.database.text().strip(),
            server_user=self.user.text().strip(),
            server_sslmode=self.sslmode.currentData() or "prefer",
            server_sslrootcert=self.rootcert.text().strip(),
        )

    def check(self, settings: ConsoleSettings) -> bool:
        problems = check_server(settings)
        for name, w in (
            ("server_host", self.host),
            ("server_database", self.database),
            ("server_user", self.user),
            ("server_sslrootcert", self.rootcert),
        ):
            w.setProperty("invalid", name in problems)
            w.style().unpolish(w)
            w.style().polish(w)
        if not problems:
            self.error.hide()
            return True
        self.error.setText(
            "\n".join(problem_text(f, code, p, self.label(f)) for f, (code, p) in problems.items())
        )
        self.error.show()
        return False

    def _edited(self, *_args) -> None:
        self._probe_gen += 1  # an answer for the old values would mislead
        self._probe_code = ""
        self.result.hide()
        self.test_button.setEnabled(True)
        self._look_up_password()

    def _sslmode_changed(self, *_args) -> None:
        verify = self.sslmode.currentData() in ("verify-ca", "verify-full")
        self.rootcert.setEnabled(verify)
        self.browse.setEnabled(verify)
        self._edited()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Root certificate"),
            self.rootcert.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.rootcert.setText(path)
            self._edited()

    # ---- keyring (on a worker: a keyring may sit on D-Bus) -----------------------------------------
    def _look_up_keyring(self) -> None:
        self._keyring = "-"
        self._show_keyring()
        self.state.tasks.run(secret_store.backend_name, on_done=self._keyring_found)
        self._look_up_password()

    def _keyring_found(self, name: str) -> None:
        self._keyring = name
        self._show_keyring()

    def _look_up_password(self) -> None:
        settings = self.values(self.state.settings)
        if not settings.server_configured:
            self._has_password = False
            self._show_password_state()
            return
        key, gen = settings.server_key, self._probe_gen
        self.state.tasks.run(
            lambda: self.secrets.get(key) is not None, on_done=lambda has: self._password_found(gen, has)
        )

    def _password_found(self, gen: int, has: bool) -> None:
        if gen == self._probe_gen:
            self._has_password = has
            self._show_password_state()

    # ---- test connection -----------------------------------------------------------------------------
    def test_connection(self) -> None:
        settings = self.values(self.state.settings)
        if not settings.server_host:
            self._show_result("no_host")
            return
        if not self.check(settings):
            return
        self._probe_gen += 1
        gen, typed, key, secrets = self._probe_gen, self.password.text(), settings.server_key, self.secrets

        def run() -> str | None:
            from opsdesk.sync.engine import probe

            password = typed or secrets.get(key)
            if not password:
                return None
            return probe(server_conn(settings, password), console_code=settings.console_code)

        self.test_button.setEnabled(False)
        self._show_result("testing")
        self.state.tasks.run(
            run, on_done=lambda r: self._tested(gen, r), on_error=lambda e: self._test_failed(gen, e)
        )

    def _tested(self, gen: int, server_id: str | None) -> None:
        if gen != self._probe_gen:
            return
        self.test_button.setEnabled(True)
        if server_id is None:
            self._show_result("no_password")
        else:
            self._show_result("ok", server_id)

    def _test_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._probe_gen:
            return
        self.test_button.setEnabled(True)
        # the typed server errors (ServerAuthFailed, ServerUnreachable, ServerTlsError …) have their words
        self._show_result(type(exc).__name__, describe(exc))

    def result_code(self) -> str:
        return self._probe_code

    def _show_result(self, code: str, detail: str = "") -> None:
        self._probe_code, self._probe_detail = code, detail
        if code == "testing":
            text, level = self.tr("Signing in to the server\u2026"), ""
        elif code == "no_host":
            text, level = self.tr("Enter the server's host name or address first."), "bad"
        elif code == "no_password":
            text, level = self.tr("\u2716 Enter the password of this login first."), "bad"
        elif code == "ok":
            text, level = (
                self.tr("\u2714 Connected and signed in as an operator (server {id}).").format(id=detail[:8]),
                "ok",
            )
        else:
            text, level = "\u2716 " + detail, "bad"
        self.result.setText(text)
        self.result.setProperty("level", level)
        self.result.setObjectName("formError" if level == "bad" else "connectionResult")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.show()


def _backend_label(name: str) -> str:
    """ "keyring.backends.SecretService.Keyring" → "SecretService"; "….WinVaultKeyring" → "WinVaultKeyring"."""
    parts = name.split(".")
    return parts[-2] if parts[-1] == "Keyring" and len(parts) > 1 else parts[-1]
