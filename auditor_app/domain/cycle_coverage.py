"""Coverage over the certification cycle (ISO/IEC 17021-1 9.1.3, 9.6.2): which audit covered which clause."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.domain import vocab

# A cycle starts with the initial certification audit (Stage 2) or a recertification (ISO/IEC 17021-1 9.6.3).
CYCLE_STARTS = (vocab.AuditType.STAGE2.value, vocab.AuditType.RECERTIFICATION.value)
SHORT_RESULTS = {"conforming": "C", "nonconformity": "NC", "observation": "OBS", "ofi": "OFI",
                 "not_applicable": "N/A"}
COVERED = "✓"  # covered, result not known (an audit known only from the chain's history)


@dataclass(frozen=True, slots=True)
class Source:
    """One audit as read: its cycle entry (services/cycle), its results when its own file or session was read
    (checklist key -> clause number -> result), and where it was read from ("acme-s1.audit", "history of …")."""

    entry: Mapping[str, Any]
    results: Mapping[str, Mapping[str, str]] | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class AuditColumn:
    audit_id: str
    title: str
    audit_type: str
    start_date: str
    end_date: str
    report_number: str
    origin: str
    in_cycle: bool
    processes: tuple[str, ...]
    sites: tuple[str, ...]
    percent: tuple[tuple[str, int], ...]  # (standard key, % of its leaf clauses covered)

    @property
    def kind(self) -> str:
        return vocab.label(vocab.AUDIT_TYPE_LABELS, self.audit_type or None, "Audit")

    @property
    def dates(self) -> str:
        if self.end_date and self.end_date != self.start_date:
            return f"{self.start_date or '?'} to {self.end_date}"
        return self.start_date or "no date"

    @property
    def short(self) -> str:
        """"Surveillance 2027-03-01": a matrix column's title."""
        return f"{self.kind} {self.start_date}".strip()


@dataclass(frozen=True, slots=True)
class ClauseRow:
    number: str
    title: str
    depth: int
    leaf: bool
    marks: tuple[str, ...]  # per audit of the cycle: "" not covered, a short result label, or COVERED
    covered: bool  # in the cycle; a heading when all its children are


@dataclass(frozen=True, slots=True)
class StandardCoverage:
    key: str
    name: str  # "ISO 9001:2015"
    rows: tuple[ClauseRow, ...]

    @property
    def leaves(self) -> int:
        return sum(r.leaf for r in self.rows)

    @property
    def uncovered(self) -> tuple[ClauseRow, ...]:
        return tuple(r for r in self.rows if r.leaf and not r.covered)

    @property
    def percent(self) -> int:
        return _percent(self.leaves - len(self.uncovered), self.leaves)


@dataclass(frozen=True, slots=True)
class CycleCoverage:
    audits: tuple[AuditColumn, ...]  # the whole chain, oldest first
    standards: tuple[StandardCoverage, ...]  # of the newest audit's checklists
    processes: tuple[str, ...]  # of the whole chain
    sites: tuple[str, ...]
    uncovered_processes: tuple[str, ...]  # in the chain, not in any audit of the current cycle
    uncovered_sites: tuple[str, ...]

    @property
    def cycle(self) -> tuple[AuditColumn, ...]:
        """The audits of the current cycle: the matrix's columns."""
        return tuple(a for a in self.audits if a.in_cycle)


def _percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


def history_by_id(value: str | None) -> dict[str, dict[str, Any]]:
    """The audits of an audit's `cycle_history` JSON (services/cycle.py) by their id; an unreadable value (a file
    edited by hand) reads as none."""
    try:
        entries = json.loads(value or "[]")
    except ValueError:
        return {}
    if not isinstance(entries, list):
        return {}
    return {e["audit_id"]: e for e in entries if isinstance(e, dict) and isinstance(e.get("audit_id"), str)}


def text(value: object) -> str:
    """A text field of an entry as carried (a file edited by hand may hold anything there: read as none)."""
    return value.strip() if isinstance(value, str) else ""


def _texts(value: object) -> tuple[str, ...]:
    return tuple(t.strip() for t in value if isinstance(t, str) and t.strip()) if isinstance(value, list) else ()


def base_standard(name: str) -> str:
    """"ISO 9001:2015" -> "iso 9001": the standard whatever its edition (and ISO/IEC spelt as ISO)."""
    return " ".join(name.split(":")[0].replace("ISO/IEC", "ISO").split()).casefold()


def ordered(sources: Sequence[Source]) -> list[Source]:
    """By first audit day. An audit without a date (not yet planned, or a history edited by hand) stays after the
    audit given before it: sources come in chain order, the audit at hand last."""
    keyed: list[tuple[str, Source]] = []
    day = ""
    for source in sources:
        day = text(source.entry.get("start_date"))[:10] or day
        keyed.append((day, source))
    return [source for _day, source in sorted(keyed, key=lambda pair: pair[0])]


