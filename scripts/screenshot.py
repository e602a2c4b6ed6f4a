"""Regenerates the README screenshot from the sample audit, offscreen: .venv/bin/python scripts/screenshot.py."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
work = Path(tempfile.mkdtemp(prefix="auditor-shot-"))
os.environ["AUDITOR_APP_DATA_DIR"] = str(work / "data")
os.environ["AUDITOR_APP_CONFIG_DIR"] = str(work / "config")

from PySide6.QtWidgets import QApplication  # noqa: E402

from auditor_app.domain.checklist import clause_id  # noqa: E402
from auditor_app.services import demo  # noqa: E402
from auditor_app.ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    app = QApplication([])
    app.setApplicationName("auditor-app")
    folder = work / "Audits"
    folder.mkdir()
    path = folder / "Mueller-Stage2-2026.audit"
    demo.build_demo(path).close()
    window = MainWindow("Dr. Katrin Vogel")
    window.resize(1400, 900)
    window.show()
    window.open_path(path)
    window.select_clause(clause_id("iso9001-2015", "7.1.5.2"))
    for _ in range(10):
        app.processEvents()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "docs" / "screenshot-main.png"
    window.grab().save(str(out))
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
