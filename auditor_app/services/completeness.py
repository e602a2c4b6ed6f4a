"""The completeness check before a report: what is missing, as warnings or (certification) errors."""

from __future__ import annotations

from dataclasses import dataclass

from auditor_app.domain import grading, unknowns, vocab
from auditor_app.services.report_data import ReportData


@dataclass(frozen=True, slots=True)
class Gap:
    severity: str  # "error" blocks the export, "warning" is shown and can be accepted
    message: str
    entity_type: str  # where the user jumps to fix it: "audit", "clause", "finding" or "conflict"
    entity_id: str
    conflict_key: tuple[str, str, str] | None = None  # a conflict's (entity type, entity id, field)


def check(data: ReportData) -> list[Gap]:
    """Errors only for the certification profile, where ISO/IEC 17021-1 9.4.8 makes these mandatory."""
    strict = data.profile == "certification"
    severity = "error" if strict else "warning"
    d = data.details
    gaps: list[Gap] = []
    for value, what in ((d.objectives, "audit objectives"), (d.scope, "audit scope"), (d.criteria, "audit criteria"),
                        (d.conclusions, "audit conclusions"), (d.start_date, "audit start date"),
                        (d.end_date, "audit end date"), (d.client, "client")):
        if not (value or "").strip():
            gaps.append(Gap(severity, f"The {what} {'are' if what.endswith('s') else 'is'} missing.", "audit", d.id))
    if strict and not (d.recommendation or "").strip():
        gaps.append(Gap("error", "The team's recommendation is missing.", "audit", d.id))
    gaps += _fidelity(data, severity)
    gaps += _cycle(data, severity)
    gaps += _language(data)
    if not data.team:
        gaps.append(Gap(severity, "No audit team member is recorded.", "audit", d.id))
    for finding in data.findings:
        grade = data.scheme.find(finding.grade)
        if grade is not None and grade.is_nonconformity:
            if not finding.clause_ids:
                gaps.append(Gap(severity, f"Nonconformity {finding.ref} has no clause reference.", "finding",
                                finding.id))
            if not ((finding.evidence_text or "").strip() or finding.evidence_ids or finding.note_ids):
                gaps.append(Gap(severity, f"Nonconformity {finding.ref} has no objective evidence.", "finding",
                                finding.id))
            if not (finding.statement or "").strip():
                gaps.append(Gap(severity, f"Nonconformity {finding.ref} has no statement of nonconformity.",
                                "finding", finding.id))
    for conflict in data.conflicts:
        gaps.append(Gap(severity, f"A merge conflict on {_name(data, conflict.entity_type, conflict.entity_id)} "
                                  f"({conflict.field.replace('_', ' ')}) is not resolved.",
                        "conflict", conflict.entity_id,
                        (conflict.entity_type, conflict.entity_id, conflict.field)))
    gaps += unknown_values(data)
    open_clauses = [c for c in data.clauses if c.result == "not_audited" and not _has_children(data, c.number,
                                                                                                c.checklist_key)]
    if open_clauses:
        first = open_clauses[0]
        gaps.append(Gap("warning", f"{len(open_clauses)} clause(s) not yet audited (first: {first.number}).",
                        "clause", first.id))
    return gaps


def _fidelity(data: ReportData, severity: str) -> list[Gap]:
    """ISO/IEC 17021-1 9.4.8.2: the report confirms the objectives were met (or says why not), and a decision
    to recommend certification cannot stand beside an open major nonconformity, whatever the profile."""
    d = data.details
    gaps: list[Gap] = []
    if not d.objectives_met:
        gaps.append(Gap(severity, "Whether the audit objectives were met is not recorded.", "audit", d.id))
    elif d.objectives_met in (vocab.ObjectivesMet.PARTLY, vocab.ObjectivesMet.NO) \
            and not (d.objectives_comment or "").strip():
        gaps.append(Gap(severity, "The audit objectives were not fully met, but no explanation is recorded.",
                        "audit", d.id))
    if data.profile == "certification" and not d.recommendation_decision:
        gaps.append(Gap("error", "The team's recommendation decision is not chosen.", "audit", d.id))
    if d.recommendation_decision in vocab.RECOMMENDING:
        scheme_key = d.grading_scheme if isinstance(d.grading_scheme, str) else None
        for finding in data.findings:
            if grading.is_major(scheme_key, finding.grade) and finding.status not in vocab.CLOSED_STATUSES:
                gaps.append(Gap(severity, f"Certification is recommended, but major nonconformity {finding.ref} is "
                                         "still open (verify and close it, or change the decision).",
                                "finding", finding.id))
    return gaps


