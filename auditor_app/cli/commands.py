"""The command handlers; each opens the audit, calls services, prints plain text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import asdict

from auditor_app.cli.checklists import cmd_checklist, cmd_checklists, in_language  # noqa: F401 (handlers by name)
from auditor_app.cli.issuing import cmd_cert, cmd_issue, cmd_verify_report  # noqa: F401 (handlers by name)
from auditor_app.cli.main import emit_json, positive
from auditor_app.cli.packaging import cmd_package, cmd_unpack  # noqa: F401 (handlers by name)
from auditor_app.cli.store import cmd_checkout, cmd_store, cmd_sync  # noqa: F401 (handlers by name)
from auditor_app.cli.team import cmd_handover, cmd_key, cmd_merge  # noqa: F401 (handlers by name)
from auditor_app.domain import grading, unknowns, vocab
from auditor_app.domain.vocab import AUDIT_TYPE_LABELS, RESULT_LABELS, ROLE_LABELS, SIGNOFF_KIND_LABELS
from auditor_app.errors import DamagedFile, InputError
from auditor_app.identity import default_author
from auditor_app.services import audit, demo, integrity, interchange, queries, signoffs


def _warn_location(path: object) -> None:
    where = audit.where_is(str(path))
    if where.risky:
        print(f"auditor-app: warning: {where.warning()}", file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    _warn_location(args.file)
    if args.previous is not None:
        from auditor_app.cli import chain

        if args.audit_type is None:
            raise InputError("--from needs --type: which audit of the cycle this one is (e.g. surveillance)")
        return chain.new_from_previous(args)
    if args.update_checklist or args.start or args.end:
        raise InputError("--update-checklist, --start and --end go with --from")
    if not args.checklist:
        raise InputError("a new audit needs --checklist (or --from, to start from the previous audit)")
    lists = in_language(args.checklist, args.checklist_language)
    author = args.auditor or default_author()
    details = {"title": args.title, "client": args.client, "audit_type": args.audit_type or "stage2"}
    with audit.create_audit(args.file, author=author, checklists=lists, details=details) as session:
        count = len(queries.clauses(session))
    print(f"created {args.file}: {len(lists)} checklist(s), {count} clauses, lead auditor {author}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from auditor_app.cli import chain

    return chain.verify(args)


def cmd_info(args: argparse.Namespace) -> int:
    with audit.open_audit(args.file, author=default_author(), read_only=True) as session:
        details = queries.details(session)
        figures = queries.counts(session)
        lists = queries.checklists(session)
        members = queries.team(session)
        meetings, _attendees = queries.meetings(session)
        carried, concerns = queries.carried(session), queries.concerns(session)
        signed = signoffs.signoffs(session)
        file_format = session.file.format
        strange = unknowns.find(details, team=members, clauses=queries.clauses(session), notes=queries.notes(session),
                                findings=queries.findings(session), meetings=meetings)
        summary = {
            "file": str(args.file), "audit_id": session.audit_id, "schema_version": audit.FORMAT_VERSION,
            "details": asdict(details), "file_format": file_format,
            "to_verify": [{"ref": i.ref, "kind": i.kind, "origin": i.origin_audit, "verification": i.verification}
                          for i in carried],
            "concerns": [c.statement for c in concerns], "checklists": [f"{c.standard} ({c.edition})" for c in lists],
            "team": [{"name": m.name, "role": m.role} for m in members], **figures, "signoffs": len(signed),
            # Values as stored stay in the figures above; this says which of them this version cannot name.
            "unknown_values": [{"entity_type": u.entity_type, "entity_id": u.entity_id, "field": u.field,
                                "value": u.value, "message": u.message} for u in strange],
        }
    if args.json:
        emit_json(summary)
        return 0
    scheme = grading.scheme(details.grading_scheme)
    print(f"{details.title or '(untitled audit)'}")
    print(f"  client:      {details.client or '-'}")
    print(f"  type:        {vocab.label(AUDIT_TYPE_LABELS, details.audit_type, '-')}   "
          f"dates: {details.start_date or '?'} – {details.end_date or '?'}")
    print(f"  standards:   {', '.join(summary['checklists']) or '-'}")
    # Roles are listed by key as they always were; only one this version does not know is marked.
    team = ", ".join(f"{m.name} ({vocab.key_or_marked(ROLE_LABELS, m.role)})".replace(" ()", "") for m in members)
    print(f"  team:        {team or '-'}")
    results = figures["results"]
    print("  results:     " + ", ".join(f"{vocab.label(RESULT_LABELS, k)} {results[k]}"
                                       for k in sorted(results, key=lambda k: vocab.rank(RESULT_LABELS, k))))
    grades = figures["grades"]
    shown = sorted(grades, key=lambda k: (scheme.find(k) is None, vocab.as_text(k)))  # as before; unknown last
    print("  findings:    " + (", ".join(f"{_grade(scheme, k)} {grades[k]}" for k in shown) or "none"))
    from auditor_app.cli.chain import info_lines

    for line in info_lines(details, carried, concerns):
        print(line)
    print(f"  notes:       {figures['notes']}")
    kinds = Counter(vocab.label(SIGNOFF_KIND_LABELS, s.kind, "-").lower() for s in signed)
    listed = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    print(f"  sign-offs:   {len(signed)}" + (f" ({listed})" if listed else ""))
    print(f"  evidence:    {figures['evidence']} item(s), {figures['evidence_files']} file(s), "
          f"{figures['evidence_bytes'] / 1_000_000:.1f} MB")
    print(f"  authors:     {', '.join(figures['authors'])}")
    print(f"  operations:  {figures['operations']}   conflicts: {figures['conflicts']}   "
          f"file format: {file_format}")
    for u in strange:
        print(f"  note:        {u.message}")
    return 0


def _grade(scheme: grading.GradingScheme, key: object) -> str:
    if key in (None, ""):
        return "ungraded"
    return str(key) if scheme.find(key) is not None else scheme.label_of(key)


def cmd_check(args: argparse.Namespace) -> int:
    # The full check reads everything the checks at opening would (and reports each problem, not the first).
    try:
        session = audit.open_audit(args.file, author=default_author(), read_only=True, verify=False)
    except DamagedFile as exc:  # too damaged to look further: say what, as any other problem
        print(f"problem: {exc.detail}")
        print(f"{args.file}: damaged; nothing more can be checked until this is repaired")
        return 1
    with session:
        report = integrity.full_check(session)
    for warning in report.warnings:
        print(f"warning: {warning}")
    for problem in report.problems:
        print(f"problem: {problem}")
    verdict = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{args.file}: {verdict} ({report.operations} operations, {report.evidence_files} evidence files)")
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    from auditor_app.services import reports

    if not (args.json_out or args.pdf_out or args.xlsx_out or args.docx_out):
        raise InputError("say what to export: --json OUT.json, --pdf OUT.pdf, --docx OUT.docx and/or --xlsx OUT.xlsx")
    if args.template and not args.docx_out:
        raise InputError("--template applies to the Word report (--docx OUT.docx)")
    if args.template:
        reports.check_template(args.template)  # before the audit is opened: a broken template costs nothing
    if args.strip_metadata and not args.json_out:
        raise InputError("--strip-metadata applies to the interchange JSON (--json OUT.json); "
                         "reports always carry photos without metadata")
    if args.size and not args.pdf_out:
        raise InputError("--size applies to the PDF report's photos (--pdf OUT.pdf)")
    size = args.size or "print"
    with audit.open_audit(args.file, author=default_author(), read_only=True) as session:
        # Before any output: an audit whose template this computer lacks gets none of them half-way.
        chosen = reports.audit_template(session, args.template) if args.docx_out else None
        if args.json_out:
            document = interchange.to_document(session, strip_metadata=args.strip_metadata)
            interchange.write_document(document, args.json_out)
            print(f"exported {args.file} to {args.json_out}")
            if args.strip_metadata:
                print(f"  {len(document['stripped_metadata']['replaced'])} photo file(s) re-encoded without "
                      "metadata; see stripped_metadata in the document")
        if args.xlsx_out:
            reports.export_xlsx(session, args.xlsx_out, profile=args.profile, language=args.language,
                                second=args.bilingual)
            print(f"workbook written to {args.xlsx_out}")
        if args.pdf_out:
            path, gaps = reports.export_pdf(session, args.pdf_out, profile=args.profile, size=size,
                                            language=args.language, second=args.bilingual)
            for gap in gaps:
                print(f"warning: {gap.message}", file=sys.stderr)
            print(f"{args.profile} report written to {args.pdf_out} ({path.stat().st_size / 1e6:.1f} MB, "
                  f"photos sized for {size})")
        if args.docx_out and chosen is not None:
            _path, gaps = reports.export_docx(session, args.docx_out, profile=args.profile, chosen=chosen,
                                              language=args.language, second=args.bilingual)
            for gap in gaps:
                print(f"warning: {gap.message}", file=sys.stderr)
            print(f"{args.profile} report (Word) written to {args.docx_out}, from {chosen.describe()}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from auditor_app.cli import templates

    return templates.run(args)


def cmd_import_actions(args: argparse.Namespace) -> int:
    from auditor_app.services import findings_import

    with audit.open_audit(args.file, author=default_author(), read_only=args.dry_run) as session:
        changes = findings_import.preview(session, args.sheet)
        for change in changes:
            print(change.describe())
        if not changes:
            print("nothing to change")
        elif args.dry_run:
            print(f"dry run: {len(changes)} change(s) not saved")
        else:
            findings_import.apply(session, changes)
            print(f"{len(changes)} change(s) saved as 'client import'")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    _warn_location(args.file)
    with interchange.import_json(args.source, args.file, owner=default_author()) as session:
        ops = queries.counts(session)["operations"]
        copies = interchange.recorded_copies(session)
    print(f"created {args.file} from {args.source} ({ops} operations)")
    if copies:
        print(f"  the document was exported with --strip-metadata: {copies} evidence item(s) now show "
              f"metadata-free copies of their photos (recorded as '{interchange.STRIP_AUTHOR}')")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    for name in ("photos", "notes", "findings"):
        positive(getattr(args, name), name)
    with demo.build_demo(args.file, photos=args.photos, notes_count=args.notes, findings_count=args.findings,
                         seed=args.seed) as session:
        figures = queries.counts(session)
    print(f"created sample audit {args.file}: {figures['notes']} notes, {figures['evidence']} photos, "
          f"{sum(figures['grades'].values())} findings")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with audit.open_audit(args.file, author=default_author(), read_only=True) as session:
        entries = queries.history(session, args.entity)
        merged = queries.merges(session)
    if args.entity and not entries:
        raise InputError(f"no entity {args.entity} in {args.file}")
    if args.json:
        emit_json({"changes": [asdict(e) for e in entries], "merges": merged})
        return 0
    for m in merged:
        print(f"{m['merged_at']}  merged {m['source']}: {m['ops_added']} operations, {m['blobs_added']} evidence files")
    for e in entries:
        value = e.value if not isinstance(e.value, dict) else "{…}"
        if isinstance(value, str) and len(value) > 70:
            value = value[:67] + "…"
        action = {"_exists": "created" if e.value else "deleted"}.get(e.field, f"set {e.field} = {value!r}")
        note = f" (replacing {e.superseded} version{'s' if e.superseded > 1 else ''})" if e.superseded > 1 else ""
        print(f"{e.at}  {e.author:<20}  {e.entity_type:<12} {e.entity_id[:8]}  {action}{note}  [{e.signature}]")
    return 0


def cmd_cycle(args: argparse.Namespace) -> int:
    from auditor_app.cli import cycle

    return cycle.run(args)


def cmd_rebuild(args: argparse.Namespace) -> int:
    with audit.open_audit(args.file, author=default_author()) as session:
        count = queries.rebuild_cache(session)
    print(f"rebuilt {args.file} from {count} operations")
    return 0


