"""UI test fixtures: a small demo audit and a main window showing it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from auditor_app.services import demo
from auditor_app.ui.main_window import MainWindow

AUTHOR = "Test Auditor"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once; each test gets its own copy (building takes about a second)."""
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:  # the per-test folder fixture does not reach session scope
        patch.setenv("AUDITOR_APP_DATA_DIR", str(root / "user-data"))
        patch.setenv("AUDITOR_APP_CONFIG_DIR", str(root / "user-config"))
        demo.build_demo(root / "template.audit", photos=2, notes_count=8, findings_count=3).close()
    return root / "template.audit"


@pytest.fixture
def audit_path(_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "a.audit"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, audit_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def empty_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The window as it is when no audit is open (at start, after Close, or when opening failed)."""
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