def _cycle(data: ReportData, severity: str) -> list[Gap]:
    """Stage 1 concludes on readiness for Stage 2 (17021-1 9.3.1.2); a later audit reviews the previous findings
    (9.6.2.2), and cannot recommend certification while a previous major nonconformity is not shown effective."""
    d = data.details
    gaps: list[Gap] = []
    if d.audit_type == vocab.AuditType.STAGE1.value and not d.stage2_readiness:
        gaps.append(Gap(severity, "Stage 1's conclusion on readiness for Stage 2 is not recorded.", "audit", d.id))
    elif d.stage2_readiness in (vocab.Readiness.READY_WITH_CONCERNS, vocab.Readiness.NOT_READY) \
            and not data.concerns and not (d.stage2_readiness_comment or "").strip():
        gaps.append(Gap("warning", "Stage 1 found the client not fully ready, but names no area of concern or reason.",
                        "audit", d.id))
    scheme_key = d.grading_scheme if isinstance(d.grading_scheme, str) else None
    for item in data.carried:
        name = f"{item.ref or 'an area of concern'} from {item.origin_audit or 'the previous audit'}"
        if not item.verification:
            gaps.append(Gap("warning", f"{name[0].upper()}{name[1:]} is not verified; the report will say so.",
                            "audit", d.id))
        elif item.verification == vocab.Verification.NOT_EFFECTIVE.value and not item.follow_up_id \
                and item.kind == vocab.CarriedKind.PREVIOUS_FINDING.value:
            gaps.append(Gap("warning", f"{name[0].upper()}{name[1:]} was found not effective, but no follow-up "
                                       "finding is raised.", "audit", d.id))
        if d.recommendation_decision in vocab.RECOMMENDING and grading.is_major(scheme_key, item.grade) \
                and item.verification != vocab.Verification.EFFECTIVE.value and not item.follow_up_id:
            gaps.append(Gap(severity, f"Certification is recommended, but the corrective action on major "
                                      f"nonconformity {name} is not verified as effective.", "audit", d.id))
    return gaps


def _language(data: ReportData) -> list[Gap]:
    """What the auditors wrote is in the audit's language; a report in another one mixes two for its reader."""
    from auditor_app.exporters import wording

    d, words = data.details, data.wording
    content = wording.code(d.language) if isinstance(d.language, str) else None
    gaps = []
    if isinstance(d.language, str) and d.language.strip() and content is None:
        gaps.append(Gap("warning", f"Reports are not written in the audit's language ({d.language}); this one is in "
                                   f"{wording.LANGUAGES[words.language]}.", "audit", d.id))
    elif content is not None and content not in (words.language, words.second):
        gaps.append(Gap("warning", f"The audit is recorded in {wording.LANGUAGES[content]}, but the report is in "
                                   f"{wording.LANGUAGES[words.language]}: its notes and findings stay as written.",
                        "audit", d.id))
    return gaps


def unknown_values(data: ReportData) -> list[Gap]:
    """Values this version does not know: never an error (the report prints them as stored), always said."""
    gaps = []
    clause_of_note = {n.id: n.clause_id for n in data.notes}
    for u in unknowns.find(data.details, team=data.team, clauses=data.clauses, notes=data.notes,
                           findings=data.findings, meetings=data.meetings):
        message = u.message[0].upper() + u.message[1:] + "."
        if u.entity_type in ("clause", "finding"):
            gaps.append(Gap("warning", message, u.entity_type, u.entity_id))
        elif u.entity_type == "note" and clause_of_note.get(u.entity_id):
            gaps.append(Gap("warning", message, "clause", clause_of_note[u.entity_id] or ""))
        else:  # the audit's details, its team and meetings are all on the Audit page
            gaps.append(Gap("warning", message, "audit", data.details.id))
    return gaps


def _name(data: ReportData, entity_type: str, entity_id: str) -> str:
    """How the report's reader knows the entity: a clause by number, a finding by reference."""
    if entity_type == "clause":
        clause = data.clause_by_id.get(entity_id)
        return f"clause {clause.number}" if clause is not None else "a clause"
    if entity_type == "note":
        note = next((n for n in data.notes if n.id == entity_id), None)
        clause = data.clause_by_id.get(note.clause_id or "") if note is not None else None
        return f"a note on clause {clause.number}" if clause is not None else "a note"
    if entity_type == "finding":
        ref = next((f.ref for f in data.findings if f.id == entity_id), None)
        return f"finding {ref}" if ref else "a finding"
    return {"audit": "the audit details"}.get(entity_type, f"a {entity_type.replace('_', ' ')}")


def _has_children(data: ReportData, number: str | None, key: str | None) -> bool:
    return any(c.parent_number == number and c.checklist_key == key for c in data.clauses)


def blocking(gaps: list[Gap]) -> list[Gap]:
    return [g for g in gaps if g.severity == "error"]
