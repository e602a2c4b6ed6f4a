"""Entry point: sub-commands run headless; anything else starts the desktop application."""

from __future__ import annotations

import sys

COMMANDS = {"new", "info", "check", "export", "import", "demo", "history", "rebuild", "checklists", "checklist",
            "merge", "handover", "import-actions"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from auditor_app.cli.main import run

        return int(run(args))
    from auditor_app.ui.launch import launch

    return int(launch(args))


if __name__ == "__main__":
    sys.exit(main())
