"""Sealed packages on the command line: `package`, `unpack`, and the sealing options of `handover`."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from auditor_app.errors import InputError, KnownError
from auditor_app.identity import default_author

PASSPHRASE_ENV = "AUDITOR_APP_PACKAGE_PASSPHRASE"  # services/age_seal.py's, named here to keep `--help` light


def add_seal_options(p: argparse.ArgumentParser) -> None:
    how = p.add_mutually_exclusive_group()
    how.add_argument("--passphrase", action="store_true",
                     help=f"encrypt to a passphrase (from ${PASSPHRASE_ENV}, else asked)")
    how.add_argument("--recipient", action="append", metavar="KEY", default=[],
                     help="encrypt to this public key: an age key (age1…), an ssh-ed25519 key, or a member's key "
                     "text from `auditor-app key show` (repeatable)")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("package", help="write an encrypted, signed package of an audit (age format)")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path, help="the package to write (e.g. audit.age)")
    p.add_argument("--for", dest="for_whom", default="", metavar="NAME", help="whom the package is for")
    add_seal_options(p)

    p = sub.add_parser("unpack", help="check a sealed package and write its files into a folder")
    p.add_argument("package", type=Path)
    p.add_argument("outdir", type=Path)
    p.add_argument("--identity", type=Path, metavar="FILE",
                   help="an age identity file (age-keygen) or OpenSSH private key; default: your signing key")


def seal_from(args: argparse.Namespace) -> Any:
    """The Seal the options ask for; the passphrase from the environment or asked twice on a terminal."""
    from auditor_app.services import age_seal

    if args.recipient:
        for text in args.recipient:
            age_seal.recipient(text)  # a key text that is no key is refused before any passphrase is asked
        return age_seal.Seal(recipients=tuple(args.recipient))
    if not args.passphrase:
        raise InputError("say how to seal the package: --passphrase or --recipient KEY")
    given = age_seal.passphrase_from_env()
    if given is None:
        given = _ask("passphrase for the package: ")
        if _ask("the same passphrase again: ") != given:
            raise InputError("the two passphrases differ; no package was written")
    return age_seal.Seal(passphrase=given)


def _ask(question: str) -> str:
    import getpass

    if sys.stdin is None or not sys.stdin.isatty():
        raise KnownError(f"the package's passphrase is needed: give it in ${PASSPHRASE_ENV} or run the command in a "
                         "terminal")
    return getpass.getpass(question)


def signer() -> Any:
    from auditor_app.services import keys

    found, created = keys.ensure()
    if created:
        print(f"created your signing key in {keys.key_path()} ({found.fingerprint}); it signs the package")
    return found


def cmd_package(args: argparse.Namespace) -> int:
    from auditor_app.services import audit, package

    seal = seal_from(args)
    sign = signer()
    with audit.open_audit(args.file, author=default_author(), read_only=True) as session:
        packed = package.make(session, args.out, seal, sign, for_whom=args.for_whom)
    report(packed, seal)
    return 0


def report(packed: Any, seal: Any) -> None:
    print(f"sealed package {packed.path} ({packed.size:,} bytes): {packed.audit_name}, sealed to {seal.describe()}, "
          f"signed by your key {packed.signer_fingerprint}")


def _credentials(package: Path, identity: Path | None) -> tuple[str | None, list[Any] | None]:
    """What opens `package`: (passphrase, None) or (None, identities): from --identity, else the user's key."""
    from auditor_app.services import age_seal, keys

    if age_seal.sealed_with(package) == "passphrase":
        if identity is not None:
            raise InputError(f"--identity: {package.name} is sealed with a passphrase, not to a key")
        return age_seal.passphrase_from_env() or _ask(f"passphrase of {package.name}: "), None
    if identity is not None:
        return None, age_seal.identities_from_file(identity)
    own = keys.unlock_default()
    if own is None:
        raise KnownError(f"{package.name} is sealed to a key: give your age identity file with --identity, "
                         f"or unlock your signing key (${keys.PASSPHRASE_ENV} or a terminal)")
    return None, [age_seal.own_identity(own)]


def cmd_unpack(args: argparse.Namespace) -> int:
    from auditor_app.services import unpack

    passphrase, identities = _credentials(args.package, args.identity)
    done = unpack.unpack(args.package, args.outdir, passphrase=passphrase, identities=identities)
    manifest = done.manifest
    print(f"{args.package.name}: checked (SHA256SUMS, manifest signature, audit file); signed by {done.signed_by}")
    print(f"audit {manifest.get('title') or 'untitled'} ({manifest.get('client') or 'no client'}), made by "
          f"{manifest.get('made_by')} at {manifest.get('made_at')}" +
          (f" for {manifest['for']}" if manifest.get("for") else ""))
    print(f"wrote {len(done.files)} files into {args.outdir}: {done.audit_file.name} is the audit")
    return 0


def opened_sources(stack: contextlib.ExitStack, paths: list[Path], identity: Path | None) -> list[Path]:
    """Merge sources with each sealed package replaced by its checked audit file (in a scratch folder that
    `stack` removes); plain audit files as they are."""
    from auditor_app.services import age_seal, unpack

    out = []
    for path in paths:
        if not age_seal.is_age(path):
            out.append(path)
            continue
        passphrase, identities = _credentials(path, identity)
        checked = stack.enter_context(unpack.opened(path, passphrase=passphrase, identities=identities))
        print(f"{path.name}: checked (SHA256SUMS, manifest signature, audit file); signed by {checked.signed_by}")
        out.append(checked.audit_file)
    return out


__all__ = ["add_parsers", "add_seal_options", "cmd_package", "cmd_unpack", "opened_sources", "report", "seal_from",
           "signer"]
