"""Audit › Coverage over the cycle…: the menu entry and the dialog over the open audit's chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from auditor_app.ui.cycle_coverage_view import CycleDialog
from auditor_app.ui.i18n import translate

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow

# The dialog is in cycle_coverage_view (it takes a CycleCoverage from files or the office store alike).


def add_action(window: MainWindow, menu: QMenu) -> QAction:
    """The menu entry; usable while an audit is open and no worker holds it (checked as the menu opens)."""
    action = menu.addAction(translate("CycleCoverage", "Coverage over the &cycle…"), lambda: open_dialog(window))
    action.setToolTip(translate("CycleCoverage", "Which clauses, processes and sites each audit of the "
                                                 "certification cycle covered, and what is still uncovered"))
    menu.aboutToShow.connect(lambda: action.setEnabled(window.audit.is_open and not window.audit.busy))
    return action


def open_dialog(window: MainWindow) -> CycleDialog | None:
    from auditor_app.services import cycle_coverage

    if not window.audit.is_open or window.audit.busy:
        return None
    dialog = CycleDialog(window.audit.read(cycle_coverage.for_audit), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
