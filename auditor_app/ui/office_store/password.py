"""The office store's password, asked in a masked dialog, with "Remember in <the OS keyring>" where there is one."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from auditor_app.ui.i18n import fill


class StorePasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, where: str, note: str, keyring: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office store password"))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        label = QLabel(fill(self.tr("Your password at the %1:"), where))
        label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        # Offered only where the OS keeps it (services/store_passwords.py); never written to a file of ours.
        self.keep = QCheckBox(fill(self.tr("Remember in %1 (not asked again on this computer)"), keyring or ""))
        self.keep.setVisible(keyring is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, label, self.field, self.keep, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(600)


def ask(parent: QWidget | None, where: str, note: str, keyring: str | None) -> tuple[str, bool] | None:
    """The password typed and whether to remember it, or None when the user cancels."""
    dialog = StorePasswordDialog(parent, where, note, keyring)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.field.text(), dialog.keep.isChecked() and keyring is not None
    finally:
        dialog.deleteLater()
