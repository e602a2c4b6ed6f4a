"""Command-line use cases of the certification cycle: the next audit made from the previous one."""

from __future__ import annotations

import argparse

from auditor_app.domain import records as rec
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
            args.file, previous, author=author, audit_type=args.audit_type, title=args.title,
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


def verify(args: argparse.Namespace) -> int:
    """List what this audit took over to verify, or record one item's verification (or its follow-up finding)."""
    from auditor_app.domain import vocab
    from auditor_app.services import audit, verification

    read_only = args.item is None
    if args.item is None and (args.outcome or args.follow_up):
        raise InputError("name the item to verify (its ref as listed, or its number in the list)")
    if args.item is not None and not (args.outcome or args.follow_up):
        raise InputError("say what was found: --outcome effective|partly|not_effective, or --follow-up GRADE")
    if args.follow_up and not (args.statement or "").strip():
        raise InputError("--follow-up needs --statement: what requirement is still not fulfilled")
    with audit.open_audit(args.file, author=args.auditor or default_author(), read_only=read_only) as session:
        items = queries.carried(session)
        if read_only:
            if not items:
                print("nothing taken over from a previous audit")
            for number, item in enumerate(items, 1):
                kind = vocab.label(vocab.CARRIED_KIND_LABELS, item.kind)
                labels = vocab.CONCERN_OUTCOME_LABELS if item.kind == "stage1_concern" else vocab.VERIFICATION_LABELS
                concern = item.kind == vocab.CarriedKind.STAGE1_CONCERN.value
                outcome = vocab.label(labels, item.verification, "not yet checked" if concern else "not yet verified")
                who = f" by {item.verified_by} on {item.verified_on}" if item.verification else ""
                print(f"{number:>3}  {item.ref or '-':<8} {kind} from {item.origin_audit}: {outcome}{who}")
                print(f"     {(item.statement or '').splitlines()[0] if item.statement else '(no statement)'}")
            return 0
        item = _pick(items, args.item)
        if args.follow_up:
            session.run(verification.raise_follow_up, item.id, grade=args.follow_up, statement=args.statement,
                        evidence_text=args.evidence or "", outcome=args.outcome or "not_effective")
            [raised] = [f for f in queries.findings(session) if f.follow_up_of == item.id]
            print(f"{item.ref or args.item}: {args.outcome or 'not_effective'}; follow-up finding {raised.ref} raised")
        else:
            session.run(verification.record_verification, item.id, outcome=args.outcome, evidence_text=args.evidence,
                        verified_by=args.by, verified_on=args.on)
            print(f"{item.ref or args.item}: {args.outcome}")
    return 0


def _pick(items: list[rec.CarriedRecord], wanted: str) -> rec.CarriedRecord:
    by_ref = [i for i in items if (i.ref or "").casefold() == wanted.casefold()]
    if len(by_ref) == 1:
        return by_ref[0]
    if wanted.isdigit() and 1 <= int(wanted) <= len(items):
        return items[int(wanted) - 1]
    if len(by_ref) > 1:
        raise InputError(f"{len(by_ref)} items have the ref {wanted}; name one by its number in the list")
    raise InputError(f"no item {wanted!r} to verify (see auditor-app verify FILE for the list)")


def info_lines(details: rec.AuditDetails, items: list[rec.CarriedRecord], concerns: list[rec.ConcernRecord],
               ) -> list[str]:
    """`info`'s lines on the audit's place in the cycle: what it follows, what it verifies, Stage 1's outcome."""
    from auditor_app.domain import vocab

    lines = []
    if details.previous_audit:
        lines.append(f"  follows:     {details.previous_audit}")
    for kind, what, done in (("previous_finding", "previous finding(s)", "verified"),
                             ("stage1_concern", "Stage 1 area(s) of concern", "checked")):
        of_kind = [i for i in items if i.kind == kind]
        if of_kind:
            verified = sum(1 for i in of_kind if i.verification)
            lines.append(f"  to verify:   {len(of_kind)} {what}, {verified} {done}")
    if details.audit_type == vocab.AuditType.STAGE1.value or details.stage2_readiness or concerns:
        readiness = vocab.label(vocab.READINESS_LABELS, details.stage2_readiness, "readiness not yet concluded")
        lines.append(f"  stage 2:     {readiness}; {len(concerns)} area(s) of concern")
    if details.report_template:  # the Word report's template, when the audit names one (file format 5)
        from auditor_app.services.template_library import BUILT_IN

        template = "built-in" if details.report_template == BUILT_IN else f"'{details.report_template}'"
        lines.append(f"  word report: {template} template")
    return lines
