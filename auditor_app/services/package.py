"""Sealed packages: a verified audit copy with SHA256SUMS, a signed manifest and a README, in an age-encrypted tar."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from auditor_app import leftovers
from auditor_app.domain.signing import key_text
from auditor_app.errors import KnownError
from auditor_app.services import age_seal, integrity, keys, queries
from auditor_app.services.session import AuditSession
from auditor_app.storage import backup
from auditor_app.storage.fsutil import fsync_dir, fsync_file, publish

FORMAT = "auditor-app sealed package 1"
SIG_CONTEXT = b"auditor-app package manifest v1\n"  # never the bytes of an operation's signature (domain/signing.py)
README, SUMS, MANIFEST, SIGNATURE = "README.txt", "SHA256SUMS", "manifest.json", "manifest.sig"
_UNSAFE = set('/\\\n\r\t"') | {chr(c) for c in range(32)}

_README = """This is a sealed hand-over package of the audit "{title}" ({client}),
made by {made_by} on {made_at} for {for_whom}, with auditor-app.

It is an age-encrypted tar archive (https://age-encryption.org). Without auditor-app, open it with the standard
age tool and check it:

    age -d {how}-o package.tar PACKAGE.age
    tar -xf package.tar
    sha256sum -c SHA256SUMS
{keyed}
With auditor-app, `auditor-app unpack PACKAGE.age FOLDER` does all of this, verifies the signature in
manifest.sig (Ed25519, by the key named in manifest.json, fingerprint {fingerprint}) and checks the audit file.
"""
_KEYED = """
YOUR-IDENTITY-FILE is the age identity (age-keygen) matching the key it was sealed to or, for a key text of
auditor-app (auditor-app-ed25519:...), an OpenSSH copy of that private key.
"""


@dataclass(frozen=True, slots=True)
class Packed:
    path: Path
    size: int
    audit_name: str
    signer_fingerprint: str


def package_name(path: Path) -> str:
    """The audit file's name inside a package: its own name, without characters a checksum line would escape."""
    stem = "".join("_" if ch in _UNSAFE else ch for ch in Path(path).stem).strip(" .") or "audit"
    return f"{stem}.audit"


def make(session: AuditSession, out: Path, seal: age_seal.Seal, signer: keys.Signer, *, for_whom: str = "",
         name: str | None = None, copy: Callable[[Path], object] | None = None) -> Packed:
    """Write the sealed package `out`, whole or not at all. `copy(dest)` writes the verified audit copy (a hand-over
    copy); by default the audit itself is copied, after its full check."""
    out = Path(out)
    folder = out.resolve().parent
    if not folder.is_dir():
        raise KnownError(f"cannot write {out}: the folder does not exist")
    if out.exists():
        raise KnownError(f"cannot write {out}: a file of that name already exists")
    audit_name = name or package_name(session.path)
    work = Path(tempfile.mkdtemp(prefix=leftovers.scratch_prefix("package")))
    tmp = leftovers.temp_path(folder / out.name)
    try:
        if copy is not None:
            copy(work / audit_name)
        else:
            integrity.require_sound(session, "the package")
            backup.snapshot(session.file.raw_connection(), work / audit_name)
        _write_contents(work, session, signer, seal, for_whom, audit_name)
        tar = work / "package.tar"
        with tarfile.open(tar, "w", format=tarfile.PAX_FORMAT) as archive:
            for member in (README, SUMS, MANIFEST, SIGNATURE, audit_name):
                archive.add(work / member, arcname=member, filter=_plain)
        leftovers.clear_stale(out)
        age_seal.encrypt(tar, tmp, seal)
        fsync_file(tmp)
        publish(tmp, out)
        fsync_dir(folder)
    except FileExistsError:
        raise KnownError(f"cannot write {out}: a file of that name already exists") from None
    except OSError as exc:
        raise KnownError(f"cannot write the package {out}: {exc.strerror or exc}") from None
    finally:
        leftovers.remove_temporary(tmp)
        shutil.rmtree(work, ignore_errors=True)
    return Packed(out, out.stat().st_size, audit_name, signer.fingerprint)


def _plain(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Nothing of the sender's machine (user names, ids, modes) travels in the archive.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o644
    return info


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _entry(path: Path) -> dict[str, object]:
    return {"name": path.name, "sha256": sha256_of(path), "size": path.stat().st_size}


def _write_contents(work: Path, session: AuditSession, signer: keys.Signer, seal: age_seal.Seal, for_whom: str,
                    audit_name: str) -> None:
    """README, the manifest (naming every file but itself, its signature and the sums, so everything a recipient
    gets is signed), its signature and SHA256SUMS, beside the audit copy in `work`."""
    details = queries.details(session)
    fields: dict[str, object] = {
        "format": FORMAT, "audit_id": session.audit_id, "title": details.title or "", "client": details.client or "",
        "made_by": session.author, "made_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "for": for_whom}
    how = "" if seal.passphrase is not None else "-i YOUR-IDENTITY-FILE "
    text = _README.format(title=fields["title"] or "untitled", client=fields["client"] or "no client",
                          made_by=fields["made_by"], made_at=fields["made_at"], for_whom=for_whom or "its recipient",
                          how=how, fingerprint=signer.fingerprint, keyed=_KEYED if how else "")
    (work / README).write_text(text, "utf-8")
    manifest = {**fields, "files": [_entry(work / audit_name), _entry(work / README)],
                "signer": {"public_key": signer.public_key, "key_text": key_text(signer.public_key),
                           "fingerprint": signer.fingerprint}}
    body = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    (work / MANIFEST).write_bytes(body)
    (work / SIGNATURE).write_text(base64.b64encode(signer.key.sign(SIG_CONTEXT + body)).decode("ascii") + "\n",
                                  "ascii")
    sums = "".join(f"{sha256_of(work / n)}  {n}\n" for n in (audit_name, README, MANIFEST, SIGNATURE))
    (work / SUMS).write_text(sums, "utf-8")
