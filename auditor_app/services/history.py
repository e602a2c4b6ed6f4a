"""The audit trail in words: who changed what and when, for a clause with its notes, photos and findings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from auditor_app.domain import grading, vocab
from auditor_app.domain.derive import hlc_iso
from auditor_app.domain.entities import ENTITIES, Kind, spec_for
from auditor_app.domain.ops import EXISTS, Op, hlc_to_epoch_ms
from auditor_app.services import trust
from auditor_app.services.search_text import local_when
from auditor_app.services.session import AuditSession
from auditor_app.storage import log_reads, oplog, signatures, trail_reads
from auditor_app.storage.connection import Connection

CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"
LIMIT = 300  # entries; older ones are in the CLI's `history` and the JSON export
_LABELS = {"clause_id": "Clause", "person_id": "Person", "note_id": "Note", "evidence_text": "Objective evidence",
           "sha256": "File", "ofi": "OFI", "recorded_at": "Recorded", "taken_at": "Taken"}
_CHOICES: dict[tuple[str, str], dict[str, str]] = {
    ("clause", "result"): {str(k): v for k, v in vocab.RESULT_LABELS.items()},
    ("note", "kind"): vocab.NOTE_KIND_LABELS, ("finding", "status"): vocab.STATUS_LABELS,
    ("team_member", "role"): vocab.ROLE_LABELS, ("meeting", "kind"): vocab.MEETING_LABELS,
    ("audit", "audit_type"): {str(k): v for k, v in vocab.AUDIT_TYPE_LABELS.items()},
    ("audit", "objectives_met"): vocab.OBJECTIVES_MET_LABELS,
    ("audit", "recommendation_decision"): vocab.DECISION_LABELS,
    ("audit", "stage2_readiness"): vocab.READINESS_LABELS, ("carried", "verification"): vocab.VERIFICATION_LABELS,
    ("carried", "kind"): vocab.CARRIED_KIND_LABELS,
}
# Recorded by the application when an item is made; listing them would bury what the auditor wrote.
_QUIET = {("evidence", "sha256"), ("evidence", "mime"), ("evidence", "size"), ("evidence", "width"),
          ("evidence", "height"), ("evidence", "rotation"), ("checklist", "content"), ("audit", "cycle_history")}
_NAME_FIELDS = {"note": "text", "finding": "ref", "evidence": "filename", "person": "name", "carried": "ref",
                "concern": "statement"}


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One use case's changes to one item, e.g. "Maria set Result: Nonconformity, Audited by: Maria"."""

    seq: int  # the newest operation's place in this file's log
    at: str  # local time, minutes
    author: str
    entity_type: str
    entity_id: str
    what: str  # e.g. Clause 8.7, Note “Explained how complaints …”
    action: str  # created, changed, deleted or restored
    changes: tuple[tuple[str, str], ...]  # (field label, value as read)
    # "signed by NAME (fingerprint)", "unsigned" or "NOT TRUSTED: why", each signature verified (services/trust.py)
    signature: str = "unsigned"


def first_words(text: str, limit: int = 48) -> str:
    whole = " ".join(text.split())
    return whole if len(whole) <= limit else whole[:limit].rstrip() + "…"


def clause_trail(session: AuditSession, clause_id: str, limit: int = LIMIT) -> list[TrailEntry]:
    with session.reading() as conn:
        return _trail(conn, trail_reads.clause_items(conn, clause_id), limit, session.audit_id)


def trail(session: AuditSession, ids: Iterable[str], limit: int = LIMIT) -> list[TrailEntry]:
    """What happened to these items, newest first: one entry per item per use case."""
    with session.reading() as conn:
        return _trail(conn, dict.fromkeys(ids, ""), limit, session.audit_id)


def _trail(conn: Connection, items: dict[str, str], limit: int, audit_id: str) -> list[TrailEntry]:
    if not items:
        return []
    # Most recent first, and only as many as could be shown (a use case writes a handful of operations).
    rows: list[Any] = log_reads.recent_operations(conn, sorted(items), limit * 8)
    rows.sort(key=lambda r: r.seq)
    groups: list[list[Any]] = []
    for row in rows:
        group = groups[-1] if groups else []
        if group and _same_use_case(group, row):
            group.append(row)
        else:
            groups.append([row])
    groups = groups[-limit:]
    names = _Names(conn)
    for kind in _NAME_FIELDS:
        names.load(kind, {g[0].entity_id for g in groups if g[0].entity_type == kind})
    names.load("note", {json.loads(r.value) for g in groups for r in g if r.field == "note_id" and r.value != "null"})
    seals = _seals(conn, [r for g in groups for r in g], audit_id)
    return [replace(_entry(group, names), signature=trust.seal([seals[r.op_id] for r in group]))
            for group in reversed(groups)]


