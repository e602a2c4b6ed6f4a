"""The full integrity and consistency check of an audit file."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from auditor_app.domain.ops import Op, verify
from auditor_app.services.session import AuditSession
from auditor_app.storage import log_screen, oplog, schema
from auditor_app.storage.audit_file import explain_sqlite_error


@dataclass(slots=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    operations: int = 0
    evidence_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def full_check(session: AuditSession) -> CheckReport:
    """SQLite integrity, every operation hash, every evidence hash, cache = log, no dangling references."""
    report = CheckReport()
    report.problems += [f"SQLite: {p}" for p in session.file.full_check()]
    if report.problems:
        return report
    try:
        _check_contents(session, report)
    except (sqlite3.Error, DBAPIError, UnicodeDecodeError) as exc:  # damage past the checks above: reported
        report.problems.append(f"SQLite: {explain_sqlite_error(getattr(exc, 'orig', None) or exc)}")
    if session.file.pragma("journal_mode") != "delete" and not session.file.read_only:
        report.problems.append("journal mode is not DELETE")
    return report


def _check_contents(session: AuditSession, report: CheckReport) -> None:
    with session.reading() as conn:
        ids: set[str] = set()
        parents: set[str] = set()
        unsound = 0
        for row in log_screen.rows(oplog.driver(conn)):
            report.operations += 1
            if row.problems:  # judged by the same rules import and merge apply (domain/op_rules.py)
                unsound += 1
                report.problems.append(row.describe())
            op = row.op
            if op is None:
                continue
            ids.add(op.op_id)
            parents.update(op.parents)
            if not _hash_matches(op):
                report.problems.append(f"operation {op.op_id} does not match its hash (altered)")
        missing = parents - ids
        if missing:
            report.warnings.append(f"{len(missing)} earlier operation(s) referenced but not present "
                                   "(file made from a partial copy)")
        for sha, data in conn.execute(select(schema.blob.c.sha256, schema.blob.c.data)):
            report.evidence_files += 1
            if hashlib.sha256(bytes(data)).hexdigest() != sha:
                report.problems.append(f"evidence file {sha[:12]}… does not match its SHA-256 (damaged)")
        referenced = {r[0] for r in conn.execute(select(schema.cache["evidence"].c.sha256)
                                                 .where(schema.cache["evidence"].c.deleted == 0))}
        stored = {r[0] for r in conn.execute(select(schema.blob.c.sha256))}
        for sha in sorted(referenced - stored):
            report.problems.append(f"evidence file {sha[:12]}… is referenced but missing")
        if unsound:  # deriving needs a sound log: the cache is compared once the log is repaired
            report.warnings.append(f"the cache was not compared with the log ({unsound} unsound operation(s))")
        else:
            report.problems += oplog.cache_differences(conn)


def _hash_matches(op: Op) -> bool:
    try:
        return verify(op)
    except (TypeError, ValueError, UnicodeError):  # an unsound operation cannot even be hashed: not its hash
        return False
