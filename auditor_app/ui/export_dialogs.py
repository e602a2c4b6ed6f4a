"""The dialogs before a report export: choosing the profile and sections, then reviewing completeness gaps."""

from __future__ import annotations

from collections.abc import Callable

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

from auditor_app.exporters import wording
from auditor_app.services.completeness import Gap
from auditor_app.services.report_size import SizeEstimate
from auditor_app.services.reports import CERTIFICATION_SECTIONS, TemplateChoice
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, in_sentence, translate

# (key, label); labels are translated where they are shown (context "export_dialogs").
PROFILES = (("certification", QT_TRANSLATE_NOOP("export_dialogs", "Certification audit")),
            ("internal", QT_TRANSLATE_NOOP("export_dialogs", "Internal audit")),
            ("gap", QT_TRANSLATE_NOOP("export_dialogs", "Gap analysis")))
SECTIONS = (("cover", QT_TRANSLATE_NOOP("export_dialogs", "Cover page")),
            ("contents", QT_TRANSLATE_NOOP("export_dialogs", "Contents")),
            ("details", QT_TRANSLATE_NOOP("export_dialogs", "Audit details")),
            ("summary", QT_TRANSLATE_NOOP("export_dialogs", "Summary")),
            ("stage1", QT_TRANSLATE_NOOP("export_dialogs", "Stage 1 conclusions")),
            ("diverging", QT_TRANSLATE_NOOP("export_dialogs", "Diverging opinions")),
            ("disclaimer", QT_TRANSLATE_NOOP("export_dialogs", "Disclaimer")),
            ("previous", QT_TRANSLATE_NOOP("export_dialogs", "Previous findings")),
            ("statistics", QT_TRANSLATE_NOOP("export_dialogs", "Statistics")),
            ("findings", QT_TRANSLATE_NOOP("export_dialogs", "Findings")),
            ("coverage", QT_TRANSLATE_NOOP("export_dialogs", "Clause coverage")),
            ("cycle", QT_TRANSLATE_NOOP("export_dialogs", "Coverage over the cycle")),
            ("notes", QT_TRANSLATE_NOOP("export_dialogs", "Audit notes")),
            ("interviews", QT_TRANSLATE_NOOP("export_dialogs", "Interviews")),
            ("meetings", QT_TRANSLATE_NOOP("export_dialogs", "Meetings")),
            ("plan", QT_TRANSLATE_NOOP("export_dialogs", "Audit plan")),
            ("audit_time", QT_TRANSLATE_NOOP("export_dialogs", "Audit time")),
            ("evidence", QT_TRANSLATE_NOOP("export_dialogs", "Evidence index")))
PHOTO_SIZES = (("print", QT_TRANSLATE_NOOP("export_dialogs", "Print: full quality")),
               ("email", QT_TRANSLATE_NOOP("export_dialogs", "E-mail: smaller photos, sharp on screen")),
               ("compact", QT_TRANSLATE_NOOP("export_dialogs", "Compact: smallest file")))
ERROR_COLOR = QColor("#b3261e")
Estimator = Callable[[str, "set[str] | None"], "SizeEstimate | None"]  # None: no estimate (the audit cannot be read)


