"""The records an audit's first view needs, and how records are built from rows: start-up shows the clause tree
with these before the other records (domain/records.py, which holds them all) are defined."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Provenance:
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    conflicts: int = 0


@dataclass(frozen=True, slots=True)
class AuditDetails:
    id: str
    title: str | None = None
    client: str | None = None
    sites: tuple[str, ...] = ()
    scope: str | None = None
    audit_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    objectives: str | None = None
    criteria: str | None = None
    language: str | None = None
    confidentiality: str | None = None
    grading_scheme: str | None = None
    report_number: str | None = None
    report_revision: str | None = None
    conclusions: str | None = None
    recommendation: str | None = None
    diverging_opinions: str | None = None
    plan_deviations: str | None = None
    client_representative: str | None = None
    client_representative_role: str | None = None
    changes_since_last: str | None = None
    certification_marks: str | None = None
    objectives_met: str | None = None
    objectives_comment: str | None = None
    recommendation_decision: str | None = None
    previous_audit_id: str | None = None
    previous_audit: str | None = None
    chain_id: str | None = None
    cycle_history: str | None = None  # stored JSON text (decoded by services/cycle)
    stage2_readiness: str | None = None
    stage2_readiness_comment: str | None = None
    planned_auditor_days: str | None = None
    report_template: str | None = None  # a name in this computer's template library (services/template_library)
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ChecklistInfo:
    id: str
    key: str | None = None
    title: str | None = None
    standard: str | None = None
    edition: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ClauseRecord:
    id: str
    checklist_key: str | None = None
    number: str | None = None
    title: str | None = None
    parent_number: str | None = None
    depth: int = 0
    position: int = 0
    questions: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()
    result: str = "not_audited"
    justification: str | None = None
    audited_by: str | None = None
    audited_at: str | None = None
    meta: Provenance = Provenance()


_JSON_TUPLES = {"sites", "questions", "evidence", "clause_refs", "finding_refs"}
_NUMBERS = {"sample_size", "size", "width", "height", "rotation", "minutes"}  # whole-number fields the log fills


_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _names(cls: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def from_row(cls: type[T], row: Any, **extra: Any) -> T:
    """Build a record from a cache row mapping, decoding JSON columns and defaulting missing values."""
    # A plain dict of the row: RowMapping.get goes through the generic Mapping machinery, ~1 µs a field.
    fields = getattr(row, "_fields", None)  # a property on SQLAlchemy rows: read it once
    mapping = dict(zip(fields, row, strict=True)) if fields is not None else row
    values: dict[str, Any] = {}
    for name in _names(cls):  # field names worked out once per record type: exports read 20,000 rows
        if name == "meta":
            values["meta"] = Provenance(mapping.get("created_at"), mapping.get("created_by"), mapping.get("updated_at"),
                                        mapping.get("updated_by"), int(mapping.get("conflicts") or 0))
            continue
        if name in extra:
            values[name] = extra[name]
            continue
        raw = mapping.get(name)
        if raw is None:
            continue
        if name in _JSON_TUPLES and isinstance(raw, str):
            raw = _texts(json.loads(raw))
        elif name == "tags" and isinstance(raw, str):
            raw = tuple(sorted(json.loads(raw).items()))
        elif name in ("internal", "present", "on_site", "signed"):
            raw = bool(raw)
        elif name in _NUMBERS and (isinstance(raw, bool) or not isinstance(raw, int)):
            continue  # a hand-edited file's text or fraction where a whole number belongs: read as not given
        values[name] = raw
    return cls(**values)


def _texts(value: Any) -> tuple[str, ...]:
    # A list of texts as stored; a hand-edited file may hold one text, or numbers, in its place: shown as text.
    items = value if isinstance(value, list) else [value]
    return tuple(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in items)
