"""Which team files were merged into the audit: when, from which file, whose work, and how much it brought."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PureWindowsPath

from auditor_app.services.session import AuditSession
from auditor_app.storage import file_tables, log_reads


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
    with session.reading() as conn:
        rows = file_tables.merges(conn, newest_first=True)
        out = []
        for row in rows:
            authors = log_reads.authors_of_replica(conn, row.source_replica)
            # Both separators: a file merged on Windows is named with backslashes wherever it is read.
            name = PureWindowsPath(row.source).name
            out.append(MergeRecord(_local(row.merged_at), name, row.source, int(row.ops_added),
                                   int(row.blobs_added), tuple(authors)))
    return out
