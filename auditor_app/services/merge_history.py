"""Which team files were merged into the audit: when, from which file, whose work, and how much it brought."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PureWindowsPath

from sqlalchemy import func, select

from auditor_app.services.session import AuditSession
from auditor_app.storage import schema


@dataclass(frozen=True, slots=True)
class MergeRecord:
    merged_at: str  # local time, as a user reads it
    source: str  # the merged file's name (its folder is in `source_path`)
    source_path: str
    operations: int
    evidence_files: int
    authors: tuple[tuple[str, int], ...]  # who recorded the work that copy carried, with their change counts


def _local(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def merge_history(session: AuditSession) -> list[MergeRecord]:
    """Newest first. Authors come from the log: the operations written on the merged copy's replica."""
    log, op = schema.merge_log, schema.op
    with session.reading() as conn:
        rows = conn.execute(select(log).order_by(log.c.seq.desc())).fetchall()
        out = []
        for row in rows:
            authors = conn.execute(select(op.c.author, func.count()).where(op.c.replica_id == row.source_replica)
                                   .group_by(op.c.author).order_by(func.count().desc(), op.c.author)).fetchall()
            # Both separators: a file merged on Windows is named with backslashes wherever it is read.
            name = PureWindowsPath(row.source).name
            out.append(MergeRecord(_local(row.merged_at), name, row.source, int(row.ops_added),
                                   int(row.blobs_added), tuple((str(a), int(n)) for a, n in authors)))
    return out
