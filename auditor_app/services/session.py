"""An open audit and its unit of work: every use case is one transaction of operations."""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app.domain import op_rules
from auditor_app.domain.derive import EntityState, derive
from auditor_app.domain.entities import ENTITIES, spec_for
from auditor_app.domain.ops import EXISTS, HybridClock, Op, canonical_json, make_op
from auditor_app.domain.signing import Signature, fingerprint
from auditor_app.errors import InputError, NotFound
from auditor_app.storage import layout, oplog, signatures
from auditor_app.storage.audit_file import AuditFile
from auditor_app.storage.connection import Connection

if TYPE_CHECKING:  # the key's module brings the cryptography library, which opening a file does without
    from auditor_app.services import keys


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Which entities a use case touched, so views refresh only those rows."""

    entities: dict[str, frozenset[str]] = field(default_factory=dict)
    ops: int = 0

    def ids(self, entity_type: str) -> frozenset[str]:
        return self.entities.get(entity_type, frozenset())

    def __bool__(self) -> bool:
        return self.ops > 0


class Tx:
    """The operations of one use case, written and projected in one SQLite transaction."""

    def __init__(self, session: AuditSession, conn: Connection) -> None:
        self.session = session
        self.conn = conn
        self.ops: list[Op] = []
        self.touched: set[tuple[str, str]] = set()
        self._states: dict[str, EntityState] = {}
        self._heads: dict[str, list[Op]] = {}  # kept current in memory, so projecting needs no re-read
        self._had_conflicts: dict[str, bool] = {}

    def state(self, entity_type: str, entity_id: str) -> EntityState:
        if entity_id not in self._heads:
            self._heads[entity_id] = oplog.head_ops(self.conn, entity_id)
        if entity_id not in self._states:
            state = derive(entity_type, entity_id, self._heads[entity_id])
            self._states[entity_id] = state
            self._had_conflicts.setdefault(entity_id, bool(state.conflicts or state.delete_conflict))
        return self._states[entity_id]

    def project(self) -> None:
        """Bring the cache up to date for every touched entity (checklists first: they carry clause rows)."""
        for entity_type, entity_id in sorted(self.touched, key=lambda e: (e[0] != "checklist", e[0], e[1])):
            state = self.state(entity_type, entity_id)
            fields = {op.field for op in self.ops if op.entity_id == entity_id}
            oplog.project(self.conn, state, clear_conflicts=self._had_conflicts.get(entity_id, True), fields=fields)

    def _emit(self, entity_type: str, entity_id: str, name: str, value: Any, parents: tuple[str, ...]) -> Op:
        op = make_op(entity_type=entity_type, entity_id=entity_id, field=name, value=value, parents=parents,
                     hlc=self.session.clock.now(), author=op_rules.author_name(self.session.author),
                     replica_id=self.session.file.replica_id, schema_version=layout.SCHEMA_VERSION)
        unsound = op_rules.problems(op)  # what import, merge and `check` would refuse is never written
        if unsound:
            raise InputError(f"{spec_for(entity_type).label if entity_type in ENTITIES else entity_type} "
                             f"{entity_id[:8]}… {name}: {unsound[0].text}")
        signature = self.session.signature(op)
        oplog.append(self.conn, [op])
        if signature is not None:
            signatures.add(oplog.driver(self.conn), [signature])
        self.ops.append(op)
        self.touched.add((entity_type, entity_id))
        self.state(entity_type, entity_id)  # make sure the heads are loaded before updating them
        superseded = set(parents)
        heads = self._heads[entity_id]
        heads[:] = [h for h in heads if not (h.field == name and h.op_id in superseded)] + [op]
        self._states.pop(entity_id, None)
        return op

    def set(self, entity_type: str, entity_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Write changed fields; returns the previous values (for undo). Conflicted fields are resolved.

        A value equal to the stored one is left alone unchecked, so a value this version does not know (a newer
        version's result, grade or status) never stops an edit of the entity's other fields. Such a value is
        written only back into a field that held it before: undo puts back what was there, nothing new.
        """
        spec = spec_for(entity_type)
        state = self.state(entity_type, entity_id)
        if not state.exists:
            raise NotFound(f"{spec.label.lower()} {entity_id} does not exist in this audit (deleted?)")
        previous: dict[str, Any] = {}
        for name, value in values.items():
            current = state.fields.get(name)
            if current is not None and not current.conflicted and current.winner.value == _encoded(value):
                continue
            try:
                clean = spec.field(name).validate(value)
            except KeyError as exc:
                raise InputError(f"{spec.label}: {exc}") from None
            except ValueError as exc:
                if not self.held(entity_id, name, value):
                    raise InputError(f"{spec.label}: {exc}") from None
                clean = value
            if current is not None and not current.conflicted and current.winner.value == canonical_json(clean):
                continue
            if current is None and clean is None:
                continue
            previous[name] = current.value if current is not None else None
            parents = tuple(h.op_id for h in current.heads) if current is not None else ()
            self._emit(entity_type, entity_id, name, clean, parents)
        return previous

    def held(self, entity_id: str, name: str, value: Any) -> bool:
        """Whether the field has held this value, now or before (reads the entity's log: only for refused values)."""
        encoded = _encoded(value)
        return encoded is not None and any(op.field == name and op.value == encoded
                                           for op in oplog.entity_ops(self.conn, entity_id))

    def create(self, entity_type: str, entity_id: str, values: dict[str, Any]) -> str:
        state = self.state(entity_type, entity_id)
        existing = state.fields.get(EXISTS)
        if existing is not None and state.exists:
            raise InputError(f"{spec_for(entity_type).label} {entity_id} already exists")
        self._emit(entity_type, entity_id, EXISTS, True, tuple(h.op_id for h in existing.heads) if existing else ())
        self.set(entity_type, entity_id, {k: v for k, v in values.items() if v is not None})
        return entity_id

    def delete(self, entity_type: str, entity_id: str) -> None:
        state = self.state(entity_type, entity_id)
        if not state.exists:
            raise NotFound(f"{spec_for(entity_type).label.lower()} {entity_id} does not exist in this audit")
        # The tombstone cites every head it has seen, so later-merged concurrent edits show as conflicts.
        seen = tuple(h.op_id for fs in state.fields.values() for h in fs.heads)
        self._emit(entity_type, entity_id, EXISTS, False, seen)

    def restore(self, entity_type: str, entity_id: str) -> None:
        state = self.state(entity_type, entity_id)
        existing = state.fields.get(EXISTS)
        if existing is None or state.exists:
            return
        self._emit(entity_type, entity_id, EXISTS, True, tuple(h.op_id for h in existing.heads))

    def resolve(self, entity_type: str, entity_id: str, name: str, value: Any) -> None:
        """Settle a conflict: one new op superseding every head of the field."""
        state = self.state(entity_type, entity_id)
        current = state.fields.get(name)
        heads = tuple(h.op_id for h in current.heads) if current else ()
        if name == EXISTS:
            heads += tuple(h.op_id for h in state.delete_conflict)
        else:
            value = spec_for(entity_type).field(name).validate(value)
        self._emit(entity_type, entity_id, name, value, heads)


