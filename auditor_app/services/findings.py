"""Use cases for findings: requirement + objective evidence + statement, graded, tracked to closure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor_app.domain import grading, vocab
from auditor_app.domain.entities import FINDING
from auditor_app.domain.ops import EXISTS
from auditor_app.errors import InputError, NotFound
from auditor_app.services import finding_grades, library
from auditor_app.services.session import Tx, new_id
from auditor_app.storage import cache_reads, link_reads

# ISO/IEC 17021-1 9.4.5.2: a nonconformity is recorded with a clear statement of what is not fulfilled.
STATEMENT_NEEDED = "a nonconformity needs a statement of nonconformity (what requirement is not fulfilled)"


def _scheme(tx: Tx) -> grading.GradingScheme:
    state = tx.state("audit", tx.session.audit_id)
    return grading.scheme(state.value("grading_scheme"))


def related_clause_ids(tx: Tx, clause_ids: list[str]) -> list[str]:
    """The cross-walk's corresponding clauses of the audit's other loaded standards (integrated audits)."""
    rows = cache_reads.clause_refs(tx.conn)
    by_ref = {(r.checklist_key, r.number): r.id for r in rows}
    by_id = {r.id: (r.checklist_key, r.number) for r in rows}
    walk = library.crosswalk()
    out: list[str] = []
    for cid in clause_ids:
        if cid not in by_id:
            continue
        for ref in walk.related(*by_id[cid]):
            other = by_ref.get(ref)
            if other is not None and other not in clause_ids and other not in out:
                out.append(other)
    return out


def create_finding(tx: Tx, *, grade: str, clause_ids: list[str], requirement: str = "",
                   evidence_text: str = "", statement: str = "", evidence_ids: list[str] | None = None,
                   note_ids: list[str] | None = None, tag_related: bool = False, **fields: Any) -> str:
    """A graded finding; with `tag_related`, also referenced to the corresponding clauses of the other
    standards of an integrated audit (through the cross-walk)."""
    scheme = _scheme(tx)
    if grade not in scheme.grade_keys():
        raise InputError(f"grade {grade!r} is not in the audit's grading scheme ({', '.join(scheme.grade_keys())})")
    evidence_ids = evidence_ids or []
    note_ids = note_ids or []
    if scheme.grade(grade).is_nonconformity:
        if not clause_ids:
            raise InputError("a nonconformity needs at least one clause reference")
        if not (evidence_text.strip() or evidence_ids or note_ids):
            raise InputError("a nonconformity needs objective evidence (text, a note or an evidence file)")
        if not statement.strip():
            raise InputError(STATEMENT_NEEDED)
    unknown = set(fields) - set(FINDING.field_names)
    if unknown:
        raise InputError(f"finding: unknown field(s) {', '.join(sorted(unknown))}")
    if tag_related:
        clause_ids = list(clause_ids) + related_clause_ids(tx, clause_ids)
    if fields.get("grading_basis") is not None:  # a rule-based grade: it must be the one the factors give
        basis = finding_grades.computed(tx, scheme, grade, clause_ids, fields["grading_basis"])
        fields["grading_basis"] = basis.factors.to_json()
    finding_id = new_id()
    values = {"grade": grade, "requirement": requirement, "evidence_text": evidence_text,
              "statement": statement, "status": vocab.FindingStatus.OPEN.value, **fields}
    values.setdefault("ref", _next_ref(tx, grade))
    tx.create("finding", finding_id, values)
    for cid in clause_ids:
        link(tx, vocab.LinkKind.FINDING_CLAUSE, finding_id, cid)
    for eid in evidence_ids:
        link(tx, vocab.LinkKind.FINDING_EVIDENCE, finding_id, eid)
    for nid in note_ids:
        link(tx, vocab.LinkKind.FINDING_NOTE, finding_id, nid)
    return finding_id


def _next_ref(tx: Tx, grade: str) -> str:
    prefix = {"major": "NC", "minor": "NC", "NCmaj": "NC", "NCmin": "NC", "observation": "OBS", "PS": "PS",
              "ofi": "OFI", "PP": "OFI", "good_practice": "GP", "PF": "GP"}.get(grade, "NC")
    refs = cache_reads.finding_refs_like(tx.conn, prefix)
    # Findings created earlier in this same use case are not in the cache until it commits.
    refs += [ref for op in tx.ops if op.entity_type == "finding" and op.field == "ref"
             for ref in [op.value.strip('"')] if ref.startswith(f"{prefix}-")]
    numbers = [int(r.split("-")[-1]) for r in refs if r.split("-")[-1].isdigit()]
    return f"{prefix}-{(max(numbers) + 1) if numbers else 1:02d}"


def edit_finding(tx: Tx, finding_id: str, **fields: Any) -> dict[str, Any]:
    """Change fields. A grade outside the scheme is refused unless the finding had it (still, or before: undo),
    so a newer version's grade never stops an edit of the finding's other fields."""
    return _edit(tx, finding_id, fields, new_edit=True)


def put_back(tx: Tx, finding_id: str, **fields: Any) -> dict[str, Any]:
    """Undo of an edit: earlier values come back as they were, without the rules for new edits (a statement
    an older version let a nonconformity go without)."""
    return _edit(tx, finding_id, fields, new_edit=False)


def _edit(tx: Tx, finding_id: str, fields: dict[str, Any], *, new_edit: bool) -> dict[str, Any]:
    unknown = set(fields) - set(FINDING.field_names)
    if unknown:
        raise InputError(f"finding: unknown field(s) {', '.join(sorted(unknown))}")
    if "grade" in fields and fields["grade"] not in _scheme(tx).grade_keys() \
            and not tx.held(finding_id, "grade", fields["grade"]):
        raise InputError(f"grade {fields['grade']!r} is not in the audit's grading scheme")
    if fields.get("grading_basis") is not None and not tx.held(finding_id, "grading_basis", fields["grading_basis"]):
        # Checked against the clauses by check_grade once they are set; a basis held before (undo) goes back as is.
        fields["grading_basis"] = finding_grades.factors_of(_scheme(tx), fields["grading_basis"]).to_json()
    if new_edit and {"grade", "statement"} & set(fields):
        _require_statement(tx, finding_id, fields)
    return tx.set("finding", finding_id, fields)


def check_grade(tx: Tx, finding_id: str) -> None:
    """After an edit of a finding and its references: a stored N19 basis still gives the finding's grade."""
    finding_grades.check_finding(tx, _scheme(tx), finding_id)


