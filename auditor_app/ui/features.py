"""The workspace's features, in the order their menus and pages appear."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from auditor_app.ui.feature import Feature, Shell

if TYPE_CHECKING:
    from auditor_app.ui.open_audit import OpenAudit


# (module, class), in the order their menus and pages appear. Imported when the workspace is completed; at start-up
# a worker imports them while the audit is already on screen (ui/staged_open.py). A feature module never imports
# another one, nor the window (tests/ui/test_ui_ownership.py).
FEATURES = (
    ("auditor_app.ui.exporting", "Exports"),
    ("auditor_app.ui.team", "TeamWork"),
    ("auditor_app.ui.office_store.feature", "OfficeStore"),
    ("auditor_app.ui.navigation", "Navigation"),
    ("auditor_app.ui.clause_keys", "ClauseKeys"),
    ("auditor_app.ui.tree_counts", "TreeCounts"),
    ("auditor_app.ui.evidence.feature", "EvidenceFeature"),
    ("auditor_app.ui.findings.feature", "FindingsFeature"),
    ("auditor_app.ui.details.feature", "AuditDetails"),
    ("auditor_app.ui.start_feature", "StartFeature"),
    ("auditor_app.ui.cycle.feature", "CycleFeature"),
    ("auditor_app.ui.search_feature", "SearchFeature"),
    ("auditor_app.ui.merge_history", "MergeHistory"),
    ("auditor_app.ui.related_clauses", "RelatedClauses"),
    ("auditor_app.ui.evidence_import.feature", "EvidenceImport"),
)
MODULES = tuple(module for module, _ in FEATURES)


def build(audit: OpenAudit, shell: Shell) -> list[Feature]:
    features = []
    for module, name in FEATURES:
        kind = getattr(importlib.import_module(module), name)
        assert issubclass(kind, Feature), f"{module}.{name} is not a Feature"
        features.append(kind(audit, shell))
    return features
