"""The audit's conclusions, recommendation, diverging opinions and deviations from the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from auditor_app.ui.details.commands import Host
from auditor_app.ui.details.field_section import FieldSection, form_group, section_heading
from auditor_app.ui.details.fields import TextField
from auditor_app.ui.details.layout import scrolling


class ConclusionsSection(FieldSection):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        group, form = form_group(self.tr("Outcome"))
        for name, label, hint, lines in (
            ("conclusions", self.tr("&Conclusions:"),
             self.tr("Whether the management system conforms and is effective, against the audit objectives"), 8),
            ("recommendation", self.tr("&Recommendation:"),
             self.tr("e.g. recommended for certification subject to accepted corrective action plans"), 4),
            ("diverging_opinions", self.tr("&Diverging opinions:"),
             self.tr("Opinions of the auditee and the team that remained unresolved (ISO 19011 6.4.10)"), 4),
            ("plan_deviations", self.tr("&Plan deviations:"),
             self.tr("Changes to the audit plan, areas not covered, obstacles met"), 4),
        ):
            box = TextField(name)
            box.setPlaceholderText(hint)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
            self.add_field(form, box, label)
        content = QWidget()
        content.setMaximumWidth(980)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(section_heading(self.tr("Conclusions"), self.tr(
            "Presented at the closing meeting and printed in the report. Saved when you leave a field.")))
        layout.addWidget(group)
        layout.addStretch(1)
        scrolling(self, content)
