"""One owner of the open audit: features get it and the shell, never the window, the session or each other."""

from __future__ import annotations

import ast
import threading
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uihelpers import cid

from auditor_app.errors import BugError
from auditor_app.services import queries
from auditor_app.services.session import AuditSession
from auditor_app.ui import features
from auditor_app.ui.commands import SetClauseResult
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.tasks import BusyDialog

UI = Path(__file__).resolve().parents[2] / "auditor_app" / "ui"
OWNER_MODULES = {"open_audit.py"}  # and the undo commands (every module named commands.py), which run in a Tx


def _module(path: Path, ui: Path) -> str:
    return ".".join(("auditor_app", *path.relative_to(ui.parent).with_suffix("").parts))


def _unit_of(module: str) -> str:
    """A feature's unit: its package when the feature lives in ui/<package>/feature.py, else its module."""
    return module.rsplit(".", 1)[0] if module.endswith(".feature") else module


UNITS = {_unit_of(module) for module in features.MODULES}


def _unit(module: str) -> str | None:
    return next((u for u in UNITS if module == u or module.startswith(u + ".")), None)


def _imports(tree: ast.AST, module: str) -> list[tuple[int, str]]:
    """Every module imported anywhere in the file (also under TYPE_CHECKING and inside functions)."""
    found = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, up one level per extra dot
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _violations(ui: Path = UI) -> list[str]:
    problems = []
    for path in sorted(ui.rglob("*.py")):
        module = _module(path, ui)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ui.parent.parent).as_posix()
        if path.name not in OWNER_MODULES and path.name != "commands.py":
            problems += [f"{where}:{node.lineno} reads .session of {ast.unparse(node.value)}"
                         for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "session"]
        unit = _unit(module)
        if unit is None:
            continue
        for line, name in _imports(tree, module):
            if name == "auditor_app.ui.main_window":
                problems.append(f"{where}:{line} imports the window")
            other = _unit(name)
            if other is not None and other != unit:
                problems.append(f"{where}:{line} imports the feature {other}")
    return sorted(set(problems))


def test_no_feature_imports_the_window_or_another_feature_and_only_the_owner_holds_the_session() -> None:
    assert len(UNITS) == len(features.FEATURES)  # every feature is its own unit
    assert _violations() == []


def test_the_scan_sees_what_it_forbids(tmp_path: Path) -> None:
    """The rule itself fails on a feature that reaches the window, its session or another feature."""
    bad = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
           "    from auditor_app.ui.main_window import MainWindow\n"
           "from auditor_app.ui.findings import data\n\ndef f(window):\n    return window.session\n")
    root = tmp_path / "auditor_app" / "ui"
    (root / "evidence").mkdir(parents=True)
    (root / "evidence" / "bad.py").write_text(bad, encoding="utf-8")
    assert _violations(root) == ["auditor_app/ui/evidence/bad.py:3 imports the window",
                                 "auditor_app/ui/evidence/bad.py:4 imports the feature auditor_app.ui.findings",
                                 "auditor_app/ui/evidence/bad.py:7 reads .session of window"]


def test_the_window_has_no_session_and_features_get_the_owner(window: MainWindow) -> None:
    assert not hasattr(window, "session")
    assert all(feature.audit is window.audit and feature.shell is window for feature in window.features)
    record = window.audit.read(queries.clause, cid("8.5.1"))
    assert record is not None and record.number == "8.5.1"


def test_reads_are_refused_with_no_audit_open(empty_window: MainWindow) -> None:
    with pytest.raises(BugError, match="no audit file is open"):
        empty_window.audit.read(queries.clauses)


def test_while_exclusive_work_holds_the_file_nothing_else_reads_or_writes_it(window: MainWindow, qtbot: QtBot) -> None:
    audit = window.audit
    release = threading.Event()
    seen: list[object] = []
    busy: list[bool] = []
    audit.busy_changed.connect(busy.append)

    def work(session: AuditSession) -> int:
        release.wait(10)
        return len(queries.clauses(session))

    prepared = SetClauseResult(audit.command_context(), cid("8.5.1"), "8.5.1", "conforming")
    task = audit.run_exclusive("Working", "Working on the audit…", work, "Finishing…")
    task.succeeded.connect(seen.append)
    assert audit.busy and busy == [True] and isinstance(QApplication.activeModalWidget(), BusyDialog)
    assert not window.open_action.isEnabled() and not window.exports.pdf_action.isEnabled()
    with pytest.raises(BugError, match="in use by a long task"):
        audit.read(queries.clauses)
    with pytest.raises(BugError, match="in use by a long task"):
        audit.command_context()
    before = audit.undo_stack.count()
    assert not audit.push(prepared)  # a command made before the work began is not run either
    assert audit.undo_stack.count() == before
    with pytest.raises(BugError):
        audit.run_exclusive("Again", "…", work, "…")
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0] == len(window.tree_model.clause_records()) and not audit.busy and busy == [True, False]
    assert window.open_action.isEnabled() and window.exports.pdf_action.isEnabled()


def test_a_read_only_audit_refuses_commands(qtbot: QtBot, audit_path: Path) -> None:
    win = MainWindow("Reader", read_only=True)
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    before = win.audit.read(queries.clause, cid("8.5.1"))
    assert not win.audit.push(SetClauseResult(win.audit.command_context(), cid("8.5.1"), "8.5.1", "nonconformity"))
    after = win.audit.read(queries.clause, cid("8.5.1"))
    assert before is not None and after is not None and after.result == before.result
    win.close()


def test_the_import_contract_lists_every_feature() -> None:
    """pyproject's independence contract (lint-imports) covers the same units as the scan above."""
    config = tomllib.loads((UI.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "independence"]
    assert set(contract["modules"]) == UNITS and not contract.get("ignore_imports")
