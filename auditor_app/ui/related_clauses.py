"""The clause page's "Also relevant to" tab: the corresponding clauses of the audit's other standards."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from auditor_app.domain.records import ClauseRecord
from auditor_app.services import library, queries
from auditor_app.services.session import ChangeSet
from auditor_app.ui.feature import Feature
from auditor_app.ui.i18n import fill
from auditor_app.ui.icons import result_icon, result_label

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

ClauseIdRole = Qt.ItemDataRole.UserRole + 1


class RelatedClausesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("In an integrated audit, evidence for this clause often also answers these "
                                   "clauses of the other standards (cross-walk). Double-click to go there."))
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)

    def show_related(self, related: list[ClauseRecord], standards: dict[str, str]) -> None:
        self.list.clear()
        for record in related:
            text = fill(self.tr("%1 %2 — %3 · %4"), standards.get(record.checklist_key or "", ""), record.number or "",
                        record.title or "", result_label(record.result))
            item = QListWidgetItem(result_icon(record.result), text)
            item.setData(ClauseIdRole, record.id)
            self.list.addItem(item)
        if not related:
            item = QListWidgetItem(self.tr("No corresponding clause in the other standards loaded in this audit."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)


class RelatedClauses(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.tab = RelatedClausesTab()
        self.shell.page.add_tab(self.tab, self.tr("Also relevant to"))
        self.tab.list.itemActivated.connect(self._go)
        self._standards: dict[str, str] = {}

    def audit_loaded(self) -> None:
        # Parsing the cross-walk takes ~50 ms: done beside the event loop, not on the first selection, and a
        # moment after opening, so that it does not compete with the first paint for the interpreter.
        QTimer.singleShot(800, lambda: threading.Thread(target=library.crosswalk, name="crosswalk",
                                                        daemon=True).start())
        self._standards = {c.key or "": c.standard or c.title or c.key or ""
                           for c in self.audit.read(queries.checklists)} if self.audit.is_open else {}

    def clause_shown(self, clause_id: str | None) -> None:
        this = self.shell.page.record if clause_id else None
        # The tree holds every clause with its current result: no need to read the file on each selection.
        related = queries.related_among(self.shell.tree_model.clause_records(), this) if this else []
        self.tab.show_related(related, self._standards)
        label = fill(self.tr("Also relevant to (%1)"), len(related)) if related else self.tr("Also relevant to")
        self.shell.page.set_tab_title(self.tab, label)

    def changed(self, change: ChangeSet) -> None:
        shown = self.shell.page.clause_id
        if shown and change.ids("clause") - {shown}:  # the shown clause itself was redrawn by the window already
            self.clause_shown(shown)

    def _go(self, item: QListWidgetItem) -> None:
        clause_id = item.data(ClauseIdRole)
        if clause_id:
            self.shell.show_clauses()
            self.shell.select_clause(str(clause_id))
