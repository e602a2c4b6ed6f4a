"""The audit's details: engagement, scope and criteria, report; each field is stored when it is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from auditor_app.domain import grading
from auditor_app.domain.records import AuditDetails
from auditor_app.domain.vocab import AUDIT_TYPE_LABELS
from auditor_app.services import planning
from auditor_app.ui.details.commands import Host
from auditor_app.ui.details.field_section import FieldSection, form_group, section_heading
from auditor_app.ui.details.fields import ChoiceField, DateField, LineField, ListField, TextField
from auditor_app.ui.details.layout import scrolling
from auditor_app.ui.details.template_field import TemplateField
from auditor_app.ui.i18n import fill, grading_label, vocab_label


def _text_box(name: str, lines: int, placeholder: str = "") -> TextField:
    box = TextField(name)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class DetailsForm(FieldSection):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        engagement, form = form_group(self.tr("Engagement"))
        self.add_field(form, LineField("title"), self.tr("&Title:"))
        self.add_field(form, LineField("client"), self.tr("&Client:"))
        sites = ListField("sites")
        sites.setPlaceholderText(self.tr("One site per line: name and address"))
        sites.setFixedHeight(sites.fontMetrics().lineSpacing() * 3 + 14)
        self.add_field(form, sites, self.tr("&Sites:"))
        types = [(None, self.tr("Not set"))] + [(t.value, vocab_label(label)) for t, label in AUDIT_TYPE_LABELS.items()]
        self.add_field(form, ChoiceField("audit_type", types), self.tr("Audit t&ype:"))
        self.add_field(form, DateField("start_date"), self.tr("St&art date:"))
        self.add_field(form, DateField("end_date"), self.tr("&End date:"))
        self.add_field(form, LineField("client_representative"), self.tr("Client's re&presentative:")).setToolTip(
            self.tr("Who accompanied the audit for the client and received the report (ISO/IEC 17021-1 9.4.8)"))
        self.add_field(form, LineField("client_representative_role"), self.tr("Representat&ive's role:"))
        self.date_warning = QLabel(self.tr("The end date is before the start date."))
        self.date_warning.setStyleSheet("color: #c62828")
        self.date_warning.setVisible(False)
        form.addRow("", self.date_warning)
        scope, form = form_group(self.tr("Scope and criteria"))
        self.add_field(form, _text_box("scope", 3, self.tr("Activities, products, processes and sites covered")),
                       self.tr("Sc&ope:"))
        self.add_field(form, _text_box("objectives", 3), self.tr("&Objectives:"))
        self.add_field(form, _text_box("criteria", 3, self.tr("Standards, the client's documents, legal "
                                                              "requirements")), self.tr("C&riteria:"))
        self.add_field(form, _text_box("changes_since_last", 3, self.tr(
            "Significant changes since the last audit: scope, organisation, sites, processes")),
            self.tr("C&hanges since last audit:"))
        self.add_field(form, _text_box("certification_marks", 3, self.tr(
            "How the client uses certification marks and refers to its certification (surveillance)")),
            self.tr("Certification &marks:"))
        report, form = form_group(self.tr("Report"))
        language = self.add_field(form, LineField("language"), self.tr("&Language:"))
        language.setPlaceholderText(self.tr("e.g. en, de, zh"))
        self.add_field(form, LineField("confidentiality"), self.tr("Con&fidentiality:"))
        self.add_field(form, LineField("report_number"), self.tr("Report &number:"))
        self.add_field(form, LineField("report_revision"), self.tr("Report re&vision:"))
        for name, width in (("language", 14), ("confidentiality", 32), ("report_number", 24), ("report_revision", 8)):
            self.fields[name].setMaximumWidth(self.fontMetrics().averageCharWidth() * width + 16)
        schemes = [(s.key, grading_label(s.label)) for s in grading.SCHEMES.values()]
        scheme = self.add_field(form, ChoiceField("grading_scheme", schemes), self.tr("&Grading scheme:"))
        scheme.setToolTip(self.tr("How findings are graded; it can only change while no finding has a grade "
                                  "the new scheme lacks"))
        self.add_field(form, TemplateField(), self.tr("&Word report template:"))
        self._labels["report_template"] = self.tr("Report template")  # the undo text: "Change report template"
        self.fields["start_date"].committed.connect(self._check_dates)
        self.fields["end_date"].committed.connect(self._check_dates)
        self.align_labels()
        content = QWidget()
        content.setMaximumWidth(980)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 12, 0)
        box.setSpacing(14)
        box.addWidget(section_heading(self.tr("Audit details"), self.tr(
            "What the report's cover and introduction say. Changes are saved when you leave a field.")))
        for group in (engagement, scope, report):
            box.addWidget(group)
        box.addStretch(1)
        scrolling(self, content)

    def show_details(self, details: AuditDetails) -> None:
        self.show_record(details)
        self._check_dates()

    def _check_dates(self) -> None:
        start, end = self.fields["start_date"].value(), self.fields["end_date"].value()
        self.date_warning.setVisible(bool(start and end and end < start))

    def stored(self, name: str) -> Any:
        value = super().stored(name)
        if name == "grading_scheme" and value is None:
            return grading.DEFAULT.key  # what findings are graded with when the file names no scheme
        return value

    def accept(self, name: str, new: Any) -> bool:
        owner = self.host.audit
        if name != "grading_scheme" or not owner.is_open:
            return True
        outside = owner.read(planning.findings_outside_scheme, str(new))
        if not outside:
            return True
        listed = "\n".join(f"• {ref} ({grade})" for ref, grade in outside[:10])
        more = "\n…" if len(outside) > 10 else ""
        QMessageBox.warning(self, self.tr("Grading scheme not changed"), fill(self.tr(
            "%n finding(s) have grades that “%1” does not have:\n%2\n\n"
            "Regrade or delete these findings first, then choose the scheme again.", "", len(outside)),
            grading_label(grading.SCHEMES[str(new)].label), listed + more))
        return False
