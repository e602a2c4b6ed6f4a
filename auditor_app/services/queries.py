"""Read use cases: plain records for the CLI, exporters and UI (never live database rows)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.derive import hlc_iso
from auditor_app.services import library, overview
from auditor_app.services.session import AuditSession
from auditor_app.storage import oplog, schema
from auditor_app.storage.schema import cache


def _rows(conn: Connection, entity_type: str, *where: Any, order: Any = None) -> list[Any]:
    table = cache[entity_type]
    query = select(table).where(table.c.deleted == 0, *where)
    # Ties go by creation time (to the second), then id: an order that depends on the content alone, so every
    # copy of a merged audit lists and exports the same way (the merge laws and lossless export rely on it).
    query = query.order_by(*((order,) if order is not None else ()), table.c.created_at, table.c.id)
    return list(conn.execute(query))


def details(session: AuditSession) -> rec.AuditDetails:
    return overview.details(session.file.raw_connection(), session.audit_id)


def team(session: AuditSession) -> list[rec.TeamMember]:
    """The team by role (lead first, as ROLE_LABELS lists them), then by name: the same order in every report,
    even for members added in one step (their creation times are equal)."""
    rank = {role: i for i, role in enumerate(vocab.ROLE_LABELS)}
    with session.reading() as conn:
        members = [rec.from_row(rec.TeamMember, r) for r in _rows(conn, "team_member")]
    return sorted(members, key=lambda m: (rank.get(m.role or "", len(rank)), (m.name or "").casefold(), m.id))


def checklists(session: AuditSession) -> list[rec.ChecklistInfo]:
    return overview.checklists(session.file.raw_connection())


def clauses(session: AuditSession, checklist_key: str | None = None) -> list[rec.ClauseRecord]:
    return overview.clauses(session.file.raw_connection(), checklist_key)


def clause(session: AuditSession, clause_id: str) -> rec.ClauseRecord | None:
    table = cache["clause"]
    with session.reading() as conn:
        r = conn.execute(select(table).where(table.c.id == clause_id)).first()
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
    table = cache["note"]
    where = [table.c.clause_id == clause_id] if clause_id else []
    with session.reading() as conn:
        return [rec.from_row(rec.NoteRecord, r) for r in _rows(conn, "note", *where, order=table.c.recorded_at)]


def note_counts(session: AuditSession) -> dict[str, int]:
    """Live notes per clause id (one query, for the clause tree)."""
    return overview.note_counts(session.file.raw_connection())


def evidence_counts(session: AuditSession) -> dict[str, int]:
    """Live evidence files per clause id, counting those attached to the clause's notes too (one query)."""
    return overview.evidence_counts(session.file.raw_connection())


def finding_counts(session: AuditSession) -> dict[str, int]:
    """Live findings referencing each clause id (one query; a finding linked twice counts once)."""
    return overview.finding_counts(session.file.raw_connection())


def people(session: AuditSession) -> list[rec.PersonRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.PersonRecord, r) for r in _rows(conn, "person", order=cache["person"].c.name)]


def evidence(session: AuditSession, clause_id: str | None = None) -> list[rec.EvidenceRecord]:
    table = cache["evidence"]
    where = [table.c.clause_id == clause_id] if clause_id else []
    with session.reading() as conn:
        return [rec.from_row(rec.EvidenceRecord, r) for r in _rows(conn, "evidence", *where)]


def findings(session: AuditSession, clause_id: str | None = None) -> list[rec.FindingRecord]:
    """Every finding, or only those referring to `clause_id` (found through the link index, not by reading all)."""
    link_t, finding_t = cache["link"], cache["finding"]
    where: list[Any] = []
    link_where: list[Any] = []
    if clause_id is not None:
        on_clause = select(link_t.c.source_id).where(link_t.c.deleted == 0, link_t.c.target_id == clause_id,
                                                      link_t.c.kind == vocab.LinkKind.FINDING_CLAUSE.value)
        where, link_where = [finding_t.c.id.in_(on_clause)], [link_t.c.source_id.in_(on_clause)]
    with session.reading() as conn:
        links = _rows(conn, "link", *link_where)
        by_source: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in links:
            targets = by_source[link.source_id][link.kind]
            if link.target_id not in targets:  # two auditors adding the same link count once
                targets.append(link.target_id)
        out = []
        for r in _rows(conn, "finding", *where, order=finding_t.c.ref):
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
    link_t = cache["link"]
    kinds = (vocab.LinkKind.CARRIED_NOTE.value, vocab.LinkKind.CARRIED_EVIDENCE.value)
    with session.reading() as conn:
        linked: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for link in _rows(conn, "link", link_t.c.kind.in_(kinds)):
            targets = linked[link.source_id][link.kind]
            if link.target_id not in targets:
                targets.append(link.target_id)
        rows = _rows(conn, "carried", order=cache["carried"].c.ref)
    order = list(vocab.CARRIED_KIND_LABELS)
    items = [rec.from_row(rec.CarriedRecord, r,
                          note_ids=tuple(linked.get(r.id, {}).get(kinds[0], ())),
                          evidence_ids=tuple(linked.get(r.id, {}).get(kinds[1], ()))) for r in rows]
    return sorted(items, key=lambda c: vocab.rank(order, c.kind))  # stable: by ref within a kind


