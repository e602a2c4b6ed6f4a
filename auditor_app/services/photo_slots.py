"""Which clause a photo probably belongs to: the audit-plan slot whose day and hours contain its time taken."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from auditor_app.domain import records as rec

_TIME = re.compile(r"^\s*(\d{1,2})[:.hH](\d{2})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


class Timed(Protocol):
    @property
    def path(self) -> Path: ...
    @property
    def taken_at(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Slot:
    day: str
    start: str  # "HH:MM"
    end: str  # "HH:MM" (exclusive); "24:00" when the day's plan says nothing later
    clauses: str


def _hhmm(text: str | None) -> str | None:
    found = _TIME.match(text or "")
    if not found or int(found[1]) > 24 or int(found[2]) > 59:
        return None
    return f"{int(found[1]):02d}:{found[2]}"


def slots(plan_rows: Iterable[rec.PlanRow]) -> list[Slot]:
    """Plan rows with a day and a start, in plan order; a row without an end lasts until the next one starts."""
    rows = sorted(((r.day or "", _hhmm(r.start), _hhmm(r.end), r.clauses or "") for r in plan_rows
                   if r.day and _DAY.match(r.day) and _hhmm(r.start)), key=lambda r: (r[0], r[1] or ""))
    out = []
    for index, (day, start, end, clauses) in enumerate(rows):
        later = [r[1] for r in rows[index + 1:] if r[0] == day and (r[1] or "") > (start or "")]
        out.append(Slot(day, start or "", end or (later[0] if later else None) or "24:00", clauses))
    return out


def clause_numbers(checklists: Sequence[rec.ChecklistInfo] | None,
                   clauses: Iterable[rec.ClauseRecord]) -> tuple[list[str], dict[tuple[str, str], str]]:
    """Checklist keys in preference order (as `checklists` lists them) and (key, number) -> clause id."""
    ids: dict[tuple[str, str], str] = {}
    order: list[str] = []
    for clause in clauses:
        if clause.number and clause.checklist_key:
            ids.setdefault((clause.checklist_key, clause.number), clause.id)
            if clause.checklist_key not in order:
                order.append(clause.checklist_key)
    if checklists:
        given = [c.key for c in checklists if c.key]
        order = [k for k in given if k in order] + [k for k in order if k not in given]
    return order, ids


def slot_clause(text: str, order: Sequence[str], ids: dict[tuple[str, str], str],
                standards: dict[str, str]) -> str | None:
    """The first clause number of a slot's text ("7.5, 8.4", "ISO 14001 6.1.2") that the audit has."""
    for part in re.split(r"[,;/\n]", text):
        numbers = _NUMBER.findall(part)
        hinted = [k for k in order if any(n == standards.get(k) for n in numbers)]
        for number in numbers:
            for key in hinted + [k for k in order if k not in hinted]:
                if (key, number) in ids:
                    return ids[key, number]
    return None


def suggest_clauses(candidates: Iterable[Timed], plan_rows: Iterable[rec.PlanRow],
                    clauses: Iterable[rec.ClauseRecord],
                    checklists: Sequence[rec.ChecklistInfo] | None = None) -> dict[Path, str]:
    """path -> clause id for each photo taken during a plan slot that names a clause of the audit.

    Across several standards the first of `checklists` wins (`photo_import.checklists_in_load_order`), unless
    the slot names the standard ("ISO 14001 8.1").
    No time taken, no slot, or no known clause number: no suggestion.
    """
    order, ids = clause_numbers(checklists, clauses)
    standards = {c.key: m[0] for c in checklists or () if c.key and (m := re.search(r"\d{4,5}", c.standard or ""))}
    windows = slots(plan_rows)
    out: dict[Path, str] = {}
    for item in candidates:
        taken = item.taken_at or ""
        day, time = taken[:10], _hhmm(taken[11:16])
        if not time:
            continue
        slot = next((s for s in windows if s.day == day and s.start <= time < s.end), None)
        clause_id = slot_clause(slot.clauses, order, ids, standards) if slot is not None else None
        if clause_id is not None:
            out[item.path] = clause_id
    return out
