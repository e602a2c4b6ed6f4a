"""Edit ▸ Preferences…: your name and initials, the window's language, default grading, report branding, Word
template, photo sizes, the office store's address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import grading
from auditor_app.errors import AuditorError
from auditor_app.services import preferences
from auditor_app.services.preferences import Preferences
from auditor_app.ui.i18n import fill, grading_label
from auditor_app.ui.store_address import StoreAddressBox
from auditor_app.ui.template_library_box import TemplateLibraryBox

# Each language named in itself, so it can be found whatever language the window is in now.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "zh_CN": "简体中文"}
LOGO_BOX = (220, 80)  # preview size: the logo as large as it prints in a report header, near enough


def logo_problem(path: str) -> str:
    """Why this file cannot be the report logo ("" when it can)."""
    if not path:
        return ""
    if not Path(path).is_file():
        return fill(QCoreApplication.translate("PreferencesDialog", "The logo file is not there any more: %1"), path)
    reader = QImageReader(path)
    reader.setDecideFormatFromContent(True)  # what the file is, not what its name says
    if reader.read().isNull():
        return fill(QCoreApplication.translate("PreferencesDialog", "Not a picture that can be used: %1 (%2)"), path,
                    reader.errorString())
    return ""


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.original = prefs
        self.saved: Preferences | None = None  # set when OK has written the file

        self.name_edit = QLineEdit(prefs.author_name)
        self.name_edit.setPlaceholderText(self.tr("As it should appear on your changes and in reports"))
        self.initials_edit = QLineEdit(prefs.initials)
        self.initials_edit.setMaxLength(preferences.INITIALS_LIMIT)
        self.initials_edit.setMaximumWidth(120)
        self.name_edit.textChanged.connect(self._suggest_initials)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), "")
        for code in preferences.UI_LANGUAGES[1:]:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.ui_language)))
        self.scheme_combo = QComboBox()
        for key, scheme in grading.SCHEMES.items():
            self.scheme_combo.addItem(grading_label(scheme.label), key)
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(prefs.grading_scheme)))
        # Sized by a length, not by the longest scheme name: a long translated name would squeeze the row's
        # label out of the form (German: "Haupt-/Nebenabweichung (ISO/IEC 17021-1)"); the list shows it whole.
        self.scheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scheme_combo.setMinimumContentsLength(24)

        self.organisation_edit = QLineEdit(prefs.brand_organisation)
        self.organisation_edit.setPlaceholderText(self.tr("Your certification body or consultancy"))
        self.logo_path = prefs.brand_logo
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_BOX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setWordWrap(True)
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))

        self.template_path = prefs.report_template
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Choose…"))
        self.template_button.clicked.connect(self.choose_template)
        self.template_clear = QPushButton(self.tr("Built-in"))
        self.template_clear.clicked.connect(lambda: self.set_template(""))

        self.keep_check = QCheckBox(self.tr("Keep photos exactly as taken (largest files)"))
        self.keep_check.setChecked(prefs.photo_keep_original)
        self.long_edge_spin = QSpinBox()
        self.long_edge_spin.setRange(*preferences.LONG_EDGE_RANGE)
        self.long_edge_spin.setSingleStep(200)
        self.long_edge_spin.setSuffix(self.tr(" px"))
        self.long_edge_spin.setValue(prefs.photo_long_edge)
        self.quality_spin = QSpinBox()
        self.quality_spin.setRange(*preferences.QUALITY_RANGE)
        self.quality_spin.setSuffix(" %")
        self.quality_spin.setValue(prefs.photo_quality)
        self.keep_check.toggled.connect(self._sync_photos)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.set_logo(prefs.brand_logo)
        self.set_template(prefs.report_template)
        self._sync_photos()
        self.setMinimumWidth(560)

    def _layout(self) -> None:
        you = QGroupBox(self.tr("You"))
        you_form = QFormLayout(you)
        you_form.addRow(self.tr("&Name:"), self.name_edit)
        you_form.addRow(self.tr("&Initials:"), self.initials_edit)
        hint = QLabel(self.tr("Stamped on every change you make, so the audit trail shows who did what."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        you_form.addRow(hint)
        window = QGroupBox(self.tr("Window"))
        window_form = QFormLayout(window)
        window_form.addRow(self.tr("&Language:"), self.language_combo)
        language_hint = QLabel(self.tr("A new language takes effect at the next start."))
        language_hint.setWordWrap(True)
        language_hint.setEnabled(False)
        window_form.addRow(language_hint)
        audits = QGroupBox(self.tr("New audits"))
        QFormLayout(audits).addRow(self.tr("&Grading of findings:"), self.scheme_combo)
        branding = QGroupBox(self.tr("Report branding"))
        brand_form = QFormLayout(branding)
        brand_form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_clear)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        brand_form.addRow(self.tr("Logo:"), logo_row)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_clear)
        brand_form.addRow(self.tr("Default Word template:"), template_row)
        self.library_box = TemplateLibraryBox()
        photos = QGroupBox(self.tr("Photos added as evidence"))
        photo_form = QFormLayout(photos)
        photo_form.addRow(self.keep_check)
        photo_form.addRow(self.tr("Otherwise, longest &edge:"), self.long_edge_spin)
        photo_form.addRow(self.tr("JPEG &quality:"), self.quality_spin)
        self.store_box = StoreAddressBox(self.original.store_url)
        box = QVBoxLayout(self)
        for group in (you, window, audits, branding, self.library_box, photos, self.store_box):
            box.addWidget(group)
        box.addStretch(1)
        box.addWidget(self.buttons)

    def _suggest_initials(self, name: str) -> None:
        self.initials_edit.setPlaceholderText(preferences.suggest_initials(name))

    def _sync_photos(self) -> None:
        # Size and quality only apply to photos that are scaled down, i.e. when originals are not kept.
        scaled = not self.keep_check.isChecked()
        self.long_edge_spin.setEnabled(scaled)
        self.quality_spin.setEnabled(scaled)

    # -- the logo --------------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        start = str(Path(self.logo_path).parent) if self.logo_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Report logo"), start,
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if not name:
            return
        problem = logo_problem(name)
        if problem:
            QMessageBox.warning(self, self.tr("Logo not used"), problem)
            return
        self.set_logo(name)

    def set_logo(self, path: str) -> None:
        self.logo_path = path
        self.logo_clear.setEnabled(bool(path))
        problem = logo_problem(path)
        pixmap = QPixmap(path) if path and not problem else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(problem or self.tr("No logo"))
            self.logo_preview.setToolTip(path)
            return
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(int((LOGO_BOX[0] - 12) * ratio), int((LOGO_BOX[1] - 12) * ratio),
                               Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.logo_preview.setPixmap(scaled)
        self.logo_preview.setToolTip(path)

    # -- the Word template ------------------------------------------------------------------------------
    def choose_template(self) -> None:
        """A certification body's own .docx template, checked before it is taken (the error names the paragraph
        or the variable that is wrong)."""
        from auditor_app.services import reports

        start = str(Path(self.template_path).parent) if self.template_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Word report template"), start,
                                              self.tr("Word documents (*.docx)"))
        if not name:
            return
        try:
            reports.check_template(Path(name))
        except AuditorError as exc:
            QMessageBox.warning(self, self.tr("Template not used"), str(exc))
            return
        self.set_template(name)

    def set_template(self, path: str) -> None:
        self.template_path = path
        self.template_clear.setEnabled(bool(path))
        self.template_label.setText(path or self.tr("Built-in template (the PDF report's sections)"))
        self.template_label.setToolTip(path)

    # -- saving ----------------------------------------------------------------------------------------
    def preferences(self) -> Preferences:
        name = " ".join(self.name_edit.text().split())
        initials = self.initials_edit.text().strip() or preferences.suggest_initials(name)
        return Preferences(author_name=name, initials=initials, ui_language=str(self.language_combo.currentData()),
                           grading_scheme=str(self.scheme_combo.currentData()),
                           brand_organisation=" ".join(self.organisation_edit.text().split()),
                           brand_logo=self.logo_path, report_template=self.template_path,
                           photo_keep_original=self.keep_check.isChecked(),
                           photo_long_edge=self.long_edge_spin.value(), photo_quality=self.quality_spin.value(),
                           store_url=self.store_box.url)

    def accept(self) -> None:
        prefs = self.preferences()
        try:
            preferences.save(prefs)
        except AuditorError as exc:
            QMessageBox.warning(self, self.tr("Preferences not saved"), str(exc))
            return  # stay open: nothing typed is lost
        self.saved = prefs
        super().accept()
