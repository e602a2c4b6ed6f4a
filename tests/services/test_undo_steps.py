"""The use cases behind the window's undoable steps, driven without Qt: what each writes, what its undo and redo
put back (the same entities, not copies), and what it refuses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import (
    audit,
    details_edits,
    evidence,
    evidence_removal,
    finding_edits,
    findings,
    merge,
    notes,
    planning,
    queries,
    resolution,
)

C = "iso9001-2015"
INTERVIEWEE = {"name": "  Petra Weber ", "role": "Head of purchasing", "department": "", "organisation": "ACME"}


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


# -- notes and the people met ---------------------------------------------------------------------------------
def test_a_note_with_a_new_interviewee_adds_the_person_and_names_them_and_undo_removes_both(make_audit) -> None:
    session = make_audit()
    cid = clause_id(C, "8.4.1")
    with session.transaction() as tx:
        added = notes.add_note_with_person(tx, cid, "interview", "Suppliers are evaluated yearly",
                                           {"place": None}, INTERVIEWEE)
    [note] = queries.notes(session)
    [person] = queries.people(session)
    assert (person.name, person.role, person.organisation, person.department) == (
        "Petra Weber", "Head of purchasing", "ACME", None)
    assert (note.id, note.person_id, note.text) == (added.note_id, person.id, "Suppliers are evaluated yearly")
    session.run(notes.remove_added_note, added)
    assert queries.notes(session) == [] and queries.people(session) == []
    session.run(notes.restore_added_note, added)
    assert [(n.id, n.person_id) for n in queries.notes(session)] == [(note.id, person.id)]
    assert [p.id for p in queries.people(session)] == [person.id]


def test_an_interviewee_without_a_name_is_refused_and_no_note_is_written(make_audit) -> None:
    session = make_audit()
    with pytest.raises(InputError, match="a person needs a name"):
        session.run(notes.add_note_with_person, clause_id(C, "7.2"), "interview", "text", {},
                    {"name": "  ", "role": "QM"})
    assert queries.notes(session) == [] and queries.people(session) == []


def test_editing_a_note_can_add_its_interviewee_and_undo_puts_the_note_back_without_them(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        note_id = notes.add_note(tx, clause_id(C, "7.2"), "interview", "Training plan seen")
    with session.transaction() as tx:
        person_id = notes.edit_note_with_person(tx, note_id, {"text": "Training plan 2026 seen"}, INTERVIEWEE)
    [note] = queries.notes(session)
    assert person_id is not None and (note.text, note.person_id) == ("Training plan 2026 seen", person_id)
    assert [p.name for p in queries.people(session)] == ["Petra Weber"]
    session.run(notes.revert_note_edit, note_id, {"text": "Training plan seen", "person_id": None}, person_id)
    [note] = queries.notes(session)
    assert (note.text, note.person_id) == ("Training plan seen", None) and queries.people(session) == []
    with session.transaction() as tx:  # redo: the same person comes back, not a second one
        again = notes.edit_note_with_person(tx, note_id, {"text": "Training plan 2026 seen"}, INTERVIEWEE, person_id)
    assert again == person_id and [p.id for p in queries.people(session)] == [person_id]
    assert queries.notes(session)[0].person_id == person_id


# -- findings -------------------------------------------------------------------------------------------------
def test_a_draft_becomes_a_finding_with_its_reference_number_and_unset_fields_are_not_recorded(make_audit) -> None:
    session = make_audit()
    cid = clause_id(C, "8.4.1")
    with session.transaction() as tx:
        created = finding_edits.create_from_draft(
            tx, {"grade": "minor", "statement": "Suppliers not evaluated", "evidence_text": "3 of 3 POs",
                 "due_date": None}, clause_ids=(cid,))
    [finding] = queries.findings(session)
    assert (created.finding_id, created.ref) == (finding.id, "NC-01")
    assert (finding.statement, finding.clause_ids, finding.due_date) == ("Suppliers not evaluated", (cid,), None)
    with pytest.raises(InputError, match="a finding needs a grade"):
        session.run(finding_edits.create_from_draft, {"statement": "no grade"})
    with pytest.raises(InputError, match="objective evidence"):
        session.run(finding_edits.create_from_draft, {"grade": "minor", "statement": "x"}, clause_ids=(cid,))
    assert len(queries.findings(session)) == 1


def test_a_revision_changes_fields_and_references_together_and_undo_and_redo_use_the_same_links(make_audit) -> None:
    session = make_audit()
    first, second = clause_id(C, "8.4.1"), clause_id(C, "8.4.2")
    with session.transaction() as tx:
        fid = findings.create_finding(tx, grade="minor", clause_ids=[first], evidence_text="x", statement="Old")
    with session.transaction() as tx:
        revision = finding_edits.revise(tx, fid, {"statement": "New"}, {"clause_ids": [second]})
    assert [(f.statement, f.clause_ids) for f in queries.findings(session)] == [("New", (second,))]
    session.run(finding_edits.undo_revision, fid, revision)
    assert [(f.statement, f.clause_ids) for f in queries.findings(session)] == [("Old", (first,))]
    links = set(revision.links.added)
    session.run(finding_edits.redo_revision, fid, {"statement": "New"}, revision)
    assert [(f.statement, f.clause_ids) for f in queries.findings(session)] == [("New", (second,))]
    with session.reading() as conn:
        live = {r[0] for r in conn.exec_driver_sql("SELECT id FROM c_link WHERE deleted = 0 AND source_id = ?",
                                                   (fid,))}
    assert live == links  # the link redo brought back, not a new one


def test_a_revision_that_empties_a_nonconformitys_statement_is_refused_and_writes_nothing(make_audit) -> None:
    session = make_audit()
    cid = clause_id(C, "8.4.1")
    with session.transaction() as tx:
        fid = findings.create_finding(tx, grade="minor", clause_ids=[cid], evidence_text="x", statement="Kept")
    with pytest.raises(InputError, match="needs a statement"):
        session.run(finding_edits.revise, fid, {"statement": " "}, {"clause_ids": [clause_id(C, "8.4.2")]})
    with pytest.raises(InputError, match="unknown reference kind"):
        session.run(finding_edits.revise, fid, {}, {"site_ids": ["x"]})
    assert [(f.statement, f.clause_ids) for f in queries.findings(session)] == [("Kept", (cid,))]


# -- merge conflicts --------------------------------------------------------------------------------------------
def test_resolving_a_conflict_clears_it_and_undo_writes_back_what_the_audit_showed(make_audit, tmp_path: Path) -> None:
    lead = make_audit(name="lead.audit", author="Lena Lead")
    with lead.transaction() as tx:
        shared = notes.add_note(tx, clause_id(C, "7.2"), "interview", "before hand-over")
    copies = [merge.hand_over_copy(lead, tmp_path / f"{who}.audit", who, ("7.2",)) for who in ("Bob", "Chen")]
    for path, text in zip(copies, ("Bob's wording", "Chen's wording"), strict=True):
        other = audit.open_audit(path, author=path.stem)
        other.run(notes.edit_note, shared, text=text)
        other.close()
    merge.merge_into(lead, copies)
    [conflict] = queries.conflicts(lead)
    shown = next(n.text for n in queries.notes(lead) if n.id == shared)
    with lead.transaction() as tx:
        before = resolution.resolve_conflict(tx, conflict, "Both wordings")
    assert before == shown and queries.conflicts(lead) == []
    assert [n.text for n in queries.notes(lead)] == ["Both wordings"]
    lead.run(resolution.write_decision, conflict, before)
    assert queries.conflicts(lead) == [] and [n.text for n in queries.notes(lead)] == [shown]


# -- evidence ---------------------------------------------------------------------------------------------------
def test_removing_files_takes_the_findings_references_along_and_undo_brings_both_back(make_audit) -> None:
    session = make_audit()
    cid = clause_id(C, "7.1.5.2")
    with session.transaction() as tx:
        photo = evidence.attach_evidence(tx, _jpeg(), "gauge.jpg", clause_id=cid)
        fid = findings.create_finding(tx, grade="minor", clause_ids=[cid], evidence_ids=[photo], statement="s")
    with session.transaction() as tx:
        removed = evidence_removal.remove_files(tx, [photo, photo])
    assert queries.evidence(session) == [] and queries.findings(session)[0].evidence_ids == ()
    session.run(evidence_removal.restore_files, removed)
    assert [e.id for e in queries.evidence(session)] == [photo]
    assert [(f.id, f.evidence_ids) for f in queries.findings(session)] == [(fid, (photo,))]


# -- the Audit page -----------------------------------------------------------------------------------------------
def test_audit_details_route_the_scheme_and_planned_days_through_their_own_rules(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        previous = details_edits.edit_item(tx, "audit", "", {"grading_scheme": "ghtf_n19",
                                                             "planned_auditor_days": "4,5", "scope": "Machining"})
    details = queries.details(session)
    assert (details.grading_scheme, details.planned_auditor_days, details.scope) == ("ghtf_n19", "4.5", "Machining")
    assert previous == {"grading_scheme": "iso17021", "planned_auditor_days": None, "scope": None}
    with pytest.raises(InputError, match="unknown grading scheme"):
        session.run(details_edits.edit_item, "audit", "", {"grading_scheme": "stars", "scope": "lost"})
    assert queries.details(session).scope == "Machining"
    with pytest.raises(InputError, match="note: cannot be removed on the Audit page"):
        session.run(details_edits.remove_items, "note", ["x"])


def test_attendees_join_the_meeting_which_the_first_of_them_creates_and_removal_is_undoable(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        ids = planning.add_attendees(tx, "opening", [("Jana Roth", "ACME", "CEO"), ("Ben Berger", None, None)])
    meetings, attendees = queries.meetings(session)
    assert [m.kind for m in meetings] == ["opening"]
    assert {(a.name, a.organisation, a.meeting_id) for a in attendees} == {("Jana Roth", "ACME", meetings[0].id),
                                                                           ("Ben Berger", None, meetings[0].id)}
    session.run(details_edits.remove_items, "attendee", ids)
    assert queries.meetings(session)[1] == []
    session.run(details_edits.restore_items, "attendee", ids)
    assert sorted(a.id for a in queries.meetings(session)[1]) == sorted(ids)
    with session.transaction() as tx:
        meeting_id, previous = planning.edit_meeting_of_kind(tx, "opening", location="Room 2")
    assert (meeting_id, previous) == (meetings[0].id, {"location": None})
    with pytest.raises(InputError, match="an attendee needs a name"):
        session.run(planning.add_attendees, "closing", [("Eva", None, None), (" ", None, None)])
    assert [m.kind for m in queries.meetings(session)[0]] == ["opening"]