def _marks_of(source: Source, key: str, name: str) -> dict[str, str]:
    """Clause number -> mark of this audit for the standard of `key` (matched by standard when its key changed,
    e.g. a checklist moved to a new edition: clauses are matched by number)."""
    standards = source.entry.get("standards")
    standards = standards if isinstance(standards, dict) else {}
    keys = [key] if key in standards else [k for k, v in standards.items()
                                           if isinstance(v, str) and base_standard(v) == base_standard(name)]
    covered = source.entry.get("covered")
    covered = covered if isinstance(covered, dict) else {}
    marks: dict[str, str] = {}
    for k in keys:
        results = (source.results or {}).get(k, {})
        for number in _texts(covered.get(k)):
            result = results.get(number)
            marks[number] = SHORT_RESULTS.get(result, COVERED) if result else COVERED
    return marks


def _rows(clauses: Sequence[rec.ClauseRecord], marks: Sequence[dict[str, str]]) -> tuple[ClauseRow, ...]:
    children: dict[str, list[str]] = {}
    for c in clauses:
        if c.parent_number and c.number:
            children.setdefault(c.parent_number, []).append(c.number)
    below: dict[str, tuple[str, ...]] = {}

    def leaves(number: str) -> tuple[str, ...]:  # the leaf clauses under a heading (itself for a leaf)
        if number not in below:
            kids = children.get(number)
            below[number] = tuple(n for k in kids for n in leaves(k)) if kids else (number,)
        return below[number]

    rows = []
    for c in clauses:
        number = c.number or ""
        under = leaves(number)
        # A heading counts as covered by an audit (and in the cycle) when all the clauses under it are.
        row_marks = tuple((m.get(number) or COVERED) if all(n in m for n in under) else "" for m in marks)
        covered = all(any(n in m for m in marks) for n in under)
        rows.append(ClauseRow(number, c.title or "", c.depth, number not in children, row_marks, covered))
    return tuple(rows)


def build(sources: Sequence[Source], clauses: Sequence[rec.ClauseRecord],
          checklists: Sequence[rec.ChecklistInfo]) -> CycleCoverage:
    """The coverage of a chain: `sources` its audits (any order), `clauses` and `checklists` those of the newest
    audit (whose checklists are the ones the next audit goes on with)."""
    chain = ordered(sources)
    start = max((i for i, s in enumerate(chain) if s.entry.get("audit_type") in CYCLE_STARTS), default=0)
    names = {c.key or "": _name(c) for c in sorted(checklists, key=lambda c: _natural(_name(c)))}
    by_key: dict[str, list[rec.ClauseRecord]] = {}
    for clause in clauses:
        if clause.number and (clause.checklist_key or "") in names:
            by_key.setdefault(clause.checklist_key or "", []).append(clause)
    marks = {key: [_marks_of(s, key, name) for s in chain] for key, name in names.items()}
    leaves = {key: {c.number for c in by_key.get(key, [])} - {c.parent_number for c in by_key.get(key, [])}
              for key in names}
    audits = []
    for i, s in enumerate(chain):
        e = s.entry
        percent = tuple((key, _percent(len(leaves[key] & set(marks[key][i])), len(leaves[key]))) for key in names)
        audits.append(AuditColumn(
            audit_id=text(e.get("audit_id")), title=text(e.get("title")), audit_type=text(e.get("audit_type")),
            start_date=text(e.get("start_date"))[:10], end_date=text(e.get("end_date"))[:10],
            report_number=text(e.get("report_number")), origin=s.origin, in_cycle=i >= start,
            processes=_texts(e.get("processes")), sites=_texts(e.get("sites")), percent=percent))
    standards = tuple(StandardCoverage(key, name, _rows(by_key.get(key, []), marks[key][start:]))
                      for key, name in names.items())
    processes = _union(a.processes for a in audits)
    sites = _union(a.sites for a in audits)
    in_cycle_processes = set(_union(a.processes for a in audits[start:]))
    in_cycle_sites = set(_union(a.sites for a in audits[start:]))
    return CycleCoverage(tuple(audits), standards, processes, sites,
                         tuple(p for p in processes if p not in in_cycle_processes),
                         tuple(s for s in sites if s not in in_cycle_sites))


def _name(checklist: rec.ChecklistInfo) -> str:
    base = checklist.standard or checklist.title or checklist.key or ""
    return f"{base}:{checklist.edition}" if checklist.standard and checklist.edition else base


def _natural(text: str) -> list[tuple[int, int | str]]:  # ISO 9001 before ISO 14001
    return [(0, int(p)) if p.isdigit() else (1, p.casefold()) for p in re.split(r"(\d+)", text) if p]


def _union(groups: Any) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        seen.update(dict.fromkeys(group))
    return tuple(seen)
