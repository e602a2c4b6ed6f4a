"""Signing certificates kept in the user's config folder: import a PKCS#12, create a local one, list, check."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from auditor_app import leftovers, paths
from auditor_app.errors import InputError

__all__ = ["CertInfo", "Loaded", "check_usable", "create_local", "folder", "import_p12", "info", "list_all", "load",
           "same_person"]

LOCAL_YEARS = 3
_SHORT_NAMES = {NameOID.EMAIL_ADDRESS: "E"}  # as certificate viewers write it, not as a dotted OID
_NAME = re.compile(r"[\w.-]{1,60}")
# Extended key usages that allow signing documents; a certificate with none of them (a web server's) is refused.
_SIGNING_EKUS = {
    ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE,
    ObjectIdentifier("1.3.6.1.5.5.7.3.36"),  # id-kp-documentSigning (RFC 9336)
    ObjectIdentifier("1.2.840.113583.1.1.5"),  # Adobe Authentic Documents Trust
    ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"),  # Microsoft document signing
}


@dataclass(frozen=True, slots=True)
class CertInfo:
    """What a stored certificate says, for `cert list/show` and the issue record."""

    name: str  # the name it is stored under
    subject: str  # RFC 4514
    common_name: str
    email: str
    organisation: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str  # of the DER certificate, hex
    self_signed: bool

    def validity(self) -> str:
        return f"{self.not_before:%Y-%m-%d %H:%M} – {self.not_after:%Y-%m-%d %H:%M} UTC"


@dataclass(frozen=True, slots=True)
class Loaded:
    """A certificate unlocked with its passphrase: the key, the certificate, the rest of its chain."""

    info: CertInfo
    key: bytes  # PKCS#8 DER, unencrypted (in memory only)
    certificate: bytes  # DER
    chain: tuple[bytes, ...]  # DER, the issuers the PKCS#12 carried


def folder() -> Path:
    """Where certificates are kept: <config>/certificates/NAME.p12 (encrypted) beside NAME.crt (public)."""
    path = paths.user_config_dir() / "certificates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise InputError(f"certificate name {name!r}: use letters, digits, '.', '-' or '_' (at most 60)")
    return name


def describe(name: str, cert: x509.Certificate) -> CertInfo:
    def first(oid: ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return CertInfo(name=name, subject=cert.subject.rfc4514_string(_SHORT_NAMES),
                    common_name=first(NameOID.COMMON_NAME), email=first(NameOID.EMAIL_ADDRESS),
                    organisation=first(NameOID.ORGANIZATION_NAME),
                    issuer=cert.issuer.rfc4514_string(_SHORT_NAMES), not_before=cert.not_valid_before_utc,
                    not_after=cert.not_valid_after_utc,
                    sha256=hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest(),
                    self_signed=cert.issuer == cert.subject)


def check_usable(info: CertInfo, cert: x509.Certificate, where: str, now: dt.datetime | None = None) -> None:
    """InputError (one line naming the certificate) unless it is valid now and made for signing."""
    now = now or dt.datetime.now(dt.UTC)
    if now > info.not_after:
        raise InputError(f"{where}: the certificate of {info.common_name or info.subject!r} expired on "
                         f"{info.not_after:%Y-%m-%d}; a report cannot be signed with it")
    if now < info.not_before:
        raise InputError(f"{where}: the certificate of {info.common_name or info.subject!r} is not valid before "
                         f"{info.not_before:%Y-%m-%d %H:%M} UTC")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise InputError(f"{where}: the certificate of {info.common_name or info.subject!r} is not for signing "
                         "(its key usage allows neither digital signature nor non-repudiation)")
    try:
        extended = set(cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)
    except x509.ExtensionNotFound:
        extended = None
    if extended is not None and not extended & _SIGNING_EKUS:
        raise InputError(f"{where}: the certificate of {info.common_name or info.subject!r} is not for signing "
                         "documents (its extended key usage is for other purposes, e.g. a web server)")


def _unlock(data: bytes, passphrase: str, where: str) -> tuple[object, x509.Certificate, list[x509.Certificate]]:
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8") or None)
    except ValueError:
        raise InputError(f"{where}: wrong passphrase, or not a PKCS#12 (.p12/.pfx) file") from None
    if key is None or cert is None:
        raise InputError(f"{where}: the PKCS#12 file holds no private key with its certificate")
    return key, cert, list(extra)


def import_p12(source: Path, passphrase: str, name: str | None = None) -> CertInfo:
    """Keep a copy of the PKCS#12 file (still encrypted with its passphrase) after checking that it opens with
    the passphrase and holds a certificate valid now and made for signing. Nothing is kept when it is refused."""
    source = Path(source)
    name = _check_name(name or source.stem)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    _key, cert, _extra = _unlock(data, passphrase, str(source))
    info = describe(name, cert)
    check_usable(info, cert, str(source))
    _store(name, data, cert)
    return info


def create_local(name: str, common_name: str, organisation: str, email: str, passphrase: str,
                 *, now: dt.datetime | None = None, years: int = LOCAL_YEARS) -> CertInfo:
    """A self-signed signing certificate (ECDSA P-256, 3 years) kept encrypted with the passphrase."""
    _check_name(name)
    if not common_name.strip():
        raise InputError("a local certificate needs the signer's name (--name)")
    if len(passphrase) < 8:
        raise InputError("the passphrase protecting the certificate's key must have at least 8 characters")
    now = now or dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip())]
    if organisation.strip():
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    if email.strip():
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    subject = x509.Name(parts)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                            data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION,
                                                     ObjectIdentifier("1.3.6.1.5.5.7.3.36")]), critical=False)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if email.strip():
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]),
                                        critical=False)
    cert = builder.sign(key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None,
                                                 serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    _store(name, data, cert)
    return describe(name, cert)


def _store(name: str, data: bytes, cert: x509.Certificate) -> None:
    target = folder()
    if (target / f"{name}.p12").exists():
        raise InputError(f"a certificate named {name!r} already exists in {target}; choose another name")
    for suffix, content in ((".crt", cert.public_bytes(serialization.Encoding.PEM)), (".p12", data)):
        path = target / f"{name}{suffix}"
        tmp = leftovers.temp_path(path, "part")
        tmp.write_bytes(content)
        tmp.replace(path)


def _read_cert(name: str) -> x509.Certificate:
    path = folder() / f"{_check_name(name)}.crt"
    if not path.is_file() or not path.with_suffix(".p12").is_file():
        known = ", ".join(i.name for i in list_all()) or "none yet"
        raise InputError(f"no certificate named {name!r} (known: {known}); see `auditor-app cert list`")
    return x509.load_pem_x509_certificate(path.read_bytes())


def info(name: str) -> CertInfo:
    return describe(name, _read_cert(name))


def list_all() -> list[CertInfo]:
    found = []
    for path in sorted(folder().glob("*.crt")):
        if path.with_suffix(".p12").is_file():
            try:
                found.append(describe(path.stem, x509.load_pem_x509_certificate(path.read_bytes())))
            except ValueError:
                continue  # not one of ours: a damaged file is not offered
    return found


def load(name: str, passphrase: str, *, now: dt.datetime | None = None) -> Loaded:
    """The certificate unlocked for signing; refused (one line) with a wrong passphrase or when not usable now."""
    cert = _read_cert(name)
    where = f"certificate {name!r}"
    key, unlocked, extra = _unlock((folder() / f"{name}.p12").read_bytes(), passphrase, where)
    info = describe(name, unlocked)
    check_usable(info, unlocked, where, now)
    if unlocked != cert:
        raise InputError(f"{where}: its .crt and .p12 files in {folder()} do not match; import it again")
    key_der = key.private_bytes(serialization.Encoding.DER,  # type: ignore[attr-defined]
                                serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    der = serialization.Encoding.DER
    return Loaded(info, key_der, unlocked.public_bytes(der), tuple(c.public_bytes(der) for c in extra))


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def same_person(certificate_name: str, team_name: str) -> bool:
    """Whether a certificate's common name names this team member (case, spacing and Unicode forms aside)."""
    return bool(certificate_name.strip()) and _folded(certificate_name) == _folded(team_name)
