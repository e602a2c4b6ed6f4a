"""The Excel workbook of an audit: summary, findings with the client's corrective-action columns, and indexes."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.drawing.image import Image as XlImage  # type: ignore[import-untyped]

from auditor_app import leftovers
from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.vocab import (
    AUDIT_TYPE_LABELS,
    CLIENT_STATUSES,
    MEETING_LABELS,
    NOTE_KIND_LABELS,
    RESULT_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
)
from auditor_app.exporters import Cancelled, xlsx_cycle, xlsx_previous
from auditor_app.exporters.grade_basis import n19_basis
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.xlsx_cells import (
    bold_cell,
    finish_table,
    header_row,
    list_validation,
    row_height,
    rows_of,
    set_columns,
    set_height,
    text_cell,
    top_aligned_workbook,
)
from auditor_app.exporters.xlsx_fit import (
    MAX_TEXT,
    SAFE_LENGTH,
    Shortened,
    excel_length,
    fingerprint,
    fit,
    shortened_cells,
)
from auditor_app.exporters.xlsx_time import write_time_sheet

FINDING_COLUMNS = ("Ref", "Grade", "Clauses", "Requirement", "Objective evidence", "Statement", "Location",
                   "Process", "Root cause", "Correction", "Corrective action", "Owner", "Due date (YYYY-MM-DD)",
                   "Status", "Finding id", "Shortened for Excel")
EVIDENCE_COLUMNS = ("Thumbnail", "File", "Caption", "Clause", "Taken at", "Camera", "SHA-256 of the original",
                    "Stored file", "Stored bytes")
EVIDENCE_WIDTHS = (16, 24, 40, 30, 16, 16, 66, 36, 12)
LOGO_BOX = (240, 80)  # pixels (as Excel shows them at 100 %) the logo is fitted into on the Summary sheet
log = logging.getLogger(__name__)
CLIENT_COLUMNS = ("Root cause", "Correction", "Corrective action", "Owner", "Due date (YYYY-MM-DD)", "Status")
# Hidden: the fingerprints of the client's cells whose text was cut, so that their import knows them as exported.
SHORTENED_COLUMN = FINDING_COLUMNS[-1]
LISTED = 200  # shortened cells named one by one on the Summary sheet


def build_xlsx(data: ReportSource, out: Path, *, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the workbook to a temporary file, then move it into place (a cancelled export leaves nothing)."""
    wb = Workbook(write_only=True)
    top_aligned_workbook(wb)
    sheets = tables(data)
    shortened = [cell for t in sheets for cell in shortened_cells(t.name, t.titles, t.rows)]
    shortened += shortened_cells("Evidence index", EVIDENCE_COLUMNS, [_evidence_values(data, e) for e in data.evidence])
    _summary(wb, data, shortened)
    total = len(sheets) + 2
    for done, table in enumerate(sheets, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        _write_table(wb, table, data.branding.organisation)
        if progress is not None:
            progress(done, total)
    write_time_sheet(wb, data.time_summary, lambda ws: print_footer(ws, data.branding.organisation))
    _evidence(wb, data, thumbnail, cancelled)
    if data.cycle is not None:
        xlsx_cycle.audit_sheet(wb, data.cycle)
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if progress is not None:
        progress(total, total)
    return out


def _standard(data: ReportSource, key: str | None) -> str:
    return next((c.standard or c.key or "" for c in data.checklists if c.key == key), key or "")


def _summary(wb: Any, data: ReportSource, shortened: list[Shortened]) -> None:
    ws = wb.create_sheet("Summary")
    print_footer(ws, data.branding.organisation)
    set_columns(ws, (38, 100))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    d = data.details
    lead = next((m.name for m in data.team if m.role == "lead"), "")
    kind = vocab.label(AUDIT_TYPE_LABELS, d.audit_type)
    first = 1
    if data.branding.logo:
        first += _logo(ws, data.branding.logo)
    organisation = " ".join(data.branding.organisation.split())
    rows: list[tuple[str, object]] = [("Audit organisation", organisation)] if organisation else []
    rows += [
        ("Audit", d.title), ("Client", d.client), ("Sites", "\n".join(d.sites)), ("Audit type", kind),
        ("Dates", f"{d.start_date or '?'} – {d.end_date or '?'}"),
        ("Standards", ", ".join(f"{c.standard} ({c.edition})" for c in data.checklists)),
        ("Scope", d.scope), ("Objectives", d.objectives), ("Criteria", d.criteria),
        ("Report number", f"{d.report_number or ''} rev. {d.report_revision or '0'}"), ("Lead auditor", lead),
        ("Team", "\n".join(f"{m.name} ({vocab.key_or_marked(ROLE_LABELS, m.role)})" for m in data.team)),
        ("Client's representative", ", ".join(filter(None, (d.client_representative, d.client_representative_role)))),
        ("Changes since the last audit", d.changes_since_last),
        ("Certification marks and references", d.certification_marks),
        ("Conclusions", d.conclusions),
        ("Audit objectives met", vocab.label(vocab.OBJECTIVES_MET_LABELS, d.objectives_met)),
        ("Objectives: explanation", d.objectives_comment),
        ("Recommendation decision", vocab.label(vocab.DECISION_LABELS, d.recommendation_decision)),
        ("Recommendation", d.recommendation), ("Confidentiality", d.confidentiality),
        *xlsx_previous.summary_rows(data), ("", ""),
    ]
    by_grade = data.findings_by_grade()
    rows += [(f"Findings: {data.grade_label(g) or 'ungraded'}", by_grade[g])
             for g in sorted(by_grade, key=lambda g: (data.scheme.find(g) is None, g))]  # as before; unknown last
    rows += [(f"Clauses audited: {std}", f"{a} of {t}") for std, (a, t) in sorted(data.coverage().items())]
    rows = _shortened_first(rows, shortened, first)
    for number, (key, value) in enumerate(rows, start=first):
        height = row_height(("", value), (28, 100), frozenset({1}))
        if height is not None:
            set_height(ws, number, height)
        ws.append([bold_cell(ws, key), text_cell(ws, value, wrap=True)])


def _shortened_first(rows: list[tuple[str, object]], shortened: list[Shortened],
                     first: int) -> list[tuple[str, object]]:
    """The summary's rows after the list of cells whose text was cut for Excel (the summary's own among them)."""
    own = [i for i, (_key, value) in enumerate(rows) if isinstance(value, str) and len(value) > SAFE_LENGTH
           and excel_length(value) > MAX_TEXT]
    total = len(own) + len(shortened)
    if not total:
        return rows
    above = 1 + min(total, LISTED) + (total > LISTED) + 1  # the notice, the list, "and N more", a blank row
    cells = [cell for i in own for cell in shortened_cells("Summary", ("", rows[i][0]), [("", rows[i][1])],
                                                           first_row=first + above + i)] + shortened
    many = f"{total:,} cells hold" if total > 1 else "1 cell holds"
    notice = ("Shortened for Excel", f"{many} more text than an Excel cell can ({MAX_TEXT:,} characters): the cell "
              "shows the start and ends with \"… [cut for Excel: …]\". The full text is in the PDF report.")
    more = [("", f"and {total - LISTED:,} more")] if total > LISTED else []
    return [notice, *((c.where(), c.what()) for c in cells[:LISTED]), *more, ("", ""), *rows]


def _logo(ws: Any, logo: bytes) -> int:
    """The branding logo at the top of the sheet, in a row of its own (0 rows when the picture cannot be read)."""
    try:
        image = XlImage(io.BytesIO(logo))
    except Exception as exc:  # the logo decorates the workbook: a bad one must never stop it
        log.warning("report logo left out of the workbook: %s", exc)
        return 0
    scale = min(LOGO_BOX[0] / image.width, LOGO_BOX[1] / image.height, 1.0)
    image.width, image.height = round(image.width * scale), round(image.height * scale)
    image.anchor = "A1"
    ws.add_image(image)
    set_height(ws, 1, round(image.height * 0.75 + 8))  # pixels to points, and a margin below
    ws.append([])
    return 1


def print_footer(ws: Any, organisation: str) -> None:
    """The organisation and page numbers on every printed page (Excel reads & as a code: doubled)."""
    if organisation:
        ws.oddFooter.left.text = organisation[:200].replace("&", "&&")  # Excel allows 255 characters in all
    ws.oddFooter.right.text = "Page &P of &N"


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet of records: what is written, and how it is laid out."""

    name: str
    titles: tuple[str, ...]
    widths: tuple[int, ...]
    rows: Sequence[Sequence[object]]
    wrap: frozenset[int] = frozenset()
    wide: bool = False
    hidden: tuple[int, ...] = ()


def tables(data: ReportSource) -> list[Table]:
    """The record sheets' contents (also what the benchmark has openpyxl write unstyled)."""
    meetings = {m.id: m for m in data.meetings}
    interviews = []
    for n in data.notes:
        if n.kind == "interview":
            p = data.people.get(n.person_id or "")
            interviews.append((p.name if p else "", p.role if p else "", p.department if p else "",
                               data.clause_label(n.clause_id) if n.clause_id else "", n.text, n.recorded_at,
                               n.meta.created_by))
    return [
        # The hidden id column lets the sheet the client filled in be imported back.
        Table("Findings", FINDING_COLUMNS, (9, 16, 34, 40, 50, 40, 16, 16, 30, 30, 30, 18, 14, 20, 12, 12),
              [_finding_row(data, f) for f in data.findings], frozenset(range(2, 11)), wide=True,
              hidden=(len(FINDING_COLUMNS) - 1, len(FINDING_COLUMNS))),
        Table("Clauses", ("Standard", "Clause", "Title", "Result", "Justification", "Audited by", "Audited at"),
              (14, 10, 50, 26, 40, 22, 18), [
            (_standard(data, c.checklist_key), c.number, c.title, vocab.label(RESULT_LABELS, c.result),
             c.justification, c.audited_by, c.audited_at) for c in data.clauses], frozenset({2, 4})),
        Table("Notes", ("Clause", "Kind", "Note", "Person", "Place", "Document", "Revision", "Population", "Method",
                        "Sample size", "Items", "Recorded at", "Recorded by"),
              (30, 12, 60, 20, 16, 16, 9, 20, 12, 8, 30, 16, 20), [
            (data.clause_label(n.clause_id) if n.clause_id else "", vocab.key_or_marked(NOTE_KIND_LABELS, n.kind),
             n.text, _person(data, n.person_id),
             n.place, n.document_ref, n.document_revision, n.population, n.sample_method, n.sample_size,
             n.sample_items, n.recorded_at, n.meta.created_by) for n in data.notes], frozenset({0, 2, 10}), wide=True),
        Table("Interviews", ("Interviewee", "Role", "Department", "Clause", "What was said", "When", "Auditor"),
              (22, 24, 18, 30, 60, 16, 20), interviews, frozenset({3, 4})),
        Table("Plan", ("Day", "Start", "End", "Process / area", "Clauses", "Auditor", "Auditee", "Location"),
              (12, 8, 8, 34, 20, 22, 22, 16), [
            (p.day, p.start, p.end, p.process, p.clauses, p.auditor, p.auditee, p.location) for p in data.plan],
              frozenset({3})),
        Table("Attendance", ("Meeting", "Held at", "Name", "Organisation", "Role", "Present"),
              (12, 18, 26, 30, 26, 9), [
            (_meeting_kind(meetings[a.meeting_id].kind) if a.meeting_id in meetings else "",
             meetings[a.meeting_id].held_at if a.meeting_id in meetings else "", a.name, a.organisation, a.role,
             a.present) for a in data.attendees]),
        *(Table(*sheet) for sheet in xlsx_previous.sheets(data)),
    ]


def _finding_row(data: ReportSource, f: rec.FindingRecord) -> tuple[object, ...]:
    client = (f.root_cause, f.correction, f.corrective_action, f.action_owner, f.due_date,
              vocab.label(STATUS_LABELS, f.status or "open"))
    cut = {title: fingerprint(fit(value)) for title, value in zip(CLIENT_COLUMNS, client, strict=True)
           if isinstance(value, str) and len(value) > SAFE_LENGTH and excel_length(value) > MAX_TEXT}
    grade = n19_basis(data, f) or data.grade_label(f.grade)  # an N19 grade with the reasons it follows from
    return (f.ref, grade, "\n".join(data.clause_label(c) for c in f.clause_ids), f.requirement,
            f.evidence_text, f.statement, f.location, f.process, *client, f.id, json.dumps(cut) if cut else None)


def _write_table(wb: Any, table: Table, organisation: str) -> None:
    ws = wb.create_sheet(table.name)
    print_footer(ws, organisation)
    header_row(ws, table.titles, table.widths, wide=table.wide, hidden=table.hidden)
    count = rows_of(ws, table.rows, wrap_columns=table.wrap)
    if table.name == "Findings":
        list_validation(ws, FINDING_COLUMNS.index("Status") + 1, count, [STATUS_LABELS[s] for s in CLIENT_STATUSES],
                        "Correction proposed: your correction and corrective action are filled in. Accepting, "
                        "verifying and withdrawing a finding are the auditor's decisions.")
    finish_table(ws, len(table.titles), count)


def _meeting_kind(kind: str | None) -> str:
    # "Opening" as the sheet always said; a kind this version does not know as it is, marked.
    return (kind or "").title() if kind is None or vocab.is_known(MEETING_LABELS, kind) else vocab.label(
        MEETING_LABELS, kind)


def _person(data: ReportSource, person_id: str | None) -> str:
    person = data.people.get(person_id or "")
    return person.name or "" if person else ""


def _evidence_values(data: ReportSource, e: rec.EvidenceRecord) -> tuple[object, ...]:
    # A reduced copy is identified by the hash of the photo as taken; its own hash is given beside it.
    return ("", e.filename, e.caption, data.clause_label(e.clause_id) if e.clause_id else "", e.taken_at,
            e.camera, e.original_sha256 or e.sha256,
            f"reduced copy, SHA-256 {e.sha256}" if e.original_sha256 else "the original", e.size)


def _evidence(wb: Any, data: ReportSource, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None,
              cancelled: Callable[[], bool] | None) -> None:
    ws = wb.create_sheet("Evidence index")
    print_footer(ws, data.branding.organisation)
    header_row(ws, EVIDENCE_COLUMNS, EVIDENCE_WIDTHS)
    wrap = frozenset(range(1, len(EVIDENCE_COLUMNS) - 1))
    for row, e in enumerate(data.evidence, start=2):
        if cancelled is not None and cancelled():
            raise Cancelled()
        values = _evidence_values(data, e)
        height = row_height(values, EVIDENCE_WIDTHS, wrap)
        small = thumbnail(e) if thumbnail is not None else None
        if small:
            image = XlImage(io.BytesIO(small))
            image.anchor = f"A{row}"
            ws.add_image(image)
            height = max(height or 0.0, 72.0)  # the thumbnail's 96 pixels
        if height is not None:
            set_height(ws, row, height)
        ws.append([text_cell(ws, v, wrap=i in wrap) for i, v in enumerate(values)])
    finish_table(ws, len(EVIDENCE_COLUMNS), len(data.evidence))
