"""The Word report's template context: plain dicts, lists and strings built from the report's records.

Every value that came from the audit is a plain string (cleaned like the PDF's text); the template renders it
through an autoescaping, sandboxed Jinja environment, so user text never becomes template code or markup.
docs/report-templates.md lists every name built here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.vocab import ROLE_LABELS, STATUS_LABELS
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.carried_text import (
    follow_up_ref,
    origin_label,
    previous_label,
    ref_label,
    verification_text,
)
from auditor_app.exporters.grade_basis import n19_basis
from auditor_app.exporters.pdf_previous import CONCERNS_TEXT, PREVIOUS_TEXT
from auditor_app.exporters.pdf_sections import (
    CERTIFICATION_TEXT,
    DECISION_LABEL,
    SAMPLING_TEXT,
    objectives_line,
    representative,
)
from auditor_app.exporters.pdf_source import Ctx, audit_type_label, date_range, result_label, standard_name, when
from auditor_app.exporters.pdf_tables import _ordered_clauses
from auditor_app.exporters.source import ReportSource, marking_text
from auditor_app.exporters.wording import Wording

# evidence id -> what the template shows for the photo (a docxtpl InlineImage), or None when it has no picture
Picture = Callable[[rec.EvidenceRecord], Any]
# a signature's PNG -> what the template shows for it (a docxtpl InlineImage), or None when it cannot be shown
Signature = Callable[[bytes], Any]
SHORT_HASH = 16  # as the PDF prints it
Context = dict[str, Any]


def text(value: object) -> str:
    """User text as it prints: cleaned (no control or bidi-override characters), trailing space trimmed."""
    return tx.clean(value).strip()


def build_context(data: ReportSource, picture: Picture, logo: Any = None,
                  signature: Signature | None = None) -> Context:
    """The whole context; `picture(evidence)` gives a finding's photo (or None), `logo` the cover's logo,
    `signature(png)` a sign-off's signature."""
    ctx = Ctx(data)
    return {
        "t": words(ctx.t), "page": _page(ctx.t), "report": _report(ctx, logo), "details": _details(ctx),
        "team": _team(ctx), "participants": _participants(data), "summary": _summary(ctx),
        "diverging_opinions": text(data.details.diverging_opinions), "texts": _texts(ctx.t),
        "stage1": _stage1(ctx), "previous": _previous(ctx), "findings": _findings(ctx, picture),
        "clause_results": _clauses(ctx), "plan": [_plan_row(r) for r in data.plan],
        "meetings": _meetings(ctx, signature),
    }


def words(t: Wording) -> Callable[[str], str]:
    """`t("Audit details")` for templates: a fixed English text in the report's language(s), English where the
    catalogue lacks it. Text only, no `{name}` values: str.format on a template's string could reach attributes
    the sandbox forbids."""
    def translate(english: str) -> str:
        return t(str(english))
    return translate


def _page(t: Wording) -> dict[str, str]:
    """"Page {page} of {total}" cut around its two numbers, which the template fills with Word's page fields."""
    before, _, rest = t.primary.label("Page {page} of {total}").partition("{page}")
    between, _, after = rest.partition("{total}")
    return {"before": before, "between": between, "after": after}


def _report(ctx: Ctx, logo: Any) -> dict[str, Any]:
    data, d = ctx.data, ctx.data.details
    lead = ctx.lead()
    t = ctx.t
    kind = t.label({"internal": "Internal audit report", "gap": "Gap analysis report"}.get(data.profile,
                                                                                          "Audit report"))
    organisation, number, revision = " ".join(text(data.branding.organisation).split()), text(d.report_number), \
        text(d.report_revision)
    reference = " · ".join(x for x in (organisation, t.primary.label("Report {number}", number=number) if number
                                       else "", t.primary.label("Revision {number}", number=revision) if revision
                                       else "") if x)
    return {"kind": kind, "profile": data.profile, "title": text(d.title) or t.label("Audit report"),
            "client": text(d.client), "organisation": organisation, "logo": logo or "",
            "marking": marking_text(t, text(d.confidentiality)),
            "number": number, "revision": revision, "reference": reference,
            "audit_type": audit_type_label(ctx.t, d.audit_type), "dates": date_range(ctx.t, d.start_date, d.end_date),
            "start_date": text(d.start_date), "end_date": text(d.end_date), "language": text(d.language),
            "sites": [text(s) for s in d.sites if text(s)], "standards": ctx.standards(),
            "lead_auditor": text(lead.name) if lead else "",
            "other_auditors": [_member_line(t, m) for m in data.team if m is not lead]}


def _member_line(t: Wording, m: rec.TeamMember) -> str:
    role = t.vocab(ROLE_LABELS, m.role)
    return f"{text(m.name)} ({role})" if role else text(m.name)


