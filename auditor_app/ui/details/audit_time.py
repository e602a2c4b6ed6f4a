"""The audit time (IAF MD 5): the auditor-days of the application review, time records, planned against actual."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.time_summary import TimeSummary, auditor_days, days_text, hours
from auditor_app.errors import InputError
from auditor_app.services import audit_time, queries
from auditor_app.ui.details.commands import AddItems, EditFields, Host, RemoveItems
from auditor_app.ui.details.delegates import PlanDelegate
from auditor_app.ui.details.field_section import section_heading
from auditor_app.ui.details.layout import record_table
from auditor_app.ui.details.time_models import TimeRecordModel, TimeSummaryModel
from auditor_app.ui.i18n import fill, in_sentence

RECORD_WIDTHS = (100, 180, 110, 70, 240)
SUMMARY_WIDTHS = (100, 220, 80, 80, 80, 80, 90)


class AuditTimeSection(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.editable = True
        self._team: list[str] = []
        self._start: str | None = None
        self._stored_days: str | None = None
        self.planned_days = QLineEdit()
        self.planned_days.setPlaceholderText(self.tr("e.g. 4.5"))
        self.planned_days.setMaximumWidth(140)
        self.planned_days.setToolTip(self.tr("The audit time set at the application review, in auditor-days "
                                             "(8 hours each, IAF MD 5)"))
        self.planned_days.editingFinished.connect(self._days_left)
        self.model = TimeRecordModel(self)
        self.model.edit_requested.connect(self._edit)
        self.table = record_table(self.model, RECORD_WIDTHS)
        self.table.setItemDelegate(PlanDelegate(lambda: list(self._team), lambda: self._start, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.add_button = QPushButton(self.tr("&Add time"))
        self.add_button.setToolTip(self.tr("A day of time for you; double-click a cell to change it"))
        self.add_button.clicked.connect(self.add_record)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.summary_model = TimeSummaryModel(self)
        self.summary_table = QTableView()
        self.summary_table.setModel(self.summary_model)
        self.summary_table.verticalHeader().setVisible(False)
        self.summary_table.setAlternatingRowColors(True)
        for column, width in enumerate(SUMMARY_WIDTHS):
            self.summary_table.setColumnWidth(column, width)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Audit time from the application review (auditor-days):"), self.planned_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_heading(self.tr("Audit time"), self.tr(
            "The time each auditor spent, on site and off site, against the audit plan and the audit time of the "
            "application review (IAF MD 5; one auditor-day is 8 hours).")))
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("<b>Time records</b>")))
        box.addLayout(buttons)
        box.addWidget(self.table, 2)
        box.addWidget(QLabel(self.tr("<b>Planned and actual time per auditor and day</b>")))
        box.addWidget(self.summary_table, 3)
        box.addWidget(self.totals)
        self._sync_buttons()

    def load(self) -> None:
        read = self.host.audit.read
        if not self.host.audit.is_open:
            self.model.set_time_records([])
            self.summary_model.set_summary(TimeSummary())
            self._show_days(None)
            self.totals.clear()
            return
        details = read(queries.details)
        self._team = [m.name for m in read(queries.team) if m.name]
        self._start = details.start_date
        self.model.set_time_records(read(queries.time_records))
        summary = read(audit_time.summary, per_clause=False)  # the page shows no time per clause
        self.summary_model.set_summary(summary)
        self.totals.setText(self._totals(summary))
        self._show_days(details.planned_auditor_days)
        self._sync_buttons()

    def _show_days(self, stored: str | None) -> None:
        self._stored_days = stored
        if not self.planned_days.hasFocus():
            self.planned_days.setText(stored or "")

    def _totals(self, summary: TimeSummary) -> str:
        parts = [fill(self.tr("Planned in the audit plan: %1 auditor-days (%2 h)."),
                      days_text(auditor_days(summary.planned)), hours(summary.planned)),
                 fill(self.tr("Recorded: %1 auditor-days (%2 h), on site %3 h, off site %4 h."),
                      days_text(auditor_days(summary.actual)), hours(summary.actual), hours(summary.on_site),
                      hours(summary.off_site))]
        if summary.planned_auditor_days is not None:
            difference = auditor_days(summary.actual) - summary.planned_auditor_days
            parts.append(fill(self.tr("Against the application review: %1 auditor-days."),
                              ("+" if difference > 0.005 else "−" if difference < -0.005 else "")
                              + days_text(abs(difference))))
        if summary.rows_without_times:
            parts.append(self.tr("%n plan row(s) without usable times not counted.", "", summary.rows_without_times))
        return " ".join(parts)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.model.set_editable(editable)
        self.planned_days.setReadOnly(not editable)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    def commit_pending(self) -> None:
        if self.planned_days.hasFocus():
            self._days_left()

    # -- user actions -------------------------------------------------------------------------------------
    def _days_left(self) -> None:
        owner = self.host.audit
        if not owner.is_open or not self.editable:
            return
        text = self.planned_days.text().strip()
        if text == (self._stored_days or ""):
            return  # left unchanged (also a hand-edited value this version cannot read: not refused again)
        try:
            if audit_time.planned_days_text(text) == self._stored_days:
                self.planned_days.setText(self._stored_days or "")  # "4,50" for the stored "4.5": nothing to do
                return
        except InputError:
            pass  # the command reports it, naming the field, and the page shows what is stored again
        self.host.push(lambda context: EditFields(
            context, "audit", owner.read(lambda session: session.audit_id), {"planned_auditor_days": text or None},
            {"planned_auditor_days": self._stored_days}, self.tr("Change the planned auditor-days")))

    def _edit(self, record_id: str, values: dict[str, Any]) -> None:
        row = self.model.row_of(record_id)
        if row < 0 or not self.editable:
            return
        record = self.model.record(row)
        old = {k: getattr(record, k) for k in values}
        column = next(c for c in self.model.columns if c.field in values)
        text = fill(self.tr("Change %1 of a time record"), in_sentence(column.title))
        self.host.push(lambda context: EditFields(context, "time_record", record_id, values, old, text))

    def add_record(self) -> None:
        owner = self.host.audit
        if not owner.is_open or not self.editable:
            return
        records = self.model.records()
        author = owner.author if owner.author in self._team else (self._team[0] if self._team else owner.author)
        day = records[-1].day if records else (self._start or date.today().isoformat())
        command = self.host.push(lambda context: AddItems(
            context, "time_record", lambda tx: [audit_time.add_time_record(tx, auditor=author, day=day, minutes=480)],
            self.tr("Add a time record")))
        if isinstance(command, AddItems) and command.ids:
            row = self.model.row_of(command.ids[0])
            if row >= 0:
                index = self.model.index(row, 2)  # the minutes: what a new record most often needs changed
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows or not self.editable:
            return
        ids = [self.model.record(r).id for r in rows]
        self.host.push(lambda context: RemoveItems(context, "time_record", ids,
                                                   self.tr("Remove %n time record(s)", "", len(ids))))
