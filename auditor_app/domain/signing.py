"""What an operation's signature covers, how a signature is stored, and a public key's short fingerprint."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

KEY_PREFIX = "auditor-app-ed25519:"  # the public key's text form, as sent to the lead and pasted at hand-over


@dataclass(frozen=True, slots=True)
class Signature:
    """An operation's Ed25519 signature over `message(audit_id, op_hash)`; keys and signatures in base64."""

    op_id: str
    audit_id: str
    public_key: str
    signature: str


def message(audit_id: str, op_hash: str) -> bytes:
    """The signed bytes: the audit's id binds the operation to this audit, so it cannot be replayed in another."""
    return f"auditor-app op signature v1\n{audit_id}\n{op_hash}".encode()


def fingerprint(public_key: str) -> str:
    """A short, comparable name of a key (e.g. read out on the phone): 16 hex digits of its SHA-256."""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        raw = public_key.encode("utf-8", "replace")
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def key_text(public_key: str) -> str:
    return KEY_PREFIX + public_key


def parse_key_text(text: str) -> str | None:
    """The base64 public key in a pasted key text (with or without its prefix), or None if it is not one."""
    body = "".join(text.split())
    if body.startswith(KEY_PREFIX):
        body = body[len(KEY_PREFIX):]
    try:
        raw = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return None
    return base64.b64encode(raw).decode("ascii") if len(raw) == 32 else None