def _details(ctx: Ctx) -> dict[str, Any]:
    d, data = ctx.data.details, ctx.data
    return {"client": text(d.client), "audit_type": audit_type_label(ctx.t, d.audit_type),
            "dates": date_range(ctx.t, d.start_date, d.end_date), "sites": [text(s) for s in d.sites if text(s)],
            "objectives": text(d.objectives), "scope": text(d.scope),
            "criteria": text(d.criteria) or "\n".join(ctx.standards()), "standards": ctx.standards(),
            "grading": ctx.t.label(data.scheme.label), "representative": representative(d),
            "changes_since_last": text(d.changes_since_last), "certification_marks": text(d.certification_marks),
            "plan_deviations": text(d.plan_deviations)}


def _team(ctx: Ctx) -> list[dict[str, str]]:
    return [{"name": text(m.name), "role": ctx.t.vocab(ROLE_LABELS, m.role), "organisation": text(m.organisation)}
            for m in ctx.data.team]


def _participants(data: ReportSource) -> list[dict[str, str]]:
    people = sorted(data.people.values(), key=lambda p: (tx.clean(p.department), tx.clean(p.name)))
    return [{"name": text(p.name), "role": text(p.role), "department": text(p.department),
             "organisation": text(p.organisation)} for p in people]


def _summary(ctx: Ctx) -> dict[str, Any]:
    data, d, t = ctx.data, ctx.data.details, ctx.t
    counts = data.findings_by_grade()
    by_grade = [{"grade": t.label(g.label), "count": counts[g.key]} for g in data.scheme.grades if counts.get(g.key)]
    other = sum(n for k, n in counts.items() if k not in data.scheme.grade_keys())
    pieces = [f"{c['count']} × {c['grade']}" for c in by_grade] + ([t("{count} × ungraded", count=other)]
                                                                    if other else [])
    if other:
        by_grade.append({"grade": t.label("ungraded"), "count": other})
    total = len(data.findings)
    head = t.plural(total, "1 finding:", "{count} findings:")
    line = f"{head} " + ("؛ " if t.right_to_left else "; ").join(pieces) + "." if total else ""
    return {"findings_count": total, "by_grade": by_grade, "findings_line": line,
            "conclusions": text(d.conclusions), "objectives_met": objectives_line(ctx.t, d) if d.objectives_met else "",
            "certification": ctx.certification, "decision_label": t.label(DECISION_LABEL),
            "decision": t.vocab(vocab.DECISION_LABELS, d.recommendation_decision),
            "recommendation": text(d.recommendation)}


def _texts(t: Wording) -> dict[str, str]:
    return {"sampling": t(SAMPLING_TEXT), "certification_note": t(CERTIFICATION_TEXT),
            "previous_intro": t(PREVIOUS_TEXT), "concerns_intro": t(CONCERNS_TEXT)}


def _stage1(ctx: Ctx) -> dict[str, Any]:
    """Stage 1's conclusions (ISO/IEC 17021-1 9.3.1.2): printed in a Stage 1 audit or where they were recorded."""
    data, d = ctx.data, ctx.data.details
    applies = d.audit_type == vocab.AuditType.STAGE1.value or bool(data.concerns or d.stage2_readiness)
    return {"applies": applies, "readiness": ctx.t.vocab(vocab.READINESS_LABELS, d.stage2_readiness),
            "comment": text(d.stage2_readiness_comment),
            "concerns": [{"ref": f"AC-{n:02d}", "statement": text(c.statement), "area": text(c.area),
                          "clauses": [ref_label(data, r) for r in c.clause_refs]}  # numbered as Stage 2 takes them
                         for n, c in enumerate(data.concerns, 1)]}


def _previous(ctx: Ctx) -> dict[str, Any]:
    data = ctx.data
    concern = vocab.CarriedKind.STAGE1_CONCERN.value
    items = [_carried(ctx, i) for i in data.carried if i.kind != concern]
    concerns = [_carried(ctx, i) for i in data.carried if i.kind == concern]
    previous_audit = text(previous_label(data))
    return {"applies": bool(items or concerns or previous_audit), "previous_audit": previous_audit,
            "findings": items, "concerns": concerns}


def _carried(ctx: Ctx, item: rec.CarriedRecord) -> dict[str, Any]:
    data = ctx.data
    grade = ctx.grade_label(item.grade) if item.grade else ""
    origin = text(origin_label(data, item))
    return {"ref": text(item.ref), "grade": grade, "origin_audit": origin,
            "title": " · ".join(x for x in (text(item.ref), grade, origin) if x)
            or ctx.t.label("Item"),
            "statement": text(item.statement), "clauses": [ref_label(data, r) for r in item.clause_refs],
            "requirement": text(item.requirement), "due_date": text(item.due_date),
            "client_response": text(item.client_response), "verification": text(verification_text(data, item)),
            "follow_up": text(follow_up_ref(data, item))}


def _findings(ctx: Ctx, picture: Picture) -> list[dict[str, Any]]:
    data = ctx.data
    notes = {n.id: n for n in data.notes}
    evidence = {e.id: e for e in data.evidence}
    return [_finding(ctx, index, f, notes, evidence, picture)
            for index, f in enumerate(ctx.sorted_findings(), start=1)]


