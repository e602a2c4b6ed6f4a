"""A certification chain Stage 1 → Stage 2 → surveillance 1 → surveillance 2 driven through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, findings, queries, verification
from tests.cli.test_cli import cli

NC = "Competence records are not retained for operators of the CNC cells (ISO 9001 7.2 d)."


def _record(path: Path, work) -> None:  # type: ignore[no-untyped-def]
    """What the auditor records on site (in the window; here through the same services)."""
    with audit.open_audit(path, author="Anna Auditor") as session:
        work(session)


def _info(path: Path) -> dict:  # type: ignore[type-arg]
    result = cli("info", path, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_the_chain_carries_verifies_and_follows_up_through_the_command_line(tmp_path: Path) -> None:
    stage1, stage2, s1, s2 = (tmp_path / f"{n}.audit" for n in ("stage1", "stage2", "s1", "s2"))
    made = cli("new", stage1, "--checklist", "iso9001-2015", "--type", "stage1", "--client", "Müller GmbH",
               "--auditor", "Anna Auditor")
    assert made.returncode == 0, made.stderr

    def stage1_work(session):  # type: ignore[no-untyped-def]
        session.run(audit.update_details, {"scope": "CNC machining", "sites": ["Esslingen"],
                                           "start_date": "2026-02-02"})
        session.run(lambda tx: audit.set_clause_result(tx, "iso9001-2015", "4.3", "conforming"))
        session.run(verification.set_readiness, "ready_with_concerns", "Internal audits late")
        session.run(verification.add_concern, "Internal audits of production not yet done",
                    clause_refs=["iso9001-2015#9.2"], area="Production")
    _record(stage1, stage1_work)
    info = _info(stage1)
    assert info["details"]["stage2_readiness"] == "ready_with_concerns" and len(info["concerns"]) == 1

    made = cli("new", stage2, "--from", stage1, "--type", "stage2", "--start", "2026-03-02",
               "--auditor", "Anna Auditor")
    assert made.returncode == 0, made.stderr
    assert "to verify: 0 previous finding(s), 1 Stage 1 area(s) of concern" in made.stdout
    listed = cli("verify", stage2)
    assert "AC-01    Stage 1 area of concern from Stage 1, 2026-02-02: not yet checked" in listed.stdout
    done = cli("verify", stage2, "AC-01", "--outcome", "effective", "--evidence", "Audit reports IA-07..09 seen",
               "--auditor", "Anna Auditor")
    assert done.returncode == 0 and "AC-01: effective" in done.stdout

    def stage2_work(session):  # type: ignore[no-untyped-def]
        session.run(lambda tx: audit.set_clause_result(tx, "iso9001-2015", "7.2", "nonconformity"))
        session.run(findings.create_finding, grade="minor", clause_ids=[clause_id("iso9001-2015", "7.2")],
                    evidence_text="2 of 5 operators without records", statement=NC, due_date="2026-05-01")
    _record(stage2, stage2_work)
    assert _info(stage2)["details"]["client"] == "Müller GmbH"

    made = cli("new", s1, "--from", stage2, "--type", "surveillance", "--auditor", "Anna Auditor")
    assert made.returncode == 0 and "1 previous finding(s), 0 Stage 1" in made.stdout
    raised = cli("verify", s1, "NC-01", "--follow-up", "minor", "--statement", "Records still missing for new hires",
                 "--evidence", "3 of 4 new hires without records", "--auditor", "Anna Auditor")
    assert raised.returncode == 0 and "follow-up finding NC-01 raised" in raised.stdout, raised.stderr
    info = _info(s1)
    assert info["to_verify"] == [{"ref": "NC-01", "kind": "previous_finding", "verification": "not_effective",
                                  "origin": "Stage 2, 2026-03-02"}]
    assert info["grades"] == {"minor": 1}

    made = cli("new", s2, "--from", s1, "--type", "surveillance", "--auditor", "Anna Auditor")
    assert made.returncode == 0, made.stderr
    with audit.open_audit(s2, author="Reader", read_only=True) as session:
        [item] = queries.carried(session)  # the follow-up, whose origin is surveillance 1
        assert item.statement == "Records still missing for new hires" and item.origin_audit == "Surveillance"
        details = queries.details(session)
        assert details.chain_id == _info(stage1)["audit_id"]
        history = json.loads(details.cycle_history or "[]")
        assert [e["audit_type"] for e in history] == ["stage1", "stage2", "surveillance"]
        assert history[0]["covered"] == {"iso9001-2015": ["4.3"]} and history[1]["covered"] == {"iso9001-2015": ["7.2"]}


def test_the_report_and_workbook_of_a_surveillance_show_the_verification(tmp_path: Path) -> None:
    stage2, s1 = tmp_path / "stage2.audit", tmp_path / "s1.audit"
    assert cli("new", stage2, "--checklist", "iso9001-2015", "--type", "stage2", "--client", "ACME").returncode == 0
    _record(stage2, lambda s: s.run(findings.create_finding, grade="minor", statement=NC, evidence_text="seen",
                                    clause_ids=[clause_id("iso9001-2015", "7.2")]))
    assert cli("new", s1, "--from", stage2, "--type", "surveillance").returncode == 0
    assert cli("verify", s1, "1", "--outcome", "partly", "--evidence", "Records for machining only").returncode == 0
    out = cli("export", s1, "--pdf", tmp_path / "s1.pdf", "--xlsx", tmp_path / "s1.xlsx", "--profile", "internal")
    assert out.returncode == 0, out.stderr
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", tmp_path / "s1.pdf", "-"], capture_output=True, text=True).stdout
    assert "Verification of previous findings" in text and "Partly effective" in text
    assert "Records for machining only" in text and "ISO 9001 7.2 Competence" in text
    sheet = load_workbook(tmp_path / "s1.xlsx", read_only=True)["Previous findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Ref", "Kind", "From audit") and rows[1][0] == "NC-01"
    assert rows[1][8] == "Partly effective" and "Records for machining only" in rows[1][9]


def test_verify_refuses_what_it_cannot_do_in_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "a.audit"
    assert cli("new", path, "--checklist", "iso9001-2015").returncode == 0
    for args, message in (((path, "NC-09", "--outcome", "effective"), "no item 'NC-09' to verify"),
                          ((path, "NC-01"), "say what was found"),
                          ((path, "NC-01", "--follow-up", "minor"), "--follow-up needs --statement")):
        result = cli("verify", *args)
        assert result.returncode == 1 and message in result.stderr and len(result.stderr.splitlines()) == 1
    result = cli("new", tmp_path / "b.audit", "--from", tmp_path / "missing.audit", "--type", "surveillance")
    assert result.returncode == 1 and "missing.audit" in result.stderr and not (tmp_path / "b.audit").exists()
    result = cli("new", tmp_path / "c.audit", "--from", path)
    assert result.returncode == 1 and "--from needs --type" in result.stderr
