"""What the window shows first (the clause tree, its counts, the title), read through the sqlite3 driver alone."""

# Opening at start-up reads these before SQLAlchemy is imported (0.2 s), so the audit is on screen sooner; the
# same reads (storage/first_view.py) serve every later read of these facts (services/queries.py).

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor_app.domain import first_records as rec
from auditor_app.errors import AuditorError
from auditor_app.storage import first_view, layout, location
from auditor_app.storage.audit_file import AuditFile, read_header


@dataclass(frozen=True)
class Overview:
    details: rec.AuditDetails
    checklists: list[rec.ChecklistInfo]
    clauses: list[rec.ClauseRecord]
    note_counts: dict[str, int]
    evidence_counts: dict[str, int]
    finding_counts: dict[str, int]
    findings: int  # live findings in the audit
    conflicts: int  # merge conflicts not yet resolved


def read(file: AuditFile) -> Overview:
    raw, fv = file.raw_connection(), first_view
    return Overview(fv.details(raw, file.audit_id), fv.checklists(raw), fv.clauses(raw), fv.note_counts(raw),
                    fv.evidence_counts(raw), fv.finding_counts(raw), fv.live_findings(raw), fv.open_conflicts(raw))


@dataclass(frozen=True)
class OpenedAudit:
    """A file opened (checked, locked) and its overview, waiting to become a session (services/audit.py)."""

    file: AuditFile
    overview: Overview

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def close(self) -> None:
        self.file.close()


def open_quickly(path: Path, *, owner: str, read_only: bool) -> OpenedAudit | None:
    """The plain case of opening: a current-format file on a local disk that nobody else has open.

    None for anything else (a risky place, an older format, a file in use or refused): the caller then takes
    the careful path, which asks the user or says what is wrong.
    """
    try:
        if not read_only and location.classify(path.resolve().parent).risky:
            return None
        if read_header(path).user_version != layout.SCHEMA_VERSION:
            return None
        file = AuditFile.open(path, read_only=read_only, owner=owner, verify=False)
    except (AuditorError, OSError):
        return None
    try:
        return OpenedAudit(file, read(file))
    except (first_view.DriverError, UnicodeDecodeError, ValueError):  # damage the first check could not see
        file.close()
        return None
