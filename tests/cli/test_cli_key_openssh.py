"""`key export --openssh`: the signing key as an OpenSSH key file, so plain age opens packages sealed to it."""

from __future__ import annotations

import os
import pty
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from test_cli_signing import _key_text
from test_cli_signing import run as _run

AGE = shutil.which("age")


def run(tmp: Path, *args: object, key: str | None = None,
        package: str | None = None) -> subprocess.CompletedProcess[str]:
    return _run("Max", tmp, *args, passphrase=key, package=package)


@pytest.mark.skipif(AGE is None, reason="the age tool is installed by `scripts/setup.sh --dev`")
def test_an_exported_openssh_key_opens_a_package_sealed_to_it_with_plain_age(tmp_path: Path) -> None:
    made = run(tmp_path, "key", "create", key="max secret!")
    assert made.returncode == 0, made.stderr
    audit = tmp_path / "acme.audit"
    assert run(tmp_path, "new", audit, "--checklist", "iso9001-2015", key="max secret!").returncode == 0
    sealed = run(tmp_path, "package", audit, tmp_path / "acme.age", "--recipient", _key_text(made), key="max secret!")
    assert sealed.returncode == 0, sealed.stderr
    out = tmp_path / "max-ssh"
    locked = run(tmp_path, "key", "export", "--openssh", "--unencrypted", out)
    assert locked.returncode == 1 and "AUDITOR_APP_KEY_PASSPHRASE" in locked.stderr and not out.exists()
    wrong = run(tmp_path, "key", "export", "--openssh", "--unencrypted", out, key="not max's")
    assert wrong.returncode == 1 and "wrong passphrase for your signing key" in wrong.stderr and not out.exists()
    done = run(tmp_path, "key", "export", "--openssh", "--unencrypted", out, key="max secret!")
    assert done.returncode == 0, done.stderr
    assert "WITHOUT a passphrase" in done.stderr and f"age -d -i {out}" in done.stdout
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    plain = subprocess.run([AGE, "-d", "-i", str(out), "-o", str(tmp_path / "p.tar"), str(tmp_path / "acme.age")],
                           capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert plain.returncode == 0, plain.stderr
    listed = subprocess.run(["tar", "-tf", str(tmp_path / "p.tar")], capture_output=True, text=True, check=True)
    assert "acme.audit" in listed.stdout.split() and "manifest.sig" in listed.stdout.split()
    again = run(tmp_path, "key", "export", "--openssh", "--unencrypted", out, key="max secret!")
    assert again.returncode == 1 and "already exists" in again.stderr
    public = run(tmp_path, "key", "export", tmp_path / "pub.txt", "--unencrypted")
    assert public.returncode == 1 and "--unencrypted is for --openssh" in public.stderr


def _age_at_a_terminal(identity: Path, package: Path, out: Path, passphrase: str) -> tuple[int, bytes]:
    """Runs the standard age tool on a terminal (it reads an identity's passphrase from there only) and answers."""
    assert AGE is not None
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execv(AGE, [AGE, "-d", "-i", str(identity), "-o", str(out), str(package)])
        finally:
            os._exit(127)  # never run on as a second pytest
    seen, sent = b"", False
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if b"passphrase" in seen and not sent:
            os.write(fd, passphrase.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    return (os.waitstatus_to_exitcode(status) if sent else -1), seen


@pytest.mark.skipif(AGE is None, reason="the age tool is installed by `scripts/setup.sh --dev`")
def test_the_export_is_protected_by_the_keys_passphrase_and_age_asks_for_it(tmp_path: Path) -> None:
    made = run(tmp_path, "key", "create", key="max secret!")
    audit = tmp_path / "acme.audit"
    assert run(tmp_path, "new", audit, "--checklist", "iso9001-2015", key="max secret!").returncode == 0
    assert run(tmp_path, "package", audit, tmp_path / "acme.age", "--recipient", _key_text(made),
               key="max secret!").returncode == 0
    out = tmp_path / "max-ssh"
    done = run(tmp_path, "key", "export", "--openssh", out, key="max secret!")
    assert done.returncode == 0, done.stderr
    assert "protected by your key's passphrase" in done.stdout and "WITHOUT" not in done.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    # Without the passphrase the file is no key at all: age cannot use it unattended.
    blind = subprocess.run([AGE, "-d", "-i", str(out), "-o", str(tmp_path / "x.tar"), str(tmp_path / "acme.age")],
                           capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert blind.returncode != 0 and not (tmp_path / "x.tar").exists()
    wrong, _ = _age_at_a_terminal(out, tmp_path / "acme.age", tmp_path / "w.tar", "not max's")
    assert wrong != 0
    code, seen = _age_at_a_terminal(out, tmp_path / "acme.age", tmp_path / "p.tar", "max secret!")
    assert code == 0, seen
    listed = subprocess.run(["tar", "-tf", str(tmp_path / "p.tar")], capture_output=True, text=True, check=True)
    assert "acme.audit" in listed.stdout.split()
