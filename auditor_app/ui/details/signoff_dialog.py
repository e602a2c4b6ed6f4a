"""The sign-off dialog the auditee's representative signs in: the statement, who signs, and the signature pad."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import grading
from auditor_app.domain.records import AuditDetails, FindingRecord, Meeting
from auditor_app.domain.vocab import SIGNOFF_KIND_LABELS
from auditor_app.ui.details.signature_pad import SignaturePad
from auditor_app.ui.grades import grade_label
from auditor_app.ui.i18n import fill, translate, vocab_label


def _day(meeting: Meeting | None) -> str:
    return ((meeting.held_at if meeting else None) or date.today().isoformat())[:10]


def attendance_statement(details: AuditDetails, meeting: Meeting | None) -> str:
    """What the representative confirms by signing the attendance, in the window's language."""
    text = fill(translate("SignoffDialog", "I attended the closing meeting of the audit “%1” of %2 on %3."),
                details.title or "", details.client or "", _day(meeting))
    if meeting is not None and meeting.location:
        text += "\n" + fill(translate("SignoffDialog", "Location: %1"), meeting.location)
    return text


def findings_statement(details: AuditDetails, meeting: Meeting | None, findings: Sequence[FindingRecord]) -> str:
    """The acknowledgement with every finding listed by ref and grade, so what was signed is on record."""
    scheme = grading.scheme(details.grading_scheme)
    head = fill(translate("SignoffDialog", "The findings of the audit “%1” of %2 were presented to me at the "
                                           "closing meeting on %3. I have understood them:"),
                details.title or "", details.client or "", _day(meeting))
    if not findings:
        return "\n".join((head, translate("SignoffDialog", "(no findings were raised)")))
    lines = []
    for finding in sorted(findings, key=lambda f: (f.ref or "", f.id)):
        first = " ".join((finding.statement or "").split())
        first = first if len(first) <= 160 else first[:159] + "…"
        lines.append(f"• {finding.ref or '?'} ({grade_label(scheme, finding.grade)}): {first}")
    return "\n".join([head, *lines])


class SignoffDialog(QDialog):
    """Construct with the statement and the prefilled signer, draw on `pad`, `accept()`; `values()` then."""

    def __init__(self, kind: str, statement: str, name: str = "", role: str = "", organisation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.statement = statement
        self.finding_refs: list[str] = []  # the findings the statement lists, recorded with the sign-off
        self.setWindowTitle(vocab_label(SIGNOFF_KIND_LABELS.get(kind, kind)))
        self.setMinimumSize(720, 600)
        self.resize(900, 720)  # a signature wants room: most of a laptop's screen, a tablet's in landscape
        intro = QLabel(self.tr("Please read the statement, check your name, and sign in the box below."))
        intro.setWordWrap(True)
        self.statement_view = QPlainTextEdit(statement)
        self.statement_view.setReadOnly(True)
        self.statement_view.setAccessibleName(self.tr("Statement"))
        self.statement_view.setFixedHeight(self.statement_view.fontMetrics().lineSpacing() * 7 + 16)
        self.name_edit = QLineEdit(name)
        self.role_edit = QLineEdit(role)
        self.organisation_edit = QLineEdit(organisation)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.statement_view)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Signature:")))
        box.addWidget(self.pad, 1)
        box.addLayout(bottom)
        self.name_edit.textChanged.connect(self._sync)
        self.pad.inked.connect(self._sync)
        self._sync()

    def _sync(self, *_: Any) -> None:
        self.sign_button.setEnabled(bool(self.name_edit.text().strip()) and self.pad.has_ink())

    def values(self) -> dict[str, Any]:
        """What the sign-off records: the signer, the statement as shown, and the drawing as a PNG."""
        return {"signer_name": " ".join(self.name_edit.text().split()),
                "signer_role": " ".join(self.role_edit.text().split()) or None,
                "organisation": " ".join(self.organisation_edit.text().split()) or None,
                "statement": self.statement, "finding_refs": list(self.finding_refs), "png": self.pad.png()}
