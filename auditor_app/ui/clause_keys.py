"""Keyboard shortcuts for the two most frequent actions on a clause: record its result, add a note."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QKeySequence

from auditor_app.domain.vocab import RESULT_LABELS, ClauseResult
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import vocab_label
from auditor_app.ui.icons import result_icon

# Alt+digit: free of menu mnemonics, reachable with one hand while the other writes.
RESULT_KEYS = (
    (ClauseResult.CONFORMING, "Alt+1"),
    (ClauseResult.NONCONFORMITY, "Alt+2"),
    (ClauseResult.OBSERVATION, "Alt+3"),
    (ClauseResult.OFI, "Alt+4"),
    (ClauseResult.NOT_APPLICABLE, "Alt+5"),
    (ClauseResult.NOT_AUDITED, "Alt+0"),
)


class ClauseKeys(Feature):
    def add_actions(self, menus: Menus) -> None:
        menu = menus.audit
        self.note_action = menu.addAction(self.tr("Add &note to this clause…"), QKeySequence("Ctrl+Shift+N"),
                                          self._note)
        results = menu.addMenu(self.tr("Set clause &result"))
        self.result_actions: list[QAction] = []
        for result, keys in RESULT_KEYS:
            action = results.addAction(result_icon(result), vocab_label(RESULT_LABELS[result]), QKeySequence(keys),
                                       partial(self._result, result.value))
            self.result_actions.append(action)
        menu.addSeparator()

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        for action in (self.note_action, *self.result_actions):
            action.setEnabled(editable)

    def _on_clause(self) -> bool:
        if self.shell.page.clause_id is None:
            return False
        self.shell.show_clauses()
        return True

    def _note(self) -> None:
        if self._on_clause():
            self.shell.page.request_note()

    def _result(self, result: str) -> None:
        if self._on_clause():
            self.shell.page.request_result(result)
