"""Which clauses are "mine": assigned in my hand-over copy, planned for me in the audit plan, or audited by me."""

from __future__ import annotations

import json
import re

from auditor_app.services import queries
from auditor_app.services.session import AuditSession

_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w])")


def clause_numbers(text: str | None) -> list[str]:
    """Clause numbers written in a plan row ("7.5, 8.4.1 and 9.2" → 7.5, 8.4.1, 9.2).

    A bare number above 99 is a standard's number or a year ("ISO 14001:2015"), never a clause.
    """
    return [n for n in _NUMBER.findall(text or "") if "." in n or int(n) < 100]


def _same_person(a: str | None, b: str) -> bool:
    return bool(a) and " ".join((a or "").casefold().split()) == " ".join(b.casefold().split())


def my_clause_ids(session: AuditSession, author: str) -> set[str]:
    records = queries.clauses(session)
    by_number: dict[str, list[str]] = {}
    for record in records:
        by_number.setdefault(record.number or "", []).append(record.id)
    mine = {r.id for r in records if _same_person(r.audited_by, author)}
    ids = {r.id for r in records}
    meta = session.file.meta
    if _same_person(meta.get("copy_for"), author):  # the lead's hand-over named these clauses for this member
        try:
            assigned = json.loads(meta.get("assigned_clauses") or "[]")
        except ValueError:
            assigned = []
        for item in (str(a) for a in assigned) if isinstance(assigned, list) else ():
            mine.update({item} & ids or by_number.get(item, ()))
    for row in queries.plan(session):
        if _same_person(row.auditor, author):
            for number in clause_numbers(row.clauses):
                mine.update(by_number.get(number, ()))
    return mine
