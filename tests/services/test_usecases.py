"""Use cases as an auditor meets them: results, notes, findings, evidence, history, rebuild."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError, NotFound
from auditor_app.services import audit, evidence, findings, library, notes, queries
from auditor_app.storage import oplog

C = "iso9001-2015"


def _jpeg(color: tuple[int, int, int] = (200, 10, 10), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def test_new_audit_has_details_team_and_clause_tree(make_audit) -> None:
    session = make_audit(client="Müller GmbH")
    details = queries.details(session)
    assert (details.title, details.client, details.audit_type) == ("Test audit", "Müller GmbH", "stage2")
    assert [(m.name, m.role) for m in queries.team(session)] == [("Anna Auditor", "lead")]
    numbers = [c.number for c in queries.clauses(session)]
    assert numbers[:3] == ["4", "4.1", "4.2"] and "10.2.2" in numbers
    assert {c.result for c in queries.clauses(session)} == {"not_audited"}


def test_clause_result_is_recorded_with_who_and_when(make_audit) -> None:
    session = make_audit()
    session.run(audit.set_clause_result, C, "7.1.5.2", "nonconformity")
    record = queries.clause(session, clause_id(C, "7.1.5.2"))
    assert record is not None
    assert (record.result, record.audited_by) == ("nonconformity", "Anna Auditor")
    assert record.audited_at


def test_not_applicable_needs_a_justification(make_audit) -> None:
    session = make_audit()
    with pytest.raises(InputError, match="justification"):
        session.run(audit.set_clause_result, C, "8.3", "not_applicable", "  ")
    session.run(audit.set_clause_result, C, "8.3", "not_applicable", "No design responsibility.")
    assert queries.clause(session, clause_id(C, "8.3")).justification == "No design responsibility."


def test_unknown_clause_is_refused(make_audit) -> None:
    session = make_audit()
    with pytest.raises(NotFound, match="not part of this audit"):
        session.run(audit.set_clause_result, C, "99.9", "conforming")


def test_second_standard_can_be_added_mid_audit(make_audit) -> None:
    session = make_audit()
    session.run(audit.load_checklist, library.get("iso14001-2015"))
    assert {c.checklist_key for c in queries.clauses(session)} == {C, "iso14001-2015"}


def test_unicode_and_markup_notes_are_kept_verbatim(make_audit) -> None:
    session = make_audit()
    text = "Gespräch mit Herrn Größe; 与王经理面谈; مقابلة مع المدير <b>&amp; =SUM(A1)\nzweite Zeile"
    with session.transaction() as tx:
        nid = notes.add_note(tx, clause_id(C, "7.2"), "interview", text, place="Halle 3")
    [note] = queries.notes(session, clause_id(C, "7.2"))
    assert (note.id, note.text, note.place, note.meta.created_by) == (nid, text, "Halle 3", "Anna Auditor")


def test_unchanged_values_write_nothing(make_audit) -> None:
    session = make_audit()
    session.run(audit.update_details, {"title": "Same"})
    assert not session.run(audit.update_details, {"title": "Same"})


def test_failed_use_case_leaves_no_partial_change(make_audit) -> None:
    session = make_audit()
    before = queries.counts(session)["operations"]
    with pytest.raises(InputError), session.transaction() as tx:
        notes.add_note(tx, None, "general", "first half")
        notes.add_note(tx, None, "not-a-kind", "second half")
    assert queries.counts(session)["operations"] == before
    assert queries.notes(session) == []


def test_nonconformity_needs_clause_and_evidence(make_audit) -> None:
    session = make_audit()
    cid = clause_id(C, "8.4.1")
    with pytest.raises(InputError, match="clause reference"):
        session.run(findings.create_finding, grade="minor", clause_ids=[], evidence_text="x")
    with pytest.raises(InputError, match="objective evidence"):
        session.run(findings.create_finding, grade="minor", clause_ids=[cid], statement="no evidence")
    with pytest.raises(InputError, match="grading scheme"):
        session.run(findings.create_finding, grade="catastrophic", clause_ids=[cid], evidence_text="x")
    with session.transaction() as tx:
        fid = findings.create_finding(tx, grade="minor", clause_ids=[cid, clause_id(C, "8.4.2")],
                                      evidence_text="3 of 3 POs without evaluation", statement="Not evaluated")
        findings.create_finding(tx, grade="ofi", clause_ids=[], statement="Consider a supplier portal")
    nc, ofi = sorted(queries.findings(session), key=lambda f: f.ref or "")
    assert (nc.id, nc.ref, nc.status, len(nc.clause_ids)) == (fid, "NC-01", "open", 2)
    assert ofi.ref == "OFI-01"


def test_evidence_is_stored_once_and_verified(make_audit) -> None:
    session = make_audit()
    photo = _jpeg()
    with session.transaction() as tx:
        first = evidence.attach_evidence(tx, photo, "IMG_1.jpg", clause_id=clause_id(C, "7.1.5.2"))
        evidence.attach_evidence(tx, photo, "copy of IMG_1.jpg", clause_id=clause_id(C, "8.5.1"))
    figures = queries.counts(session)
    assert (figures["evidence"], figures["evidence_files"]) == (2, 1)
    record = next(e for e in queries.evidence(session) if e.id == first)
    assert (record.mime, record.width, record.height) == ("image/jpeg", 64, 48)
    with session.reading() as conn:
        assert evidence.blob_bytes(conn, record.sha256) == photo


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"MZ\x90\x00 an executable", "not a supported evidence file"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "damaged or truncated"),
])
def test_bad_evidence_files_are_refused(make_audit, data: bytes, message: str) -> None:
    session = make_audit()
    with pytest.raises(InputError, match=message):
        session.run(evidence.attach_evidence, data, "x.jpg")
    assert queries.counts(session)["evidence_files"] == 0


def test_truncated_photo_and_pixel_bomb_are_refused(make_audit) -> None:
    session = make_audit()
    with pytest.raises(InputError, match="damaged or truncated"):
        session.run(evidence.attach_evidence, _jpeg(size=(800, 600))[:-2000], "cut.jpg")
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, "PNG")
    with pytest.raises(InputError, match="too many pixels|too large"):
        session.run(evidence.attach_evidence, bomb.getvalue(), "bomb.png")


def test_history_records_who_changed_what(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    with session.transaction() as tx:
        nid = notes.add_note(tx, None, "general", "v1")
    session.run(notes.edit_note, nid, text="v2")
    session.close()
    other = audit.open_audit(tmp_path / "a.audit", author="Bob Builder")
    other.run(notes.edit_note, nid, text="v3")
    trail = [(e.author, e.field, e.value) for e in queries.history(other, nid) if e.field == "text"]
    assert trail == [("Anna Auditor", "text", "v1"), ("Anna Auditor", "text", "v2"), ("Bob Builder", "text", "v3")]
    [note] = queries.notes(other)
    assert (note.meta.created_by, note.meta.updated_by) == ("Anna Auditor", "Bob Builder")
    other.close()


def test_delete_and_restore_are_operations(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        nid = notes.add_note(tx, None, "general", "to be deleted")
    session.run(notes.delete_note, nid)
    assert queries.notes(session) == []
    with session.transaction() as tx:
        tx.restore("note", nid)
    assert [n.text for n in queries.notes(session)] == ["to be deleted"]
    with pytest.raises(NotFound):
        session.run(notes.edit_note, "no-such-note", text="x")


def test_rebuild_yields_identical_tables(tmp_path: Path) -> None:
    from auditor_app.services import demo

    session = demo.build_demo(tmp_path / "demo.audit", photos=3, notes_count=30, findings_count=6)
    with session.reading() as conn:
        before = oplog.cache_dump(conn)
        assert oplog.cache_differences(conn) == []
    assert queries.rebuild_cache(session) > 500
    with session.reading() as conn:
        assert oplog.cache_dump(conn) == before
    session.close()


def test_new_checklist_revision_keeps_results_on_remaining_clauses(make_audit) -> None:
    import dataclasses

    from auditor_app.domain.checklist import Clause

    session = make_audit()
    session.run(audit.set_clause_result, C, "7.1.5.2", "nonconformity")
    session.run(audit.set_clause_result, C, "6.3", "conforming")
    current = library.get(C)

    def revise(clause: Clause) -> Clause | None:
        if clause.number == "6.3":
            return None  # dropped in the new revision
        children = tuple(c for c in (revise(child) for child in clause.children) if c is not None)
        if clause.number == "7.1.5":
            children += (Clause("7.1.5.3", "New sub-clause", ("How is it done here?", "Who checks it?"),
                                ("Records", "Procedure")),)
        title = "Measurement traceability (revised)" if clause.number == "7.1.5.2" else clause.title
        return dataclasses.replace(clause, title=title, children=children)

    revised = dataclasses.replace(current, edition="2026", clauses=tuple(
        c for c in (revise(c) for c in current.clauses) if c is not None))
    with session.transaction() as tx:
        report = audit.update_checklist(tx, revised)
    assert (report.added, report.removed, report.retitled) == (("7.1.5.3",), ("6.3",), ("7.1.5.2",))
    assert report.removed_with_results == (("6.3", "conforming"),)
    kept = queries.clause(session, clause_id(C, "7.1.5.2"))
    assert (kept.result, kept.title) == ("nonconformity", "Measurement traceability (revised)")
    numbers = [c.number for c in queries.clauses(session)]
    assert "6.3" not in numbers and "7.1.5.3" in numbers
    with session.reading() as conn:
        assert oplog.cache_differences(conn) == []


def test_findings_in_an_integrated_audit_can_cite_every_standard(make_audit) -> None:
    session = make_audit(checklists=(C, "iso14001-2015"))
    with session.transaction() as tx:
        fid = findings.create_finding(tx, grade="ofi", clause_ids=[clause_id(C, "9.2")], statement="Risk-based "
                                      "audit programme", tag_related=True)
        single = findings.create_finding(tx, grade="ofi", clause_ids=[clause_id(C, "8.5.1")], tag_related=True)
    by_id = {f.id: f for f in queries.findings(session)}
    assert set(by_id[fid].clause_ids) == {clause_id(C, "9.2"), clause_id("iso14001-2015", "9.2")}
    assert by_id[single].clause_ids == (clause_id(C, "8.5.1"),)  # production: no 14001 counterpart
    # The findings of one clause, as the clause page asks for them, with all their references intact.
    assert queries.findings(session, clause_id("iso14001-2015", "9.2")) == [by_id[fid]]
    assert queries.findings(session, clause_id(C, "8.5.1")) == [by_id[single]]
    assert queries.findings(session, clause_id(C, "4.1")) == []


def test_findings_created_together_get_distinct_references(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        for _ in range(3):
            findings.create_finding(tx, grade="minor", clause_ids=[clause_id(C, "8.5.1")], evidence_text="seen",
                                    statement="not controlled")
        findings.create_finding(tx, grade="ofi", clause_ids=[])
    assert sorted(f.ref for f in queries.findings(session)) == ["NC-01", "NC-02", "NC-03", "OFI-01"]
