"""Make resources/report-template.docx, the default Word report template (sections as in the PDF report).

Run `.venv/bin/python scripts/make_docx_template.py` after changing it and commit the .docx. The tags are docxtpl's
Jinja syntax; every variable is described in docs/report-templates.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "resources" / "report-template.docx"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5A, 0x64, 0x72)
# Latin text in Calibri, Chinese/Japanese/Korean in Microsoft YaHei, Arabic/Hebrew in Arial: fonts every Word has.
# Word picks a script's font from these slots by itself; LibreOffice substitutes metric-compatible ones.
FONTS = {"w:ascii": "Calibri", "w:hAnsi": "Calibri", "w:eastAsia": "Microsoft YaHei", "w:cs": "Arial"}


def fonts(style_element: object) -> None:
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for slot, name in FONTS.items():
        rfonts.set(qn(slot), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)


def complex_size(style_element: object) -> None:
    """Arabic and Hebrew runs (marked rtl) take their size from w:szCs: the same as the Latin one."""
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    size = rpr.find(qn("w:sz"))
    if size is None or rpr.find(qn("w:szCs")) is not None:
        return
    complex_script = OxmlElement("w:szCs")
    complex_script.set(qn("w:val"), size.get(qn("w:val")))
    size.addnext(complex_script)


def styles(doc: Document) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid"):
        fonts(doc.styles[name].element)
    for name, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 10.5)):
        style = doc.styles[name]
        style.font.size, style.font.color.rgb = Pt(size), ACCENT
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        complex_size(doc.styles[name].element)
    lang = OxmlElement("w:lang")  # so Word and LibreOffice choose CJK and Arabic shaping for those scripts
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    doc.styles["Normal"].element.get_or_add_rPr().append(lang)


def para(doc: Document, text: str = "", style: str | None = None, bold: str = "") -> None:
    p = doc.add_paragraph(style=style)
    if bold:
        p.add_run(bold).bold = True
    if text:
        p.add_run(text)


def muted(doc: Document, text: str) -> None:
    run = doc.add_paragraph().add_run(text)
    run.font.color.rgb, run.font.size = MUTED, Pt(8.5)


def table(doc: Document, header: list[str], loop: str, cells: list[str], widths: list[int]) -> None:
    """A table with a header row and one row repeated by docxtpl for each item of `loop` ("m in team")."""
    t = doc.add_table(rows=4, cols=len(header))
    t.style, t.alignment = doc.styles["Table Grid"], WD_TABLE_ALIGNMENT.LEFT
    for i, text in enumerate(header):
        t.rows[0].cells[i].paragraphs[0].add_run(text).bold = True
    t.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for i, text in enumerate(cells):
        t.rows[2].cells[i].paragraphs[0].add_run(text)
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    fixed(t, widths)


def fixed(t: object, widths: list[int]) -> None:
    """Column widths that Word and LibreOffice both keep (the grid and every cell; no autofit)."""
    t.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(t.columns, widths, strict=True):  # type: ignore[attr-defined]
        column.width = Mm(width)
    for row in t.rows:  # type: ignore[attr-defined]
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)


def key_values(doc: Document, rows: list[tuple[str, str, str]]) -> None:
    """Label/value rows, each shown only when its condition holds."""
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for label, value, condition in rows:
        if condition:
            t.add_row().cells[0].paragraphs[0].add_run(f"{{%tr if {condition} %}}")
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
        if condition:
            t.add_row().cells[0].paragraphs[0].add_run("{%tr endif %}")
    fixed(t, [50, 120])


def cover(doc: Document) -> None:
    para(doc, "{%p if report.logo %}")
    para(doc, "{{ report.logo }}")
    para(doc, "{%p endif %}")
    para(doc, bold="{{ report.organisation }}")
    para(doc, "{{ report.kind|upper }}")
    para(doc, "{{ report.title }}", "Title")
    para(doc, bold="{{ report.client }}")
    key_values(doc, [("Sites", '{{ report.sites|join("\\n") }}', "report.sites"),
                     ("Standards", '{{ report.standards|join("\\n") }}', "report.standards"),
                     ("Audit type", "{{ report.audit_type }}", "report.audit_type"),
                     ("Audit dates", "{{ report.dates }}", "report.dates"),
                     ("Report number", "{{ report.number }}", "report.number"),
                     ("Revision", "{{ report.revision }}", "report.revision"),
                     ("Lead auditor", "{{ report.lead_auditor }}", "report.lead_auditor"),
                     ("Audit team", '{{ report.other_auditors|join("\\n") }}', "report.other_auditors")])
    para(doc)
    para(doc, bold="{{ report.marking|upper }}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def details(doc: Document) -> None:
    doc.add_heading("Audit details", 1)
    none = '"Not recorded."'
    key_values(doc, [(label, f"{{{{ details.{key} or {none} }}}}", "") for label, key in (
        ("Client", "client"), ("Audit type", "audit_type"), ("Audit dates", "dates"),
        ("Audit objectives", "objectives"), ("Audit scope", "scope"), ("Audit criteria", "criteria"),
        ("Grading of findings", "grading"), ("Client's representative", "representative"),
        ("Changes since the last audit", "changes_since_last"),
        ("Use of certification marks and references", "certification_marks"))]
        + [("Locations / sites", '{{ details.sites|join("\\n") or "Not recorded." }}', ""),
           ("Standards audited", '{{ details.standards|join("\\n") }}', ""),
           ("Deviations from the audit plan", '{{ details.plan_deviations or "None recorded." }}', "")])
    doc.add_heading("Audit team", 2)
    table(doc, ["Name", "Role", "Organisation"], "m in team",
          ["{{ m.name }}", "{{ m.role }}", "{{ m.organisation }}"], [70, 45, 55])
    doc.add_heading("Auditee participants", 2)
    table(doc, ["Name", "Role", "Department", "Organisation"], "p in participants",
          ["{{ p.name }}", "{{ p.role }}", "{{ p.department }}", "{{ p.organisation }}"], [48, 52, 34, 36])


def summary(doc: Document) -> None:
    doc.add_heading("Executive summary", 1)
    para(doc, '{{ summary.findings_line or "No findings were raised." }}')
    doc.add_heading("Audit conclusions", 2)
    para(doc, '{{ summary.conclusions or "No conclusions recorded." }}')
    doc.add_heading("Audit objectives", 2)
    para(doc, '{{ summary.objectives_met or "Not recorded whether the audit objectives were met." }}')
    para(doc, "{%p if summary.certification %}")
    doc.add_heading("{{ summary.decision_label }}", 2)
    para(doc, bold="{{ summary.decision }}")
    para(doc, '{{ summary.recommendation or "No recommendation recorded." }}')
    muted(doc, "{{ texts.certification_note }}")
    para(doc, "{%p endif %}")
    doc.add_heading("Diverging opinions", 1)
    para(doc, '{{ diverging_opinions or "No unresolved diverging opinions between the audit team and the auditee '
              'were recorded." }}')
    doc.add_heading("Sampling and limitations", 1)
    para(doc, "{{ texts.sampling }}")


def carried(doc: Document, loop: str) -> None:
    para(doc, f"{{%p for i in {loop} %}}")
    para(doc, bold="{{ i.title }}")
    for label, key in (("Statement", "statement"), ("Requirement", "requirement"), ("Due date", "due_date"),
                       ("Client's response", "client_response"), ("Verification", "verification"),
                       ("Follow-up finding", "follow_up")):
        para(doc, f"{{%p if i.{key} %}}")
        para(doc, f"{{{{ i.{key} }}}}", bold=f"{label}: ")
        para(doc, "{%p endif %}")
    para(doc, "{%p if i.clauses %}")
    para(doc, '{{ i.clauses|join("; ") }}', bold="Clauses: ")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def previous(doc: Document) -> None:
    para(doc, "{%p if previous.applies %}")
    doc.add_heading("Verification of previous findings", 1)
    para(doc, "{%p if previous.previous_audit %}")
    para(doc, "{{ previous.previous_audit }}", bold="Previous audit: ")
    para(doc, "{%p endif %}")
    para(doc, "{%p if previous.findings %}")
    muted(doc, "{{ texts.previous_intro }}")
    carried(doc, "previous.findings")
    para(doc, "{%p endif %}")
    para(doc, "{%p if previous.concerns %}")
    doc.add_heading("Areas of concern from Stage 1", 2)
    muted(doc, "{{ texts.concerns_intro }}")
    carried(doc, "previous.concerns")
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")


def findings(doc: Document) -> None:
    doc.add_heading("Findings", 1)
    para(doc, "{%p if not findings %}")
    para(doc, "No findings were raised in this audit.")
    para(doc, "{%p endif %}")
    para(doc, "{%p for f in findings %}")
    doc.add_heading("{{ f.ref }} — {{ f.grade }}", 2)
    para(doc, "{{ f.status }}", bold="Status: ")
    para(doc, '{{ f.clauses|join("\\n") or "No clause reference." }}', bold="Clauses: ")
    for label, key in (("Grade basis", "grade_basis"), ("Follows up", "follows_up"), ("Location", "location"),
                       ("Process", "process")):
        para(doc, f"{{%p if f.{key} %}}")
        para(doc, f"{{{{ f.{key} }}}}", bold=f"{label}: ")
        para(doc, "{%p endif %}")
    para(doc, "{%p if f.requirement %}")
    doc.add_heading("Requirement", 3)
    para(doc, "{{ f.requirement }}")
    para(doc, "{%p endif %}")
    doc.add_heading("Objective evidence", 3)
    para(doc, '{{ f.evidence or ("" if f.notes or f.photos or f.files else "No objective evidence recorded.") }}')
    para(doc, "{%p for n in f.notes %}")
    para(doc, "{{ n }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "{%p for photo in f.photos %}")
    para(doc, "{{ photo.image }}")
    muted(doc, "{{ photo.caption or photo.filename }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p for file in f.files %}")
    para(doc, "{{ file.caption or file.filename }}", bold="Evidence file: ")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if f.statement %}")
    doc.add_heading("{{ f.statement_title }}", 3)
    para(doc, "{{ f.statement }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def results(doc: Document) -> None:
    doc.add_heading("Clause-by-clause results", 1)
    para(doc, "{%p for s in clause_results %}")
    doc.add_heading("{{ s.standard }} — {{ s.done }} of {{ s.total }} clauses with a result", 2)
    table(doc, ["Clause", "Title", "Result", "Audited by"], "c in s.clauses",
          ["{{ c.number }}", "{{ c.title }}{% if c.justification %} — Justification: {{ c.justification }}{% endif %}",
           "{{ c.result }}", "{{ c.audited_by }}"], [20, 90, 35, 25])
    para(doc, "{%p endfor %}")


def plan_and_meetings(doc: Document) -> None:
    doc.add_heading("Meetings", 1)
    para(doc, "{%p for m in meetings %}")
    doc.add_heading("{{ m.kind }}", 2)
    para(doc, "{{ m.held_at }}{% if m.location %}, {{ m.location }}{% endif %}", bold="Held: ")
    para(doc, "{%p if m.attendees %}")
    para(doc, '{% for a in m.attendees %}{{ a.name }}{% if a.organisation %} ({{ a.organisation }}){% endif %}'
              '{% if not a.present %} (absent){% endif %}{% if not loop.last %}; {% endif %}{% endfor %}',
         bold="Attendees: ")
    para(doc, "{%p endif %}")
    para(doc, "{%p if m.notes %}")
    para(doc, "{{ m.notes }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if not meetings %}")
    para(doc, "No meeting is recorded.")
    para(doc, "{%p endif %}")
    doc.add_heading("Audit plan", 1)
    table(doc, ["Day", "Time", "Process / activity", "Clauses", "Auditor", "Auditee", "Location"], "r in plan",
          ["{{ r.day }}", "{{ r.start }}–{{ r.end }}", "{{ r.process }}", "{{ r.clauses }}", "{{ r.auditor }}",
           "{{ r.auditee }}", "{{ r.location }}"], [20, 20, 40, 20, 25, 25, 20])


def page_number(paragraph: object) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def header_footer(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    header = section.header.paragraphs[0]
    run = header.add_run("{{ report.title }} · {{ report.client }}")
    run.font.size, run.font.color.rgb = Pt(7.5), MUTED
    marking = section.header.add_paragraph()
    marking.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = marking.add_run("{{ report.marking|upper }}")
    run.font.size, run.font.bold, run.font.color.rgb = Pt(7.5), True, ACCENT
    footer = section.footer.paragraphs[0]
    run = footer.add_run("{{ report.reference }}\t\tPage ")
    run.font.size, run.font.color.rgb = Pt(7.5), MUTED
    page_number(footer)


def main() -> int:
    doc = Document()
    styles(doc)
    header_footer(doc)
    doc.core_properties.title = "{{ report.title }}"
    doc.core_properties.author = "{{ report.lead_auditor }}"
    doc.core_properties.comments = ""
    cover(doc)
    details(doc)
    summary(doc)
    previous(doc)
    findings(doc)
    results(doc)
    plan_and_meetings(doc)
    doc.save(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
