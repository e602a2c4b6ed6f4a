"""Team work on the command line: signing keys (`key`), hand-over copies and merges."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from auditor_app.domain.records import Conflict
from auditor_app.domain.signing import fingerprint, key_text
from auditor_app.errors import InputError, KnownError
from auditor_app.identity import default_author

# The services are imported by the handlers: building the parser must stay light (`--help`, usage errors).


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("merge", help="merge team members' audit files into the target")
    p.add_argument("target", type=Path)
    p.add_argument("others", type=Path, nargs="+")
    p.add_argument("-o", "--output", type=Path, help="write the merged audit here; no input is modified")
    p.add_argument("--accept-other-audit", action="store_true",
                   help="also merge files of a different audit (made independently from the same checklists)")
    p.add_argument("--accept-unsigned", action="store_true",
                   help="also merge unsigned operations of copies without a key (made by an older version)")
    p.add_argument("--identity", type=Path, metavar="FILE", help="opens sealed packages (.age) among the files: an "
                   "age identity file or OpenSSH private key; default: your signing key")

    p = sub.add_parser("handover", help="make a team member's copy of an audit")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--member", required=True, help="the team member's name")
    p.add_argument("--clauses", default="", help="assigned clause numbers, comma separated")
    p.add_argument("--member-key", metavar="KEYTEXT", help="the member's public key (their `auditor-app key show`): "
                   "their copy then signs every change, and merge checks it")
    p.add_argument("--seal", action="store_true", help="write OUT as an encrypted, signed package (age format) "
                   "holding the copy; with --passphrase or --recipient (default: to the --member-key)")
    from auditor_app.cli import packaging

    packaging.add_seal_options(p)

    p = sub.add_parser("key", help="your signing key: create it, show or export its public half, remember its "
                       "passphrase in the OS keyring")
    actions: Any = p.add_subparsers(dest="action", required=True, parser_class=parser_class)
    q = actions.add_parser("create", help="make your signing key (asks for a passphrase that protects it)")
    q.add_argument("--remember", action="store_true",
                   help="also keep the passphrase in the OS keyring (see `key remember`)")
    actions.add_parser("remember", help="keep the key's passphrase in the OS keyring (macOS Keychain, Windows "
                       "Credential Locker, a Linux desktop's Secret Service), so it is not asked for each time")
    actions.add_parser("forget", help="remove the key's passphrase from the OS keyring")
    actions.add_parser("show", help="your key's fingerprint and the public key text to send to the lead")
    q = actions.add_parser("export", help="write the public key text to a file (to send to the lead), or with "
                           "--openssh the private key as an OpenSSH key file")
    q.add_argument("out", type=Path)
    q.add_argument("--openssh", action="store_true", help="write your private key as an OpenSSH key file (mode 0600), "
                   "so that `age -d -i OUT` opens packages sealed to your key without this program")
    q.add_argument("--unencrypted", action="store_true", help="with --openssh: write it without a passphrase")


def set_prompt() -> None:
    """Ask for the key's passphrase on the terminal, when there is one (scripts give $AUDITOR_APP_KEY_PASSPHRASE)."""
    if sys.stdin is not None and sys.stdin.isatty():
        from auditor_app.services import keys

        keys.prompt = getpass.getpass
    from auditor_app.services import key_store  # light: `keyring` itself is imported when a key is needed

    key_store.notify = lambda text: print(f"auditor-app: warning: {text}", file=sys.stderr)


def cmd_key(args: argparse.Namespace) -> int:
    from auditor_app.services import keys

    set_prompt()
    if args.action == "create":
        if keys.has_key():
            raise KnownError(f"you already have a signing key ({keys.key_path()}); it is never replaced, since audits "
                             "trust it")
        given = keys.passphrase("passphrase for your new signing key (8 characters or more): ")
        if given is None:
            raise KnownError(f"`key create` needs a passphrase to protect the key: run it in a terminal or give it in "
                             f"${keys.PASSPHRASE_ENV}")
        if keys.prompt is not None and not os.environ.get(keys.PASSPHRASE_ENV) \
                and keys.prompt("the same passphrase again: ") != given:
            raise InputError("the two passphrases differ; no key was made")
        if args.remember:
            _keyring_or_refuse()
        signer = keys.create(given)
        print(f"created your signing key in {keys.key_path()}")
        if args.remember:
            _remember(signer, given)
        _show(signer.public_key)  # last: scripts take the key text from the last line
        return 0
    public = keys.public_key()
    if public is None:
        raise KnownError("you have no signing key yet; make one with `auditor-app key create`")
    if args.action == "remember":
        _keyring_or_refuse()
        given = keys.passphrase(f"passphrase of your signing key ({keys.key_path()}): ")
        if given is None:
            raise KnownError(f"`key remember` needs the key's passphrase: run it in a terminal or give it in "
                             f"${keys.PASSPHRASE_ENV}")
        _remember(keys.unlock(given), given)  # checked first: a wrong one is never kept
        return 0
    if args.action == "forget":
        from auditor_app.services import key_store

        store = key_store.forget(fingerprint(public))
        print(f"removed your key's passphrase from {store}" if store is not None
              else "no passphrase of your key is kept in an OS keyring")
        return 0
    if args.action == "show":
        _show(public)
        return 0
    out: Path = args.out
    if args.unencrypted and not args.openssh:
        raise InputError("--unencrypted is for --openssh (the public key text is not secret)")
    if args.openssh:
        return _export_openssh(out, args.unencrypted)
    if out.exists():
        raise KnownError(f"cannot write {out}: a file of that name already exists")
    if not out.resolve().parent.is_dir():
        raise KnownError(f"cannot write {out}: the folder does not exist")
    out.write_text(key_text(public) + "\n", "ascii")
    print(f"wrote your public key ({fingerprint(public)}) to {out}")
    return 0