def concerns(session: AuditSession) -> list[rec.ConcernRecord]:
    with session.reading() as conn:
        return [rec.from_row(rec.ConcernRecord, r) for r in _rows(conn, "concern")]


def time_records(session: AuditSession) -> list[rec.TimeRecord]:
    table = cache["time_record"]
    with session.reading() as conn:
        rows = _rows(conn, "time_record", order=table.c.day)
        return [rec.from_row(rec.TimeRecord, r) for r in rows]


def plan(session: AuditSession) -> list[rec.PlanRow]:
    table = cache["plan_row"]
    with session.reading() as conn:
        rows = conn.execute(select(table).where(table.c.deleted == 0)
                            .order_by(table.c.day, table.c.start, table.c.id)).fetchall()
        return [rec.from_row(rec.PlanRow, r) for r in rows]


def meetings(session: AuditSession) -> tuple[list[rec.Meeting], list[rec.Attendee]]:
    with session.reading() as conn:
        return ([rec.from_row(rec.Meeting, r) for r in _rows(conn, "meeting")],
                [rec.from_row(rec.Attendee, r) for r in _rows(conn, "attendee", order=cache["attendee"].c.name)])


def conflicts(session: AuditSession) -> list[rec.Conflict]:
    with session.reading() as conn:
        rows = conn.execute(select(schema.conflict).order_by(schema.conflict.c.entity_type,
                                                             schema.conflict.c.entity_id)).fetchall()
    return [rec.Conflict(r.entity_type, r.entity_id, r.field, r.kind, tuple(json.loads(r.heads))) for r in rows]


def history(session: AuditSession, entity_id: str | None = None, limit: int | None = None) -> list[rec.HistoryEntry]:
    """The audit trail: who changed what, when (newest last)."""
    table = schema.op
    query = select(table).order_by(table.c.seq)
    if entity_id:
        query = query.where(table.c.entity_id == entity_id)
    with session.reading() as conn:
        rows = conn.execute(query).fetchall()
    entries = [rec.HistoryEntry(r.seq, hlc_iso(r.hlc), r.author, r.entity_type, r.entity_id, r.field,
                                json.loads(r.value), len(json.loads(r.parents)), r.op_id) for r in rows]
    return entries[-limit:] if limit else entries


def merges(session: AuditSession) -> list[dict[str, Any]]:
    """Which team files were merged into this audit, when, and how much each brought."""
    table = schema.merge_log
    with session.reading() as conn:
        rows = conn.execute(select(table).order_by(table.c.seq)).fetchall()
    return [{k: v for k, v in r._mapping.items() if k != "seq"} for r in rows]


def counts(session: AuditSession) -> dict[str, Any]:
    """Figures for `info`: results, grades, evidence, authors, log size."""
    with session.reading() as conn:
        clause_t, finding_t = cache["clause"], cache["finding"]
        results: dict[str, int] = dict(conn.execute(
            select(func.coalesce(clause_t.c.result, "not_audited"), func.count())
            .where(clause_t.c.deleted == 0, clause_t.c.number.is_not(None))
            .group_by(func.coalesce(clause_t.c.result, "not_audited"))).fetchall())
        # A finding without a grade (a hand-edited file) counts under "": JSON keys must all be text.
        grades: dict[str, int] = dict(conn.execute(
            select(func.coalesce(finding_t.c.grade, ""), func.count()).where(finding_t.c.deleted == 0)
            .group_by(func.coalesce(finding_t.c.grade, ""))).fetchall())
        ev = cache["evidence"]
        ev_count = conn.execute(select(func.count()).select_from(ev).where(ev.c.deleted == 0)).scalar_one()
        blob_count, blob_bytes = conn.execute(
            select(func.count(), func.coalesce(func.sum(schema.blob.c.size), 0))).one()
        notes_count = conn.execute(select(func.count()).select_from(cache["note"])
                                   .where(cache["note"].c.deleted == 0)).scalar_one()
        authors = [r[0] for r in conn.execute(select(schema.op.c.author).distinct().order_by(schema.op.c.author))]
        op_count = conn.execute(select(func.count()).select_from(schema.op)).scalar_one()
        conflict_count = conn.execute(select(func.count()).select_from(schema.conflict)).scalar_one()
    return {"results": results, "grades": grades, "evidence": ev_count, "evidence_files": blob_count,
            "evidence_bytes": int(blob_bytes), "notes": notes_count, "authors": authors, "operations": op_count,
            "conflicts": conflict_count}


def rebuild_cache(session: AuditSession) -> int:
    with session.file.write() as conn:
        return oplog.rebuild(conn)
