"""Use cases for notes (interview, observation, document review, sampling) and the people met."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from auditor_app.domain import vocab
from auditor_app.domain.entities import NOTE, PERSON
from auditor_app.errors import InputError
from auditor_app.services.session import Tx, new_id


def add_note(tx: Tx, clause_id: str | None, kind: str, text: str, **fields: Any) -> str:
    try:
        vocab.NoteKind(kind)
    except ValueError:
        raise InputError(f"unknown note kind {kind!r}") from None
    _check_fields(NOTE.field_names, fields, "note")
    values = {"clause_id": clause_id, "kind": kind, "text": text,
              "recorded_at": fields.pop("recorded_at", None) or datetime.now().strftime("%Y-%m-%dT%H:%M")}
    values.update(fields)
    return tx.create("note", new_id(), values)


def edit_note(tx: Tx, note_id: str, **fields: Any) -> dict[str, Any]:
    _check_fields(NOTE.field_names, fields, "note")
    return tx.set("note", note_id, fields)


def delete_note(tx: Tx, note_id: str) -> None:
    tx.delete("note", note_id)


def add_person(tx: Tx, name: str, **fields: Any) -> str:
    if not name.strip():
        raise InputError("a person needs a name")
    _check_fields(PERSON.field_names, fields, "person")
    return tx.create("person", new_id(), {"name": name.strip(), **fields})


def edit_person(tx: Tx, person_id: str, **fields: Any) -> dict[str, Any]:
    _check_fields(PERSON.field_names, fields, "person")
    return tx.set("person", person_id, fields)


def _check_fields(allowed: tuple[str, ...], fields: dict[str, Any], what: str) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise InputError(f"{what}: unknown field(s) {', '.join(sorted(unknown))}")
