"""The main window's menu bar: its own File and Edit actions, then every feature's, then the icons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from auditor_app.ui import action_icons
from auditor_app.ui.feature import Menus
from auditor_app.ui.i18n import translate

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow


def build(window: MainWindow) -> Menus:
    """Sets the window's own actions (open_action, undo_action, …) as it makes them."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.open_action = file_menu.addAction(translate("MainWindow", "&Open…"), QKeySequence.StandardKey.Open,
                                             window.choose_file)
    window.sample_action = file_menu.addAction(translate("MainWindow", "Open &sample audit"), window.open_sample)
    file_menu.addSeparator()
    window.save_copy_action = file_menu.addAction(translate("MainWindow", "Save a &copy…"), window.save_copy)
    file_menu.addSeparator()
    window.exports.add_actions(file_menu)
    file_menu.addSeparator()
    view_menu = QMenu(translate("MainWindow", "&View"), window)
    window.team.add_actions(file_menu, view_menu)
    file_menu.addSeparator()
    window.quit_action = file_menu.addAction(translate("MainWindow", "&Quit"), QKeySequence("Ctrl+Q"), window.close)
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
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
    window.menuBar().addMenu(view_menu)
    bar = window.menuBar()
    menus = Menus(file_menu, edit_menu, view_menu, bar.addMenu(translate("MainWindow", "&Audit")),
                  bar.addMenu(translate("MainWindow", "E&vidence")), bar.addMenu(translate("MainWindow", "&Help")))
    for feature in window.features:
        feature.add_actions(menus)
    action_icons.apply(window)
    return menus
