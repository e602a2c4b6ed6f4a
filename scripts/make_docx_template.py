"""Make resources/report-template.docx, the default Word report template (sections as in the PDF report).

Run `.venv/bin/python scripts/make_docx_template.py` after changing it and commit the .docx. The tags are docxtpl's
Jinja syntax; every variable is described in docs/report-templates.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx_template_parts import header_footer, key_values, muted, para, styles, table, words

OUT = Path(__file__).resolve().parent.parent / "resources" / "report-template.docx"


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
    doc.add_heading(words("Audit details"), 1)
    none = 't("Not recorded.")'
    key_values(doc, [(label, f"{{{{ details.{key} or {none} }}}}", "") for label, key in (
        ("Client", "client"), ("Audit type", "audit_type"), ("Audit dates", "dates"),
        ("Audit objectives", "objectives"), ("Audit scope", "scope"), ("Audit criteria", "criteria"),
        ("Grading of findings", "grading"), ("Client's representative", "representative"),
        ("Changes since the last audit", "changes_since_last"),
        ("Use of certification marks and references", "certification_marks"))]
        + [("Locations / sites", '{{ details.sites|join("\\n") or t("Not recorded.") }}', ""),
           ("Standards audited", '{{ details.standards|join("\\n") }}', ""),
           ("Deviations from the audit plan", '{{ details.plan_deviations or t("None recorded.") }}', "")])
    doc.add_heading(words("Audit team"), 2)
    table(doc, ["Name", "Role", "Organisation"], "m in team",
          ["{{ m.name }}", "{{ m.role }}", "{{ m.organisation }}"], [70, 45, 55])
    doc.add_heading(words("Auditee participants"), 2)
    table(doc, ["Name", "Role", "Department", "Organisation"], "p in participants",
          ["{{ p.name }}", "{{ p.role }}", "{{ p.department }}", "{{ p.organisation }}"], [48, 52, 34, 36])


def summary(doc: Document) -> None:
    doc.add_heading(words("Executive summary"), 1)
    para(doc, '{{ summary.findings_line or t("No findings were raised.") }}')
    doc.add_heading(words("Audit conclusions"), 2)
    para(doc, '{{ summary.conclusions or t("No conclusions recorded.") }}')
    doc.add_heading(words("Audit objectives"), 2)
    para(doc, '{{ summary.objectives_met or t("Not recorded whether the audit objectives were met.") }}')
    para(doc, "{%p if summary.certification %}")
    doc.add_heading("{{ summary.decision_label }}", 2)
    para(doc, bold="{{ summary.decision }}")
    para(doc, '{{ summary.recommendation or t("No recommendation recorded.") }}')
    muted(doc, "{{ texts.certification_note }}")
    para(doc, "{%p endif %}")


def limits(doc: Document) -> None:
    doc.add_heading(words("Diverging opinions"), 1)
    para(doc, '{{ diverging_opinions or t("No unresolved diverging opinions between the audit team and '
              'the auditee were recorded.") }}')
    doc.add_heading(words("Sampling and limitations"), 1)
    para(doc, "{{ texts.sampling }}")


def stage1(doc: Document) -> None:
    para(doc, "{%p if stage1.applies %}")
    doc.add_heading(words("Stage 1 conclusions: readiness for Stage 2"), 1)
    para(doc, bold='{{ stage1.readiness or t("No conclusion on readiness for Stage 2 recorded.") }}')
    para(doc, "{%p if stage1.comment %}")
    para(doc, "{{ stage1.comment }}")
    para(doc, "{%p endif %}")
    doc.add_heading(words("Areas of concern"), 2)
    para(doc, "{%p if not stage1.concerns %}")
    para(doc, words("No areas of concern were identified."))
    para(doc, "{%p endif %}")
    para(doc, "{%p if stage1.concerns %}")
    table(doc, ["Ref", "Area of concern", "Clauses", "Process / area"], "c in stage1.concerns",
          ["{{ c.ref }}", "{{ c.statement }}", '{{ c.clauses|join("\\n") }}', "{{ c.area }}"], [16, 59, 60, 35])
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")


def carried(doc: Document, loop: str) -> None:
    para(doc, f"{{%p for i in {loop} %}}")
    para(doc, bold="{{ i.title }}")
    for label, key in (("Statement", "statement"), ("Requirement", "requirement"), ("Due date", "due_date"),
                       ("Client's response", "client_response"), ("Verification", "verification"),
                       ("Follow-up finding", "follow_up")):
        para(doc, f"{{%p if i.{key} %}}")
        para(doc, f"{{{{ i.{key} }}}}", bold=words(label) + ": ")
        para(doc, "{%p endif %}")
    para(doc, "{%p if i.clauses %}")
    para(doc, '{{ i.clauses|join("; ") }}', bold=words("Clauses") + ": ")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def previous(doc: Document) -> None:
    para(doc, "{%p if previous.applies %}")
    doc.add_heading(words("Verification of previous findings"), 1)
    para(doc, "{%p if previous.previous_audit %}")
    para(doc, "{{ previous.previous_audit }}", bold=words("Previous audit") + ": ")
    para(doc, "{%p endif %}")
    para(doc, "{%p if previous.findings %}")
    muted(doc, "{{ texts.previous_intro }}")
    carried(doc, "previous.findings")
    para(doc, "{%p endif %}")
    para(doc, "{%p if previous.concerns %}")
    doc.add_heading(words("Areas of concern from Stage 1"), 2)
    muted(doc, "{{ texts.concerns_intro }}")
    carried(doc, "previous.concerns")
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")


def findings(doc: Document) -> None:
    doc.add_heading(words("Findings"), 1)
    para(doc, "{%p if not findings %}")
    para(doc, words("No findings were raised in this audit."))
    para(doc, "{%p endif %}")
    para(doc, "{%p for f in findings %}")
    doc.add_heading("{{ f.ref }} — {{ f.grade }}", 2)
    para(doc, "{{ f.status }}", bold=words("Status") + ": ")
    para(doc, '{{ f.clauses|join("\\n") or t("No clause reference.") }}', bold=words("Clauses") + ": ")
    for label, key in (("Grade basis", "grade_basis"), ("Follows up", "follows_up"), ("Location", "location"),
                       ("Process", "process")):
        para(doc, f"{{%p if f.{key} %}}")
        para(doc, f"{{{{ f.{key} }}}}", bold=words(label) + ": ")
        para(doc, "{%p endif %}")
    para(doc, "{%p if f.requirement %}")
    doc.add_heading(words("Requirement"), 3)
    para(doc, "{{ f.requirement }}")
    para(doc, "{%p endif %}")
    doc.add_heading(words("Objective evidence"), 3)
    para(doc, '{{ f.evidence or ("" if f.notes or f.photos or f.files else t("No objective evidence recorded.")) }}')
    para(doc, "{%p for n in f.notes %}")
    para(doc, "{{ n }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "{%p for photo in f.photos %}")
    para(doc, "{{ photo.image }}")
    muted(doc, "{{ photo.caption or photo.filename }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p for file in f.files %}")
    para(doc, "{{ file.caption or file.filename }}", bold=words("Evidence file") + ": ")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if f.statement %}")
    doc.add_heading("{{ f.statement_title }}", 3)
    para(doc, "{{ f.statement }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def results(doc: Document) -> None:
    doc.add_heading(words("Clause-by-clause results"), 1)
    para(doc, "{%p for s in clause_results %}")
    doc.add_heading("{{ s.standard }} — {{ s.coverage }}", 2)
    table(doc, ["Clause", "Title", "Result", "Audited by"], "c in s.clauses",
          ["{{ c.number }}",
           '{{ c.title }}{% if c.justification %} — {{ t("Justification") }}: {{ c.justification }}{% endif %}',
           "{{ c.result }}", "{{ c.audited_by }}"], [20, 90, 35, 25])
    para(doc, "{%p endfor %}")


def plan_and_meetings(doc: Document) -> None:
    doc.add_heading(words("Opening and closing meetings"), 1)
    para(doc, "{%p for m in meetings %}")
    doc.add_heading("{{ m.kind }}", 2)
    para(doc, "{{ m.held_at }}{% if m.location %}, {{ m.location }}{% endif %}", bold=words("Held") + ": ")
    para(doc, "{%p if m.attendees %}")
    para(doc, '{% for a in m.attendees %}{{ a.name }}{% if a.organisation %} ({{ a.organisation }}){% endif %}'
              '{% if not a.present %} ({{ t("Absent") }}){% endif %}{% if not loop.last %}; {% endif %}{% endfor %}',
         bold=words("Attendance") + ": ")
    para(doc, "{%p endif %}")
    # The auditee's sign-offs given on the screen: the signature as drawn, then who signed what, and when.
    para(doc, "{%p for s in m.signoffs %}")
    para(doc, "{%p if s.image %}")
    para(doc, "{{ s.image }}")
    para(doc, "{%p endif %}")
    para(doc, "{{ s.name }}{% if s.role %}, {{ s.role }}{% endif %}{% if s.organisation %}, {{ s.organisation }}"
              "{% endif %} — {{ s.kind }}, {{ s.signed_at }}: {{ s.first_line }}",
         bold=words("Signed on the screen") + ": ")
    muted(doc, words("Image SHA-256") + " {{ s.short_hash }}…")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if m.notes %}")
    para(doc, "{{ m.notes }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if not meetings %}")
    para(doc, words("No meetings are recorded."))
    para(doc, "{%p endif %}")
    doc.add_heading(words("Audit plan"), 1)
    table(doc, ["Day", "Time", "Process / area", "Clauses", "Auditor", "Auditee", "Location"], "r in plan",
          ["{{ r.day }}", "{{ r.start }}–{{ r.end }}", "{{ r.process }}", "{{ r.clauses }}", "{{ r.auditor }}",
           "{{ r.auditee }}", "{{ r.location }}"], [20, 20, 40, 20, 25, 25, 20])


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
    stage1(doc)
    limits(doc)
    previous(doc)
    findings(doc)
    results(doc)
    plan_and_meetings(doc)
    doc.save(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
