"""The audit plan: a timetable of slots (day, time, process or area, clauses, auditor, auditee, location)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import PlanRow
from auditor_app.services import planning, queries
from auditor_app.ui.details.commands import AddItems, EditFields, Host, RemoveItems
from auditor_app.ui.details.delegates import PlanDelegate
from auditor_app.ui.details.field_section import section_heading
from auditor_app.ui.details.layout import record_table
from auditor_app.ui.details.models import PlanModel
from auditor_app.ui.i18n import fill

COLUMN_WIDTHS = (100, 60, 60, 260, 130, 160, 160)


def next_slot(rows: list[PlanRow], audit_start: str | None) -> dict[str, Any]:
    """A new row follows the last one (same day, starting when it ends), or opens the audit's first day."""
    if not rows:
        return {"day": audit_start, "start": "09:00", "end": "10:00"}
    last = rows[-1]
    start = QTime.fromString(last.end or last.start or "", "HH:mm")
    if not start.isValid():
        return {"day": last.day}
    end = start.addSecs(3600) if start.hour() < 23 else QTime(23, 59)
    return {"day": last.day, "start": start.toString("HH:mm"), "end": end.toString("HH:mm")}


class PlanSection(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._team: list[str] = []
        self._audit_start: str | None = None
        self.model = PlanModel(self)
        self.model.edit_requested.connect(self._edit)
        self.table = record_table(self.model, COLUMN_WIDTHS)
        self.table.setItemDelegate(PlanDelegate(lambda: list(self._team), lambda: self._audit_start, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.add_button = QPushButton(self.tr("&Add slot"))
        self.add_button.setToolTip(self.tr("A new slot after the last one; double-click a cell to edit it"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_heading(self.tr("Audit plan"), self.tr(
            "The timetable agreed with the client, in order of day and start time. Double-click a cell to edit.")))
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        self.editable = True
        self._sync_buttons()

    def load(self) -> None:
        owner = self.host.audit
        self.model.set_rows(owner.read(queries.plan) if owner.is_open else [])
        self._sync_buttons()

    def set_team(self, names: list[str], audit_start: str | None) -> None:
        """Who the auditor editor offers, and the day a first row gets."""
        self._team = names
        self._audit_start = audit_start

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.model.set_editable(editable)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    # -- user actions -------------------------------------------------------------------------------------
    def _edit(self, row_id: str, values: dict[str, Any]) -> None:
        row = self.model.row_of(row_id)
        if row < 0 or not self.editable:
            return
        record = self.model.record(row)
        old = {k: getattr(record, k) for k in values}
        column = next(c for c in self.model.columns if c.field in values)
        self.host.push(lambda context: EditFields(context, "plan_row", row_id, values, old,
                                                  fill(self.tr("Change %1 in the audit plan"), column.title.lower())))

    def add_row(self) -> None:
        if not self.editable:
            return
        values = next_slot(self.model.records(), self._audit_start)
        command = self.host.push(lambda context: AddItems(context, "plan_row",
                                                          lambda tx: [planning.add_plan_row(tx, **values)],
                                                          self.tr("Add a slot to the audit plan")))
        if isinstance(command, AddItems) and command.ids:
            row = self.model.row_of(command.ids[0])
            if row >= 0:
                index = self.model.index(row, self.model.columns.index(
                    next(c for c in self.model.columns if c.field == "process")))
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.edit(index)  # the process or area is what a new slot needs first

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows or not self.editable:
            return
        ids = [self.model.record(r).id for r in rows]
        text = self.tr("Remove %n slot(s) from the audit plan", "", len(ids))
        self.host.push(lambda context: RemoveItems(context, "plan_row", ids, text))