def _encoded(value: Any) -> str | None:
    try:
        return canonical_json(value)
    except (TypeError, ValueError):  # not storable as it is: validation says why
        return None


class AuditSession:
    """An open audit file plus the author and clock its operations are stamped with."""

    def __init__(self, file: AuditFile, author: str) -> None:
        self.file = file
        self.author = author or "unknown auditor"
        # Local ops are appended in clock order, so the newest one carries the clock's last reading.
        with file.read() as conn:
            newest = oplog.newest_hlc(conn)
        # Only clock values: a damaged log is refused by the check that follows opening, not by a crash here.
        candidates = [h for h in (file.meta.get("hlc_last"), newest) if h and op_rules.HLC.fullmatch(h)]
        self.clock = HybridClock(max(candidates) if candidates else None)
        self.signer: keys.Signer | None = None  # set by the window (it asks for the passphrase); else unlocked lazily
        self._bound: str | None | bool = False  # this copy's bound key; False: not read yet

    def bound_key(self) -> str | None:
        """The key this copy's operations must be signed with (the lead bound it), or None (an unsigned copy)."""
        if self._bound is False:
            with self.file.read() as conn:
                self._bound = signatures.bound_key(oplog.driver(conn), self.file.replica_id)
        return self._bound if isinstance(self._bound, str) else None

    def bind_self(self, signer: keys.Signer) -> None:
        """From now on this copy signs with `signer` (the lead recording their key in a new or unsigned audit)."""
        self.signer, self._bound = signer, signer.public_key

    def signature(self, op: Op) -> Signature | None:
        """The signature of an operation this copy writes: every one, once the copy is bound to a key."""
        bound = self.bound_key()
        if bound is None:
            return None
        from auditor_app.services import keys

        if self.signer is None:
            self.signer = keys.unlock_default()
        if self.signer is None:
            raise keys.KeyLocked(f"changes to this copy are signed with your key ({fingerprint(bound)}), which is "
                                 f"locked: give its passphrase in ${keys.PASSPHRASE_ENV} or run the command in a "
                                 "terminal")
        if self.signer.public_key != bound:
            raise keys.KeyLocked(f"this copy is bound to the key {fingerprint(bound)}, but yours is "
                                 f"{self.signer.fingerprint}: only its own member can change it")
        return self.signer.sign(op.op_id, self.audit_id, op.op_hash)

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def audit_id(self) -> str:
        return self.file.audit_id

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self.file.write() as conn:
            tx = Tx(self, conn)
            yield tx
            if tx.ops:
                tx.project()
        self.last_change = _changes(tx)

    @contextlib.contextmanager
    def acting_as(self, author: str) -> Iterator[None]:
        """Stamp the operations written inside the block with another author (e.g. "client import")."""
        previous, self.author = self.author, author
        try:
            yield
        finally:
            self.author = previous

    def run(self, fn: Any, *args: Any, **kwargs: Any) -> ChangeSet:
        with self.transaction() as tx:
            fn(tx, *args, **kwargs)
        return self.last_change

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.file.read() as conn:
            yield conn

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> AuditSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    last_change: ChangeSet = ChangeSet()


def _changes(tx: Tx) -> ChangeSet:
    grouped: dict[str, set[str]] = defaultdict(set)
    for entity_type, entity_id in tx.touched:
        grouped[entity_type].add(entity_id)
    return ChangeSet({k: frozenset(v) for k, v in grouped.items()}, len(tx.ops))


def decode(value: str | None) -> Any:
    return json.loads(value) if value else None


def new_id() -> str:
    import uuid

    return str(uuid.uuid4())
