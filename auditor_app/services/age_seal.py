"""The age encryption of packages (pyrage): to a passphrase (scrypt) or to recipients' public keys, and back."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from auditor_app.domain.signing import KEY_PREFIX, parse_key_text
from auditor_app.errors import InputError, KnownError
from auditor_app.services import keys

PASSPHRASE_ENV = "AUDITOR_APP_PACKAGE_PASSPHRASE"
MIN_PASSPHRASE = 8
MAGIC = b"age-encryption.org/v1\n"
ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"

Recipient = pyrage.x25519.Recipient | pyrage.ssh.Recipient
Identity = pyrage.x25519.Identity | pyrage.ssh.Identity


class PackageRefused(KnownError):
    """A package that cannot be opened or does not check out; nothing was written."""


@dataclass(frozen=True, slots=True)
class Seal:
    """Whom a package is encrypted to: a passphrase, or one or more public keys (their text as given)."""

    passphrase: str | None = None
    recipients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.passphrase is None) == (not self.recipients):
            raise InputError("a sealed package needs either a passphrase or recipients' public keys (not both)")
        if self.passphrase is not None and len(self.passphrase) < MIN_PASSPHRASE:
            raise InputError(f"the package's passphrase must have at least {MIN_PASSPHRASE} characters")

    def describe(self) -> str:
        return "a passphrase" if self.passphrase is not None else ", ".join(_short(r) for r in self.recipients)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 24 else text[:20] + "…"


def ssh_line(public_key: str) -> str:
    """Our Ed25519 public key (base64) as an OpenSSH `ssh-ed25519` line: age encrypts to such keys natively."""
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    return key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")


def recipient(text: str) -> Recipient:
    """An age X25519 key (age1…), an `ssh-ed25519 …` line, or a member's key text from `auditor-app key show`."""
    given = text.strip()
    try:
        if given.startswith("age1"):
            return pyrage.x25519.Recipient.from_str(given)
        if given.startswith("ssh-ed25519 "):
            return pyrage.ssh.Recipient.from_str(given)
    except pyrage.RecipientError as exc:
        raise InputError(f"--recipient {_short(given)}: not a valid public key ({exc})") from None
    ours = parse_key_text(given) if given.startswith(KEY_PREFIX) else None
    if ours is None:
        raise InputError(f"--recipient {_short(given)}: not a public key; give an age key (age1…), an ssh-ed25519 "
                         f"key, or a member's key text ({KEY_PREFIX}…, from `auditor-app key show`)")
    return pyrage.ssh.Recipient.from_str(ssh_line(ours))


def encrypt(plain: Path, out: Path, seal: Seal) -> None:
    """Encrypt the file `plain` into the new file `out` (binary age format, readable by `age -d`)."""
    try:
        if seal.passphrase is not None:
            # pyrage's scrypt encryption takes bytes only: the package is held in memory once (about 1× its size).
            out.write_bytes(pyrage.passphrase.encrypt(plain.read_bytes(), seal.passphrase))
        else:
            pyrage.encrypt_file(str(plain), str(out), [recipient(r) for r in seal.recipients])
    except pyrage.EncryptError as exc:
        raise KnownError(f"cannot encrypt the package: {exc}") from None


def is_age(path: Path) -> bool:
    """Whether `path` starts as an age file does (binary or armoured); unreadable files are left to their reader."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(ARMOR))
    except OSError:
        return False
    return head.startswith(MAGIC) or head.startswith(ARMOR)


def sealed_with(path: Path) -> str:
    """"passphrase" or "keys": how the age file `path` was sealed; refused when it is no binary age file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise PackageRefused(f"cannot read {path}: {exc.strerror or exc}") from None
    if head.startswith(ARMOR):
        raise PackageRefused(f"{path.name} is an ASCII-armoured age file, not a package of this program")
    if not head.startswith(MAGIC):
        raise PackageRefused(f"{path.name} is not a sealed package (not an age-encrypted file)")
    return "passphrase" if b"\n-> scrypt " in head.split(b"\n---", 1)[0] else "keys"


def decrypt(path: Path, out: Path, *, passphrase: str | None = None, identities: list[Identity] | None = None) -> None:
    """Decrypt the package `path` into the new file `out` (the caller removes `out` on failure)."""
    try:
        if passphrase is not None:
            out.write_bytes(pyrage.passphrase.decrypt(path.read_bytes(), passphrase))
        else:
            pyrage.decrypt_file(str(path), str(out), list(identities or []))
    except pyrage.DecryptError as exc:
        reason = str(exc)
        if passphrase is not None and reason == "Decryption failed":
            raise PackageRefused(f"cannot open {path.name}: wrong passphrase") from None
        if reason == "No matching keys found":
            raise PackageRefused(f"cannot open {path.name}: it is not sealed for your key (sealed for someone else, "
                                 "or another identity file opens it)") from None
        raise _altered(path, reason) from None
    except OSError as exc:
        if exc.errno is None:  # pyrage's streaming reader reports a chunk that does not authenticate as an IOError
            raise _altered(path, str(exc)) from None
        raise PackageRefused(f"cannot open {path.name}: {exc.strerror or exc}") from None


def _altered(path: Path, reason: str) -> PackageRefused:
    return PackageRefused(f"cannot open {path.name}: the package was altered or is damaged (its encryption does not "
                          f"authenticate: {reason})")


def identities_from_file(path: Path, where: str | None = None) -> list[Identity]:
    """An age identity file (AGE-SECRET-KEY-… lines, as `age-keygen` writes) or an unencrypted OpenSSH private key;
    `where` names it in a refusal (default: as the `--identity` option)."""
    where = where or f"--identity {path}"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read it: {exc.strerror or exc}") from None
    try:
        if b"-----BEGIN OPENSSH PRIVATE KEY-----" in data:
            return [pyrage.ssh.Identity.from_buffer(data)]
        lines = data.decode("utf-8").splitlines()
        found: list[Identity] = [pyrage.x25519.Identity.from_str(line.strip()) for line in lines
                                 if line.strip().startswith("AGE-SECRET-KEY-")]
    except (pyrage.IdentityError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{where}: not a usable identity ({exc})") from None
    if not found:
        raise InputError(f"{where}: holds no age identity (AGE-SECRET-KEY-…) or OpenSSH private key")
    return found


def own_identity(signer: keys.Signer) -> Identity:
    """The user's signing key as an age identity: a package sealed to their key text opens with it."""
    pem = signer.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                   serialization.NoEncryption())
    return pyrage.ssh.Identity.from_buffer(pem)


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None
