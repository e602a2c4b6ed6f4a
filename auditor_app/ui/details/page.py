"""The "Audit" workspace page: a list of sections (details, team, plan, meetings, conclusions) beside the section."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from auditor_app.domain.records import AuditDetails
from auditor_app.services import queries
from auditor_app.services.session import ChangeSet
from auditor_app.ui.details.audit_time import AuditTimeSection
from auditor_app.ui.details.commands import Host
from auditor_app.ui.details.conclusions import ConclusionsSection
from auditor_app.ui.details.form import DetailsForm
from auditor_app.ui.details.meetings import MeetingsSection
from auditor_app.ui.details.plan import PlanSection
from auditor_app.ui.details.team import TeamSection


class DetailsPage(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = DetailsForm(host)
        self.team = TeamSection(host)
        self.plan = PlanSection(host)
        self.audit_time = AuditTimeSection(host)
        self.meetings = MeetingsSection(host)
        self.conclusions = ConclusionsSection(host)
        self.sections = QListWidget()
        self.stack = QStackedWidget()
        for title, section in ((self.tr("Details"), self.form), (self.tr("Team"), self.team),
                               (self.tr("Audit plan"), self.plan), (self.tr("Audit time"), self.audit_time),
                               (self.tr("Meetings"), self.meetings),
                               (self.tr("Conclusions"), self.conclusions)):
            self.sections.addItem(title)
            self.stack.addWidget(section)
        self.sections.setFixedWidth(max(160, self.sections.sizeHintForColumn(0) + 40))
        self.sections.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(16)
        box.addWidget(self.sections)
        box.addWidget(self.stack, 1)

    def show_section(self, section: QWidget) -> None:
        self.sections.setCurrentRow(self.stack.indexOf(section))

    def load(self) -> None:
        """Everything from the audit again (opened, reloaded after a merge, closed, or an edit failed)."""
        self.team.load()
        self._details()
        self.plan.load()
        self.audit_time.load()
        self.meetings.load()

    def apply(self, change: ChangeSet) -> None:
        """Refresh the sections whose items a command (an edit, an undo, a redo) touched."""
        if change.ids("audit"):
            self._details()
        if change.ids("team_member"):
            self.team.load()
            self._plan_team()
        if change.ids("plan_row"):
            self.plan.load()
        if change.ids("meeting") or change.ids("attendee") or change.ids("signoff"):
            self.meetings.load()
        if any(change.ids(kind) for kind in ("time_record", "plan_row", "audit", "team_member")):
            self.audit_time.load()  # the summary sets the records against the plan and the planned days

    def _details(self) -> None:
        owner = self.host.audit
        details = owner.read(queries.details) if owner.is_open else AuditDetails(id="")
        self.form.show_details(details)
        self.conclusions.show_record(details)
        self._plan_team(details)

    def _plan_team(self, details: AuditDetails | None = None) -> None:
        """The auditors the plan offers (the team as listed) and the day a first slot gets (the start date)."""
        owner = self.host.audit
        start = (details or owner.read(queries.details)).start_date if owner.is_open else None
        self.plan.set_team([m.name for m in self.team.model.records() if m.name], start)

    def set_editable(self, editable: bool) -> None:
        for section in (self.form, self.team, self.plan, self.audit_time, self.meetings, self.conclusions):
            section.set_editable(editable)

    def commit_pending(self) -> None:
        """Store what is typed but not yet left, before the audit closes."""
        self.form.commit_pending()
        self.conclusions.commit_pending()
        self.meetings.commit_pending()
        self.audit_time.commit_pending()
