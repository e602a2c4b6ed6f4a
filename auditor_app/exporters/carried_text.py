"""How reports word carried items: clause references, verification outcomes, what a verification rests on."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.checklist import clause_id
from auditor_app.domain.cycle_coverage import history_by_id, text
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


@functools.lru_cache(maxsize=4)
def _history(value: str) -> Mapping[str, Mapping[str, Any]]:
    """The audits of the cycle_history JSON by id (read once per report, not once per item)."""
    return history_by_id(value)


def entry_label(t: Wording, entry: Mapping[str, Any]) -> str:
    """"Stufe 2, 2026-03-02 bis 2026-03-04, Bericht R-2026-014": an audit of the cycle history (services/cycle.py)
    in the report's words, as services/carry.label words it in English (its title or id when it says nothing
    else)."""
    start, end, number = (text(entry.get(key)) for key in ("start_date", "end_date", "report_number"))
    when = t.primary.label("{start} to {end}", start=start, end=end) if start and end and end != start \
        else start or end
    parts = [t.vocab(vocab.AUDIT_TYPE_LABELS, entry.get("audit_type") or None, t.label("Audit")), when,
             t.primary.label("report {number}", number=number) if number else ""]
    named = ("، " if t.right_to_left else ", ").join(p for p in parts if p)  # Arabic has a comma of its own
    return named or text(entry.get("title")) or text(entry.get("audit_id"))


def audit_label(data: ReportSource, audit_id: str | None, stored: str | None) -> str:
    """An earlier audit of the chain in the report's words, from the audit's cycle history; the `stored` text (its
    English label) for an audit the history does not hold."""
    entry = _history(data.details.cycle_history or "").get(audit_id or "") if audit_id else None
    return (entry_label(data.wording, entry) if entry is not None else "") or stored or ""


def origin_label(data: ReportSource, item: rec.CarriedRecord) -> str:
    """The audit a carried item comes from, in the report's words."""
    return audit_label(data, item.origin_audit_id, item.origin_audit)


def previous_label(data: ReportSource) -> str:
    """The audit this one follows, in the report's words."""
    return audit_label(data, data.details.previous_audit_id, data.details.previous_audit)
