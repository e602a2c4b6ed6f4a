"""`auditor-app cycle FILE...`: what each audit of a client's certification cycle covered, and what is left."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from auditor_app.cli.main import emit_json
from auditor_app.domain.cycle_coverage import CycleCoverage
from auditor_app.errors import InputError
from auditor_app.exporters import wording
from auditor_app.identity import default_author
from auditor_app.services import cycle_coverage, reports

LISTED = 40  # uncovered clauses listed per standard on the terminal; the workbook lists them all


def run(args: argparse.Namespace) -> int:
    if (args.language or args.bilingual) and args.xlsx_out is None:
        raise InputError("--language and --bilingual apply to the workbook (--xlsx OUT.xlsx)")
    reports.check_languages(args.language, args.bilingual)  # before the files are read, as export does
    if args.store is not None:
        result = _from_store(args)
    elif args.chain or args.client:
        raise InputError("--chain and --client choose a chain in the office store: they go with --store URL")
    elif not args.files:
        raise InputError("give the audit files of one client's chain (or --store URL with --chain or --client)")
    else:
        result = cycle_coverage.for_files(args.files, author=default_author())
    coverage = result.coverage
    if args.xlsx_out is not None:
        from auditor_app.exporters import xlsx_cycle

        t = wording.for_report(args.language, args.bilingual)
        # The one note there is (audits read from a history) worded in the workbook's language.
        notes = [xlsx_cycle.history_note(t, result.taken, result.history_file)] if result.taken else result.notes
        xlsx_cycle.write_workbook(coverage, args.xlsx_out, notes=notes, t=t)
    if args.json:
        emit_json({**asdict(coverage), "notes": list(result.notes),
                   "uncovered": {s.key: [r.number for r in s.uncovered] for s in coverage.standards}})
    else:
        _print(coverage, result.notes)
    if args.xlsx_out is not None:
        print(f"workbook written to {args.xlsx_out}")
    return 0


def _from_store(args: argparse.Namespace) -> cycle_coverage.FileCoverage:
    if args.files:
        raise InputError("give either audit files or --store URL, not both")
    from auditor_app.cli.store import warn_password, with_password
    from auditor_app.services import store_cycle

    warn_password(args.store)
    _where, result = with_password(lambda password: store_cycle.coverage(args.store, chain=args.chain,
                                                                           client=args.client, password=password))
    return result


def _print(coverage: CycleCoverage, notes: tuple[str, ...]) -> None:
    for note in notes:
        print(f"note: {note}")
    first = coverage.cycle[0] if coverage.cycle else None
    print(f"{len(coverage.audits)} audit(s) of the chain; the current cycle starts with "
          f"{first.short if first else '-'}")
    print("Audits:")
    names = {s.key: s.name for s in coverage.standards}
    for a in coverage.audits:
        mark = " " if a.in_cycle else "(earlier cycle) "
        percent = ", ".join(f"{names.get(key, key)} {value}%" for key, value in a.percent)
        print(f"  {mark}{a.kind:<16} {a.dates:<26} report {a.report_number or '-':<14} {percent}   [{a.origin}]")
    print("Clauses covered in the current cycle:")
    for s in coverage.standards:
        print(f"  {s.name}: {s.percent}% ({s.leaves - len(s.uncovered)} of {s.leaves} clauses)")
    print("Uncovered clauses:")
    for s in coverage.standards:
        missing = s.uncovered
        print(f"  {s.name}: {len(missing)}" + ("" if missing else " (all covered)"))
        for row in missing[:LISTED]:
            print(f"    {row.number:<8} {row.title}")
        if len(missing) > LISTED:
            print(f"    … and {len(missing) - LISTED} more (--xlsx OUT lists them all)")
    _listed("Processes", coverage.processes, coverage.uncovered_processes)
    _listed("Sites", coverage.sites, coverage.uncovered_sites)


def _listed(what: str, every: tuple[str, ...], missing: tuple[str, ...]) -> None:
    if not every:
        print(f"{what}: none recorded")
    elif not missing:
        print(f"{what}: all {len(every)} covered in the current cycle")
    else:
        print(f"{what} not covered in the current cycle ({len(missing)} of {len(every)}):")
        for name in missing:
            print(f"  {name}")
