"""GHTF N19 findings: the factors are stored with the finding and the grade is the one they give."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import findings, queries

NOT_FULFILLED = "The requirement is not fulfilled as the evidence shows."  # 17021-1 9.4.5.2

MD = "iso13485-2016"
EVIDENCE = "Batch record 4411 shows no sterilization validation reference."


@pytest.fixture
def n19_audit(make_audit: Any) -> Any:
    session = make_audit(checklists=(MD, "iso9001-2015"), grading_scheme="ghtf_n19")
    return session


def _basis(**factors: bool) -> dict[str, Any]:
    return {"scheme": "ghtf_n19", "repeat": False, "no_procedure": False, "released_nonconforming": False,
            **factors}


def test_a_finding_saved_with_factors_keeps_them_and_gets_the_computed_grade(n19_audit: Any) -> None:
    session = n19_audit
    with session.transaction() as tx:
        fid = findings.create_finding(tx, statement=NOT_FULFILLED,
                                      grade="4", clause_ids=[clause_id(MD, "4.2.4"), clause_id(MD, "7.5.6")],
                                      evidence_text=EVIDENCE, grading_basis=_basis(no_procedure=True))
    finding = next(f for f in queries.findings(session) if f.id == fid)
    assert finding.grade == "4"  # 7.5.6: direct, first occurrence (3), +1 no procedure; 4.2.4 would give 2
    assert json.loads(finding.grading_basis or "") == _basis(no_procedure=True)
    session.close()
    conn = sqlite3.connect(session.file.path)  # on disk, in the finding's cache row and its log
    assert json.loads(conn.execute("SELECT grading_basis FROM c_finding").fetchone()[0]) == _basis(no_procedure=True)
    conn.close()


def test_a_grade_the_factors_do_not_give_is_refused_with_the_computed_one(n19_audit: Any) -> None:
    refused = (r"grade 2 does not follow from the N19 factors: Grade 5 — direct QMS impact \(8\.3\), repeat; "
               r"\+1 nonconforming devices released")
    with pytest.raises(InputError, match=refused), n19_audit.transaction() as tx:
        findings.create_finding(tx, statement=NOT_FULFILLED,
                                grade="2", clause_ids=[clause_id(MD, "8.3")], evidence_text=EVIDENCE,
                                grading_basis=_basis(repeat=True, released_nonconforming=True))
    assert queries.findings(n19_audit) == []


def test_only_iso13485_clauses_are_graded_in_an_integrated_audit(n19_audit: Any) -> None:
    with pytest.raises(InputError, match="needs an ISO 13485 clause"), n19_audit.transaction() as tx:
        findings.create_finding(tx, statement=NOT_FULFILLED, grade="3", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text=EVIDENCE, grading_basis=_basis())
    with n19_audit.transaction() as tx:  # the 9001 clause is cited but does not raise 13485's 5.6 grade
        fid = findings.create_finding(tx, statement=NOT_FULFILLED,
                                      grade="1", evidence_text=EVIDENCE, grading_basis=_basis(),
                                      clause_ids=[clause_id("iso9001-2015", "8.5.1"), clause_id(MD, "5.6")])
    assert next(f for f in queries.findings(n19_audit) if f.id == fid).grade == "1"


def test_changing_the_clauses_must_keep_the_grade_the_factors_give(n19_audit: Any) -> None:
    with n19_audit.transaction() as tx:
        fid = findings.create_finding(tx, statement=NOT_FULFILLED,
                                      grade="1", clause_ids=[clause_id(MD, "6.2")], evidence_text=EVIDENCE,
                                      grading_basis=_basis())
    refused = r"grade 1 does not follow .*Grade 3 — direct QMS impact \(7\.4\.1\)"
    with pytest.raises(InputError, match=refused), n19_audit.transaction() as tx:
        findings.set_references(tx, fid, clause_ids=[clause_id(MD, "7.4.1")])
        findings.check_grade(tx, fid)
    with n19_audit.transaction() as tx:
        findings.edit_finding(tx, fid, grade="3")
        findings.set_references(tx, fid, clause_ids=[clause_id(MD, "7.4.1")])
        findings.check_grade(tx, fid)
    assert next(f for f in queries.findings(n19_audit) if f.id == fid).grade == "3"


def test_factors_are_refused_under_another_scheme(make_audit: Any) -> None:
    session = make_audit(checklists=(MD,))
    refused = r"grading_basis: the audit's grading scheme \(iso17021\)"
    with pytest.raises(InputError, match=refused), session.transaction() as tx:
        findings.create_finding(tx, statement=NOT_FULFILLED,
                                grade="minor", clause_ids=[clause_id(MD, "7.5.6")], evidence_text=EVIDENCE,
                                grading_basis=_basis())
