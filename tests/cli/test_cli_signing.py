"""Signed operations on the command line: keys, hand-over with a member's key, merges and checks that refuse."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from auditor_app.domain.ops import make_op
from auditor_app.storage import layout, op_rows, tally
from tests import warm_cli


def run(who: str, tmp: Path, *args: object, passphrase: str | None = None,
        package: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command as `who` (their own config folder, so their own key), with their key's and a package's
    passphrase given or not."""
    env = {**os.environ, "AUDITOR_APP_CONFIG_DIR": str(tmp / f"{who}-config"), "AUDITOR_APP_AUTHOR": who}
    env.pop("AUDITOR_APP_KEY_PASSPHRASE", None)
    env.pop("AUDITOR_APP_PACKAGE_PASSPHRASE", None)
    if passphrase is not None:
        env["AUDITOR_APP_KEY_PASSPHRASE"] = passphrase
    if package is not None:
        env["AUDITOR_APP_PACKAGE_PASSPHRASE"] = package
    result = warm_cli.run(args, env=env)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    return result


def _key_text(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout.strip().splitlines()[-1].rsplit(" ", 1)[-1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_key_create_show_export(tmp_path: Path) -> None:
    none = run("Lena", tmp_path, "key", "show")
    assert none.returncode == 1 and "you have no signing key yet" in none.stderr and "key create" in none.stderr
    locked = run("Lena", tmp_path, "key", "create")
    assert locked.returncode == 1 and "needs a passphrase" in locked.stderr and "AUDITOR_APP_KEY_PASSPHRASE" in \
        locked.stderr
    short = run("Lena", tmp_path, "key", "create", passphrase="short")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    assert not (tmp_path / "Lena-config" / "signing-key.pem").exists()
    made = run("Lena", tmp_path, "key", "create", passphrase="lena secret")
    assert made.returncode == 0, made.stderr
    assert "created your signing key" in made.stdout and "fingerprint: " in made.stdout
    text = _key_text(made)
    assert text.startswith("auditor-app-ed25519:")
    again = run("Lena", tmp_path, "key", "create", passphrase="lena secret")
    assert again.returncode == 1 and "already have a signing key" in again.stderr
    shown = run("Lena", tmp_path, "key", "show")  # no passphrase needed to show the public half
    assert shown.returncode == 0 and _key_text(shown) == text
    out = tmp_path / "lena.pub"
    assert run("Lena", tmp_path, "key", "export", out).returncode == 0
    assert out.read_text().strip() == text
    exists = run("Lena", tmp_path, "key", "export", out)
    assert exists.returncode == 1 and "already exists" in exists.stderr


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, str]:
    """Lena's signed audit and Max's copy bound to his key."""
    assert run("Lena", tmp_path, "key", "create", passphrase="lena secret").returncode == 0
    max_key = _key_text(run("Max", tmp_path, "key", "create", passphrase="max secret"))
    lead = tmp_path / "lead.audit"
    made = run("Lena", tmp_path, "new", lead, "--checklist", "iso9001-2015", "--client", "ACME",
               passphrase="lena secret")
    assert made.returncode == 0, made.stderr
    bad = run("Lena", tmp_path, "handover", lead, tmp_path / "x.audit", "--member", "Max", "--member-key", "nonsense",
              passphrase="lena secret")
    assert bad.returncode == 1 and "--member-key: this is not a public key text" in bad.stderr
    assert not (tmp_path / "x.audit").exists()
    copy = tmp_path / "max.audit"
    handed = run("Lena", tmp_path, "handover", lead, copy, "--member", "Max", "--member-key", max_key,
                 passphrase="lena secret")
    assert handed.returncode == 0, handed.stderr
    assert "bound to the key" in handed.stdout
    return lead, copy, max_key


def test_a_members_signed_work_merges_and_history_shows_who_signed(team: tuple[Path, Path, str],
                                                                    tmp_path: Path) -> None:
    lead, copy, _key = team
    locked = run("Max", tmp_path, "template", "use", copy, "--built-in")
    assert locked.returncode == 1 and "locked" in locked.stderr and "AUDITOR_APP_KEY_PASSPHRASE" in locked.stderr
    wrong = run("Max", tmp_path, "template", "use", copy, "--built-in", passphrase="not max's")
    assert wrong.returncode == 1 and "wrong passphrase for your signing key" in wrong.stderr
    assert run("Max", tmp_path, "template", "use", copy, "--built-in", passphrase="max secret").returncode == 0
    merged = run("Lena", tmp_path, "merge", lead, copy, passphrase="lena secret")
    assert merged.returncode == 0, merged.stderr
    history = run("Lena", tmp_path, "history", lead).stdout
    [line] = [ln for ln in history.splitlines() if "report_template" in ln]
    assert "Max" in line and "[signed by Max (" in line
    assert "[unsigned]" not in history
    assert run("Lena", tmp_path, "check", lead).returncode == 0


def test_an_operation_forged_in_the_leads_name_is_refused_by_merge_and_check(team: tuple[Path, Path, str],
                                                                            tmp_path: Path) -> None:
    lead, copy, _key = team
    raw = sqlite3.connect(copy, isolation_level=None)
    lead_replica = raw.execute("SELECT id FROM c_signer WHERE lead = 1").fetchone()[0]
    audit_id = raw.execute("SELECT value FROM meta WHERE key = 'audit_id'").fetchone()[0]
    op = make_op(entity_type="audit", entity_id=audit_id, field="client", value="Forged", parents=(),
                 hlc="1800000000000.00000", author="Lena", replica_id=lead_replica,
                 schema_version=layout.SCHEMA_VERSION)
    raw.execute("BEGIN")
    raw.execute(f"INSERT INTO op({op_rows.SELECT_LIST}) VALUES ({', '.join('?' * len(op_rows.COLUMNS))})",
                    op_rows.values(op))
    tally.add(raw, [op])
    raw.execute("COMMIT")
    raw.close()
    before = _digest(lead)
    refused = run("Lena", tmp_path, "merge", lead, copy, passphrase="lena secret")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"auditor-app: cannot open {copy}: operation by Lena (audit {audit_id[:8]}… client at 2027-01-15T08:00:00Z): "
        "unsigned, and made in this copy's name, which does not have it (forged); nothing was merged")
    assert _digest(lead) == before
    checked = run("Max", tmp_path, "check", copy)
    assert checked.returncode == 1
    assert f"operation by Lena (audit {audit_id[:8]}… client at 2027-01-15T08:00:00Z): unsigned" in checked.stdout


def test_an_unsigned_copy_merges_only_with_accept_unsigned(team: tuple[Path, Path, str], tmp_path: Path) -> None:
    lead, _copy, _key = team
    legacy = tmp_path / "olga.audit"
    assert run("Lena", tmp_path, "handover", lead, legacy, "--member", "Olga").returncode == 0
    assert run("Olga", tmp_path, "template", "use", legacy, "--built-in").returncode == 0  # a copy without a key
    before = _digest(lead)
    refused = run("Lena", tmp_path, "merge", lead, legacy, passphrase="lena secret")
    assert refused.returncode == 1 and "it holds 1 unsigned operation(s) (Olga: 1)" in refused.stderr
    assert "--accept-unsigned" in refused.stderr and _digest(lead) == before
    merged = run("Lena", tmp_path, "merge", lead, legacy, "--accept-unsigned", passphrase="lena secret")
    assert merged.returncode == 0, merged.stderr
    assert "warning: olga.audit: merged 1 unsigned operation(s) (Olga: 1)" in merged.stderr
    assert "Olga" in [ln for ln in run("Lena", tmp_path, "history", lead).stdout.splitlines()
                      if ln.endswith("[unsigned]")][-1]
