"""Forged operations with valid hashes: values a newer version (or a hostile file) may carry."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.ops import format_hlc, make_op, parse_hlc
from auditor_app.storage import tally
from auditor_app.storage.layout import SCHEMA_VERSION

UNKNOWN_RESULT = "partially_conforming"


def append(path: Path, changes: list[tuple[str, str, str, Any]], author: str = "Newer Version") -> None:
    """Append (entity_type, entity_id, field, value) operations as this file's own replica would, then rebuild
    the cache from the log, so every reader sees them."""
    conn = sqlite3.connect(path)
    try:
        replica = conn.execute("SELECT value FROM meta WHERE key='replica_id'").fetchone()[0]
        wall, counter = parse_hlc(conn.execute("SELECT max(hlc) FROM op").fetchone()[0])
        with conn:
            for entity_type, entity_id, field, value in changes:
                counter += 1
                parents = [r[0] for r in conn.execute("SELECT op_id FROM head WHERE entity_id=? AND field=?",
                                                      (entity_id, field))]
                op = make_op(entity_type=entity_type, entity_id=entity_id, field=field, value=value,
                             parents=parents, hlc=format_hlc(wall, counter), author=author, replica_id=replica,
                             schema_version=SCHEMA_VERSION)
                conn.execute("INSERT INTO op(op_id, entity_type, entity_id, field, value, parents, hlc, author, "
                             "replica_id, schema_version, op_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                             (op.op_id, op.entity_type, op.entity_id, op.field, op.value, json.dumps(list(op.parents)),
                              op.hlc, op.author, op.replica_id, op.schema_version, op.op_hash))
                tally.add(conn, [op])  # as the program itself counts what each copy wrote
                conn.execute("DELETE FROM head WHERE entity_id=? AND field=?", (entity_id, field))
                conn.execute("INSERT INTO head(entity_id, field, op_id) VALUES (?,?,?)", (entity_id, field, op.op_id))
    finally:
        conn.close()


def first_id(path: Path, table: str, where: str = "1") -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(f"SELECT id FROM {table} WHERE deleted=0 AND {where} ORDER BY id").fetchone()[0])
    finally:
        conn.close()


def audit_id(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT id FROM c_audit").fetchone()[0])
    finally:
        conn.close()


CLAUSE_715 = clause_id("iso9001-2015", "7.1.5")


def clause_id_of(number: str) -> str:
    return clause_id("iso9001-2015", number)


def unknown_everywhere(path: Path) -> list[tuple[str, str, str, Any]]:
    """A value this version does not know on every kind of field, and names (a field, an entity type) it lacks."""
    finding = first_id(path, "c_finding")
    note = first_id(path, "c_note")
    member = first_id(path, "c_team_member")
    meeting = first_id(path, "c_meeting")
    link = first_id(path, "c_link")
    audit = audit_id(path)
    risk = str(uuid.uuid4())
    return [
        ("clause", CLAUSE_715, "result", UNKNOWN_RESULT),
        ("clause", CLAUSE_715, "risk_rating", "high"),  # a field this version does not have
        ("finding", finding, "grade", "critical"),
        ("finding", finding, "status", "disputed"),
        ("audit", audit, "audit_type", "stage3"),
        ("team_member", member, "role", "expert_witness"),
        ("note", note, "kind", "video"),
        ("meeting", meeting, "kind", "interim"),
        ("link", link, "kind", "finding_risk"),
        ("risk", risk, "_exists", True),  # an entity type from a newer version
        ("risk", risk, "title", "Supplier failure"),
    ]


def wrong_types(path: Path) -> list[tuple[str, str, str, Any]]:
    """Values of the wrong JSON type for fields this version knows: damage, whoever wrote them."""
    audit = audit_id(path)
    return [
        ("finding", first_id(path, "c_finding"), "statement", 42),  # an int in a text field
        ("audit", audit, "client", ["ACME", "GmbH"]),  # a list in a one-line text field
        ("audit", audit, "sites", "Berlin"),  # text in a list field
        ("note", first_id(path, "c_note"), "sample_size", "twelve"),  # text in a whole-number field
        ("evidence", first_id(path, "c_evidence"), "rotation", "sideways"),
        ("clause", clause_id_of("8.1"), "result", {"level": 2}),  # an object where a choice belongs
    ]
