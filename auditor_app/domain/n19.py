"""The GHTF/SG3/N19:2012 nonconformity grade: a matrix step and escalation rules, with the reasons kept."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SCHEME = "ghtf_n19"
MAX_GRADE = 5
# Step 1 sorts ISO 13485 clauses by their effect on the devices: 4.1 to 6.3 (system, management, resources)
# enable the work and act on devices indirectly; 6.4 (work environment and contamination control) to 8.5
# (realization, measurement, improvement) act on them directly. This is the split N19 and MDSAP's grading
# (which took it over) draw; check it against the published table when adapting to a new ISO 13485 edition.
INDIRECT_CHAPTERS = frozenset({"4", "5", "6"})
DIRECT_CHAPTERS = frozenset({"7", "8"})
DIRECT_FROM_CHAPTER_6 = "6.4"  # the one clause of chapter 6 that acts on devices directly
FACTORS = ("repeat", "no_procedure", "released_nonconforming")


@dataclass(frozen=True, slots=True)
class Factors:
    """What the auditor states about a nonconformity; the grade follows from these and the clause."""

    repeat: bool = False  # the same nonconformity was raised at an earlier audit
    no_procedure: bool = False  # a documented process or procedure the standard asks for is absent
    released_nonconforming: bool = False  # nonconforming medical devices left the organization

    def to_json(self) -> dict[str, Any]:
        return {"scheme": SCHEME, **{name: getattr(self, name) for name in FACTORS}}

    @classmethod
    def from_json(cls, value: object) -> Factors | None:
        """The factors of a stored `grading_basis` (a dict or its JSON text); None when it holds no N19 basis."""
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return None
        if not isinstance(value, dict) or value.get("scheme") != SCHEME:
            return None
        return cls(**{name: value.get(name) is True for name in FACTORS})


@dataclass(frozen=True, slots=True)
class N19Grade:
    grade: int
    clause: str
    direct: bool
    factors: Factors
    steps: tuple[str, ...]  # how the grade was reached, one line per step, for reports

    @property
    def key(self) -> str:
        """The grade's key in the GHTF_N19 grading scheme."""
        return str(self.grade)

    @property
    def basis(self) -> str:
        """ "direct QMS impact (7.5.6), repeat; +1 no documented procedure" """
        impact = "direct" if self.direct else "indirect"
        parts = [f"{impact} QMS impact ({self.clause}), {'repeat' if self.factors.repeat else 'first occurrence'}"]
        if self.factors.no_procedure:
            parts.append("+1 no documented procedure")
        if self.factors.released_nonconforming:
            parts.append("+1 nonconforming devices released")
        if self.steps[-1].startswith("capped"):
            parts.append(f"capped at {MAX_GRADE}")
        return "; ".join(parts)

    def describe(self) -> str:
        """ "Grade 4 — direct QMS impact (7.5.6), repeat; +1 no documented procedure" """
        return f"Grade {self.grade} — {self.basis}"


def covers(standard: str) -> bool:
    """Whether a checklist's standard is ISO 13485, the only standard N19's matrix places clauses of (by the
    standard's name, so a user's own 13485 checklist counts too)."""
    return "13485" in standard.replace(" ", "")


def chapter(clause_number: str) -> str:
    return clause_number.strip().split(".")[0]


def is_gradable(clause_number: str) -> bool:
    """Whether N19's matrix places this ISO 13485 clause (chapters 4 to 8; 1-3 hold no requirements)."""
    return chapter(clause_number) in INDIRECT_CHAPTERS | DIRECT_CHAPTERS


def _within(clause_number: str, parent: str) -> bool:
    return clause_number == parent or clause_number.startswith(parent + ".")


def grade(clause_number: str, repeat: bool = False, no_procedure: bool = False,
          released_nonconforming: bool = False) -> N19Grade:
    """The N19 grade of a nonconformity against one ISO 13485 clause. ValueError for a clause outside 4-8."""
    if not is_gradable(clause_number):
        raise ValueError(f"clause {clause_number!r} is not an ISO 13485 requirement clause (4 to 8)")
    direct = chapter(clause_number) in DIRECT_CHAPTERS or _within(clause_number, DIRECT_FROM_CHAPTER_6)
    factors = Factors(repeat, no_procedure, released_nonconforming)
    step1 = (3 if direct else 1) + (1 if repeat else 0)
    steps = [f"step 1: {'direct' if direct else 'indirect'} QMS impact ({clause_number}), "
             f"{'repeat' if repeat else 'first occurrence'} → grade {step1}"]
    total = step1
    for on, reason in ((no_procedure, "no documented procedure"),
                       (released_nonconforming, "nonconforming devices released")):
        if on:
            total += 1
            steps.append(f"step 2: +1 {reason} → {total}")
    if total > MAX_GRADE:
        steps.append(f"capped at {MAX_GRADE}")
        total = MAX_GRADE
    return N19Grade(total, clause_number, direct, factors, tuple(steps))


def grade_for(clause_numbers: Iterable[str], factors: Factors) -> N19Grade | None:
    """A nonconformity raised against several clauses takes the highest grade any of them gives (the first such
    clause in the order given names the basis). Clauses outside ISO 13485's 4-8 are not graded; None if no
    clause is left."""
    best: N19Grade | None = None
    for number in clause_numbers:
        if not is_gradable(number):
            continue
        candidate = grade(number, factors.repeat, factors.no_procedure, factors.released_nonconforming)
        if best is None or candidate.grade > best.grade:
            best = candidate
    return best
