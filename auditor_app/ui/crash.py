"""Unexpected errors: logged with their traceback, shown in a dialog instead of printed on stderr."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from auditor_app import logsetup
from auditor_app.errors import BugError, KnownError
from auditor_app.ui.i18n import fill, translate

log = logging.getLogger("auditor_app.ui")
_showing = False


def crash_dialog(exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("crash", "auditor-app — unexpected error"))
    box.setText(fill(translate("crash", "Something went wrong inside auditor-app.\n\n%1\n\n"
                                        "Changes made before this error are saved in your audit file."),
                     f"{type(exc).__name__}: {exc}"))
    box.setInformativeText(fill(translate("crash", "The details were written to %1"), logsetup.log_file()))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, tb)))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: known problems get their one-line message, anything else the crash dialog."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    logsetup.setup()  # an error before the workspace is complete is written to the file all the same
    known = isinstance(exc, KnownError) and not isinstance(exc, BugError)
    if known:
        log.warning("unhandled known error: %s", exc)
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing:  # an error raised while the dialog is up is logged, not stacked in a second dialog
        return
    _showing = True
    try:
        if known:
            QMessageBox.warning(_active_window(), "auditor-app", str(exc))
        else:
            crash_dialog(exc, tb, _active_window()).exec()
    except Exception:
        log.exception("the crash dialog itself failed")
    finally:
        _showing = False


def install() -> None:
    logsetup.begin()  # the file itself is opened with the workspace (MainWindow.complete_workspace)
    sys.excepthook = handle_exception