def _finding(ctx: Ctx, index: int, f: rec.FindingRecord, notes: dict[str, rec.NoteRecord],
             evidence: dict[str, rec.EvidenceRecord], picture: Picture) -> dict[str, Any]:
    data, t = ctx.data, ctx.t
    grade = ctx.grade(f.grade)
    nonconformity = bool(grade and grade.is_nonconformity)
    origin = next((c for c in data.carried if c.id == f.follow_up_of), None) if f.follow_up_of else None
    photos: list[dict[str, Any]] = []
    files: list[dict[str, Any]] = []
    for evidence_id in f.evidence_ids:
        item = evidence.get(evidence_id)
        if item is None:
            continue
        shown = picture(item)
        entry = {"image": shown or "", "caption": text(item.caption), "filename": text(item.filename),
                 "taken_at": when(item.taken_at)}
        (photos if shown else files).append(entry)
    return {"number": index, "ref": text(f.ref) or t.label("Finding {number}", number=index),
            "grade": text(ctx.grade_label(f.grade)) or t.label("Ungraded"), "is_nonconformity": nonconformity,
            "status": t.vocab(STATUS_LABELS, f.status) or t.label("Open"),
            "clauses": [data.clause_label(c) for c in f.clause_ids], "grade_basis": n19_basis(data, f, t) or "",
            "follows_up": t("{ref} of {audit}", ref=origin.ref or "",
                            audit=origin_label(data, origin) or t("the previous audit")).strip()
            if origin is not None else "",
            "location": text(f.location), "process": text(f.process), "requirement": text(f.requirement),
            "evidence": text(f.evidence_text),
            "notes": [text(notes[n].text) for n in f.note_ids if n in notes and text(notes[n].text)],
            "photos": photos, "files": files,
            "statement_title": t.label("Statement of nonconformity") if nonconformity else t.label("Statement"),
            "statement": text(f.statement), "root_cause": text(f.root_cause), "correction": text(f.correction),
            "corrective_action": text(f.corrective_action), "action_owner": text(f.action_owner),
            "due_date": text(f.due_date)}


def _clauses(ctx: Ctx) -> list[dict[str, Any]]:
    data = ctx.data
    note_counts: dict[str, int] = {}
    for note in data.notes:
        if note.clause_id:
            note_counts[note.clause_id] = note_counts.get(note.clause_id, 0) + 1
    out = []
    for checklist, clauses in _ordered_clauses(ctx):  # the PDF's order, clauses of a removed checklist last
        if not clauses:
            continue
        done = sum(c.result != "not_audited" for c in clauses)
        out.append({"standard": standard_name(checklist), "done": done, "total": len(clauses),
                    "coverage": ctx.t.plural(len(clauses), "{count} of {total} clauses with a result",
                                                "{count} of {total} clauses with a result", count=done,
                                                total=len(clauses)),
                    "clauses": [{"number": text(c.number), "title": text(c.title), "depth": c.depth,
                                 "result": result_label(ctx.t, c.result), "justification": text(c.justification),
                                 "audited_by": text(c.audited_by), "notes": note_counts.get(c.id, 0)}
                                for c in clauses]})
    return out


def _plan_row(row: rec.PlanRow) -> dict[str, str]:
    return {key: text(getattr(row, key)) for key in
            ("day", "start", "end", "process", "clauses", "auditor", "auditee", "location")}


def _meetings(ctx: Ctx, signature: Signature | None) -> list[dict[str, Any]]:
    data, t = ctx.data, ctx.t
    out = []
    for m in data.meetings:
        attendees = [{"name": text(a.name), "organisation": text(a.organisation), "role": text(a.role),
                      "present": a.present} for a in data.attendees if a.meeting_id == m.id]
        signed = sorted((s for s in data.signoffs if s.meeting_id == m.id), key=lambda s: (s.signed_at or "", s.id))
        out.append({"kind": t.vocab(vocab.MEETING_LABELS, m.kind, t.label("Meeting")), "held_at": when(m.held_at),
                    "location": text(m.location), "notes": text(m.notes),
                    "acknowledgement": text(m.acknowledgement), "attendees": attendees,
                    "signoffs": [_signoff(ctx, s, signature) for s in signed]})
    return out


def _signoff(ctx: Ctx, item: rec.Signoff, signature: Signature | None) -> dict[str, Any]:
    png = ctx.data.signatures.get(item.image_sha256 or "")
    statement = text(item.statement)
    return {"kind": ctx.t.vocab(vocab.SIGNOFF_KIND_LABELS, item.kind), "name": text(item.signer_name),
            "role": text(item.signer_role), "organisation": text(item.organisation), "signed_at": when(item.signed_at),
            "statement": statement, "first_line": next((ln.strip() for ln in statement.splitlines() if ln.strip()), ""),
            "finding_refs": [text(r) for r in item.finding_refs], "image_sha256": text(item.image_sha256),
            "short_hash": text(item.image_sha256)[:SHORT_HASH],
            "image": signature(png) if png is not None and signature is not None else None}
