"""Values this version does not know, in the services: labelled as stored, counted apart, never refused unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import forged_values as forged
import pytest

from auditor_app.domain import grading, vocab
from auditor_app.errors import InputError
from auditor_app.services import audit, completeness, demo, findings, history, queries, report_data, search
from auditor_app.services.session import AuditSession


@pytest.fixture
def newer(tmp_path: Path) -> Iterator[AuditSession]:
    path = tmp_path / "newer.audit"
    demo.build_demo(path, photos=2, notes_count=8, findings_count=4).close()
    forged.append(path, forged.unknown_everywhere(path))
    with audit.open_audit(path, author="Anna Auditor") as session:
        queries.rebuild_cache(session)
        yield session


def test_labels_mark_unknown_values_and_sort_them_last() -> None:
    assert vocab.label(vocab.RESULT_LABELS, "ofi") == "Opportunity for improvement"
    assert vocab.label(vocab.RESULT_LABELS, "partially_conforming") == "partially_conforming (unknown value)"
    assert vocab.label(vocab.STATUS_LABELS, 42) == "42 (unknown value)"
    assert vocab.label(vocab.STATUS_LABELS, None, "Open") == "Open"
    assert vocab.key_or_marked(vocab.ROLE_LABELS, "lead") == "lead"
    assert vocab.key_or_marked(vocab.ROLE_LABELS, "expert_witness") == "expert_witness (unknown value)"
    ordered = sorted(["zz_new", "not_audited", "aa_new", "ofi"], key=lambda r: vocab.rank(vocab.RESULT_LABELS, r))
    assert ordered == ["not_audited", "ofi", "aa_new", "zz_new"]
    assert grading.DEFAULT.label_of("critical") == "critical (unknown value)"
    assert grading.DEFAULT.find("critical") is None and grading.DEFAULT.rank("critical") > grading.DEFAULT.rank("ofi")


def test_the_completeness_check_warns_of_each_unknown_value_and_blocks_nothing(newer: AuditSession) -> None:
    gaps = completeness.check(report_data.gather(newer, "certification"))
    unknown = [g for g in gaps if "this version does not know" in g.message]
    assert {g.severity for g in unknown} == {"warning"}
    messages = {g.message for g in unknown}
    assert ("Clause 7.1.5 has a result this version does not know: partially_conforming; the report prints it as "
            "it is.") in messages
    assert "The audit has an audit type this version does not know: stage3; the report prints it as it is." in messages
    clause_gap = next(g for g in unknown if "partially_conforming" in g.message)
    assert (clause_gap.entity_type, clause_gap.entity_id) == ("clause", forged.CLAUSE_715)
    assert len(unknown) == 7  # type, role, result, note kind, grade, status, meeting kind


def test_history_and_search_label_unknown_values(newer: AuditSession) -> None:
    trail = history.clause_trail(newer, forged.CLAUSE_715)
    assert ("Result", "partially_conforming (unknown value)") in trail[0].changes
    with newer.reading() as conn:
        documents = search.documents(search.read_snapshot(conn))
    titles = {d.title for d in documents}
    assert any(t.startswith("video (unknown value)") for t in titles)
    assert any("critical (unknown value)" in t for t in titles)


def test_an_unknown_value_never_stops_an_edit_of_other_fields_and_comes_back_on_undo(newer: AuditSession) -> None:
    finding = next(f for f in queries.findings(newer) if f.grade == "critical")
    with newer.transaction() as tx:  # the composer sends the unchanged grade and status along with the edit
        findings.edit_finding(tx, finding.id, grade="critical", status="disputed", action_owner="Tomasz Nowak")
    with newer.transaction() as tx:
        previous = audit.set_clause_result(tx, None, forged.CLAUSE_715, "conforming")
    with newer.transaction() as tx:
        audit.restore_clause_result(tx, forged.CLAUSE_715, previous)  # undo
    clause = queries.clause(newer, forged.CLAUSE_715)
    assert clause is not None and clause.result == "partially_conforming"
    edited = next(f for f in queries.findings(newer) if f.id == finding.id)
    assert (edited.grade, edited.status, edited.action_owner) == ("critical", "disputed", "Tomasz Nowak")
    with pytest.raises(InputError, match="is not one of"), newer.transaction() as tx:  # nothing new gets in
        tx.set("clause", forged.CLAUSE_715, {"result": "invented_here"})
    with pytest.raises(InputError, match="not in the audit's grading scheme"), newer.transaction() as tx:
        findings.edit_finding(tx, finding.id, grade="catastrophic")
