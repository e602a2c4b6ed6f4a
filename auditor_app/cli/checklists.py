"""Command-line use cases of the checklist library: list, show, validate, import, export; checklists by language."""

from __future__ import annotations

import argparse

from auditor_app.cli.main import emit_json
from auditor_app.domain.checklist import Checklist
from auditor_app.services import library


def in_language(keys: list[str], language: str | None) -> list[Checklist]:
    """Library ids (or YAML paths) in the language asked for; one without that translation stays as it is, said."""
    from auditor_app.services import checklist_languages

    if language is None:
        return [library.get(key) for key in keys]
    out = []
    for key in keys:
        if key in {e.key for e in library.entries()}:
            checklist, found = checklist_languages.get_or_original(key, language)
            if not found:
                print(f"note: {key} has no {language} version ({', '.join(checklist_languages.languages(key))}); "
                      "loaded as it is")
            out.append(checklist)
        else:
            out.append(library.get(key))
    return out


def cmd_checklists(args: argparse.Namespace) -> int:
    from auditor_app.services import checklist_languages

    listing = library.entries()
    spoken = {e.key: checklist_languages.languages(e.key) for e in listing}
    if args.json:
        emit_json([{"id": e.key, "title": e.title, "standard": e.standard, "edition": e.edition,
                    "clauses": e.clauses, "language": e.language, "languages": spoken[e.key], "source": e.source,
                    "origin": "bundled" if e.bundled else str(e.path)} for e in listing])
        return 0
    for e in listing:
        origin = "bundled" if e.bundled else f"user: {e.path}"
        print(f"{e.key:<18} {e.standard} ({e.edition}), {e.clauses} clauses, {' '.join(spoken[e.key])} — {origin}")
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    return int(_CHECKLIST_ACTIONS[args.action](args))


def _show(args: argparse.Namespace) -> int:
    from auditor_app.services import checklist_languages

    checklist = checklist_languages.get(args.id, args.language)
    if args.json:
        emit_json(checklist.to_json())
        return 0
    print(f"{checklist.title} ({checklist.edition})")
    for clause, depth, _parent in checklist.walk():
        print(f"{'  ' * depth}{clause.number}  {clause.title}  [{len(clause.questions)} questions]")
    return 0


def _validate(args: argparse.Namespace) -> int:
    checklist = library.read_any(args.path)
    count = sum(1 for _ in checklist.walk())
    print(f"{args.path}: valid — {checklist.key}, {checklist.standard} ({checklist.edition}), {count} clauses")
    return 0


def _import(args: argparse.Namespace) -> int:
    result = library.import_checklist(args.path, args.id, dry_run=args.dry_run)
    checklist = result.checklist
    count = sum(1 for _ in checklist.walk())
    print(f"{checklist.key}: {checklist.title} ({checklist.edition}), {count} clauses, "
          f"{len(checklist.clauses)} top-level: {', '.join(c.number for c in checklist.clauses)}")
    if result.replaces is not None:
        print(f"replaces the {'bundled' if result.replaces.bundled else 'user'} checklist {result.replaces.key}:")
        for line in result.changes or ["no changes"]:
            print(f"  {line}")
    print("dry run: nothing saved" if result.saved is None else f"saved to {result.saved}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from auditor_app.services import checklist_sheets

    checklist_sheets.export_xlsx(library.get(args.id), args.out)
    print(f"exported {args.id} to {args.out}")
    return 0


_CHECKLIST_ACTIONS = {"show": _show, "validate": _validate, "import": _import, "export": _export}
