"""Copies that leave the open audit: a plain copy to keep or share, and hand-over copies for team members."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from auditor_app.errors import AuditorError
from auditor_app.services import audit, keys, merge, queries, team_keys
from auditor_app.ui import signing_dialogs
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.tasks import known

AUDIT_FILTER = QT_TRANSLATE_NOOP("copies", "Audit files (*.audit)")


def _ask_destination(parent: QWidget, title: str, suggestion: Path) -> Path | None:
    # The services never overwrite; a replace prompt from the dialog would promise what they refuse.
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), translate("copies", AUDIT_FILTER),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    return Path(name) if name.endswith(".audit") else Path(name + ".audit")


def save_copy(parent: QWidget, owner: OpenAudit) -> Path | None:
    """A verified copy for a USB stick, e-mail or the archive; the open file stays the one edited."""
    path = owner.path
    if path is None:
        return None
    suggestion = fill(translate("copies", "%1 (copy)"), path.stem) + ".audit"
    dest = _ask_destination(parent, translate("copies", "Save a copy"), path.with_name(suggestion))
    if dest is None or not owner.is_open or owner.busy:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = owner.read(audit.save_copy, dest)
    except AuditorError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, translate("copies", "Copy not saved"), str(exc))
        return None
    QApplication.restoreOverrideCursor()
    return saved


def hand_over(parent: QWidget, owner: OpenAudit) -> None:
    """A copy for one team member (same audit, its own replica), written off the UI thread by the owner."""
    path = owner.path
    if path is None:
        return
    members = [m.name for m in owner.read(queries.team) if m.name]
    title = translate("copies", "Hand over a copy")
    member, ok = QInputDialog.getItem(parent, title, translate("copies", "Team member who will work on the copy:"),
                                      members, 0, True)
    member = member.strip()
    if not ok or not member:
        return
    bound = _member_key(parent, title, member)
    if bound is None:
        return
    key_text, signer = bound
    dest = _ask_destination(parent, title, path.with_name(f"{path.stem} ({member}).audit"))
    if dest is None or not owner.is_open or owner.busy:
        return
    task = owner.run_exclusive(title, fill(translate("copies", "Writing and checking the copy for %1…"), member),
                               lambda session: merge.hand_over_copy(session, dest, member, member_key=key_text,
                                                                    signer=signer),
                               translate("copies", "The copy is being written; stopping half-way is not possible. "
                                                   "It ends in a moment."))
    task.succeeded.connect(lambda saved: QMessageBox.information(
        parent, translate("copies", "Hand-over copy saved"),
        fill(translate("copies", "The copy for %1 is saved as\n%2\n\n"
                                 "When %1 is done, merge the file back with File ▸ Merge team files…"), member, saved)))
    task.failed.connect(lambda exc: QMessageBox.warning(parent, translate("copies", "Copy not handed over"),
                                                        str(known(exc))))


def _member_key(parent: QWidget, title: str, member: str) -> tuple[str | None, keys.Signer | None] | None:
    """The member's public key text pasted by the lead, and the lead's unlocked key to bind it with; (None, None)
    for an unsigned copy; None when the user cancels."""
    text, ok = QInputDialog.getText(parent, title, fill(translate(
        "copies", "%1's public key (their “auditor-app key show” prints it), so that their copy signs every change "
                  "and merging checks it. Leave empty for an unsigned copy:"), member))
    if not ok:
        return None
    text = text.strip()
    if not text:
        return None, None
    try:
        team_keys.member_key(text)
    except AuditorError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    if keys.has_key():
        signer = signing_dialogs.unlock(parent, fill(translate(
            "copies", "Binding %1's key is signed with your own key. Its passphrase:"), member))
        return (text, signer) if signer is not None else None
    first = signing_dialogs.ask_passphrase(parent, translate(
        "copies", "You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):"))
    if first is None:
        return None
    if signing_dialogs.ask_passphrase(parent, translate("copies", "The same passphrase again:")) != first:
        QMessageBox.warning(parent, title, translate("copies", "The two passphrases differ; no key was made."))
        return None
    try:
        signer = keys.create(first)
    except AuditorError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    QMessageBox.information(parent, title, fill(translate(
        "copies", "Your signing key is made (fingerprint %1). It signs this audit as its lead from now on."),
        signer.fingerprint))
    return text, signer
