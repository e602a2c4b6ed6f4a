"""Copies that leave the open audit: a plain copy to keep or share, and hand-over copies for team members."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from auditor_app.errors import AuditorError
from auditor_app.services import audit, merge, queries
from auditor_app.services.session import AuditSession
from auditor_app.ui.tasks import Starter, known

AUDIT_FILTER = "Audit files (*.audit)"


def _ask_destination(parent: QWidget, title: str, suggestion: Path) -> Path | None:
    # The services never overwrite; a replace prompt from the dialog would promise what they refuse.
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), AUDIT_FILTER,
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    return Path(name) if name.endswith(".audit") else Path(name + ".audit")


def save_copy(parent: QWidget, session: AuditSession) -> Path | None:
    """A verified copy for a USB stick, e-mail or the archive; the open file stays the one edited."""
    dest = _ask_destination(parent, "Save a copy", session.path.with_name(f"{session.path.stem} (copy).audit"))
    if dest is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = audit.save_copy(session, dest)
    except AuditorError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "Copy not saved", str(exc))
        return None
    QApplication.restoreOverrideCursor()
    return saved


def hand_over(parent: QWidget, session: AuditSession, start: Starter) -> None:
    """A copy for one team member (same audit, its own replica), written off the UI thread via `start`."""
    members = [m.name for m in queries.team(session) if m.name]
    member, ok = QInputDialog.getItem(parent, "Hand over a copy", "Team member who will work on the copy:",
                                      members, 0, True)
    member = member.strip()
    if not ok or not member:
        return
    dest = _ask_destination(parent, "Hand over a copy", session.path.with_name(f"{session.path.stem} ({member}).audit"))
    if dest is None:
        return
    task = start("Hand over a copy", f"Writing and checking the copy for {member}…",
                 lambda: merge.hand_over_copy(session, dest, member),
                 "The copy is being written; stopping half-way is not possible. It ends in a moment.")
    task.succeeded.connect(lambda saved: QMessageBox.information(
        parent, "Hand-over copy saved", f"The copy for {member} is saved as\n{saved}\n\n"
        f"When {member} is done, merge the file back with File ▸ Merge team files…"))
    task.failed.connect(lambda exc: QMessageBox.warning(parent, "Copy not handed over", str(known(exc))))
