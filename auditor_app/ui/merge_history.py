"""View › Merge history: the team files merged into this audit, newest first, with whose work each brought."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor_app.services.merge_history import MergeRecord, merge_history
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill


class MergeHistoryDialog(QDialog):
    def __init__(self, records: list[MergeRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge history"))
        self.resize(900, 420)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(records), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Merged"), self.tr("File"), self.tr("Recorded by"),
                                              self.tr("Changes"), self.tr("Evidence files")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for row, record in enumerate(records):
            who = ", ".join(f"{name} ({count})" for name, count in record.authors) or self.tr("nothing new")
            cells = (record.merged_at, record.source, who, str(record.operations), str(record.evidence_files))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(record.source_path)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if records:
            self.summary.setText(fill(self.tr("%1 team file(s) merged into this audit; every change keeps its author."),
                                      len(records)))
        else:
            self.summary.setText(self.tr("No team file has been merged into this audit yet "
                                         "(File › Merge team files…)."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)


class MergeHistory(Feature):
    def add_actions(self, menus: Menus) -> None:
        self.action = menus.view.addAction(self.tr("&Merge history…"), self.show_history)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.action.setEnabled(has_audit)

    def show_history(self) -> MergeHistoryDialog | None:
        if not self.audit.is_open:
            return None
        dialog = MergeHistoryDialog(self.audit.read(merge_history), self.shell.parent_widget)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
