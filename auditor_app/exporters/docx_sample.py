"""A small made-up audit with one of everything, for checking a Word template before it is used."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from auditor_app.domain import grading
from auditor_app.domain import records as rec
from auditor_app.domain.checklist import clause_id
from auditor_app.domain.cycle_coverage import CycleCoverage
from auditor_app.domain.time_summary import TimeSummary
from auditor_app.exporters.source import Branding
from auditor_app.exporters.wording import ENGLISH, Wording

_KEY = "iso9001-2015"
_CLAUSE = clause_id(_KEY, "7.1.5")


@dataclass(frozen=True)
class SampleSource:
    """Satisfies ReportSource: every list holds an item, so a template's loops are all rendered once."""

    details: rec.AuditDetails = rec.AuditDetails(
        id="sample", title="Surveillance audit 2026", client="Sample Ltd", sites=("Main site",), scope="Scope",
        audit_type="surveillance", start_date="2026-03-02", end_date="2026-03-03", objectives="Objectives",
        criteria="ISO 9001:2015", confidentiality="Confidential", report_number="R-1", report_revision="1",
        conclusions="Conclusions", recommendation="Recommendation", recommendation_decision="recommend",
        objectives_met="yes", previous_audit="Certification audit 2025", diverging_opinions="None",
        stage2_readiness="ready_with_concerns", stage2_readiness_comment="Comment")
    team: tuple[rec.TeamMember, ...] = (rec.TeamMember(id="t1", name="Lead Auditor", role="lead"),
                                        rec.TeamMember(id="t2", name="Auditor", role="auditor"))
    checklists: tuple[rec.ChecklistInfo, ...] = (
        rec.ChecklistInfo(id=_KEY, key=_KEY, title="ISO 9001", standard="ISO 9001", edition="2015"),)
    clauses: tuple[rec.ClauseRecord, ...] = (
        rec.ClauseRecord(id=_CLAUSE, checklist_key=_KEY, number="7.1.5", title="Monitoring resources",
                         result="nonconformity", justification="Justification", audited_by="Auditor"),)
    notes: tuple[rec.NoteRecord, ...] = (rec.NoteRecord(id="n1", clause_id=_CLAUSE, kind="observation",
                                                        text="Note"),)
    people: dict[str, rec.PersonRecord] = field(default_factory=lambda: {
        "p1": rec.PersonRecord(id="p1", name="Auditee", role="Quality manager", department="Quality")})
    evidence: tuple[rec.EvidenceRecord, ...] = (
        rec.EvidenceRecord(id="e1", sha256="0" * 64, filename="photo.jpg", mime="image/jpeg", caption="Photo"),
        rec.EvidenceRecord(id="e2", sha256="1" * 64, filename="record.pdf", mime="application/pdf"))
    findings: tuple[rec.FindingRecord, ...] = (
        rec.FindingRecord(id="f1", ref="NC-01", grade="major", requirement="Requirement", evidence_text="Evidence",
                          statement="Statement", location="Location", process="Process", status="open",
                          root_cause="Cause", correction="Correction", corrective_action="Action",
                          action_owner="Owner", due_date="2026-04-30", follow_up_of="c1", clause_ids=(_CLAUSE,),
                          evidence_ids=("e1", "e2"), note_ids=("n1",)),)
    plan: tuple[rec.PlanRow, ...] = (rec.PlanRow(id="r1", day="2026-03-02", start="09:00", end="10:00",
                                                 process="Opening meeting", auditor="Lead Auditor"),)
    meetings: tuple[rec.Meeting, ...] = (rec.Meeting(id="m1", kind="opening", held_at="2026-03-02T09:00",
                                                     location="Room 1", notes="Notes"),)
    attendees: tuple[rec.Attendee, ...] = (rec.Attendee(id="a1", meeting_id="m1", name="Auditee"),)
    scheme: grading.GradingScheme = grading.DEFAULT
    profile: str = "certification"
    branding: Branding = Branding(organisation="Certification body")
    carried: tuple[rec.CarriedRecord, ...] = (
        rec.CarriedRecord(id="c1", kind="previous_finding", ref="NC-07", grade="minor", statement="Statement",
                          clause_refs=(f"{_KEY}#7.1.5",), verification="not_effective", follow_up_id="f1"),
        rec.CarriedRecord(id="c2", kind="stage1_concern", ref="C-1", statement="Concern"))
    concerns: tuple[rec.ConcernRecord, ...] = (rec.ConcernRecord(id="s1", statement="Concern", area="Area",
                                                                 clause_refs=(f"{_KEY}#7.1.5",)),)
    time_records: tuple[rec.TimeRecord, ...] = ()
    cycle: CycleCoverage | None = None
    time_summary: TimeSummary = TimeSummary()
    signoffs: tuple[rec.Signoff, ...] = (
        rec.Signoff(id="g1", kind="closing_attendance", meeting_id="m1", signer_name="Auditee", signer_role="Role",
                    organisation="Sample Ltd", statement="I attended the closing meeting.", finding_refs=("NC-01",),
                    image_sha256="2" * 64, signed_at="2026-03-03T16:00:00"),)
    signatures: dict[str, bytes] = field(default_factory=lambda: {"2" * 64: b"[signature]"})
    wording: Wording = ENGLISH

    def clause_label(self, clause_id: str) -> str:
        clause = next((c for c in self.clauses if c.id == clause_id), None)
        return f"ISO 9001 {clause.number} {clause.title}" if clause else "(clause no longer in the checklist)"

    def grade_label(self, key: str | None) -> str:
        return self.scheme.label_of(key)

    def findings_by_grade(self) -> Counter[str]:
        return Counter(f.grade or "" for f in self.findings)

    def findings_by_standard(self) -> dict[str, Counter[str]]:
        return {"ISO 9001": self.findings_by_grade()}

    def coverage(self) -> dict[str, tuple[int, int]]:
        return {"ISO 9001": (1, 1)}
