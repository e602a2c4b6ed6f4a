"""Issued, signed reports on the command line: issue, re-issue, verify-report, and every refusal leaving no trace."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tests.cli.test_cli import cli

LEAD = "Dr. Katrin Vogel"  # the demo's lead auditor
PASS = "correct horse battery"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("issue") / "demo.audit"
    result = cli("demo", path, "--photos", 1, "--notes", 8, "--findings", 3)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def audit(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AUDITOR_APP_CERT_PASSPHRASE", PASS)
    copy = tmp_path / "audit.audit"
    shutil.copyfile(demo, copy)
    return copy


def _issued(path: Path) -> list[tuple[str | None, str | None, bool]]:
    from auditor_app.services import audit, issuing

    with audit.open_audit(path, author="reader", read_only=True) as session:
        return [(r.revision, r.sha256, r.signed) for r in issuing.issued_reports(session)]


def _p12(tmp_path: Path, name: str, *, start: dt.datetime, end: dt.datetime, signing: bool = True) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    usage = x509.KeyUsage(digital_signature=signing, content_commitment=False, key_encipherment=not signing,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .add_extension(usage, critical=True).sign(key, hashes.SHA256()))
    path = tmp_path / f"{name.split()[-1].lower()}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None,
                                                           serialization.BestAvailableEncryption(PASS.encode())))
    return path


def _cert_folder(tmp_path: Path) -> Path:
    return tmp_path / "user-config" / "certificates"


def test_a_signed_issue_validates_intact_and_is_recorded_with_its_hash(audit: Path, tmp_path: Path) -> None:
    assert cli("cert", "create", "katrin", "--signer", LEAD, "--organisation", "Cert GmbH").returncode == 0
    out = tmp_path / "report.pdf"
    result = cli("issue", audit, "--pdf", out, "--sign", "katrin")
    assert result.returncode == 0, result.stderr
    assert f"issued revision 1 of {audit} to {out}: signed by {LEAD} (lead)" in result.stdout
    content = out.read_bytes()
    assert _issued(audit) == [("1", hashlib.sha256(content).hexdigest(), True)]

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    signature = PdfFileReader(io.BytesIO(content)).embedded_signatures[0]
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[signature.signer_cert]))
    assert status.intact and status.valid and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == LEAD

    import pypdf

    last = pypdf.PdfReader(io.BytesIO(content)).pages[-1].extract_text()
    assert "Issue history" in last and "Revision" in last and LEAD in last and "Audit report issued" in last

    checked = cli("verify-report", out, "--audit", audit)
    assert checked.returncode == 0, checked.stderr
    assert "signature intact" in checked.stdout and f"exactly revision 1 of {audit}" in checked.stdout


def test_a_reissue_takes_the_next_revision_and_an_issued_one_is_locked(audit: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "r1.pdf", tmp_path / "r2.pdf"
    assert cli("issue", audit, "--pdf", first).returncode == 0
    result = cli("issue", audit, "--pdf", second)
    assert result.returncode == 0, result.stderr
    assert "issued revision 2" in result.stdout and "it replaces revision 1 (r1.pdf" in result.stdout
    assert [(r, s) for r, s, _signed in _issued(audit)] == [
        ("1", hashlib.sha256(first.read_bytes()).hexdigest()), ("2", hashlib.sha256(second.read_bytes()).hexdigest())]
    import pypdf

    history = pypdf.PdfReader(second).pages[-1].extract_text()
    assert "without a digital signature" in history
    assert history.index("Signed by\n1\n") < history.index("UTC\n—\n2\n")  # both rows of the history, in order

    before = audit.read_bytes()
    again = cli("issue", audit, "--pdf", tmp_path / "again.pdf", "--revision", 1)
    assert again.returncode == 1
    assert "auditor-app: revision 1 was issued on" in again.stderr and "re-issue takes revision 3" in again.stderr
    assert not (tmp_path / "again.pdf").exists() and audit.read_bytes() == before

    unsigned = cli("verify-report", first, "--audit", audit)
    assert unsigned.returncode == 0 and f"exactly revision 1 of {audit}" in unsigned.stdout
    assert "(unsigned)" in unsigned.stdout
    alone = cli("verify-report", first)  # unsigned, and no audit to compare it with: nothing proves it
    assert alone.returncode == 1 and "not signed (it carries no signature); nothing proves it is as issued" in \
        alone.stderr
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(first.read_bytes() + b"\n")
    other = cli("verify-report", edited, "--audit", audit)
    assert other.returncode == 1
    assert f"altered or not issued from {audit}: its SHA-256 matches none of the issued revisions (1, 2)" in \
        other.stderr


def test_a_report_altered_by_one_byte_is_named_altered(audit: Path, tmp_path: Path) -> None:
    assert cli("cert", "create", "katrin", "--signer", LEAD).returncode == 0
    out = tmp_path / "report.pdf"
    assert cli("issue", audit, "--pdf", out, "--sign", "katrin").returncode == 0
    content = bytearray(out.read_bytes())
    at = content.index(b"auditor-app")  # the creator in the document information, inside the signed bytes
    content[at] ^= 0x20
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(content))
    result = cli("verify-report", altered)
    assert result.returncode == 1
    assert f"auditor-app: {altered}: altered or invalid: the signed content was changed" in result.stderr
    with_audit = cli("verify-report", altered, "--audit", audit)
    assert with_audit.returncode == 1 and "altered or invalid" in with_audit.stderr

    added = tmp_path / "added.pdf"
    added.write_bytes(out.read_bytes() + b"\n% a line added after signing\n")
    result = cli("verify-report", added, "--audit", audit)
    assert result.returncode == 1 and "content was added to the file after it was signed" in result.stderr


@pytest.mark.parametrize(("start", "end", "said"), [
    (-800, -10, "expired on"), (10, 800, "is not valid before")])
def test_an_expired_or_not_yet_valid_certificate_is_refused(audit: Path, tmp_path: Path, start: int, end: int,
                                                            said: str) -> None:
    now = dt.datetime.now(dt.UTC)
    p12 = _p12(tmp_path, LEAD, start=now + dt.timedelta(days=start), end=now + dt.timedelta(days=end))
    result = cli("cert", "import", p12, "--name", "katrin")
    assert result.returncode == 1 and said in result.stderr and str(p12) in result.stderr
    assert not list(_cert_folder(tmp_path).glob("katrin.*"))
    # One kept from before (valid then): refused when signing, with nothing written and nothing recorded.
    folder = _cert_folder(tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(p12, folder / "katrin.p12")
    _key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASS.encode())
    assert cert is not None
    (folder / "katrin.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    before = audit.read_bytes()
    out = tmp_path / "report.pdf"
    issued = cli("issue", audit, "--pdf", out, "--sign", "katrin")
    assert issued.returncode == 1
    assert issued.stderr.startswith("auditor-app: certificate 'katrin': the certificate of") and said in issued.stderr
    assert not out.exists() and audit.read_bytes() == before and _issued(audit) == []


def test_a_wrong_passphrase_is_refused(audit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    now = dt.datetime.now(dt.UTC)
    p12 = _p12(tmp_path, LEAD, start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=300))
    monkeypatch.setenv("AUDITOR_APP_CERT_PASSPHRASE", "not the passphrase")
    result = cli("cert", "import", p12)
    assert result.returncode == 1
    assert result.stderr.strip() == f"auditor-app: {p12}: wrong passphrase, or not a PKCS#12 (.p12/.pfx) file"
    monkeypatch.setenv("AUDITOR_APP_CERT_PASSPHRASE", PASS)
    assert cli("cert", "import", p12, "--name", "katrin").returncode == 0
    monkeypatch.setenv("AUDITOR_APP_CERT_PASSPHRASE", "not the passphrase")
    before = audit.read_bytes()
    out = tmp_path / "report.pdf"
    issued = cli("issue", audit, "--pdf", out, "--sign", "katrin")
    assert issued.returncode == 1 and "certificate 'katrin': wrong passphrase" in issued.stderr
    assert not out.exists() and audit.read_bytes() == before


def test_a_certificate_not_for_signing_is_refused(audit: Path, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    p12 = _p12(tmp_path, LEAD, start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=300), signing=False)
    result = cli("cert", "import", p12)
    assert result.returncode == 1 and "is not for signing" in result.stderr
    assert not list(_cert_folder(tmp_path).glob("*.p12"))


def test_a_foreign_certificate_is_refused_and_a_team_member_signs_only_as_signer(audit: Path, tmp_path: Path) -> None:
    assert cli("cert", "create", "bob", "--signer", "Bob Nobody").returncode == 0
    assert cli("cert", "create", "li", "--signer", "Li Wei (李伟)").returncode == 0
    before = audit.read_bytes()
    out = tmp_path / "report.pdf"
    foreign = cli("issue", audit, "--pdf", out, "--sign", "bob", "--as-signer")
    assert foreign.returncode == 1
    assert "certificate 'bob' is issued to 'Bob Nobody', who is not on this audit's team" in foreign.stderr
    member = cli("issue", audit, "--pdf", out, "--sign", "li")
    assert member.returncode == 1 and "not to the lead auditor 'Dr. Katrin Vogel'; add --as-signer" in member.stderr
    assert not out.exists() and audit.read_bytes() == before and _issued(audit) == []
    signed = cli("issue", audit, "--pdf", out, "--sign", "li", "--as-signer")
    assert signed.returncode == 0 and "signed by Li Wei (李伟) (auditor)" in signed.stdout
