"""The record sections: clause-by-clause results, audit trail, interview log, meetings and the audit plan."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, Flowable  # type: ignore[import-untyped]

from auditor_app.domain import records as rec
from auditor_app.domain.vocab import MEETING_LABELS, ROLE_LABELS
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_findings import indented, note_block
from auditor_app.exporters.pdf_signoffs import signoff_rows
from auditor_app.exporters.pdf_source import (
    Ctx,
    headers,
    label_width,
    nothing,
    result_label,
    standard_name,
    when,
)

INTERVIEW = "interview"


def _result_markup(ctx: Ctx, key: str | None) -> str:
    colour = st.RESULT_COLOURS.get(key or "", "#5A6472")
    label = tx.markup(result_label(ctx.t, key))
    return f'<font color="{colour}">{label if key == "not_audited" else f"<b>{label}</b>"}</font>'


def _ordered_clauses(ctx: Ctx) -> list[tuple[rec.ChecklistInfo, list[rec.ClauseRecord]]]:
    by_key: dict[str, list[rec.ClauseRecord]] = defaultdict(list)
    for clause in ctx.data.clauses:
        by_key[clause.checklist_key or ""].append(clause)
    out = []
    for checklist in ctx.checklists():
        clauses = sorted(by_key.pop(checklist.key or "", []), key=lambda c: (c.position, tx.clean(c.number)))
        out.append((checklist, clauses))
    for key, clauses in by_key.items():  # clauses of a checklist no longer loaded
        out.append((rec.ChecklistInfo(id=key, key=key, title=key or ctx.t.label("Other clauses")), clauses))
    return out


def clause_results(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("coverage", t.label("Clause-by-clause results"))
    out.append(tx.para(t("The result recorded for every clause of the audit criteria, who audited it, and the notes "
                         "taken (the full notes follow in the audit trail and the interview log)."), st.SMALL))
    notes_by_clause: dict[str, list[rec.NoteRecord]] = defaultdict(list)
    for note in data.notes:
        if note.clause_id:
            notes_by_clause[note.clause_id].append(note)
    for number, (checklist, clauses) in enumerate(_ordered_clauses(ctx), start=1):
        if not clauses:
            continue
        done = sum(c.result != "not_audited" for c in clauses)
        name = standard_name(checklist)
        # The clauses' form follows the total ("5 of 12 clauses"), as in English.
        said = t.plural(len(clauses), "{count} of {total} clauses with a result",
                        "{count} of {total} clauses with a result", count=done, total=len(clauses))
        counts = f"<font color='#5A6472' size='9'>— {tx.markup(said)}</font>"
        out += [CondPageBreak(60 * mm),
                st.Heading(f"{tx.markup(tx.shorten(name, 100))} {counts}", st.H2, key=f"std-{number}",
                           outline=tx.shorten(name, 60), level=1, toc=False)]
        rows = []
        extra: list[tuple[object, ...]] = []
        for row, clause in enumerate(clauses, start=1):
            indent = min(clause.depth, 4) * 3 * mm
            title_style = st.CELL_BOLD if clause.depth == 0 else st.CELL
            title: list[Flowable] = [tx.para(clause.title, indented(title_style, indent))]
            if tx.clean(clause.justification).strip():
                title.append(tx.rich(f"<b>{tx.markup(t.label('Justification:'))}</b> "
                                     + tx.markup(clause.justification), indented(st.CELL_SMALL, indent)))
            notes = notes_by_clause.get(clause.id, [])
            summary: list[Flowable] = []
            if notes:
                count = t.plural_label(len(notes), "1 note", "{count} notes")
                summary.append(tx.rich(f"<b>{tx.markup(count)}</b>", st.CELL_SMALL))
                summary.append(tx.para(tx.shorten(notes[0].text, 60), st.CELL_SMALL))
            rows.append([tx.para(clause.number, title_style), title,
                         tx.rich(_result_markup(ctx, clause.result), st.CELL),
                         tx.para(clause.audited_by, st.CELL_SMALL), summary])
            if clause.depth == 0:
                extra.append(("BACKGROUND", (0, row), (-1, row), st.ACCENT_SOFT))
        # The number column fits "Abschnitt" and "Apartado" in a header cell (a word split there reads wrongly).
        out.append(st.table(rows, (19 * mm, 61 * mm, 30 * mm, 24 * mm, st.FRAME_WIDTH - 134 * mm),
                            header=headers(t, "Clause", "Title", "Result", "Audited by", "Notes"), zebra=False,
                            extra=extra))
    return out


def audit_trail(ctx: Ctx) -> list[Flowable]:
    """Observation, document review, sampling and general notes in full, clause by clause."""
    data, t = ctx.data, ctx.t
    out = ctx.section("notes", t.label("Audit trail"))
    notes = [n for n in data.notes if n.kind != INTERVIEW]
    if not notes:
        out.append(nothing(t("No observation, document review or sampling notes are recorded.")))
        return out
    out.append(tx.para(t("Observations, documents reviewed and samples taken, clause by clause; interviews are "
                         "listed in the interview log."), st.SMALL))
    by_clause: dict[str, list[rec.NoteRecord]] = defaultdict(list)
    for note in notes:
        by_clause[note.clause_id or ""].append(note)
    order = [c.id for _checklist, clauses in _ordered_clauses(ctx) for c in clauses]
    known = {c.id: c for c in data.clauses}
    for clause_id in [c for c in order if c in by_clause] + [c for c in by_clause if c not in known]:
        clause = known.get(clause_id)
        title = tx.markup(data.clause_label(clause_id) if clause else t.label("Notes without a clause"))
        result = f" <font size='8'>· {_result_markup(ctx, clause.result)}</font>" if clause else ""
        out += [CondPageBreak(25 * mm), tx.rich(title + result, st.H3)]
        for note in sorted(by_clause[clause_id], key=lambda n: (tx.clean(n.recorded_at), n.id)):
            out += note_block(ctx, note, 0)
    return out


def interviews(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("interviews", t.label("Interview log"))
    notes = sorted((n for n in data.notes if n.kind == INTERVIEW), key=lambda n: (tx.clean(n.recorded_at), n.id))
    if not notes:
        out.append(nothing(t("No interviews are recorded.")))
        return out
    rows = []
    for note in notes:
        person = ctx.person(note.person_id)
        who: list[Flowable] = [tx.para(person.name if person else t.label("(person not recorded)"), st.CELL_BOLD)]
        if person is not None:
            details = "\n".join(tx.clean(v) for v in (person.role, person.department, person.organisation)
                                if tx.clean(v).strip())
            if details:
                who.append(tx.para(details, st.CELL_SMALL))
        clause = data.clause_label(note.clause_id) if note.clause_id else ""
        rows.append([tx.para(when(note.recorded_at), st.CELL), who, tx.para(clause, st.CELL_SMALL),
                     tx.para(note.text, st.CELL)])
    out.append(st.table(rows, (21 * mm, 40 * mm, 33 * mm, st.FRAME_WIDTH - 94 * mm),
                        header=headers(t, "When", "Person interviewed", "Clause", "What was said and shown")))
    return out


def meetings(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("meetings", t.label("Opening and closing meetings"))
    if not data.meetings:
        out.append(nothing(t("No meetings are recorded.")))
        return out
    rank = {"opening": 0, "closing": 1}
    for meeting in sorted(data.meetings, key=lambda m: (rank.get(m.kind or "", 2), tx.clean(m.held_at), m.id)):
        title = t.vocab(MEETING_LABELS, meeting.kind, t.label("Meeting"))
        pairs: list[tuple[str, Flowable]] = [(t.label("Held"), tx.para(when(meeting.held_at), st.CELL)),
                                             (t.label("Location"), tx.para(meeting.location, st.CELL))]
        if tx.clean(meeting.notes).strip():
            pairs.append((t.label("Notes"), tx.para(meeting.notes, st.CELL)))
        if tx.clean(meeting.acknowledgement).strip():
            pairs.append((t.label("Auditee acknowledgement"), tx.para(meeting.acknowledgement, st.CELL)))
        out += [*st.h2(tx.markup(title), 60 * mm), st.kv_table(pairs, label_width=label_width(t, 42 * mm))]
        people = [a for a in data.attendees if a.meeting_id == meeting.id]
        if people:
            present = sum(a.present for a in people)
            attendance = t("Attendance: {present} present", present=present) if present == len(people) else \
                t("Attendance: {present} present, {absent} absent", present=present, absent=len(people) - present)
            out.append(tx.para(attendance, st.H3))
            rows = [[tx.para(a.name, st.CELL_BOLD), tx.para(a.organisation, st.CELL),
                     tx.para(t.label(ROLE_LABELS[a.role]) if a.role in ROLE_LABELS else a.role, st.CELL),
                     tx.para(t.label("Present") if a.present else t.label("Absent"), st.CELL)]
                    for a in sorted(people, key=lambda a: (not a.present, tx.clean(a.organisation),
                                                            tx.clean(a.name)))]
            out.append(st.table(rows, (55 * mm, 50 * mm, 45 * mm, st.FRAME_WIDTH - 150 * mm),
                                header=headers(t, "Name", "Organisation", "Role", "Attendance")))
        else:
            out.append(nothing(t("No attendance recorded.")))
        out += signoff_rows(ctx, meeting.id)
    return out


def audit_plan(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("plan", t.label("Audit plan"))
    if not data.plan:
        out.append(nothing(t("No audit plan is recorded.")))
        return out
    rows = []
    for row in sorted(data.plan, key=lambda r: (tx.clean(r.day), tx.clean(r.start), r.id)):
        times = " – ".join(tx.clean(t) for t in (row.start, row.end) if tx.clean(t))
        rows.append([tx.para(row.day, st.CELL), tx.para(times, st.CELL), tx.para(row.process, st.CELL_BOLD),
                     tx.para(row.clauses, st.CELL), tx.para(row.auditor, st.CELL), tx.para(row.auditee, st.CELL),
                     tx.para(row.location, st.CELL)])
    out.append(st.table(rows, (19 * mm, 19 * mm, 38 * mm, 24 * mm, 25 * mm, 25 * mm, st.FRAME_WIDTH - 150 * mm),
                        header=headers(t, "Date", "Time", "Process / area", "Clauses", "Auditor", "Auditee",
                                       "Location")))
    return out
