"""What the window shows first (the clause tree, its counts, the title), read through the sqlite3 driver alone."""
# Opening at start-up reads these before SQLAlchemy is imported (0.2 s), so the audit is on screen sooner; the
# same functions serve every later read of these facts (services/queries.py), so there is one way to read them.

from __future__ import annotations

import sqlite3
from typing import Any

from auditor_app.domain import first_records as rec
from auditor_app.domain import vocab

DriverError = sqlite3.Error  # what a damaged page raises here (services name it without importing sqlite3)


def _dicts(raw: sqlite3.Connection, sql: str, *args: Any) -> list[dict[str, Any]]:
    cursor = raw.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def details(raw: sqlite3.Connection, audit_id: str) -> rec.AuditDetails:
    rows = _dicts(raw, "SELECT * FROM c_audit WHERE id = ?", audit_id)
    return rec.from_row(rec.AuditDetails, rows[0]) if rows else rec.AuditDetails(id=audit_id)


def checklists(raw: sqlite3.Connection) -> list[rec.ChecklistInfo]:
    # Ties by creation time, then id, as every listing (storage/cache_reads.py live_rows).
    rows = _dicts(raw, "SELECT * FROM c_checklist WHERE deleted = 0 ORDER BY key, created_at, id")
    return [rec.from_row(rec.ChecklistInfo, r) for r in rows]


def clauses(raw: sqlite3.Connection, checklist_key: str | None = None) -> list[rec.ClauseRecord]:
    sql = "SELECT * FROM c_clause WHERE deleted = 0 AND number IS NOT NULL"
    args: tuple[str, ...] = ()
    if checklist_key:
        sql, args = sql + " AND checklist_key = ?", (checklist_key,)
    rows = _dicts(raw, sql + " ORDER BY checklist_key, position", *args)
    return [rec.from_row(rec.ClauseRecord, r, result=r["result"] or vocab.ClauseResult.NOT_AUDITED.value)
            for r in rows]


def _counts(raw: sqlite3.Connection, sql: str, *args: Any) -> dict[str, int]:
    return {str(clause): int(count) for clause, count in raw.execute(sql, args)}


def note_counts(raw: sqlite3.Connection) -> dict[str, int]:
    """Live notes per clause id."""
    return _counts(raw, "SELECT clause_id, count(*) FROM c_note WHERE deleted = 0 AND clause_id IS NOT NULL "
                        "GROUP BY clause_id")


def evidence_counts(raw: sqlite3.Connection) -> dict[str, int]:
    """Live evidence files per clause id, counting those attached to the clause's notes too."""
    return _counts(raw, "SELECT coalesce(e.clause_id, n.clause_id) AS c, count(*) FROM c_evidence AS e "
                        "LEFT OUTER JOIN c_note AS n ON n.id = e.note_id "
                        "WHERE e.deleted = 0 AND coalesce(e.clause_id, n.clause_id) IS NOT NULL GROUP BY c")


def finding_counts(raw: sqlite3.Connection) -> dict[str, int]:
    """Live findings referencing each clause id (a finding linked twice counts once)."""
    return _counts(raw, "SELECT l.target_id, count(DISTINCT f.id) FROM c_link AS l JOIN c_finding AS f "
                        "ON f.id = l.source_id WHERE l.deleted = 0 AND f.deleted = 0 AND l.kind = ? "
                        "GROUP BY l.target_id", vocab.LinkKind.FINDING_CLAUSE.value)


def _count(raw: sqlite3.Connection, sql: str) -> int:
    return int(raw.execute(sql).fetchone()[0])


def live_findings(raw: sqlite3.Connection) -> int:
    return _count(raw, "SELECT count(*) FROM c_finding WHERE deleted = 0")


def open_conflicts(raw: sqlite3.Connection) -> int:
    """Merge conflicts not yet resolved."""
    return _count(raw, "SELECT count(*) FROM conflict")
