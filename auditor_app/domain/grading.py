"""Pluggable grading schemes for findings."""

from __future__ import annotations

from dataclasses import dataclass

from auditor_app.domain import vocab


@dataclass(frozen=True, slots=True)
class Grade:
    key: str
    label: str
    is_nonconformity: bool  # needs a clause reference and objective evidence before it can be graded


@dataclass(frozen=True, slots=True)
class GradingScheme:
    key: str
    label: str
    grades: tuple[Grade, ...]

    def grade(self, key: str) -> Grade:
        for grade in self.grades:
            if grade.key == key:
                return grade
        raise KeyError(key)

    def grade_keys(self) -> tuple[str, ...]:
        return tuple(g.key for g in self.grades)

    def find(self, key: object) -> Grade | None:
        """The grade of a stored key; None for no grade and for a grade this scheme does not have."""
        return next((g for g in self.grades if g.key == key), None)

    def label_of(self, key: object, empty: str = "") -> str:
        """A grade's label; a key this scheme does not know (a newer version's) as it is, marked."""
        return vocab.label({g.key: g.label for g in self.grades}, key, empty)

    def rank(self, key: object) -> tuple[int, str]:
        """Sort key: the scheme's grades in order (most severe first), then unknown grades, by their text."""
        return vocab.rank(self.grade_keys(), key)


DEFAULT = GradingScheme(
    "iso17021",
    "Major / minor (ISO/IEC 17021-1)",
    (
        Grade("major", "Major nonconformity", True),
        Grade("minor", "Minor nonconformity", True),
        Grade("observation", "Observation", False),
        Grade("ofi", "Opportunity for improvement", False),
        Grade("good_practice", "Good practice", False),
    ),
)

GHTF_N19 = GradingScheme(
    "ghtf_n19",
    "GHTF/SG3/N19 grades 1–5 (medical devices)",
    tuple(Grade(str(n), f"Grade {n}", True) for n in range(1, 6))
    + (Grade("ofi", "Opportunity for improvement", False),),
)

AFNOR = GradingScheme(
    "afnor",
    "AFNOR (PF / PP / PS / NCmin / NCmaj)",
    (
        Grade("NCmaj", "Non-conformité majeure", True),
        Grade("NCmin", "Non-conformité mineure", True),
        Grade("PS", "Point sensible", False),
        Grade("PP", "Piste de progrès", False),
        Grade("PF", "Point fort", False),
    ),
)

SCHEMES: dict[str, GradingScheme] = {s.key: s for s in (DEFAULT, GHTF_N19, AFNOR)}


# The grades each scheme counts as a major nonconformity (no recommendation for certification while one is
# open); GHTF/SG3/N19 grades 4 and 5 are the ones it treats as major.
_MAJOR: dict[str, frozenset[str]] = {"iso17021": frozenset({"major"}), "ghtf_n19": frozenset({"4", "5"}),
                                     "afnor": frozenset({"NCmaj"})}


def is_major(scheme_key: str | None, grade: object) -> bool:
    """Whether a stored grade is a major nonconformity in the scheme (an unknown grade is not)."""
    graded = scheme(scheme_key)
    found = graded.find(grade)
    return found is not None and found.is_nonconformity and found.key in _MAJOR.get(graded.key, frozenset())


def scheme(key: str | None) -> GradingScheme:
    return SCHEMES.get(key or DEFAULT.key, DEFAULT)
