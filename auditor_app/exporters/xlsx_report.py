"""The Excel workbook of an audit: summary, findings with the client's corrective-action columns, and indexes."""

from __future__ import annotations

import contextlib
import io
import json
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
    CLIENT_STATUSES,
    MEETING_LABELS,
    NOTE_KIND_LABELS,
    RESULT_LABELS,
    SIGNOFF_KIND_LABELS,
    STATUS_LABELS,
)
from auditor_app.exporters import Cancelled, xlsx_cycle, xlsx_previous
from auditor_app.exporters.grade_basis import n19_basis
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.wording import N_, Wording
from auditor_app.exporters.xlsx_cells import (
    discard,
    finish_table,
    header_row,
    list_validation,
    right_to_left_sheets,
    row_height,
    rows_of,
    set_height,
    text_cell,
    top_aligned_workbook,
)
from auditor_app.exporters.xlsx_fit import (
    MAX_TEXT,
    SAFE_LENGTH,
    cut_in,
    excel_length,
    fingerprint,
    fit,
    shortened_cells,
)
from auditor_app.exporters.xlsx_summary import print_footer, sheet_name, summary
from auditor_app.exporters.xlsx_time import write_time_sheet

FINDING_COLUMNS = (N_("Ref"), N_("Grade"), N_("Clauses"), N_("Requirement"), N_("Objective evidence"),
                   N_("Statement"), N_("Location"), N_("Process"), N_("Root cause"), N_("Correction"),
                   N_("Corrective action"), N_("Owner"), N_("Due date (YYYY-MM-DD)"), N_("Status"),
                   "Finding id", "Shortened for Excel")
EVIDENCE_COLUMNS = (N_("Thumbnail"), N_("File"), N_("Caption"), N_("Clause"), N_("Taken at"), N_("Camera"),
                    N_("SHA-256 of the original"), N_("Stored file"), N_("Stored bytes"))
EVIDENCE_WIDTHS = (16, 24, 40, 30, 16, 16, 66, 36, 12)
CLIENT_COLUMNS = ("Root cause", "Correction", "Corrective action", "Owner", "Due date (YYYY-MM-DD)", "Status")
# Hidden: the fingerprints of the client's cells whose text was cut, so that their import knows them as exported.
# The two hidden columns keep their English titles in every language: the import finds a row's finding by them,
# and nobody reads them. The visible columns and the sheet's name are translated and read back in any language.
SHORTENED_COLUMN = FINDING_COLUMNS[-1]
FINDING_ID_COLUMN = FINDING_COLUMNS[-2]
FINDINGS = N_("Findings")
EVIDENCE = N_("Evidence index")
MEETING_KINDS = {"opening": N_("Opening"), "closing": N_("Closing")}  # the Attendance sheet's short words


