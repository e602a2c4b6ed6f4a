"""Qt's translation system for the UI: helpers for code outside QObjects, the domain's labels, the .qm loader."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from auditor_app import paths
from auditor_app.domain import vocab

# How strings are marked (scripts/update_translations.sh extracts them with pyside6-lupdate):
# - in a QObject subclass: self.tr("text"); plurals self.tr("%n item(s)", "", n) wrapped in plural();
# - elsewhere: translate("<module context>", "text") with literal arguments (lupdate reads only literals);
# - a table of labels: QT_TRANSLATE_NOOP("<context>", "text"), translated where it is shown;
# - values go in as %1, %2 … with fill(), never into the source text (no f-strings inside a translation).
# lupdate's Python parser sees numerus forms only in tr() calls, so plurals belong in QObject methods.

CATALOG = "auditor-app"
_MARKER = re.compile(r"%(\d{1,2})")


def translate(context: str, text: str) -> str:
    """`text` in the user's language (context: the module's name, as lupdate files the string)."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate without translating it yet (PySide6's own is typed as returning object)."""
    return text


def fill(text: str, *values: object) -> str:
    """Qt-style %1, %2 … replaced in one pass, so a value that itself contains "%2" stays as it is.

    Translators may reorder or repeat the markers; a marker without a value is left visible.
    """
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _MARKER.sub(value, text)


def plural(text: str, n: int) -> str:
    """The English forms of an untranslated "%n item(s)" text ("1 item", "2 items").

    Qt's plural forms come from a translation; English runs without one, so the "(s)" is resolved here.
    A translation (which has its own forms and no "(s)") passes through unchanged.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def in_sentence(label: str) -> str:
    """A label ("Opening meeting", "Scope") as a word inside a sentence of the window's language."""
    # A setting each catalogue carries, as Qt's own QT_LAYOUT_DIRECTION is: a language that capitalises nouns
    # inside a sentence (German: "Eröffnungsbesprechung ändern") translates it as LABELS_IN_SENTENCES=capitalised;
    # English and the others lower a label put into running text ("Change opening meeting").
    setting = translate("i18n", "LABELS_IN_SENTENCES=lowercase")
    return label if setting == "LABELS_IN_SENTENCES=capitalised" else label.lower()


def vocab_label(text: str) -> str:
    """A domain label (result, audit type, role, note kind, status, meeting) as shown to the user."""
    return QCoreApplication.translate("vocab", text)


def vocab_text(labels: Mapping[Any, str], value: object, empty: str = "") -> str:
    """A stored choice (result, type, role, kind, status) as shown: its label in the user's language, or a value
    this version does not know as it is, marked (never a guess, never a crash)."""
    if value is None or value == "":
        return empty
    if vocab.is_known(labels, value):
        return vocab_label(labels[str(value)])
    return marked(value)


def marked(value: object) -> str:
    """"partially_conforming (unknown value)": a stored value this version does not know ("" for none)."""
    if value is None or value == "":
        return ""
    return fill(translate("vocab", "%1 (unknown value)"), vocab.as_text(value))


def entity_label(text: str) -> str:
    """The label of an entity type (`EntitySpec.label`: "Note", "Finding" …) as shown to the user."""
    return QCoreApplication.translate("entities", text)


