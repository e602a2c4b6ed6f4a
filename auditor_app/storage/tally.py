"""Per-copy tallies of the operation log, kept beside it so an operation removed or replaced by hand shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from auditor_app.domain.ops import Op

# meta keys "tally:<replica id>" hold "<count> <sum of op hashes mod 2**256, hex>" for the operations that copy
# wrote. The log is append-only and nothing ours ever removes an operation (compaction drops superseded photo
# files, never operations), so a log that falls short of its tallies was edited outside the program.
PREFIX = "tally:"
_MOD = 1 << 256


@dataclass(frozen=True, slots=True)
class Tally:
    count: int = 0
    digest: int = 0

    def plus(self, op_hash: str) -> Tally:
        return Tally(self.count + 1, (self.digest + int(op_hash, 16)) % _MOD)

    def encode(self) -> str:
        return f"{self.count} {self.digest:064x}"

    @classmethod
    def decode(cls, text: str) -> Tally | None:
        count, _, digest = text.partition(" ")
        try:
            return cls(int(count), int(digest, 16))
        except ValueError:
            return None


def of_hashes(rows: Iterable[tuple[str, str]]) -> dict[str, Tally]:
    """Tallies of (replica id, op hash) pairs."""
    out: dict[str, Tally] = {}
    for replica, op_hash in rows:
        try:
            out[replica] = out.get(replica, Tally()).plus(op_hash)
        except ValueError:  # an op hash that is not hex: counted, so the tally still shows a removal
            previous = out.get(replica, Tally())
            out[replica] = Tally(previous.count + 1, previous.digest)
    return out


def add(raw: sqlite3.Connection, ops: Iterable[Op]) -> None:
    """Count newly appended operations into the tallies, inside the caller's transaction."""
    fresh = of_hashes((o.replica_id, o.op_hash) for o in ops)
    if not fresh:
        return
    keys = [PREFIX + r for r in fresh]
    marks = ",".join("?" * len(keys))
    stored = dict(raw.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys).fetchall())
    rows = []
    for replica, tally in fresh.items():
        before = Tally.decode(stored.get(PREFIX + replica, "0 0")) or Tally()
        rows.append((PREFIX + replica,
                     Tally(before.count + tally.count, (before.digest + tally.digest) % _MOD).encode()))
    raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    rows)


def recount(raw: sqlite3.Connection) -> None:
    """Write the tallies of the whole log (a file upgraded from a format that had none)."""
    raw.execute("DELETE FROM meta WHERE key LIKE 'tally:%'")
    actual = of_hashes(raw.execute("SELECT replica_id, op_hash FROM op"))
    raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                    [(PREFIX + r, t.encode()) for r, t in sorted(actual.items())])


def gaps(raw: sqlite3.Connection, ops: Iterable[Op], tallied: bool) -> list[str]:
    """What shows that operations were removed from, added to or replaced in the log outside the program: parents
    no operation has any more, and (in a file that keeps tallies) a log that differs from its tallies."""
    ids: set[str] = set()
    cited: set[str] = set()
    for op in ops:
        ids.add(op.op_id)
        cited.update(op.parents)
    found = []
    if cited - ids:  # nothing of ours removes an operation, and every copy carries the whole log
        found.append(f"{len(cited - ids)} operation(s) that later operations build on are missing from the log "
                     "(removed outside auditor-app)")
    return found + (differences(raw) if tallied else [])


def differences(raw: sqlite3.Connection) -> list[str]:
    """What the log lacks or has beyond its tallies, in words (empty when they agree)."""
    recorded: dict[str, Tally | None] = {
        str(k)[len(PREFIX):]: Tally.decode(str(v))
        for k, v in raw.execute("SELECT key, value FROM meta WHERE key LIKE 'tally:%'")}
    actual = of_hashes(raw.execute("SELECT replica_id, op_hash FROM op"))
    problems = []
    for replica in sorted(set(recorded) | set(actual)):
        want, have = recorded.get(replica, Tally()), actual.get(replica, Tally())
        who = _who(raw, replica)
        if want is None:
            problems.append(f"the tally of {who} is unreadable (edited outside auditor-app)")
        elif have.count < want.count:
            problems.append(f"{want.count - have.count} operation(s) of {who} are missing from the log "
                            "(removed outside auditor-app)")
        elif have.count > want.count:
            problems.append(f"{have.count - want.count} operation(s) of {who} were added to the log outside "
                            "auditor-app")
        elif have.digest != want.digest:
            problems.append(f"operations of {who} were replaced outside auditor-app")
    return problems


def _who(raw: sqlite3.Connection, replica: str) -> str:
    authors = sorted({str(r[0]) for r in raw.execute("SELECT DISTINCT author FROM op WHERE replica_id = ? LIMIT 5",
                                                     (replica,))})
    copy = f"copy {replica[:8]}…"
    return f"{', '.join(authors)} ({copy})" if authors else copy
