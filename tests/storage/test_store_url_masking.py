"""The office store's URL as messages show it: no password, wherever libpq lets one be written."""

from __future__ import annotations

import pytest

from auditor_app.storage import store_connect


@pytest.mark.parametrize("url", ["postgresql://bob:s3cret@store.example/audits",
                                 "postgresql://bob@store.example/audits?password=s3cret&sslmode=require"])
def test_a_password_in_the_url_is_never_shown_and_is_warned_about(url: str) -> None:
    shown = store_connect.shown(url)
    assert "s3cret" not in shown and "store.example/audits" in shown and shown.startswith("postgresql://bob")
    assert store_connect.has_password(url)


def test_other_parameters_stay_visible() -> None:
    shown = store_connect.shown("postgresql://bob@store.example/audits?sslmode=verify-full")
    assert shown == "postgresql://bob@store.example/audits?sslmode=verify-full"
    assert not store_connect.has_password("postgresql://bob@store.example/audits?sslmode=verify-full")
