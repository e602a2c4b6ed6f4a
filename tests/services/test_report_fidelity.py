"""What ISO/IEC 17021-1 9.4.8 makes a certification report carry, and the rules the report and findings follow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import forged_values as forged
import openpyxl
import pytest
from pypdf import PdfReader

from auditor_app.domain import grading
from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import (
    audit,
    completeness,
    findings,
    integrity,
    interchange,
    merge,
    queries,
    report_data,
    reports,
)
from auditor_app.services.session import AuditSession, new_id

C = "iso9001-2015"
COMPLETE = {"objectives": "Confirm conformity", "scope": "Machining", "criteria": "ISO 9001:2015",
            "conclusions": "Effective", "start_date": "2026-11-10", "end_date": "2026-11-12",
            "recommendation": "Recommended once NC-01 is closed.", "recommendation_decision": "recommend",
            "objectives_met": "yes"}
FIDELITY = {"client_representative": "Maria Schulz", "client_representative_role": "QM representative",
            "changes_since_last": "New CNC cell in Werk 1", "certification_marks": "Mark used on letterheads only",
            "objectives_met": "partly", "objectives_comment": "Site 2 closed for a strike; audited remotely",
            "recommendation_decision": "do_not_recommend"}


def _complete(make_audit, scheme: str = "iso17021", **details: object) -> AuditSession:  # type: ignore[no-untyped-def]
    session = make_audit(**{**COMPLETE, "grading_scheme": scheme, **details})
    session.run(audit.add_team_member, "Anna Auditor", "lead")
    return session


def _major(session: AuditSession, grade: str = "major") -> str:
    with session.transaction() as tx:
        return findings.create_finding(tx, grade=grade, clause_ids=[clause_id(C, "8.4.1")],
                                       evidence_text="Supplier never evaluated",
                                       statement="External providers are not evaluated")


def _errors(session: AuditSession, profile: str = "certification") -> list[str]:
    return [g.message for g in completeness.check(report_data.gather(session, profile)) if g.severity == "error"]


@pytest.mark.parametrize(("scheme", "grade"), [("iso17021", "major"), ("afnor", "NCmaj"), ("ghtf_n19", "4"),
                                               ("ghtf_n19", "5")])
def test_recommending_certification_with_an_open_major_blocks_the_certification_report(
        make_audit, tmp_path: Path, scheme: str, grade: str) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit, scheme)
    finding = _major(session, grade)
    message = ("Certification is recommended, but major nonconformity NC-01 is still open (verify and close it, "
               "or change the decision).")
    assert _errors(session) == [message]
    with pytest.raises(reports.ReportBlocked, match=r"major nonconformity NC-01 is still open"):
        reports.export_pdf(session, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
    session.run(findings.edit_finding, finding, status="verified_closed")
    assert _errors(session) == []


def test_a_minor_or_a_decision_not_to_recommend_is_no_error(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit, "ghtf_n19")
    _major(session, "3")  # GHTF N19 grade 3 is not major
    assert _errors(session) == []
    _major(session, "5")
    session.run(audit.update_details, {"recommendation_decision": "do_not_recommend"})
    assert _errors(session) == []


def test_major_grades_per_scheme() -> None:
    assert [k for k in grading.DEFAULT.grade_keys() if grading.is_major("iso17021", k)] == ["major"]
    assert [k for k in grading.AFNOR.grade_keys() if grading.is_major("afnor", k)] == ["NCmaj"]
    assert [k for k in grading.GHTF_N19.grade_keys() if grading.is_major("ghtf_n19", k)] == ["4", "5"]
    assert not grading.is_major(None, "NCmaj") and grading.is_major(None, "major")  # no scheme: the default


def test_objectives_and_decision_are_required_for_certification(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit, objectives_met=None, recommendation_decision=None)
    assert _errors(session) == ["Whether the audit objectives were met is not recorded.",
                                "The team's recommendation decision is not chosen."]
    session.run(audit.update_details, {"objectives_met": "partly", "recommendation_decision": "not_applicable"})
    assert _errors(session) == ["The audit objectives were not fully met, but no explanation is recorded."]
    session.run(audit.update_details, {"objectives_comment": "Site 2 was not accessible"})
    assert _errors(session) == []
    internal = [g for g in completeness.check(report_data.gather(session, "internal"))]
    assert all(g.severity == "warning" for g in internal)


def test_a_certification_report_refuses_to_leave_out_a_required_section(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit)
    everything = {"cover", "contents", "details", "summary", "diverging", "disclaimer", "statistics", "findings"}
    with pytest.raises(InputError, match=r"must contain the section\(s\) disclaimer, findings \(ISO/IEC 17021-1 "):
        reports.export_pdf(session, tmp_path / "r.pdf", sections=everything - {"disclaimer", "findings"})
    assert not (tmp_path / "r.pdf").exists()
    path, _gaps = reports.export_pdf(session, tmp_path / "r.pdf", sections=set(reports.CERTIFICATION_SECTIONS))
    assert path.exists()
    internal, _gaps = reports.export_pdf(session, tmp_path / "i.pdf", profile="internal", sections={"findings"})
    assert internal.exists()


def test_the_new_details_reach_the_pdf_the_workbook_and_the_interchange_state(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit, **{**FIDELITY, "objectives_met": "partly"})
    pdf, _gaps = reports.export_pdf(session, tmp_path / "r.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    for expected in ("Client's representative", "Maria Schulz, QM representative", "Changes since the last audit",
                     "New CNC cell in Werk 1", "Use of certification marks and references",
                     "Mark used on letterheads only", "Partly fulfilled. Site 2 closed for a strike; audited remotely",
                     "Not recommended for certification"):
        assert expected in text, expected
    book = reports.export_xlsx(session, tmp_path / "r.xlsx")
    summary = {r[0].value: r[1].value for r in openpyxl.load_workbook(book)["Summary"].iter_rows() if r[0].value}
    assert summary["Client's representative"] == "Maria Schulz, QM representative"
    assert summary["Changes since the last audit"] == "New CNC cell in Werk 1"
    assert summary["Certification marks and references"] == "Mark used on letterheads only"
    assert summary["Audit objectives met"] == "Partly fulfilled"
    assert summary["Objectives: explanation"] == "Site 2 closed for a strike; audited remotely"
    assert summary["Recommendation decision"] == "Not recommended for certification"
    state = interchange.to_document(session)["state"]["audit"]
    assert {k: state[k] for k in FIDELITY} == FIDELITY


def test_a_format_2_file_gains_the_new_audit_columns_when_upgraded(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    for column in FIDELITY:  # the file as format 2 wrote it: without these columns
        conn.execute(f"ALTER TABLE c_audit DROP COLUMN {column}")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    with audit.open_audit(path, author="Anna Auditor") as upgraded:
        upgraded.run(audit.update_details, FIDELITY)
        assert {k: getattr(queries.details(upgraded), k) for k in FIDELITY} == FIDELITY


def test_the_service_refuses_a_nonconformity_without_a_statement(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    clause = [clause_id(C, "8.4.1")]
    with pytest.raises(InputError, match=r"^a nonconformity needs a statement of nonconformity"):
        session.run(findings.create_finding, grade="minor", clause_ids=clause, evidence_text="seen")
    with session.transaction() as tx:
        ofi = findings.create_finding(tx, grade="ofi", clause_ids=[], evidence_text="seen")  # not an NC: fine
    with pytest.raises(InputError, match=r"^finding OFI-01: a nonconformity needs a statement of nonconformity"):
        session.run(findings.edit_finding, ofi, grade="minor")
    nc = _major(session)
    with pytest.raises(InputError, match=r"^finding NC-01: a nonconformity needs a statement"):
        session.run(findings.edit_finding, nc, statement="  ")
    assert [f.statement for f in queries.findings(session) if f.id == nc] == ["External providers are not evaluated"]


def test_an_older_nonconformity_without_a_statement_is_merged_and_answered(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    older = make_audit(name="older.audit")
    copy = audit.save_copy(older, tmp_path / "copy.audit")
    legacy = new_id()

    def as_an_older_version_wrote_it(tx) -> None:  # type: ignore[no-untyped-def]
        tx.create("finding", legacy, {"ref": "NC-07", "grade": "major", "evidence_text": "seen", "status": "open"})

    older.run(as_an_older_version_wrote_it)
    older.close()
    with audit.open_audit(copy, author="Lead") as lead:
        merge.merge_into(lead, [tmp_path / "older.audit"])
        assert [f.ref for f in queries.findings(lead)] == ["NC-07"]
        with lead.transaction() as tx:
            previous = findings.edit_finding(tx, legacy, status="correction_proposed", correction="Evaluated")
        assert queries.findings(lead)[0].status == "correction_proposed"
        lead.run(findings.put_back, legacy, **previous)  # undo
        assert queries.findings(lead)[0].status == "open"


def test_a_format_2_file_without_the_new_columns_is_still_read_as_it_is(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    for column in FIDELITY:
        conn.execute(f"ALTER TABLE c_audit DROP COLUMN {column}")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        assert integrity.full_check(reader).problems == []
        assert queries.details(reader).client == "ACME GmbH" and queries.details(reader).objectives_met is None
        out, _gaps = reports.export_pdf(reader, tmp_path / "r.pdf", profile="internal")
        assert out.exists()
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(c_audit)")}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2 and not set(FIDELITY) & columns  # untouched
    conn.close()


def test_a_newer_versions_decision_is_printed_as_it_is_and_warned_of(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = _complete(make_audit)
    path = session.path
    session.close()
    forged.append(path, [("audit", forged.audit_id(path), "recommendation_decision", "recommend_with_conditions"),
                         ("audit", forged.audit_id(path), "objectives_met", "mostly")])
    with audit.open_audit(path, author="Anna Auditor") as session:
        queries.rebuild_cache(session)
        gaps = completeness.check(report_data.gather(session, "certification"))
        assert [g.message for g in gaps if g.severity == "error"] == []
        warned = [g.message for g in gaps if "this version does not know" in g.message]
        assert warned == [
            "The audit has an answer to whether the objectives were met this version does not know: mostly; the "
            "report prints it as it is.",
            "The audit has a recommendation decision this version does not know: recommend_with_conditions; the "
            "report prints it as it is."]
        pdf, _gaps = reports.export_pdf(session, tmp_path / "r.pdf")
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
        assert "recommend_with_conditions (unknown value)" in text and "mostly (unknown value)." in text
