"""The application's look: bundled fonts as fallbacks, and a light or dark palette following the system."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from auditor_app import paths

log = logging.getLogger(__name__)

# Tried in order after the system's own UI font: a laptop without CJK or Arabic fonts still shows every note.
_BUNDLED = ("DejaVuSansCondensed.ttf", "wqy-microhei.ttc", "Symbola.ttf")
FALLBACK_FAMILIES: list[str] = []

_DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#24262a",
    QPalette.ColorRole.ToolTipBase: "#303134", QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#8a8d91", QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2d31", QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Light: "#3c4043",
    QPalette.ColorRole.Midlight: "#34373b", QPalette.ColorRole.Mid: "#2a2c30",
    QPalette.ColorRole.Dark: "#121314", QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fb6", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f5f6f7", QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f3f5f7",
    QPalette.ColorRole.ToolTipBase: "#ffffff", QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781", QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eef0f2", QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e4e7ea", QPalette.ColorRole.Mid: "#c8ccd0",
    QPalette.ColorRole.Dark: "#9aa0a6", QPalette.ColorRole.Shadow: "#5f6368",
    QPalette.ColorRole.Highlight: "#2f6fca", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b57d0", QPalette.ColorRole.LinkVisited: "#6f42c1",
}


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns their family names (once per process)."""
    if FALLBACK_FAMILIES:
        return FALLBACK_FAMILIES
    for name in _BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource_path(f"fonts/{name}")))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in FALLBACK_FAMILIES:
                FALLBACK_FAMILIES.append(family)
    return FALLBACK_FAMILIES


def wants_dark(app: QGuiApplication) -> bool:
    """AUDITOR_APP_THEME=dark|light overrides; otherwise the system's colour scheme."""
    forced = os.environ.get("AUDITOR_APP_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    result = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        result.setColor(role, QColor(colour))
    disabled = QColor("#6b6f75" if dark else "#9aa0a6")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def is_dark(app: QGuiApplication | None = None) -> bool:
    instance = app or QGuiApplication.instance()
    if not isinstance(instance, QGuiApplication):
        return False
    return instance.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    """Fonts, style and palette; follows later switches of the system's light/dark setting."""
    families = load_fonts()
    font = QFont(app.font())
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    # Windows 11 and macOS styles draw their own light/dark look; elsewhere Fusion with our palettes.
    if sys.platform.startswith("linux") or os.environ.get("AUDITOR_APP_THEME"):
        app.setStyle("Fusion")
        app.setPalette(palette(wants_dark(app)))
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: app.setPalette(palette(wants_dark(app))))