class ProfileDialog(QDialog):
    """Which report: the profile, and for a PDF the sections it contains (all by default) and the photos' size, with
    the file's estimated size when `estimate` is given."""

    def __init__(self, parent: QWidget | None, kind: str, estimate: Estimator | None = None,
                 template: TemplateChoice | None = None) -> None:
        super().__init__(parent)
        titles = {"pdf": self.tr("Export report (PDF)"), "docx": self.tr("Export report (Word)")}
        self.setWindowTitle(titles.get(kind) or self.tr("Export workbook (Excel)"))
        self.profile_combo = QComboBox()
        for key, label in PROFILES:
            self.profile_combo.addItem(translate("export_dialogs", label), key)
        form = QFormLayout()
        form.addRow(self.tr("&Profile:"), self.profile_combo)
        # The report's language: by default the audit's; a second one makes the report bilingual.
        self.language_combo, self.second_combo = QComboBox(), QComboBox()
        self.language_combo.addItem(self.tr("The audit's language"), None)
        self.second_combo.addItem(self.tr("None"), None)
        for code, name in wording.LANGUAGES.items():
            self.language_combo.addItem(name, code)
            self.second_combo.addItem(name, code)
        form.addRow(self.tr("Report &language:"), self.language_combo)
        form.addRow(self.tr("&Second language:"), self.second_combo)
        self.template_label = QLabel(template_text(template) if template is not None else "")
        self.template_label.setWordWrap(True)
        if template is not None:  # which template the Word report is filled into: chosen on the Audit page
            form.addRow(self.tr("Template:"), self.template_label)
            self.setMinimumWidth(480)
        self.size_combo = QComboBox()
        self.size_label = QLabel()
        self._estimate = estimate
        self._estimates: dict[tuple[str, bool], SizeEstimate | None] = {}
        if kind == "pdf":
            for key, label in PHOTO_SIZES:
                self.size_combo.addItem(translate("export_dialogs", label), key)
            form.addRow(self.tr("P&hoto size:"), self.size_combo)
            form.addRow("", self.size_label)
            self.size_combo.currentIndexChanged.connect(self._show_estimate)
        box = QVBoxLayout(self)
        box.addLayout(form)
        self.section_boxes: dict[str, QCheckBox] = {}
        if kind == "pdf":
            group = QGroupBox(self.tr("Sections"))
            grid = QGridLayout(group)
            half = (len(SECTIONS) + 1) // 2
            for i, (key, label) in enumerate(SECTIONS):
                check = QCheckBox(translate("export_dialogs", label))
                check.setChecked(True)
                check.toggled.connect(self._sync)
                self.section_boxes[key] = check
                grid.addWidget(check, i % half, i // half)
            box.addWidget(group)
            self.profile_combo.currentIndexChanged.connect(self._require_sections)
            self._require_sections()
            self.section_boxes["findings"].toggled.connect(self._show_estimate)  # photos are in the findings
            self._show_estimate()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)

    def _require_sections(self) -> None:
        """A certification report carries what ISO/IEC 17021-1 9.4.8 requires: those sections stay ticked."""
        required = self.profile == "certification"
        for key in CERTIFICATION_SECTIONS:
            check = self.section_boxes[key]
            if required:
                check.setChecked(True)
            check.setEnabled(not required)
            check.setToolTip(self.tr("Required in a certification report (ISO/IEC 17021-1 9.4.8)") if required
                             else "")

    def _sync(self) -> None:
        self.ok_button.setEnabled(bool(self.sections()))

    def _show_estimate(self) -> None:
        """The file's estimated size for the chosen photo size (computed once per choice: it stats cache files)."""
        if self._estimate is None:
            return
        sections = self.sections()
        key = (self.photo_size, sections is None or "findings" in sections)
        if key not in self._estimates:
            self._estimates[key] = self._estimate(self.photo_size, sections)
        found = self._estimates[key]
        if found is None:
            self.size_label.setText("")
            return
        text = fill(self.tr("Estimated size: about %1 MB (%2 photos)"), f"{max(found.bytes, 100_000) / 1e6:.1f}",
                    str(found.photos))
        self.size_label.setText(text)
        self.size_label.setToolTip(fill(self.tr("%1 of %2 photos measured from copies already made; the rest "
                                                "estimated from typical photos. Usually within 20 %."),
                                        str(found.measured), str(found.photos)))

    @property
    def language(self) -> str | None:
        return self.language_combo.currentData()  # type: ignore[no-any-return]

    @property
    def second_language(self) -> str | None:
        return self.second_combo.currentData()  # type: ignore[no-any-return]

    @property
    def photo_size(self) -> str:
        return str(self.size_combo.currentData() or "print")

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
        self.setWindowTitle(self.tr("Before exporting"))
        self.gaps = list(gaps)
        errors = sum(1 for g in gaps if g.severity == "error")
        if errors:
            text = fill(self.tr("The %1 report cannot be issued yet: complete what is shown in red.\n"
                                "Double-click an item to go to it."), in_sentence(profile_label))
        else:
            text = self.tr("Some things are missing; the report can still be exported.\n"
                           "Double-click an item to go to it.")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for gap in sorted(gaps, key=lambda g: g.severity != "error"):  # errors first, otherwise as found
            shown = self.tr("Error: %1") if gap.severity == "error" else self.tr("Warning: %1")
            item = QListWidgetItem(icons.get(gap.severity, icons["warning"]), fill(shown, gap.message))
            item.setData(Qt.ItemDataRole.UserRole, gap)
            item.setToolTip(where_to_fix(gap))
            if gap.severity == "error":
                item.setForeground(QBrush(ERROR_COLOR))
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(self._jump)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("Export anyway") if not errors else self.tr("Export"))
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


def template_text(choice: TemplateChoice) -> str:
    """Which Word template an export uses, as the window says it."""
    if choice.kind == "audit":
        return fill(translate("export_dialogs", "The audit's template “%1” (this computer's template library)"),
                    choice.name)
    if choice.kind in ("preferences", "given"):
        return fill(translate("export_dialogs", "The default template from the preferences (%1)"), choice.name)
    return translate("export_dialogs", "The built-in template")


def where_to_fix(gap: Gap) -> str:
    """Where the user completes what a gap reports, as a status-bar message."""
    # The gap's message comes from the completeness service and is shown as it is.
    if gap.entity_type == "conflict":
        return fill(translate("export_dialogs", "Decide the conflict in View ▸ Conflicts: %1"), gap.message)
    if gap.entity_type == "audit":
        return fill(translate("export_dialogs", "Fill in the audit details: %1"), gap.message)
    if gap.entity_type == "finding":
        return fill(translate("export_dialogs", "Complete the finding: %1"), gap.message)
    if gap.entity_type == "clause":
        return fill(translate("export_dialogs", "Audit the clause: %1"), gap.message)
    return gap.message
