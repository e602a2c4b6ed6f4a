"""Starting the desktop application: arguments, display check, crash handler, main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app.identity import default_author

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow

NO_DISPLAY = """\
auditor-app: the desktop window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
The same work can be done without a display with the command line:
    auditor-app new|info|check|export|import|demo|history ...   (see `auditor-app --help`)
or run the window under a virtual display: xvfb-run auditor-app"""


def _parse(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="auditor-app", description="Open an audit file in the desktop window.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="audit file to open (default: the sample audit)")
    parser.add_argument("--read-only", action="store_true", help="open without allowing changes")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation end to end (audit, photo, PDF, Excel, merge, window) and exit")
    parser.add_argument("--temp-basedir", action="store_true",
                        help="with --smoke-test: use temporary user data and config folders")
    return parser.parse_args(args)


def display_missing() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launch(args: list[str]) -> int:
    try:
        options = _parse(args)
    except SystemExit as exc:  # --help or a usage error: argparse has already said why
        return exc.code if isinstance(exc.code, int) else 2
    if display_missing():
        # Checked before importing Qt: without a display Qt would abort the process with a cryptic message.
        if sys.stderr is not None:
            sys.stderr.write(NO_DISPLAY + "\n")
        return 1
    if options.smoke_test:
        from auditor_app.ui.smoke import run_smoke_test

        return run_smoke_test(temp_basedir=options.temp_basedir)
    return _run(Path(options.file) if options.file else None, options.read_only)


def _run(file: Path | None, read_only: bool) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = start(file, read_only)
    try:
        return app.exec()
    finally:
        window.close_session()
        from auditor_app import logsetup

        logsetup.setup()  # closed before the workspace was complete: what was logged still reaches the file


def start(file: Path | None, read_only: bool = False) -> MainWindow:
    """The main window on screen with `file` (or the sample audit) opening in it; the caller runs the event loop."""
    from PySide6.QtWidgets import QApplication

    from auditor_app import paths
    from auditor_app.services import preferences
    from auditor_app.ui import crash, i18n, staged_open, theme
    from auditor_app.ui.main_window import MainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("start() needs the QApplication made first")
    app.setApplicationName(paths.APP_NAME)
    crash.install()
    theme.apply(app)
    # The language is read once, here: windows already built keep their texts, so a change shows at the next start.
    i18n.install_translations(i18n.locale_for(preferences.load().ui_language))
    # Staged: the audit is shown before the services are imported (ui/staged_open.py).
    window = MainWindow(default_author(), read_only=read_only, staged=True)
    window.show()
    staged_open.open_at_start(window, file)  # the signing key's dialog comes with the workspace (main_window)
    return window
