"""Sealed packages: written whole, opened only when the encryption, the sums, the signature and the audit check out."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pyrage
import pytest

from auditor_app.errors import KnownError
from auditor_app.services import age_seal, audit, keys, library, package, unpack
from auditor_app.services.age_seal import PackageRefused, Seal
from auditor_app.services.session import AuditSession

PASS = "correct horse battery"


@pytest.fixture
def lead(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A signed audit (the lead's key made first) and the lead's unlocked key."""
    signer = keys.create("lena passphrase")
    session = audit.create_audit(tmp_path / "Müller Stage 2.audit", author="Lena Lead",
                                 checklists=[library.get("iso9001-2015")],
                                 details={"title": "Stage 2", "client": "ACME GmbH"}, signer=signer)
    yield session, signer
    session.close()


def _age_key() -> tuple[pyrage.x25519.Identity, str]:
    who = pyrage.x25519.Identity.generate()
    return who, str(who.to_public())


def _members(pkg: Path, who: pyrage.x25519.Identity) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(pyrage.decrypt(pkg.read_bytes(), [who]))) as archive:
        return {m.name: archive.extractfile(m).read() for m in archive.getmembers()}  # type: ignore[union-attr]


def _reseal(pkg: Path, members: dict[str, bytes], recipient: str) -> None:
    """What someone holding the recipient's public key can do: a new archive, encrypted to the same key."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    pkg.write_bytes(pyrage.encrypt(out.getvalue(), [pyrage.x25519.Recipient.from_str(recipient)]))


def _sums(members: dict[str, bytes]) -> bytes:
    import hashlib

    names = [n for n in members if n != package.SUMS]
    return "".join(f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in names).encode()


def test_a_passphrase_package_round_trips_with_sums_manifest_and_signature(lead, tmp_path: Path) -> None:
    session, signer = lead
    packed = package.make(session, tmp_path / "out.age", Seal(passphrase=PASS), signer, for_whom="Max")
    assert packed.path.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.age.")]  # no temporary left
    done = unpack.unpack(packed.path, tmp_path / "got", passphrase=PASS)
    names = sorted(p.name for p in (tmp_path / "got").iterdir())
    assert names == ["Müller Stage 2.audit", "README.txt", "SHA256SUMS", "manifest.json", "manifest.sig"]
    assert done.manifest["for"] == "Max" and done.manifest["made_by"] == "Lena Lead"
    assert done.manifest["signer"]["public_key"] == signer.public_key
    assert done.signed_by.startswith("Lena Lead, the audit's lead")
    with audit.open_audit(done.audit_file, author="Max", read_only=True) as copy:
        assert copy.audit_id == session.audit_id
    assert "age -d" in (tmp_path / "got" / "README.txt").read_text("utf-8")


def test_a_package_sealed_to_an_age_key_or_a_members_key_text_opens_with_that_key(lead, tmp_path: Path) -> None:
    session, signer = lead
    who, public = _age_key()
    pkg = package.make(session, tmp_path / "a.age", Seal(recipients=(public,)), signer).path
    assert age_seal.sealed_with(pkg) == "keys"
    unpack.unpack(pkg, tmp_path / "a", identities=[who])
    assert (tmp_path / "a" / "Müller Stage 2.audit").is_file()
    # One key both signs and receives: the lead's own key text, as `key show` prints it, seals to an ssh-ed25519
    # recipient that the signing key opens.
    mine = package.make(session, tmp_path / "b.age", Seal(recipients=("auditor-app-ed25519:" + signer.public_key,)),
                        signer).path
    assert b"\n-> ssh-ed25519 " in mine.read_bytes()[:400]
    unpack.unpack(mine, tmp_path / "b", identities=[age_seal.own_identity(signer)])
    with pytest.raises(PackageRefused, match="it is not sealed for your key"):
        unpack.unpack(mine, tmp_path / "c", identities=[who])
    assert not (tmp_path / "c").exists()


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(lead, tmp_path: Path) -> None:
    session, signer = lead
    pkg = package.make(session, tmp_path / "out.age", Seal(passphrase=PASS), signer).path
    with pytest.raises(PackageRefused, match=r"^cannot open out\.age: wrong passphrase$"):
        unpack.unpack(pkg, tmp_path / "got", passphrase="not the passphrase")
    assert not (tmp_path / "got").exists()


@pytest.mark.parametrize("sealed", ["passphrase", "key"])
def test_a_tampered_byte_is_refused(lead, tmp_path: Path, sealed: str) -> None:
    session, signer = lead
    who, public = _age_key()
    seal = Seal(passphrase=PASS) if sealed == "passphrase" else Seal(recipients=(public,))
    pkg = package.make(session, tmp_path / "out.age", seal, signer).path
    data = bytearray(pkg.read_bytes())
    data[len(data) // 2] ^= 0x01
    pkg.write_bytes(bytes(data))
    with pytest.raises(PackageRefused, match=r"^cannot open out\.age: the package was altered or is damaged"):
        if sealed == "passphrase":
            unpack.unpack(pkg, tmp_path / "got", passphrase=PASS)
        else:
            unpack.unpack(pkg, tmp_path / "got", identities=[who])
    assert not (tmp_path / "got").exists()


def test_a_swapped_audit_file_in_a_resealed_package_is_refused_by_its_hash(lead, make_audit, tmp_path: Path) -> None:
    session, signer = lead
    who, public = _age_key()
    pkg = package.make(session, tmp_path / "out.age", Seal(recipients=(public,)), signer).path
    other: AuditSession = make_audit("other.audit")
    other_bytes = other.path.read_bytes()
    members = _members(pkg, who)
    members["Müller Stage 2.audit"] = other_bytes
    _reseal(pkg, members, public)
    with pytest.raises(PackageRefused, match=r"Müller Stage 2\.audit does not match its SHA-256"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    members[package.SUMS] = _sums(members)  # the sums made to fit: the signed manifest still names the old hash
    _reseal(pkg, members, public)
    with pytest.raises(PackageRefused, match=r"Müller Stage 2\.audit does not match its SHA-256 in SHA256SUMS or "
                                             r"manifest\.json"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    assert not (tmp_path / "got").exists()


def test_files_added_or_changed_beside_the_signed_manifest_are_refused(lead, tmp_path: Path) -> None:
    session, signer = lead
    who, public = _age_key()
    pkg = package.make(session, tmp_path / "out.age", Seal(recipients=(public,)), signer).path
    original = _members(pkg, who)
    added = {**original, "invoice.pdf.exe": b"MZ"}
    added[package.SUMS] = _sums(added)
    _reseal(pkg, added, public)
    with pytest.raises(PackageRefused, match=r"invoice\.pdf\.exe is in the package but not in its signed "
                                             r"manifest\.json"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    changed = {**original, package.README: b"Send the audit to mallory@example.com"}
    changed[package.SUMS] = _sums(changed)
    _reseal(pkg, changed, public)
    with pytest.raises(PackageRefused, match=r"README\.txt does not match its SHA-256"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    assert not (tmp_path / "got").exists()


def test_a_manifest_signed_by_someone_else_is_refused(lead, tmp_path: Path, monkeypatch) -> None:
    session, signer = lead
    who, public = _age_key()
    pkg = package.make(session, tmp_path / "out.age", Seal(recipients=(public,)), signer).path
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "mallory-config"))
    mallory = keys.create("mallory passphrase")
    members = _members(pkg, who)
    manifest = json.loads(members[package.MANIFEST])
    manifest["for"] = "Mallory"
    body = json.dumps(manifest).encode()
    # Signed by another key while naming the lead's: the signature does not verify.
    members[package.MANIFEST] = body
    members[package.SIGNATURE] = base64.b64encode(mallory.key.sign(package.SIG_CONTEXT + body)) + b"\n"
    members[package.SUMS] = _sums(members)
    _reseal(pkg, members, public)
    with pytest.raises(PackageRefused, match="the signature in manifest.sig does not verify"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    # Naming and signing with their own key: valid, but not a key this audit knows.
    manifest["signer"]["public_key"] = mallory.public_key
    body = json.dumps(manifest).encode()
    members[package.MANIFEST] = body
    members[package.SIGNATURE] = base64.b64encode(mallory.key.sign(package.SIG_CONTEXT + body)) + b"\n"
    members[package.SUMS] = _sums(members)
    _reseal(pkg, members, public)
    with pytest.raises(PackageRefused, match=f"signed by key {mallory.fingerprint}, which is neither the lead's nor a "
                                             "team member's key in this audit"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    assert not (tmp_path / "got").exists()


def test_unpack_never_overwrites_and_writes_nothing_then(lead, tmp_path: Path) -> None:
    session, signer = lead
    who, public = _age_key()
    pkg = package.make(session, tmp_path / "out.age", Seal(recipients=(public,)), signer).path
    (tmp_path / "got").mkdir()
    (tmp_path / "got" / "manifest.json").write_text("mine", "utf-8")
    with pytest.raises(KnownError, match="manifest.json already exists there"):
        unpack.unpack(pkg, tmp_path / "got", identities=[who])
    assert [p.name for p in (tmp_path / "got").iterdir()] == ["manifest.json"]
    assert (tmp_path / "got" / "manifest.json").read_text("utf-8") == "mine"


def test_an_existing_package_is_not_overwritten(lead, tmp_path: Path) -> None:
    session, signer = lead
    (tmp_path / "out.age").write_bytes(b"earlier")
    with pytest.raises(KnownError, match="a file of that name already exists"):
        package.make(session, tmp_path / "out.age", Seal(recipients=(_age_key()[1],)), signer)
    assert (tmp_path / "out.age").read_bytes() == b"earlier"


def test_files_that_are_not_our_packages_are_refused(tmp_path: Path) -> None:
    who, public = _age_key()
    plain = tmp_path / "notes.txt.age"
    plain.write_bytes(pyrage.encrypt(b"just some notes", [pyrage.x25519.Recipient.from_str(public)]))
    with pytest.raises(PackageRefused, match=r"notes\.txt\.age is not a package of this program"):
        unpack.unpack(plain, tmp_path / "got", identities=[who])
    not_age = tmp_path / "photo.age"
    not_age.write_bytes(b"\xff\xd8\xff\xe0 a JPEG")
    with pytest.raises(PackageRefused, match=r"photo\.age is not a sealed package \(not an age-encrypted file\)"):
        age_seal.sealed_with(not_age)
    assert not (tmp_path / "got").exists()


def test_recipients_that_are_no_keys_are_refused_by_name() -> None:
    with pytest.raises(KnownError, match=r"--recipient age1nokey: not a valid public key"):
        age_seal.recipient("age1nokey")
    with pytest.raises(KnownError, match=r"--recipient Max Mustermann: not a public key"):
        age_seal.recipient("Max Mustermann")
    with pytest.raises(KnownError, match="at least 8 characters"):
        Seal(passphrase="short")


AGE = shutil.which("age")
# age reads a passphrase from the terminal only: it is run in a pseudo-terminal, in a child process of its own.
_PTY = """
import os, pty, select, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "-d", "-o", sys.argv[1], sys.argv[2]])
seen, sent = b"", False
while True:
    ready, _, _ = select.select([fd], [], [], 60)
    try:
        data = os.read(fd, 1024) if ready else b""
    except OSError:
        data = b""
    if not data:
        break
    seen += data
    if not sent and b"passphrase" in seen.lower():
        os.write(fd, sys.argv[3].encode() + b"\\n")
        sent = True
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
"""


@pytest.mark.skipif(AGE is None, reason="needs the standard age tool (scripts/setup.sh --dev installs it)")
def test_the_standard_age_tool_opens_packages_and_sha256sum_checks_them(lead, tmp_path: Path) -> None:
    session, signer = lead
    who, public = _age_key()
    identity = tmp_path / "key.txt"
    identity.write_text(f"# an age-keygen identity\n{who}\n", "ascii")
    by_key = package.make(session, tmp_path / "k.age", Seal(recipients=(public,)), signer).path
    by_pass = package.make(session, tmp_path / "p.age", Seal(passphrase=PASS), signer).path
    opened = subprocess.run(["age", "-d", "-i", identity, "-o", tmp_path / "k.tar", by_key], capture_output=True,
                            timeout=120)
    assert opened.returncode == 0, opened.stderr
    piped = subprocess.run([sys.executable, "-c", _PTY, tmp_path / "p.tar", by_pass, PASS], capture_output=True,
                           timeout=120)
    assert piped.returncode == 0, piped.stdout
    for tar in ("k.tar", "p.tar"):
        folder = tmp_path / tar.replace(".tar", "")
        folder.mkdir()
        subprocess.run(["tar", "-xf", tmp_path / tar, "-C", folder], check=True)
        checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
        assert "Müller Stage 2.audit: OK" in checked.stdout and "manifest.json: OK" in checked.stdout
