"""How reports word carried items: clause references, verification outcomes, what a verification rests on."""

from __future__ import annotations

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.source import ReportSource


def ref_label(data: ReportSource, ref: str) -> str:
    """"ISO 9001:2015 7.2 Competence" for a carried "iso9001-2015#7.2" reference."""
    key, _sep, number = ref.partition("#")
    checklist = next((c for c in data.checklists if c.key == key), None)
    label = data.clause_label(clause_id(key, number))
    if checklist is not None and not label.startswith("("):
        return label
    return f"{checklist.standard if checklist and checklist.standard else key} {number}".strip()


def outcome_label(item: rec.CarriedRecord) -> str:
    labels = vocab.CONCERN_OUTCOME_LABELS if item.kind == vocab.CarriedKind.STAGE1_CONCERN.value \
        else vocab.VERIFICATION_LABELS
    return vocab.label(labels, item.verification, "Not verified in this audit")


def verification_text(data: ReportSource, item: rec.CarriedRecord) -> str:
    """The outcome, who verified it and when, and what it rests on (text, cited notes, cited evidence files)."""
    lines = [outcome_label(item) + (f" ({', '.join(v for v in (item.verified_by, item.verified_on) if v)})"
                                    if item.verification and (item.verified_by or item.verified_on) else "")]
    if item.verification_evidence:
        lines.append(item.verification_evidence)
    notes = {n.id: n for n in data.notes}
    lines += [f"Note: {notes[i].text}" for i in item.note_ids if i in notes and notes[i].text]
    evidence = {e.id: e for e in data.evidence}
    lines += [f"Evidence file: {evidence[i].caption or evidence[i].filename}" for i in item.evidence_ids
              if i in evidence]
    return "\n".join(lines)


def follow_up_ref(data: ReportSource, item: rec.CarriedRecord) -> str:
    found = next((f for f in data.findings if f.id == item.follow_up_id), None)
    return f"{found.ref} ({data.grade_label(found.grade)})" if found is not None else ""
