"""Copies that leave the open audit: a plain copy to keep or share, and hand-over copies for team members."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from auditor_app.errors import AuditorError
from auditor_app.services import age_seal, audit, keys, merge, package, queries, team_keys
from auditor_app.services.session import AuditSession
from auditor_app.ui import signing_dialogs
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.tasks import known

AUDIT_FILTER = QT_TRANSLATE_NOOP("copies", "Audit files (*.audit)")
PACKAGE_FILTER = QT_TRANSLATE_NOOP("copies", "Sealed packages (*.age)")


def _ask_destination(parent: QWidget, title: str, suggestion: Path, sealed: bool = False) -> Path | None:
    # The services never overwrite; a replace prompt from the dialog would promise what they refuse.
    suffix = ".age" if sealed else ".audit"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion.with_suffix(suffix)),
                                          translate("copies", PACKAGE_FILTER if sealed else AUDIT_FILTER),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    return Path(name) if name.endswith(suffix) else Path(name + suffix)


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
    seal = _seal(parent, title, member, key_text)
    if seal is None:
        return
    if seal.sealed is not None and signer is None:
        signer = _own_key(parent, title, fill(translate("copies", "The package for %1 is signed with your key. Its "
                                                                  "passphrase:"), member))
        if signer is None:
            return
    dest = _ask_destination(parent, title, path.with_name(f"{path.stem} ({member}).audit"), seal.sealed is not None)
    if dest is None or not owner.is_open or owner.busy:
        return

    def write(session: AuditSession) -> Path:
        def copy(to: Path) -> Path:
            return merge.hand_over_copy(session, to, member, member_key=key_text, signer=signer)

        if seal.sealed is None or signer is None:
            return copy(dest)
        return package.make(session, dest, seal.sealed, signer, for_whom=member, name=package.package_name(dest),
                            copy=copy).path

    task = owner.run_exclusive(title, fill(translate("copies", "Writing and checking the copy for %1…"), member),
                               write, translate("copies", "The copy is being written; stopping half-way is not "
                                                          "possible. It ends in a moment."))
    if seal.sealed is None:
        done = translate("copies", "The copy for %1 is saved as\n%2\n\n"
                                   "When %1 is done, merge the file back with File ▸ Merge team files…")
    else:
        done = translate("copies", "The sealed copy for %1 is saved as\n%2\n\nIt is encrypted and signed by you: "
                                   "%1 opens it with “auditor-app unpack” (or the standard age tool) and, when done, "
                                   "sends the audit file back to merge with File ▸ Merge team files…")
    task.succeeded.connect(lambda saved: QMessageBox.information(
        parent, translate("copies", "Hand-over copy saved"), fill(done, member, saved)))
    task.failed.connect(lambda exc: QMessageBox.warning(parent, translate("copies", "Copy not handed over"),
                                                        str(known(exc))))


@dataclass(frozen=True, slots=True)
class _Sealing:
    sealed: age_seal.Seal | None  # None: a plain audit file


def _seal(parent: QWidget, title: str, member: str, key_text: str | None) -> _Sealing | None:
    """Whether to seal the copy (encrypt), and to what; None when the user cancels."""
    choices = [translate("copies", "No: a plain audit file"), translate("copies", "Yes, with a passphrase")]
    if key_text is not None:
        choices.append(fill(translate("copies", "Yes, to %1's key"), member))
    choice, ok = QInputDialog.getItem(parent, title, translate(
        "copies", "Seal the copy (encrypt)? A sealed package is signed by you and opens only with the passphrase or "
                  "the member's key:"), choices, 0, False)
    if not ok:
        return None
    if key_text is not None and choice == choices[2]:
        return _Sealing(age_seal.Seal(recipients=(key_text,)))
    if choice != choices[1]:
        return _Sealing(None)
    label = fill(translate("copies", "Passphrase for %1's package (%2 characters or more; tell it to %1 another way "
                                     "than the file travels):"), member, age_seal.MIN_PASSPHRASE)
    typed = signing_dialogs.ask_twice(parent, title, label, translate(
        "copies", "The two passphrases differ; nothing was written."))
    if typed is None:
        return None
    try:
        return _Sealing(age_seal.Seal(passphrase=typed[0]))
    except AuditorError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None


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
    signer = _own_key(parent, title, fill(translate("copies", "Binding %1's key is signed with your own key. Its "
                                                              "passphrase:"), member))
    return (text, signer) if signer is not None else None


def _own_key(parent: QWidget, title: str, question: str) -> keys.Signer | None:
    """The lead's key, unlocked by its passphrase (`question`), or made now when there is none; None: cancelled."""
    if keys.has_key():
        return signing_dialogs.unlock(parent, question)
    typed = signing_dialogs.ask_twice(parent, title, translate(
        "copies", "You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):"),
        translate("copies", "The two passphrases differ; no key was made."), keeping=True)
    if typed is None:
        return None
    first, keeping = typed
    try:
        signer = keys.create(first)
    except AuditorError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    if keeping:
        signing_dialogs.keep(parent, signer, first)
    QMessageBox.information(parent, title, fill(translate(
        "copies", "Your signing key is made (fingerprint %1). It signs this audit as its lead from now on."),
        signer.fingerprint))
    return signer
