"""Preparing and running the audit: plan rows, meetings, attendance, team members and the grading scheme."""

from __future__ import annotations

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError, NotFound
from auditor_app.services import findings, planning, queries, team_members

C = "iso9001-2015"


def test_plan_rows_are_deleted_and_restored_with_their_values(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        late = planning.add_plan_row(tx, day="2026-11-10", start="14:00", process="生产与放行")
        early = planning.add_plan_row(tx, day="2026-11-10", start="08:30", process="Eröffnungsbesprechung")
    assert [r.id for r in queries.plan(session)] == [early, late]  # by day and start time
    session.run(planning.delete_plan_row, late)
    assert [r.id for r in queries.plan(session)] == [early]
    session.run(planning.restore_plan_row, late)
    restored = [(r.id, r.process) for r in queries.plan(session)]
    assert restored == [(early, "Eröffnungsbesprechung"), (late, "生产与放行")]


def test_meeting_for_creates_the_meeting_once(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        first = planning.meeting_for(tx, "opening")
        assert planning.meeting_for(tx, "opening") == first  # same use case: not in the cache yet
    with session.transaction() as tx:
        assert planning.meeting_for(tx, "opening") == first
        closing = planning.meeting_for(tx, "closing")
    meetings, _ = queries.meetings(session)
    assert sorted((m.kind, m.id) for m in meetings) == sorted([("opening", first), ("closing", closing)])
    with pytest.raises(InputError, match="unknown meeting kind"):
        session.run(planning.meeting_for, "lunch")


def test_meeting_and_attendee_edits(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        meeting = planning.meeting_for(tx, "closing")
        person = planning.add_attendee(tx, meeting, "  王芳 ", role="Warehouse lead")
    previous = session.run(planning.edit_meeting, meeting, location="Raum 1", acknowledgement="Verstanden")
    assert previous.ops == 2
    session.run(planning.edit_attendee, person, present=False, organisation="Müller GmbH")
    [stored] = queries.meetings(session)[1]
    assert (stored.name, stored.present, stored.organisation) == ("王芳", False, "Müller GmbH")
    with pytest.raises(InputError, match="needs a name"):
        session.run(planning.edit_attendee, person, name=" ")
    with pytest.raises(InputError, match="cannot be changed"):
        session.run(planning.edit_meeting, meeting, kind="opening")
    session.run(planning.delete_attendee, person)
    assert queries.meetings(session)[1] == []
    session.run(planning.restore_attendee, person)
    assert [a.name for a in queries.meetings(session)[1]] == ["王芳"]


def test_team_members_are_added_edited_and_removed(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        member = team_members.add_team_member(tx, " Samuel Okafor ", "technical_expert")
    session.run(team_members.edit_team_member, member, email="s.okafor@example.org", organisation="CB Nord")
    stored = {m.id: (m.name, m.role, m.email) for m in queries.team(session)}
    assert stored[member] == ("Samuel Okafor", "technical_expert", "s.okafor@example.org")
    with pytest.raises(InputError, match="unknown team role"):
        session.run(team_members.edit_team_member, member, role="boss")
    with pytest.raises(InputError, match="needs a name"):
        session.run(team_members.edit_team_member, member, name="")
    session.run(team_members.delete_team_member, member)
    assert [m.name for m in queries.team(session)] == ["Anna Auditor"]
    session.run(team_members.restore_team_member, member)
    assert len(queries.team(session)) == 2
    with pytest.raises(NotFound):
        session.run(team_members.edit_team_member, "no-such-id", name="x")


def test_grading_scheme_change_is_refused_while_findings_have_other_grades(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id(C, "7.2")], evidence_text="No records",
                                statement="Competence is not shown")
        findings.create_finding(tx, grade="ofi", clause_ids=[], statement="Consider e-learning")
    assert planning.findings_outside_scheme(session, "ghtf_n19") == [("NC-01", "minor")]
    with pytest.raises(InputError, match=r"1 finding\(s\) have grades it does not have: NC-01 \(minor\)"):
        session.run(planning.set_grading_scheme, "ghtf_n19")
    assert queries.details(session).grading_scheme == "iso17021"
    with pytest.raises(InputError, match="unknown grading scheme"):
        session.run(planning.set_grading_scheme, "stars")
    nc = next(f.id for f in queries.findings(session) if f.ref == "NC-01")
    session.run(findings.delete_finding, nc)
    ofi_only = planning.findings_outside_scheme(session, "ghtf_n19")
    assert ofi_only == []  # GHTF N19 has an OFI grade too
    assert session.run(planning.set_grading_scheme, "ghtf_n19")
    assert queries.details(session).grading_scheme == "ghtf_n19"
