"""Every text the window shows goes through Qt's translation system: under a pseudo-translation each one is marked.

The pseudo-translator wraps every string it is asked for in ⟦…⟧. A text on screen without the marks was never
passed to tr()/translate(), so a German or Chinese catalogue could not reach it. Data (clause numbers and titles,
checklist guidance, names, file paths) is exempted by name below, nothing else.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause, session_of

from auditor_app.domain import entities, vocab
from auditor_app.exporters import wording
from auditor_app.services import queries
from auditor_app.services.completeness import Gap
from auditor_app.ui import i18n
from auditor_app.ui.conflicts import CombineDialog
from auditor_app.ui.export_dialogs import CompletenessDialog, ProfileDialog
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column

MARK = "⟦"
# The window's menus whose every action is checked (names of the `Menus` fields); widen as modules are marked.
CHECKED_MENUS = ("file", "edit", "view")
GUIDED_CLAUSE = cid("7.1.5")  # has audit questions and typical evidence, and no notes in the demo


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"


@pytest.fixture
def pseudo(qapp: QCoreApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def pseudo_window(qtbot: QtBot, pseudo: PseudoTranslator, audit_path: Path) -> Iterator[MainWindow]:
    win = MainWindow("Test Auditor")  # built after the translator is installed, as at start-up
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


# -- walking what the user sees ----------------------------------------------------------------------------
def menu_texts(window: MainWindow, names: Sequence[str] = CHECKED_MENUS) -> Iterator[tuple[str, str]]:
    """(where, text) for the menus named (fields of `window.menus`) and every visible action in them."""
    def walk(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
        yield where, menu.title()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            yield f"{where} › {action.text()}", action.text()
            yield f"{where} › {action.text()} (tooltip)", action.toolTip()  # Qt derives one from the text if unset
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                yield from walk(submenu, f"{where} › {action.text()}")

    for name in names:
        yield from walk(getattr(window.menus, name), name)


def widget_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> Iterator[tuple[str, str]]:
    """(where, text) for every label, button, combo entry, placeholder, group, tab and tooltip under `root`."""
    skipped = list(skip)
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield f"{where} (title)", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QComboBox):
            yield from ((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        yield f"{where} (tooltip)", widget.toolTip()


def untranslated(texts: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts if text.strip() and MARK not in text]


# -- the window under the pseudo-translation ---------------------------------------------------------------
def test_menus_of_the_window_are_translated(pseudo_window: MainWindow) -> None:
    texts = list(menu_texts(pseudo_window))
    assert len(texts) > 15  # the walk really reached the actions
    assert untranslated(texts) == []
    # Undo and redo keep the translated prefix once a command's own text is added.
    assert pseudo_window.undo_action.text().startswith("⟦&Undo⟧")


def test_workspace_tabs_clause_pane_and_status_bar_are_translated(pseudo_window: MainWindow, qtbot: QtBot) -> None:
    win = pseudo_window
    click_clause(qtbot, win, GUIDED_CLAUSE)
    tabs = win.workspace
    assert untranslated((f"workspace tab {i}", tabs.tabText(i)) for i in range(tabs.count())) == []
    model = win.tree_model
    # Count columns are headed by an icon; their name is the tooltip.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) or model.headerData(c, Qt.Orientation.Horizontal,
                                                                                 Qt.ItemDataRole.ToolTipRole)
               for c in Column]
    assert all(MARK in h for h in headers), headers
    assert untranslated(widget_texts(win.panel)) == []
    # Result cells: a clause's result label and a standard's roll-up ("13/20 audited · 1 NC").
    standard = model.index(0, Column.RESULT)
    clause = model.index_of_clause(GUIDED_CLAUSE).siblingAtColumn(Column.RESULT)
    for index in (standard, clause):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert MARK in index.data(role), index.data(role)
    win.panel.search.setText("7.1")  # the match count under the filter box
    assert MARK in win.panel.match_label.text()
    # The status bar: counts inside translated sentences; the file's path is data.
    parts = win.status_label.text().split(" · ")
    assert parts[-1] == str(audit_path_of(win))
    assert untranslated(("status bar", p) for p in parts[:-1]) == []


def test_clause_page_is_translated(pseudo_window: MainWindow, qtbot: QtBot) -> None:
    win, page = pseudo_window, pseudo_window.page
    click_clause(qtbot, win, GUIDED_CLAUSE)
    # Data: the clause itself and the checklist's guidance (both come from the audit file).
    data = {page.number_label: "7.1.5", page.title_label: "Monitoring and measuring resources",
            page.standard_label: "ISO 9001:2015", page.questions_label: "<li", page.evidence_label: "<li"}
    for label, shown in data.items():
        assert shown in label.text()
    # Tabs that features add to the clause page are their modules' own; their titles are checked all the same.
    feature_tabs = [page.tabs.widget(i) for i in range(1, page.tabs.count())]
    assert untranslated(widget_texts(page, skip=[*data, *filter(None, feature_tabs)])) == []
    assert untranslated((f"clause page tab {i}", page.tabs.tabText(i)) for i in range(page.tabs.count())) == []
    assert untranslated(("notes", text) for text in page.note_texts()) == []
    assert untranslated(("notes action", a.text()) for a in page.notes_list.actions()) == []


def test_notes_show_translated_kinds_around_their_text(pseudo_window: MainWindow, qtbot: QtBot) -> None:
    win = pseudo_window
    assert session_of(win) is not None
    note = win.audit.read(queries.notes)[0]
    assert note.clause_id is not None
    click_clause(qtbot, win, note.clause_id)
    shown = win.page.note_texts()
    assert shown and all(MARK in text for text in shown)
    assert any((note.text or "").strip() in text for text in shown)  # the note itself is data, shown as written


def test_conflict_panel_and_export_dialogs_are_translated(pseudo_window: MainWindow, qtbot: QtBot) -> None:
    win = pseudo_window
    panel = win.team.panel
    assert untranslated(widget_texts(panel)) == []
    gaps = [Gap("error", "Clause 7.1.5 has no result", "clause", "x"), Gap("warning", "No scope", "audit", "")]
    dialogs = [ProfileDialog(win, "pdf"), ProfileDialog(win, "xlsx"),
               CompletenessDialog(win, gaps, "Certification audit"), CombineDialog("Note", "text", win)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        # Data in dialogs: the combined versions' text typed by team members.
        data = [dialog.editor] if isinstance(dialog, CombineDialog) else []
        # Languages are offered under their own names (Deutsch, 简体中文), as each reader knows them.
        native = set(wording.LANGUAGES.values())
        texts = [(where, text) for where, text in widget_texts(dialog, skip=data) if text not in native]
        assert untranslated(texts) == [], type(dialog).__name__
    completeness = dialogs[2]
    assert isinstance(completeness, CompletenessDialog)
    items = [completeness.list.item(i).text() for i in range(completeness.list.count())]
    assert items == ["⟦Error: Clause 7.1.5 has no result⟧", "⟦Warning: No scope⟧"]


def audit_path_of(window: MainWindow) -> Path:
    assert session_of(window) is not None
    return session_of(window).path


# -- the catalogue: domain labels, placeholders, plurals, a real .qm ---------------------------------------
def test_every_domain_label_is_listed_for_the_catalogue() -> None:
    labels = {*vocab.AUDIT_TYPE_LABELS.values(), *vocab.RESULT_LABELS.values(), *vocab.ROLE_LABELS.values(),
              *vocab.NOTE_KIND_LABELS.values(), *vocab.STATUS_LABELS.values(), *vocab.MEETING_LABELS.values(),
              *vocab.READINESS_LABELS.values(), *vocab.CARRIED_KIND_LABELS.values(),
              *vocab.VERIFICATION_LABELS.values(), *vocab.CONCERN_OUTCOME_LABELS.values()}
    assert labels - set(i18n.VOCAB) == set()
    assert {spec.label for spec in entities.ENTITIES.values()} - set(i18n.ENTITIES) == set()


def test_fill_replaces_markers_once_and_plural_gives_english_forms() -> None:
    assert i18n.fill("%2 of %1, again %2", "a%2", "b") == "b of a%2, again b"  # a value's own "%2" stays
    assert i18n.fill("%1 and %3", "x") == "x and %3"  # a missing value stays visible instead of failing
    assert [i18n.plural(f"{n} finding(s)", n) for n in (0, 1, 2)] == ["0 findings", "1 finding", "2 findings"]


def _compile(ts: str, folder: Path) -> Path:
    source = folder / "auditor-app_de.ts"
    source.write_text(ts, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(folder / "auditor-app_de.qm")], check=True)
    return folder


GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>MainWindow</name>
  <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
</context>
<context><name>StatusLine</name>
  <message numerus="yes"><source>%n finding(s)</source>
    <translation><numerusform>%n Feststellung</numerusform><numerusform>%n Feststellungen</numerusform></translation>
  </message>
</context>
<context><name>ClauseTreeModel</name>
  <message><source>Result</source><translation>Ergebnis</translation></message>
</context>
<context><name>vocab</name>
  <message><source>Conforming</source><translation>Konform</translation></message>
</context>
</TS>
"""


def test_a_compiled_catalogue_reaches_the_window(qtbot: QtBot, qapp: QCoreApplication, audit_path: Path,
                                                 tmp_path: Path) -> None:
    """The contexts lupdate files strings under are the ones self.tr() and translate() look them up in."""
    installed = i18n.install_translations(QLocale(QLocale.Language.German, QLocale.Country.Germany),
                                          _compile(GERMAN, tmp_path))
    try:
        assert installed
        win = MainWindow("Test Auditor")
        qtbot.addWidget(win)
        assert win.open_path(audit_path)
        assert win.menus.file.title() == "&Datei"
        assert win.tree_model.headerData(Column.RESULT, Qt.Orientation.Horizontal) == "Ergebnis"
        assert " · 3 Feststellungen · " in win.status_label.text()
        assert win.page.result_combo.findText("Konform") >= 0
        win.close()
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
