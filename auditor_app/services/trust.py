"""Who may sign what: the lead's key anchors trust; the lead binds each member's key to their copy (replica).

Merge and `check` judge operations here; the rules are in docs/architecture.md (trust model).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from auditor_app.domain.derive import hlc_iso
from auditor_app.domain.ops import Op
from auditor_app.domain.ops import verify as verify_hash
from auditor_app.domain.signing import Signature, fingerprint

SIGNER = "signer"  # the entity type of key records (domain/entities.py)


def _verifies(sig: Signature, audit_id: str, op_hash: str) -> bool:
    # The key module (and the cryptography library, 40 ms to import) is loaded only when a signature is checked:
    # every command that opens a file imports this module, and most never meet a signature.
    from auditor_app.services import keys

    return keys.verify(sig, audit_id, op_hash)


@dataclass(slots=True)
class Bindings:
    """The keys this audit trusts, derived from lead-signed `signer` operations."""

    lead_key: str | None = None
    lead_replica: str | None = None
    leads: set[str] = field(default_factory=set)  # every self-signed lead key found (more than one: a problem)
    keys: dict[str, set[str]] = field(default_factory=dict)  # replica -> keys bound to it
    names: dict[str, str] = field(default_factory=dict)  # replica -> member name
    since: dict[str, str] = field(default_factory=dict)  # replica -> clock of its first binding

    def bound(self, replica: str) -> bool:
        return bool(self.keys.get(replica))

    def who(self, op: Op) -> str:
        name = self.names.get(op.replica_id)
        return f"{name} (as {op.author})" if name and name != op.author else (name or op.author)


def bindings(ops: Iterable[Op], sigs: dict[str, Signature], audit_id: str, lead_key: str | None = None,
             lead_replica: str | None = None) -> Bindings:
    """The bindings in these `signer` operations. The lead's key is `lead_key` when given (a merge trusts the lead's
    own file), else the key a self-signed lead record names."""
    signer_ops = sorted((o for o in ops if o.entity_type == SIGNER), key=Op.order_key)
    out = Bindings()

    def valid(op: Op, key: str) -> bool:
        sig = sigs.get(op.op_id)
        return sig is not None and sig.public_key == key and _verifies(sig, audit_id, op.op_hash)

    if lead_key is None:
        leads = {o.entity_id for o in signer_ops if o.field == "lead" and o.value == "true"}
        for op in signer_ops:
            if op.field == "public_key" and op.entity_id in leads and valid(op, op.decoded):
                out.leads.add(op.decoded)
                if out.lead_key is None:
                    out.lead_key, out.lead_replica = op.decoded, op.entity_id
    else:
        out.lead_key, out.lead_replica, out.leads = lead_key, lead_replica, {lead_key}
    if out.lead_key is None:
        return out
    for op in signer_ops:
        if not valid(op, out.lead_key):
            continue
        if op.field == "public_key" and isinstance(op.decoded, str):
            out.keys.setdefault(op.entity_id, set()).add(op.decoded)
            out.since.setdefault(op.entity_id, op.hlc)
        elif op.field == "member" and isinstance(op.decoded, str):
            out.names[op.entity_id] = op.decoded
    return out


def describe(op: Op) -> str:
    """The operation as a person finds it: entity, field, time."""
    return f"{op.entity_type} {op.entity_id[:8]}… {op.field} at {hlc_iso(op.hlc)}"


def judge_signed(op: Op, sig: Signature, audit_id: str, trusted: Bindings) -> str | None:
    """Why a signed operation is not to be trusted here, or None."""
    if sig.audit_id != audit_id:
        return f"it was signed for another audit ({sig.audit_id[:8]}…): replayed from there"
    if not _verifies(sig, audit_id, op.op_hash):
        return "its signature does not verify (the operation or its signature was altered)"
    if op.entity_type == SIGNER:
        if sig.public_key != trusted.lead_key:
            return f"a signing key record signed by key {fingerprint(sig.public_key)}, not the lead's key"
        return None
    if sig.public_key not in trusted.keys.get(op.replica_id, set()):
        return f"signed by key {fingerprint(sig.public_key)}, which the lead did not bind to this member's copy"
    return None


@dataclass(frozen=True, slots=True)
class Finding:
    op: Op
    why: str
    who: str

    def text(self) -> str:
        return f"operation by {self.who} ({describe(self.op)}): {self.why}"


def check_log(ops: list[Op], sigs: dict[str, Signature], audit_id: str) -> tuple[list[str], int]:
    """`check`'s judgement of a whole file: (problems, number of unsigned operations from before signing)."""
    trusted = bindings(ops, sigs, audit_id)
    problems = []
    if len(trusted.leads) > 1:
        problems.append(f"the file names {len(trusted.leads)} different lead keys "
                        f"({', '.join(sorted(fingerprint(k) for k in trusted.leads))})")
    unsigned = 0
    for op in ops:
        sig = sigs.get(op.op_id)
        why: str | None
        if sig is not None:
            why = judge_signed(op, sig, audit_id, trusted)
        elif trusted.bound(op.replica_id) and op.hlc >= trusted.since[op.replica_id]:
            why = "unsigned, although this member's copy signs every change"
        else:
            unsigned += 1
            why = None
        if why is not None:
            problems.append(Finding(op, why, trusted.who(op)).text())
    return problems, unsigned


