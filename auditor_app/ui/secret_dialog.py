"""A secret typed hidden, with "Remember in <the OS keyring>" below: the base of the passphrase and password dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class SecretDialog(QDialog):
    """`text` above the masked field, `note` (when given and not empty) above that, and the remember box with the
    text `keep` (hidden when None: there is no keyring to keep it in). Enter in the field is OK."""

    def __init__(self, parent: QWidget | None, title: str, text: str, keep: str | None,
                 note: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        self.note: QLabel | None = None
        if note is not None:
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            self.note.setVisible(bool(note))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(keep or "")
        self.keep.setVisible(keep is not None)
        self.offered = keep is not None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, label, self.field, self.keep, buttons):
            if widget is not None:
                layout.addWidget(widget)

    def answer(self) -> tuple[str, bool] | None:
        """Shows the dialog: the secret typed and whether to remember it, or None when the user cancels. The dialog is
        deleted afterwards (its field held the secret), so it is asked once."""
        try:
            if self.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.field.text(), self.keep.isChecked() and self.offered
        finally:
            self.deleteLater()