def build_xlsx(data: ReportSource, out: Path, *, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the workbook to a temporary file, then move it into place (a cancelled export leaves nothing)."""
    with cut_in(data.wording):  # text too long for a cell ends with the marker in the workbook's language
        return _build(data, out, thumbnail, progress, cancelled)


def _build(data: ReportSource, out: Path, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None,
           progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None) -> Path:
    wb = Workbook(write_only=True)
    try:
        _fill(wb, data, out, thumbnail, progress, cancelled)
    except BaseException:
        discard(wb)
        raise
    return out


def _fill(wb: Any, data: ReportSource, out: Path, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None,
          progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None) -> None:
    top_aligned_workbook(wb)
    if data.wording.right_to_left:
        right_to_left_sheets(wb)
    sheets = tables(data)
    shortened = [cell for t in sheets for cell in shortened_cells(t.name, t.titles, t.rows)]
    t = data.wording
    shortened += shortened_cells(sheet_name(t, EVIDENCE), titles(t, EVIDENCE_COLUMNS),
                                 [_evidence_values(data, e) for e in data.evidence])
    summary(wb, data, shortened)
    total = len(sheets) + 2
    for done, table in enumerate(sheets, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        _write_table(wb, table, data)
        if progress is not None:
            progress(done, total)
    write_time_sheet(wb, data.time_summary, lambda ws: print_footer(ws, data.branding.organisation, t), t)
    _evidence(wb, data, thumbnail, cancelled)
    if data.cycle is not None:
        xlsx_cycle.audit_sheet(wb, data.cycle, t)
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


def titles(t: Wording, english: Sequence[str]) -> tuple[str, ...]:
    """Column titles in the report's language(s); the Findings sheet's hidden ones stay as they are."""
    return tuple(title if title in (FINDING_ID_COLUMN, SHORTENED_COLUMN) else t.label(title) for title in english)


def _standard(data: ReportSource, key: str | None) -> str:
    return next((c.standard or c.key or "" for c in data.checklists if c.key == key), key or "")


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
    t = data.wording
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
        Table(sheet_name(t, FINDINGS), titles(t, FINDING_COLUMNS),
              (9, 16, 34, 40, 50, 40, 16, 16, 30, 30, 30, 18, 14, 20, 12, 12),
              [_finding_row(data, f) for f in data.findings], frozenset(range(2, 11)), wide=True,
              hidden=(len(FINDING_COLUMNS) - 1, len(FINDING_COLUMNS))),
        Table(sheet_name(t, "Clauses"), titles(t, ("Standard", "Clause", "Title", "Result", "Justification",
                                                     "Audited by", "Audited at")),
              (14, 10, 50, 26, 40, 22, 18), [
            (_standard(data, c.checklist_key), c.number, c.title, t.vocab(RESULT_LABELS, c.result),
             c.justification, c.audited_by, c.audited_at) for c in data.clauses], frozenset({2, 4})),
        Table(sheet_name(t, "Notes"), titles(t, ("Clause", "Kind", "Note", "Person", "Place", "Document", "Revision",
                                                 "Population", "Method", "Sample size", "Items", "Recorded at",
                                                 "Recorded by")),
              (30, 12, 60, 20, 16, 16, 9, 20, 12, 8, 30, 16, 20), [
            (data.clause_label(n.clause_id) if n.clause_id else "", vocab.key_or_marked(NOTE_KIND_LABELS, n.kind),
             n.text, _person(data, n.person_id),
             n.place, n.document_ref, n.document_revision, n.population, n.sample_method, n.sample_size,
             n.sample_items, n.recorded_at, n.meta.created_by) for n in data.notes], frozenset({0, 2, 10}), wide=True),
        Table(sheet_name(t, "Interviews"), titles(t, ("Interviewee", "Role", "Department", "Clause", "What was said",
                                                      "When", "Auditor")),
              (22, 24, 18, 30, 60, 16, 20), interviews, frozenset({3, 4})),
        Table(sheet_name(t, "Plan"), titles(t, ("Day", "Start", "End", "Process / area", "Clauses", "Auditor",
                                                "Auditee", "Location")),
              (12, 8, 8, 34, 20, 22, 22, 16), [
            (p.day, p.start, p.end, p.process, p.clauses, p.auditor, p.auditee, p.location) for p in data.plan],
              frozenset({3})),
        # Each sign-off given on the screen follows the attendance as a row of its own (the image is in the PDF).
        Table(sheet_name(t, "Attendance"), titles(t, ("Meeting", "Held at", "Name", "Organisation", "Role",
                                                      "Present", "Signed", "Signed at", "Image SHA-256")),
              (12, 18, 26, 30, 26, 9, 30, 18, 66), [
            *((_meeting_kind(t, meetings[a.meeting_id].kind) if a.meeting_id in meetings else "",
               meetings[a.meeting_id].held_at if a.meeting_id in meetings else "", a.name, a.organisation, a.role,
               yes_no(t, a.present), "", "", "") for a in data.attendees),
            *((_meeting_kind(t, meetings[s.meeting_id].kind) if s.meeting_id in meetings else "",
               meetings[s.meeting_id].held_at if s.meeting_id in meetings else "", s.signer_name, s.organisation,
               s.signer_role, "", t.vocab(SIGNOFF_KIND_LABELS, s.kind), s.signed_at, s.image_sha256)
              for s in data.signoffs)]),
        *(Table(sheet_name(t, name), titles(t, heads), widths, rows, wrap)
          for name, heads, widths, rows, wrap in xlsx_previous.sheets(data)),
    ]


def yes_no(t: Wording, value: object) -> object:
    """A yes/no cell in the report's language (anything else as it is)."""
    return (t.label("yes") if value else t.label("no")) if isinstance(value, bool) else value


def _finding_row(data: ReportSource, f: rec.FindingRecord) -> tuple[object, ...]:
    t = data.wording
    client = (f.root_cause, f.correction, f.corrective_action, f.action_owner, f.due_date,
              t.vocab(STATUS_LABELS, f.status or "open"))
    cut = {title: fingerprint(fit(value)) for title, value in zip(CLIENT_COLUMNS, client, strict=True)
           if isinstance(value, str) and len(value) > SAFE_LENGTH and excel_length(value) > MAX_TEXT}
    # An N19 grade with the reasons it follows from.
    grade = n19_basis(data, f, t) or t.vocab({g.key: g.label for g in data.scheme.grades}, f.grade)
    return (f.ref, grade, "\n".join(data.clause_label(c) for c in f.clause_ids), f.requirement,
            f.evidence_text, f.statement, f.location, f.process, *client, f.id, json.dumps(cut) if cut else None)


def _write_table(wb: Any, table: Table, data: ReportSource) -> None:
    t = data.wording
    ws = wb.create_sheet(table.name)
    print_footer(ws, data.branding.organisation, t)
    header_row(ws, table.titles, table.widths, wide=table.wide, hidden=table.hidden)
    count = rows_of(ws, table.rows, wrap_columns=table.wrap)
    if table.name == sheet_name(t, FINDINGS):
        list_validation(ws, FINDING_COLUMNS.index("Status") + 1, count,
                        [t.label(STATUS_LABELS[s]) for s in CLIENT_STATUSES],
                        t("Correction proposed: your correction and corrective action are filled in. Accepting, "
                          "verifying and withdrawing a finding are the auditor's decisions."), t)
    finish_table(ws, len(table.titles), count)


def _meeting_kind(t: Wording, kind: str | None) -> str:
    # "Opening" as the sheet always said; a kind this version does not know as it is, marked.
    if kind is None:
        return ""
    return t.label(MEETING_KINDS[kind]) if vocab.is_known(MEETING_LABELS, kind) else t.vocab(MEETING_LABELS, kind)


def _person(data: ReportSource, person_id: str | None) -> str:
    person = data.people.get(person_id or "")
    return person.name or "" if person else ""


def _evidence_values(data: ReportSource, e: rec.EvidenceRecord) -> tuple[object, ...]:
    # A reduced copy is identified by the hash of the photo as taken; its own hash is given beside it.
    return ("", e.filename, e.caption, data.clause_label(e.clause_id) if e.clause_id else "", e.taken_at,
            e.camera, e.original_sha256 or e.sha256,
            data.wording("reduced copy, SHA-256 {digest}", digest=e.sha256) if e.original_sha256
            else data.wording.label("the original"), e.size)


def _evidence(wb: Any, data: ReportSource, thumbnail: Callable[[rec.EvidenceRecord], bytes | None] | None,
              cancelled: Callable[[], bool] | None) -> None:
    t = data.wording
    ws = wb.create_sheet(sheet_name(t, EVIDENCE))
    print_footer(ws, data.branding.organisation, t)
    header_row(ws, titles(t, EVIDENCE_COLUMNS), EVIDENCE_WIDTHS)
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
