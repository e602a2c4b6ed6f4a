"""The certification report on the command line: what ISO/IEC 17021-1 9.4.8 requires, or one clear refusal."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, findings
from tests.cli.test_cli import cli

COMPLETE = {"objectives": "Confirm conformity", "scope": "Machining", "criteria": "ISO 9001:2015",
            "conclusions": "Effective", "start_date": "2026-11-10", "end_date": "2026-11-12",
            "recommendation": "Recommended.", "recommendation_decision": "recommend", "objectives_met": "yes",
            "client_representative": "Maria Schulz"}


def test_a_recommendation_beside_an_open_major_is_refused_until_the_major_is_closed(
        make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = make_audit(name="acme.audit", **COMPLETE)
    session.run(audit.add_team_member, "Anna Auditor", "lead")
    with session.transaction() as tx:
        major = findings.create_finding(tx, grade="major", clause_ids=[clause_id("iso9001-2015", "8.4.1")],
                                        evidence_text="Supplier never evaluated", statement="Not evaluated")
    path = session.path
    session.close()
    out = tmp_path / "report.pdf"
    refused = cli("export", path, "--pdf", out)
    assert refused.returncode == 1 and "internal error" not in refused.stderr
    assert ("Certification is recommended, but major nonconformity NC-01 is still open (verify and close it, or "
            "change the decision).") in refused.stderr
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))
    with audit.open_audit(path, author="Anna Auditor") as again:
        again.run(findings.edit_finding, major, status="verified_closed")
    done = cli("export", path, "--pdf", out)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Client's representative Maria Schulz" in text and "Recommended for certification" in text


def test_the_demo_records_its_decision_and_exports_as_a_certification_report(tmp_path: Path) -> None:
    path = tmp_path / "demo.audit"
    assert cli("demo", path, "--photos", 1, "--notes", 6, "--findings", 5).returncode == 0  # the fifth is a major
    result = cli("export", path, "--pdf", tmp_path / "r.pdf")
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Not recommended for certification" in text and "Yes, fulfilled." in text
