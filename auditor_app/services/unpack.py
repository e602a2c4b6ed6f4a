"""Opening a sealed package: decrypt to a scratch folder, check sums, signature and audit, then publish it whole."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from auditor_app import leftovers
from auditor_app.domain.signing import fingerprint
from auditor_app.errors import KnownError
from auditor_app.services import age_seal, audit, integrity, trust
from auditor_app.services.age_seal import PackageRefused
from auditor_app.services.package import FORMAT, MANIFEST, README, SIG_CONTEXT, SIGNATURE, SUMS, sha256_of
from auditor_app.storage import oplog, signatures
from auditor_app.storage.fsutil import fsync_dir, fsync_file, publish

MAX_MEMBERS = 16
STEPS = 4  # decrypt, extract, verify the manifest and sums, check the audit


@dataclass(frozen=True, slots=True)
class Unpacked:
    files: tuple[Path, ...]
    audit_file: Path
    manifest: dict[str, Any]
    signed_by: str  # who signed the manifest, as this audit knows the key


def unpack(package: Path, outdir: Path, *, passphrase: str | None = None,
           identities: list[age_seal.Identity] | None = None) -> Unpacked:
    """Check `package` completely, then write its files into `outdir` (made if missing); refused, writing
    nothing, when anything does not check out or a file of the package already exists there."""
    _check_outdir(Path(outdir))
    with opened(package, passphrase=passphrase, identities=identities) as checked:
        return publish_checked(checked, outdir)


def publish_checked(checked: Checked, outdir: Path) -> Unpacked:
    """Write the files of a package checked by `opened` (its block still open) into `outdir`, all or none."""
    outdir = Path(outdir)
    _check_outdir(outdir)
    written = _publish(checked.audit_file.parent, checked.names, outdir)
    return Unpacked(written, outdir / checked.audit_file.name, checked.manifest, checked.signed_by)


def _check_outdir(outdir: Path) -> None:
    if not outdir.resolve().parent.is_dir():
        raise KnownError(f"cannot write into {outdir}: its folder does not exist")
    if outdir.exists() and not outdir.is_dir():
        raise KnownError(f"cannot write into {outdir}: it is a file, not a folder")


class UnpackCancelled(KnownError):
    """The user stopped the check of a package; nothing was written."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A package checked in full, its files in a scratch folder that goes when the `opened` block ends."""

    audit_file: Path
    names: list[str]
    manifest: dict[str, Any]
    signed_by: str


