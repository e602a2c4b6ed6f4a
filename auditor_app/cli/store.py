"""The office store on the command line: `sync` an audit file with it, and the administrator's `store` commands."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from auditor_app.identity import default_author

# The services (and with them SQLAlchemy and psycopg) are imported by the handlers: the parser stays light.

T = TypeVar("T")


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="push an audit file's changes to the office store and pull the team's")
    p.add_argument("file", type=Path)
    p.add_argument("--store", required=True, metavar="URL", help="postgresql://ROLE@HOST[:PORT]/DATABASE"
                   "[?sslmode=verify-full&sslrootcert=FILE]; the password comes from $PGPASSWORD, ~/.pgpass, a "
                   "client certificate or a prompt, never from the file")
    p.add_argument("--accept-unsigned", action="store_true",
                   help="also take in unsigned operations of copies without a key (as `merge --accept-unsigned`)")
    p.add_argument("--batch", type=int, default=None, help=argparse.SUPPRESS)  # tests: tiny batches

    p = sub.add_parser("checkout", help="make a new audit file from the office store's copy of an audit assigned "
                       "to you")
    p.add_argument("audit_id", metavar="AUDIT_ID")
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--store", required=True, metavar="URL", help="as for sync")

    p = sub.add_parser("store", help="the office store's administration (the CB's administrator role) and archive")
    actions: Any = p.add_subparsers(dest="action", required=True, parser_class=parser_class)
    q = actions.add_parser("init", help="set the store up in a PostgreSQL database (tables, auditors' group role, "
                           "row-level security); run again after an update")
    q.add_argument("url", metavar="URL")
    q = actions.add_parser("auditor", help="let a PostgreSQL login role sync (member of the auditors' group)")
    q.add_argument("url", metavar="URL")
    q.add_argument("role")
    q = actions.add_parser("assign", help="assign an audit to an auditor's role: they may then sync it")
    q.add_argument("url", metavar="URL")
    q.add_argument("audit_id", metavar="AUDIT_ID")
    q.add_argument("role")
    from auditor_app.cli import archive

    archive.add_parsers(actions)  # the archive's listings: any auditor, not only the administrator


def cmd_sync(args: argparse.Namespace) -> int:
    from auditor_app.cli.team import print_conflicts
    from auditor_app.services import audit, store_sync

    warn_password(args.store)

    def progress(text: str) -> None:
        print(f"auditor-app: {text}", file=sys.stderr, flush=True)

    with audit.open_audit(args.file, author=default_author()) as session, _cancel_on_interrupt() as stop:
        report = with_password(lambda password: store_sync.sync(
            session, args.store, password=password, batch=args.batch, progress=progress,
            cancelled=stop.is_set, accept_unsigned=args.accept_unsigned))
    if report.created:
        print(f"{args.file}: the audit is now in the office store, assigned to you")
    print(f"pushed {report.ops_pushed} operations and {report.blobs_pushed} evidence files to {report.store}")
    print(f"pulled {report.ops_pulled} operations and {report.blobs_pulled} evidence files")
    if report.unsigned:
        whom = ", ".join(f"{who}: {n}" for who, n in report.unsigned)
        print(f"auditor-app: warning: pulled {sum(n for _w, n in report.unsigned)} unsigned operation(s) ({whom}); "
              "nothing vouches for who made them", file=sys.stderr)
    if report.backup is not None:
        print(f"backup of the file before pulling: {report.backup}")
    if report.conflicts:
        print_conflicts(args.file, "synchronised", report.conflicts)
        return 3
    print(f"{args.file}: synchronised, no conflicts")
    return 0


def cmd_checkout(args: argparse.Namespace) -> int:
    from auditor_app.services import store_checkout

    warn_password(args.store)

    def progress(text: str) -> None:
        print(f"auditor-app: {text}", file=sys.stderr, flush=True)

    done = with_password(lambda password: store_checkout.checkout(
        args.store, args.audit_id, args.out, owner=default_author(), password=password, progress=progress))
    print(f"checked out {done.title or 'the audit'} from {done.store} into {done.path}: {done.ops} operations, "
          f"{done.blobs} evidence files")
    return 0


def cmd_store(args: argparse.Namespace) -> int:
    if args.action in ("audits", "findings"):
        from auditor_app.cli import archive

        return archive.run(args)
    from auditor_app.services import store_admin

    warn_password(args.url)
    if args.action == "init":
        where = with_password(lambda password: store_admin.init(args.url, password))
        print(f"office store set up in {where}; let auditors in with `auditor-app store auditor URL ROLE`")
    elif args.action == "auditor":
        with_password(lambda password: store_admin.admit(args.url, args.role, password))
        print(f"{args.role} may now sync audits assigned to them (a new audit they push is assigned to them)")
    else:
        fresh = with_password(lambda password: store_admin.assign(args.url, args.audit_id, args.role, password))
        print(f"audit {args.audit_id} {'assigned' if fresh else 'was already assigned'} to {args.role}")
    return 0


def with_password(call: Callable[[str | None], T]) -> T:
    """Run `call` without a password (the URL's, $PGPASSWORD, ~/.pgpass, a certificate), asking once if needed."""
    from auditor_app.services import store_sync

    try:
        return call(None)
    except store_sync.PasswordNeeded:
        if sys.stdin is None or not sys.stdin.isatty():
            raise
        return call(getpass.getpass("office store password: "))


def warn_password(url: str) -> None:
    from auditor_app.services import store_sync

    if store_sync.has_password(url):
        print("auditor-app: warning: the store URL holds a password, which other users of this computer can see "
              "in the process list; prefer $PGPASSWORD, ~/.pgpass or a client certificate", file=sys.stderr)


@contextmanager
def _cancel_on_interrupt() -> Iterator[threading.Event]:
    """The first Ctrl-C asks the sync to stop at the next step (a batch is pushed or not at all); a second one
    interrupts at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(_signum: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print("auditor-app: stopping after the current step …", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


__all__ = ["add_parsers", "cmd_checkout", "cmd_store", "cmd_sync", "warn_password", "with_password"]
