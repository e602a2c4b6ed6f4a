"""The workbook's Summary sheet: the audit's details, the counts, and the cells whose text was cut for Excel."""

from __future__ import annotations

import io
import logging
from typing import Any

from openpyxl.drawing.image import Image as XlImage  # type: ignore[import-untyped]

from auditor_app.domain import vocab
from auditor_app.domain.vocab import AUDIT_TYPE_LABELS, ROLE_LABELS
from auditor_app.exporters import xlsx_previous
from auditor_app.exporters.source import ReportSource, marking_text
from auditor_app.exporters.wording import ENGLISH, N_, Wording
from auditor_app.exporters.xlsx_cells import bold_cell, row_height, set_columns, set_height, text_cell
from auditor_app.exporters.xlsx_fit import MAX_TEXT, SAFE_LENGTH, Shortened, excel_length, shortened_cells

SUMMARY = N_("Summary")
LOGO_BOX = (240, 80)  # pixels (as Excel shows them at 100 %) the logo is fitted into on the Summary sheet
LISTED = 200  # shortened cells named one by one on the Summary sheet
log = logging.getLogger(__name__)


def sheet_name(t: Wording, english: str) -> str:
    """A sheet's name in the report's first language, within Excel's rules (31 characters, none of []:*?/\\)."""
    name = "".join(" " if c in "[]:*?/\\" else c for c in t.primary.label(english))
    return " ".join(name.split())[:31] or english[:31]


def summary(wb: Any, data: ReportSource, shortened: list[Shortened]) -> None:
    t = data.wording
    ws = wb.create_sheet(sheet_name(t, SUMMARY))
    print_footer(ws, data.branding.organisation, t)
    set_columns(ws, (38, 100))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    d = data.details
    lead = next((m.name for m in data.team if m.role == "lead"), "")
    kind = t.vocab(AUDIT_TYPE_LABELS, d.audit_type)
    first = 1
    if data.branding.logo:
        first += _logo(ws, data.branding.logo)
    organisation = " ".join(data.branding.organisation.split())
    rows: list[tuple[str, object]] = [(t.label("Audit organisation"), organisation)] if organisation else []
    rows += [
        (t.label("Audit"), d.title), (t.label("Client"), d.client), (t.label("Sites"), "\n".join(d.sites)),
        (t.label("Audit type"), kind), (t.label("Dates"), f"{d.start_date or '?'} – {d.end_date or '?'}"),
        (t.label("Standards"), ", ".join(f"{c.standard} ({c.edition})" for c in data.checklists)),
        (t.label("Scope"), d.scope), (t.label("Objectives"), d.objectives), (t.label("Criteria"), d.criteria),
        (t.label("Report number"), t.primary.label("{number} rev. {revision}", number=d.report_number or "",
                                                   revision=d.report_revision or "0")), (t.label("Lead auditor"), lead),
        (t.label("Team"), "\n".join(f"{m.name} ({vocab.key_or_marked(ROLE_LABELS, m.role)})" for m in data.team)),
        (t.label("Client's representative"), ", ".join(filter(None, (d.client_representative,
                                                                      d.client_representative_role)))),
        (t.label("Changes since the last audit"), d.changes_since_last),
        (t.label("Certification marks and references"), d.certification_marks),
        (t.label("Conclusions"), d.conclusions),
        (t.label("Audit objectives met"), t.vocab(vocab.OBJECTIVES_MET_LABELS, d.objectives_met)),
        (t.label("Objectives: explanation"), d.objectives_comment),
        (t.label("Recommendation decision"), t.vocab(vocab.DECISION_LABELS, d.recommendation_decision)),
        (t.label("Recommendation"), d.recommendation),
        (t.label("Confidentiality"), marking_text(t, d.confidentiality) if d.confidentiality else d.confidentiality),
        *xlsx_previous.summary_rows(data), ("", ""),
    ]
    by_grade = data.findings_by_grade()
    grades = {g.key: g.label for g in data.scheme.grades}
    rows += [(t.label("Findings: {grade}", grade=t.vocab(grades, g) or t.label("ungraded")), by_grade[g])
             for g in sorted(by_grade, key=lambda g: (data.scheme.find(g) is None, g))]  # as before; unknown last
    rows += [(t.label("Clauses audited: {standard}", standard=std),
              t.primary.label("{done} of {total}", done=a, total=n)) for std, (a, n) in sorted(data.coverage().items())]
    rows = _shortened_first(t, rows, shortened, first)
    for number, (key, value) in enumerate(rows, start=first):
        height = row_height(("", value), (28, 100), frozenset({1}))
        if height is not None:
            set_height(ws, number, height)
        ws.append([bold_cell(ws, key), text_cell(ws, value, wrap=True)])


def _shortened_first(t: Wording, rows: list[tuple[str, object]], shortened: list[Shortened],
                     first: int) -> list[tuple[str, object]]:
    """The summary's rows after the list of cells whose text was cut for Excel (the summary's own among them)."""
    own = [i for i, (_key, value) in enumerate(rows) if isinstance(value, str) and len(value) > SAFE_LENGTH
           and excel_length(value) > MAX_TEXT]
    total = len(own) + len(shortened)
    if not total:
        return rows
    above = 1 + min(total, LISTED) + (total > LISTED) + 1  # the notice, the list, "and N more", a blank row
    name = sheet_name(t, SUMMARY)
    cells = [cell for i in own for cell in shortened_cells(name, ("", rows[i][0]), [("", rows[i][1])],
                                                           first_row=first + above + i)] + shortened
    many = t.plural(total, "1 cell holds", "{count} cells hold", count=t.number(total))
    notice = (t.label("Shortened for Excel"), t("{cells} more text than an Excel cell can ({limit} characters): the "
                                               "cell shows the start and ends with \"… [cut for Excel: …]\". The "
                                               "full text is in the PDF report.", cells=many, limit=t.number(MAX_TEXT)))
    more = [("", t("and {count} more", count=t.number(total - LISTED)))] if total > LISTED else []
    return [notice, *((where(t, c), what(t, c)) for c in cells[:LISTED]), *more, ("", ""), *rows]


def where(t: Wording, cell: Shortened) -> str:
    return t.label("{sheet}, cell {cell}", sheet=cell.sheet, cell=cell.cell)


def what(t: Wording, cell: Shortened) -> str:
    return t("{column}: {length} characters; the last {omitted} are not in the workbook", column=cell.column,
             length=t.number(cell.length), omitted=t.number(cell.omitted))


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


def print_footer(ws: Any, organisation: str, t: Wording = ENGLISH) -> None:
    """The organisation and page numbers on every printed page (Excel reads & as a code: doubled)."""
    if organisation:
        ws.oddFooter.left.text = organisation[:200].replace("&", "&&")  # Excel allows 255 characters in all
    ws.oddFooter.right.text = t.label("Page {page} of {total}", page="&P", total="&N")
