"""Team audits: hand-over copies for team members, and merging their files back (a union of operations)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from auditor_app import leftovers
from auditor_app.domain import records as rec
from auditor_app.domain.ops import HybridClock
from auditor_app.errors import KnownError
from auditor_app.services import evidence_types, integrity, interchange_strip, keys, queries, team_keys, trust
from auditor_app.services.session import AuditSession
from auditor_app.storage import backup, building, file_tables, log_reads, merge_store, oplog, signatures
from auditor_app.storage.audit_file import AuditFile
from auditor_app.storage.fsutil import fsync_dir, fsync_file, publish
from auditor_app.storage.merge_store import MergeRefused


class OtherAudit(KnownError):
    """The file belongs to a different audit; merging it needs an explicit decision.

    `path`, `audit_id` (the file's) and `this_audit_id` let a caller word the question its own way.
    """

    def __init__(self, path: Path, audit_id: str, this_audit_id: str) -> None:
        self.path, self.audit_id, self.this_audit_id = path, audit_id, this_audit_id
        super().__init__(
            f"{path.name} belongs to a different audit (id {audit_id[:8]}…, this one {this_audit_id[:8]}…). "
            "Files of independent audits made from the same checklists still line up clause by clause; "
            "merge them only if they really are the same engagement (--accept-other-audit).")

    @property
    def short(self) -> str:
        """The finding alone, without the command-line advice."""
        return f"{self.path.name} belongs to a different audit (id {self.audit_id[:8]}…, " \
               f"this one {self.this_audit_id[:8]}…)"


@dataclass(frozen=True, slots=True)
class MergedFile:
    path: Path
    replica_id: str
    ops_added: int
    blobs_added: int
    unsigned: tuple[tuple[str, int], ...] = ()  # (who, count): unsigned operations accepted (--accept-unsigned)

    @property
    def nothing_new(self) -> bool:
        return self.ops_added == 0 and self.blobs_added == 0


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[MergedFile, ...]
    conflicts: tuple[rec.Conflict, ...]
    backup: Path | None


def hand_over_copy(session: AuditSession, dest: Path, member: str, clauses: tuple[str, ...] = (), *,
                   member_key: str | None = None, signer: keys.Signer | None = None) -> Path:
    """A verified copy for a team member: same audit, its own replica id, who it is for and what they audit.

    With `member_key` (their public key text) the lead's `signer` binds it to the copy first, so the member's every
    change is signed and checked at merge (services/trust.py)."""
    if not member.strip():
        raise KnownError("a hand-over copy needs the team member's name")
    key = team_keys.member_key(member_key) if member_key is not None else None
    if key is not None and signer is None:
        raise KnownError("binding a member's key needs your own signing key, unlocked")
    integrity.require_sound(session, "the hand-over copy")
    replica = str(uuid.uuid4())
    if key is not None and signer is not None:
        if Path(dest).exists():  # before the lead's file records a binding for a copy that will not be made
            raise KnownError(f"cannot write {dest}: a file of that name already exists")
        team_keys.bind_member(session, replica, member, key, signer)
    meta = {"replica_id": replica, "copy_for": member.strip(), "copy_of": session.file.replica_id,
            "copy_made": datetime.now().strftime("%Y-%m-%dT%H:%M"), "assigned_clauses": json.dumps(list(clauses))}
    return backup.snapshot(session.file.raw_connection(), Path(dest), meta_updates=meta)


def _from_stripped_export(session: AuditSession) -> bool:
    """Whether this audit itself was imported from a metadata-stripped export (then its copies are its photos)."""
    with session.reading() as conn:
        return log_reads.any_by_author(conn, interchange_strip.AUTHOR)


class UnsignedRefused(MergeRefused):
    """A signed audit's merge source holds unsigned operations: merged only when the lead says so
    (`accept_unsigned`). `unsigned` (who -> count) and `total` let the window ask its own way."""

    def __init__(self, path: Path, unsigned: dict[str, int]) -> None:
        self.unsigned, self.total = dict(sorted(unsigned.items())), sum(unsigned.values())
        self.whom = ", ".join(f"{who}: {n}" for who, n in self.unsigned.items())
        super().__init__(path, f"it holds {self.total} unsigned operation(s) ({self.whom}), made by a version "
                               "without signing or added by hand; nothing was merged. Merge them only if you trust "
                               "how the file reached you (--accept-unsigned)")


class MergeCancelled(KnownError):
    """The user stopped the merge; its transaction was rolled back, so the audit file is as it was."""


def merge_into(session: AuditSession, sources: list[Path], *, accept_other_audit: bool = False,
               accept_unsigned: bool = False, backup_first: bool = True, cancelled: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None) -> MergeReport:
    """Add every operation and evidence file of `sources` that this audit lacks, in one transaction.

    Every source is fully verified before anything is written; a refusal leaves this file untouched. With
    `cancelled`, the merge stops at the next file or evidence file once it returns True, writing nothing.
    `progress(done, total)` counts steps: each file checked, the backup, each evidence file copied, each
    file's operations added and the final rebuild; the total is known once every file has been checked.
    """
    def check() -> None:
        if cancelled is not None and cancelled():
            raise MergeCancelled("merge cancelled: nothing of it was written to the audit")

    steps = _Steps(progress, len(sources))
    incoming = []
    for p in sources:
        check()
        incoming.append(merge_store.read_incoming(Path(p)))
        steps.advance()
    return merge_incoming(session, incoming, accept_other_audit=accept_other_audit, accept_unsigned=accept_unsigned,
                          backup_first=backup_first, check=check, steps=steps)


def merge_incoming(session: AuditSession, incoming: list[merge_store.Incoming], *, accept_other_audit: bool = False,
                   accept_unsigned: bool = False, backup_first: bool = True, check: Callable[[], None] = lambda: None,
                   steps: _Steps | None = None, progress: Callable[[int, int], None] | None = None) -> MergeReport:
    """The merge of operation sets already read and verified (audit files, or the office store's pull): every
    check from here on, the backup and the one transaction are the same for both. `progress` as for merge_into
    (when `steps` does not count already)."""
    if steps is None:
        steps = _Steps(progress, len(incoming))
        steps.done = len(incoming)  # the sources were read (and verified) by the caller: their steps are done
    sources = [item.path for item in incoming]
    for item in incoming:
        stripped = any(op.author == interchange_strip.AUTHOR and op.field == "sha256" for op in item.ops)
        if stripped and not _from_stripped_export(session):
            # Its photos are re-encoded copies: merged here, they would stand in for the originals.
            raise MergeRefused(item.path, "it was imported from an export with photo metadata stripped for sharing; "
                                          "merging it would replace this audit's original photos by re-encoded "
                                          "copies. Merge the member's own audit file instead")
        if item.audit_id != session.audit_id and not accept_other_audit:
            raise OtherAudit(item.path, item.audit_id, session.audit_id)
        foreign = evidence_types.check_incoming(session, item.path, item.ops, item.source)
        if foreign is not None:
            raise MergeRefused(item.path, foreign)
    session.file.verify_rest()
    integrity.require_sound(session, "the merge", evidence=False)  # its evidence bytes are not copied anywhere
    check()
    unsigned = _screen_signatures(session, incoming, accept_unsigned)
    with session.reading() as conn:
        have = file_tables.blob_hashes(conn)
    steps.plan(len(sources) + 1 + len(set().union(*(i.blobs for i in incoming)) - have) + len(incoming) + 1)
    taken = (backup.take_backup(session.file.raw_connection(), session.audit_id, "before-merge")
             if backup_first else None)
    steps.advance()
    results = []
    clock = HybridClock(session.clock.last)
    with session.file.write() as conn:
        for item in incoming:
            check()
            ops = merge_store.new_ops(conn, item)
            merge_store.add_ops(conn, ops, item.signatures if item.audit_id == session.audit_id else None)
            blobs = merge_store.copy_blobs(conn, item.path, item.blobs, check, steps.advance, item.source)
            for op in ops:
                clock.observe(op.hlc)
            file_tables.add_merge(conn, {
                "merged_at": datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), "source": item.path.name,
                "source_replica": item.replica_id, "ops_added": len(ops), "blobs_added": blobs,
                "op_set_hash": item.op_set_hash})
            results.append(MergedFile(item.path, item.replica_id, len(ops), blobs,
                                      tuple(sorted(unsigned.get(item.path, {}).items()))))
            steps.advance()
        check()  # the last moment: after the rebuild the merge is committed
        if any(not r.nothing_new for r in results):
            oplog.rebuild(conn)
        steps.advance()
        session.clock.observe(clock.last)
        session.file.set_meta(conn, "hlc_last", session.clock.last)
    return MergeReport(tuple(results), tuple(queries.conflicts(session)), taken)


def _screen_signatures(session: AuditSession, incoming: list[merge_store.Incoming],
                       accept_unsigned: bool) -> dict[Path, dict[str, int]]:
    """Refuse a file holding an operation this audit cannot trust (services/trust.py), naming who, what and why;
    unsigned operations pass only with `accept_unsigned`, or in an audit without a lead key (nothing to verify
    against). Returns them by file, for the warning."""
    with session.reading() as conn:
        raw = oplog.driver(conn)
        own = signatures.signer_ops(raw)
        own_sigs = signatures.of_ops(raw, [o.op_id for o in own])
        fresh = [merge_store.new_ops(conn, item) for item in incoming]
    out: dict[Path, dict[str, int]] = {}
    for item, new in zip(incoming, fresh, strict=True):
        # Another audit's signatures are over its own id and by its own team's keys: its operations come in unsigned.
        sigs = item.signatures if item.audit_id == session.audit_id else {}
        screened = trust.screen_merge(own, own_sigs, session.file.replica_id, new, sigs, session.audit_id)
        if screened.refusal is not None:
            raise MergeRefused(item.path, f"{screened.refusal.text()}; nothing was merged")
        if screened.unsigned and screened.signed_audit and not accept_unsigned:
            raise UnsignedRefused(item.path, screened.unsigned)
        out[item.path] = screened.unsigned
    return out


class _Steps:
    """Counts a merge's steps for a progress callback (which runs on the merging thread)."""

    def __init__(self, report: Callable[[int, int], None] | None, total: int) -> None:
        self._report, self.done, self.total = report, 0, total

    def plan(self, total: int) -> None:
        self.total = total
        self._emit()

    def advance(self) -> None:
        self.done += 1
        self._emit()

    def _emit(self) -> None:
        if self._report is not None:
            self._report(min(self.done, self.total), self.total)


def merge_to_new_file(target: Path, sources: list[Path], out: Path, *, author: str,
                      accept_other_audit: bool = False, accept_unsigned: bool = False) -> MergeReport:
    """Merge into a verified copy of the target, published at `out` only once merged and checked.

    No input file is modified; the copy is made and merged under a temporary name, so until this returns
    `out` either does not exist or holds the whole merge (also if the process is killed).
    """
    from auditor_app.services import audit

    out = Path(out)
    if out.exists():
        raise KnownError(f"cannot write {out}: a file of that name already exists")
    if not out.resolve().parent.is_dir():
        raise KnownError(f"cannot write {out}: the folder does not exist")
    lead = audit.open_audit(target, author=author, read_only=True)
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out)
    try:
        try:
            backup.copy_to(lead.file.raw_connection(), tmp, str(out))
        finally:
            lead.close()
        merged = AuditSession(AuditFile.open(tmp, owner=author, announce=False), author)
        try:
            # The output is a fresh copy and no input changes: a backup of it would protect nothing.
            report = merge_into(merged, sources, accept_other_audit=accept_other_audit,
                                accept_unsigned=accept_unsigned, backup_first=False)
            problems = merged.file.full_check(include_blobs=False)  # each evidence file was hash-checked as copied
            if problems:
                raise KnownError(f"the merged copy {out.name} failed verification ({problems[0]}); nothing was written")
        finally:
            merged.close()
        fsync_file(tmp)
        publish(tmp, out)  # never replaces a file that appeared meanwhile
        fsync_dir(out.resolve().parent)
    except FileExistsError:
        raise KnownError(f"cannot write {out}: a file of that name already exists") from None
    except Exception as exc:
        failure = building.cannot_create(out, exc)
        if failure is None:
            raise
        raise failure from None
    finally:
        leftovers.remove_temporary(tmp)
    return report


__all__ = ["MergeCancelled", "MergeRefused", "MergeReport", "MergedFile", "OtherAudit", "UnsignedRefused",
           "hand_over_copy", "merge_incoming", "merge_into", "merge_to_new_file"]
