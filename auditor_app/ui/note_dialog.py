"""The small "Add note" dialog: what kind of note, and its text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from auditor_app.domain.vocab import NoteKind

NOTE_KIND_LABELS: dict[str, str] = {
    NoteKind.INTERVIEW: "Interview",
    NoteKind.OBSERVATION: "Observation on site",
    NoteKind.DOCUMENT: "Document review",
    NoteKind.SAMPLING: "Sampling",
    NoteKind.GENERAL: "General note",
}


def kind_label(kind: str | None) -> str:
    return NOTE_KIND_LABELS.get(kind or "", kind or "Note")


class NoteDialog(QDialog):
    def __init__(self, clause_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add note")
        self.setMinimumWidth(460)
        self.kind_combo = QComboBox()
        for kind, label in NOTE_KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("What was said, seen or read — facts, names, document numbers…")
        self.text_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add note")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        heading = QLabel(clause_label)
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow("&Text:", self.text_edit)
        form.addRow(self.buttons)
        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.text_edit.setFocus()

    def _update_ok(self) -> None:
        # An empty note is never what the auditor meant; refuse it here rather than store it.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text().strip()))

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def text(self) -> str:
        return self.text_edit.toPlainText()

    @classmethod
    def get_note(cls, clause_label: str, parent: QWidget | None = None) -> tuple[str, str] | None:
        """Ask for a note; (kind, text) or None when cancelled."""
        dialog = cls(clause_label, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.kind(), dialog.text().strip()
        finally:
            dialog.deleteLater()
