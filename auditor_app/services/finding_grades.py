"""Rule-based finding grades: the GHTF N19 grade a finding's stated factors and ISO 13485 clauses give."""

from __future__ import annotations

from typing import Any

from auditor_app.domain import grading, n19, vocab
from auditor_app.errors import InputError
from auditor_app.services.session import Tx
from auditor_app.storage import cache_reads, link_reads


def iso13485_numbers(tx: Tx, clause_ids: list[str]) -> list[str]:
    """The numbers of those clauses that belong to an ISO 13485 checklist, in the order given."""
    standards = cache_reads.checklist_standards(tx.conn)
    rows = cache_reads.clause_refs_of(tx.conn, clause_ids)
    return [row.number for cid in clause_ids if (row := rows.get(cid)) is not None and row.number
            and n19.covers(standards.get(row.checklist_key, row.checklist_key or ""))]


def factors_of(scheme: grading.GradingScheme, basis: Any) -> n19.Factors:
    """The N19 factors of a `grading_basis` value; refused when the audit's scheme has no such rule."""
    if scheme.key != n19.SCHEME:
        raise InputError(f"grading_basis: the audit's grading scheme ({scheme.key}) is not computed from factors; "
                         f"only {n19.SCHEME} is")
    factors = n19.Factors.from_json(basis)
    if factors is None:
        raise InputError('grading_basis: expected {"scheme": "ghtf_n19", "repeat": true|false, '
                         '"no_procedure": true|false, "released_nonconforming": true|false}')
    return factors


def computed(tx: Tx, scheme: grading.GradingScheme, grade: str, clause_ids: list[str], basis: Any) -> n19.N19Grade:
    """The N19 grade of a nonconformity with these clauses and factors; a different `grade` is refused, as the
    grade follows from the factors and is not the auditor's pick."""
    factors = factors_of(scheme, basis)
    if scheme.find(grade) is None or not scheme.grade(grade).is_nonconformity:
        raise InputError(f"grading_basis: grade {grade!r} is not a nonconformity grade; only grades 1-5 have "
                         "N19 factors")
    result = n19.grade_for(iso13485_numbers(tx, clause_ids), factors)
    if result is None:
        raise InputError("a GHTF N19 grade needs an ISO 13485 clause (chapters 4 to 8) among the finding's "
                         "clause references; clauses of other standards are not graded by N19")
    if result.key != grade:
        raise InputError(f"grade {grade} does not follow from the N19 factors: {result.describe()}")
    return result


def check_finding(tx: Tx, scheme: grading.GradingScheme, finding_id: str) -> None:
    """After an edit of a finding's fields and clauses: a stored N19 basis must still give its grade."""
    state = tx.state("finding", finding_id)
    basis = state.value("grading_basis")
    if basis is None or not state.exists:
        return
    computed(tx, scheme, str(state.value("grade", "")), _cited_clauses(tx, finding_id), basis)


def _cited_clauses(tx: Tx, finding_id: str) -> list[str]:
    """The finding's clause references as this transaction leaves them (the cache is projected at commit)."""
    link_ids = link_reads.from_source(tx.conn, finding_id, deleted=None)
    link_ids += [op.entity_id for op in tx.ops if op.entity_type == "link" and op.entity_id not in link_ids]
    out: list[str] = []
    for link_id in dict.fromkeys(link_ids):
        link = tx.state("link", link_id)
        if (link.exists and link.value("source_id") == finding_id
                and link.value("kind") == vocab.LinkKind.FINDING_CLAUSE.value
                and (target := link.value("target_id")) not in out):
            out.append(str(target))
    return out
