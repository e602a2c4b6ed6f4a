"""`store audits` and `store findings`: the office store's archive as this role may see it, and `cycle --store`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from auditor_app.cli.main import emit_json
from auditor_app.domain import vocab

URL_HELP = "postgresql://ROLE@HOST[:PORT]/DATABASE; the password comes from $PGPASSWORD, ~/.pgpass, a client " \
           "certificate or a prompt"


def add_parsers(actions: Any) -> None:
    q = actions.add_parser("audits", help="the audits assigned to you in the office store, by client and chain")
    q.add_argument("--store", required=True, metavar="URL", help=URL_HELP)
    q.add_argument("--client", metavar="TEXT", help="only clients whose name holds this text (any case)")
    q.add_argument("--json", action="store_true")
    q = actions.add_parser("findings", help="the findings of the audits assigned to you in the office store, as "
                           "their operations derive them")
    q.add_argument("--store", required=True, metavar="URL", help=URL_HELP)
    q.add_argument("--client", metavar="TEXT", help="only clients whose name holds this text (any case)")
    q.add_argument("--open", action="store_true", help="only open findings (not verified and closed, not withdrawn, "
                   "not good practices): what the next audit of the chain takes over")
    q.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from auditor_app.cli.store import warn_password, with_password
    from auditor_app.services import store_archive

    warn_password(args.store)
    if args.action == "audits":
        where, clients = with_password(lambda password: store_archive.audits(args.store, client=args.client,
                                                                              password=password))
        if args.json:
            emit_json({"store": where, "clients": [
                {"client": client, "chains": [{"chain_id": chain_id, "audits": [asdict(a) for a in audits]}
                                              for chain_id, audits in chains]} for client, chains in clients]})
        else:
            _print_audits(where, clients, args.client)
        return 0
    where, found = with_password(lambda password: store_archive.findings(
        args.store, client=args.client, only_open=args.open, password=password))
    if args.json:
        emit_json({"store": where, "findings": [
            {"audit_id": f.audit.audit_id, "audit": f.audit.title, "client": f.audit.client,
             "chain_id": f.audit.chain_id, **asdict(f.finding), "grade_label": f.grade_label,
             "clauses": list(f.clauses), "open": f.open} for f in found]})
    else:
        _print_findings(where, found, args.open)
    return 0


def _print_audits(where: str, clients: list[Any], client: str | None) -> None:
    count = sum(len(audits) for _c, chains in clients for _id, audits in chains)
    matching = f" of clients named like {client!r}" if client else ""
    print(f"office store {where}: {count} audit(s){matching} assigned to you, {len(clients)} client(s)")
    for name, chains in clients:
        print(name)
        for chain_id, audits in chains:
            print(f"  chain {chain_id}")
            for a in audits:
                when = a.start_date or "no date"
                if a.end_date and a.end_date != a.start_date:
                    when = f"{when} to {a.end_date}"
                kind = a.kind if a.operations else "(not pushed)"
                print(f"    {kind:<16} {when:<26} {a.title or '(untitled audit)'}")
                pushed = f"{a.last_push_by} {a.last_push_at}" if a.last_push_by else "never (nothing pushed yet)"
                print(f"      audit {a.audit_id}   lead {a.lead or '-'}   last push {pushed}   "
                      f"{a.operations} operations")


def _print_findings(where: str, found: list[Any], only_open: bool) -> None:
    shown = "open finding(s)" if only_open else f"finding(s), {sum(f.open for f in found)} open"
    print(f"office store {where}: {len(found)} {shown}")
    audit_id = None
    for f in found:
        if f.audit.audit_id != audit_id:
            audit_id = f.audit.audit_id
            print(f"{f.audit.client or '(no client named)'}: {f.audit.title or '(untitled audit)'} ({f.audit.kind}, "
                  f"{f.audit.start_date or 'no date'}; audit {audit_id})")
        g = f.finding
        status = vocab.label(vocab.STATUS_LABELS, g.status or vocab.FindingStatus.OPEN.value)
        parts = [f"  {g.ref or '-':<8} {f.grade_label}", f"clauses {', '.join(f.clauses) or '-'}", status]
        if g.due_date:
            parts.append(f"due {g.due_date}")
        if g.verified_by:
            parts.append(f"verified by {g.verified_by}" + (f" on {g.closed_at}" if g.closed_at else ""))
        if g.follow_up_of:
            parts.append("follow-up of a previous finding")
        print("   ".join(parts))
        text = (g.statement or g.evidence_text or "").strip().splitlines()
        if text:
            print(f"           {text[0][:100]}")
