"""Upgrading older audit files in place, always after a verified backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from auditor_app.domain.entities import ENTITIES
from auditor_app.errors import FileRefused
from auditor_app.storage import backup, layout, schema, tally

# MIGRATIONS[n] upgrades a file from format n to n + 1 inside one transaction.
Migration = Callable[[sqlite3.Connection], None]


def _add_columns(raw: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    present = {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}
    for name, sql_type in columns.items():
        if name not in present:  # idempotent: a step interrupted before its commit left nothing behind anyway
            raw.execute(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}")


def _v1_to_v2(raw: sqlite3.Connection) -> None:
    """Evidence gains annotations and the original's hash; both are new fields, so no existing op changes."""
    _add_columns(raw, "c_evidence", {"annotations": "TEXT", "original_sha256": "TEXT"})


def _v2_to_v3(raw: sqlite3.Connection) -> None:
    """Each copy's operations are tallied in meta from now on, so one removed by hand shows in `check`."""
    tally.recount(raw)
    # Findings gain the basis of a rule-based grade (GHTF N19): a new field, so no existing op changes.
    _add_columns(raw, "c_finding", {"grading_basis": "TEXT"})
    # The audit's ISO/IEC 17021-1 9.4.8 report content (representative, changes, marks, objectives, decision).
    _add_columns(raw, "c_audit", {"client_representative": "TEXT", "client_representative_role": "TEXT",
                                  "changes_since_last": "TEXT", "certification_marks": "TEXT",
                                  "objectives_met": "TEXT", "objectives_comment": "TEXT",
                                  "recommendation_decision": "TEXT"})


def _create_tables_since(raw: sqlite3.Connection, file_format: int) -> None:
    """The cache tables of the entity types `file_format` added (new and empty: no existing op is about them)."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    present = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, since in layout.TABLES_SINCE.items():
        if since == file_format and name not in present and name in schema.metadata.tables:  # triggers: by the step
            raw.execute(str(CreateTable(schema.metadata.tables[name]).compile(dialect=sqlite.dialect())))


def _v3_to_v4(raw: sqlite3.Connection) -> None:
    """The certification cycle: items carried from the previous audit, Stage 1 concerns and audit time are new
    entity types (new, empty cache tables); the audit and findings gain new fields. No existing op changes."""
    _create_tables_since(raw, 4)
    _add_columns(raw, "c_audit", {"previous_audit_id": "TEXT", "previous_audit": "TEXT", "chain_id": "TEXT",
                                  "cycle_history": "TEXT", "stage2_readiness": "TEXT",
                                  "stage2_readiness_comment": "TEXT", "planned_auditor_days": "TEXT"})
    _add_columns(raw, "c_finding", {"follow_up_of": "TEXT"})


def _v4_to_v5(raw: sqlite3.Connection) -> None:
    """The audit names the Word template its report uses (a new field, so no existing op changes)."""
    _add_columns(raw, "c_audit", {"report_template": "TEXT"})


def _v5_to_v6(raw: sqlite3.Connection) -> None:
    """Trust: reports issued to the client, the auditee's on-screen sign-offs and the team's signing keys (`signer`)
    are new entity types; operations gain signatures in `op_sig`. Existing operations stay unsigned."""
    _create_tables_since(raw, 6)
    present = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for trigger, sql in zip(("op_sig_no_update", "op_sig_no_delete"), layout.SIG_GUARD_TRIGGERS, strict=True):
        if trigger not in present:
            raw.execute(sql)


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}


def read_as_is(raw: sqlite3.Connection) -> None:
    """An older file read without upgrading: each cache table lacking fields added since is shadowed by a
    temporary view that gives them as NULL (never set in that file), so readers see the current layout. Only
    the connection's temporary schema changes; the file stays as it is (it is open with mode=ro)."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    raw.execute("PRAGMA query_only=OFF")  # temporary objects only: the file itself is open read-only
    try:
        if raw.execute("SELECT 1 FROM main.sqlite_master WHERE name='op_sig'").fetchone() is None:
            # no signatures before format 6: every operation reads as unsigned
            ddl = CreateTable(schema.op_sig).compile(dialect=sqlite.dialect())
            raw.execute(str(ddl).replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
        for name, spec in ENTITIES.items():
            table = layout.cache_table(name)
            present = {row[1] for row in raw.execute(f"PRAGMA main.table_info({table})")}
            missing = [f.name for f in spec.fields if f.name not in present]
            if not present:  # an entity type added since: none in that file
                ddl = CreateTable(schema.metadata.tables[table]).compile(dialect=sqlite.dialect())
                raw.execute(str(ddl).replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
            elif missing:
                extra = ", ".join(f"NULL AS {column}" for column in missing)
                raw.execute(f"CREATE TEMP VIEW {table} AS SELECT *, {extra} FROM main.{table}")
    finally:
        raw.execute("PRAGMA query_only=ON")


def upgrade(path: Path, raw: sqlite3.Connection, from_version: int) -> sqlite3.Connection:
    """Back the file up, then apply every migration up to the current format in one transaction."""
    steps = list(range(from_version, schema.SCHEMA_VERSION))
    missing = [n for n in steps if n not in MIGRATIONS]
    if missing:
        raise FileRefused(path, f"file format {from_version} is too old for this version of auditor-app")
    row = raw.execute("SELECT value FROM meta WHERE key='audit_id'").fetchone()
    audit_id = row[0] if row else "unknown"
    backup.take_backup(raw, audit_id, f"before-upgrade-from-v{from_version}")
    raw.execute("BEGIN IMMEDIATE")
    try:
        for version in steps:
            MIGRATIONS[version](raw)
        raw.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
        raw.execute("COMMIT")
    except Exception:
        raw.execute("ROLLBACK")
        raise
    return raw
