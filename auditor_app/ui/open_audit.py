"""The one owner of the open audit: its session, undo stack, reads, exclusive long work and change signals."""

# Every read and write of the open audit passes through this object, so that a later step can move all of them
# onto one database thread by changing only what is below, not its callers: `read(fn, …)` calls `fn(session, …)`,
# commands run through `command_context()`, and long work gets the session as the argument of its callable.
#
# Threads on the session: only `run_exclusive` starts one, behind its modal dialog, and while it runs nothing
# else may read or write (`busy`; `read` and `push` refuse). Threads elsewhere do not touch this session and so
# do not hold the file: the start-up worker makes the session before it is adopted here (ui/staged_open.py), the
# search index is built from a snapshot read here first, the thumbnail pool decodes bytes read here on the UI
# thread, the new-audit wizards write other files (new-from-previous reads the previous audit from a verified copy
# of the file when it is the one open here, while its dialog is modal), and the annotation editor decodes pixels it
# was given. They all use tasks.Task, except two that are not one-shot jobs with an outcome: the thumbnail pool
# (many tiny jobs, a QThreadPool) and the cross-walk's parse that warms the checklist library's cache (a daemon
# thread, so that closing the window never waits for it or destroys a running QThread).

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from auditor_app.errors import AuditorError, BugError
from auditor_app.ui import tasks

if TYPE_CHECKING:
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.commands import CommandContext

T = TypeVar("T")
Reader = Callable[..., Any]  # OpenAudit.read: fn(session, *args, **kw) -> what fn returns
_GENERATIONS = itertools.count(1)


class OpenAudit(QObject):
    changed = Signal(object)  # ChangeSet: a command (edit, undo, redo) touched these entities
    loaded = Signal()  # an audit was opened, reloaded after a merge, or closed
    busy_changed = Signal(bool)  # exclusive work started (True) or ended (False)

    def __init__(self, author: str, read_only: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent  # the window the modal progress dialogs belong to
        self._author = author
        self._read_only_requested = read_only
        self._session: AuditSession | None = None
        self._task: tasks.Task | None = None
        self._generation = 0
        self._report: Callable[[AuditorError], None] = lambda exc: None
        self.undo_stack = QUndoStack(self)

    # -- state ----------------------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def generation(self) -> int:
        """Changes whenever another audit (or none) is opened: work begun on one is not finished on another."""
        return self._generation

    @property
    def path(self) -> Path | None:
        return self._session.path if self._session is not None else None

    @property
    def read_only_requested(self) -> bool:
        return self._read_only_requested

    @property
    def read_only(self) -> bool:
        """Asked for on the command line, or the open file is a read-only copy of someone else's."""
        return self._read_only_requested or (self._session is not None and self._session.file.read_only)

    @property
    def read_only_reason(self) -> str:
        return (self._session.file.read_only_reason or "") if self._session is not None else ""

    @property
    def author(self) -> str:
        return self._author

    def set_author(self, name: str) -> None:
        """The name new operations carry, from now on (also for the audit open now)."""
        self._author = name
        if self._session is not None:
            self._session.author = name

    @property
    def busy(self) -> bool:
        """Exclusive work has the file: no read or write of the audit until it ends."""
        return self._task is not None

    @property
    def editable(self) -> bool:
        return self.is_open and not self.busy and not self.read_only

    # -- opening and closing (the window's) -----------------------------------------------------------------
    def adopt(self, session: AuditSession) -> None:
        """Make `session` the open audit (the window has closed the previous one)."""
        if self._session is not None:
            raise BugError("an audit is already open")
        self._session = session
        self._generation = next(_GENERATIONS)

    def close(self) -> None:
        """Release the file; the undo stack's commands belong to it and go too."""
        self.wait()
        self.undo_stack.clear()
        session, self._session = self._session, None
        self._generation = 0
        if session is not None:
            session.close()

    def set_reporter(self, report: Callable[[AuditorError], None]) -> None:
        """Where a command's failure is shown (the window's message box)."""
        self._report = report

    # -- reads and writes ----------------------------------------------------------------------------------
    def _require(self) -> AuditSession:
        if self._session is None:
            raise BugError("no audit file is open")
        if self._task is not None:
            raise BugError("the audit file is in use by a long task")
        return self._session

    def read(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """`fn(session, *args, **kw)`, e.g. `audit.read(queries.clause, clause_id)`."""
        return fn(self._require(), *args, **kw)

    def command_context(self) -> CommandContext:
        from auditor_app.ui.commands import CommandContext
        return CommandContext(self._require(), self.changed.emit, self._report)

    def push(self, command: QUndoCommand) -> bool:
        """Run `command` on the undo stack; refused (False, nothing run) while read-only, busy or closed."""
        if not self.editable:
            return False
        self.undo_stack.push(command)
        return True

    # -- exclusive long work --------------------------------------------------------------------------------
    def run_exclusive(self, title: str, text: str, fn: Callable[[AuditSession], Any], running_text: str,
                      stop: Callable[[], None] | None = None, job: tasks.Job | None = None,
                      prepare: Callable[[tasks.Task], None] | None = None, *, bar: bool = False) -> tasks.Task:
        """`fn(session)` on a worker behind a modal dialog, with the file to itself until it ends.

        `running_text` replaces `text` once Cancel was asked for after `fn` started (`stop` asks it to stop at
        its next safe point). A `job` whose `report` `fn` calls moves the dialog's bar; `prepare(task)` runs
        before the worker starts. With `bar`, the dialog is a progress dialog (exports, imports) whose Cancel
        always asks `stop`. The outcome handlers connected by the caller run once the file is free again.
        """
        session = self._session
        if session is None or self._task is not None:
            raise BugError("exclusive work needs an open audit that is not in use")

        def own(task: tasks.Task) -> None:
            self._task = task
            # Connected before the caller's handlers: they may reload the audit or start the next task.
            for signal in (task.succeeded, task.failed, task.cancelled):
                signal.connect(self._ended)
            self.busy_changed.emit(True)
            if prepare is not None:
                prepare(task)

        run = tasks.run_progress if bar else tasks.run_busy
        return run(self._parent, title, text, lambda: fn(session), running_text, stop, job, own)

    def _ended(self) -> None:
        self._task = None
        self.busy_changed.emit(False)

    def wait(self) -> None:
        """Block until exclusive work is done with the file (before it is closed, e.g. when the app quits)."""
        if self._task is not None:
            self._task.wait()
