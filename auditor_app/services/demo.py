"""A realistic sample audit: integrated ISO 9001 + 14001 stage 2 audit of a manufacturer."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

from auditor_app.domain import grading, vocab
from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, audit_time, evidence, findings, library, notes, planning
from auditor_app.services.session import AuditSession, Tx

CHECKLISTS = ("iso9001-2015", "iso14001-2015")
TEAM = (("Dr. Katrin Vogel", "lead"), ("Li Wei (李伟)", "auditor"), ("Samuel Okafor", "technical_expert"))
PEOPLE = (
    ("Jürgen Hoffmann", "Plant manager", "Management"), ("Maria Schulz", "QM representative", "Quality"),
    ("张敏", "Production supervisor, shift B", "Production"), ("Ahmed Al-Farsi", "EHS coordinator", "EHS"),
    ("Petra Wagner", "Purchasing lead", "Purchasing"), ("Tomasz Nowak", "Metrology technician", "Quality lab"),
    ("Elena García", "HR business partner", "Human resources"), ("王芳", "Warehouse team leader", "Logistics"),
)
INTERVIEWS = (
    "Explained how customer complaints are logged in the CRM and reviewed every Monday; showed 3 open cases.",
    "Described the change process for the new CNC line; risk assessment done before installation.",
    "Der Schichtleiter erklärte die Freigabe der ersten Teile nach Rüsten; Prüfprotokoll liegt am Arbeitsplatz.",
    "Die Kalibrierfristen werden im ERP überwacht; zwei Messschieber waren überfällig (siehe Foto).",
    "主管介绍了不合格品的隔离流程，红色区域标识清楚，但记录未签字。",
    "仓库负责人说明了先进先出管理，并展示了化学品储存区的泄漏应急包。",
    "Training matrix reviewed with HR: welding certificates current for 11 of 12 operators.",
    "Management review minutes of March covered audit results, objectives and supplier performance.",
)
OBSERVATIONS = (
    ("Oil drums stored outside the bunded area near gate 3.", "Yard, gate 3"),
    ("Calibration labels visible on all torque wrenches at line 2.", "Assembly line 2"),
    ("Waste segregation bins labelled in German and Turkish; mixed plastics in metal bin.", "Canteen"),
    ("Emergency eyewash station inspected weekly; tag dated last Friday.", "Paint shop"),
    ("Nonconforming parts in red cage, cage unlocked and unattended.", "Quality lab"),
)
DOCUMENTS = (("QM-PR-07 Control of nonconforming output", "C"), ("EHS-AR-01 Aspects register", "5"),
             ("WI-212 First-article inspection", "B"), ("QM-HB Quality manual", "12"))
# (caption, checklist, clause): each photo documents what it shows.
PHOTOS = (("Calibration label on caliper #MS-114", "iso9001-2015", "7.1.5.2"),
          ("Bunded storage area, gate 3", "iso14001-2015", "8.2"),
          ("Red cage, quality lab", "iso9001-2015", "8.7"),
          ("Signed first-article record", "iso9001-2015", "8.5.1"),
          ("Spill kit at chemical store", "iso14001-2015", "8.2"),
          ("Waste bins, canteen", "iso14001-2015", "6.1.2"),
          ("Kalibrierschild Drehmomentschlüssel", "iso9001-2015", "7.1.5.2"),
          ("化学品储存区", "iso14001-2015", "6.1.3"))


def _photo(rng: random.Random, caption: str, index: int, size: tuple[int, int]) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, tuple(rng.randrange(40, 200) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.rectangle((x, y, x + rng.randrange(40, 300), y + rng.randrange(30, 200)),
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    draw.rectangle((20, size[1] - 70, size[0] - 20, size[1] - 20), fill=(255, 255, 255))
    draw.text((30, size[1] - 60), f"Evidence {index + 1}: {caption.encode('ascii', 'replace').decode()}",
              fill=(0, 0, 0))
    exif = Image.Exif()
    exif[0x010F] = "DemoCam"
    exif[0x0110] = "Field 12"
    exif[0x0132] = f"2026:11:{10 + index % 3:02d} {8 + index % 9:02d}:{index % 60:02d}:00"
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def build_demo(path: Path, *, photos: int = 12, notes_count: int = 40, findings_count: int = 8,
               seed: int = 2026, progress: Callable[[int, int], None] | None = None,
               photo_size: tuple[int, int] = (1024, 768)) -> AuditSession:
    """Built under a temporary name and published whole: a failure never leaves a half-built sample."""
    lists = [library.get(key) for key in CHECKLISTS]
    return audit.create_audit(Path(path), author=TEAM[0][0], checklists=lists, details={
        "title": "Stage 2 certification audit ISO 9001 + ISO 14001", "client": "Müller Präzisionsteile GmbH",
        "sites": ["Werk 1, Industriestraße 12, 73730 Esslingen", "Warehouse, Hafenstraße 4, Plochingen"],
        "audit_type": "stage2", "start_date": "2026-11-10", "end_date": "2026-11-12",
        "scope": "Design and manufacture of precision-turned and milled metal parts for the automotive industry.",
        "objectives": "Evaluate the implementation and effectiveness of the integrated management system and "
                      "decide on the recommendation for certification.",
        "criteria": "ISO 9001:2015 + Amd 1:2024; ISO 14001:2015 + Amd 1:2024; the client's management system "
                    "documentation; applicable legal requirements.",
        "report_number": "R-2026-0412", "report_revision": "0",
    }, lead_role="lead", fill=lambda session: _fill(session, photos, notes_count, findings_count, seed, progress,
                                                     photo_size))


def _fill(session: AuditSession, photos: int, notes_count: int, findings_count: int, seed: int,
          progress: Callable[[int, int], None] | None, photo_size: tuple[int, int]) -> None:
    rng = random.Random(seed)
    total = photos + notes_count + findings_count
    done = 0
    with session.transaction() as tx:
        for name, role in TEAM[1:]:
            audit.add_team_member(tx, name, role)
        person_ids = [notes.add_person(tx, n, role=r, department=d, organisation="Müller Präzisionsteile GmbH")
                      for n, r, d in PEOPLE]
        _plan(tx)
    clause_pool = [clause_id(key, n) for key, n in _audited_clauses()]
    with session.transaction() as tx:
        for key, number in _audited_clauses():
            result = rng.choice(("conforming", "conforming", "conforming", "observation", "ofi"))
            audit.set_clause_result(tx, key, number, result, when="2026-11-11T10:00")
        audit.set_clause_result(tx, "iso9001-2015", "8.3", "not_applicable",
                                "The client builds to customer drawings only; no design responsibility.")
    note_ids: list[tuple[str, str]] = []  # (note, clause): findings cite evidence from their own clause
    for start in range(0, notes_count, 200):
        with session.transaction() as tx:
            for index in range(start, min(notes_count, start + 200)):
                where = rng.choice(clause_pool)
                note_ids.append((_note(tx, rng, index, where, person_ids), where))
        done += min(200, notes_count - start)
        if progress:
            progress(done, total)
    evidence_ids: list[tuple[str, str]] = []
    for start in range(0, photos, 50):
        with session.transaction() as tx:
            for index in range(start, min(photos, start + 50)):
                caption, key, number = PHOTOS[index % len(PHOTOS)]
                data = _photo(rng, caption, index, photo_size)
                where = clause_id(key, number)
                evidence_ids.append((evidence.attach_evidence(
                    tx, data, f"IMG_{4100 + index}.jpg", clause_id=where, caption=caption), where))
        done += min(50, photos - start)
        if progress:
            progress(done, total)
    with session.transaction() as tx:
        _findings(tx, rng, findings_count, clause_pool, note_ids, evidence_ids)
        _meetings(tx)
        _time(tx)
        audit.update_details(tx, {"diverging_opinions": "None.", **_outcome(findings_count)})
    if progress:
        progress(total, total)


def _outcome(findings_count: int) -> dict[str, str]:
    """The recording of ISO/IEC 17021-1 9.4.8: with the major nonconformity (the fifth template) open, the team
    cannot recommend certification, as the completeness check insists."""
    fields = {"client_representative": "Maria Schulz", "client_representative_role": "QM representative",
              "changes_since_last": "New CNC machining cell in Werk 1; the quality manager changed in March.",
              "certification_marks": "The certification mark is used on letterheads and the website as the "
                                     "rules allow; not on products.",
              "objectives_met": "yes"}
    if findings_count >= 5:
        return fields | {"conclusions": "The management system is largely implemented, but the externally provided "
                         "heat treatment is not controlled (major nonconformity); minor nonconformities were "
                         "raised as well. Corrective action plans are required within 30 days.",
                         "recommendation_decision": "do_not_recommend", "recommendation":
                         "Not recommended until the correction of the major nonconformity has been verified "
                         "on site; the minor nonconformities need accepted corrective action plans."}
    return fields | {"conclusions": "The management system is effectively implemented. Minor nonconformities were "
                     "raised; corrective action plans are required within 30 days.",
                     "recommendation_decision": "recommend_after_corrections", "recommendation":
                     "Recommended for certification subject to acceptance of the corrective action plans."}


def _audited_clauses() -> list[tuple[str, str]]:
    return [("iso9001-2015", n) for n in ("4.1", "4.2", "5.2", "6.2", "7.1.5.2", "7.2", "8.4.1", "8.5.1",
                                          "8.7", "9.2", "9.3", "10.2")] + \
           [("iso14001-2015", n) for n in ("4.1", "6.1.2", "6.1.3", "8.2", "9.1.2")]


def _plan(tx: Tx) -> None:
    rows = (("2026-11-10", "08:30", "09:00", "Opening meeting", "", "All", "Jürgen Hoffmann"),
            ("2026-11-10", "09:00", "11:00", "Context, leadership, risks", "4.1 4.2 5.2 6.1", "Dr. Katrin Vogel",
             "Maria Schulz"),
            ("2026-11-10", "11:00", "13:00", "Production and release", "8.5.1 8.6 8.7", "Li Wei (李伟)", "张敏"),
            ("2026-11-11", "08:30", "10:30", "Environmental aspects, compliance", "6.1.2 6.1.3 9.1.2",
             "Samuel Okafor", "Ahmed Al-Farsi"),
            ("2026-11-11", "10:30", "12:00", "Purchasing", "8.4", "Dr. Katrin Vogel", "Petra Wagner"),
            ("2026-11-12", "14:00", "15:00", "Closing meeting", "", "All", "Jürgen Hoffmann"),
            # The rest of each day, so that the plan adds up to the audit time (IAF MD 5) the team recorded.
            ("2026-11-10", "13:45", "17:00", "Calibration and measurement", "7.1.5 7.1.5.2", "Li Wei (李伟)",
             "Tomasz Nowak"),
            ("2026-11-10", "13:45", "17:00", "Internal audit, management review", "9.2 9.3", "Dr. Katrin Vogel",
             "Maria Schulz"),
            ("2026-11-11", "08:30", "10:30", "Competence and awareness", "7.2 7.3", "Dr. Katrin Vogel",
             "Elena García"),
            ("2026-11-11", "08:30", "10:30", "Nonconforming output", "8.7", "Li Wei (李伟)", "张敏"),
            ("2026-11-11", "13:00", "16:30", "Operational control, emergencies", "8.1 8.2",
             "Dr. Katrin Vogel, Samuel Okafor", "Ahmed Al-Farsi"),
            ("2026-11-11", "13:00", "16:30", "Improvement, corrective action", "10.2 10.3", "Li Wei (李伟)",
             "Maria Schulz"),
            ("2026-11-12", "08:30", "12:00", "Objectives, monitoring and measurement", "6.2 9.1.1",
             "Dr. Katrin Vogel", "Maria Schulz"),
            ("2026-11-12", "08:30", "12:00", "Warehouse, chemical storage", "8.5.4 8.1", "Li Wei (李伟)", "王芳"),
            ("2026-11-12", "12:45", "14:00", "Team meeting: conclusions", "", "All", ""))
    for day, start, end, process, clauses, auditor, auditee in rows:
        planning.add_plan_row(tx, day=day, start=start, end=end, process=process, clauses=clauses,
                              auditor=auditor, auditee=auditee, location="Werk 1")


# (auditor, day, minutes, on site, activity): what the team spent, against the 6 auditor-days of the application
# review; the technical expert's day is recorded but does not count (IAF MD 5).
TIME = ((TEAM[0][0], "2026-11-06", 150, False, "Audit planning, document review"),
        (TEAM[0][0], "2026-11-10", 480, True, "Opening meeting, leadership, internal audit"),
        (TEAM[0][0], "2026-11-11", 480, True, "Competence, purchasing, operational control"),
        (TEAM[0][0], "2026-11-12", 420, True, "Objectives, team meeting, closing meeting"),
        (TEAM[0][0], "2026-11-13", 180, False, "Report writing"),
        (TEAM[1][0], "2026-11-10", 450, True, "Production and release, calibration"),
        (TEAM[1][0], "2026-11-11", 420, True, "Nonconforming output, improvement"),
        (TEAM[1][0], "2026-11-12", 390, True, "Warehouse, team meeting, closing meeting"),
        (TEAM[2][0], "2026-11-10", 30, True, "Opening meeting"),
        (TEAM[2][0], "2026-11-11", 330, True, "Environmental aspects, operational control"),
        (TEAM[2][0], "2026-11-12", 135, True, "Team meeting, closing meeting"))


def _time(tx: Tx) -> None:
    audit_time.set_planned_days(tx, "6")
    for auditor, day, minutes, on_site, activity in TIME:
        audit_time.add_time_record(tx, auditor=auditor, day=day, minutes=minutes, on_site=on_site, activity=activity)


def _note(tx: Tx, rng: random.Random, index: int, clause: str, person_ids: list[str]) -> str:
    kind = ("interview", "observation", "document", "sampling")[index % 4]
    if kind == "interview":
        return notes.add_note(tx, clause, kind, INTERVIEWS[index % len(INTERVIEWS)], person_id=rng.choice(person_ids),
                              recorded_at=f"2026-11-11T09:{index % 60:02d}")
    if kind == "observation":
        text, place = OBSERVATIONS[index % len(OBSERVATIONS)]
        return notes.add_note(tx, clause, kind, text, place=place, recorded_at=f"2026-11-11T11:{index % 60:02d}")
    if kind == "document":
        doc, rev = DOCUMENTS[index % len(DOCUMENTS)]
        return notes.add_note(tx, clause, kind, f"Reviewed {doc}; current revision in use at the workplace.",
                              document_ref=doc.split()[0], document_revision=rev,
                              recorded_at=f"2026-11-11T13:{index % 60:02d}")
    return notes.add_note(tx, clause, kind, "Sampled calibration records of measuring equipment.",
                          population="212 instruments in the calibration register", sample_method="random",
                          sample_size=12, sample_items="MS-101, MS-114, MS-120, DW-7, DW-9, …",
                          recorded_at=f"2026-11-11T14:{index % 60:02d}")


def _findings(tx: Tx, rng: random.Random, count: int, clause_pool: list[str], note_ids: list[tuple[str, str]],
              evidence_ids: list[tuple[str, str]]) -> None:
    templates = (
        ("minor", "iso9001-2015", "7.1.5.2", "Measuring equipment used for product verification is calibrated "
         "against traceable standards at planned intervals.", "Two calipers (MS-114, MS-120) in use at line 2 were "
         "past their calibration due date (08/2026).", "Calibration status of measuring equipment is not "
         "maintained for all instruments in use."),
        ("minor", "iso14001-2015", "8.2", "The organization prepares for and responds to potential emergency "
         "situations.", "Oil drums stored outside the bunded area at gate 3; no spill kit within 50 m.",
         "Controls to prevent spills reaching drains are not applied at gate 3."),
        ("observation", "iso9001-2015", "8.7", "Nonconforming outputs are identified and controlled.",
         "Red cage in the quality lab was unlocked and unattended.", "Risk of unintended use of blocked parts."),
        ("ofi", "iso9001-2015", "9.2", "Internal audits", "Audit programme does not weight processes by risk.",
         "Consider weighting audit frequency by process risk and past results."),
        ("good_practice", "iso14001-2015", "6.1.2", "Environmental aspects", "Aspects register covers the full "
         "life cycle including end-of-life of packaging.", "Comprehensive life-cycle view of aspects."),
        ("major", "iso9001-2015", "8.4.1", "Externally provided processes are controlled.", "The heat-treatment "
         "supplier was never evaluated; no criteria defined (3 of 3 purchase orders sampled).",
         "Evaluation and selection of external providers is not implemented for heat treatment."),
    )
    scheme = grading.DEFAULT
    for index in range(count):
        grade, key, number, requirement, found, statement = templates[index % len(templates)]
        here = clause_id(key, number)
        cited_notes = [n for n, where in note_ids if where == here][:1]
        cited_photos = [e for e, where in evidence_ids if where == here][:1]
        clause_refs = [clause_id(key, number)]
        # The clause result agrees with the finding raised on it, as an auditor would record it.
        result = {"major": "nonconformity", "minor": "nonconformity", "observation": "observation",
                  "ofi": "ofi", "good_practice": "conforming"}[grade]
        audit.set_clause_result(tx, key, number, result, when="2026-11-11T15:00")
        findings.create_finding(
            tx, grade=grade, clause_ids=clause_refs, requirement=requirement, evidence_text=found,
            statement=statement, note_ids=cited_notes,
            evidence_ids=cited_photos if scheme.grade(grade).is_nonconformity else [],
            location="Werk 1", process="Production" if key == "iso9001-2015" else "Environmental management",
            tag_related=True)  # e.g. the internal-audit OFI refers to 9.2 of both standards


def _meetings(tx: Tx) -> None:
    opening = planning.add_meeting(tx, "opening", held_at="2026-11-10T08:30", location="Meeting room 1")
    closing = planning.add_meeting(tx, "closing", held_at="2026-11-12T14:00", location="Meeting room 1",
                                   acknowledgement="Findings presented and understood by top management.")
    for meeting in (opening, closing):
        for name, role, _dept in PEOPLE[:5]:
            planning.add_attendee(tx, meeting, name, role=role, organisation="Müller Präzisionsteile GmbH")
        for name, role in TEAM:
            planning.add_attendee(tx, meeting, name, role=vocab.ROLE_LABELS.get(role, role),
                                  organisation="Certification body")
