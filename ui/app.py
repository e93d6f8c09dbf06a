"""The `opsdesk` desk: QApplication, translators, theme, database (on a worker), sign-in, main window.

    opsdesk [--lang zh_CN|en] [--home DIR] [--smoke]

--smoke opens the main window on the data dir (fresh or not) without signing in, waits until it is
painted and the first data load has finished, prints "smoke ok" and exits 0 (CI and the bundle test).
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

T0 = time.perf_counter()

log = logging.getLogger("opsdesk")

CJK_FAMILIES = (
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)

EXIT_DATABASE = 2
EXIT_SMOKE_FAILED = 3
EXIT_STARTUP = 4


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="opsdesk", description="opsdesk duty desk")
    p.add_argument(
        "--smoke", action="store_true", help="open the main window, wait for the first load, exit 0"
    )
    p.add_argument("--lang", choices=("zh_CN", "en"), help="language of this session (default: settings)")
    p.add_argument("--home", help="data and configuration directory (sets OPSDESK_HOME)")
    p.add_argument("--theme", choices=("dark", "light", "high_contrast"), help="theme of this session")
    # Qt's own options (-platform, -style …) pass through to QApplication
    args, rest = p.parse_known_args(argv)
    args.qt_args = rest
    return args


def setup_logging() -> None:
    from opsdesk.paths import data_dir

    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fh = logging.handlers.RotatingFileHandler(
        logs / "opsdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(fh)
    sh = logging.StreamHandler()
    sh.setLevel(logging.WARNING)
    sh.setFormatter(_BriefFormatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(sh)


class _BriefFormatter(logging.Formatter):
    """One line per record on the console; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        brief = logging.makeLogRecord(record.__dict__)
        brief.exc_info = brief.exc_text = brief.stack_info = None
        return super().format(brief)


def ensure_cjk_font(app) -> None:
    """Keep the platform's UI font but add CJK families behind it, when it cannot draw Chinese itself."""
    from PySide6.QtGui import QFontDatabase

    font = app.font()
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    if font.family() in chinese:
        return
    extra = [f for f in CJK_FAMILIES if f in chinese] or sorted(chinese)[:1]
    if extra:
        font.setFamilies([font.family(), *extra])
        app.setFont(font)


def install_excepthook() -> None:
    """An unexpected error in a slot is logged and told in words; the desk keeps running."""

    def hook(kind, value, tb) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        from ui.errors import describe

        if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.warning(
                QApplication.activeWindow(), QApplication.translate("app", "opsdesk"), describe(value)
            )

    sys.excepthook = hook


class Background:
    """Run one function on a plain thread and call back on the GUI thread (before TaskManager exists)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Relay(QObject):
            done = Signal(object, object)

        self._relay = _Relay()

    def start(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        relay = self._relay

        def deliver(value, exc) -> None:
            relay.done.disconnect(deliver)
            (on_error if exc is not None else on_done)(exc if exc is not None else value)

        relay.done.connect(deliver)

        def run() -> None:
            try:
                value = fn()
            except BaseException as exc:
                relay.done.emit(None, exc)
                return
            relay.done.emit(value, None)

        threading.Thread(target=run, name="opsdesk-open", daemon=True).start()


def open_database():
    """Open, back up and migrate the local file, then seed reference data (on a worker thread)."""
    from opsdesk.services.reference import open_desk_database

    return open_desk_database()


class EarlyOpen:
    """Opens the database on a plain thread from the start of main(): SQLAlchemy's import and the file's
    checks then run while Qt starts up (much of that is C++ that releases the GIL), not after it."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self._value: Any = None
        self._exc: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="opsdesk-early-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed to whoever asks for the result
            self._exc = exc

    def result(self) -> Any:
        self._thread.join()
        if self._exc is not None:
            raise self._exc
        return self._value


