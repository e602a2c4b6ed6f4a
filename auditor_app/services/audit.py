"""Use cases on the audit as a whole: create, open, details, team, checklists, clause results."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app import paths
from auditor_app.domain import vocab
from auditor_app.domain.checklist import Checklist, checklist_entity_id, checklist_from_json, clause_id
from auditor_app.domain.entities import AUDIT
from auditor_app.errors import InputError, NotFound
from auditor_app.services import team_keys
from auditor_app.services.overview import OpenedAudit
from auditor_app.services.session import AuditSession, Tx, new_id
from auditor_app.storage import backup, cache_reads, layout, location
from auditor_app.storage.audit_file import AuditFile, copy_while_locked

if TYPE_CHECKING:
    from auditor_app.services import keys


def create_audit(path: Path | str, *, author: str, checklists: list[Checklist] | None = None,
                 details: dict[str, Any] | None = None, lead_role: str = vocab.TeamRole.LEAD,
                 fill: Callable[[AuditSession], None] | None = None,
                 signer: keys.Signer | None = None) -> AuditSession:
    """A new audit file with its details, the author as first team member, its checklists and whatever `fill`
    adds; all of it is written before the file appears under its name (storage/building.py).

    With `signer` (else the user's key when it unlocks without asking: keys.unlock_default) the creator's key is
    recorded as the lead's and every operation is signed from the first."""
    from auditor_app.services import keys  # only here: opening a file does without the cryptography library

    lead_key = signer if signer is not None else keys.unlock_default()

    def populate(file: AuditFile) -> None:
        session = AuditSession(file, author)
        with session.transaction() as tx:
            if lead_key is not None:
                team_keys.record_lead(session, tx, lead_key)
            values = {"grading_scheme": "iso17021", "language": "en", "confidentiality": "Confidential"}
            values.update({k: v for k, v in (details or {}).items() if v is not None})
            tx.set("audit", session.audit_id, values)
            if author:
                tx.create("team_member", new_id(), {"name": author, "role": lead_role})
            for checklist in checklists or []:
                load_checklist(tx, checklist)
        if fill is not None:
            fill(session)

    created = AuditSession(AuditFile.create(path, owner=author, populate=populate), author)
    if lead_key is not None:
        created.signer = lead_key
    return created


def open_audit(path: Path | str, *, author: str, read_only: bool = False, verify: bool = True) -> AuditSession:
    """Open an audit; with verify=False the caller runs `session.file.verify_rest()` soon after (see AuditFile)."""
    return AuditSession(AuditFile.open(path, read_only=read_only, owner=author, verify=verify), author)


def session_for(opened: OpenedAudit, author: str) -> AuditSession:
    """The session over a file opened at start-up for its first view (services/overview.py)."""
    return AuditSession(opened.file, author)


def update_details(tx: Tx, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(AUDIT.field_names)
    if unknown:
        raise InputError(f"audit details: unknown field(s) {', '.join(sorted(unknown))}")
    return tx.set("audit", tx.session.audit_id, values)


def add_team_member(tx: Tx, name: str, role: str = vocab.TeamRole.AUDITOR, organisation: str | None = None,
                    email: str | None = None) -> str:
    if not name.strip():
        raise InputError("a team member needs a name")
    return tx.create("team_member", new_id(),
                     {"name": name.strip(), "role": role, "organisation": organisation, "email": email})


def load_checklist(tx: Tx, checklist: Checklist) -> str:
    """Add a standard's clause tree to the audit (deterministic ids: files line up clause by clause)."""
    entity_id = checklist_entity_id(checklist.key)
    state = tx.state("checklist", entity_id)
    values = {"key": checklist.key, "title": checklist.title, "standard": checklist.standard,
              "edition": checklist.edition, "content": checklist.to_json()}
    if state.exists:
        tx.set("checklist", entity_id, values)
    else:
        tx.create("checklist", entity_id, values)
    return entity_id


def set_clause_result(tx: Tx, checklist_key: str | None, clause: str, result: str,
                      justification: str | None = None, *, when: str | None = None) -> dict[str, Any]:
    """Record a clause's result; `clause` is a clause id, or a clause number with checklist_key."""
    cid = clause_id(checklist_key, clause) if checklist_key else clause
    try:
        outcome = vocab.ClauseResult(result)
    except ValueError:
        raise InputError(f"unknown clause result {result!r}") from None
    if outcome is vocab.ClauseResult.NOT_APPLICABLE and not (justification or "").strip():
        raise InputError("a clause marked not applicable needs a justification")
    if not cache_reads.clause_is_live(tx.conn, cid):
        raise NotFound(f"clause {clause} is not part of this audit")
    stamp = when or datetime.now().strftime("%Y-%m-%dT%H:%M")
    values: dict[str, Any] = {"result": outcome.value, "audited_by": tx.session.author, "audited_at": stamp}
    if justification is not None or outcome is not vocab.ClauseResult.NOT_APPLICABLE:
        values["justification"] = justification
    return tx.set("clause", cid, values)


def save_copy(session: AuditSession, dest: Path | str) -> Path:
    """A verified single-file copy (for a USB stick, e-mail or the archive); never overwrites."""
    return backup.snapshot(session.file.raw_connection(), Path(dest))


def open_read_only_copy(path: Path | str, *, author: str) -> AuditSession:
    """Look at an audit someone else has open: a verified copy in the user's folder, opened read-only."""
    source = Path(path)
    folder = paths.user_data_dir() / "read-only-copies"
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{source.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}{source.suffix}"
    copy_while_locked(source, dest)
    return AuditSession(AuditFile.open(dest, read_only=True, owner=author), author)


FORMAT_VERSION = layout.SCHEMA_VERSION  # the audit file format this version writes (`info` reports it)


def where_is(path: Path | str) -> location.Location:
    """Local disk, removable media, network share or cloud-sync folder."""
    return location.classify(Path(path).resolve().parent)


def make_local_copy(path: Path | str) -> Path:
    """Copy an audit from a USB stick, share or cloud folder to the user's local folder to work on it."""
    source = Path(path)
    folder = paths.user_data_dir() / "working-copies"
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / source.name
    if dest.exists():
        dest = folder / f"{source.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}{source.suffix}"
    readonly = AuditFile.open(source, read_only=True)
    try:
        backup.snapshot(readonly.raw_connection(), dest)
    finally:
        readonly.close()
    return dest


BACKUP_INTERVAL_S = 900
BackupCancelled = backup.BackupCancelled  # for callers above the storage layer


def backup_due(session: AuditSession, min_interval_s: float = BACKUP_INTERVAL_S) -> bool:
    """Whether a rotating safety backup is due: none yet, or the newest is older than the interval."""
    if session.file.read_only:
        return False
    newest = backup.list_backups(session.audit_id)
    return not newest or time.time() - newest[0].taken_at >= min_interval_s


def take_periodic_backup(session: AuditSession, *, progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> Path:
    """A rotating verified backup now; `progress` in pages, `cancelled` stops it (BackupCancelled, no file)."""
    return backup.take_backup(session.file.raw_connection(), session.audit_id, "periodic", progress=progress,
                              cancelled=cancelled)


def restore_clause_result(tx: Tx, clause_id_: str, previous: dict[str, Any]) -> dict[str, Any]:
    """Put back a clause's earlier result fields (for undo); as a new operation, history is kept."""
    allowed = {"result", "justification", "audited_by", "audited_at"}
    unknown = set(previous) - allowed
    if unknown:
        raise InputError(f"clause: cannot restore {', '.join(sorted(unknown))}")
    return tx.set("clause", clause_id_, previous)


@dataclass(frozen=True, slots=True)
class RevisionReport:
    """What updating an audit's checklist to a new revision changed, and which recorded results it orphaned."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    retitled: tuple[str, ...]
    removed_with_results: tuple[tuple[str, str], ...]  # (number, result) no longer shown in the tree


def update_checklist(tx: Tx, checklist: Checklist) -> RevisionReport:
    """Replace a loaded checklist by a new revision; results on clauses that remain are kept as they are."""
    entity_id = checklist_entity_id(checklist.key)
    state = tx.state("checklist", entity_id)
    if not state.exists:
        raise NotFound(f"checklist {checklist.key} is not loaded in this audit; add it instead")
    old = checklist_from_json(state.value("content"))
    old_titles = {c.number: c.title for c, _d, _p in old.walk()}
    new_titles = {c.number: c.title for c, _d, _p in checklist.walk()}
    removed = tuple(n for n in old_titles if n not in new_titles)
    with_results = []
    for number in removed:
        result = cache_reads.clause_result(tx.conn, clause_id(checklist.key, number))
        if result not in (None, vocab.ClauseResult.NOT_AUDITED.value):
            with_results.append((number, str(result)))
    load_checklist(tx, checklist)
    return RevisionReport(
        added=tuple(n for n in new_titles if n not in old_titles), removed=removed,
        retitled=tuple(n for n in new_titles if n in old_titles and old_titles[n] != new_titles[n]),
        removed_with_results=tuple(with_results),
    )
