"""Read use cases: plain records for the CLI, exporters and UI (never live database rows)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.derive import hlc_iso
from auditor_app.services import library
from auditor_app.services.session import AuditSession
from auditor_app.storage import cache_reads, file_tables, first_view, log_reads, op_rows, oplog, signatures


def details(session: AuditSession) -> rec.AuditDetails:
    return first_view.details(session.file.raw_connection(), session.audit_id)


def team(session: AuditSession) -> list[rec.TeamMember]:
    """The team by role (lead first, as ROLE_LABELS lists them), then by name: the same order in every report,
    even for members added in one step (their creation times are equal)."""
    rank = {role: i for i, role in enumerate(vocab.ROLE_LABELS)}
    with session.reading() as conn:
        members = [rec.from_row(rec.TeamMember, r) for r in cache_reads.team_members(conn)]
    return sorted(members, key=lambda m: (rank.get(m.role or "", len(rank)), (m.name or "").casefold(), m.id))


def checklists(session: AuditSession) -> list[rec.ChecklistInfo]:
    return first_view.checklists(session.file.raw_connection())


def clauses(session: AuditSession, checklist_key: str | None = None) -> list[rec.ClauseRecord]:
    return first_view.clauses(session.file.raw_connection(), checklist_key)


def clause(session: AuditSession, clause_id: str) -> rec.ClauseRecord | None:
    with session.reading() as conn:
        r = cache_reads.clause(conn, clause_id)
    return rec.from_row(rec.ClauseRecord, r, result=r.result or "not_audited") if r else None


def related_clauses(session: AuditSession, clause_id: str) -> list[rec.ClauseRecord]:
    """"Also relevant to": the corresponding clauses of the audit's other standards (cross-walk)."""
    this = clause(session, clause_id)
    return related_among(clauses(session), this) if this is not None else []


def related_among(records: list[rec.ClauseRecord], this: rec.ClauseRecord) -> list[rec.ClauseRecord]:
    """The same, from clause records the caller already holds (the window's tree): no reading of the file."""
    if this.checklist_key is None or this.number is None:
        return []
    wanted = set(library.crosswalk().related(this.checklist_key, this.number))
    return [c for c in records if (c.checklist_key, c.number) in wanted] if wanted else []


def notes(session: AuditSession, clause_id: str | None = None) -> list[rec.NoteRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.NoteRecord, r) for r in cache_reads.notes(conn, clause_id)]


def note_counts(session: AuditSession) -> dict[str, int]:
    """Live notes per clause id (one query, for the clause tree)."""
    return first_view.note_counts(session.file.raw_connection())


def evidence_counts(session: AuditSession) -> dict[str, int]:
    """Live evidence files per clause id, counting those attached to the clause's notes too (one query)."""
    return first_view.evidence_counts(session.file.raw_connection())


def finding_counts(session: AuditSession) -> dict[str, int]:
    """Live findings referencing each clause id (one query; a finding linked twice counts once)."""
    return first_view.finding_counts(session.file.raw_connection())


def people(session: AuditSession) -> list[rec.PersonRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.PersonRecord, r) for r in cache_reads.people(conn)]


def evidence(session: AuditSession, clause_id: str | None = None) -> list[rec.EvidenceRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.EvidenceRecord, r) for r in cache_reads.evidence(conn, clause_id)]


def findings(session: AuditSession, clause_id: str | None = None) -> list[rec.FindingRecord]:
    """Every finding, or only those referring to `clause_id` (found through the link index, not by reading all)."""
    with session.reading() as conn:
        rows, links = cache_reads.findings_and_links(conn, clause_id)
        by_source: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in links:
            targets = by_source[link.source_id][link.kind]
            if link.target_id not in targets:  # two auditors adding the same link count once
                targets.append(link.target_id)
        out = []
        for r in rows:
            linked = by_source.get(r.id, {})
            out.append(rec.from_row(
                rec.FindingRecord, r,
                clause_ids=tuple(linked.get(vocab.LinkKind.FINDING_CLAUSE.value, ())),
                evidence_ids=tuple(linked.get(vocab.LinkKind.FINDING_EVIDENCE.value, ())),
                note_ids=tuple(linked.get(vocab.LinkKind.FINDING_NOTE.value, ())),
            ))
        return out


