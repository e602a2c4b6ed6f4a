"""The dialogs before a report export: choosing the profile and sections, then reviewing completeness gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from auditor_app.services.completeness import Gap

PROFILES = (("certification", "Certification audit"), ("internal", "Internal audit"), ("gap", "Gap analysis"))
SECTIONS = (("cover", "Cover page"), ("contents", "Contents"), ("details", "Audit details"),
            ("summary", "Summary"), ("diverging", "Diverging opinions"), ("disclaimer", "Disclaimer"),
            ("statistics", "Statistics"), ("findings", "Findings"), ("coverage", "Clause coverage"),
            ("notes", "Audit notes"), ("interviews", "Interviews"), ("meetings", "Meetings"),
            ("plan", "Audit plan"), ("evidence", "Evidence index"))
ERROR_COLOR = QColor("#b3261e")


class ProfileDialog(QDialog):
    """Which report: the profile, and for a PDF the sections it contains (all by default)."""

    def __init__(self, parent: QWidget | None, kind: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report (PDF)" if kind == "pdf" else "Export workbook (Excel)")
        self.profile_combo = QComboBox()
        for key, label in PROFILES:
            self.profile_combo.addItem(label, key)
        form = QFormLayout()
        form.addRow("&Profile:", self.profile_combo)
        box = QVBoxLayout(self)
        box.addLayout(form)
        self.section_boxes: dict[str, QCheckBox] = {}
        if kind == "pdf":
            group = QGroupBox("Sections")
            grid = QGridLayout(group)
            half = (len(SECTIONS) + 1) // 2
            for i, (key, label) in enumerate(SECTIONS):
                check = QCheckBox(label)
                check.setChecked(True)
                check.toggled.connect(self._sync)
                self.section_boxes[key] = check
                grid.addWidget(check, i % half, i // half)
            box.addWidget(group)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Continue…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.sections()))

    @property
    def profile(self) -> str:
        return str(self.profile_combo.currentData())

    def set_profile(self, profile: str) -> None:
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile))

    def sections(self) -> set[str] | None:
        """The chosen sections; None for a workbook, which has no choice of sections."""
        if not self.section_boxes:
            return None
        return {key for key, check in self.section_boxes.items() if check.isChecked()}


class CompletenessDialog(QDialog):
    """What the report still lacks: errors block the export, warnings can be accepted; double-click to go there."""

    jump_requested = Signal(object)  # the Gap double-clicked

    def __init__(self, parent: QWidget | None, gaps: list[Gap], profile_label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Before exporting")
        self.gaps = list(gaps)
        errors = sum(1 for g in gaps if g.severity == "error")
        if errors:
            text = (f"The {profile_label.lower()} report cannot be issued yet: complete what is shown in red.\n"
                    "Double-click an item to go to it.")
        else:
            text = "Some things are missing; the report can still be exported.\nDouble-click an item to go to it."
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for gap in sorted(gaps, key=lambda g: g.severity != "error"):  # errors first, otherwise as found
            prefix = "Error: " if gap.severity == "error" else "Warning: "
            item = QListWidgetItem(icons.get(gap.severity, icons["warning"]), prefix + gap.message)
            item.setData(Qt.ItemDataRole.UserRole, gap)
            item.setToolTip(where_to_fix(gap))
            if gap.severity == "error":
                item.setForeground(QBrush(ERROR_COLOR))
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(self._jump)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton("Export anyway" if not errors else "Export")
        self.export_button.setEnabled(not errors)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        box.addWidget(self.list)
        box.addWidget(self.buttons)
        (self.buttons.button(QDialogButtonBox.StandardButton.Cancel) if errors else self.export_button).setFocus()
        self.export_button.setDefault(not errors)
        self.resize(580, 320)

    def messages(self) -> list[str]:
        return [g.message for g in self._ordered()]

    def _ordered(self) -> list[Gap]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _jump(self, item: QListWidgetItem) -> None:
        self.reject()
        self.jump_requested.emit(item.data(Qt.ItemDataRole.UserRole))


def where_to_fix(gap: Gap) -> str:
    """Where the user completes what a gap reports, as a status-bar message."""
    if gap.message.startswith("A merge conflict"):
        return f"Decide the conflict in View ▸ Conflicts: {gap.message}"
    if gap.entity_type == "audit":
        return f"Fill in the audit details: {gap.message}"
    if gap.entity_type == "finding":
        return f"Complete the finding: {gap.message}"
    if gap.entity_type == "clause":
        return f"Audit the clause: {gap.message}"
    return gap.message
