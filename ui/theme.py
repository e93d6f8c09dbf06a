"""Themes: a palette dict fills the {{tokens}} of resources/styles/base.qss and sets QPalette.

Dark is the default (a dim command hall); light for offices; high contrast for bright rooms and weak
eyes. Panes use the named colours (e.g. `color("breached")`) for their badges so a theme switch reaches
them too; they restyle on the application's `paletteChanged`/ThemeChange.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from opsdesk.paths import resource_path

THEMES = ("dark", "light", "high_contrast")

PALETTES: dict[str, dict[str, str]] = {
    "dark": {
        "background": "#1e2227",
        "surface": "#272c33",
        "surface_alt": "#2f353d",
        "border": "#3c434d",
        "text": "#e6e9ed",
        "text_muted": "#9aa3ad",
        "primary": "#3d8fd6",
        "primary_text": "#ffffff",
        "selection": "#2f6aa3",
        "input": "#1a1d21",
        "ok": "#3fa66a",
        "warning": "#e0a526",
        "breached": "#e0524c",
        "paused": "#8a94a0",
        "focus": "#5aa9f0",
        "sidebar": "#181b1f",
        "sidebar_text": "#c8ced6",
    },
    "light": {
        "background": "#f4f5f7",
        "surface": "#ffffff",
        "surface_alt": "#eceff2",
        "border": "#c9ced6",
        "text": "#1d2228",
        "text_muted": "#5f6a76",
        "primary": "#1f6fbf",
        "primary_text": "#ffffff",
        "selection": "#cfe3f7",
        "input": "#ffffff",
        "ok": "#2e8a55",
        "warning": "#b7791f",
        "breached": "#c8322c",
        "paused": "#6b7480",
        "focus": "#1f6fbf",
        "sidebar": "#e4e8ec",
        "sidebar_text": "#28303a",
    },
    "high_contrast": {
        "background": "#000000",
        "surface": "#000000",
        "surface_alt": "#1a1a1a",
        "border": "#ffffff",
        "text": "#ffffff",
        "text_muted": "#e0e0e0",
        "primary": "#ffff00",
        "primary_text": "#000000",
        "selection": "#0050ff",
        "input": "#000000",
        "ok": "#00ff66",
        "warning": "#ffd000",
        "breached": "#ff3b30",
        "paused": "#c0c0c0",
        "focus": "#ffff00",
        "sidebar": "#000000",
        "sidebar_text": "#ffffff",
    },
}

_current = "dark"
_TOKEN = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def current_theme() -> str:
    return _current


def color(name: str) -> QColor:
    """A named colour of the current theme (ok, warning, breached, paused, text …)."""
    return QColor(PALETTES[_current].get(name, PALETTES[_current]["text"]))


@lru_cache(maxsize=4)
def _template() -> str:
    return resource_path("styles", "base.qss").read_text("utf-8")


def stylesheet(theme: str) -> str:
    """base.qss with every {{token}} replaced; an unknown token is an error, not an invisible widget."""
    pal = PALETTES[theme]

    def sub(m: re.Match) -> str:
        return pal[m.group(1)]

    return _TOKEN.sub(sub, _template())


def palette(theme: str) -> QPalette:
    pal = PALETTES[theme]
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "background",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "input",
        QPalette.ColorRole.AlternateBase: "surface_alt",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "text",
        QPalette.ColorRole.ToolTipBase: "surface",
        QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "text_muted",
        QPalette.ColorRole.Link: "primary",
        QPalette.ColorRole.BrightText: "breached",
    }
    for role, key in roles.items():
        p.setColor(role, QColor(pal[key]))
    muted = QColor(pal["text_muted"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


def apply(theme: str, app: QApplication | None = None) -> str:
    """Apply a theme to the whole application; unknown names fall back to dark."""
    global _current
    app = app or QApplication.instance()
    theme = theme if theme in PALETTES else "dark"
    _current = theme
    app.setStyle("Fusion")  # the same look on Windows, Kylin/UOS and in tests; QSS styles it reliably
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    return theme
