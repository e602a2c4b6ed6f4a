"""How the grades of any grading scheme look in the workspace: label, icon, severity, the clause result they imply."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from auditor_app.domain.grading import SCHEMES, GradingScheme
from auditor_app.domain.vocab import ClauseResult
from auditor_app.ui.i18n import grading_label, marked
from auditor_app.ui.icons import result_icon

# The grades that are "minor" in their scheme: several on one clause may together amount to a major.
MINOR_GRADES = frozenset({"minor", "NCmin"})
UNKNOWN = "?"  # not a result: drawn with the neutral shape of a value this version does not know
_RESULTS = {"observation": ClauseResult.OBSERVATION, "PS": ClauseResult.OBSERVATION, "ofi": ClauseResult.OFI,
            "PP": ClauseResult.OFI, "good_practice": ClauseResult.CONFORMING, "PF": ClauseResult.CONFORMING}


def grade_result(scheme: GradingScheme, key: str | None) -> str:
    """The clause result a grade corresponds to; its icon shape is the grade's icon, in every scheme. A grade
    no scheme knows (a newer version's) corresponds to no result: it gets the unknown result's neutral shape."""
    grade = scheme.find(key)
    if grade is None:
        if key and not any(s.find(key) for s in SCHEMES.values()):
            return UNKNOWN
        return ClauseResult.NOT_AUDITED.value
    if grade.is_nonconformity:
        return ClauseResult.NONCONFORMITY.value
    return _RESULTS.get(key or "", ClauseResult.OBSERVATION).value


def grade_icon(scheme: GradingScheme, key: str | None) -> QIcon:
    return result_icon(grade_result(scheme, key))


def grade_label(scheme: GradingScheme, key: str | None) -> str:
    # A grade of another scheme (the audit's scheme was changed after grading) keeps that scheme's name.
    for candidate in (scheme, *SCHEMES.values()):
        try:
            return grading_label(candidate.grade(key or "").label)
        except KeyError:
            continue
    return marked(key) if key else ""


def severity(scheme: GradingScheme, key: str | None) -> int:
    """Sort order, most serious first: AFNOR and ISO/IEC 17021-1 list their grades that way; GHTF N19 counts up
    to 5, its most serious grade."""
    keys = scheme.grade_keys()
    numbered = sorted((k for k in keys if k.isdigit()), key=int, reverse=True)
    order = numbered + [k for k in keys if not k.isdigit()]
    return order.index(key) if key in order else len(order)


def is_nonconformity(scheme: GradingScheme, key: str | None) -> bool:
    try:
        return scheme.grade(key or "").is_nonconformity
    except KeyError:
        return False


def default_grade(scheme: GradingScheme, clause_result: str | None) -> str:
    """What the auditor most likely means, from the clause's result: a minor for a nonconformity, and so on."""
    wanted = clause_result if clause_result in (ClauseResult.OBSERVATION, ClauseResult.OFI) \
        else ClauseResult.NONCONFORMITY
    keys = [g.key for g in scheme.grades if grade_result(scheme, g.key) == wanted]
    minors = [k for k in keys if k in MINOR_GRADES]
    return (minors or keys or list(scheme.grade_keys()))[0]
