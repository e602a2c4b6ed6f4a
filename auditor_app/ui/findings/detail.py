"""A finding in full, as rich text for the findings page's detail pane (every user text escaped)."""

from __future__ import annotations

import html

from auditor_app.domain.records import FindingRecord
from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.ui.findings.data import FindingsData
from auditor_app.ui.grades import grade_label, grade_result, is_nonconformity
from auditor_app.ui.i18n import fill, translate, vocab_text
from auditor_app.ui.icons import RESULT_COLOURS
from auditor_app.ui.note_dialog import kind_label


def _text(value: str | None) -> str:
    return html.escape((value or "").strip()).replace("\n", "<br>")


def _part(title: str, body: str) -> str:
    return f"<h4 style='margin:12px 0 3px 0'>{html.escape(title)}</h4>{body}" if body else ""


def finding_html(f: FindingRecord, data: FindingsData) -> str:
    scheme, catalogue = data.scheme, data.catalogue
    colour = RESULT_COLOURS.get(grade_result(scheme, f.grade), "#757575")
    title = " · ".join(filter(None, (html.escape(f.ref or ""), html.escape(grade_label(scheme, f.grade)))))
    status = vocab_text(STATUS_LABELS, f.status)
    byline = " · ".join(
        filter(
            None,
            (
                status,
                f.meta.created_by and fill(translate("FindingDetail", "raised by %1"), f.meta.created_by),
                (f.meta.created_at or "")[:10],
                f.location,
                f.process,
            ),
        )
    )
    out = [
        f"<h3 style='margin:0; color:{colour}'>{title}</h3>",
        f"<p style='margin:2px 0 6px 0; color:#616161'>{html.escape(byline)}</p>",
    ]
    clauses = "".join(f"<li>{html.escape(catalogue.full_label(c))}</li>" for c in catalogue.ordered(f.clause_ids))
    no_clause = translate("FindingDetail", "No clause reference.")
    out.append(
        _part(
            translate("FindingDetail", "Clauses"),
            f"<ul style='margin:0'>{clauses}</ul>" if clauses else f"<p><i>{html.escape(no_clause)}</i></p>",
        )
    )
    out.append(
        _part(translate("FindingDetail", "Requirement"), f"<p>{_text(f.requirement)}</p>" if f.requirement else "")
    )
    notes, files = data.all_notes(), data.all_evidence()
    cited = [f"{html.escape(kind_label(n.kind))}: {_text(n.text)}" for i in f.note_ids if (n := notes.get(i))]
    cited += [
        html.escape(" — ".join(filter(None, (e.caption, e.filename)))) for i in f.evidence_ids if (e := files.get(i))
    ]
    evidence = (f"<p>{_text(f.evidence_text)}</p>" if f.evidence_text else "") + (
        "<ul style='margin:0'>" + "".join(f"<li>{c}</li>" for c in cited) + "</ul>" if cited else ""
    )
    out.append(_part(translate("FindingDetail", "Objective evidence"), evidence))
    statement = (
        translate("FindingDetail", "Statement of nonconformity")
        if is_nonconformity(scheme, f.grade)
        else translate("FindingDetail", "Statement")
    )
    out.append(_part(statement, f"<p>{_text(f.statement)}</p>" if f.statement else ""))
    follow_up = [
        (translate("FindingDetail", "Root cause"), f.root_cause),
        (translate("FindingDetail", "Correction"), f.correction),
        (translate("FindingDetail", "Corrective action"), f.corrective_action),
        (translate("FindingDetail", "Action owner"), f.action_owner),
        (translate("FindingDetail", "Due date"), f.due_date),
        (translate("FindingDetail", "Verified by"), f.verified_by),
        (translate("FindingDetail", "Closed on"), f.closed_at),
    ]
    rows = "".join(
        f"<tr><td style='padding-right:12px; color:#616161'>{html.escape(k)}</td><td>{_text(v)}</td></tr>"
        for k, v in follow_up
        if v
    )
    out.append(_part(translate("FindingDetail", "Follow-up"), f"<table>{rows}</table>" if rows else ""))
    return "".join(out)
