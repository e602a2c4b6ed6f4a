"""Helpers for UI tests that act and look like a user: click a clause, pick from a combo, read the tree."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from auditor_app.domain.checklist import clause_id
from auditor_app.services.session import AuditSession
from auditor_app.ui.feature import Feature
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column

F = TypeVar("F", bound=Feature)


def session_of(win: MainWindow) -> AuditSession | None:
    """The open audit's session, for tests that look at it (open or not, its path and ids). Reading or writing the
    file through it must happen on the audit's database thread: `win.audit.read(fn, …)` or `run_in(win, …)`."""
    return win.audit._session


def run_in(win: MainWindow, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """`session.run(fn, …)` (one transaction) on the open audit's database thread; returns its ChangeSet."""
    return win.audit.read(AuditSession.run, fn, *args, **kw)


def feature_of(win: MainWindow, kind: type[F]) -> F:
    """The window's feature of that class."""
    return next(f for f in win.features if isinstance(f, kind))


def cid(number: str, key: str = "iso9001-2015") -> str:
    return clause_id(key, number)


def proxy_index(win: MainWindow, clause: str, column: int = Column.CLAUSE) -> QModelIndex:
    source = win.tree_model.index_of_clause(clause)
    index = win.panel.view_index(source)
    return index.siblingAtColumn(column) if index.isValid() else index


def row_text(win: MainWindow, clause: str, column: int) -> str:
    return str(proxy_index(win, clause, column).data() or "")


def click_clause(qtbot: QtBot, win: MainWindow, clause: str) -> None:
    tree = win.panel.tree
    index = proxy_index(win, clause)
    assert index.isValid(), "clause is not visible in the tree"
    parent = index.parent()
    while parent.isValid():
        tree.expand(parent)
        parent = parent.parent()
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert win.page.clause_id == clause


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a user does: open the popup and click it."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, combo.modelColumn())
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def visible_numbers(win: MainWindow) -> list[str]:
    records = {r.id: r for r in win.tree_model.clause_records()}
    return [records[c].number or "" for c in win.panel.visible_clause_ids()]


def damage_the_log(path: Path) -> None:
    """Overwrite bytes in the middle of the operation log, as a failing disk would: the small tables checked at
    open stay readable, the deferred whole-file check finds it."""
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name='op' AND pagetype='leaf'")]
    conn.close()
    data = bytearray(path.read_bytes())
    victim = (pages[len(pages) // 2] - 1) * 8192
    data[victim + 100:victim + 400] = bytes(range(256)) + bytes(44)
    path.write_bytes(bytes(data))
