"""Opening an audit file the careful way: risky locations, files someone else has open, deferred checks."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from auditor_app import paths
from auditor_app.errors import AuditorError, FileLocked, FileReadOnly
from auditor_app.services import audit, demo
from auditor_app.services.session import AuditSession
from auditor_app.ui import signing_dialogs
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.tasks import Job, Task, known

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("opening", "Cannot open audit file")


def open_session(parent: QWidget, owner: OpenAudit, path: Path) -> AuditSession | None:
    """An open session, or None after telling the user why not (never raises for bad files).

    The file is opened on a new database thread of `owner` (OpenAudit.open), which the session then keeps; the
    questions asked on the way are asked here, on the UI thread."""
    author, read_only = owner.author, owner.read_only_requested
    try:
        if not read_only:
            where = audit.where_is(path)
            if where.risky:
                chosen = _maybe_local_copy(parent, path, where.warning())
                if chosen is None:
                    return None
                path = chosen
        session = owner.open(audit.open_audit, path, author=author, read_only=read_only, verify=False)
        return session if session is None else editable_or_read_only(parent, owner, session)
    except FileLocked as exc:
        return _offer_read_only_copy(parent, owner, path, exc)
    except FileReadOnly as exc:
        return _open_read_only(parent, owner, path, exc.why)
    except AuditorError as exc:
        QMessageBox.critical(parent, translate("opening", TITLE), str(exc))
        return None


def editable_or_read_only(parent: QWidget, owner: OpenAudit, session: AuditSession) -> AuditSession:
    """`session`, being opened by `owner`, once the key it signs with is unlocked; else the file again read-only
    (the user cancelled, or the key is not theirs), marked why. Asked here, on the UI thread: the passphrase
    cannot be asked for on the database thread, where every edit would then be refused with the key locked.
    Raises AuditorError when the file cannot be opened again."""
    if session.file.read_only or signing_dialogs.unlock_for_editing(parent, owner, session):
        return session
    path = session.path
    owner.give_up(session.close)  # a copy that signs its changes, without its key: read, search and export only
    reopened = owner.open(audit.open_audit, path, author=owner.author, read_only=True, verify=False)
    reopened.file.read_only_reason = translate(
        "opening", "changes to it are signed with your key, which was not unlocked")
    return reopened


def _open_read_only(parent: QWidget, owner: OpenAudit, path: Path, why: str) -> AuditSession | None:
    """A file that cannot be written where it is opens read-only, marked, and the user is told why at once:
    otherwise the first edit would be the one that fails."""
    try:
        session = owner.open(audit.open_audit, path, author=owner.author, read_only=True, verify=False)
    except AuditorError as exc:
        QMessageBox.critical(parent, translate("opening", TITLE), str(exc))
        return None
    session.file.read_only_reason = why
    QMessageBox.information(parent, translate("opening", "Opened read-only"), fill(translate(
        "opening", "%1 is open read-only: %2.\n\nYou can read, search and export it. To edit it, save a copy "
        "(File ▸ Save a copy…) to a folder you can write to, and open the copy."), path.name, why))
    return session


def _maybe_local_copy(parent: QWidget, path: Path, warning: str) -> Path | None:
    # The warning itself comes from the service that recognised the place (removable, network, cloud folder).
    box = QMessageBox(QMessageBox.Icon.Warning, translate("opening", "Audit file in a risky place"), warning,
                      parent=parent)
    local = box.addButton(translate("opening", "Work on a local copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("opening", "Open it where it is"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(local)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel:
        return None
    if clicked is local:
        copy = audit.make_local_copy(path)
        QMessageBox.information(parent, translate("opening", "Local copy"), fill(translate(
            "opening", "You are now working on a local copy:\n%1\n\n"
            "Use File ▸ Save a copy… to put it back on the stick or share when you are done."), copy))
        return copy
    return path


def _offer_read_only_copy(parent: QWidget, owner: OpenAudit, path: Path, exc: FileLocked) -> AuditSession | None:
    answer = QMessageBox.question(
        parent, translate("opening", "Audit file in use"),
        fill(translate("opening", "%1 %2.\n\nOnly one program can edit an audit file at a time. "
                                  "Open a read-only copy to look at it?"), path.name, exc.reason),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        return owner.open(audit.open_read_only_copy, path, author=owner.author)
    except AuditorError as err:
        QMessageBox.critical(parent, translate("opening", TITLE), str(err))
        return None


def _verify_rest(session: AuditSession) -> None:
    session.file.verify_rest()


def finish_opening(owner: OpenAudit) -> str | None:
    """The check left for after the window shows: the log's quick_check. Returns a problem to show, or None.

    A damaged file must be closed by the caller.
    """
    try:
        owner.read(_verify_rest)
    except AuditorError as exc:
        return str(exc)
    return None


def backup_due(owner: OpenAudit) -> bool:
    try:
        return owner.read(audit.backup_due)
    except OSError as exc:  # the backup folder cannot be read: closing goes on without one
        log.warning("backup of %s not checked: %s", owner.path, exc)
        return False


def backup_before_closing(owner: OpenAudit) -> None:
    """The due safety backup on a worker behind a progress dialog (Cancel skips it); returns when it has ended,
    the window painting meanwhile. A failure is logged and never stops the closing; a bug is re-raised for the
    crash dialog once the caller has closed the file."""
    job = Job()
    loop = QEventLoop()
    outcome: list[BaseException] = []

    def failed(exc: BaseException) -> None:
        outcome.append(exc)
        loop.quit()

    def prepare(task: Task) -> None:  # connected before the worker starts: its end cannot arrive unseen
        task.succeeded.connect(loop.quit)
        task.cancelled.connect(loop.quit)
        task.failed.connect(failed)

    owner.run_exclusive(translate("opening", "Closing the audit"),
                        translate("opening", "Keeping a safety backup of the audit before closing it…"),
                        lambda session: audit.take_periodic_backup(session, progress=job.report,
                                                                   cancelled=job.is_cancelled),
                        translate("opening", "Stopping the backup…"), job.request_cancel, job=job, prepare=prepare)
    loop.exec()  # the task's end arrives through this loop (queued from the worker)
    job.deleteLater()
    if outcome and not isinstance(outcome[0], audit.BackupCancelled):
        log.warning("backup of %s not taken: %s", owner.path, known(outcome[0]))  # re-raises a bug


def sample(parent: QWidget) -> Path | None:
    """The sample audit, built on first use; None after telling the user why it cannot be made."""
    path = paths.sample_audit()
    if not path.exists():
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.build_demo(path).close()
        except AuditorError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(parent, translate("opening", "Cannot create the sample audit"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
    return path
