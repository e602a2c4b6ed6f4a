"""The folder evidence files are copied to for an outside viewer is named after this process, so a later start
removes it once this process is gone (killed) and never while it runs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from auditor_app import leftovers
from auditor_app.ui.main_window import MainWindow
from tests.ui.test_ui_evidence import choose_files, feature, titles, wait_added
from tests.ui.uihelpers import cid, click_clause


def test_the_outside_viewers_folder_is_named_after_this_process_and_kept_while_it_runs(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ev = feature(window)
    click_clause(qtbot, window, cid("8.4.1"))
    pdf = tmp_path / "Lieferantenbewertung 2026.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    choose_files(monkeypatch, [pdf])
    wait_added(window, qtbot, ev.add_action.trigger)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    ev.tab.grid.activated.emit(ev.tab.model.index(titles(ev.tab.model).index(pdf.name)))
    folder = Path(opened[0].toLocalFile()).parent.parent
    assert folder.parent == scratch
    assert folder.name.startswith(f"auditor-evidence-{os.getpid()}-{leftovers.host_tag()}-")
    assert leftovers.sweep_scratch(scratch) == [] and folder.exists()  # its process is running
