"""Recording signing keys in an audit: the lead's own at creation, each member's at hand-over (signed by the lead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.domain.signing import fingerprint, parse_key_text
from auditor_app.errors import InputError, KnownError
from auditor_app.services.session import AuditSession, Tx
from auditor_app.storage import oplog, signatures

if TYPE_CHECKING:  # the cryptography library only where a key is used
    from auditor_app.services import keys


def record_lead(session: AuditSession, tx: Tx, signer: keys.Signer) -> None:
    """Make `signer` this audit's lead key; every operation of this copy is signed from here on (this one too)."""
    session.bind_self(signer)
    tx.create("signer", session.file.replica_id, {"public_key": signer.public_key, "lead": True,
                                                  "member": session.author})


def member_key(text: str) -> str:
    key = parse_key_text(text)
    if key is None:
        raise InputError("--member-key: this is not a public key text (the member's `auditor-app key show` "
                         "prints it: auditor-app-ed25519:…)")
    return key


def bind_member(session: AuditSession, replica_id: str, member: str, key: str, signer: keys.Signer) -> None:
    """Bind `key` to a member's new copy, signed by the lead; an audit without a lead key gets `signer`'s first."""
    with session.reading() as conn:
        raw = oplog.driver(conn)
        own, is_lead = signatures.record(raw, session.file.replica_id)
        lead_elsewhere = signatures.has_lead(raw) and not is_lead
    if lead_elsewhere or (own is not None and not is_lead):
        raise KnownError("only the lead's own copy of the audit binds team members' keys; this is a member's copy")
    if own is not None and own != signer.public_key:
        raise KnownError(f"this audit's lead key is {fingerprint(own)}, but yours is {signer.fingerprint}")
    if key == signer.public_key:
        raise InputError("--member-key: this is your own key; each member signs with a key of their own")
    with session.transaction() as tx:
        if own is None:
            record_lead(session, tx, signer)
        else:
            session.signer = signer
        tx.create("signer", replica_id, {"public_key": key, "lead": False, "member": member.strip()})
