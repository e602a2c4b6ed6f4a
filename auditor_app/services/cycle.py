"""What each audit of a certification cycle covered: the entries an audit carries for the audits before it."""

from __future__ import annotations

import json
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.services import queries
from auditor_app.services.session import AuditSession

# An entry (JSON, one per audit of the chain, oldest first, in the audit's `cycle_history`):
#   {"audit_id", "title", "audit_type", "start_date", "end_date", "report_number",
#    "standards": {checklist_key: "ISO 9001:2015"}, "covered": {checklist_key: [clause numbers with a result]},
#    "processes": [...], "sites": [...]}
ENTRY_KEYS = ("audit_id", "title", "audit_type", "start_date", "end_date", "report_number", "standards", "covered",
              "processes", "sites")


def entry(session: AuditSession) -> dict[str, Any]:
    """This audit's entry: what it covered so far (clauses with any result, N/A included: it was decided)."""
    details = queries.details(session)
    standards = {c.key or "": f"{c.standard or c.key}:{c.edition}" if c.edition else (c.standard or c.key or "")
                 for c in queries.checklists(session)}
    covered: dict[str, list[str]] = {key: [] for key in standards}
    for clause in queries.clauses(session):
        if clause.result != "not_audited" and clause.number and clause.checklist_key in covered:
            covered[clause.checklist_key].append(clause.number)
    processes = sorted({row.process.strip() for row in queries.plan(session) if row.process and row.process.strip()})
    return {"audit_id": details.id, "title": details.title, "audit_type": details.audit_type,
            "start_date": details.start_date, "end_date": details.end_date, "report_number": details.report_number,
            "standards": standards, "covered": covered, "processes": processes, "sites": list(details.sites)}


def history(details: rec.AuditDetails) -> list[dict[str, Any]]:
    """The entries of the audits before this one, as carried (an unreadable value reads as none)."""
    if not details.cycle_history:
        return []
    try:
        value = json.loads(details.cycle_history)
    except ValueError:
        return []
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def history_for_next(session: AuditSession) -> list[dict[str, Any]]:
    """What an audit made from this one carries: this one's history, then this one's own entry."""
    return [*history(queries.details(session)), entry(session)]
