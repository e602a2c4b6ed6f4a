"""The window in the user's language: shipped catalogues complete and faithful, the German window German, and the
"Language" preference (or the system's locale) choosing the catalogue Qt's loader finds."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from auditor_app import logsetup
from auditor_app.domain import grading
from auditor_app.services import preferences
from auditor_app.services.preferences import Preferences
from auditor_app.ui import i18n
from auditor_app.ui.grades import grade_label
from auditor_app.ui.i18n import fill
from auditor_app.ui.launch import launch
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.recent_audits import Column as RecentColumn
from auditor_app.ui.preferences_dialog import PreferencesDialog
from auditor_app.ui.start_page import StartPage

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("auditor-app_*.ts"))
GERMAN_TS = ROOT / "resources" / "i18n" / "auditor-app_de.ts"
BIN = Path(sys.executable).parent
# What must survive translation unchanged: Qt's %1…%9 and %n, Python's %s/%d (positional, so also in order),
# str.format fields, and HTML tags.
QT_MARKERS = re.compile(r"%(?:[1-9]|n)")
PY_MARKERS = re.compile(r"%[sd]")
FIELDS = re.compile(r"\{\w+\}")
TAGS = re.compile(r"</?\w+[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=[^\s;&])(?![a-z]+;)")  # "&File", not "&&" (a literal &) nor "&amp;"


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue  # kept for translators, never loaded
            yield name, message


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def catalogue_problems(ts: Path) -> list[str]:
    """One line per message that is untranslated or whose translation lost or gained a placeholder."""
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        where = f"{ts.name}: {context} {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"{where}: not translated (unfinished)")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty translation")
            elif Counter(QT_MARKERS.findall(text)) != Counter(QT_MARKERS.findall(source)):
                problems.append(f"{where}: placeholders {sorted(QT_MARKERS.findall(text))} in {text!r}, "
                                f"expected {sorted(QT_MARKERS.findall(source))}")
            elif PY_MARKERS.findall(text) != PY_MARKERS.findall(source):
                problems.append(f"{where}: %s/%d {PY_MARKERS.findall(text)} in {text!r}, "
                                f"expected {PY_MARKERS.findall(source)} in this order")
            elif Counter(FIELDS.findall(text)) != Counter(FIELDS.findall(source)):
                problems.append(f"{where}: fields {FIELDS.findall(text)} in {text!r}")
            elif Counter(TAGS.findall(text)) != Counter(TAGS.findall(source)):
                problems.append(f"{where}: markup {TAGS.findall(text)} in {text!r}")
            elif _accelerators(text) != _accelerators(source):
                problems.append(f"{where}: {_accelerators(text)} &-accelerators in {text!r}, "
                                f"expected {_accelerators(source)}")
    return problems


def _compile(ts: Path, qm: Path) -> Path:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in the UI's code, as update_translations.sh collects them."""
    ts = tmp_path_factory.mktemp("lupdate") / "auditor-app_xx.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                    str(ROOT / "auditor_app" / "ui"), "-ts", str(ts)], check=True, capture_output=True)
    return {(context, message.findtext("source") or "") for context, message in _messages(ts)}


def test_the_german_catalogue_is_shipped() -> None:
    assert GERMAN_TS in CATALOGUES


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_a_shipped_catalogue_is_complete_and_keeps_every_placeholder(ts: Path,
                                                                     code_strings: set[tuple[str, str]]) -> None:
    problems = catalogue_problems(ts)
    catalogued = {(context, message.findtext("source") or "") for context, message in _messages(ts)}
    problems += [f"{ts.name}: {context} {source!r}: missing (run scripts/update_translations.sh and translate it)"
                 for context, source in sorted(code_strings - catalogued)]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])


def test_the_check_finds_unfinished_and_changed_placeholders(tmp_path: Path) -> None:
    ts = tmp_path / "auditor-app_de.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context><name>X</name>
<message><source>Open %1</source><translation type="unfinished"></translation></message>
<message><source>Copy saved to %1</source><translation>Kopie gespeichert</translation></message>
<message><source>%1 of %2</source><translation>%1 von %1</translation></message>
<message><source>Clause %s</source><translation>Abschnitt</translation></message>
<message><source>&amp;File</source><translation>Datei</translation></message>
<message numerus="yes"><source>%n note(s)</source>
  <translation><numerusform>%n Notiz</numerusform><numerusform>Notizen</numerusform></translation></message>
