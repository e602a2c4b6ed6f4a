"""Merge conflicts as readable rows (what, which field, whose versions) and the list model that shows them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from auditor_app.domain.entities import Kind, spec_for
from auditor_app.domain.ops import EXISTS
from auditor_app.domain.records import Conflict
from auditor_app.services import queries
from auditor_app.services.session import AuditSession
from auditor_app.ui.i18n import entity_label, fill, translate
from auditor_app.ui.icons import result_label

ConflictRole = Qt.ItemDataRole.UserRole + 1
DELETE_EDIT = "delete_edit"
# The field that names an item in a list, for entities that have one.
NAME_FIELDS = {"note": "text", "finding": "ref", "person": "name", "team_member": "name", "evidence": "filename",
               "plan_row": "process", "attendee": "name", "checklist": "title", "meeting": "kind"}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Version:
    author: str
    at: str  # local time, minutes
    field: str
    value: Any
    text: str  # the value as the user reads it

    @property
    def is_deletion(self) -> bool:
        return self.field == EXISTS and self.value is False


@dataclass(frozen=True, slots=True)
class ConflictRow:
    conflict: Conflict
    what: str  # e.g. Note “Gauge GB-7 at line 2 …”
    field_label: str
    versions: tuple[Version, ...]

    @property
    def multiline(self) -> bool:
        """Whether the versions need a text box each (long or several lines) rather than one line."""
        return self.is_text or any("\n" in v.text or len(v.text) > 60 for v in self.versions)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.conflict.entity_type, self.conflict.entity_id, self.conflict.field

    @property
    def is_delete_edit(self) -> bool:
        return self.conflict.kind == DELETE_EDIT

    @property
    def is_text(self) -> bool:
        if self.is_delete_edit:
            return False
        return spec_for(self.conflict.entity_type).field(self.conflict.field).kind in (Kind.TEXT, Kind.SHORT)

    @property
    def kind_label(self) -> str:
        if self.is_delete_edit:
            deleted = _names(v.author for v in self.versions if v.is_deletion)
            edited = _names(v.author for v in self.versions if not v.is_deletion)
            return fill(translate("conflict_list", "deleted by %1, changed by %2"), deleted, edited)
        return fill(translate("conflict_list", "changed differently by %1"), _names(v.author for v in self.versions))


def _names(authors: Any) -> str:
    unique = list(dict.fromkeys(authors))
    if len(unique) > 1:
        return fill(translate("conflict_list", "%1 and %2"), ", ".join(unique[:-1]), unique[-1])
    return "".join(unique)


def first_words(text: str, count: int = 8, limit: int = 50) -> str:
    """The start of a text as a name; the character limit covers scripts written without spaces."""
    whole = " ".join(text.split())
    short = " ".join(whole.split(" ")[:count])[:limit].rstrip()
    return short + ("…" if short != whole else "")


def local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def field_label(field: str) -> str:
    # Other field names are shown as stored ("due_date" as "Due date"): the entity specs have no labels yet.
    return translate("conflict_list", "Deleted or kept") if field == EXISTS else field.replace("_", " ").capitalize()


def describe(session: AuditSession, conflicts: Sequence[Conflict]) -> list[ConflictRow]:
    """Rows for the conflict list; deleted items are named from their history (the cache no longer has them)."""
    names: dict[str, str] = {}
    types = {c.entity_type for c in conflicts}
    if "note" in types:
        names.update((n.id, first_words(n.text or "")) for n in queries.notes(session))
    if "finding" in types:
        names.update((f.id, f.ref or "") for f in queries.findings(session))
    clause_numbers: dict[str, str] = {}

    def clause_name(clause_id: str) -> str:
        if clause_id not in clause_numbers:
            record = queries.clause(session, clause_id)
            clause_numbers[clause_id] = " ".join(filter(None, (record.number, record.title))) if record else ""
        return clause_numbers[clause_id]

    def what(c: Conflict) -> str:
        label = entity_label(spec_for(c.entity_type).label)
        if c.entity_type == "audit":
            return label
        if c.entity_type == "clause":
            return f"{label} {clause_name(c.entity_id)}".strip()
        name = names.get(c.entity_id) or _name_from_history(session, c)
        return fill(translate("conflict_list", "%1 “%2”"), label, name) if name else label

    def text(c: Conflict, head: dict[str, Any]) -> str:
        value, name = head.get("value"), head.get("field", c.field)
        if name == EXISTS:
            return translate("conflict_list", "Deleted") if value is False else translate("conflict_list", "Restored")
        shown = show_value(c.entity_type, name, value)
        if name == "clause_id" and isinstance(value, str):
            shown = clause_name(value) or shown
        return shown if c.kind != DELETE_EDIT else fill(translate("conflict_list", "%1: %2"), field_label(name), shown)

    def version(c: Conflict, head: dict[str, Any]) -> Version:
        author = str(head.get("author") or translate("conflict_list", "unknown auditor"))
        return Version(author, local_time(str(head.get("at") or "")), str(head.get("field", c.field)),
                       head.get("value"), text(c, head))

    return [ConflictRow(c, what(c), field_label(c.field), tuple(version(c, h) for h in c.heads)) for c in conflicts]


def _name_from_history(session: AuditSession, c: Conflict) -> str:
    field = NAME_FIELDS.get(c.entity_type)
    if field is None:
        return ""
    values = [e.value for e in queries.history(session, c.entity_id) if e.field == field and e.value]
    return first_words(str(values[-1])) if values else ""


def show_value(entity_type: str, field: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return translate("conflict_list", "(empty)")
    if entity_type == "clause" and field == "result":
        return result_label(str(value))
    if isinstance(value, bool):
        return translate("conflict_list", "yes") if value else translate("conflict_list", "no")
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []

    def set_rows(self, rows: Sequence[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ConflictRow]:
        return list(self._rows)

    def row_of(self, key: tuple[str, str, str]) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.what}\n{row.field_label} — {row.kind_label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{v.author}, {v.at}: {first_words(v.text, 20)}" for v in row.versions)
        if role == ConflictRole:
            return row
        return None
