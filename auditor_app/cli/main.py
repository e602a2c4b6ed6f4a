"""The headless command line: every use case scriptable without a display."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from auditor_app import __version__
from auditor_app.errors import AuditorError, InputError

log = logging.getLogger("auditor_app.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        print(f"auditor-app: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="auditor-app", description="Offline audit workbench (headless commands).")
    parser.add_argument("--version", action="version", version=f"auditor-app {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("new", help="create an audit file")
    p.add_argument("file", type=Path)
    p.add_argument("--checklist", action="append", default=[], help="library id or YAML file (repeatable)")
    p.add_argument("--checklist-language", metavar="LANG", help="load the checklists' questions and evidence in "
                   "this language where the library has it (de, fr, es, zh-Hans …)")
    p.add_argument("--from", dest="previous", type=Path, help="the previous audit of the chain: client, sites, "
                   "scope, criteria, team, checklists and plan are carried, open findings come over to verify")
    p.add_argument("--update-checklist", action="append", default=[], metavar="KEY",
                   help="with --from: load the library's newer version of this checklist (repeatable)")
    p.add_argument("--start", help="with --from: first audit day (YYYY-MM-DD); the plan's days move with it")
    p.add_argument("--end", help="with --from: last audit day (YYYY-MM-DD)")
    p.add_argument("--title")
    p.add_argument("--client")
    p.add_argument("--type", dest="audit_type", default=None,
                   choices=["gap_analysis", "internal", "supplier", "stage1", "stage2", "surveillance",
                            "recertification", "special"])
    p.add_argument("--auditor", help="lead auditor's name (default: $AUDITOR_APP_AUTHOR or the login name)")

    p = sub.add_parser("verify", help="previous findings and Stage 1 concerns to verify: list, or record one")
    p.add_argument("file", type=Path)
    p.add_argument("item", nargs="?", help="the item's ref (e.g. NC-01) or its number in the list")
    p.add_argument("--outcome", choices=["effective", "partly", "not_effective"])
    p.add_argument("--evidence", help="what the verification rests on")
    p.add_argument("--by", help="verifier (default: the author)")
    p.add_argument("--on", help="date of the verification (default: today)")
    p.add_argument("--follow-up", metavar="GRADE", help="raise a follow-up finding of this grade (not effective)")
    p.add_argument("--statement", help="with --follow-up: the statement of nonconformity")
    p.add_argument("--auditor", help="who records it (default: $AUDITOR_APP_AUTHOR or the login name)")

    p = sub.add_parser("info", help="summary of an audit file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check", help="full integrity and consistency check")
    p.add_argument("file", type=Path)

    p = sub.add_parser("export", help="export an audit: interchange JSON, PDF or Word report, Excel workbook")
    p.add_argument("file", type=Path)
    p.add_argument("--json", dest="json_out", type=Path, help="interchange JSON output")
    p.add_argument("--strip-metadata", action="store_true", help="in the JSON, photos re-encoded from their pixels "
                   "(no EXIF, GPS, XMP, ICC), and the document says so; without it the originals are carried")
    p.add_argument("--pdf", dest="pdf_out", type=Path, help="the audit report (PDF)")
    p.add_argument("--xlsx", dest="xlsx_out", type=Path, help="the workbook: findings with corrective-action "
                   "columns for the client, clauses, notes, interviews, evidence, plan, attendance")
    p.add_argument("--docx", dest="docx_out", type=Path, help="the audit report as an editable Word document")
    p.add_argument("--template", type=Path, help="with --docx: the Word template to fill in (default: the audit's "
                   "(`template use`), else the preferences', else the built-in one); see docs/report-templates.md")
    p.add_argument("--profile", choices=["certification", "internal", "gap"], default="certification")
    p.add_argument("--size", choices=["print", "email", "compact"], default=None,
                   help="the PDF's photos: print (full quality), email (100 photos under 10 MB, 300 under 25 MB), "
                   "compact (smallest)")
    p.add_argument("--language", metavar="CODE", help="the report's language (en de fr es it pt nl pl tr zh-Hans ja "
                   "ko ar; default: the audit's language)")
    p.add_argument("--bilingual", metavar="CODE", help="a second language printed after the first (e.g. en)")

    from auditor_app.cli import templates

    templates.add_parser(sub, _Parser)
    from auditor_app.cli import issuing

    issuing.add_parsers(sub, _Parser)

    p = sub.add_parser("import-actions", help="read back the Findings sheet the client filled in")
    p.add_argument("file", type=Path)
    p.add_argument("sheet", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show the changes, save nothing")

    p = sub.add_parser("import", help="create an audit file from an interchange JSON document")
    p.add_argument("source", type=Path)
    p.add_argument("file", type=Path)

    p = sub.add_parser("demo", help="create a realistic sample audit")
    p.add_argument("file", type=Path)
    p.add_argument("--photos", type=int, default=12)
    p.add_argument("--notes", type=int, default=40)
    p.add_argument("--findings", type=int, default=8)
    p.add_argument("--seed", type=int, default=2026)

    p = sub.add_parser("history", help="the audit trail")
    p.add_argument("file", type=Path)
    p.add_argument("--entity", help="only this entity id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("cycle", help="coverage over the certification cycle of one client's audit files (or of a "
                       "chain in the office store)")
    p.add_argument("files", type=Path, nargs="*", metavar="FILE")
    p.add_argument("--store", metavar="URL", help="read the chain's audits from the office store instead of files")
    p.add_argument("--chain", metavar="CHAIN_ID", help="with --store: the chain (`store audits` lists them)")
    p.add_argument("--client", metavar="TEXT", help="with --store: the chain of the client whose name holds this text")
    p.add_argument("--xlsx", dest="xlsx_out", type=Path, help="workbook: the audits, clause × audit per standard, "
                   "what is still uncovered")
    p.add_argument("--language", metavar="CODE", help="with --xlsx: the workbook's language (en de fr es it pt nl pl "
                   "tr zh-Hans ja ko ar; default: en)")
    p.add_argument("--bilingual", metavar="CODE", help="with --xlsx: a second language printed after the first "
                   "(e.g. en)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rebuild", help="re-derive the cache tables from the operation log")
    p.add_argument("file", type=Path)

    from auditor_app.cli import team

    team.add_parsers(sub, _Parser)
    from auditor_app.cli import store

    store.add_parsers(sub, _Parser)
    from auditor_app.cli import packaging

    packaging.add_parsers(sub)

    p = sub.add_parser("checklists", help="list the checklist library")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("checklist", help="show, validate, import or export a checklist")
    actions = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    q = actions.add_parser("show", help="the clause tree of a library checklist")
    q.add_argument("id")
    q.add_argument("--language", help="in this language (see `checklists` for those available)")
    q.add_argument("--json", action="store_true")
    q = actions.add_parser("validate", help="check a .yaml, .xlsx or .csv checklist (exit 1 with file:line messages)")
    q.add_argument("path", type=Path)
    q = actions.add_parser("import", help="add a .yaml, .xlsx or .csv checklist to your library")
    q.add_argument("path", type=Path)
    q.add_argument("--id", help="library id to give it (default: its own, or the file name)")
    q.add_argument("--dry-run", action="store_true", help="show what would be created, save nothing")
    q = actions.add_parser("export", help="write a library checklist to Excel, to edit and import back")
    q.add_argument("id")
    q.add_argument("out", type=Path)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from auditor_app.cli import commands, team

    handler = getattr(commands, "cmd_" + args.command.replace("-", "_"))
    try:
        team.set_prompt()  # a copy bound to a key signs every change: its passphrase may be asked for
        return int(handler(args) or 0)
    except AuditorError as exc:
        print(f"auditor-app: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and cut short: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("auditor-app: interrupted", file=sys.stderr)
        return 1
    except Exception:  # never a traceback on the terminal: log it and say where
        from auditor_app.logsetup import log_file, setup

        setup()
        log.exception("unexpected error in %s", args.command)
        print(f"auditor-app: internal error; details were written to {log_file()}", file=sys.stderr)
        return 1


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


def positive(value: int, name: str) -> int:
    if value < 0:
        raise InputError(f"--{name} must be 0 or more")
    return value