@dataclass(slots=True)
class Screened:
    """A merge source's new operations as judged against the lead's file."""

    refusal: Finding | None = None
    unsigned: dict[str, int] = field(default_factory=dict)  # who -> unsigned operations (legacy copies)
    signed_audit: bool = True  # False: the lead's file has no lead key, so nothing can be verified


def screen_merge(own: list[Op], own_sigs: dict[str, Signature], own_replica: str, new: list[Op],
                 new_sigs: dict[str, Signature], audit_id: str) -> Screened:
    """Judge incoming operations: trust is anchored in the lead's (this) file; the first untrusted one refuses."""
    anchor = bindings(own, own_sigs, audit_id)
    trusted = bindings(own + [o for o in new if o.entity_type == SIGNER], {**own_sigs, **new_sigs}, audit_id,
                       lead_key=anchor.lead_key, lead_replica=anchor.lead_replica)
    out = Screened(signed_audit=anchor.lead_key is not None)
    for op in new:
        sig = new_sigs.get(op.op_id)
        if sig is not None:
            why = judge_signed(op, sig, audit_id, trusted)
        elif not out.signed_audit:
            why = None  # an audit without a lead key: as before signing, every operation is unsigned
        elif op.replica_id == own_replica:
            why = "unsigned, and made in this copy's name, which does not have it (forged)"
        elif trusted.bound(op.replica_id):
            why = "unsigned, although this member's copy signs every change"
        elif op.entity_type == SIGNER:
            why = "an unsigned signing key record (only the lead binds keys)"
        else:
            why = None
        if why is not None:
            out.refusal = Finding(op, why, trusted.who(op))
            return out
        if sig is None:
            who = trusted.who(op)
            out.unsigned[who] = out.unsigned.get(who, 0) + 1
    return out


UNSIGNED = "unsigned"


def _hash_ok(op: Op) -> bool:
    try:
        return verify_hash(op)
    except (TypeError, ValueError, UnicodeError):  # an unsound operation cannot even be hashed
        return False


def seal(labels_of_ops: list[str]) -> str:
    """One label for several operations (one use case): the untrusted one, else unsigned if any, else the signer."""
    for label in labels_of_ops:
        if label.startswith("NOT TRUSTED"):
            return label
    return UNSIGNED if UNSIGNED in labels_of_ops or not labels_of_ops else labels_of_ops[-1]


def labels(ops: list[Op], sigs: dict[str, Signature], signer_ops: list[Op], audit_id: str) -> dict[str, str]:
    """How history shows each operation: "signed by NAME (fingerprint)", "unsigned", or "NOT TRUSTED: why"."""
    trusted = bindings(signer_ops, sigs, audit_id)
    out = {}
    for op in ops:
        sig = sigs.get(op.op_id)
        if sig is None:
            out[op.op_id] = UNSIGNED
            continue
        why = judge_signed(op, sig, audit_id, trusted) if _hash_ok(op) else "it does not match its hash (altered)"
        if why is not None:
            out[op.op_id] = f"NOT TRUSTED: {why}"
        else:
            name = trusted.names.get(op.replica_id) or (op.author if sig.public_key == trusted.lead_key else "?")
            out[op.op_id] = f"signed by {name} ({fingerprint(sig.public_key)})"
    return out
