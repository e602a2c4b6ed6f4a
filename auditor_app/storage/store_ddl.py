"""The office store's access rules as PostgreSQL DDL text: the auditors' group role, grants, row-level security.

Like `building` for the audit file, DDL that Core does not model (roles, policies, a SECURITY DEFINER function) is
text run on the driver's connection, inside the caller's transaction; the tables come from `store_schema`.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from auditor_app.storage import store_ops
from auditor_app.storage.store_connect import Store
from auditor_app.storage.store_schema import AUDITORS, SCHEMA

# An audit's rows are visible to the roles it is assigned to; assignment rows only to their own role.
_ASSIGNED = (f"audit_id IN (SELECT a.audit_id FROM {SCHEMA}.assignment a WHERE a.role_name = current_user)")
_MINE = "role_name = current_user"

# table -> (the auditors' grants, USING, WITH CHECK); None: the statement is not granted at all.
_RULES: dict[str, tuple[str, str, str | None]] = {
    "audit": ("SELECT", _ASSIGNED, None),  # created only through claim_audit below
    "assignment": ("SELECT", _MINE, None),  # given only by the administrator (`store assign`)
    "operation": ("SELECT, INSERT", _ASSIGNED, f"{_ASSIGNED} AND pushed_by = current_user"),
    "audit_blob": ("SELECT, INSERT", _ASSIGNED, _ASSIGNED),
    # Evidence is shared by content across audits: readable through a link to an assigned audit; anyone in the
    # group may add a file (the server checks its hash), which stays unreadable until linked to their audit.
    "blob": ("SELECT, INSERT", f"sha256 IN (SELECT l.sha256 FROM {SCHEMA}.audit_blob l WHERE l.{_ASSIGNED})",
             "true"),
    "push_log": ("SELECT, INSERT", _ASSIGNED, f"{_ASSIGNED} AND {_MINE}"),
}

_CLAIM = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.claim_audit(p_audit_id text, p_title text, p_client text, p_chain_id text,
                                                p_previous_audit_id text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
DECLARE
    who text := session_user;  -- inside a SECURITY DEFINER function current_user is the owner
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('auditor_store claim ' || p_audit_id));  -- two first pushes at once
    IF EXISTS (SELECT 1 FROM assignment WHERE audit_id = p_audit_id AND role_name = who) THEN
        UPDATE audit SET title = coalesce(title, p_title), client = coalesce(client, p_client),
                         chain_id = coalesce(chain_id, p_chain_id),
                         previous_audit_id = coalesce(previous_audit_id, p_previous_audit_id)
         WHERE audit_id = p_audit_id AND (title IS NULL OR client IS NULL);
        RETURN 'assigned';
    END IF;
    IF EXISTS (SELECT 1 FROM audit WHERE audit_id = p_audit_id) THEN
        RAISE EXCEPTION 'audit % is not assigned to %', p_audit_id, who USING ERRCODE = '42501';
    END IF;
    INSERT INTO audit(audit_id, title, client, chain_id, previous_audit_id, created_by)
         VALUES (p_audit_id, p_title, p_client, p_chain_id, p_previous_audit_id, who);
    INSERT INTO assignment(audit_id, role_name) VALUES (p_audit_id, who);
    RETURN 'created';
END $$"""


def apply(raw: psycopg.Connection[object]) -> None:
    """The group role, grants, policies (ENABLE + FORCE row-level security) and the claim function; idempotent."""
    group, admin = sql.Identifier(AUDITORS), sql.Identifier(_current_user(raw))
    raw.execute(sql.SQL("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {}) THEN "
                        "CREATE ROLE {} NOLOGIN; END IF; END $$").format(sql.Literal(AUDITORS), group))
    raw.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), group))
    raw.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(_table("store_meta"), group))
    for name, (grants, using, check) in _RULES.items():
        table = _table(name)
        raw.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(table))
        raw.execute(sql.SQL("GRANT " + grants + " ON {} TO {}").format(table, group))
        raw.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table))
        raw.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(table))  # the owner too
        for policy in ("assigned", "assigned_insert", "administrator"):
            raw.execute(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy), table))
        raw.execute(sql.SQL("CREATE POLICY assigned ON {} FOR SELECT TO {} USING (" + using + ")")
                    .format(table, group))
        if check is not None:
            raw.execute(sql.SQL("CREATE POLICY assigned_insert ON {} FOR INSERT TO {} WITH CHECK (" + check + ")")
                        .format(table, group))
        # The role that set the store up (the CB's administrator) sees and assigns every audit.
        raw.execute(sql.SQL("CREATE POLICY administrator ON {} TO {} USING (true) WITH CHECK (true)")
                    .format(table, admin))
    raw.execute(_CLAIM)
    claim = sql.SQL("{}.claim_audit(text, text, text, text, text)").format(sql.Identifier(SCHEMA))
    raw.execute(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(claim))
    raw.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(claim, group))


def grant_group(raw: psycopg.Connection[object], role: str) -> None:
    """Make `role` a member of the auditors' group (a role already in it stays as it is)."""
    raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(AUDITORS), sql.Identifier(role)))


def _table(name: str) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(name))


def _current_user(raw: psycopg.Connection[object]) -> str:
    row: Any = raw.execute("SELECT current_user").fetchone()
    return str(row[0]) if row else ""


def initialise(store: Store) -> None:
    """Set the store up (or bring an existing one's rules up to date) in one transaction: tables, then rules."""
    with store.transaction() as conn:
        store_ops.create_tables(conn)
        store_ops.check_format(conn, store.where)
        apply(_driver(conn.connection.driver_connection))


def assign(store: Store, audit_id: str, role: str) -> bool:
    """Assign an audit to a login role, and make the role a member of the auditors' group; False: it already was."""
    with store.transaction() as conn:
        store_ops.check_format(conn, store.where)
        grant_group(_driver(conn.connection.driver_connection), role)
        return store_ops.assign(conn, audit_id, role)


def admit(store: Store, role: str) -> None:
    """Let a login role use the store: membership of the auditors' group (it sees only the audits it is assigned)."""
    with store.transaction() as conn:
        store_ops.check_format(conn, store.where)
        grant_group(_driver(conn.connection.driver_connection), role)


def _driver(raw: object) -> psycopg.Connection[object]:
    assert isinstance(raw, psycopg.Connection)
    return raw
