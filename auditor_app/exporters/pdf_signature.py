"""PAdES B-B signatures on a finished report (pyHanko), and reading one back: intact, by whom, with what."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

FIELD = "AuditReportSignature"
REASON = "Audit report issued"  # the signature dictionary's /Reason: English, as a recipient's tools show it


@dataclass(frozen=True, slots=True)
class Place:
    """Where the signature block was drawn: page (0-based) and its box in PDF points (x1, y1, x2, y2)."""

    page: int
    box: tuple[int, int, int, int]


def sign(pdf: bytes, *, key: bytes, certificate: bytes, chain: tuple[bytes, ...], signer: str, place: Place | None,
         location: str = "") -> bytes:
    """The PDF with a PAdES B-B signature appended (an incremental update). The signature's widget covers the
    block the report drew (`place`), with an empty appearance of its own: the block's text is the report's, set in
    its fonts and language, and a click on it opens the signature's properties in a PDF reader."""
    from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(certificate)
    others = [asn1_x509.Certificate.load(c) for c in chain]
    simple = signers.SimpleSigner(signing_cert=cert, signing_key=asn1_keys.PrivateKeyInfo.load(key),
                                  cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                                      [cert, *others]))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256", reason=REASON, name=signer,
                                        location=location or None, subfilter=fields.SigSeedSubFilter.PADES)
    spec = (fields.SigFieldSpec(FIELD, on_page=place.page, box=place.box) if place is not None
            else fields.SigFieldSpec(FIELD))
    style = TextStampStyle(stamp_text="", border_width=0)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = io.BytesIO()
    signers.PdfSigner(meta, simple, stamp_style=style, new_field_spec=spec).sign_pdf(writer, output=out)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class Checked:
    """What a report's signature says. `problem` is set when the file has no signature or it cannot be trusted to
    be as signed (altered, damaged)."""

    signed: bool
    intact: bool  # the signed bytes hash to the signature's digest and the signature verifies with its key
    whole_file: bool  # nothing was added after signing
    signer: str = ""  # the certificate's subject
    common_name: str = ""
    issuer: str = ""
    certificate_sha256: str = ""
    signed_at: str = ""  # as the signer's clock said (B-B: not a trusted time)
    reason: str = ""
    self_signed: bool = False
    problem: str = ""

    @property
    def sound(self) -> bool:
        return self.signed and self.intact and self.whole_file and not self.problem


def check(pdf: bytes) -> Checked:
    """The last signature of the PDF, checked for integrity (not for trust: see docs/report-signing.md)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # any parse failure of a file given to us is the file's, said in one line
        return Checked(False, False, False, problem=f"not a readable PDF ({_short(exc)})")
    if not signatures:
        return Checked(False, False, False, problem="it carries no signature")
    embedded = signatures[-1]
    try:
        cert = embedded.signer_cert
        # Trust is not judged here: the signer's own certificate is its root, so the check is integrity alone.
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
    except Exception as exc:
        return Checked(True, False, False, problem=f"the signature cannot be checked ({_short(exc)})")
    info = status.signing_cert
    fingerprint = hashlib.sha256(info.dump()).hexdigest()
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    when = status.signer_reported_dt
    reason = ""
    try:
        reason = str(embedded.sig_object.get("/Reason", ""))
    except Exception:  # the reason is shown for information only
        reason = ""
    problem = ""
    if not status.intact or not status.valid:
        problem = "the signed content was changed after signing (its hash no longer matches the signature)"
    elif not whole:
        problem = "content was added to the file after it was signed"
    return Checked(True, bool(status.intact and status.valid), whole, signer=info.subject.human_friendly,
                   common_name=str(info.subject.native.get("common_name", "")), issuer=info.issuer.human_friendly,
                   certificate_sha256=fingerprint,
                   signed_at=when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if when else "",
                   reason=reason, self_signed=info.subject == info.issuer, problem=problem)


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"