<message numerus="yes"><source>%n finding(s)</source>
  <translation><numerusform>eine Feststellung</numerusform><numerusform>%n Feststellungen</numerusform></translation>
</message>
</context></TS>""", encoding="utf-8")
    problems = catalogue_problems(ts)
    assert [p.split(": ", 2)[1] for p in problems] == [
        "X 'Open %1'", "X 'Copy saved to %1'", "X '%1 of %2'", "X 'Clause %s'", "X '&File'", "X '%n note(s)'",
        "X '%n finding(s)'"]
    assert "not translated" in problems[0] and "placeholders" in problems[1] and "accelerators" in problems[4]


def test_every_grade_of_the_translated_schemes_is_listed_for_translation() -> None:
    # AFNOR's grades are French terms of that scheme and stay as they are; its scheme name is listed.
    labels = {s.label for s in grading.SCHEMES.values()}
    labels |= {g.label for s in (grading.DEFAULT, grading.GHTF_N19) for g in s.grades}
    assert labels <= set(i18n.GRADING)


def test_english_lowers_a_label_inside_a_sentence(qapp: QCoreApplication) -> None:
    assert i18n.in_sentence(i18n.vocab_label("Opening meeting")) == "opening meeting"


# -- the German window ---------------------------------------------------------------------------------------------

@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[list[QTranslator]]:
    _compile(GERMAN_TS, tmp_path / "auditor-app_de.qm")
    installed = i18n.install_translations(i18n.locale_for("de"), tmp_path)
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_the_german_window_shows_german(german: list[QTranslator], qtbot: QtBot, audit_path: Path) -> None:
    assert german
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    assert [m.title() for m in (win.menus.file, win.menus.edit, win.menus.view)] == \
        ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert grade_label(grading.DEFAULT, "major") == "Hauptabweichung"
    assert grade_label(grading.DEFAULT, "minor") == "Nebenabweichung"
    assert grade_label(grading.DEFAULT, "ofi") == "Verbesserungspotenzial"
    assert i18n.vocab_label("Nonconformity") == "Nichtkonformität"
    # German keeps a noun's capital inside a sentence; English lowers it.
    assert i18n.in_sentence(i18n.vocab_label("Opening meeting")) == "Eröffnungsbesprechung"
    dialog = PreferencesDialog(Preferences(), win)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert "Fenster" in [box.title() for box in dialog.findChildren(QGroupBox)]
    assert "Eine neue Sprache gilt ab dem nächsten Start." in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.language_combo.itemText(0) == "Systemstandard"
    win.close()


def test_german_menus_give_each_command_its_own_accelerator(german: list[QTranslator], qtbot: QtBot,
                                                           audit_path: Path) -> None:
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    clashes = {}
    for menu in (action.menu() for action in win.menuBar().actions()):
        if menu is None:
            continue
        letters = [m.group(1).lower() for a in menu.actions()
                   if (m := re.search(r"&([^&])", a.text().replace("&&", ""))) is not None]
        if len(set(letters)) != len(letters):
            clashes[menu.title()] = sorted(letter for letter in set(letters) if letters.count(letter) > 1)
    assert not clashes
    win.close()


def test_german_labels_are_not_clipped(german: list[QTranslator], qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    squeezed = [label.text() for label in dialog.findChildren(QLabel)
                if label.buddy() is not None and label.width() < label.sizeHint().width()]
    assert not squeezed
    page = StartPage()
    qtbot.addWidget(page)
    progress = fill(QCoreApplication.translate("RecentAuditsModel", "%1 of %2 clauses"), 136, 136)
    assert progress == "136 von 136 Abschnitten"
    assert page.table.columnWidth(RecentColumn.PROGRESS) > page.table.fontMetrics().horizontalAdvance(progress)


class MissRecorder(QTranslator):
    """Answers with another translator, remembering every text that translator had no translation for."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self.inner = inner
        self.found: set[str] = set()
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self.inner.translate(context, source, disambiguation, n)
        if text:
            self.found.add(source)
            return text
        self.missed.add((context, source))
        return source


