"""The cycle pages' steps without Qt: a verification as the form shows it, a follow-up with the verification it
rests on, Stage 1's readiness and concerns — what each writes and what its undo and redo put back."""

from __future__ import annotations

from pathlib import Path

import forged_values as forged
import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError, NotFound
from auditor_app.services import audit, carry, cycle_steps, findings, queries, verification
from auditor_app.services.session import AuditSession

C = "iso9001-2015"


def _surveillance(make_audit, tmp_path: Path) -> AuditSession:  # type: ignore[no-untyped-def]
    """Surveillance 1 made from a Stage 2 with one open minor nonconformity on 7.2 (the one carried item)."""
    stage2 = make_audit("stage2.audit", audit_type="stage2", start_date="2026-03-02")
    stage2.run(findings.create_finding, grade="minor", clause_ids=[clause_id(C, "7.2")], requirement="7.2 d)",
               evidence_text="No training records", statement="Competence not evidenced")
    stage2.close()
    session, _summary = carry.new_from_previous(tmp_path / "s1.audit", tmp_path / "stage2.audit",
                                                author="Anna Auditor", audit_type="surveillance")
    return session


def test_a_verification_records_who_and_when_and_undo_puts_back_the_unverified_item(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _surveillance(make_audit, tmp_path) as s1:
        [item] = queries.carried(s1)
        with s1.transaction() as tx:
            before = cycle_steps.verify(tx, item.id, {"outcome": "effective", "evidence_text": "Records seen"})
        [item] = queries.carried(s1)
        assert (item.verification, item.verification_evidence, item.verified_by) == (
            "effective", "Records seen", "Anna Auditor")
        assert item.verified_on
        with s1.transaction() as tx:  # back to "not verified": nobody verified it, on no day
            cycle_steps.verify(tx, item.id, {"outcome": None, "evidence_text": None})
        [item] = queries.carried(s1)
        assert (item.verification, item.verified_by, item.verified_on) == (None, None, None)
        s1.run(cycle_steps.unverify, item.id, before)
        assert queries.carried(s1)[0].verification is None
        with pytest.raises(InputError, match="verification: 'superb' is not one of effective"):
            s1.run(cycle_steps.verify, item.id, {"outcome": "superb"})
        with pytest.raises(NotFound, match="no item nope taken over"):
            s1.run(cycle_steps.verify, "nope", {"outcome": "effective"})


def test_an_outcome_a_newer_version_wrote_is_kept_while_the_evidence_changes(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _surveillance(make_audit, tmp_path).close()
    path = tmp_path / "s1.audit"
    with audit.open_audit(path, author="Anna Auditor") as s1:
        item_id = queries.carried(s1)[0].id
    forged.append(path, [("carried", item_id, "verification", "superbly_effective"),
                         ("audit", forged.audit_id(path), "stage2_readiness", "ready_pending_documents")])
    with audit.open_audit(path, author="Anna Auditor") as s1:
        queries.rebuild_cache(s1)
        s1.run(cycle_steps.verify, item_id, {"outcome": "superbly_effective", "evidence_text": "Seen on line 3"})
        [item] = queries.carried(s1)
        assert (item.verification, item.verification_evidence) == ("superbly_effective", "Seen on line 3")
        with s1.transaction() as tx:
            before = cycle_steps.conclude_readiness(tx, "ready_pending_documents", "Documents promised")
        details = queries.details(s1)
        assert (details.stage2_readiness, details.stage2_readiness_comment) == (
            "ready_pending_documents", "Documents promised")
        s1.run(cycle_steps.restore_readiness, before)
        assert queries.details(s1).stage2_readiness_comment is None
        with pytest.raises(InputError, match="stage2_readiness: 'soon' is not one of ready"):
            s1.run(cycle_steps.conclude_readiness, "soon", None)


def test_a_follow_up_rests_on_its_verification_undo_removes_both_redo_brings_them_back(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _surveillance(make_audit, tmp_path) as s1:
        [item] = queries.carried(s1)
        with s1.transaction() as tx:
            raised = cycle_steps.follow_up(
                tx, item.id,
                {"grade": "minor", "statement": "Still no records for new hires", "evidence_text": "QP-07 not applied"},
                {"outcome": "not_effective", "evidence_text": "3 of 4 new hires without records"})
        [finding] = queries.findings(s1)
        [item] = queries.carried(s1)
        assert (finding.id, finding.ref, finding.follow_up_of) == (raised.finding_id, "NC-01", item.id)
        assert finding.clause_ids == (clause_id(C, "7.2"),)
        assert (item.verification, item.verification_evidence, item.follow_up_id) == (
            "not_effective", "3 of 4 new hires without records", finding.id)
        s1.run(cycle_steps.withdraw_follow_up, raised)
        [item] = queries.carried(s1)
        assert queries.findings(s1) == [] and (item.verification, item.follow_up_id) == (None, None)
        s1.run(cycle_steps.reinstate_follow_up, raised)
        [item] = queries.carried(s1)
        assert [(f.id, f.ref) for f in queries.findings(s1)] == [(finding.id, "NC-01")]
        assert (item.verification, item.follow_up_id) == ("not_effective", finding.id)
        with pytest.raises(InputError, match="already has a follow-up finding"):
            s1.run(cycle_steps.follow_up, item.id, {"grade": "minor", "statement": "again", "evidence_text": "x"})
        assert len(queries.findings(s1)) == 1


def test_a_concern_edit_returns_what_undo_puts_back_and_an_empty_statement_is_refused(make_audit) -> None:  # type: ignore[no-untyped-def]
    s1 = make_audit(audit_type="stage1")
    s1.run(verification.add_concern, "Internal audits late", area="Production")
    concern_id = queries.concerns(s1)[0].id
    with s1.transaction() as tx:
        before = cycle_steps.revise_concern(tx, concern_id,
                                            {"statement": "Internal audits not done", "area": "Production"})
    assert before == {"statement": "Internal audits late", "area": "Production"}
    assert queries.concerns(s1)[0].statement == "Internal audits not done"
    with pytest.raises(InputError, match="an area of concern needs a statement"):
        s1.run(cycle_steps.revise_concern, concern_id, {"statement": "  "})
    s1.run(cycle_steps.restore_concern_fields, concern_id, before)
    assert [(c.statement, c.area) for c in queries.concerns(s1)] == [("Internal audits late", "Production")]
