"""The audit file's tables: the append-only operation log, blobs, and the cache derived from the log."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)

from auditor_app.domain.entities import ENTITIES, Kind
from auditor_app.storage.layout import APPLICATION_ID as APPLICATION_ID  # re-exported: schema users read them here
from auditor_app.storage.layout import GUARD_TRIGGERS as GUARD_TRIGGERS
from auditor_app.storage.layout import SCHEMA_VERSION as SCHEMA_VERSION
from auditor_app.storage.layout import cache_table

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

op = Table(
    "op", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # local arrival order, not hashed
    Column("op_id", Text, nullable=False, unique=True),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("parents", Text, nullable=False),
    Column("hlc", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("replica_id", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("op_hash", Text, nullable=False),
)
# No index on entity_id: the head table serves edits, and one index less is one page less per commit.

# Since format 6: an operation's Ed25519 signature over (audit id, op hash), by the key bound to its replica.
# A side table, so an operation's hash and the `op` rows of older files stay as they are; unsigned: no row.
op_sig = Table(
    "op_sig", metadata,
    Column("op_id", Text, primary_key=True),
    Column("audit_id", Text, nullable=False),  # the audit it was signed for: a replay into another shows
    Column("public_key", Text, nullable=False),  # base64 of the 32 raw bytes
    Column("signature", Text, nullable=False),  # base64 of the 64 bytes
)

blob = Table(
    "blob", metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", Integer, nullable=False),
    Column("mime", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

merge_log = Table(
    "merge_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("merged_at", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("source_replica", Text, nullable=False),
    Column("ops_added", Integer, nullable=False),
    Column("blobs_added", Integer, nullable=False),
    Column("op_set_hash", Text, nullable=False),
)

# Current heads of every (entity, field): what a new edit supersedes, without reading the whole history.
head = Table(
    "head", metadata,
    Column("entity_id", Text, primary_key=True),
    Column("field", Text, primary_key=True),
    Column("op_id", Text, primary_key=True),
    sqlite_with_rowid=False,
)

conflict = Table(
    "conflict", metadata,
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, primary_key=True),
    Column("field", Text, primary_key=True),
    Column("kind", Text, nullable=False),  # "concurrent" edits, or "delete_edit"
    Column("heads", Text, nullable=False),  # JSON list of {op_id, value, author, hlc}
)

_SQL_TYPE = {Kind.INT: Integer, Kind.BOOL: Integer}


def _cache_table(name: str, field_kinds: dict[str, Kind], extra: list[Column[object]]) -> Table:
    columns: list[Column[object]] = [Column("id", Text, primary_key=True)]
    columns += extra
    columns += [Column(f, _SQL_TYPE.get(k, Text)) for f, k in field_kinds.items()]
    columns += [
        Column("deleted", Integer, nullable=False, server_default="0"),
        Column("conflicts", Integer, nullable=False, server_default="0"),
        Column("created_at", Text), Column("created_by", Text),
        Column("updated_at", Text), Column("updated_by", Text),
    ]
    return Table(cache_table(name), metadata, *columns)


# Static clause data comes from the loaded checklist, not from clause operations.
_CLAUSE_STATIC: list[Column[object]] = [
    Column("checklist_id", Text), Column("checklist_key", Text), Column("number", Text),
    Column("title", Text), Column("parent_number", Text), Column("depth", Integer),
    Column("position", Integer), Column("questions", Text), Column("evidence", Text), Column("tags", Text),
]

cache: dict[str, Table] = {
    name: _cache_table(name, {f.name: f.kind for f in spec.fields}, _CLAUSE_STATIC if name == "clause" else [])
    for name, spec in ENTITIES.items()
}
Index("c_note_clause", cache["note"].c.clause_id)
Index("c_evidence_clause", cache["evidence"].c.clause_id)
Index("c_link_source", cache["link"].c.source_id)
Index("c_link_target", cache["link"].c.target_id)
Index("c_clause_order", cache["clause"].c.checklist_key, cache["clause"].c.position)

CACHE_TABLES = tuple(cache.values()) + (conflict, head)
