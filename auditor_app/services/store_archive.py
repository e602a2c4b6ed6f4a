"""The office store's archive: the audits this role may see, by client and chain, and their findings as derived."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from auditor_app.domain import grading, vocab
from auditor_app.domain import records as rec
from auditor_app.services import carry, cycle, queries, store_files, trust
from auditor_app.services.session import AuditSession
from auditor_app.storage import scratch_audit, store_ops, store_reads
from auditor_app.storage.connection import Connection
from auditor_app.storage.store_connect import Store, StoreError

STORE_COPY = "office store"  # the replica id of an audit replayed from the store (never written anywhere)
NO_CLIENT = "(no client named)"
READ_OPS = 10_000  # operations of several audits read in one statement at most (what memory holds of them)


@dataclass(frozen=True, slots=True)
class StoredAudit:
    """One audit of the store: its details as its operations derive them, and what the store knows of its pushes."""

    audit_id: str
    title: str | None
    client: str | None
    chain_id: str  # the chain's id (the first audit's id; an audit outside any chain is its own)
    previous_audit_id: str | None
    audit_type: str | None
    start_date: str | None
    end_date: str | None
    report_number: str | None
    lead: str | None
    operations: int
    last_push_by: str | None
    last_push_at: str | None  # ISO 8601, UTC
    position: int  # audits before it in its chain, as its carried history counts them

    @property
    def kind(self) -> str:
        return vocab.label(vocab.AUDIT_TYPE_LABELS, self.audit_type, "Audit")


@dataclass(frozen=True, slots=True)
class Replayed:
    """An audit of the store replayed in memory: read it with `queries` as a file is read."""

    row: store_reads.AuditRow
    session: AuditSession
    details: rec.AuditDetails


class Archive:
    """The audits this role sees in one snapshot of the store. Each is replayed when asked for and dropped after, so
    memory holds one audit (and the operations of a group read ahead) at a time however large the archive."""

    def __init__(self, store: Store, pg: Connection, rows: list[store_reads.AuditRow]) -> None:
        self.where = store.where  # the store's URL, password masked
        self._store, self._pg = store, pg
        self.pushed = [r for r in rows if r.operations]
        self.unpushed = [r for r in rows if not r.operations]  # assigned by the administrator, nothing pushed yet

    def replays(self, rows: Sequence[store_reads.AuditRow]) -> Iterator[contextlib.AbstractContextManager[Replayed]]:
        """Each audit replayed from its operations in turn, judged as opening a file judges its log: enter one to
        have it, leave it to drop it. The operations are read a group of audits at a time (up to READ_OPS of them,
        one statement), not one round trip per audit: a slow link pays for groups, memory holds one at most."""
        for group in _groups(rows):
            with self._store.guarded():
                read = store_reads.ops_of(self._pg, [r.audit_id for r in group])
            for row in group:
                yield self._replayed(row, read.pop(row.audit_id, store_reads.Logged()))

    @contextlib.contextmanager
    def _replayed(self, row: store_reads.AuditRow, logged: store_reads.Logged) -> Iterator[Replayed]:
        # What opening a file checks of its log, and `check` of its signatures (as checkout does), before anything
        # is shown: an operation changed in the store with its hash made to match is unsigned or wrongly signed.
        named = f"audit {row.audit_id} ({row.title or 'untitled'}): "
        store_ops.refuse_unsound(self.where, logged.ops, "nothing is shown", audit=named)
        untrusted, _unsigned = trust.check_log(logged.ops, logged.sigs, row.audit_id)
        if untrusted:
            raise StoreError(f"office store {self.where}: {named}{untrusted[0]}; nothing is shown")
        file = scratch_audit.replay(row.audit_id, logged.ops, name=f"{STORE_COPY} {row.audit_id}",
                                    replica_id=STORE_COPY)
        with AuditSession(file, STORE_COPY) as session:
            yield Replayed(row, session, queries.details(session))


def _groups(rows: Sequence[store_reads.AuditRow]) -> Iterator[list[store_reads.AuditRow]]:
    """The rows in order, in groups of up to READ_OPS operations (an audit with more is a group of its own)."""
    sizes, start = [r.operations for r in rows], 0
    while start < len(rows):
        end = store_files.batch_end(sizes, start, READ_OPS, len(rows))
        yield list(rows[start:end])
        start = end


@contextlib.contextmanager
def archive(url: str, *, password: str | None = None) -> Iterator[Archive]:
    """The audits this role sees (row-level security chooses them), in one read-only snapshot of the store."""
    store = Store(url, password)
    try:
        with store.transaction(snapshot=True) as pg:
            store_ops.check_format(pg, store.where)
            yield Archive(store, pg, store_reads.audits(pg))
    finally:
        store.close()


def matches(client: str | None, wanted: str | None) -> bool:
    """The --client filter: a part of the client's name, in any case."""
    return not wanted or wanted.casefold() in (client or "").casefold()


