"""Which clauses are "mine": assigned in my hand-over copy, planned for me in the audit plan, or audited by me."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from auditor_app.domain.records import ClauseRecord
from auditor_app.services import queries
from auditor_app.services.session import AuditSession

_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w])")


def clause_numbers(text: str | None) -> list[str]:
    """Clause numbers written in a plan row ("7.5, 8.4.1 and 9.2" → 7.5, 8.4.1, 9.2).

    A bare number above 99 is a standard's number or a year ("ISO 14001:2015"), never a clause.
    """
    return [n for n in _NUMBER.findall(text or "") if "." in n or int(n) < 100]


def same_person(a: str | None, b: str) -> bool:
    return bool(a) and " ".join((a or "").casefold().split()) == " ".join(b.casefold().split())


def audited_by(records: Iterable[ClauseRecord], author: str) -> set[str]:
    return {r.id for r in records if same_person(r.audited_by, author)}


def my_clause_ids(session: AuditSession, author: str) -> set[str]:
    records = queries.clauses(session)
    return audited_by(records, author) | planned_clause_ids(session, author, records)


def planned_clause_ids(session: AuditSession, author: str, records: list[ClauseRecord] | None = None) -> set[str]:
    """Assigned in this hand-over copy or planned for the author in the audit plan (results aside)."""
    records = records if records is not None else queries.clauses(session)
    by_number: dict[str, list[str]] = {}
    for record in records:
        by_number.setdefault(record.number or "", []).append(record.id)
    mine: set[str] = set()
    ids = {r.id for r in records}
    meta = session.file.meta
    if same_person(meta.get("copy_for"), author):  # the lead's hand-over named these clauses for this member
        try:
            assigned = json.loads(meta.get("assigned_clauses") or "[]")
        except ValueError:
            assigned = []
        for item in (str(a) for a in assigned) if isinstance(assigned, list) else ():
            mine.update({item} & ids or by_number.get(item, ()))
    for row in queries.plan(session):
        if same_person(row.auditor, author):
            for number in clause_numbers(row.clauses):
                mine.update(by_number.get(number, ()))
    return mine
