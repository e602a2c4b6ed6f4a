"""The look: bundled fonts as fallbacks for every script, and a dark palette when the system asks for one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from auditor_app.ui import icons, theme


def test_bundled_fonts_cover_chinese_and_arabic(qtbot: QtBot) -> None:
    families = theme.load_fonts()
    assert "WenQuanYi Micro Hei" in families
    assert any(f.startswith("DejaVu Sans") for f in families)
    for family, sample in (("WenQuanYi Micro Hei", "质量管理体系"), (families[0], "مراجعة الجودة Prüfung")):
        assert all(QFontDatabase.font(family, "", 12).family() and QFontMetrics(QFontDatabase.font(family, "", 12))
                   .inFontUcs4(ord(ch)) for ch in sample if not ch.isspace())


def test_dark_theme_gives_light_text_on_dark_windows(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    monkeypatch.setenv("AUDITOR_APP_THEME", "dark")
    try:
        theme.apply(app)
        assert theme.is_dark(app)
        label = QLabel("Prüfung 质量")
        qtbot.addWidget(label)
        window = label.palette().color(QPalette.ColorRole.Window)
        text = label.palette().color(QPalette.ColorRole.WindowText)
        assert window.lightness() < 60 and text.lightness() > 200
    finally:
        app.setPalette(before)


def test_bundled_icons_are_tinted_for_the_palette(qtbot: QtBot) -> None:
    icon = icons.icon("search")
    if icon.isNull():
        pytest.skip("icon set not bundled yet")
    image = icon.pixmap(24, 24).toImage()
    inked = [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 128]
    assert inked, "the icon draws something"
    assert icons.icon("no-such-icon").isNull()
