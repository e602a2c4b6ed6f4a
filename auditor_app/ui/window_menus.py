"""The main window's menu bar: the menus from the start, then its own actions, every feature's and the icons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from auditor_app.ui import action_icons
from auditor_app.ui.feature import Menus
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow

MENU_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
               QT_TRANSLATE_NOOP("MainWindow", "&View"), QT_TRANSLATE_NOOP("MainWindow", "&Audit"),
               QT_TRANSLATE_NOOP("MainWindow", "E&vidence"), QT_TRANSLATE_NOOP("MainWindow", "&Help"))


def create(window: MainWindow) -> Menus:
    """The menu bar's menus, still empty: they are there from the first paint, so nothing moves when the
    actions arrive (see fill)."""
    bar = window.menuBar()
    return Menus(*(bar.addMenu(translate("MainWindow", title)) for title in MENU_TITLES))


def fill(window: MainWindow, menus: Menus) -> None:
    """The window's own actions (sets open_action, undo_action, …), then every feature's, then the icons."""
    file_menu, edit_menu = menus.file, menus.edit
    window.open_action = file_menu.addAction(translate("MainWindow", "&Open…"), QKeySequence.StandardKey.Open,
                                             window.choose_file)
    window.sample_action = file_menu.addAction(translate("MainWindow", "Open &sample audit"), window.open_sample)
    file_menu.addSeparator()
    window.save_copy_action = file_menu.addAction(translate("MainWindow", "Save a &copy…"), window.save_copy)
    # The features' File actions come here (exports, team work, each after a separator), then Quit.
    window.quit_action = QAction(translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.triggered.connect(window.close)
    window.undo_action = window.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = window.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    # Ctrl+L filters the clause tree; Ctrl+F stays free for the later search across the whole audit.
    window.filter_action = edit_menu.addAction(translate("MainWindow", "&Filter clauses"), QKeySequence("Ctrl+L"),
                                             window.panel.focus_search)
    for feature in window.features:
        feature.add_actions(menus)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    from auditor_app.ui import cycle_coverage

    cycle_coverage.add_action(window, menus.audit)
    action_icons.apply(window)