def _export_openssh(out: Path, unencrypted: bool) -> int:
    from auditor_app.services import keys

    if out.exists():  # before the passphrase is asked for
        raise KnownError(f"cannot write {out}: a file of that name already exists")
    given = keys.passphrase(f"passphrase of your signing key ({keys.key_path()}): ")
    if given is None:
        raise keys.locked()
    signer = keys.unlock(given)
    keys.export_openssh(signer, out, None if unencrypted else given)
    if unencrypted:
        print(f"warning: {out} holds your private signing key WITHOUT a passphrase: whoever reads it can sign in "
              f"your name and open packages sealed to you; keep it on this machine only, or protect it with "
              f"`ssh-keygen -p -f {out}`", file=sys.stderr)
    how = "without a passphrase" if unencrypted else "protected by your key's passphrase"
    print(f"wrote your private key ({signer.fingerprint}) as an OpenSSH key file to {out}, {how}; "
          f"`age -d -i {out} PACKAGE.age` opens packages sealed to your key")
    return 0


def _keyring_or_refuse() -> None:
    from auditor_app.services import key_store

    if key_store.backend() is None:
        raise KnownError(f"{key_store.NO_KEYRING}; nothing was changed")


def _remember(signer: Any, passphrase: str) -> None:
    from auditor_app.services import key_store

    store = key_store.remember(signer.fingerprint, passphrase)
    print(f"your key's passphrase is kept in {store}: it is not asked for again on this computer "
          f"(`auditor-app key forget` removes it)")


def _show(public: str) -> None:
    print(f"fingerprint: {fingerprint(public)}")
    print(f"public key (send this to the lead auditor): {key_text(public)}")


def cmd_handover(args: argparse.Namespace) -> int:
    from auditor_app.cli import packaging
    from auditor_app.services import audit, keys, merge, team_keys

    clauses = tuple(c.strip() for c in args.clauses.split(",") if c.strip())
    signer = None
    if args.member_key is not None:
        team_keys.member_key(args.member_key)  # a pasted text that is no key is refused before any passphrase
    if (args.passphrase or args.recipient) and not args.seal:
        raise InputError("--passphrase and --recipient seal the copy: add --seal")
    if args.seal and not args.passphrase and not args.recipient and args.member_key is not None:
        args.recipient = [args.member_key]  # sealed to the key the copy is bound to, unless told otherwise
    seal = packaging.seal_from(args) if args.seal else None
    if args.member_key is not None or seal is not None:
        set_prompt()
        signer, created = keys.ensure()
        if created:
            print(f"created your signing key in {keys.key_path()} ({signer.fingerprint}); it signs this audit as lead")
    with audit.open_audit(args.file, author=default_author(), read_only=args.member_key is None) as session:
        def copy(dest: Path) -> None:
            merge.hand_over_copy(session, dest, args.member, clauses, member_key=args.member_key, signer=signer)

        if seal is not None and signer is not None:
            from auditor_app.services import package

            packed = package.make(session, args.out, seal, signer, for_whom=args.member.strip(),
                                  name=package.package_name(args.out), copy=copy)
        else:
            copy(args.out)
    bound = f", bound to the key {fingerprint(team_keys.member_key(args.member_key))}" if args.member_key else ""
    print(f"hand-over copy for {args.member}: {args.out}{bound}")
    if seal is not None:
        packaging.report(packed, seal)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from auditor_app.cli import packaging
    from auditor_app.services import audit, merge

    author = default_author()
    set_prompt()
    with contextlib.ExitStack() as stack:  # sealed packages are checked and read from scratch folders
        others = packaging.opened_sources(stack, args.others, args.identity)
        if args.output is not None:
            report = merge.merge_to_new_file(args.target, others, args.output, author=author,
                                             accept_other_audit=args.accept_other_audit,
                                             accept_unsigned=args.accept_unsigned)
            where = args.output
        else:
            with audit.open_audit(args.target, author=author) as session:
                report = merge.merge_into(session, others, accept_other_audit=args.accept_other_audit,
                                          accept_unsigned=args.accept_unsigned)
            where = args.target
    for item in report.files:
        what = "nothing new" if item.nothing_new else f"{item.ops_added} operations, {item.blobs_added} evidence files"
        print(f"{item.path.name}: {what}")
        if item.unsigned:
            whom = ", ".join(f"{who}: {n}" for who, n in item.unsigned)
            print(f"auditor-app: warning: {item.path.name}: merged {sum(n for _w, n in item.unsigned)} unsigned "
                  f"operation(s) ({whom}); nothing vouches for who made them", file=sys.stderr)
    if report.backup is not None and args.output is None:
        print(f"backup of the target before merging: {report.backup}")
    if report.conflicts:
        print_conflicts(where, "merged", report.conflicts)
        return 3
    print(f"{where}: merged, no conflicts")
    return 0


def print_conflicts(where: object, done: str, conflicts: Sequence[Conflict]) -> None:
    print(f"{where}: {done} with {len(conflicts)} conflict(s) to review:")
    for conflict in conflicts:
        versions = " | ".join(f"{h['author']}: {_short(h['value'])}" for h in conflict.heads)
        print(f"  {conflict.entity_type} {conflict.entity_id[:8]} {conflict.field} ({conflict.kind}): {versions}")


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


__all__ = ["add_parsers", "cmd_handover", "cmd_key", "cmd_merge", "print_conflicts", "set_prompt"]
