"""Entry point: sub-commands run headless; anything else starts the desktop application."""

from __future__ import annotations

import sys

COMMANDS = {"new", "key", "package", "unpack", "info", "check", "export", "import", "demo", "history", "rebuild",
            "checklists", "checklist", "merge", "handover", "import-actions", "verify", "cycle", "template", "issue",
            "verify-report", "cert", "sync", "store", "checkout"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from auditor_app.cli.main import run
        from auditor_app.leftovers import sweep_scratch

        sweep_scratch()
        return int(run(args))
    _sweep_meanwhile()
    from auditor_app.ui.launch import launch

    return int(launch(args))


def _sweep_meanwhile() -> None:
    """Old report scratch folders are swept on a thread, once the window is up: start-up does not wait for it."""
    import threading
    import time

    def sweep() -> None:
        time.sleep(3)
        try:
            from auditor_app.leftovers import sweep_scratch

            sweep_scratch()
        except Exception:  # housekeeping: never a reason to disturb the user
            return

    threading.Thread(target=sweep, name="sweep-scratch", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
