"""The pinned Qt binding must not corrupt Python: PySide6 6.12.0 on Python 3.11 dropped a reference to None
on every call of a void Qt method, and a long session then aborted with 'deallocating None'."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_none_alone() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 100
