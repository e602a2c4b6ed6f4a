"""The full integrity and consistency check of an audit file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select

from auditor_app.domain.ops import verify
from auditor_app.services.session import AuditSession
from auditor_app.storage import oplog, schema


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
    with session.reading() as conn:
        ids: set[str] = set()
        parents: set[str] = set()
        for op in oplog.all_ops(conn):
            report.operations += 1
            ids.add(op.op_id)
            parents.update(op.parents)
            if not verify(op):
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
        report.problems += oplog.cache_differences(conn)
    if session.file.pragma("journal_mode") != "delete" and not session.file.read_only:
        report.problems.append("journal mode is not DELETE")
    return report
