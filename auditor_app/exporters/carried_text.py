"""How reports word carried items: clause references, verification outcomes, what a verification rests on."""

from __future__ import annotations

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.wording import N_, Wording


def ref_label(data: ReportSource, ref: str) -> str:
    """"ISO 9001:2015 7.2 Competence" for a carried "iso9001-2015#7.2" reference."""
    key, _sep, number = ref.partition("#")
    checklist = next((c for c in data.checklists if c.key == key), None)
    label = data.clause_label(clause_id(key, number))
    if checklist is not None and not label.startswith("("):
        return label
    return f"{checklist.standard if checklist and checklist.standard else key} {number}".strip()


def grade_label(data: ReportSource, key: object) -> str:
    return data.wording.vocab({g.key: g.label for g in data.scheme.grades}, key)


def outcome_label(data: ReportSource, item: rec.CarriedRecord) -> str:
    labels = vocab.CONCERN_OUTCOME_LABELS if item.kind == vocab.CarriedKind.STAGE1_CONCERN.value \
        else vocab.VERIFICATION_LABELS
    t = data.wording
    return t.vocab(labels, item.verification, t.label(N_("Not verified in this audit")))


def verification_text(data: ReportSource, item: rec.CarriedRecord) -> str:
    """The outcome, who verified it and when, and what it rests on (text, cited notes, cited evidence files)."""
    t: Wording = data.wording
    lines = [outcome_label(data, item) + (f" ({', '.join(v for v in (item.verified_by, item.verified_on) if v)})"
                                          if item.verification and (item.verified_by or item.verified_on) else "")]
    if item.verification_evidence:
        lines.append(item.verification_evidence)
    notes = {n.id: n for n in data.notes}
    lines += [t.label("Note: {text}", text=notes[i].text) for i in item.note_ids if i in notes and notes[i].text]
    evidence = {e.id: e for e in data.evidence}
    lines += [t.label("Evidence file: {name}", name=evidence[i].caption or evidence[i].filename)
              for i in item.evidence_ids if i in evidence]
    return "\n".join(lines)


def follow_up_ref(data: ReportSource, item: rec.CarriedRecord) -> str:
    found = next((f for f in data.findings if f.id == item.follow_up_id), None)
    return f"{found.ref} ({grade_label(data, found.grade)})" if found is not None else ""