# The domain is Qt-free, so its labels are listed here for lupdate; tests/ui/test_ui_translatable.py checks that
# every label of domain/vocab.py and domain/entities.py is in these lists.
VOCAB = (
    # audit types
    QT_TRANSLATE_NOOP("vocab", "Gap analysis"), QT_TRANSLATE_NOOP("vocab", "Internal audit"),
    QT_TRANSLATE_NOOP("vocab", "Supplier audit"), QT_TRANSLATE_NOOP("vocab", "Stage 1"),
    QT_TRANSLATE_NOOP("vocab", "Stage 2"), QT_TRANSLATE_NOOP("vocab", "Surveillance"),
    QT_TRANSLATE_NOOP("vocab", "Recertification"), QT_TRANSLATE_NOOP("vocab", "Special audit"),
    # clause results
    QT_TRANSLATE_NOOP("vocab", "Not yet audited"), QT_TRANSLATE_NOOP("vocab", "Conforming"),
    QT_TRANSLATE_NOOP("vocab", "Nonconformity"), QT_TRANSLATE_NOOP("vocab", "Observation"),
    QT_TRANSLATE_NOOP("vocab", "Opportunity for improvement"), QT_TRANSLATE_NOOP("vocab", "Not applicable"),
    # team roles
    QT_TRANSLATE_NOOP("vocab", "Lead auditor"), QT_TRANSLATE_NOOP("vocab", "Auditor"),
    QT_TRANSLATE_NOOP("vocab", "Technical expert"), QT_TRANSLATE_NOOP("vocab", "Observer"),
    QT_TRANSLATE_NOOP("vocab", "Trainee auditor"),
    # note kinds
    QT_TRANSLATE_NOOP("vocab", "Interview"), QT_TRANSLATE_NOOP("vocab", "Document review"),
    QT_TRANSLATE_NOOP("vocab", "Sampling"), QT_TRANSLATE_NOOP("vocab", "Note"),
    # finding statuses
    QT_TRANSLATE_NOOP("vocab", "Open"), QT_TRANSLATE_NOOP("vocab", "Correction proposed"),
    QT_TRANSLATE_NOOP("vocab", "Action plan accepted"), QT_TRANSLATE_NOOP("vocab", "Verified and closed"),
    QT_TRANSLATE_NOOP("vocab", "Withdrawn"),
    # meetings
    QT_TRANSLATE_NOOP("vocab", "Opening meeting"), QT_TRANSLATE_NOOP("vocab", "Closing meeting"),
    # the certification cycle: Stage 1's readiness, carried items and their verification
    QT_TRANSLATE_NOOP("vocab", "Ready for Stage 2"),
    QT_TRANSLATE_NOOP("vocab", "Ready for Stage 2, with areas of concern"),
    QT_TRANSLATE_NOOP("vocab", "Not ready for Stage 2"), QT_TRANSLATE_NOOP("vocab", "Previous finding"),
    QT_TRANSLATE_NOOP("vocab", "Stage 1 area of concern"), QT_TRANSLATE_NOOP("vocab", "Effective"),
    QT_TRANSLATE_NOOP("vocab", "Partly effective"), QT_TRANSLATE_NOOP("vocab", "Not effective"),
    QT_TRANSLATE_NOOP("vocab", "Resolved"), QT_TRANSLATE_NOOP("vocab", "Partly resolved"),
    QT_TRANSLATE_NOOP("vocab", "Not resolved"),
    # the conclusions: audit objectives met, the team's recommendation
    QT_TRANSLATE_NOOP("vocab", "Yes, fulfilled"), QT_TRANSLATE_NOOP("vocab", "Partly fulfilled"),
    QT_TRANSLATE_NOOP("vocab", "Not fulfilled"), QT_TRANSLATE_NOOP("vocab", "Recommended for certification"),
    QT_TRANSLATE_NOOP("vocab", "Recommended once corrections and corrective actions are accepted"),
    QT_TRANSLATE_NOOP("vocab", "Not recommended for certification"),
)
ENTITIES = (
    QT_TRANSLATE_NOOP("entities", "Audit details"), QT_TRANSLATE_NOOP("entities", "Team member"),
    QT_TRANSLATE_NOOP("entities", "Checklist"), QT_TRANSLATE_NOOP("entities", "Clause"),
    QT_TRANSLATE_NOOP("entities", "Note"), QT_TRANSLATE_NOOP("entities", "Person"),
    QT_TRANSLATE_NOOP("entities", "Evidence"), QT_TRANSLATE_NOOP("entities", "Finding"),
    QT_TRANSLATE_NOOP("entities", "Link"), QT_TRANSLATE_NOOP("entities", "Audit plan row"),
    QT_TRANSLATE_NOOP("entities", "Meeting"), QT_TRANSLATE_NOOP("entities", "Attendee"),
    QT_TRANSLATE_NOOP("entities", "Item from a previous audit"), QT_TRANSLATE_NOOP("entities", "Area of concern"),
    QT_TRANSLATE_NOOP("entities", "Audit time"), QT_TRANSLATE_NOOP("entities", "Signing key"),
)


def locale_for(language: str) -> QLocale:
    """The locale whose catalogue the window loads for the "Language" preference ("": the system's locale).

    QTranslator.load() tries a locale's UI languages (zh-Hans-CN, zh-CN, zh-Hans, zh) cut from the right, so
    auditor-app_zh_CN.qm is found for zh_CN, zh-Hans-CN and zh_Hans; other Simplified Chinese locales (zh-Hans-SG)
    are pointed at it here, while Traditional Chinese (zh-Hant-TW) is left in English rather than shown Simplified.
    """
    locale = QLocale(language) if language and language != "en" else QLocale()
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if locale.language() == QLocale.Language.Chinese and locale.script() == QLocale.Script.SimplifiedChineseScript:
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
    return locale


def grading_label(text: str) -> str:
    """A grading scheme's or grade's label (domain/grading.py) as shown to the user; AFNOR's French terms are
    the scheme's own names and are not listed for translation, so they show as they are."""
    return QCoreApplication.translate("grading", text)


# tests/ui/test_ui_language.py checks that every label of the ISO/IEC 17021-1 and GHTF N19 schemes is listed here.
GRADING = (
    QT_TRANSLATE_NOOP("grading", "Major / minor (ISO/IEC 17021-1)"),
    QT_TRANSLATE_NOOP("grading", "GHTF/SG3/N19 grades 1–5 (medical devices)"),
    QT_TRANSLATE_NOOP("grading", "AFNOR (PF / PP / PS / NCmin / NCmaj)"),
    QT_TRANSLATE_NOOP("grading", "Major nonconformity"), QT_TRANSLATE_NOOP("grading", "Minor nonconformity"),
    QT_TRANSLATE_NOOP("grading", "Observation"), QT_TRANSLATE_NOOP("grading", "Opportunity for improvement"),
    QT_TRANSLATE_NOOP("grading", "Good practice"),
    QT_TRANSLATE_NOOP("grading", "Grade 1"), QT_TRANSLATE_NOOP("grading", "Grade 2"),
    QT_TRANSLATE_NOOP("grading", "Grade 3"), QT_TRANSLATE_NOOP("grading", "Grade 4"),
    QT_TRANSLATE_NOOP("grading", "Grade 5"),
)


def translations_dir() -> Path:
    return paths.resource_path("i18n")


def install_translations(locale: QLocale | None = None, folder: Path | None = None) -> list[QTranslator]:
    """Load `auditor-app_<locale>.qm` (and Qt's own strings for that locale) into the running application.

    Call once after the QApplication exists, before any window is built. English needs no file; a missing
    or unreadable catalogue leaves the English texts. Returns the translators installed (kept alive by the app).
    """
    app = QCoreApplication.instance()
    if app is None:
        return []
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    sources = ((CATALOG, folder or translations_dir()),
               ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))))
    for name, where in sources:
        translator = QTranslator(app)
        # load() tries the locale's UI languages in order (de_CH, de …) and returns False when none exists.
        if translator.load(locale, name, "_", str(where)) and QCoreApplication.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
