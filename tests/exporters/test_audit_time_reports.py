"""The audit time in the PDF report and the workbook: the figures of a small plan, records and notes, by hand."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.pdf_report import SECTIONS, build_pdf
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import audit_time, notes, planning, report_data, team_members

C9 = "iso9001-2015"


@pytest.fixture
def small(make_audit):  # type: ignore[no-untyped-def]
    """Anna (lead), Ben (auditor), Tara (technical expert): 5:30 h planned for Anna and Ben, 16:30 h recorded."""
    session = make_audit(checklists=(C9,))
    with session.transaction() as tx:
        team_members.add_team_member(tx, "Ben Berg", "auditor")
        team_members.add_team_member(tx, "Tara Tech", "technical_expert")
        for start, end, process, clauses, auditor in (
                ("09:00", "11:00", "Leadership", "5.1 5.2", "Anna Auditor and Ben Berg"),
                ("11:00", "12:30", "Purchasing", "8.4", "Ben Berg / Tara Tech"),
                ("13:00", None, "Production", "8.5.1", "Anna Auditor")):  # no end: not counted
            planning.add_plan_row(tx, day="2026-11-10", start=start, end=end, process=process, clauses=clauses,
                                  auditor=auditor)
        for auditor, day, minutes, on_site in (("Anna Auditor", "2026-11-10", 480, True),
                                               ("Anna Auditor", "2026-11-09", 90, False),
                                               ("Ben Berg", "2026-11-10", 420, True),
                                               ("Tara Tech", "2026-11-10", 120, True)):
            audit_time.add_time_record(tx, auditor=auditor, day=day, minutes=minutes, on_site=on_site)
        audit_time.set_planned_days(tx, "2,5")
        for number, at in (("5.2", "09:10"), ("5.2", "09:40"), ("8.4", "11:00")):
            notes.add_note(tx, clause_id(C9, number), "observation", "Seen", recorded_at=f"2026-11-10T{at}")
    return session


def _squashed_text(path: Path) -> str:
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(path).pages)


def test_the_pdf_section_follows_the_plan_and_shows_planned_against_actual(small, tmp_path: Path) -> None:
    assert SECTIONS[SECTIONS.index("plan") + 1] == "audit_time"
    out = build_pdf(report_data.gather(small, "internal"), tmp_path / "r.pdf", photo=lambda _e: None,
                    sections={"plan", "audit_time"})
    text = _squashed_text(out)
    assert "2AudittimePlannedandactualaudittime(IAFMD5;ISO/IEC17021-19.1.4)" in text
    for line in ("Audittime(applicationreview)2.5auditor-days",
                 "Plannedintheauditplan0.69auditor-days(5:30h)",
                 "Recorded2.06auditor-days(16:30h):onsite15:00h,offsite1:30h",
                 "Recordedagainstapplicationreview−0.44auditor-days",
                 "2026-11-09AnnaAuditor0:000:001:301:30+1:30",
                 "2026-11-10AnnaAuditor2:008:000:008:00+6:00",
                 "2026-11-10BenBerg3:307:000:007:00+3:30",
                 "2026-11-10TaraTechnotcounted1:302:000:002:00+0:30",
                 "Totalcountedtime5:3015:001:3016:30+11:00",
                 "Notcountedintheaudittime(IAFMD5:notassignedasauditors):TaraTech.",
                 "1rowoftheauditplanwithoutusabletimes",
                 # 5.2: 30 minutes until the next note, then 80 capped at 60; 8.4: the day's last note counts nothing.
                 "Timeperclause(actual:estimated)", "5.1Leadershipandcommitment1:000:00", "5.2Policy1:001:30",
                 "8.4Controlofexternallyprovidedprocesses,productsandservices1:300:00",
                 "Timeperprocess(actual:estimated)", "Leadership2:001:30",
                 "Purchasing1:300:00", "Estimatedfromthenotes'timestamps"):
        assert line in text, line
    assert "Production" not in text.split("Timeperprocess")[1]  # its only slot has no end: no time to show


def test_an_audit_without_time_says_so_in_the_pdf(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    out = build_pdf(report_data.gather(session, "internal"), tmp_path / "r.pdf", photo=lambda _e: None,
                    sections={"audit_time"})
    assert "1AudittimeNoaudittimeisrecordedorplanned." in _squashed_text(out)


def test_the_workbook_sheet_holds_the_figures_as_numbers(small, tmp_path: Path) -> None:
    out = build_xlsx(report_data.gather(small), tmp_path / "w.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index("Audit time") == wb.sheetnames.index("Attendance") + 1
    rows = [r for r in wb["Audit time"].iter_rows(values_only=True)]
    totals = {r[0]: r[1:3] for r in rows[2:10] if r[0]}
    assert totals == {"Audit time (application review)": (None, 2.5), "Planned in the audit plan": (330, 0.69),
                      "Recorded on site": (900, 1.88), "Recorded off site": (90, 0.19),
                      "Recorded in all": (990, 2.06), "Recorded against application review": (None, -0.44),
                      "Plan rows without usable times (not counted)": (1, None),
                      "Not counted (not assigned as auditors)": ("Tara Tech", None)}
    header = rows.index(("Date", "Auditor", "Counted (IAF MD 5)", "Planned (min)", "On site (min)",
                         "Off site (min)", "Actual (min)", "Difference (min)"))
    assert rows[header + 1:header + 5] == [
        ("2026-11-09", "Anna Auditor", "yes", 0, 0, 90, 90, 90),
        ("2026-11-10", "Anna Auditor", "yes", 120, 480, 0, 480, 360),
        ("2026-11-10", "Ben Berg", "yes", 210, 420, 0, 420, 210),
        ("2026-11-10", "Tara Tech", "no", 90, 120, 0, 120, 30)]
    clauses = rows.index(("Clause", "Title", "Planned (min)", "Estimated from notes (min)", None, None, None, None))
    assert [r[:4] for r in rows[clauses + 1:clauses + 4]] == [
        ("5.1", "Leadership and commitment", 60, 0), ("5.2", "Policy", 60, 90),
        ("8.4", "Control of externally provided processes, products and services", 90, 0)]
    assert rows[-1][0].startswith("Estimated from the notes' timestamps")
