"""The composer's follow-up tab: the auditee's root cause, correction and action, verification, closure."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from auditor_app.domain.records import FindingRecord
from auditor_app.domain.vocab import STATUS_LABELS, FindingStatus
from auditor_app.ui.findings.composer_parts import text_box
from auditor_app.ui.i18n import vocab_label
from auditor_app.ui.stored_choice import select_stored


class OptionalDate(QWidget):
    """A date that may be left unset (a due date not agreed yet, a finding not closed yet)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.edit)
        box.addStretch(1)

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.check.isChecked() else None

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString((value or "")[:10], "yyyy-MM-dd")
        self.check.setChecked(date.isValid())
        if date.isValid():
            self.edit.setDate(date)


class FollowUpForm(QWidget):
    """What happens after the audit, as the client's corrective-action tracker records it."""

    TEXT_FIELDS = ("root_cause", "correction", "corrective_action")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_combo = QComboBox()
        for status in FindingStatus:
            self.status_combo.addItem(vocab_label(STATUS_LABELS[status.value]), status.value)
        self.root_cause = text_box(3, self.tr("Why did it happen? (the auditee's analysis)"))
        self.correction = text_box(2, self.tr("What was done about this case"))
        self.corrective_action = text_box(3, self.tr("What stops it happening again"))
        self.owner = QLineEdit()
        self.due = OptionalDate(self.tr("Agreed:"))
        self.verified_by = QLineEdit()
        self.closed = OptionalDate(self.tr("Closed:"))
        self.status_combo.activated.connect(self._status_chosen)
        form = QFormLayout(self)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Root cause:"), self.root_cause)
        form.addRow(self.tr("C&orrection:"), self.correction)
        form.addRow(self.tr("Corrective &action:"), self.corrective_action)
        form.addRow(self.tr("Action o&wner:"), self.owner)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("&Verified by:"), self.verified_by)
        form.addRow(self.tr("Closed on:"), self.closed)

    def set_record(self, f: FindingRecord) -> None:
        select_stored(self.status_combo, f.status or FindingStatus.OPEN.value, len(FindingStatus))
        self.root_cause.setPlainText(f.root_cause or "")
        self.correction.setPlainText(f.correction or "")
        self.corrective_action.setPlainText(f.corrective_action or "")
        self.owner.setText(f.action_owner or "")
        self.due.set_value(f.due_date)
        self.verified_by.setText(f.verified_by or "")
        self.closed.set_value(f.closed_at)

    def values(self) -> dict[str, str | None]:
        def text(value: str) -> str | None:
            return value.strip() or None

        return {"status": str(self.status_combo.currentData()), "root_cause": text(self.root_cause.toPlainText()),
                "correction": text(self.correction.toPlainText()),
                "corrective_action": text(self.corrective_action.toPlainText()),
                "action_owner": text(self.owner.text()),
                "due_date": self.due.value(), "verified_by": text(self.verified_by.text()),
                "closed_at": self.closed.value()}

    def _status_chosen(self, _row: int) -> None:
        # Closing a finding dates its closure; the auditor can still change the date.
        if self.status_combo.currentData() == FindingStatus.VERIFIED_CLOSED and self.closed.value() is None:
            self.closed.set_value(QDate.currentDate().toString("yyyy-MM-dd"))
