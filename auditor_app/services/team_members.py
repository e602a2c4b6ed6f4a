"""Use cases for the audit team: who audits (lead, auditors, experts, observers) and how to reach them."""

from __future__ import annotations

from typing import Any

from auditor_app.domain import vocab
from auditor_app.domain.entities import TEAM_MEMBER
from auditor_app.errors import InputError
from auditor_app.services import audit
from auditor_app.services.session import Tx


def _role(role: Any) -> None:
    if role is not None and role not in {r.value for r in vocab.TeamRole}:
        raise InputError(f"unknown team role {role!r} ({', '.join(r.value for r in vocab.TeamRole)})")


def add_team_member(tx: Tx, name: str, role: str = vocab.TeamRole.AUDITOR, organisation: str | None = None,
                    email: str | None = None) -> str:
    _role(role)
    return audit.add_team_member(tx, name, role, organisation or None, email or None)


def edit_team_member(tx: Tx, member_id: str, **fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(TEAM_MEMBER.field_names)
    if unknown:
        raise InputError(f"team member: unknown field(s) {', '.join(sorted(unknown))}")
    if "name" in fields:
        if not (fields["name"] or "").strip():
            raise InputError("a team member needs a name")
        fields["name"] = fields["name"].strip()
    if "role" in fields:
        _role(fields["role"])
    return tx.set("team_member", member_id, fields)


def delete_team_member(tx: Tx, member_id: str) -> None:
    tx.delete("team_member", member_id)


def restore_team_member(tx: Tx, member_id: str) -> None:
    tx.restore("team_member", member_id)
