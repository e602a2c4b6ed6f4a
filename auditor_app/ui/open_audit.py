"""The one owner of the open audit: its session, undo stack, reads, exclusive long work and change signals."""

# Every read and write of the open audit passes through this object and runs on the audit's one database thread
# (ui/db_thread.py): the file is opened there (`open`), and its connection, made with check_same_thread, is used
# only there until it is closed there (`close`, which then joins the thread). `read(fn, …)` calls `fn(session, …)`
# there while the UI thread waits (a read is small: the hop itself costs tens of microseconds); commands reach it
# through `command_context()`; long work gets the session as the argument of its callable and runs there too, its
# tasks.Task thread only waiting for it, so `busy` refuses reads meanwhile instead of queueing them behind it.
#
# Threads elsewhere do not touch this session: the search index is built from a snapshot read here first, the
# thumbnail pool decodes bytes read here, the new-audit wizards write other files (new-from-previous reads the
# previous audit from a verified copy of the file when it is the one open here, while its dialog is modal), and the
# annotation editor decodes pixels it was given. They use tasks.Task, except two that are not one-shot jobs with an
# outcome: the thumbnail pool (many tiny jobs, a QThreadPool) and the cross-walk's parse that warms the checklist
# library's cache (a daemon thread, so that closing the window never waits for it or destroys a running QThread).

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
from auditor_app.ui.db_thread import DbThread

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
        self._db: DbThread | None = None  # the open session's thread
        self._opening: DbThread | None = None  # the thread of a file opened and not yet adopted
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
    def open(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """`fn(*args, **kw)` (it opens a file) on a new database thread, which then belongs to what it opened until
        that is adopted or given up (`give_up`). A failure or None ends the thread at once."""
        if self._opening is not None:
            raise BugError("another audit is still being opened")
        db = DbThread()
        try:
            result = db.call(fn, *args, **kw)
        except BaseException:
            db.stop()
            raise
        if result is None:
            db.stop()
        else:
            self._opening = db
        return result

    def opening_call(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """`fn(*args, **kw)` on the thread of the file being opened (making its session, checking the rest)."""
        if self._opening is None:
            raise BugError("no audit is being opened")
        return self._opening.call(fn, *args, **kw)

    def give_up(self, close: Callable[[], Any]) -> None:
        """The file being opened is not adopted: `close()` releases it on its thread, which then ends."""
        db, self._opening = self._opening, None
        if db is not None:
            try:
                db.call(close)
            finally:
                db.stop()

    def adopt(self, session: AuditSession) -> None:
        """Make `session`, just opened by `open`, the open audit (the window has closed the previous one)."""
        if self._session is not None:
            raise BugError("an audit is already open")
        if self._opening is None:
            raise BugError("the session was not opened on a database thread")
        # Its key is unlocked before (opening.editable_or_read_only): asked later, it would be asked on the database
        # thread, where no dialog can be shown, and every edit would be refused with the key locked.
        if not session.file.read_only and session.signer is None and self._opening.call(session.bound_key):
            raise BugError("a copy that signs its changes is adopted with its key locked")
        self._session, self._db, self._opening = session, self._opening, None
        self._generation = next(_GENERATIONS)

    def close(self) -> None:
        """Release the file on its thread and end the thread; the undo stack's commands belong to it and go too."""
        self.wait()
        self.undo_stack.clear()
        session, self._session = self._session, None
        db, self._db = self._db, None
        self._generation = 0
        if db is not None:
            try:
                if session is not None:
                    db.call(session.close)
            finally:
                db.stop()

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
        """`fn(session, *args, **kw)` on the database thread, e.g. `audit.read(queries.clause, clause_id)`; what it
        raises is raised here."""
        session = self._require()
        assert self._db is not None
        return self._db.call(fn, session, *args, **kw)

    def command_context(self) -> CommandContext:
        from auditor_app.ui.commands import CommandContext
        session = self._require()
        assert self._db is not None
        return CommandContext(session, self.changed.emit, self._report, self._db.call)

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
        """`fn(session)` on the database thread behind a modal dialog, with the file to itself until it ends.

        `running_text` replaces `text` once Cancel was asked for after `fn` started (`stop` asks it to stop at
        its next safe point). A `job` whose `report` `fn` calls moves the dialog's bar; `prepare(task)` runs
        before the worker starts. With `bar`, the dialog is a progress dialog (exports, imports) whose Cancel
        always asks `stop`. The outcome handlers connected by the caller run once the file is free again.
        """
        session, db = self._session, self._db
        if session is None or db is None or self._task is not None:
            raise BugError("exclusive work needs an open audit that is not in use")

        def own(task: tasks.Task) -> None:
            self._task = task
            # Connected before the caller's handlers: they may reload the audit or start the next task.
            for signal in (task.succeeded, task.failed, task.cancelled):
                signal.connect(lambda *_: self._ended(task))
            self.busy_changed.emit(True)
            if prepare is not None:
                prepare(task)

        run = tasks.run_progress if bar else tasks.run_busy
        # The task's own thread only waits for the database thread, so its cancel-before-start and outcome signals
        # work as for any task.
        return run(self._parent, title, text, lambda: db.call(fn, session), running_text, stop, job, own)

    def _ended(self, task: tasks.Task) -> None:
        if self._task is task:  # else already ended by wait()
            self._task = None
            self.busy_changed.emit(False)

    def wait(self) -> None:
        """Block until exclusive work is done with the file (before it is closed, e.g. when the app quits); the
        file is then free, also before the work's outcome has been delivered (the closing backup reads it)."""
        task = self._task
        if task is not None:
            task.wait()
            self._ended(task)
