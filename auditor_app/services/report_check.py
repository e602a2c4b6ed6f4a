"""Checking a report someone holds: is its signature intact, who signed, and is it exactly an issued revision."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from auditor_app.domain import records as rec
from auditor_app.errors import InputError
from auditor_app.exporters import pdf_signature
from auditor_app.services import certificates, issuing
from auditor_app.services.session import AuditSession

__all__ = ["ReportCheck", "check", "match"]


@dataclass(frozen=True, slots=True)
class ReportCheck:
    path: Path
    sha256: str
    size: int
    signature: pdf_signature.Checked
    stored_as: str = ""  # the name of the certificate in this computer's store, if it is one of them


def check(path: Path) -> ReportCheck:
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    signature = pdf_signature.check(content)
    stored = next((c.name for c in certificates.list_all()
                   if signature.certificate_sha256 and c.sha256 == signature.certificate_sha256), "")
    return ReportCheck(path, hashlib.sha256(content).hexdigest(), len(content), signature, stored)


def match(session: AuditSession, report: ReportCheck) -> tuple[rec.IssuedReport | None, list[rec.IssuedReport]]:
    """The issued revision whose recorded hash is this file's (None: not one of them), and every issued one."""
    issued = issuing.issued_reports(session)
    return next((r for r in issued if r.sha256 == report.sha256), None), issued