@contextlib.contextmanager
def opened(package: Path, *, passphrase: str | None = None, identities: list[age_seal.Identity] | None = None,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> Iterator[Checked]:
    """The package decrypted and checked (sums, signature, the audit's full check) in a scratch folder: what a
    merge reads a sealed package from. Refused, leaving nothing, when anything does not check out. `progress`
    hears of each of the STEPS done; `cancelled` is asked between them (UnpackCancelled)."""
    package = Path(package)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise UnpackCancelled(f"{package.name}: stopped; nothing was written")
        if progress is not None:
            progress(done, STEPS)

    scratch = Path(tempfile.mkdtemp(prefix=leftovers.scratch_prefix("unpack")))
    try:
        step(0)
        tar = scratch / "package.tar"
        age_seal.decrypt(package, tar, passphrase=passphrase, identities=identities)
        step(1)
        content = scratch / "content"
        content.mkdir()
        names = _extract(package, tar, content)
        tar.unlink()
        step(2)
        manifest, audit_name = _verified_manifest(package, content, names)
        step(3)
        signed_by = _check_audit(package, content / audit_name, manifest)
        step(STEPS)
        yield Checked(content / audit_name, names, manifest, signed_by)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _extract(package: Path, tar: Path, content: Path) -> list[str]:
    """The archive's plain files, written into `content`; anything else (links, folders, paths) is not ours."""
    not_ours = f"{package.name} is not a package of this program"
    try:
        with tarfile.open(tar, "r:") as archive:
            members = archive.getmembers()
            if len(members) > MAX_MEMBERS:
                raise PackageRefused(f"{not_ours} ({len(members)} files in it)")
            names = []
            for member in members:
                if not member.isfile() or "/" in member.name or "\\" in member.name or member.name in ("", ".", ".."):
                    raise PackageRefused(f"{not_ours} (it holds {member.name!r}, not a plain file)")
                if member.name in names:
                    raise PackageRefused(f"{not_ours} ({member.name} is in it twice)")
                source = archive.extractfile(member)
                if source is None:
                    raise PackageRefused(f"{not_ours} ({member.name} cannot be read)")
                with source, open(content / member.name, "xb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                names.append(member.name)
    except (tarfile.TarError, EOFError):
        raise PackageRefused(f"{not_ours} (its content is no tar archive)") from None
    missing = [n for n in (SUMS, MANIFEST, SIGNATURE) if n not in names]
    if missing:
        raise PackageRefused(f"{not_ours} (no {', '.join(missing)} in it)")
    return names


def _verified_manifest(package: Path, content: Path, names: list[str]) -> tuple[dict[str, Any], str]:
    """The manifest, once its signature verifies and every file matches it and SHA256SUMS; and the audit's name.
    The manifest names every file but itself, its signature and the sums: nothing unsigned is ever published."""
    where = package.name
    body = (content / MANIFEST).read_bytes()
    try:
        manifest = json.loads(body)
        files = {f["name"]: f for f in manifest["files"]}
        public_key = manifest["signer"]["public_key"]
        audits = [n for n in files if n.endswith(".audit")]
        ok = manifest["format"] == FORMAT and len(files) == len(manifest["files"]) and len(audits) == 1 and all(
            isinstance(f["sha256"], str) and isinstance(f["size"], int) for f in files.values())
    except (ValueError, KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise PackageRefused(f"{where} is not a package of this program (its {MANIFEST} is not one of ours)")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        signature = base64.b64decode((content / SIGNATURE).read_text("ascii").strip(), validate=True)
        key.verify(signature, SIG_CONTEXT + body)
    except (InvalidSignature, binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise PackageRefused(f"{where}: the signature in {SIGNATURE} does not verify: {MANIFEST} was altered or "
                             f"signed by another key than the one it names; nothing was written") from None
    listed = _sums(where, content)
    unsigned = sorted(set(names) - {SUMS, MANIFEST, SIGNATURE} - set(files))
    if unsigned:
        raise PackageRefused(f"{where}: {unsigned[0]} is in the package but not in its signed {MANIFEST}; nothing "
                             f"was written")
    for name in [n for n in names if n != SUMS]:
        actual = sha256_of(content / name)
        if actual != listed.get(name) or (name in files and actual != files[name]["sha256"]):
            raise PackageRefused(f"{where}: {name} does not match its SHA-256 in {SUMS} or {MANIFEST} (altered or "
                                 f"replaced); nothing was written")
        if name in files and (content / name).stat().st_size != files[name]["size"]:
            raise PackageRefused(f"{where}: {name} is not the size {MANIFEST} gives; nothing was written")
    absent = [n for n in list(listed) + list(files) if n not in names]
    if absent:
        raise PackageRefused(f"{where}: {absent[0]} is listed but not in the package; nothing was written")
    return dict(manifest), audits[0]


def _sums(where: str, content: Path) -> dict[str, str]:
    listed: dict[str, str] = {}
    for number, line in enumerate((content / SUMS).read_text("utf-8", "replace").splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or name in listed:
            raise PackageRefused(f"{where}: {SUMS} line {number} is not a checksum line; nothing was written")
        listed[name] = digest.lower()
    return listed


def _check_audit(package: Path, path: Path, manifest: dict[str, Any]) -> str:
    """The audit's full check; returns who signed the manifest, judged by the keys the audit itself binds."""
    with audit.open_audit(path, author="package check", read_only=True) as session:
        report = integrity.full_check(session)
        if not report.ok:
            raise PackageRefused(f"{package.name}: its audit file {path.name} fails its check: {report.problems[0]}; "
                                 f"nothing was written")
        if session.audit_id != manifest["audit_id"]:
            raise PackageRefused(f"{package.name}: {MANIFEST} names another audit than its audit file carries")
        with session.reading() as conn:
            raw = oplog.driver(conn)
            ops = signatures.signer_ops(raw)
            sigs = signatures.of_ops(raw, [o.op_id for o in ops])
        bound = trust.bindings(ops, sigs, session.audit_id)
    key = manifest["signer"]["public_key"]
    named = f"key {fingerprint(key)}"
    if bound.lead_key is None:
        return f"{named} (this audit binds no keys: compare the fingerprint with the sender's)"
    if key == bound.lead_key:
        return f"{bound.names.get(bound.lead_replica or '', 'the lead')}, the audit's lead ({named})"
    for replica, found in bound.keys.items():
        if key in found:
            return f"{bound.names.get(replica, 'a team member')}, a team member of the audit ({named})"
    raise PackageRefused(f"{package.name}: signed by {named}, which is neither the lead's nor a team member's key "
                         f"in this audit; nothing was written")


def _publish(content: Path, names: list[str], outdir: Path) -> tuple[Path, ...]:
    made = not outdir.exists()
    outdir.mkdir(exist_ok=True)
    order = sorted(names, key=lambda n: (n == README, n))
    there = [n for n in sorted(order, key=lambda n: not n.endswith(".audit")) if (outdir / n).exists()]
    if there:
        raise KnownError(f"cannot unpack into {outdir}: {there[0]} already exists there (nothing is overwritten)")
    temps: dict[str, Path] = {}
    done: list[Path] = []
    try:
        for name in order:
            leftovers.clear_stale(outdir / name)
            temps[name] = leftovers.temp_path(outdir / name)
            shutil.copyfile(content / name, temps[name])
            fsync_file(temps[name])
        for name in order:
            publish(temps[name], outdir / name)
            done.append(outdir / name)
        fsync_dir(outdir)
    except OSError as exc:
        for path in done:  # whole or not at all: what was published of this package goes again
            path.unlink(missing_ok=True)
        if made:
            with contextlib.suppress(OSError):
                outdir.rmdir()
        if isinstance(exc, FileExistsError):
            raise KnownError(f"cannot unpack into {outdir}: a file of the package appeared there meanwhile") from None
        raise KnownError(f"cannot unpack into {outdir}: {exc.strerror or exc}") from None
    finally:
        for tmp in temps.values():
            leftovers.remove_temporary(tmp)
    return tuple(done)
