"""Command-line use cases of the certification cycle: the next audit made from the previous one."""

from __future__ import annotations

import argparse

from auditor_app.errors import InputError
from auditor_app.identity import default_author
from auditor_app.services import carry, queries


def new_from_previous(args: argparse.Namespace) -> int:
    if args.checklist:
        raise InputError("--checklist and --from do not go together: the next audit takes the previous audit's "
                         "checklists (--update-checklist KEY moves one to the library's newer version)")
    author = args.auditor or default_author()
    with carry.open_previous(args.previous, author=author) as previous:
        offers = carry.edition_offers(carry.checklists_of(previous))
    for offer in offers:
        if offer.newer is not None and offer.previous.key not in args.update_checklist:
            print(f"note: {offer.describe()}; add --update-checklist {offer.previous.key} to use it")
    session, summary = carry.new_from_previous(
        args.file, args.previous, author=author, audit_type=args.audit_type, title=args.title,
        start_date=args.start, end_date=args.end, update=args.update_checklist)
    with session:
        count = len(queries.clauses(session))
    print(f"created {args.file} from {summary.previous}: {len(summary.checklists)} checklist(s), {count} clauses, "
          f"lead auditor {author}")
    for line in summary.updated:
        print(f"  checklist moved to a new version: {line}")
    print(f"  carried: team of {summary.team}, {summary.people} interviewee(s), {summary.plan_rows} plan row(s)")
    print(f"  to verify: {summary.findings} previous finding(s), {summary.concerns} Stage 1 area(s) of concern")
    return 0
