"""Translators: opsdesk's own .qm plus Qt's (dialog buttons, context menus), switchable at run time.

Installing a translator sends QEvent.LanguageChange to every widget; widgets re-set their texts in
`retranslate()`, called from `changeEvent`, and keep whatever the operator has typed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from opsdesk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """zh_CN on a Chinese system locale, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def is_chinese() -> bool:
    return _current.startswith("zh")


def translations_dir():
    return resource_path("translations")


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Replace the installed translators with those for `language` ("zh_CN" / "en"); return it.

    English is the source language: no opsdesk .qm is needed, only removing the Chinese ones.
    """
    global _current
    app = app or QCoreApplication.instance()
    language = resolve_language(language)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current = language
    if language != "en":
        own = QTranslator(app)
        qm = translations_dir() / f"opsdesk_{language}.qm"
        if qm.exists() and own.load(str(qm)):
            _installed.append(own)
        else:
            log.info("no translation file %s: showing English", qm)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase",):
            t = QTranslator(app)
            if t.load(f"{base}_{language}", qt_dir):
                _installed.append(t)
        QLocale.setDefault(QLocale(language))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for t in _installed:
        app.installTranslator(t)
    if not _installed:
        # removing translators alone sends LanguageChange only when one was removed; make sure
        # widgets re-translate after a switch to English as well
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language


class Retranslatable:
    """Mixin for widgets: re-set every visible text in `retranslate()` when the language is switched.

    Listed before the Qt base class (`class Pane(Retranslatable, QWidget)`); typed text is untouched,
    so switching language never loses unsaved work.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