def _seals(conn: Connection, rows: list[Any], audit_id: str) -> dict[str, str]:
    raw = oplog.driver(conn)
    keyed = signatures.signer_ops(raw)
    sigs = signatures.of_ops(raw, [r.op_id for r in rows] + [o.op_id for o in keyed])
    ops = [Op(r.op_id, r.entity_type, r.entity_id, r.field, r.value, tuple(json.loads(r.parents)), r.hlc, r.author,
              r.replica_id, r.schema_version, r.op_hash) for r in rows]
    return trust.labels(ops, sigs, keyed, audit_id)


def _same_use_case(group: list[Any], row: Any) -> bool:
    """Operations of one use case on one item are consecutive in the log, moments apart: they read as one entry.

    Creating or deleting an item starts an entry of its own, so "edited, then deleted" stays two entries.
    """
    last = group[-1]
    return (row.seq == last.seq + 1 and row.entity_id == last.entity_id and row.author == last.author
            and row.replica_id == last.replica_id and row.field != EXISTS
            and not (last.field == EXISTS and last.value == "false")
            and hlc_to_epoch_ms(row.hlc) - hlc_to_epoch_ms(last.hlc) < 2000
            and row.field not in {r.field for r in group})


def _entry(group: list[Any], names: _Names) -> TrailEntry:
    newest, kind = group[-1], group[0].entity_type
    action = CHANGED
    changes = []
    for row in group:
        value = json.loads(row.value)
        if row.field == EXISTS:
            action = (CREATED if not json.loads(row.parents) else RESTORED) if value else DELETED
            continue
        changes.append((row.field, field_label(row.field), names.value(kind, row.field, value)))
    if action == CREATED:
        changes = [c for c in changes if (kind, c[0]) not in _QUIET]
    return TrailEntry(newest.seq, local_when(hlc_iso(newest.hlc)), newest.author or "unknown auditor", kind,
                      newest.entity_id, names.what(kind, newest.entity_id), action,
                      tuple((label, text) for _, label, text in changes))


def field_label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " ").capitalize())


class _Names:
    """Names of the items a trail mentions, read once per trail (deleted items keep their last name)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        scheme = grading.scheme(trail_reads.grading_scheme(conn))
        self._grades = {g.key: g.label for g in scheme.grades}
        # Clauses and people are few: all of them at once. Notes, photos and findings as the trail needs them.
        self._names: dict[str, dict[str, str]] = {"clause": trail_reads.clause_names(conn),
                                                  "person": trail_reads.person_names(conn)}

    def load(self, kind: str, ids: set[str]) -> None:
        known = self._names.setdefault(kind, {})
        wanted = sorted(ids - known.keys())
        known.update((i, first_words(str(v or ""))) for i, v in
                     trail_reads.field_values(self._conn, kind, _NAME_FIELDS[kind], wanted))

    def name(self, kind: str, entity_id: str) -> str:
        return self._names.get(kind, {}).get(entity_id, "")

    def what(self, kind: str, entity_id: str) -> str:
        label = spec_for(kind).label if kind in ENTITIES else kind
        name = self.name(kind, entity_id)
        if kind == "clause":
            return f"{label} {name.split(' ')[0]}".strip()
        return f"{label} “{name}”" if name else label

    def value(self, kind: str, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "(empty)"
        if isinstance(value, bool):
            return "yes" if value else "no"
        choices = _CHOICES.get((kind, name)) or (self._grades if (kind, name) == ("finding", "grade") else None)
        if choices is not None:
            return vocab.label(choices, value)
        try:
            field_kind = spec_for(kind).field(name).kind
        except KeyError:
            field_kind = Kind.SHORT
        if field_kind is Kind.REF and isinstance(value, str):
            target = {"clause_id": "clause", "person_id": "person", "note_id": "note"}.get(name, "")
            return self.name(target, value) or "(removed item)"
        if field_kind is Kind.JSON:
            return "(updated)"
        if field_kind is Kind.DATE:
            return local_when(str(value))
        if isinstance(value, list):
            return first_words(", ".join(str(v) for v in value), 120)
        return first_words(str(value), 120)
