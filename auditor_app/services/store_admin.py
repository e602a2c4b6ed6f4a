"""The CB administrator's side of the office store: setting it up and assigning audits to auditors' roles."""

from __future__ import annotations

import uuid

from auditor_app.errors import InputError
from auditor_app.storage import store_ddl
from auditor_app.storage.store_connect import Store


def init(url: str, password: str | None = None) -> str:
    """Create the store's schema, tables, auditors' group role and access rules; returns the store as shown."""
    store = Store(url, password)
    try:
        store_ddl.initialise(store)
        return store.where
    finally:
        store.close()


def admit(url: str, role: str, password: str | None = None) -> None:
    """Let the login role `role` use the store (its first push of a new audit is then assigned to it)."""
    if not role.strip():
        raise InputError("store auditor needs the auditor's PostgreSQL role name")
    store = Store(url, password)
    try:
        store_ddl.admit(store, role.strip())
    finally:
        store.close()


def assign(url: str, audit_id: str, role: str, password: str | None = None) -> bool:
    """Let `role` sync the audit `audit_id`; False when it already could."""
    try:
        audit_id = str(uuid.UUID(audit_id))
    except ValueError:
        raise InputError(f"{audit_id!r} is not an audit id (`auditor-app info FILE` shows it)") from None
    if not role.strip():
        raise InputError("store assign needs the auditor's PostgreSQL role name")
    store = Store(url, password)
    try:
        return store_ddl.assign(store, audit_id, role.strip())
    finally:
        store.close()
