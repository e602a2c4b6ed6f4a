"""GHTF/SG3/N19 grading: the step 1 matrix, the step 2 escalations, the cap, several clauses, the stored basis."""

from __future__ import annotations

import itertools

import pytest

from auditor_app.domain import n19
from auditor_app.domain.grading import GHTF_N19

BOOLS = (False, True)


@pytest.mark.parametrize(("clause", "repeat", "no_procedure", "released"),
                         list(itertools.product(("4.2.4", "7.5.6"), BOOLS, BOOLS, BOOLS)))
def test_every_combination_follows_the_matrix_then_the_escalations(clause: str, repeat: bool, no_procedure: bool,
                                                                    released: bool) -> None:
    direct = clause.startswith("7")
    step1 = {(False, False): 1, (False, True): 2, (True, False): 3, (True, True): 4}[(direct, repeat)]
    expected = min(5, step1 + no_procedure + released)
    result = n19.grade(clause, repeat, no_procedure, released)
    assert result.grade == expected
    assert result.key in GHTF_N19.grade_keys() and GHTF_N19.grade(result.key).is_nonconformity
    assert result.steps[0].endswith(f"→ grade {step1}")
    assert len([s for s in result.steps if s.startswith("step 2")]) == no_procedure + released
    assert ("capped at 5" in result.basis) == (step1 + no_procedure + released > 5)


def test_the_basis_says_why_a_grade_is_four() -> None:
    result = n19.grade("7.5.6", repeat=True, no_procedure=False)
    assert result.describe() == "Grade 4 — direct QMS impact (7.5.6), repeat"
    result = n19.grade("7.5.6", repeat=False, no_procedure=True)
    assert result.describe() == "Grade 4 — direct QMS impact (7.5.6), first occurrence; +1 no documented procedure"
    result = n19.grade("8.3", repeat=True, no_procedure=True, released_nonconforming=True)
    assert result.describe() == ("Grade 5 — direct QMS impact (8.3), repeat; +1 no documented procedure; "
                                 "+1 nonconforming devices released; capped at 5")


@pytest.mark.parametrize(("clause", "direct"), [
    ("4", False), ("4.1", False), ("4.1.6", False), ("5.6.3", False), ("6", False), ("6.3", False),
    ("6.4", True), ("6.4.2", True),
    ("7", True), ("7.1", True), ("7.5.9.1", True), ("8", True), ("8.5.3", True)])
def test_the_clause_split_at_its_boundaries(clause: str, direct: bool) -> None:
    assert n19.grade(clause).direct is direct
    assert n19.grade(clause).grade == (3 if direct else 1)


@pytest.mark.parametrize("clause", ["1", "2", "3.1", "9", "10.2", "", "A.1"])
def test_a_clause_outside_chapters_4_to_8_is_not_graded(clause: str) -> None:
    assert not n19.is_gradable(clause)
    with pytest.raises(ValueError, match="not an ISO 13485 requirement clause"):
        n19.grade(clause)


def test_several_clauses_take_the_highest_grade_and_name_its_clause() -> None:
    factors = n19.Factors(repeat=True)
    result = n19.grade_for(["4.2.4", "7.4.1", "8.2.2"], factors)
    assert result is not None and (result.grade, result.clause) == (4, "7.4.1")
    assert n19.grade_for(["5.5.1", "6.2"], factors) is not None
    assert n19.grade_for(["5.5.1", "6.2"], factors).grade == 2  # type: ignore[union-attr]


def test_clauses_outside_iso13485_are_left_out_and_none_left_means_no_grade() -> None:
    assert n19.grade_for(["9.2", "10.2"], n19.Factors()) is None
    assert n19.grade_for([], n19.Factors()) is None
    assert n19.covers("ISO 13485") and n19.covers("ISO 13485:2016") and not n19.covers("ISO 9001")


def test_factors_round_trip_through_the_stored_basis() -> None:
    factors = n19.Factors(repeat=True, no_procedure=False, released_nonconforming=True)
    stored = factors.to_json()
    assert stored == {"scheme": "ghtf_n19", "repeat": True, "no_procedure": False, "released_nonconforming": True}
    assert n19.Factors.from_json(stored) == factors
    assert n19.Factors.from_json('{"scheme": "ghtf_n19", "repeat": true}') == n19.Factors(repeat=True)
    assert n19.Factors.from_json('{"scheme": "other"}') is None
    assert n19.Factors.from_json("not json") is None
    assert n19.Factors.from_json(None) is None
