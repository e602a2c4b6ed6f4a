"""The window's own views of the open audit (clause tree, clause page, people) kept in step with its changes."""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from auditor_app.errors import AuditorError
from auditor_app.ui.i18n import translate

if TYPE_CHECKING:
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.main_window import MainWindow


def show_clause(window: MainWindow, clause_id: str) -> None:
    from auditor_app.services import queries
    record = window.audit.read(queries.clause, clause_id)
    if record is None:
        window.page.clear()
    else:
        window.page.show_clause(record, window.tree_model.standard_title(clause_id),
                                window.audit.read(queries.notes, clause_id), window._people)
    for feature in window.features:
        feature.clause_shown(window.page.clause_id)


def note_counts(window: MainWindow) -> Counter[str]:
    from auditor_app.services import queries
    return Counter(window.audit.read(queries.note_counts))


def set_people(window: MainWindow) -> None:
    from auditor_app.services import queries
    people = window.audit.read(queries.people)
    window._people = {p.id: p.name or "" for p in people}
    window.page.set_people(people)


def apply_change(window: MainWindow, change: ChangeSet) -> None:
    """Refresh only what a use case touched (the owner's `changed`)."""
    from auditor_app.services import queries
    audit = window.audit
    if not audit.is_open or not change:
        return
    window.stored_at = time.strftime("%H:%M:%S")
    clause_ids = change.ids("clause")
    if clause_ids:
        window.tree_model.update_clauses([r for cid in clause_ids if (r := audit.read(queries.clause, cid))])
    if change.ids("note"):
        window.tree_model.update_note_counts(note_counts(window))
    if change.ids("person"):
        set_people(window)
    if change.ids("finding"):
        window.findings_total = len(audit.read(queries.findings))
    shown = window.page.clause_id
    if len(clause_ids) == 1 and shown not in clause_ids:
        window.select_clause(next(iter(clause_ids)))  # undoing a change elsewhere shows where it happened
    elif shown and (shown in clause_ids or change.ids("note") or change.ids("person")):
        show_clause(window, shown)
    for feature in window.features:
        feature.changed(change)
    window.update_chrome()


def report(window: MainWindow, exc: AuditorError) -> None:
    """A command that failed: say why, and show what is stored rather than what was attempted."""
    QMessageBox.warning(window, translate("MainWindow", "Change not saved"), str(exc))
    if window.audit.is_open and window.page.clause_id:
        show_clause(window, window.page.clause_id)
