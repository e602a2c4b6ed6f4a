"""How reports word the cycle's audits: their kind, their dates, a clause's short result."""

from __future__ import annotations

from auditor_app.domain import vocab
from auditor_app.domain.cycle_coverage import SHORT_RESULTS, AuditColumn
from auditor_app.exporters.wording import Wording


def audit_kind(t: Wording, audit: AuditColumn) -> str:
    """The domain's AuditColumn.kind in the report's words."""
    return t.vocab(vocab.AUDIT_TYPE_LABELS, audit.audit_type or None, t.label("Audit"))


def audit_dates(t: Wording, audit: AuditColumn) -> str:
    """The domain's AuditColumn.dates in the report's words."""
    if audit.end_date and audit.end_date != audit.start_date:
        return t.primary.label("{start} to {end}", start=audit.start_date or "?", end=audit.end_date)
    return audit.start_date or t.label("no date")


def mark(t: Wording, value: str) -> str:
    """A matrix cell: a short result ("NC") in the report's words; ✓ and empty as they are."""
    return t.label(value) if value in SHORT_RESULTS.values() else value
