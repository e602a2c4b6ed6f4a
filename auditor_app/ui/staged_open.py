"""Opening at start-up in two steps: the audit on screen at once, then the whole workspace around it."""

# The first step reads the clause tree through the sqlite3 driver alone (services/overview.py) into a window
# that has only its clause pane and page. Meanwhile a worker imports the services (SQLAlchemy takes 0.2 s), makes
# the session and checks the rest of the file; then the window gets its features and menus and takes the session.
# A clause picked in between is shown then. The file is opened, and everything after is done with it, on the
# database thread the open audit's owner starts for it (OpenAudit.open): the UI thread gets plain data only.

from __future__ import annotations

import importlib
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from auditor_app import paths
from auditor_app.errors import AuditorError
from auditor_app.services import overview
from auditor_app.ui import features
from auditor_app.ui.i18n import translate
from auditor_app.ui.tasks import Task, known

if TYPE_CHECKING:
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# What the rest of the workspace imports, loaded on the worker so the UI thread does not wait for it: importing
# defines classes and makes no widget, so it may run off the UI thread (widgets are made by complete_workspace).
# SQLAlchemy comes with the services (storage imports it): the UI does not name it.
PRELOAD = ("logging.handlers", "auditor_app.services.audit", "auditor_app.services.queries",
           "auditor_app.ui.clause_editing", "auditor_app.ui.commands", *features.MODULES)


def open_at_start(window: MainWindow, path: Path | None) -> None:
    """Open `path` (or the sample audit) in a window made with `staged=True`."""
    target = path if path is not None else paths.sample_audit()
    opened = window.audit.open(overview.open_quickly, target, owner=window.author, read_only=window.read_only) \
        if target.exists() else None
    if opened is None:  # anything but the plain case takes the careful path, which asks or explains
        window.complete_workspace()
        if path is not None:
            window.open_path(path)
        else:
            window.open_sample()
        return
    window.staged = StagedOpen(window, opened)
    window.show_opened(opened)


def _prepare(opened: overview.OpenedAudit, author: str) -> tuple[AuditSession, str | None]:
    """On the database thread: imports and the file only, never a widget."""
    for name in PRELOAD:
        importlib.import_module(name)
    from auditor_app.services import audit

    session = audit.session_for(opened, author)
    try:
        opened.file.verify_rest()
    except AuditorError as exc:  # shown once the window is complete; the audit is then closed
        return session, str(exc)
    return session, None


class StagedOpen(QObject):
    def __init__(self, window: MainWindow, opened: overview.OpenedAudit) -> None:
        super().__init__(window)
        self.window = window
        self.opened = opened
        self._abandoned = False
        # The task's thread waits while the database thread imports, makes the session and checks the file.
        self.task = Task(partial(window.audit.opening_call, _prepare, opened, window.author), self)
        self.task.succeeded.connect(self._ready)
        self.task.failed.connect(self._failed)
        self.task.start()

    def abandon(self) -> None:
        """The window closes before the session is ready: wait for the worker, then release the file."""
        self._abandoned = True
        self.task.wait()
        self.window.audit.give_up(self.opened.close)
        self.window.staged = None

    def _ready(self, result: Any) -> None:
        if self._abandoned:
            return
        self.window.complete_workspace()
        # The session is taken in a later turn of the event loop, so that input and paints waiting meanwhile are
        # handled between the two steps (each ~40-60 ms with the 5,000-note demo) rather than after both. A timer,
        # not a zero-delay call: those run before the loop looks at input again.
        QTimer.singleShot(1, partial(self._adopt, result))

    def _adopt(self, result: tuple[AuditSession, str | None]) -> None:
        if self._abandoned:
            return
        session, problem = result
        window = self.window
        if not window.audit.read_only_requested:
            # A copy that signs its changes needs its key unlocked here, on the UI thread, as File › Open does.
            from auditor_app.ui import opening
            try:
                session = opening.editable_or_read_only(window, window.audit, session)
            except AuditorError as exc:
                self._failed(exc)
                return
            if self._abandoned:  # the window was closed while the passphrase was asked
                window.audit.give_up(session.close)
                return
        window.staged = None
        current = window.panel.current_clause_id()  # picked while the session was being made
        if window.adopt(session, tree_shown=True):
            window.checked(problem)
            if current and window.audit.is_open:
                window.show_clause(current)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        if self._abandoned:
            return
        window = self.window
        window.audit.give_up(self.opened.close)
        window.staged = None
        window.complete_workspace()
        window.tree_model.set_clauses([], [], {})
        window.update_chrome()
        self.deleteLater()
        QMessageBox.critical(window, translate("opening", "Cannot open audit file"), str(known(exc)))
