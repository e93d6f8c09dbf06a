"""Colours of the roster: one hue per post, its lightness taken from the current theme.

The QSS tokens name states (ok, warning, breached), not posts, so post colours are hues spread around the
wheel; their lightness and saturation follow the theme so a chip reads on the dark hall theme (deep fill,
light text), the light office theme (pale fill, dark text) and high contrast (black fill, coloured edge).
A post keeps its colour across views and runs: the hue is picked from the post's position in the sorted
list of posts the roster knows, and falls back to a stable hash for a post not in the list.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

from ui import theme

# Hues (degrees) that stay apart from each other and from the risk red/amber of the ticket badges.
_HUES = (205, 140, 275, 30, 175, 320, 95, 245, 55, 355)


def _hue(post: str, posts: tuple[str, ...]) -> int:
    if post in posts:
        return _HUES[posts.index(post) % len(_HUES)]
    return _HUES[zlib.crc32(post.encode("utf-8")) % len(_HUES)]


def post_fill(post: str, posts: tuple[str, ...] = ()) -> QColor:
    """The background of a chip or cell for this post in the current theme."""
    h = _hue(post, posts)
    name = theme.current_theme()
    if name == "light":
        return QColor.fromHsl(h, 150, 215)
    if name == "high_contrast":
        return QColor("#000000")
    return QColor.fromHsl(h, 110, 70)


def post_edge(post: str, posts: tuple[str, ...] = ()) -> QColor:
    """The strong colour of the post: the chip's left bar and the legend's swatch."""
    h = _hue(post, posts)
    name = theme.current_theme()
    if name == "light":
        return QColor.fromHsl(h, 170, 95)
    if name == "high_contrast":
        return QColor.fromHsl(h, 255, 150)
    return QColor.fromHsl(h, 150, 140)


def post_text() -> QColor:
    """Text on a post fill: the theme's text colour reads on every fill above."""
    return theme.color("text")
