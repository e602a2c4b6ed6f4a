"""`auditor-app template …`: check a Word template, keep this computer's library of them, choose one per audit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from auditor_app.errors import InputError
from auditor_app.identity import default_author
from auditor_app.services import template_library


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The `template` command's parser, added to the command line's (`sub`: its subparsers)."""
    p = sub.add_parser("template", help="Word report templates: check one, keep a library, choose one per audit")
    actions: Any = p.add_subparsers(dest="action", required=True, parser_class=parser_class)
    q = actions.add_parser("check", help="render a .docx template against a sample audit (exit 1 naming the "
                           "paragraph or variable that is wrong)")
    q.add_argument("path", type=Path)
    q = actions.add_parser("add", help="check a .docx template and keep it on this computer under NAME")
    q.add_argument("name")
    q.add_argument("path", type=Path, metavar="FILE")
    q.add_argument("--replace", action="store_true", help="replace the template kept under NAME")
    actions.add_parser("list", help="the templates kept on this computer: name, size, last changed")
    q = actions.add_parser("remove", help="remove a template from this computer (audits naming it keep the name)")
    q.add_argument("name")
    q = actions.add_parser("use", help="record which template the audit's Word report uses")
    q.add_argument("file", type=Path)
    q.add_argument("name", nargs="?", help="a template on this computer (`template list`)")
    q.add_argument("--built-in", action="store_true", help="the built-in template, whatever the preferences say")
    q.add_argument("--default", action="store_true", help="no choice of its own: the preferences' template, else "
                   "the built-in one")


def run(args: argparse.Namespace) -> int:
    return int({"check": _check, "add": _add, "list": _list, "remove": _remove, "use": _use}[args.action](args))


def _check(args: argparse.Namespace) -> int:
    from auditor_app.services import reports

    reports.check_template(args.path)
    print(f"{args.path}: ok (every tag renders against a sample audit)")
    return 0


def _add(args: argparse.Namespace) -> int:
    replacing = args.replace and template_library.path(args.name) is not None
    entry = template_library.add(args.name, args.path, replace=args.replace)
    print(f"template {entry.name!r} {'replaced' if replacing else 'added'} ({_size(entry.size)}); "
          f"an audit uses it after `auditor-app template use AUDIT.audit {_shell(entry.name)}`")
    return 0


def _list(_args: argparse.Namespace) -> int:
    entries = template_library.entries()
    if not entries:
        print("no templates on this computer; add one with `auditor-app template add NAME FILE.docx`")
        return 0
    width = max(len(e.name) for e in entries)
    for entry in entries:
        print(f"{entry.name:<{width}}  {_size(entry.size):>9}  {entry.modified.astimezone():%Y-%m-%d %H:%M}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    name = template_library.remove(args.name)
    print(f"template {name!r} removed from this computer; audits naming it are refused at export until it is "
          "added again")
    return 0


def _use(args: argparse.Namespace) -> int:
    from auditor_app.services import audit

    if sum((args.name is not None, args.built_in, args.default)) != 1:
        raise InputError("say which template the audit uses: a NAME from `auditor-app template list`, --built-in "
                         "or --default")
    from auditor_app.services import queries

    name = template_library.BUILT_IN if args.built_in else args.name
    with audit.open_audit(args.file, author=default_author()) as session:
        session.run(template_library.use, name)
        recorded = queries.details(session).report_template
    if recorded == template_library.BUILT_IN:
        print(f"{args.file}: the Word report uses the built-in template")
    elif recorded is None:
        print(f"{args.file}: the Word report uses this computer's default template (the preferences', else the "
              "built-in one)")
    else:
        print(f"{args.file}: the Word report uses the template {recorded!r}")
    return 0


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / (1024 * 1024):.1f} MB"


def _shell(name: str) -> str:
    return name if name.replace("-", "").replace("_", "").replace(".", "").isalnum() else f'"{name}"'
