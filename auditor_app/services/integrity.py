"""The full integrity and consistency check of an audit file."""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field

from auditor_app.domain.ops import Op, verify
from auditor_app.errors import KnownError
from auditor_app.services import trust
from auditor_app.services.session import AuditSession
from auditor_app.storage import cache_reads, file_tables, layout, log_screen, oplog, signatures, tally
from auditor_app.storage.audit_file import explain_sqlite_error
from auditor_app.storage.connection import Connection, DatabaseError, DriverError


@dataclass(slots=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    operations: int = 0
    evidence_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def full_check(session: AuditSession, *, evidence: bool = True, evidence_pages: bool = True,
               signed: bool = True) -> CheckReport:
    """SQLite integrity, every operation hash and signature, the tallies, every evidence hash, cache = log, no
    dangling references. Without `evidence`, the stored files' bytes are not read (the caller does not use them);
    without `evidence_pages`, SQLite's own check leaves the evidence table to the hashes (which read every byte
    anyway); without `signed`, signatures are not verified (about 0.2 ms an operation)."""
    report = CheckReport()
    report.problems += [f"SQLite: {p}" for p in session.file.full_check(include_blobs=evidence and evidence_pages)]
    if report.problems:
        return report
    try:
        _check_contents(session, report, evidence, signed)
    except (DriverError, DatabaseError, UnicodeDecodeError) as exc:  # damage past the checks above: reported
        report.problems.append(f"SQLite: {explain_sqlite_error(getattr(exc, 'orig', None) or exc)}")
    if session.file.pragma("journal_mode") != "delete" and not session.file.read_only:
        report.problems.append("journal mode is not DELETE")
    return report


def _check_contents(session: AuditSession, report: CheckReport, evidence: bool, signed: bool) -> None:
    with session.reading() as conn:
        sound: list[Op] = []
        unsound = 0
        for row in log_screen.rows(oplog.driver(conn)):
            report.operations += 1
            if row.problems:  # judged by the same rules import and merge apply (domain/op_rules.py)
                unsound += 1
                report.problems.append(row.describe())
            op = row.op
            if op is None:
                continue
            sound.append(op)
            if not _hash_matches(op):
                report.problems.append(f"operation {op.op_id} does not match its hash (altered)")
        problems, unsigned = (trust.check_log(sound, signatures.all_signatures(oplog.driver(conn)), session.audit_id)
                              if signed else ([], 0))
        report.problems += problems
        if unsigned and session.file.format >= layout.SIGNED_FROM:
            report.warnings.append(f"{unsigned} operation(s) are unsigned (made before signing, or in a copy without "
                                   "a key); history shows them as unsigned")
        tallied = session.file.format >= layout.TALLIED_FROM
        report.problems += tally.gaps(oplog.driver(conn), sound, tallied)
        if not tallied:
            report.warnings.append(f"file format {session.file.format} keeps no operation tallies, so an operation "
                                   "removed by hand would not show; opening it for editing upgrades it")
        signoff_images = _signatures(conn)
        for sha, data in file_tables.blobs_with_data(conn) if evidence else ():
            report.evidence_files += 1
            if hashlib.sha256(bytes(data)).hexdigest() != sha:
                report.problems += [f"{who}: its signature image {sha[:12]}… does not match its SHA-256 (altered)"
                                    for who in signoff_images.get(sha, ())] or \
                    [f"evidence file {sha[:12]}… does not match its SHA-256 (damaged)"]
        referenced = file_tables.referenced_hashes(conn)
        stored = file_tables.stored_hashes(conn)
        for sha in sorted(referenced - stored):
            report.problems.append(f"evidence file {sha[:12]}… is referenced but missing")
        for sha in sorted(set(signoff_images) - stored):
            report.problems += [f"{who}: its signature image {sha[:12]}… is missing" for who in signoff_images[sha]]
        if unsound:  # deriving needs a sound log: the cache is compared once the log is repaired
            report.warnings.append(f"the cache was not compared with the log ({unsound} unsound operation(s))")
        else:
            report.problems += oplog.cache_differences(conn)


def _signatures(conn: Connection) -> dict[str, list[str]]:
    """The live sign-offs by the hash of their signature image, each named as a message names it."""
    found: dict[str, list[str]] = {}
    for row in cache_reads.signoffs(conn):
        if row.image_sha256:
            found.setdefault(row.image_sha256, []).append(
                f"sign-off {row.id[:8]}… by {row.signer_name or 'an unnamed signer'}")
    return found


def _hash_matches(op: Op) -> bool:
    try:
        return verify(op)
    except (TypeError, ValueError, UnicodeError):  # an unsound operation cannot even be hashed: not its hash
        return False


class FileDamaged(KnownError):
    """A file that fails its check: nothing is built on it (report, copy, merge) until it is repaired."""

    def __init__(self, path: object, action: str, problems: list[str]) -> None:
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        if all("cache differs from the log" in p for p in problems):
            advice = ("Its log is intact: rebuild the derived tables from it (auditor-app rebuild) and try again.")
        else:
            advice = ("Its last good state is in the safety backups; `auditor-app check` lists every problem.")
        super().__init__(f"{action} refused: {path} fails its integrity check: {problems[0]}{more}. {advice}")
        self.problems = problems


# Sessions whose check passed, with the connection's change count then: exporting PDF and workbook in one go
# checks once, and any change since makes the next use check again.
_passed: weakref.WeakKeyDictionary[AuditSession, tuple[int, bool]] = weakref.WeakKeyDictionary()


def require_sound(session: AuditSession, action: str, *, evidence: bool = True) -> None:
    """Raise FileDamaged unless the file passes `full_check` (the evidence bytes too, with `evidence`).

    Exports, hand-over copies and merges call this: a report, a copy or a merge built on an altered or damaged
    file would pass the damage on as if it were sound.
    """
    changes = session.file.raw_connection().total_changes
    done = _passed.get(session)
    if done is not None and done[0] == changes and (done[1] or not evidence):
        return
    # Signatures are judged when operations enter (written here, or screened by merge and import) and by `check`;
    # verifying every one again before each export would add about 0.2 ms an operation.
    report = full_check(session, evidence=evidence, evidence_pages=False, signed=False)
    if report.problems:
        raise FileDamaged(session.path.name, action, report.problems)
    _passed[session] = (changes, evidence)
