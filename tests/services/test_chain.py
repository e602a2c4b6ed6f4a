"""The certification cycle: each audit made from the previous one carries what it must and verifies what was open."""

from __future__ import annotations

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import audit, carry, cycle, findings, library, merge, queries, verification
from auditor_app.services.session import AuditSession

STATEMENT = "The organization has not retained documented information as evidence of competence (7.2 d)."


def _stage1(make_audit) -> AuditSession:  # type: ignore[no-untyped-def]
    s1 = make_audit("stage1.audit", audit_type="stage1", start_date="2026-02-02", end_date="2026-02-02",
                    report_number="R-2026-001", scope="Machining of precision parts", sites=["Ulm", "Neu-Ulm"],
                    client_representative="Jana Roth", criteria="ISO 9001:2015")
    s1.run(audit.add_team_member, "Ben Berger", "lead")
    s1.run(lambda tx: audit.set_clause_result(tx, "iso9001-2015", "4.1", "conforming"))
    s1.run(verification.set_readiness, "ready_with_concerns", "Internal audit programme started late")
    s1.run(verification.add_concern, "Internal audits of production not yet done",
           clause_refs=["iso9001-2015#9.2"], area="Production")
    return s1


def test_stage2_from_stage1_carries_the_client_and_brings_the_concerns_to_check(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _stage1(make_audit).close()
    s2, summary = carry.new_from_previous(tmp_path / "stage2.audit", tmp_path / "stage1.audit", author="Anna Auditor",
                                          audit_type="stage2", start_date="2026-03-02", end_date="2026-03-04")
    with s2:
        d = queries.details(s2)
        assert (d.client, d.scope, d.sites, d.client_representative, d.criteria) == (
            "ACME GmbH", "Machining of precision parts", ("Ulm", "Neu-Ulm"), "Jana Roth", "ISO 9001:2015")
        assert d.audit_type == "stage2" and d.start_date == "2026-03-02" and d.report_number is None
        assert d.previous_audit == "Stage 1, 2026-02-02, report R-2026-001" and d.chain_id == d.previous_audit_id
        assert d.title == "ACME GmbH – Stage 2 2026"
        # Results and notes are not carried; the team is, with its earlier lead joining as an auditor.
        assert {c.result for c in queries.clauses(s2)} == {"not_audited"}
        assert {(m.name, m.role) for m in queries.team(s2)} == {("Anna Auditor", "lead"), ("Ben Berger", "auditor")}
        [concern] = queries.carried(s2)
        assert (concern.kind, concern.statement, concern.clause_refs, concern.requirement) == (
            "stage1_concern", "Internal audits of production not yet done", ("iso9001-2015#9.2",), "Production")
        assert summary.concerns == 1 and summary.findings == 0
        [entry] = cycle.history(d)
        assert entry["audit_type"] == "stage1" and entry["covered"] == {"iso9001-2015": ["4.1"]}


def _with_open_nc(make_audit, name: str = "stage2.audit") -> AuditSession:  # type: ignore[no-untyped-def]
    s2 = make_audit(name, audit_type="stage2", start_date="2026-03-02", report_number="R-2026-014")
    nc = s2.run(findings.create_finding, grade="minor", clause_ids=[clause_id("iso9001-2015", "7.2")],
                requirement="ISO 9001 7.2 d)", evidence_text="No training records for 2 of 5 operators",
                statement=STATEMENT, due_date="2026-05-01")
    [finding] = queries.findings(s2)
    s2.run(findings.edit_finding, finding.id, status="action_accepted", root_cause="No records procedure",
           correction="Records completed", corrective_action="Procedure QP-07 revised")
    closed = s2.run(findings.create_finding, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                    evidence_text="x", statement="Closed one")
    assert nc and closed
    closed_id = [f for f in queries.findings(s2) if f.statement == "Closed one"][0].id
    s2.run(findings.edit_finding, closed_id, status="verified_closed")
    return s2


def _surveillance(make_audit, tmp_path, **details):  # type: ignore[no-untyped-def]
    """Surveillance 1 made from a Stage 2 with one open minor nonconformity (and one closed)."""
    _with_open_nc(make_audit).close()
    return carry.new_from_previous(tmp_path / "s1.audit", tmp_path / "stage2.audit", author="Anna Auditor",
                                   audit_type="surveillance", **details)


def test_surveillance_takes_over_open_findings_with_their_origin_and_the_clients_response(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s1, summary = _surveillance(make_audit, tmp_path)
    with s1:
        [item] = queries.carried(s1)
        assert (item.kind, item.ref, item.grade, item.statement, item.due_date, item.origin_status) == (
            "previous_finding", "NC-01", "minor", STATEMENT, "2026-05-01", "action_accepted")
        assert item.client_response == ("Root cause: No records procedure\nCorrection: Records completed\n"
                                        "Corrective action: Procedure QP-07 revised")
        assert item.clause_refs == ("iso9001-2015#7.2",)
        assert item.origin_audit == "Stage 2, 2026-03-02, report R-2026-014"
        assert summary.findings == 1 and queries.findings(s1) == []


def test_not_effective_raises_a_follow_up_in_one_step_and_the_next_audit_carries_it(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s1, _ = _surveillance(make_audit, tmp_path, start_date="2027-03-01")
    with s1:
        [item] = queries.carried(s1)
        changes = s1.run(verification.raise_follow_up, item.id, grade="minor",
                         statement="Competence records still missing for new hires",
                         evidence_text="3 of 4 operators hired 2026 without records")
        assert changes.ids("finding") and changes.ids("carried") == {item.id}
        [follow_up] = queries.findings(s1)
        [item] = queries.carried(s1)
        assert item.verification == "not_effective" and item.follow_up_id == follow_up.id
        assert item.verified_by == "Anna Auditor" and item.verified_on
        assert follow_up.follow_up_of == item.id and follow_up.clause_ids == (clause_id("iso9001-2015", "7.2"),)
        assert follow_up.requirement == "ISO 9001 7.2 d)"
        with pytest.raises(InputError, match="already has a follow-up"):
            s1.run(verification.raise_follow_up, item.id, grade="minor", statement="again", evidence_text="x")
    s2, summary = carry.new_from_previous(tmp_path / "s2.audit", tmp_path / "s1.audit", author="Anna Auditor",
                                          audit_type="surveillance")
    with s2:
        [carried] = queries.carried(s2)  # the follow-up, not the original a second time
        assert carried.statement == "Competence records still missing for new hires" and summary.findings == 1
        assert [e["audit_type"] for e in cycle.history(queries.details(s2))] == ["stage2", "surveillance"]


def test_an_item_left_unverified_or_partly_effective_comes_over_again_with_what_was_found(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s1, _ = _surveillance(make_audit, tmp_path, start_date="2027-03-01")
    with s1:
        [item] = queries.carried(s1)
        s1.run(verification.record_verification, item.id, outcome="partly",
               evidence_text="Records complete for machining, not yet for assembly")
    s2, _ = carry.new_from_previous(tmp_path / "s2.audit", tmp_path / "s1.audit", author="Anna Auditor",
                                    audit_type="surveillance")
    with s2:
        [again] = queries.carried(s2)
        assert again.ref == "NC-01" and again.origin_audit == "Stage 2, 2026-03-02, report R-2026-014"
        assert again.verification is None and again.id != item.id
        assert again.client_response.endswith("Surveillance, 2027-03-01: Partly effective, Records complete for "
                                              "machining, not yet for assembly")


def test_verification_cites_notes_and_photos_and_refuses_unknown_outcomes(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import notes

    s1, _ = _surveillance(make_audit, tmp_path)
    with s1:
        [item] = queries.carried(s1)
        s1.run(notes.add_note, clause_id("iso9001-2015", "7.2"), "document", "Sampled 5 training records: complete")
        [note] = queries.notes(s1)
        s1.run(verification.record_verification, item.id, outcome="effective", evidence_text="Records sampled",
               note_ids=[note.id], verified_on="2027-03-01")
        [item] = queries.carried(s1)
        assert (item.verification, item.note_ids, item.verified_on) == ("effective", (note.id,), "2027-03-01")
        with pytest.raises(InputError, match="unknown verification outcome 'fine'"):
            s1.run(verification.record_verification, item.id, outcome="fine")


def test_the_newer_edition_is_offered_with_its_diff_and_references_follow_the_clause_numbers(make_audit, tmp_path,
                                                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    _with_open_nc(make_audit).close()
    old = library.get("iso9001-2015")
    newer = dataclasses.replace(old, key="iso9001-2026", edition="2026", clauses=old.clauses[:-1])
    real_entries, real_get = library.entries, library.get
    monkeypatch.setattr(library, "entries", lambda: [*real_entries(), dataclasses.replace(
        real_entries()[0], key="iso9001-2026", edition="2026", standard=old.standard)])
    monkeypatch.setattr(library, "get", lambda key: newer if key == "iso9001-2026" else real_get(key))
    with carry.open_previous(tmp_path / "stage2.audit", author="x") as previous:
        [offer] = carry.edition_offers(carry.checklists_of(previous))
    assert offer.newer is newer and offer.diff is not None and offer.diff.removed
    assert "→ ISO 9001:2026 (iso9001-2026)" in offer.describe()
    s1, summary = carry.new_from_previous(tmp_path / "s1.audit", tmp_path / "stage2.audit", author="Anna Auditor",
                                          audit_type="surveillance", update=["iso9001-2015"])
    with s1:
        assert [c.key for c in queries.checklists(s1)] == ["iso9001-2026"]
        assert queries.carried(s1)[0].clause_refs == ("iso9001-2026#7.2",)
        [moved] = summary.updated
        assert moved.startswith("ISO 9001") and " removed (10, " in moved
    with pytest.raises(InputError, match="not in the previous audit"):
        carry.new_from_previous(tmp_path / "x.audit", tmp_path / "stage2.audit", author="A", audit_type="surveillance",
                                update=["iso14001-2015"])
    assert not (tmp_path / "x.audit").exists()


def test_a_carried_item_verified_in_two_auditors_copies_merges_into_one_item(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _with_open_nc(make_audit).close()
    lead, _ = carry.new_from_previous(tmp_path / "lead.audit", tmp_path / "stage2.audit", author="Anna Auditor",
                                      audit_type="surveillance")
    with lead:
        merge.hand_over_copy(lead, tmp_path / "member.audit", "Ben Berger")
    # The member made their own audit from the same previous one, independently: its item has the same id.
    other, _ = carry.new_from_previous(tmp_path / "own.audit", tmp_path / "stage2.audit", author="Ben Berger",
                                       audit_type="surveillance")
    with other:
        own_item = queries.carried(other)[0].id
    with audit.open_audit(tmp_path / "member.audit", author="Ben Berger") as member:
        [item] = queries.carried(member)
        member.run(verification.record_verification, item.id, outcome="effective", evidence_text="Records seen")
    assert own_item == item.id
    with audit.open_audit(tmp_path / "lead.audit", author="Anna Auditor") as target:
        merge.merge_into(target, [tmp_path / "member.audit"])
        [merged] = queries.carried(target)
        assert merged.verification == "effective" and merged.verified_by == "Ben Berger"


def test_a_damaged_previous_audit_seeds_nothing(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _with_open_nc(make_audit).close()
    data = bytearray((tmp_path / "stage2.audit").read_bytes())
    data[100:120] = b"\x00" * 20
    (tmp_path / "stage2.audit").write_bytes(bytes(data))
    with pytest.raises(Exception, match="stage2.audit") as caught:
        carry.new_from_previous(tmp_path / "s1.audit", tmp_path / "stage2.audit", author="A", audit_type="surveillance")
    assert "Traceback" not in str(caught.value) and not (tmp_path / "s1.audit").exists()


def test_completeness_holds_stage1_and_previous_majors_to_the_certification_rules(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import completeness, reports

    stage1 = make_audit("st1.audit", audit_type="stage1")
    data, gaps = reports.prepare(stage1, "certification")
    assert any(g.severity == "error" and "readiness for Stage 2 is not recorded" in g.message for g in gaps)
    assert reports.applies("stage1", data) and not reports.applies("previous", data)
    s2 = _with_open_nc(make_audit, "major.audit")
    [nc] = [f for f in queries.findings(s2) if f.status != "verified_closed"]
    s2.run(findings.edit_finding, nc.id, grade="major")
    s2.close()
    s1, _ = carry.new_from_previous(tmp_path / "s1.audit", tmp_path / "major.audit", author="Anna Auditor",
                                    audit_type="surveillance")
    with s1:
        s1.run(audit.update_details, {"recommendation_decision": "recommend"})
        [item] = queries.carried(s1)
        messages = [g.message for g in completeness.blocking(reports.prepare(s1, "certification")[1])]
        assert any("major nonconformity NC-01 from Stage 2" in m and "not verified as effective" in m
                   for m in messages)
        s1.run(verification.record_verification, item.id, outcome="effective", evidence_text="Records complete")
        messages = [g.message for g in reports.prepare(s1, "certification")[1]]
        assert not any("NC-01 from" in m for m in messages)
        with pytest.raises(InputError, match=r"must contain the section\(s\) previous"):
            reports.export_pdf(s1, tmp_path / "r.pdf", sections=set(reports.CERTIFICATION_SECTIONS) - {"previous"})


def test_the_next_audit_uses_the_same_report_template(make_audit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_audit("stage1.audit", audit_type="stage1", report_template="CB ISO 9001 (EN)").close()
    s2, _summary = carry.new_from_previous(tmp_path / "stage2.audit", tmp_path / "stage1.audit", author="Anna Auditor",
                                           audit_type="stage2")
    with s2:
        assert queries.details(s2).report_template == "CB ISO 9001 (EN)"
