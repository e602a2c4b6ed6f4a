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

from auditor_app.services import keys

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
    if not keys_can_encrypt():
        refused = run(tmp_path, "key", "export", "--openssh", out, key="max secret!")
        assert refused.returncode == 1 and not out.exists()
        assert f"cannot write {out} protected by a passphrase" in refused.stderr and "--unencrypted" in refused.stderr
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


def keys_can_encrypt() -> bool:
    try:
        import bcrypt  # noqa: F401  (cryptography's optional helper for OpenSSH's KDF)
    except ImportError:
        return False
    return hasattr(keys, "export_openssh")


@pytest.mark.skipif(AGE is None or shutil.which("ssh-keygen") is None, reason="needs the age tool and ssh-keygen")
def test_the_export_protected_afterwards_with_ssh_keygen_still_opens_with_age(tmp_path: Path) -> None:
    """The documented way to a passphrase on the exported key where this installation cannot encrypt it: age asks
    for that passphrase on the terminal and opens the package."""
    made = run(tmp_path, "key", "create", key="max secret!")
    audit = tmp_path / "acme.audit"
    assert run(tmp_path, "new", audit, "--checklist", "iso9001-2015", key="max secret!").returncode == 0
    assert run(tmp_path, "package", audit, tmp_path / "acme.age", "--recipient", _key_text(made),
               key="max secret!").returncode == 0
    out = tmp_path / "max-ssh"
    assert run(tmp_path, "key", "export", "--openssh", "--unencrypted", out, key="max secret!").returncode == 0
    subprocess.run(["ssh-keygen", "-q", "-p", "-P", "", "-N", "ssh pass 1", "-f", str(out)], check=True,
                   capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
    assert "ssh pass 1" not in out.read_text() and "-----BEGIN OPENSSH PRIVATE KEY-----" in out.read_text()
    pid, fd = pty.fork()
    if pid == 0:  # age reads an identity's passphrase from the terminal only
        try:
            os.execv(AGE, [AGE, "-d", "-i", str(out), "-o", str(tmp_path / "p.tar"), str(tmp_path / "acme.age")])
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
            os.write(fd, b"ssh pass 1\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    assert sent and os.waitstatus_to_exitcode(status) == 0, seen
    assert (tmp_path / "p.tar").stat().st_size > 0
