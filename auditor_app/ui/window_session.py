"""The window's side of opening, loading, checking and closing an audit (the owner holds the file itself)."""

# Free functions of the window, as window_chrome and window_menus are: the window keeps the state (`_checked`,
# `staged`, the views) and its methods are one-line doors to these. The services are imported where they are
# used: at start-up the window shows the audit before they are loaded (ui/staged_open.py).

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from auditor_app.errors import AuditorError
from auditor_app.ui.i18n import translate

if TYPE_CHECKING:
    from auditor_app.services.overview import OpenedAudit
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.main_window import MainWindow


def open_path(window: MainWindow, path: Path) -> bool:
    """Open an audit file in place of the current one; problems are shown, never raised."""
    from auditor_app.ui import opening
    audit = window.audit
    if not window.complete or audit.busy or window.unpacking is not None:
        return False
    if path.suffix.lower() == ".age":
        return open_package(window, path)
    if audit.path is not None and path.resolve() == audit.path.resolve():
        return True  # already open here; opening it again would be refused by our own lock
    session = opening.open_session(window, audit, path)
    if session is None or not adopt(window, session):
        return False
    # The rest of the file is checked once the audit is on screen, before anything can be written.
    QTimer.singleShot(0, lambda: _finish_opening(window))
    return True


def open_package(window: MainWindow, path: Path) -> bool:
    """A sealed package: what opens it is asked, it is checked and unpacked off the UI thread, and the audit in it
    is then opened in place of the current one (which stays as it was when anything is refused)."""
    from auditor_app.ui import package_keys, unpacking
    opener = package_keys.opener(window, path)
    if opener is None:
        return False
    flow = unpacking.UnpackFlow(window, window.audit, path, opener)
    window.unpacking = flow

    def done(audit_file: Path | None) -> None:
        window.unpacking = None
        flow.deleteLater()
        if audit_file is not None:
            open_path(window, audit_file)

    flow.done.connect(done)
    flow.run()
    return True


def show_opened(window: MainWindow, opened: OpenedAudit) -> None:
    """Start-up: the audit on screen from its overview, before it is a session (ui/staged_open.py)."""
    view = opened.overview
    window.tree_model.set_clauses(view.checklists, view.clauses, view.note_counts, view.evidence_counts,
                                  view.finding_counts)
    window.findings_total = view.findings
    window.page.clear()
    window.page.set_read_only(window.read_only)
    window.show_stack()
    window.status_line.show_audit(view.details.title, view.details.client, opened.path, view.conflicts)


def adopt(window: MainWindow, session: AuditSession, tree_shown: bool = False) -> bool:
    """Make an opened audit the window's; False (the file closed, the user told why) if it cannot be read.
    With `tree_shown`, the clause tree already shows this file (start-up) and is kept as it is."""
    close_session(window)
    window.audit.adopt(session)
    window.stored_at = ""
    try:
        load(window, fill_tree=not tree_shown)
    except AuditorError as exc:
        close_session(window)
        QMessageBox.critical(window, translate("MainWindow", "Cannot open audit file"), str(exc))
        return False
    return True


def _finish_opening(window: MainWindow) -> None:
    from auditor_app.ui import opening
    if not window.audit.is_open:
        return
    if window.audit.busy:  # exclusive work has the session; its checks run when it is done
        QTimer.singleShot(200, lambda: _finish_opening(window))
        return
    checked(window, opening.finish_opening(window.audit))


def checked(window: MainWindow, problem: str | None) -> None:
    """The rest of the file has been checked: on damage the audit is closed and the user told why."""
    if not window.audit.is_open:
        return
    if problem is not None:
        close_session(window)
        window.tree_model.set_clauses([], [], Counter())
        window.page.clear()
        notify_loaded(window)
        window.update_chrome()
        QMessageBox.critical(window, translate("MainWindow", "Audit file damaged"), problem)
        return
    window._checked = True  # whole file verified: a backup of it may be taken when it is closed
    # What is loaded now lives as long as the audit is open: keeping it out of the cyclic collector's
    # full passes removes ~40 ms pauses (with 5,000 notes) from the middle of typing and clicking.
    gc.freeze()


def load(window: MainWindow, fill_tree: bool = True) -> None:
    from auditor_app.services import queries
    read = window.audit.read
    if fill_tree:
        window.tree_model.set_clauses(read(queries.checklists), read(queries.clauses), window.note_counts())
    window.set_people()
    window.findings_total = len(read(queries.findings))
    window.page.clear()
    window.page.set_read_only(window.read_only)
    notify_loaded(window)
    window.update_chrome()


def notify_loaded(window: MainWindow) -> None:
    window.show_stack()
    window.audit.loaded.emit()
    for feature in window.features:
        feature.audit_loaded()
    for feature in window.features:
        feature.clause_shown(window.page.clause_id)


def close_session(window: MainWindow) -> None:
    """Close the audit. A safety backup that is due is taken first, on the database thread behind a progress
    dialog (Cancel skips it; on a large file it takes seconds), while the window keeps painting."""
    from auditor_app.ui import opening
    audit = window.audit
    if window.staged is not None:  # closed during start-up: the file is released once its worker is done
        window.staged.abandon()
    if not window.complete:
        return
    audit.wait()  # a merge still running must end before its session is closed under it
    try:
        # Only a file verified whole since it was opened is backed up: a copy of damage protects nothing.
        if audit.is_open and window._checked and not window.read_only and opening.backup_due(audit):
            opening.backup_before_closing(audit)
    finally:  # even a bug in the backup (shown by the crash dialog) must not keep the file open
        window._checked = False
        was_open = audit.is_open
        audit.close()  # closes the file on its thread and joins it; clears the undo stack
        if was_open:
            window.page.clear()
            notify_loaded(window)


def close_audit(window: MainWindow) -> None:
    """File › Close: release the file and show the start page; nothing of the closed audit stays on screen."""
    if not window.audit.is_open or window.audit.busy:
        return
    close_session(window)
    window.tree_model.set_clauses([], [], Counter())
    window.update_chrome()