def _require_statement(tx: Tx, finding_id: str, fields: dict[str, Any]) -> None:
    """Only an edit of the grade or the statement is checked: a client's answer or a status change to a finding
    an older version recorded without a statement still goes through."""
    state = tx.state("finding", finding_id)
    if not state.exists:
        return  # tx.set says it does not exist
    grade = _scheme(tx).find(fields.get("grade", state.value("grade")))
    statement = fields.get("statement", state.value("statement"))
    if grade is not None and grade.is_nonconformity and not str(statement or "").strip():
        ref = vocab.as_text(state.value("ref") or finding_id)
        raise InputError(f"finding {ref}: {STATEMENT_NEEDED}")


def delete_finding(tx: Tx, finding_id: str) -> None:
    tx.delete("finding", finding_id)
    for link_id in link_reads.from_source(tx.conn, finding_id):
        tx.delete("link", link_id)


def link(tx: Tx, kind: str, source_id: str, target_id: str) -> str:
    """Add to a finding's references; each link is its own entity, so a concurrent re-add survives a remove."""
    return tx.create("link", new_id(), {"kind": str(kind), "source_id": source_id, "target_id": target_id})


def unlink(tx: Tx, kind: str, source_id: str, target_id: str) -> int:
    count = 0
    for link_id in link_reads.between(tx.conn, str(kind), source_id, target_id):
        tx.delete("link", link_id)
        count += 1
    return count


def restore_finding(tx: Tx, finding_id: str) -> list[str]:
    """Bring a deleted finding back with the references deleted along with it (undo of a delete, redo of a
    create): the same id, history and links, not a copy. Returns the ids of the links restored.

    "Deleted along with it" means a link tombstone no older than the finding's own: references removed by an
    earlier edit were deleted before the finding was, so they stay removed.
    """
    state = tx.state("finding", finding_id)
    existence = state.fields.get(EXISTS)
    if existence is None:
        raise NotFound(f"finding {finding_id} does not exist in this audit")
    if state.exists:
        return []
    deleted_at = min((h.hlc for h in existence.heads if h.value == "false"), default="")
    tx.restore("finding", finding_id)
    restored: list[str] = []
    for link_id in link_reads.from_source(tx.conn, finding_id, deleted=True):
        link_state = tx.state("link", link_id)
        heads = link_state.fields.get(EXISTS)
        if link_state.exists or heads is None:
            continue
        if all(h.hlc >= deleted_at for h in heads.heads if h.value == "false"):
            tx.restore("link", link_id)
            restored.append(link_id)
    return restored


@dataclass(frozen=True, slots=True)
class ReferenceChange:
    """The link entities one edit of a finding's references created and deleted (what its undo reverses)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


_REFERENCE_KINDS = {"clause_ids": vocab.LinkKind.FINDING_CLAUSE, "evidence_ids": vocab.LinkKind.FINDING_EVIDENCE,
                    "note_ids": vocab.LinkKind.FINDING_NOTE}


def set_references(tx: Tx, finding_id: str, *, clause_ids: list[str] | None = None,
                   evidence_ids: list[str] | None = None, note_ids: list[str] | None = None) -> ReferenceChange:
    """Make the finding cite exactly these clauses / evidence files / notes (None: leave that kind alone)."""
    if not tx.state("finding", finding_id).exists:
        raise NotFound(f"finding {finding_id} does not exist in this audit (deleted?)")
    wanted = {"clause_ids": clause_ids, "evidence_ids": evidence_ids, "note_ids": note_ids}
    added: list[str] = []
    removed: list[str] = []
    for name, targets in wanted.items():
        if targets is None:
            continue
        kind = _REFERENCE_KINDS[name]
        rows = link_reads.targets_from(tx.conn, finding_id, kind.value)
        present = {r.target_id for r in rows}
        for r in rows:
            if r.target_id not in targets:
                tx.delete("link", r.id)
                removed.append(r.id)
        for target in dict.fromkeys(targets):
            if target not in present:
                added.append(link(tx, kind, finding_id, target))
    return ReferenceChange(tuple(added), tuple(removed))


def revert_references(tx: Tx, change: ReferenceChange) -> None:
    """Undo `set_references`: the links it created go, the ones it deleted come back (same ids)."""
    _toggle_links(tx, remove=change.added, bring_back=change.removed)


def reapply_references(tx: Tx, change: ReferenceChange) -> None:
    """Redo `set_references` after an undo, on the same link entities."""
    _toggle_links(tx, remove=change.removed, bring_back=change.added)


def _toggle_links(tx: Tx, *, remove: tuple[str, ...], bring_back: tuple[str, ...]) -> None:
    for link_id in remove:
        if tx.state("link", link_id).exists:
            tx.delete("link", link_id)
    for link_id in bring_back:
        tx.restore("link", link_id)
