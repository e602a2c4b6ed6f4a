"""Audit time (IAF MD 5): time records, the planned auditor-days, and planned against actual, figured by hand."""

from __future__ import annotations

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.time_summary import AuditorDay, TimeShare
from auditor_app.errors import InputError
from auditor_app.services import audit_time, notes, planning, queries, report_data, team_members

C9, C14 = "iso9001-2015", "iso14001-2015"


def _small_audit(make_audit):  # type: ignore[no-untyped-def]
    """Anna (lead, the author), Ben (auditor), Tara (technical expert); five plan rows, two without usable times."""
    session = make_audit(checklists=(C9, C14))
    with session.transaction() as tx:
        team_members.add_team_member(tx, "Ben Berg", "auditor")
        team_members.add_team_member(tx, "Tara Tech", "technical_expert")
        for day, start, end, process, clauses, auditor in (
                ("2026-11-10", "09:00", "11:00", "Leadership", "5.1 5.2 99.9", "Anna Auditor and Ben Berg"),
                ("2026-11-10", "11:00", "12:30", "Purchasing", "8.4", "Ben Berg / Tara Tech"),
                ("2026-11-11", "08:30", "09:00", "Opening meeting", "", "All"),
                ("2026-11-11", "10:00", None, "Production", "8.5.1", "Anna Auditor"),  # no end
                ("2026-11-11", "13:00", "12:00", "Records", "7.5", "Ben Berg")):  # ends before it starts
            planning.add_plan_row(tx, day=day, start=start, end=end, process=process, clauses=clauses,
                                  auditor=auditor)
        audit_time.add_time_record(tx, auditor="Anna Auditor", day="2026-11-10", minutes=480)
        audit_time.add_time_record(tx, auditor="Anna Auditor", day="2026-11-09", minutes="90", on_site=False,
                                   activity="Planning")
        audit_time.add_time_record(tx, auditor=" ben  berg ", day="2026-11-10", minutes=420)
        audit_time.add_time_record(tx, auditor="Tara Tech", day="2026-11-10", minutes=120)
        audit_time.set_planned_days(tx, "2,5")
        for number, at in (("5.2", "2026-11-10T09:10"), ("5.2", "2026-11-10T09:40"), ("8.4", "2026-11-10T11:00"),
                           ("8.4", "2026-11-10T11:45"), ("8.5.1", "2026-11-11T10:00")):
            notes.add_note(tx, clause_id(C9, number), "observation", f"Seen at {at}", recorded_at=at)
    with session.acting_as("Ben Berg"), session.transaction() as tx:
        notes.add_note(tx, clause_id(C9, "8.4"), "interview", "Buyer", recorded_at="2026-11-10T11:20")
        notes.add_note(tx, clause_id(C9, "8.5.1"), "observation", "Line 2", recorded_at="2026-11-10T11:50",
                       internal=True)
    return session


def test_planned_against_actual_per_auditor_and_day_with_totals_in_auditor_days(make_audit) -> None:
    session = _small_audit(make_audit)
    summary = audit_time.summary(session)
    assert summary.days == (
        AuditorDay("Anna Auditor", "2026-11-09", planned=0, on_site=0, off_site=90),
        AuditorDay("Anna Auditor", "2026-11-10", planned=120, on_site=480),  # "A and B" counts for both
        AuditorDay("Ben Berg", "2026-11-10", planned=120 + 90, on_site=420),  # the team's spelling of the name
        AuditorDay("Tara Tech", "2026-11-10", planned=90, on_site=120, counted=False),  # a technical expert
        AuditorDay("Anna Auditor", "2026-11-11", planned=30),  # "All": the whole team
        AuditorDay("Ben Berg", "2026-11-11", planned=30),
        AuditorDay("Tara Tech", "2026-11-11", planned=30, counted=False),
    )
    assert summary.days[2].difference == 210
    assert (summary.planned, summary.on_site, summary.off_site, summary.actual) == (390, 900, 90, 990)
    assert summary.planned_auditor_days == 2.5
    assert summary.rows_without_times == 2
    assert summary.not_counted == ("Tara Tech",)
    assert queries.details(session).planned_auditor_days == "2.5"


