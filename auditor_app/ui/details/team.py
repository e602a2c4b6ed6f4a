"""The audit team: who audits, in which role, for which organisation; added, edited and removed undoably."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import TeamMember
from auditor_app.domain.vocab import TeamRole
from auditor_app.services import queries, team_members
from auditor_app.ui.details.commands import AddItems, EditFields, Host, RemoveItems
from auditor_app.ui.details.field_section import section_heading
from auditor_app.ui.details.layout import record_table
from auditor_app.ui.details.models import TeamModel, role_label
from auditor_app.ui.i18n import fill
from auditor_app.ui.stored_choice import select_stored


class TeamMemberDialog(QDialog):
    """Name, role, organisation and e-mail of one member; construct, fill, `accept()` (tests drive it so)."""

    def __init__(self, member: TeamMember | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit team member") if member else self.tr("Add team member"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(member.name or "" if member else "")
        self.role_combo = QComboBox()
        for role in TeamRole:
            self.role_combo.addItem(role_label(role.value), role.value)
        select_stored(self.role_combo, member.role if member else TeamRole.AUDITOR.value, len(TeamRole))
        self.organisation_edit = QLineEdit(member.organisation or "" if member else "")
        self.organisation_edit.setPlaceholderText(self.tr("Certification body or company"))
        self.email_edit = QLineEdit(member.email or "" if member else "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if member else self.tr("Add member"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        return {"name": " ".join(self.name_edit.text().split()), "role": self.role_combo.currentData(),
                "organisation": " ".join(self.organisation_edit.text().split()) or None,
                "email": self.email_edit.text().strip() or None}


class TeamSection(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = TeamModel(self)
        self.table = record_table(self.model, (240, 160, 240))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.clicked.connect(self.ask_add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_heading(self.tr("Audit team"), self.tr(
            "The lead auditor, auditors, technical experts and observers named in the report.")))
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        self.editable = True
        self._sync_buttons()

    def load(self) -> None:
        owner = self.host.audit
        self.model.set_members(owner.read(queries.team) if owner.is_open else [])
        self._sync_buttons()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        selected = bool(self.selected())
        self.add_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and selected)
        self.remove_button.setEnabled(self.editable and selected)

    def selected(self) -> list[TeamMember]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    # -- user actions -------------------------------------------------------------------------------------
    def ask_add(self) -> None:
        dialog = TeamMemberDialog(None, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.add_member(dialog.values())
        finally:
            dialog.deleteLater()

    def add_member(self, values: dict[str, Any]) -> None:
        command = self.host.push(lambda context: AddItems(
            context, "team_member", lambda tx: [team_members.add_team_member(tx, **values)],
            fill(self.tr("Add team member %1"), values["name"])))
        if isinstance(command, AddItems) and command.ids:
            self._select(command.ids[0])

    def edit_selected(self) -> None:
        selected = self.selected()
        if not selected or not self.editable:
            return
        member = selected[0]
        dialog = TeamMemberDialog(member, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.edit_member(member, dialog.values())
        finally:
            dialog.deleteLater()

    def edit_member(self, member: TeamMember, values: dict[str, Any]) -> None:
        new = {k: v for k, v in values.items() if getattr(member, k) != v}
        if new:
            old = {k: getattr(member, k) for k in new}
            self.host.push(lambda context: EditFields(context, "team_member", member.id, new, old,
                                                      fill(self.tr("Edit team member %1"), values["name"])))

    def remove_selected(self) -> None:
        selected = self.selected()
        if selected and self.editable:
            names = ", ".join(m.name or "" for m in selected)
            self.host.push(lambda context: RemoveItems(context, "team_member", [m.id for m in selected],
                                                       fill(self.tr("Remove team member %1"), names)))

    def _select(self, member_id: str | None) -> None:
        row = self.model.row_of(member_id) if member_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
