"""The audit file's identity and the names of its objects, known without importing SQLAlchemy."""

from __future__ import annotations

from auditor_app.domain.entities import ENTITIES

APPLICATION_ID = 0x41554454  # "AUDT": marks the file type for file(1) and for our own checks
SCHEMA_VERSION = 6
# The oldest format read as it is, without upgrading (read-only commands, merge inputs): format 3 added the
# operation tallies to `meta`, which readers of a format 2 file do without, and cache columns for new fields,
# which migrations.read_as_is gives them as NULL.
READABLE_FROM = 2
TALLIED_FROM = 3
SIGNED_FROM = 6  # operations may carry signatures (op_sig)
# Cache tables of entity types added after format 2, by the format that added them: an older file read as it is
# lacks them (migrations.read_as_is gives them empty), an upgraded one has them.
TABLES_SINCE = {"c_carried": 4, "c_concern": 4, "c_time_record": 4, "c_issued_report": 6, "c_signoff": 6,
                "c_signer": 6, "op_sig": 6, "op_sig_no_update": 6, "op_sig_no_delete": 6}

LOG_TABLES = ("meta", "op", "op_sig", "blob", "merge_log", "head", "conflict")
CACHE_INDEXES = ("c_note_clause", "c_evidence_clause", "c_link_source", "c_link_target", "c_clause_order")

# The log is append-only; these guard against any code path (ours or a tool's) rewriting history.
GUARD_TRIGGERS = tuple(
    f"CREATE TRIGGER op_no_{verb.lower()} BEFORE {verb} ON op "
    "BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
)
# Signatures (format 6) are part of the log: kept, never rewritten.
SIG_GUARD_TRIGGERS = tuple(
    f"CREATE TRIGGER op_sig_no_{verb.lower()} BEFORE {verb} ON op_sig "
    "BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
)


def cache_table(entity_type: str) -> str:
    return f"c_{entity_type}"


# Every table, index and trigger an audit file has, apart from SQLite's own automatic indexes. Opening a file
# checks it against this; tests check this against what storage/schema.py creates.
EXPECTED_OBJECTS: frozenset[tuple[str, str]] = frozenset(
    [("table", name) for name in LOG_TABLES]
    + [("table", cache_table(name)) for name in ENTITIES]
    + [("index", name) for name in CACHE_INDEXES]
    + [("trigger", f"{table}_no_{verb}") for table in ("op", "op_sig") for verb in ("update", "delete")]
)


def expected_objects(file_format: int) -> frozenset[tuple[str, str]]:
    """What a file of `file_format` has (an older one read as it is lacks the tables added since)."""
    return frozenset(o for o in EXPECTED_OBJECTS if TABLES_SINCE.get(o[1], 0) <= file_format)
