"""The SQL statements the office store's code runs, as they are run (to count round trips)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event

from auditor_app.storage import store_connect


def counted(monkeypatch: pytest.MonkeyPatch, keep: Callable[[str], bool]) -> list[str]:
    """Every statement for which `keep(sql)` holds, run by any store engine made from now on in this test."""
    seen: list[str] = []
    real = store_connect.engine

    def made(url: str, password: str | None = None) -> Any:
        engine = real(url, password)
        event.listen(engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_rest: seen.append(sql) if keep(sql) else None)
        return engine

    monkeypatch.setattr(store_connect, "engine", made)
    return seen
