"""The audit's conclusions, objectives met, recommendation, diverging opinions and deviations from the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from auditor_app.domain.vocab import DECISION_LABELS, OBJECTIVES_MET_LABELS
from auditor_app.ui.details.commands import Host
from auditor_app.ui.details.field_section import FieldSection, form_group, section_heading
from auditor_app.ui.details.fields import ChoiceField, TextField
from auditor_app.ui.details.layout import scrolling
from auditor_app.ui.i18n import vocab_label


def _box(name: str, hint: str, lines: int) -> TextField:
    box = TextField(name)
    box.setPlaceholderText(hint)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ConclusionsSection(FieldSection):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        group, form = form_group(self.tr("Outcome"))
        met = [(None, self.tr("Not set"))] + [(k, vocab_label(v)) for k, v in OBJECTIVES_MET_LABELS.items()]
        self.add_field(form, ChoiceField("objectives_met", met), self.tr("O&bjectives met:")).setToolTip(self.tr(
            "Whether the audit objectives were fulfilled; if not fully, say why below (ISO/IEC 17021-1 9.4.8.2)"))
        self.add_field(form, _box("objectives_comment", self.tr("Why the objectives were not (fully) met, or a "
                                                                "comment"), 3), self.tr("E&xplanation:"))
        decisions = [(None, self.tr("Not set"))] + [(k, vocab_label(v)) for k, v in DECISION_LABELS.items()]
        self.add_field(form, ChoiceField("recommendation_decision", decisions), self.tr("Decisi&on:")).setToolTip(
            self.tr("The team's recommendation; certification cannot be recommended while a major nonconformity "
                    "is open"))
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
            self.add_field(form, _box(name, hint, lines), label)
        content = QWidget()
        content.setMaximumWidth(980)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(section_heading(self.tr("Conclusions"), self.tr(
            "Presented at the closing meeting and printed in the report. Saved when you leave a field.")))
        layout.addWidget(group)
        layout.addStretch(1)
        scrolling(self, content)
