"""The user's Ed25519 signing key: made on first need, kept encrypted in the user's config folder, unlocked by a
passphrase (given, kept in the OS keyring, or asked for), used to sign operations and to verify others' signatures."""

from __future__ import annotations

import base64
import binascii
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from auditor_app import paths
from auditor_app.domain.signing import Signature, fingerprint, message
from auditor_app.errors import InputError, KnownError
from auditor_app.services import key_store

KEY_FILE = "signing-key.pem"  # PKCS#8, encrypted with the passphrase (BestAvailableEncryption)
PUBLIC_FILE = "signing-key.pub"  # the public key's text, so `key show` needs no passphrase
PASSPHRASE_ENV = "AUDITOR_APP_KEY_PASSPHRASE"
MIN_PASSPHRASE = 8

# How a passphrase is asked for when the environment does not give it: the CLI sets a terminal prompt, the window
# asks in a dialog itself. None: nobody to ask (a script), so an unlocked key is not available.
prompt: Callable[[str], str | None] | None = None


class KeyLocked(KnownError):
    """A signing key is needed and could not be unlocked (no passphrase given)."""


def locked() -> KeyLocked:
    """The refusal when the user's key is needed and no passphrase can be had."""
    return KeyLocked(f"your signing key is locked: give its passphrase in ${PASSPHRASE_ENV} or run the command in a "
                     "terminal")


class WrongPassphrase(KnownError):
    """The passphrase does not open the key file."""


@dataclass(frozen=True, slots=True)
class Signer:
    """An unlocked private key."""

    key: Ed25519PrivateKey
    public_key: str  # base64 of the raw 32 bytes

    def sign(self, op_id: str, audit_id: str, op_hash: str) -> Signature:
        raw = self.key.sign(message(audit_id, op_hash))
        return Signature(op_id, audit_id, self.public_key, base64.b64encode(raw).decode("ascii"))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def key_path() -> Path:
    return paths.user_config_dir() / KEY_FILE


def has_key() -> bool:
    return (paths.user_config_dir(create=False) / KEY_FILE).is_file()


def public_key() -> str | None:
    """This user's public key (base64), or None when there is no key yet."""
    if not has_key():
        return None
    public = paths.user_config_dir(create=False) / PUBLIC_FILE
    try:
        return public.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise KnownError(f"cannot read {public}: the public half of your signing key is missing; "
                         f"unlock the key once (e.g. `auditor-app key export`) to write it again") from None


def create(passphrase: str) -> Signer:
    """Make a new key pair and store it; refused when there is one (it signs audits already: never replaced)."""
    path = key_path()
    if path.exists():
        raise KnownError(f"you already have a signing key ({path}); it is never replaced, since audits trust it")
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"the key's passphrase must have at least {MIN_PASSPHRASE} characters")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    signer = _signer(key)
    _write_private(path, pem)
    (path.parent / PUBLIC_FILE).write_text(signer.public_key + "\n", "ascii")
    return signer


def _write_private(path: Path, data: bytes) -> None:
    # Created readable by its owner only, under a temporary name, and linked in place: never half a key.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)  # fails if a key appeared meanwhile: never overwrite one
    finally:
        tmp.unlink(missing_ok=True)


def unlock(passphrase: str) -> Signer:
    path = key_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyLocked("you have no signing key yet; make one with `auditor-app key create`") from None
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphrase(f"wrong passphrase for your signing key ({path})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KnownError(f"{path} does not hold an Ed25519 key")
    signer = _signer(key)
    public = path.parent / PUBLIC_FILE
    if not public.is_file() or public.read_text("ascii", "replace").strip() != signer.public_key:
        public.write_text(signer.public_key + "\n", "ascii")
    return signer


def export_openssh(signer: Signer, out: Path, passphrase: str | None) -> None:
    """The private key as an OpenSSH key file (`age -d -i OUT` opens packages sealed to it), mode 0600, never over
    an existing file; encrypted with `passphrase` (OpenSSH's bcrypt KDF), or plain when it is None."""
    if out.exists():
        raise KnownError(f"cannot write {out}: a file of that name already exists")
    if not out.resolve().parent.is_dir():
        raise KnownError(f"cannot write {out}: the folder does not exist")
    try:
        protect: serialization.KeySerializationEncryption = (
            serialization.NoEncryption() if passphrase is None
            else serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
        data = signer.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, protect)
    except UnsupportedAlgorithm:  # cryptography writes OpenSSH's bcrypt KDF only with the optional bcrypt module
        raise KnownError(f"cannot write {out} protected by a passphrase: this installation cannot encrypt OpenSSH "
                         "keys (the Python module bcrypt is missing); add --unencrypted to write it without one, "
                         f"then protect it with `ssh-keygen -p -f {out}`") from None
    try:
        _write_private(out, data)
    except OSError as exc:
        raise KnownError(f"cannot write {out}: {exc.strerror or exc}") from None


def _signer(key: Ed25519PrivateKey) -> Signer:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return Signer(key, base64.b64encode(raw).decode("ascii"))


def passphrase(question: str) -> str | None:
    """From $AUDITOR_APP_KEY_PASSPHRASE, else asked (when someone can be asked), else None."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    return prompt(question) if prompt is not None else None


def remembered() -> tuple[Signer | None, str | None]:
    """The key unlocked by the passphrase kept in the OS keyring (key_store), else None and what to tell the user
    about it (None: nothing to tell: no keyring, nothing kept)."""
    try:
        public = public_key()
    except KnownError:
        return None, None
    if public is None:
        return None, None
    try:
        found = key_store.recall(fingerprint(public))
    except key_store.StoreFailed as exc:
        return None, str(exc)
    if found is None:
        return None, None
    store, kept = found
    try:
        return unlock(kept), None
    except WrongPassphrase:
        return None, (f"the passphrase kept in {key_store.name(store)} does not open your signing key (was it "
                      "changed elsewhere?)")


def unlock_default() -> Signer | None:
    """The user's key, unlocked without further ado, or None (no key, or no passphrase to be had): by
    $AUDITOR_APP_KEY_PASSPHRASE, else the passphrase kept in the OS keyring, else one asked for."""
    if not has_key():
        return None
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return unlock(given)
    signer, note = remembered()
    if signer is not None:
        return signer
    if note is not None and key_store.notify is not None:
        key_store.notify(note)
    given = passphrase(f"passphrase of your signing key ({key_path()}): ")
    return unlock(given) if given is not None else None


def ensure() -> tuple[Signer, bool]:
    """The user's unlocked key, made first when there is none; True when it was just made."""
    if has_key():
        signer = unlock_default()
        if signer is None:
            raise locked()
        return signer, False
    given = passphrase("passphrase for your new signing key: ")
    if given is None:
        raise KeyLocked(f"this needs your signing key and you have none yet: make one with `auditor-app key create` "
                        f"(or give a passphrase in ${PASSPHRASE_ENV})")
    return create(given), True


@functools.lru_cache(maxsize=256)
def _public(public_key: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    except (binascii.Error, ValueError):
        return None


def verify(sig: Signature, audit_id: str, op_hash: str) -> bool:
    """Whether `sig` is a valid signature by its key over this operation in this audit."""
    key = _public(sig.public_key)
    if key is None:
        return False
    try:
        key.verify(base64.b64decode(sig.signature, validate=True), message(audit_id, op_hash))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True
