"""The workspace's features, in the order their menus and pages appear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.ui.feature import Feature

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow


def build(window: MainWindow) -> list[Feature]:
    # Imported here: each feature module imports the window's types, and the window imports this module.
    from auditor_app.ui.clause_keys import ClauseKeys
    from auditor_app.ui.details.feature import AuditDetails
    from auditor_app.ui.evidence.feature import EvidenceFeature
    from auditor_app.ui.evidence_import.feature import EvidenceImport
    from auditor_app.ui.findings.feature import FindingsFeature
    from auditor_app.ui.merge_history import MergeHistory
    from auditor_app.ui.navigation import Navigation
    from auditor_app.ui.related_clauses import RelatedClauses
    from auditor_app.ui.search_feature import SearchFeature
    from auditor_app.ui.start_feature import StartFeature
    from auditor_app.ui.tree_counts import TreeCounts

    return [
        Navigation(window),
        ClauseKeys(window),
        TreeCounts(window),
        EvidenceFeature(window),
        FindingsFeature(window),
        AuditDetails(window),
        StartFeature(window),
        SearchFeature(window),
        MergeHistory(window),
        RelatedClauses(window),
        EvidenceImport(window),
    ]
