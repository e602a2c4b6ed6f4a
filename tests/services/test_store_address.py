"""The office store's address: filled in as parts, pasted as a URL, and never kept with a password."""

from __future__ import annotations

import json

import pytest

from auditor_app.errors import InputError
from auditor_app.services import preferences, store_address
from auditor_app.services.store_address import Address


def test_the_parts_an_auditor_fills_in_make_a_url_that_verifies_the_server_by_default() -> None:
    url = store_address.to_url(Address(host="store.cb.example", database="audits", role="anna"))
    assert url == "postgresql://anna@store.cb.example/audits?sslmode=verify-full&sslrootcert=system"
    with_ca = Address(host="10.0.0.5", database="audits", role="anna", port=6432, ca_file="/home/anna/cb-ca.crt")
    assert store_address.to_url(with_ca) == \
        "postgresql://anna@10.0.0.5:6432/audits?sslmode=verify-full&sslrootcert=/home/anna/cb-ca.crt"
    assert store_address.parse(store_address.to_url(with_ca)) == with_ca
    assert with_ca.account == "anna@10.0.0.5:6432/audits"


def test_a_pasted_url_fills_the_parts_keeps_libpq_parameters_and_drops_the_password() -> None:
    parsed = store_address.parse("postgresql://anna:s3cret@db.cb.example:5433/audits?sslmode=require"
                                 "&connect_timeout=5&password=other")
    assert parsed == Address(host="db.cb.example", database="audits", role="anna", port=5433, tls="require",
                             extra=(("connect_timeout", "5"),))
    assert "s3cret" not in store_address.to_url(parsed) and "other" not in store_address.to_url(parsed)


@pytest.mark.parametrize(("address", "problem"), [
    (Address(host="", database="audits", role="anna"), "the office store's host is empty"),
    (Address(host="db", database="audits", role=" "), "the office store's role is empty"),
    (Address(host="db", database="audits", role="anna", port=70000), "port 70000 is not a port number"),
])
def test_an_incomplete_address_names_the_part(address: Address, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        store_address.to_url(address)


def test_a_url_of_another_kind_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match=r"must start with postgresql:// \(postgresql://ROLE@HOST"):
        store_address.parse("mysql://anna@db/audits")


def test_preferences_never_write_the_store_password() -> None:
    prefs = preferences.Preferences(store_url="postgresql://anna:s3cret@db.cb.example/audits?sslmode=verify-full"
                                              "&password=again")
    preferences.save(prefs)
    text = preferences.file_path().read_text("utf-8")
    assert "s3cret" not in text and "again" not in text
    assert json.loads(text)["store_url"] == "postgresql://anna@db.cb.example/audits?sslmode=verify-full"
    assert preferences.load().store_url == "postgresql://anna@db.cb.example/audits?sslmode=verify-full"