def stored(item: Replayed) -> StoredAudit:
    details, row = item.details, item.row
    lead = next((m.name for m in queries.team(item.session) if m.role == vocab.TeamRole.LEAD.value), None)
    return StoredAudit(
        audit_id=row.audit_id, title=details.title, client=details.client,
        chain_id=details.chain_id or row.chain_id or row.audit_id,
        previous_audit_id=details.previous_audit_id or row.previous_audit_id, audit_type=details.audit_type,
        start_date=details.start_date, end_date=details.end_date, report_number=details.report_number, lead=lead,
        operations=row.operations, last_push_by=row.last_push_by, last_push_at=_iso(row.last_push_at),
        position=len(cycle.history(details)))


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %z") if moment is not None else None


def chain_order(audit: StoredAudit) -> tuple[int, str, str]:
    """Stage 1, Stage 2, surveillance 1 …: an audit carries the history of every audit before it (even those this
    role cannot see), so its history's length is its place in the chain; the first day breaks a tie."""
    return (audit.position, audit.start_date or "", audit.audit_id)


def by_client(audits: Sequence[StoredAudit]) -> list[tuple[str, list[tuple[str, list[StoredAudit]]]]]:
    """[(client, [(chain id, its audits in chain order)])], clients by name, chains by their first audit's day."""
    clients: dict[str, dict[str, list[StoredAudit]]] = {}
    for a in audits:
        clients.setdefault(a.client or NO_CLIENT, {}).setdefault(a.chain_id, []).append(a)
    out = []
    for client in sorted(clients, key=lambda c: (c == NO_CLIENT, c.casefold(), c)):
        chains = [(chain_id, sorted(members, key=chain_order)) for chain_id, members in clients[client].items()]
        chains.sort(key=lambda c: (min((a.start_date or "9999") for a in c[1]), c[0]))
        out.append((client, chains))
    return out


Grouped = list[tuple[str, list[tuple[str, list[StoredAudit]]]]]


def audits(url: str, *, client: str | None = None, password: str | None = None) -> tuple[str, Grouped]:
    """(the store as shown, the audits this role sees grouped by client and chain)."""
    where, grouped, _found = listing(url, client=client, password=password)
    return where, grouped


def listing(url: str, *, client: str | None = None, findings: bool = False, only_open: bool = False,
            password: str | None = None) -> tuple[str, Grouped, list[StoredFinding]]:
    """(the store as shown, the audits grouped by client and chain, and with `findings` their findings in that
    order): each audit read and replayed once for both (the archive's window shows them side by side)."""
    listed: list[StoredAudit] = []
    found: list[StoredFinding] = []
    with archive(url, password=password) as held:
        for replaying in held.replays(held.pushed):
            with replaying as item:
                if matches(item.details.client, client):
                    listed.append(stored(item))
                    if findings:
                        found += _findings(item, listed[-1], only_open)
    grouped = by_client(listed + [_unpushed(row) for row in held.unpushed if matches(row.client, client)])
    order = {a.audit_id: i for i, a in enumerate(a for _c, chains in grouped for _id, members in chains
                                                  for a in members)}
    found.sort(key=lambda f: (order[f.audit.audit_id], f.finding.ref or "", f.finding.id))
    return held.where, grouped, found


def _unpushed(row: store_reads.AuditRow) -> StoredAudit:
    """An audit assigned before anyone pushed it: the store knows its id (and what the administrator gave) only."""
    return StoredAudit(audit_id=row.audit_id, title=row.title, client=row.client,
                       chain_id=row.chain_id or row.audit_id, previous_audit_id=row.previous_audit_id,
                       audit_type=None, start_date=None, end_date=None, report_number=None, lead=None, operations=0,
                       last_push_by=None, last_push_at=None, position=0)


@dataclass(frozen=True, slots=True)
class StoredFinding:
    """A finding as its audit's operations derive it (the same record `queries.findings` gives for a file)."""

    audit: StoredAudit
    finding: rec.FindingRecord
    grade_label: str
    clauses: tuple[str, ...]  # "ISO 9001 7.2": its clauses, their standards named
    open: bool


def is_open(finding: rec.FindingRecord) -> bool:
    """Open as the next audit of the chain takes it over (services/carry.py): not verified and closed nor withdrawn,
    and not a good practice (nothing to close)."""
    return finding.status not in vocab.CLOSED_STATUSES and finding.grade not in carry.POSITIVE_GRADES


def findings(url: str, *, client: str | None = None, only_open: bool = False,
             password: str | None = None) -> tuple[str, list[StoredFinding]]:
    """(the store as shown, the findings of the audits this role sees), by client, chain and audit, then by ref."""
    where, _grouped, found = listing(url, client=client, findings=True, only_open=only_open, password=password)
    return where, found


def _findings(item: Replayed, audit: StoredAudit, only_open: bool) -> list[StoredFinding]:
    scheme = grading.scheme(item.details.grading_scheme)
    # Named as the report names them (report_data.clause_label): an integrated audit has a 9.2 per standard.
    standards = {c.key: c.standard or c.key or "" for c in queries.checklists(item.session)}
    numbers = {c.id: f"{standards.get(c.checklist_key, '')} {c.number}".strip()
               for c in queries.clauses(item.session) if c.number}
    return [StoredFinding(audit, f, scheme.label_of(f.grade, "ungraded"),
                          tuple(numbers[c] for c in f.clause_ids if c in numbers), is_open(f))
            for f in queries.findings(item.session) if not only_open or is_open(f)]
