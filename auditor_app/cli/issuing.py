"""`issue`, `verify-report` and `cert`: signed, issued reports and the certificates that sign them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from auditor_app.errors import InputError, KnownError
from auditor_app.identity import default_author

PASSPHRASE_VARIABLE = "AUDITOR_APP_CERT_PASSPHRASE"


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("issue", help="issue the report: the PDF at the next revision, signed, recorded in the audit")
    p.add_argument("file", type=Path)
    p.add_argument("--pdf", dest="pdf_out", type=Path, required=True, help="the issued report (PDF)")
    p.add_argument("--sign", metavar="CERTNAME", help="sign it with this certificate (`cert list`); the passphrase "
                   f"from ${PASSPHRASE_VARIABLE}, else asked; without --sign the issue is recorded as unsigned")
    p.add_argument("--as-signer", action="store_true", help="the certificate names a team member other than the "
                   "lead auditor: sign as that member")
    p.add_argument("--revision", type=int, help="the revision number (default: the next one); an issued revision "
                   "is never issued again")
    p.add_argument("--profile", choices=["certification", "internal", "gap"], default="certification")
    p.add_argument("--size", choices=["print", "email", "compact"], default="print", help="the PDF's photos")
    p.add_argument("--language", metavar="CODE", help="the report's language (default: the audit's language)")

    p = sub.add_parser("verify-report", help="check an issued report: signature intact, signer, issued revision")
    p.add_argument("report", type=Path)
    p.add_argument("--audit", type=Path, help="also say whether the file is exactly an issued revision of this audit")

    p = sub.add_parser("cert", help="signing certificates: create, import, list, show")
    actions = p.add_subparsers(dest="action", required=True, parser_class=parser_class)
    q = actions.add_parser("create", help="create a local self-signed signing certificate (3 years)")
    q.add_argument("name", help="the name it is kept under")
    q.add_argument("--signer", dest="common_name", required=True, help="the signer's full name, as on the team")
    q.add_argument("--organisation", default="")
    q.add_argument("--email", default="")
    q = actions.add_parser("import", help="import a PKCS#12 file (.p12/.pfx) with its passphrase")
    q.add_argument("path", type=Path)
    q.add_argument("--name", help="the name it is kept under (default: the file's name)")
    actions.add_parser("list", help="the certificates kept on this computer")
    q = actions.add_parser("show", help="one certificate: subject, issuer, validity, SHA-256 fingerprint")
    q.add_argument("name")


def passphrase(what: str) -> str:
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"passphrase for {what}: ")
    raise InputError(f"{what} needs its passphrase: set {PASSPHRASE_VARIABLE} or run in a terminal")


def fingerprint(value: str) -> str:
    return ":".join(value[i:i + 2].upper() for i in range(0, len(value), 2))


def cmd_issue(args: argparse.Namespace) -> int:
    from auditor_app.services import audit, certificates, issuing

    if args.as_signer and not args.sign:
        raise InputError("--as-signer goes with --sign CERTNAME")
    if args.sign:
        certificates.info(args.sign)  # an unknown name is refused before the passphrase is asked
    with audit.open_audit(args.file, author=default_author()) as session:
        signing = None
        if args.sign:
            info = certificates.info(args.sign)
            issuing.choose_signer(session, info, args.as_signer)
            signing = issuing.prepare_signing(session, args.sign, passphrase(f"certificate {args.sign!r}"),
                                              as_signer=args.as_signer)
        issued = issuing.issue(session, args.pdf_out, signing=signing, profile=args.profile,
                               language=args.language, revision=args.revision, size=args.size)
    for gap in issued.gaps:
        print(f"warning: {gap.message}", file=sys.stderr)
    r = issued.record
    how = (f"signed by {r.signer} ({r.signer_role}), certificate SHA-256 {fingerprint(r.certificate_sha256 or '')}"
           if r.signed else "not signed")
    print(f"issued revision {r.revision} of {args.file} to {args.pdf_out}: {how}")
    print(f"  SHA-256 {r.sha256}, {r.size} bytes, recorded in the audit")
    if issued.replaced is not None:
        p = issued.replaced
        print(f"  it replaces revision {p.revision} ({p.file_name}, issued {(p.issued_at or '').replace('T', ' ')})")
    return 0


def cmd_verify_report(args: argparse.Namespace) -> int:
    from auditor_app.services import audit, report_check

    report = report_check.check(args.report)
    s = report.signature
    name = args.report
    if s.signed and s.certificate_sha256:
        kind = "self-signed: proves integrity and the signer's claim, not identity" if s.self_signed else (
            f"issued by {s.issuer}")
        print(f"{name}: signed by {s.common_name or s.signer}" + (f" on {s.signed_at}" if s.signed_at else ""))
        print(f"  certificate: {s.signer}")
        print(f"  certificate SHA-256 {fingerprint(s.certificate_sha256)} ({kind})"
              + (f"; kept on this computer as {report.stored_as!r}" if report.stored_as else ""))
    problem = ""
    if s.signed and not s.sound:
        problem = f"{name}: altered or invalid: {s.problem}"
    elif s.sound:
        print(f"{name}: signature intact: the file is exactly as signed")
    else:  # an unsigned file is sound only as an issued revision whose hash the audit recorded (--audit)
        problem = f"{name}: not signed ({s.problem}); nothing proves it is as issued"
    if args.audit is not None:
        with audit.open_audit(args.audit, author=default_author(), read_only=True) as session:
            found, issued = report_check.match(session, report)
        if found is not None:
            problem = ""  # byte for byte the file that was issued
            print(f"{name}: exactly revision {found.revision} of {args.audit} as issued on "
                  f"{(found.issued_at or '').replace('T', ' ')} UTC by {found.issued_by}"
                  + ("" if found.signed else " (unsigned)"))
        elif not s.signed or not problem:
            revisions = ", ".join(r.revision or "?" for r in issued) or "none"
            problem = (f"{name}: altered or not issued from {args.audit}: its SHA-256 matches none of the issued "
                       f"revisions ({revisions})")
    if problem:
        raise KnownError(problem)
    return 0


def cmd_cert(args: argparse.Namespace) -> int:
    from auditor_app.services import certificates

    if args.action == "create":
        info = certificates.create_local(args.name, args.common_name, args.organisation, args.email,
                                         passphrase(f"the new certificate {args.name!r}"))
        print(f"created certificate {info.name!r} for {info.common_name}, self-signed, valid {info.validity()}")
        _show(info)
    elif args.action == "import":
        info = certificates.import_p12(args.path, passphrase(str(args.path)), args.name)
        print(f"imported certificate {info.name!r} for {info.common_name or info.subject}")
        _show(info)
    elif args.action == "list":
        found = certificates.list_all()
        for info in found:
            print(f"{info.name:<20} {info.common_name or info.subject:<30} until {info.not_after:%Y-%m-%d}  "
                  f"SHA-256 {info.sha256[:16]}…")
        if not found:
            print(f"no certificates in {certificates.folder()}: `cert create` or `cert import` one")
    else:
        info = certificates.info(args.name)
        print(info.name)
        _show(info)
    return 0


def _show(info: Any) -> None:
    print(f"  subject:  {info.subject}")
    print(f"  issuer:   {info.issuer}{' (self-signed)' if info.self_signed else ''}")
    print(f"  valid:    {info.validity()}")
    print(f"  SHA-256:  {fingerprint(info.sha256)}")