def test_every_text_the_german_window_looks_up_is_in_the_catalogue(german: list[QTranslator], qtbot: QtBot,
                                                                   audit_path: Path) -> None:
    """A text looked up under a context the catalogue does not have (a label translated with the wrong context,
    a helper lupdate cannot see) stays English; Qt's own contexts (QDialogButtonBox …) come from qtbase."""
    ours = german[0]
    QCoreApplication.removeTranslator(ours)
    recorder = MissRecorder(ours)
    assert QCoreApplication.installTranslator(recorder)
    try:
        win = MainWindow("Test Auditor")
        qtbot.addWidget(win)
        assert win.open_path(audit_path)
        for action in win.menuBar().actions():
            if action.menu() is not None:
                action.menu().aboutToShow.emit()
        qtbot.addWidget(PreferencesDialog(Preferences(), win))
        win.close()
    finally:
        QCoreApplication.removeTranslator(recorder)
        QCoreApplication.installTranslator(ours)
    # PySide's self.tr() also tries the base classes' names; a text found under one of them is not missed.
    missed = sorted((c, s) for c, s in recorder.missed if not c.startswith("Q") and s not in recorder.found)
    assert not missed
    assert len(recorder.found) > 100


# -- choosing the catalogue ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def four_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny stand-ins for the de, fr, es and zh_CN catalogues, named as update_translations.sh names them."""
    folder = tmp_path_factory.mktemp("catalogues")
    for language in ("de", "fr", "es", "zh_CN"):
        ts = folder / f"auditor-app_{language}.ts"
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{language}">'
                      f"<context><name>X</name><message><source>a</source><translation>{language}</translation>"
                      "</message></context></TS>", encoding="utf-8")
        _compile(ts, ts.with_suffix(".qm"))
    return folder


def _found(locale: QLocale, folder: Path) -> str:
    translator = QTranslator()
    return Path(translator.filePath()).stem if translator.load(locale, "auditor-app", "_", str(folder)) else ""


@pytest.fixture
def system_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("system", "preference", "expected"), [
    ("de_DE", "", "auditor-app_de"), ("de_CH", "", "auditor-app_de"), ("fr_CA", "", "auditor-app_fr"),
    ("es_MX", "", "auditor-app_es"), ("zh-Hans-CN", "", "auditor-app_zh_CN"), ("zh_Hans", "", "auditor-app_zh_CN"),
    ("zh-CN", "", "auditor-app_zh_CN"), ("zh_CN", "", "auditor-app_zh_CN"), ("zh-Hans-SG", "", "auditor-app_zh_CN"),
    ("zh-Hant-TW", "", ""), ("en_GB", "", ""),
    ("en_US", "zh_CN", "auditor-app_zh_CN"), ("en_US", "de", "auditor-app_de"), ("de_DE", "en", ""),
    ("ja_JP", "es", "auditor-app_es"), ("de_DE", "fr", "auditor-app_fr"),
])
def test_the_language_preference_or_the_system_locale_picks_the_catalogue(
        system: str, preference: str, expected: str, four_catalogues: Path, qapp: QCoreApplication,
        system_locale: None) -> None:
    QLocale.setDefault(QLocale(system))
    assert _found(i18n.locale_for(preference), four_catalogues) == expected


def test_every_language_of_the_preference_is_named_in_the_dialog(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences(ui_language="zh_CN"))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(preferences.UI_LANGUAGES)
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Deutsch", "Français", "Español",
                                                                   "简体中文"]
    assert combo.currentText() == "简体中文"


def test_a_chosen_language_is_saved_and_used_at_the_next_start(qtbot: QtBot, audit_path: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              system_locale: None) -> None:
    QLocale.setDefault(QLocale("en_US"))
    dialog = PreferencesDialog(preferences.load())
    qtbot.addWidget(dialog)
    assert "takes effect at the next start" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.accept()
    assert preferences.load().ui_language == "de"

    _compile(GERMAN_TS, tmp_path / "auditor-app_de.qm")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    installed: list[QTranslator] = []
    real_install = i18n.install_translations

    def install(*args: object) -> list[QTranslator]:
        installed.extend(real_install(*args))  # type: ignore[arg-type]
        return installed

    windows: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(i18n, "install_translations", install)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs the crash handler
    monkeypatch.setattr(logsetup, "_configured", False)
    handlers = list(logging.getLogger("auditor_app").handlers)
    try:
        assert launch([str(audit_path)]) == 0
        assert windows and windows[0].menus.file.title() == "&Datei"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        for win in windows:
            qtbot.addWidget(win)
        for handler in logging.getLogger("auditor_app").handlers[:]:
            if handler not in handlers:
                logging.getLogger("auditor_app").removeHandler(handler)
                handler.close()
