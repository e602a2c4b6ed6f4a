"""Instant clause search (number or title) and result filter over the clause tree."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from auditor_app.domain.vocab import ClauseResult
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from auditor_app.ui.models.clause_tree import (
    AuditorRole,
    ClauseIdRole,
    FindingsRole,
    NumberRole,
    ResultRole,
    SortRole,
    TitleRole,
)

ALL = "all"
AUDITED = "audited"
MINE = "mine"
WITH_FINDINGS = "with_findings"
AUDITOR = "auditor:"  # followed by the name: clauses whose result that auditor recorded
# (key, label) in the order the filter combo offers them; the key is a result value or a group.
RESULT_FILTERS: tuple[tuple[str, str], ...] = (
    (ALL, QT_TRANSLATE_NOOP("clause_filter", "All clauses")),
    (MINE, QT_TRANSLATE_NOOP("clause_filter", "My clauses")),
    (ClauseResult.NOT_AUDITED.value, QT_TRANSLATE_NOOP("clause_filter", "Not yet audited")),
    (WITH_FINDINGS, QT_TRANSLATE_NOOP("clause_filter", "With findings")),
    (AUDITED, QT_TRANSLATE_NOOP("clause_filter", "Audited (any result)")),
    (ClauseResult.NONCONFORMITY.value, QT_TRANSLATE_NOOP("clause_filter", "With nonconformity")),
    (ClauseResult.OBSERVATION.value, QT_TRANSLATE_NOOP("clause_filter", "With observation")),
    (ClauseResult.OFI.value, QT_TRANSLATE_NOOP("clause_filter", "With opportunity for improvement")),
    (ClauseResult.CONFORMING.value, QT_TRANSLATE_NOOP("clause_filter", "Conforming")),
    (ClauseResult.NOT_APPLICABLE.value, QT_TRANSLATE_NOOP("clause_filter", "Not applicable")),
)


def result_filters() -> list[tuple[str, str]]:
    """(key, label) pairs for the filter combo, labels in the user's language."""
    return [(key, translate("clause_filter", text)) for key, text in RESULT_FILTERS]


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "prufung" finds "Prüfung" and "STRASSE" finds "Straße"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ClauseFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)
        # Re-filter only when the filter changes: a clause just edited must not vanish from under the cursor
        # (with "Not yet audited" selected, recording its result would otherwise hide it at once).
        self.setDynamicSortFilter(False)
        self._terms: list[str] = []
        self._result = ALL
        self._mine: frozenset[str] = frozenset()

    def set_mine(self, clause_ids: set[str] | frozenset[str]) -> None:
        """The clauses assigned to, planned for or audited by the user (the "My clauses" filter).

        Like an edited result, a change here applies when the filter is next chosen, not under the cursor.
        """
        self._mine = frozenset(clause_ids)

    @property
    def active(self) -> bool:
        return bool(self._terms) or self._result != ALL

    def set_search(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_result_filter(self, key: str) -> None:
        if key != self._result:
            self.beginFilterChange()
            self._result = key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, ClauseIdRole) is None:
            # A standard row is shown for its matching clauses (recursive filtering), never on its own.
            return not self.active
        return self.matches(model.data(index, ResultRole), model.data(index, NumberRole) or "",
                            model.data(index, TitleRole) or "", clause_id=model.data(index, ClauseIdRole),
                            findings=model.data(index, FindingsRole) or 0, auditor=model.data(index, AuditorRole) or "")

    def matches(self, result: str, number: str, title: str, *, clause_id: str = "", findings: int = 0,
                auditor: str = "") -> bool:
        """Whether a clause itself passes the filter (its ancestors are shown too, to keep it in context)."""
        return self._result_matches(result, clause_id, findings, auditor) and self._text_matches(number, title)

    def _result_matches(self, result: str, clause_id: str, findings: int, auditor: str) -> bool:
        if self._result == ALL:
            return True
        if self._result == AUDITED:
            return result != ClauseResult.NOT_AUDITED
        if self._result == MINE:
            return clause_id in self._mine
        if self._result == WITH_FINDINGS:
            return findings > 0
        if self._result.startswith(AUDITOR):
            return auditor == self._result[len(AUDITOR):]
        return result == self._result

    def _text_matches(self, number: str, title: str) -> bool:
        # Every word must match: a number by its start ("7.1" finds 7.1.5, not 17.1), or any part of the title.
        folded = fold(title)
        return all(number.startswith(term) or term in folded for term in self._terms)