def test_time_per_clause_and_process_planned_from_the_plan_and_estimated_from_the_notes(make_audit) -> None:
    session = _small_audit(make_audit)
    summary = audit_time.summary(session)
    # 5.1 and 5.2 share the two hours of their slot (99.9 is no clause of the audit's standards). Anna's notes on
    # 5.2 at 09:10 and 09:40 count 30 and 60 minutes (the next note came 80 minutes later: capped); on 8.4 at
    # 11:00 45 minutes, at 11:45 none (her last note that day); Ben's note on 8.4 at 11:20 30 minutes.
    assert summary.clauses == (
        TimeShare("5.1", "Leadership and commitment", planned=60.0),
        TimeShare("5.2", "Environmental policy / Policy", planned=60.0, estimated=90.0),  # both standards
        TimeShare("8.4", "Control of externally provided processes, products and services", planned=90.0,
                  estimated=75.0),
        TimeShare("8.5.1", "Control of production and service provision", planned=0.0, estimated=0.0),
    )
    assert summary.processes == (
        TimeShare("Leadership", planned=120.0, estimated=90.0), TimeShare("Opening meeting", planned=30.0),
        TimeShare("Production", planned=0.0, estimated=0.0), TimeShare("Purchasing", planned=90.0, estimated=75.0),
    )
    assert summary.notes_estimated == 7  # the internal note's time counts as well
    assert report_data.gather(session).time_summary == summary


@pytest.mark.parametrize(("fields", "message"), [
    ({"auditor": "  "}, "audit time: auditor: say who spent the time"),
    ({"day": "2026-13-01"}, "audit time: day: '2026-13-01' is not a date (YYYY-MM-DD)"),
    ({"day": "11/10/2026"}, "audit time: day: '11/10/2026' is not a date (YYYY-MM-DD)"),
    ({"minutes": 0}, "audit time: minutes: 0 is not between 1 and 1440 (one day)"),
    ({"minutes": 1441}, "audit time: minutes: 1441 is not between 1 and 1440 (one day)"),
    ({"minutes": "30.5"}, "audit time: minutes: '30.5' is not a whole number of minutes"),
    ({"minutes": 30.0}, "audit time: minutes: 30.0 is not a whole number of minutes"),
    ({"on_site": "yes"}, "audit time: on_site: expected yes or no, got 'yes'"),
])
def test_a_bad_time_record_is_refused_naming_the_field_and_nothing_is_written(make_audit, fields, message) -> None:
    session = make_audit()
    values = {"auditor": "Anna Auditor", "day": "2026-11-10", "minutes": 60, **fields}
    with pytest.raises(InputError) as refused:
        session.run(audit_time.add_time_record, **values)
    assert str(refused.value) == message
    assert queries.time_records(session) == []


def test_time_records_are_edited_deleted_and_restored(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        record = audit_time.add_time_record(tx, auditor="Anna Auditor", day="2026-11-10", minutes=60)
    previous = {}
    with session.transaction() as tx:
        previous = audit_time.edit_time_record(tx, record, minutes="75", on_site=False, activity=" Report  writing ")
    assert previous == {"minutes": 60, "on_site": True, "activity": None}
    [stored] = queries.time_records(session)
    assert (stored.minutes, stored.on_site, stored.activity) == (75, False, "Report writing")
    with pytest.raises(InputError, match="audit time: minutes: 2000 is not between 1 and 1440"):
        session.run(audit_time.edit_time_record, record, minutes=2000)
    session.run(audit_time.delete_time_record, record)
    assert queries.time_records(session) == []
    session.run(audit_time.restore_time_record, record)
    assert [r.minutes for r in queries.time_records(session)] == [75]


@pytest.mark.parametrize(("text", "stored"), [("4,5", "4.5"), (" 4.50 ", "4.5"), ("12", "12"), ("0.25", "0.25"),
                                              ("1000", "1000"), ("", None), (None, None)])
def test_planned_auditor_days_are_stored_as_decimal_text(make_audit, text, stored) -> None:
    session = make_audit()
    session.run(audit_time.set_planned_days, "3")
    session.run(audit_time.set_planned_days, text)
    assert queries.details(session).planned_auditor_days == stored


@pytest.mark.parametrize(("text", "message"), [
    ("abc", "planned auditor-days: 'abc' is not a number of days (e.g. 4.5)"),
    ("4 days", "planned auditor-days: '4 days' is not a number of days (e.g. 4.5)"),
    ("-1", "planned auditor-days: '-1' is not a number of days (e.g. 4.5)"),
    ("0", "planned auditor-days: 0 is not more than 0 and at most 1000"),
    ("1000.5", "planned auditor-days: 1000.5 is not more than 0 and at most 1000"),
])
def test_bad_planned_auditor_days_are_refused(make_audit, text, message) -> None:
    session = make_audit()
    with pytest.raises(InputError) as refused:
        session.run(audit_time.set_planned_days, text)
    assert str(refused.value) == message
    assert queries.details(session).planned_auditor_days is None
