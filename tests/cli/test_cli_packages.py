"""Sealed packages on the command line: `package`, `handover --seal` and `unpack`, and their one-line refusals."""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_cli_signing import _key_text
from test_cli_signing import run as _run

PASS = "shared package secret"


def run(who: str, tmp: Path, *args: object, key: str | None = None,
        package: str | None = None) -> subprocess.CompletedProcess[str]:
    return _run(who, tmp, *args, passphrase=key, package=package)


def test_package_and_unpack_with_a_passphrase(tmp_path: Path) -> None:
    audit = tmp_path / "acme.audit"
    made = run("Lena", tmp_path, "new", audit, "--checklist", "iso9001-2015", "--title", "Stage 2",
               "--client", "ACME GmbH", key="lena secret")
    assert made.returncode == 0, made.stderr
    unsealed = run("Lena", tmp_path, "package", audit, tmp_path / "acme.age", key="lena secret")
    assert unsealed.returncode == 1 and "--passphrase or --recipient" in unsealed.stderr
    asks = run("Lena", tmp_path, "package", audit, tmp_path / "acme.age", "--passphrase", key="lena secret")
    assert asks.returncode == 1 and "AUDITOR_APP_PACKAGE_PASSPHRASE" in asks.stderr
    assert not (tmp_path / "acme.age").exists()
    sealed = run("Lena", tmp_path, "package", audit, tmp_path / "acme.age", "--passphrase", "--for", "Dr. Weber",
                 key="lena secret", package=PASS)
    assert sealed.returncode == 0, sealed.stderr
    assert "sealed package" in sealed.stdout and "acme.audit, sealed to a passphrase" in sealed.stdout
    wrong = run("Max", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got", package="not the secret")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "auditor-app: cannot open acme.age: wrong passphrase"
    assert not (tmp_path / "got").exists()
    opened = run("Max", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got", package=PASS)
    assert opened.returncode == 0, opened.stderr
    # Lena had no key when she made the audit (`package` made it): the audit binds none to compare with.
    fingerprint = sealed.stdout.strip().rsplit("signed by your key ", 1)[-1]
    assert f"signed by key {fingerprint} (this audit binds no keys: compare the fingerprint with the sender's)" in \
        opened.stdout and "for Dr. Weber" in opened.stdout
    assert sorted(p.name for p in (tmp_path / "got").iterdir()) == [
        "README.txt", "SHA256SUMS", "acme.audit", "manifest.json", "manifest.sig"]
    assert run("Max", tmp_path, "check", tmp_path / "got" / "acme.audit").returncode == 0
    again = run("Max", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got", package=PASS)
    assert again.returncode == 1 and "acme.audit already exists there (nothing is overwritten)" in again.stderr


def test_handover_seal_to_the_members_key_and_the_member_unpacks_it(tmp_path: Path) -> None:
    member = run("Max", tmp_path, "key", "create", key="max secret!")
    assert member.returncode == 0, member.stderr
    max_key = _key_text(member)
    audit = tmp_path / "acme.audit"
    assert run("Lena", tmp_path, "new", audit, "--checklist", "iso9001-2015", key="lena secret").returncode == 0
    out = tmp_path / "max.age"
    loose = run("Lena", tmp_path, "handover", audit, out, "--member", "Max", "--recipient", max_key,
                key="lena secret")
    assert loose.returncode == 1 and "add --seal" in loose.stderr
    bad = run("Lena", tmp_path, "handover", audit, out, "--member", "Max", "--seal", "--recipient", "Max's key",
              key="lena secret")
    assert bad.returncode == 1 and "--recipient Max's key: not a public key" in bad.stderr
    bare = run("Lena", tmp_path, "handover", audit, out, "--member", "Max", "--seal", key="lena secret")
    assert bare.returncode == 1 and "--passphrase or --recipient KEY" in bare.stderr
    # Sealed to the member's key by default: the one key both signs the copy's changes and opens the package.
    handed = run("Lena", tmp_path, "handover", audit, out, "--member", "Max", "--member-key", max_key, "--seal",
                 key="lena secret")
    assert handed.returncode == 0, handed.stderr
    assert f"hand-over copy for Max: {out}, bound to the key" in handed.stdout and "sealed package" in handed.stdout
    assert not (tmp_path / "max.audit").exists()  # only the package is written
    stranger = run("Ines", tmp_path, "key", "create", key="ines secret")
    assert stranger.returncode == 0
    refused = run("Ines", tmp_path, "unpack", out, tmp_path / "ines", key="ines secret")
    assert refused.returncode == 1 and "it is not sealed for your key" in refused.stderr
    assert not (tmp_path / "ines").exists()
    opened = run("Max", tmp_path, "unpack", out, tmp_path / "max", key="max secret!")
    assert opened.returncode == 0, opened.stderr
    assert "signed by Lena, the audit's lead" in opened.stdout and "for Max" in opened.stdout
    copy = tmp_path / "max" / "max.audit"
    info = run("Max", tmp_path, "info", copy, "--json", key="max secret!")
    assert info.returncode == 0 and '"copy_for"' not in info.stderr
    edited = run("Max", tmp_path, "check", copy, key="max secret!")
    assert edited.returncode == 0, edited.stdout + edited.stderr


def test_unpack_refuses_what_is_not_a_package(tmp_path: Path) -> None:
    photo = tmp_path / "photo.age"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a JPEG")
    result = run("Max", tmp_path, "unpack", photo, tmp_path / "got")
    assert result.returncode == 1
    assert result.stderr.strip() == "auditor-app: photo.age is not a sealed package (not an age-encrypted file)"
    assert not (tmp_path / "got").exists()


def test_unpack_with_an_age_identity_file(tmp_path: Path) -> None:
    import pyrage

    who = pyrage.x25519.Identity.generate()
    identity = tmp_path / "auditee.key"
    identity.write_text(f"# created by age-keygen\n# public key: {who.to_public()}\n{who}\n", "ascii")
    audit = tmp_path / "acme.audit"
    assert run("Lena", tmp_path, "new", audit, "--checklist", "iso9001-2015", key="lena secret").returncode == 0
    sealed = run("Lena", tmp_path, "package", audit, tmp_path / "acme.age", "--recipient", str(who.to_public()),
                 key="lena secret")
    assert sealed.returncode == 0, sealed.stderr
    assert f"sealed to {str(who.to_public())[:20]}…" in sealed.stdout
    no_key = tmp_path / "empty.key"
    no_key.write_text("# nothing here\n", "ascii")
    refused = run("Olga", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got", "--identity", no_key)
    assert refused.returncode == 1 and f"--identity {no_key}: holds no age identity" in refused.stderr
    locked = run("Olga", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got")
    assert locked.returncode == 1 and "sealed to a key: give your age identity file with --identity" in locked.stderr
    opened = run("Olga", tmp_path, "unpack", tmp_path / "acme.age", tmp_path / "got", "--identity", identity)
    assert opened.returncode == 0, opened.stderr
    assert (tmp_path / "got" / "acme.audit").is_file()


def test_merge_reads_a_sealed_package_sent_back_by_the_member(tmp_path: Path, monkeypatch) -> None:
    lena = run("Lena", tmp_path, "key", "create", key="lena secret")
    max_ = run("Max", tmp_path, "key", "create", key="max secret!")
    lena_key, max_key = _key_text(lena), _key_text(max_)
    audit_path = tmp_path / "acme.audit"
    assert run("Lena", tmp_path, "new", audit_path, "--checklist", "iso9001-2015", key="lena secret").returncode == 0
    assert run("Lena", tmp_path, "handover", audit_path, tmp_path / "max.age", "--member", "Max", "--member-key",
               max_key, "--seal", key="lena secret").returncode == 0
    assert run("Max", tmp_path, "unpack", tmp_path / "max.age", tmp_path / "max", key="max secret!").returncode == 0
    from auditor_app.services import audit, keys, notes

    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "Max-config"))
    with audit.open_audit(tmp_path / "max" / "max.audit", author="Max") as session:
        session.signer = keys.unlock("max secret!")
        with session.transaction() as tx:
            notes.add_note(tx, None, "observation", "Calibration records seen on site")
    back = run("Max", tmp_path, "package", tmp_path / "max" / "max.audit", tmp_path / "back.age", "--recipient",
               lena_key, "--for", "Lena", key="max secret!")
    assert back.returncode == 0, back.stderr
    stranger = run("Ines", tmp_path, "merge", audit_path, tmp_path / "back.age")
    assert stranger.returncode == 1 and "back.age is sealed to a key" in stranger.stderr
    merged = run("Lena", tmp_path, "merge", audit_path, tmp_path / "back.age", key="lena secret")
    assert merged.returncode == 0, merged.stderr
    assert "back.age: checked (SHA256SUMS, manifest signature, audit file); signed by Max, a team member" in \
        merged.stdout
    assert "max.audit: 4 operations, 0 evidence files" in merged.stdout  # Max's note, field by field
    import json

    assert json.loads(run("Lena", tmp_path, "info", audit_path, "--json").stdout)["notes"] == 1
    assert "merged, no conflicts" in merged.stdout