def carried(session: AuditSession) -> list[rec.CarriedRecord]:
    """The previous findings and Stage 1 concerns this audit took over, previous findings first, by ref."""
    kinds = (vocab.LinkKind.CARRIED_NOTE.value, vocab.LinkKind.CARRIED_EVIDENCE.value)
    with session.reading() as conn:
        linked: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in cache_reads.links_of_kinds(conn, kinds):
            targets = linked[link.source_id][link.kind]
            if link.target_id not in targets:
                targets.append(link.target_id)
        rows = cache_reads.carried(conn)
    order = list(vocab.CARRIED_KIND_LABELS)
    items = [rec.from_row(rec.CarriedRecord, r,
                          note_ids=tuple(linked.get(r.id, {}).get(kinds[0], ())),
                          evidence_ids=tuple(linked.get(r.id, {}).get(kinds[1], ()))) for r in rows]
    return sorted(items, key=lambda c: vocab.rank(order, c.kind))  # stable: by ref within a kind


def concerns(session: AuditSession) -> list[rec.ConcernRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.ConcernRecord, r) for r in cache_reads.concerns(conn)]


def time_records(session: AuditSession) -> list[rec.TimeRecord]:
    with session.reading() as conn:
        rows = cache_reads.time_records(conn)
        return [rec.from_row(rec.TimeRecord, r) for r in rows]


def plan(session: AuditSession) -> list[rec.PlanRow]:
    with session.reading() as conn:
        rows = cache_reads.plan_rows(conn)
        return [rec.from_row(rec.PlanRow, r) for r in rows]


def meetings(session: AuditSession) -> tuple[list[rec.Meeting], list[rec.Attendee]]:
    with session.reading() as conn:
        return ([rec.from_row(rec.Meeting, r) for r in cache_reads.meetings(conn)],
                [rec.from_row(rec.Attendee, r) for r in cache_reads.attendees(conn)])


def conflicts(session: AuditSession) -> list[rec.Conflict]:
    with session.reading() as conn:
        rows = log_reads.conflicts(conn)
    return [rec.Conflict(r.entity_type, r.entity_id, r.field, r.kind, tuple(json.loads(r.heads))) for r in rows]


def history(session: AuditSession, entity_id: str | None = None, limit: int | None = None) -> list[rec.HistoryEntry]:
    """The audit trail: who changed what, when (newest last)."""
    from auditor_app.services import trust

    with session.reading() as conn:
        rows = log_reads.operations(conn, entity_id)
        raw = oplog.driver(conn)
        keyed = signatures.signer_ops(raw)
        sigs = signatures.of_ops(raw, [r.op_id for r in rows] + [o.op_id for o in keyed])
    # Each signature is verified here: history never calls an operation signed on the strength of a stored row.
    seal = trust.labels([op_rows.named_to_op(r) for r in rows], sigs, keyed, session.audit_id)
    entries = [rec.HistoryEntry(r.seq, hlc_iso(r.hlc), r.author, r.entity_type, r.entity_id, r.field,
                                json.loads(r.value), len(json.loads(r.parents)), r.op_id, seal[r.op_id]) for r in rows]
    return entries[-limit:] if limit else entries


def merges(session: AuditSession) -> list[dict[str, Any]]:
    """Which team files were merged into this audit, when, and how much each brought."""
    with session.reading() as conn:
        rows = file_tables.merges(conn)
    return [{k: v for k, v in r._mapping.items() if k != "seq"} for r in rows]


def counts(session: AuditSession) -> dict[str, Any]:
    """Figures for `info`: results, grades, evidence, authors, log size."""
    with session.reading() as conn:
        return log_reads.counts(conn)


def rebuild_cache(session: AuditSession) -> int:
    with session.file.write() as conn:
        return oplog.rebuild(conn)
