"""Issuing the report: the PDF at the next revision, signed (PAdES B-B), written whole and recorded in one step."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app import leftovers
from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.errors import InputError
from auditor_app.services import completeness, queries, reports
from auditor_app.services.session import AuditSession, ChangeSet, new_id
from auditor_app.storage import cache_reads

if TYPE_CHECKING:  # cryptography and ReportLab are imported when a report is issued, not with the window
    from auditor_app.services import certificates

Progress = Callable[[int, int], None]
__all__ = ["Issued", "Signing", "choose_signer", "issue", "issued_reports", "next_revision", "prepare_signing"]


@dataclass(frozen=True, slots=True)
class Signing:
    """Who signs, with which unlocked certificate (checked against the audit's team)."""

    certificate: certificates.Loaded
    member: rec.TeamMember


@dataclass(frozen=True, slots=True)
class Issued:
    record: rec.IssuedReport
    replaced: rec.IssuedReport | None  # the revision this one follows, if any
    path: Path
    gaps: list[completeness.Gap]
    change: ChangeSet  # what the window refreshes


def issued_reports(session: AuditSession) -> list[rec.IssuedReport]:
    """The audit's issued reports, by revision."""
    with session.reading() as conn:
        items = [rec.from_row(rec.IssuedReport, r) for r in cache_reads.live_rows(conn, "issued_report")]
    return sorted(items, key=lambda r: (_number(r.revision) or 0, r.issued_at or "", r.id))


def _number(text: str | None) -> int | None:
    return int(text) if text and re.fullmatch(r"\s*\d{1,6}\s*", text) else None


def next_revision(session: AuditSession) -> int:
    """One more than the highest issued revision (1 for the first issue); the audit's report revision instead
    when someone set it to a higher number that was never issued."""
    issued = {_number(r.revision) for r in issued_reports(session)} - {None}
    following = max((n for n in issued if n is not None), default=0) + 1
    typed = _number(queries.details(session).report_revision)
    return typed if typed is not None and typed > following and typed not in issued else following


def choose_signer(session: AuditSession, info: certificates.CertInfo, as_signer: bool) -> rec.TeamMember:
    """The team member the certificate names. Without `as_signer` it must be the lead auditor (the report's
    signatory); with it, any member of the audit's team. A certificate naming nobody on the team is refused."""
    from auditor_app.services import certificates

    team = queries.team(session)
    named = next((m for m in team if certificates.same_person(info.common_name, m.name or "")), None)
    lead = next((m for m in team if m.role == vocab.TeamRole.LEAD.value), None)
    holder = info.common_name or info.subject
    if named is None:
        raise InputError(f"certificate {info.name!r} is issued to {holder!r}, who is not on this audit's team "
                         f"(lead auditor: {lead.name if lead else 'none named'}); a report is signed by its team")
    if named is not lead and not as_signer:
        raise InputError(f"certificate {info.name!r} is issued to {holder!r}, not to the lead auditor "
                         f"{lead.name if lead else '(none named)'!r}; add --as-signer to sign as "
                         f"{named.name} ({named.role or 'no role'})")
    return named


def prepare_signing(session: AuditSession, certificate: str, passphrase: str, *, as_signer: bool = False,
                    now: dt.datetime | None = None) -> Signing:
    """The certificate unlocked and checked (valid now, for signing, naming the right person): all refusals come
    before any work."""
    from auditor_app.services import certificates

    info = certificates.info(certificate)
    member = choose_signer(session, info, as_signer)  # before the passphrase: a foreign one needs no unlocking
    return Signing(certificates.load(certificate, passphrase, now=now), member)


def issue(session: AuditSession, out: Path, *, signing: Signing | None, profile: str = "certification",
          language: str | None = None, revision: int | None = None, size: str = "print",
          now: dt.datetime | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> Issued:
    """Export the PDF at the revision, sign it, and put it at `out` and record it together: when either fails,
    neither happens. An issued revision is never issued again."""
    from auditor_app.exporters import pdf_issue, pdf_signature

    out = Path(out)
    earlier = issued_reports(session)
    wanted = revision if revision is not None else next_revision(session)
    if wanted < 1:
        raise InputError(f"--revision {wanted}: revisions are numbered from 1")
    taken = next((r for r in earlier if _number(r.revision) == wanted), None)
    if taken is not None:
        raise InputError(f"revision {wanted} was issued on {_shown(taken.issued_at)} ({taken.file_name}, SHA-256 "
                         f"{(taken.sha256 or '')[:12]}…) and is locked; a re-issue takes revision "
                         f"{next_revision(session)}")
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M UTC")
    member = signing.member if signing is not None else None
    block = pdf_issue.Issue(
        revision=str(wanted), issued_at=stamp, signer=member.name or "" if member else "",
        role=member.role if member else None,
        fingerprint=signing.certificate.info.sha256 if signing is not None else None,
        history=tuple((r.revision or "", _shown(r.issued_at), r.signer or "") for r in earlier))
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out, "part")
    try:
        _path, gaps = reports.export_pdf(session, tmp, profile=profile, language=language, size=size,
                                         progress=progress, cancelled=cancelled, issue=block)
        if signing is not None:
            key = signing.certificate
            signed = pdf_signature.sign(tmp.read_bytes(), key=key.key, certificate=key.certificate, chain=key.chain,
                                        signer=block.signer, place=block.placed[-1] if block.placed else None)
            tmp.write_bytes(signed)
        content = tmp.read_bytes()
        values = {
            "revision": str(wanted), "file_format": "pdf", "profile": profile, "language": language,
            "file_name": out.name, "sha256": hashlib.sha256(content).hexdigest(), "size": len(content),
            "signed": signing is not None, "signer": block.signer or None, "signer_role": block.role,
            "certificate_subject": signing.certificate.info.subject if signing else None,
            "certificate_sha256": signing.certificate.info.sha256 if signing else None,
            "issued_at": now.strftime("%Y-%m-%dT%H:%M:%S"), "issued_by": session.author,
            "note": f"replaces revision {earlier[-1].revision}" if earlier else None,
        }
        entity_id = new_id()
        placed = False
        try:
            with session.transaction() as tx:
                tx.create("issued_report", entity_id, values)
                tx.set("audit", session.audit_id, {"report_revision": str(wanted)})
                os.replace(tmp, out)  # inside the transaction: a file that cannot be put in place records nothing
                placed = True
        except BaseException:
            if placed:  # the record was not committed: no issued file without its record either
                out.unlink(missing_ok=True)
            raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    record = next(r for r in issued_reports(session) if r.id == entity_id)
    return Issued(record, earlier[-1] if earlier else None, out, gaps, session.last_change)


def _shown(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ")[:16] + (" UTC" if stamp else "")
