"""Moving through the audit without the mouse: next/previous clause, next clause not yet audited, pages."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from auditor_app.domain.vocab import ClauseResult
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill


class Navigation(Feature):
    def add_actions(self, menus: Menus) -> None:
        view = menus.view
        view.addSeparator()
        self.next_action = view.addAction(self.tr("&Next clause"), QKeySequence("Alt+Down"), self.next_clause)
        self.previous_action = view.addAction(self.tr("&Previous clause"), QKeySequence("Alt+Up"),
                                              self.previous_clause)
        self.todo_action = view.addAction(self.tr("Next clause not yet &audited"), QKeySequence("Ctrl+J"),
                                          self.next_not_audited)
        view.addSeparator()
        self.page_actions = []
        for number in range(1, 10):
            action = view.addAction("", QKeySequence(f"Ctrl+{number}"), partial(self.show_page, number - 1))
            self.page_actions.append(action)
        self.shell.workspace.currentChanged.connect(lambda _index: self._name_pages())
        self._name_pages()

    def _visible_pages(self) -> list[int]:
        """The tabs shown (a page such as Stage 1 is there only for the audits it concerns)."""
        tabs = self.shell.workspace
        return [n for n in range(tabs.count()) if tabs.isTabVisible(n)]

    def _name_pages(self) -> None:
        tabs, shown = self.shell.workspace, self._visible_pages()
        for number, action in enumerate(self.page_actions):
            action.setVisible(number < len(shown))
            if number < len(shown):
                action.setText(fill(self.tr("Show %1"), tabs.tabText(shown[number]).replace("&", "")))

    def show_page(self, number: int) -> None:
        tabs, shown = self.shell.workspace, self._visible_pages()
        if 0 <= number < len(shown) and self.audit.is_open:
            self.shell.show_page(tabs.widget(shown[number]))

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        for action in (self.next_action, self.previous_action, self.todo_action, *self.page_actions):
            action.setEnabled(has_audit)
        self._name_pages()

    def _step(self, offset: int) -> None:
        window = self.shell
        ids = list(window.panel.visible_clause_ids())
        if not ids:
            return
        current = window.page.clause_id
        position = ids.index(current) if current in ids else (-1 if offset > 0 else len(ids))
        target = position + offset
        if 0 <= target < len(ids):
            window.show_clauses()
            window.select_clause(ids[target])

    def next_clause(self) -> None:
        self._step(1)

    def previous_clause(self) -> None:
        self._step(-1)

    def next_not_audited(self) -> None:
        """After the shown clause, wrapping round; the tree's order, ignoring its filters."""
        window = self.shell
        records = window.tree_model.clause_records()
        ids = [r.id for r in records]
        start = ids.index(window.page.clause_id) + 1 if window.page.clause_id in ids else 0
        for record in records[start:] + records[:start]:
            if record.result == ClauseResult.NOT_AUDITED and record.id != window.page.clause_id:
                window.show_clauses()
                window.select_clause(record.id)
                return
        QMessageBox.information(window.parent_widget, self.tr("All clauses audited"),
                                self.tr("Every clause of this audit has a result."))
