"""The opening and closing meetings: when and where, notes, the auditee's acknowledgement, and attendance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import Attendee, Meeting
from auditor_app.domain.vocab import MEETING_LABELS
from auditor_app.services import planning, queries
from auditor_app.ui.commands import CommandContext
from auditor_app.ui.details.commands import AddItems, EditFields, EditMeeting, Host, RemoveItems
from auditor_app.ui.details.field_section import FieldSection, form_group, section_heading
from auditor_app.ui.details.fields import DateField, LineField, TextField
from auditor_app.ui.details.layout import record_table
from auditor_app.ui.details.models import AttendeeModel, role_label
from auditor_app.ui.details.signoff_list import SignoffBox
from auditor_app.ui.i18n import fill, in_sentence, marked, vocab_label

# (name, organisation, role) of someone who may attend
Person = tuple[str, str | None, str | None]


class MeetingPanel(FieldSection):
    entity_type = "meeting"

    def __init__(self, host: Host, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.kind = kind
        self._meeting_id: str | None = None
        group, form = form_group(self.tr("Meeting"))
        self.add_field(form, DateField("held_at", with_time=True), self.tr("&Held at:"))
        self.add_field(form, LineField("location"), self.tr("&Location:"))
        for name, label, hint in (("notes", self.tr("&Notes:"), self.tr("Agenda points confirmed, questions")),
                                  ("acknowledgement", self.tr("Ac&knowledgement:"),
                                   self.tr("What the auditee's management acknowledged"))):
            box = TextField(name)
            box.setPlaceholderText(hint)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
            self.add_field(form, box, label)
        self.model = AttendeeModel(self)
        self.model.edit_requested.connect(self._edit_attendee)
        self.table = record_table(self.model, (70, 220, 240))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of an attendee, then Enter"))
        self.name_edit.returnPressed.connect(self.add_named)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_named)
        self.auditee_button = QPushButton(self.tr("Add the auditee people"))
        self.auditee_button.setToolTip(self.tr("Everyone recorded as interviewed or contacted at the client"))
        self.auditee_button.clicked.connect(self.add_auditee_people)
        self.team_button = QPushButton(self.tr("Add the audit team"))
        self.team_button.clicked.connect(self.add_team)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        for button in (self.add_button, self.auditee_button, self.team_button, self.remove_button):
            row.addWidget(button)
        attendance = QVBoxLayout()
        attendance.addWidget(self.count_label)
        attendance.addLayout(row)
        attendance.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(group)
        layout.addLayout(attendance, 1)
        # The auditee signs the closing meeting's attendance and the findings on the screen (issue 17).
        self.signoffs = SignoffBox(host) if kind == "closing" else None
        if self.signoffs is not None:
            layout.addWidget(self.signoffs, 1)
        self.align_labels()
        self._sync_buttons()

    def show_meeting(self, meeting: Meeting | None, attendees: Sequence[Attendee],
                     meeting_ids: set[str] | None = None) -> None:
        self._meeting_id = meeting.id if meeting is not None else None
        if self.signoffs is not None:
            self.signoffs.load(meeting_ids or set(), meeting)
        self.show_record(meeting)
        self.model.set_attendees(attendees)
        present = sum(1 for a in attendees if a.present)
        self.count_label.setText(fill(self.tr("<b>Attendance</b> — %1 of %2 present"), present, len(attendees))
                                 if attendees else self.tr("<b>Attendance</b>"))
        self._sync_buttons()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.model.set_editable(editable)
        self.name_edit.setEnabled(editable)
        if self.signoffs is not None:
            self.signoffs.set_editable(editable)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        for button in (self.add_button, self.auditee_button, self.team_button):
            button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    def _label(self) -> str:
        return in_sentence(vocab_label(MEETING_LABELS[self.kind])) if self.kind in MEETING_LABELS else marked(self.kind)

    def command(self, name: str, new: Any, old: Any, text: str) -> Callable[[CommandContext], QUndoCommand]:
        return lambda context: EditMeeting(context, self.kind, {name: new}, {name: old},
                                           f"{text} ({self._label()})")

    # -- attendance ---------------------------------------------------------------------------------------
    def add_named(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name and self.add_people([(name, None, None)]):
            self.name_edit.clear()

    def add_auditee_people(self) -> None:
        if self.host.audit.is_open:
            self.add_people([(p.name or "", p.organisation, p.role) for p in self.host.audit.read(queries.people)])

    def add_team(self) -> None:
        if self.host.audit.is_open:
            self.add_people([(m.name or "", m.organisation, role_label(m.role))
                             for m in self.host.audit.read(queries.team)])

    def add_people(self, people: Sequence[Person]) -> bool:
        """Add whoever is not on the list yet (by name); one undoable step for the whole group."""
        if not self.editable:
            return False
        listed = {(a.name or "").casefold() for a in self.model.records()}
        new = [p for p in people if p[0].strip() and p[0].casefold() not in listed]
        if not new:
            return True  # everyone is on the list already
        kind = self.kind
        if len(new) == 1:
            text = fill(self.tr("Add %1 to the %2"), new[0][0], self._label())
        else:
            text = fill(self.tr("Add %n attendees to the %1", "", len(new)), self._label())
        return self.host.push(lambda context: AddItems(
            context, "attendee", lambda tx: planning.add_attendees(tx, kind, new), text)) is not None

    def _edit_attendee(self, attendee_id: str, values: dict[str, Any]) -> None:
        row = self.model.row_of(attendee_id)
        if row < 0 or not self.editable:
            return
        record = self.model.record(row)
        old = {k: getattr(record, k) for k in values}
        if "present" in values:
            text = (self.tr("Mark %1 present") if values["present"] else self.tr("Mark %1 absent"))
        else:
            text = self.tr("Edit attendee %1")
        text = fill(text, record.name)
        self.host.push(lambda context: EditFields(context, "attendee", attendee_id, values, old, text))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows and self.editable:
            ids = [self.model.record(r).id for r in rows]
            text = self.tr("Remove %n attendee(s)", "", len(ids))
            self.host.push(lambda context: RemoveItems(context, "attendee", ids, text))


class MeetingsSection(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.tabs = QTabWidget()
        self.panels: dict[str, MeetingPanel] = {}
        for kind in ("opening", "closing"):
            panel = MeetingPanel(host, kind)
            self.panels[kind] = panel
            self.tabs.addTab(panel, vocab_label(MEETING_LABELS[kind]))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_heading(self.tr("Opening and closing meetings"), self.tr(
            "Attendance lists and what was agreed (ISO 19011 6.4.3 and 6.4.10).")))
        box.addWidget(self.tabs, 1)

    def load(self) -> None:
        owner = self.host.audit
        meetings, attendees = owner.read(queries.meetings) if owner.is_open else ([], [])
        self._show_unknown_kinds({m.kind for m in meetings if m.kind and m.kind not in MEETING_LABELS})
        for kind, panel in self.panels.items():
            # Copies merged from two team members may each have created the meeting: the first one's fields are
            # shown and edited, the attendance of all of them is listed, so nobody who signed in is hidden.
            of_kind = [m for m in meetings if m.kind == kind]
            ids = {m.id for m in of_kind}
            panel.show_meeting(of_kind[0] if of_kind else None, [a for a in attendees if a.meeting_id in ids], ids)

    def _show_unknown_kinds(self, kinds: set[str]) -> None:
        """A meeting of a kind this version does not know (a newer version's) gets a tab of its own, marked and
        read-only: shown as stored, never edited into an opening or closing meeting."""
        for kind in [k for k in self.panels if k not in MEETING_LABELS and k not in kinds]:
            panel = self.panels.pop(kind)
            self.tabs.removeTab(self.tabs.indexOf(panel))
            panel.deleteLater()
        for kind in sorted(kinds - set(self.panels)):
            panel = MeetingPanel(self.host, kind)
            self.panels[kind] = panel
            self.tabs.addTab(panel, marked(kind))
            panel.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        for kind, panel in self.panels.items():
            panel.set_editable(editable and kind in MEETING_LABELS)

    def commit_pending(self) -> None:
        for panel in self.panels.values():
            panel.commit_pending()