class Startup:
    """The start-up sequence, driven by callbacks so the event loop never blocks."""

    def __init__(self, app, args: argparse.Namespace, opener: Callable[[], Any] = open_database) -> None:
        from opsdesk.config import load_settings_checked

        self.app = app
        self.args = args
        self.opener = opener
        self.settings, self.settings_problems = load_settings_checked()
        if self.settings_problems:
            log.warning("console settings: %s", ", ".join(self.settings_problems))
        self.state = None
        self.window = None
        self.splash = None
        self.settings_box = None
        self._background = Background()

    def begin(self) -> None:
        from PySide6.QtCore import QTimer

        self._show_splash()
        self._background.start(self.opener, self._opened, self._open_failed)
        if self.args.smoke:
            QTimer.singleShot(45_000, self._smoke_timeout)

    def _show_splash(self) -> None:
        if self.args.smoke:
            return
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QProgressDialog

        # a busy bar with no cancel: migration must not be interrupted halfway
        d = QProgressDialog(QCoreApplication.translate("app", "Opening database\u2026"), "", 0, 0)
        d.setCancelButton(None)
        d.setWindowTitle("opsdesk")
        d.setWindowModality(Qt.WindowModality.ApplicationModal)
        d.setMinimumDuration(300)
        d.setValue(0)
        self.splash = d

    def _close_splash(self) -> None:
        if self.splash is not None:
            self.splash.reset()
            self.splash.deleteLater()
            self.splash = None

    def _fatal(self, exc: BaseException) -> None:
        self._open_failed(exc, code=EXIT_STARTUP)

    def _open_failed(self, exc: BaseException, code: int = EXIT_DATABASE) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from ui.errors import describe

        self._close_splash()
        log.error("cannot open the database", exc_info=exc)
        text = describe(exc)
        if self.args.smoke:
            print(f"smoke failed: {text}", file=sys.stderr)
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, "opsdesk", text)
            box.setWindowTitle(QApplication.translate("app", "opsdesk cannot start"))
            box.exec()
        self.app.exit(code)

    def _opened(self, db) -> None:
        from ui.state import DeskState
        from ui.tasks import TaskManager

        self._close_splash()
        tasks = TaskManager(db)
        self.state = DeskState(tasks, self.settings)
        self.app.aboutToQuit.connect(tasks.shutdown)
        if self.args.smoke:
            self._show_window()
            return
        from opsdesk.services.operators import count_operators

        tasks.db(count_operators, on_done=self._first_or_sign_in, on_error=self._open_failed)

    def _first_or_sign_in(self, count: int) -> None:
        if count == 0:
            from ui.dialogs.first_run_dialog import FirstRunDialog

            dlg = FirstRunDialog(self.state.tasks, self.settings)
            dlg.created.connect(self._first_run_done)
        else:
            from ui.dialogs.sign_in_dialog import SignInDialog

            dlg = SignInDialog(self.state.tasks, self.settings.console_code)
            dlg.signed_in.connect(self._signed_in)
        dlg.rejected.connect(lambda: self.app.exit(0))
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        self._dialog = dlg

    def _first_run_done(self, op, settings) -> None:
        self.state.update_settings(settings)
        self._signed_in(op)

    def _signed_in(self, op) -> None:
        self.state.set_operator(op)
        self._show_window()

    def _show_window(self) -> None:
        try:
            from ui.main_window import MainWindow

            self.window = MainWindow(self.state)
        except Exception as exc:  # without a window the desk is useless: say why and stop
            self._fatal(exc)
            return
        if self.args.smoke:
            self.window.painted.connect(self._smoke_painted)
        self.window.show()
        if self.settings_problems and not self.args.smoke:
            self.warn_about_settings()

    def warn_about_settings(self) -> None:
        """Say what was wrong with the settings file, then open the settings: the console code above all
        must be this console's own before any ticket is filed (not the default every install has)."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from opsdesk.config import BAD_CONSOLE_CODE, UNREADABLE, settings_path
        from ui.errors import settings_problems_text

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("app", "Console settings need attention"),
            settings_problems_text(self.settings_problems, str(settings_path().parent)),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("settingsProblems")
        box.finished.connect(box.deleteLater)
        ask_code = bool({UNREADABLE, BAD_CONSOLE_CODE} & set(self.settings_problems))
        box.finished.connect(lambda _r: self.window.open_settings(ask_console_code=ask_code))
        self.settings_problems = []
        box.open()
        self.settings_box = box

    def _smoke_painted(self) -> None:
        from PySide6.QtCore import QTimer

        print(f"painted {(time.perf_counter() - T0) * 1000:.0f} ms", flush=True)  # benchmarks read this

        # the panes' first loads were queued while the window was built; wait until all are back
        def check() -> None:
            if self.state.tasks.pending == 0:
                ms = (time.perf_counter() - T0) * 1000
                print("smoke ok", flush=True)
                print(f"start to painted and loaded: {ms:.0f} ms", file=sys.stderr, flush=True)
                self.window.close()
                self.app.exit(0)
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, check)

    def _smoke_timeout(self) -> None:
        print("smoke failed: main window not painted and loaded within 45 s", file=sys.stderr, flush=True)
        self.app.exit(EXIT_SMOKE_FAILED)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.home:
        os.environ["OPSDESK_HOME"] = os.path.abspath(args.home)
    setup_logging()
    install_excepthook()
    # the modules both threads need are imported here first, so the two threads import disjoint sets
    import opsdesk.config  # noqa: F401

    early = EarlyOpen(open_database)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from opsdesk.paths import resource_path
    from ui import i18n, theme

    QApplication.setApplicationName("opsdesk")
    QApplication.setOrganizationName("opsdesk")
    QApplication.setApplicationDisplayName("opsdesk")
    # not ui.main_window's app_version: importing the window (and SQLAlchemy with it) here would hold up
    # the database's opening on its worker by most of a second
    from importlib import metadata

    try:
        QApplication.setApplicationVersion(metadata.version("opsdesk"))
    except metadata.PackageNotFoundError:
        QApplication.setApplicationVersion("0.0")
    app = QApplication.instance() or QApplication([sys.argv[0], *args.qt_args])
    app.setWindowIcon(QIcon(str(resource_path("icons", "opsdesk.svg"))))
    ensure_cjk_font(app)

    startup = Startup(app, args, opener=early.result)
    i18n.install(args.lang or startup.settings.language, app)
    if args.lang:
        startup.settings = startup.settings.with_(language=args.lang)
    theme.apply(args.theme or startup.settings.theme, app)
    if args.theme:
        startup.settings = startup.settings.with_(theme=args.theme)

    if os.environ.get("OPSDESK_HEARTBEAT_LOG"):
        from ui.heartbeat import Heartbeat

        startup.heartbeat = Heartbeat(parent=app)
        startup.heartbeat.start()

    startup.begin()
    code = app.exec()
    if startup.window is not None:
        startup.window.sync.shutdown()  # the sync engine stops before the database closes (no-op if done)
    if startup.state is not None:
        startup.state.tasks.shutdown()
        startup.state.tasks.database.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
