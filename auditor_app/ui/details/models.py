"""The tables of the Audit page: team members, the audit plan (timetable) and a meeting's attendance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditor_app.domain.records import Attendee, PlanRow, TeamMember
from auditor_app.domain.vocab import ROLE_LABELS, TeamRole
from auditor_app.ui.details.table_model import Column, RecordTableModel
from auditor_app.ui.i18n import translate, vocab_text

ROLE_ORDER = {role.value: rank for rank, role in enumerate(TeamRole)}



def role_label(role: str | None) -> str:
    return vocab_text(ROLE_LABELS, role)


class TeamModel(RecordTableModel):
    """The audit team, lead first; edited through the member dialog rather than in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("name", translate("AuditPage", "Name"), False),
                Column("role", translate("AuditPage", "Role"), False),
                Column("organisation", translate("AuditPage", "Organisation"), False),
                Column("email", translate("AuditPage", "E-mail"), False),
            ),
            parent,
        )

    def set_members(self, members: Sequence[TeamMember]) -> None:
        self.set_records(
            sorted(members, key=lambda m: (ROLE_ORDER.get(m.role or "", 99), (m.name or "").casefold(), m.id))
        )

    def display(self, record: Any, column: Column) -> str:
        if column.field == "role":
            return role_label(record.role)
        return super().display(record, column)


class PlanModel(RecordTableModel):
    """The timetable: one row per slot, sorted by day and start time, every cell editable in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("day", translate("AuditPage", "Day")),
                Column("start", translate("AuditPage", "Start")),
                Column("end", translate("AuditPage", "End")),
                Column("process", translate("AuditPage", "Process / area")),
                Column("clauses", translate("AuditPage", "Clauses")),
                Column("auditor", translate("AuditPage", "Auditor")),
                Column("auditee", translate("AuditPage", "Auditee")),
                Column("location", translate("AuditPage", "Location")),
            ),
            parent,
        )

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        # Unset days and times sort first, as new rows do until they are filled in.
        self.set_records(sorted(rows, key=lambda r: (r.day or "", r.start or "", r.id)))


class AttendeeModel(RecordTableModel):
    """Who attended a meeting (name, organisation, role) and whether they were present."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("present", translate("AuditPage", "Present"), check=True),
                Column("name", translate("AuditPage", "Name")),
                Column("organisation", translate("AuditPage", "Organisation")),
                Column("role", translate("AuditPage", "Role")),
            ),
            parent,
        )

    def set_attendees(self, attendees: Sequence[Attendee]) -> None:
        self.set_records(sorted(attendees, key=lambda a: ((a.name or "").casefold(), a.id)))

    def stored_value(self, column: Column, value: Any) -> Any:
        stored = super().stored_value(column, value)
        if column.field == "name" and stored is None:
            return ""  # refused by the service with a clear message: an attendee needs a name
        return stored
