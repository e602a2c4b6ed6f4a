"""Use cases for notes (interview, observation, document review, sampling) and the people met."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


def restore_note(tx: Tx, note_id: str) -> None:
    tx.restore("note", note_id)


@dataclass(frozen=True)
class NoteAdded:
    """What adding a note wrote: the note, and the interviewee added with it (if one was typed in)."""

    note_id: str
    person_id: str | None = None


def add_note_with_person(tx: Tx, clause_id: str | None, kind: str, text: str, fields: Mapping[str, Any],
                         new_person: Mapping[str, str] | None = None) -> NoteAdded:
    """A note; a new interviewee typed into it joins the people met in the same step and is the note's person."""
    values = {k: v for k, v in fields.items() if v is not None}  # unset: nothing to record
    person_id = _new_person(tx, new_person) if new_person else None
    if person_id is not None:
        values["person_id"] = person_id
    return NoteAdded(add_note(tx, clause_id, kind, text, **values), person_id)


def remove_added_note(tx: Tx, added: NoteAdded) -> None:
    """Undo of add_note_with_person: the note and the interviewee it brought are deleted (history kept)."""
    tx.delete("note", added.note_id)
    if added.person_id is not None:
        tx.delete("person", added.person_id)


def restore_added_note(tx: Tx, added: NoteAdded) -> None:
    """Redo of add_note_with_person: the same note and person (ids, history, links) come back, not copies."""
    if added.person_id is not None:
        tx.restore("person", added.person_id)
    tx.restore("note", added.note_id)


def edit_note_with_person(tx: Tx, note_id: str, values: Mapping[str, Any], new_person: Mapping[str, str] | None = None,
                          person_id: str | None = None) -> str | None:
    """Edit a note; a new interviewee typed into it is added (or, on redo, `person_id` brought back) and becomes
    the note's person. Returns that person's id, for undo and redo."""
    fields = dict(values)
    if person_id is not None:
        tx.restore("person", person_id)
    elif new_person:
        person_id = _new_person(tx, new_person)
    if person_id is not None:
        fields["person_id"] = person_id
    edit_note(tx, note_id, **fields)
    return person_id


def revert_note_edit(tx: Tx, note_id: str, previous: Mapping[str, Any], person_id: str | None = None) -> None:
    """Undo of edit_note_with_person: the previous values, and the interviewee it added deleted again."""
    edit_note(tx, note_id, **previous)
    if person_id is not None:
        tx.delete("person", person_id)


def _new_person(tx: Tx, person: Mapping[str, str]) -> str:
    extra = {k: v for k, v in person.items() if k != "name" and v}  # empty fields of the form: nothing to record
    return add_person(tx, person.get("name") or "", **extra)


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
