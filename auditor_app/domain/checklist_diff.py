"""What changed between two versions of a checklist, clause by clause."""

from __future__ import annotations

from dataclasses import dataclass

from auditor_app.domain.checklist import Checklist, Clause


@dataclass(frozen=True, slots=True)
class ChecklistDiff:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    retitled: tuple[tuple[str, str, str], ...] = ()
    reworded: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.retitled or self.reworded)

    def summary(self) -> list[str]:
        """One human line per kind of change, e.g. "3 clauses added (8.5.7, 8.5.8, 9.4)"."""
        if self.unchanged:
            return ["No clauses changed."]
        lines = [_line(numbers, verb) for numbers, verb in (
            (self.added, "added"), (self.removed, "removed"), (tuple(n for n, _o, _t in self.retitled), "retitled"),
            (self.reworded, "with changed questions or evidence")) if numbers]
        return lines


def _line(numbers: tuple[str, ...], verb: str, shown: int = 8) -> str:
    listed = ", ".join(numbers[:shown]) + (", …" if len(numbers) > shown else "")
    return f"{len(numbers)} clause{'s' if len(numbers) != 1 else ''} {verb} ({listed})"


def diff(old: Checklist, new: Checklist) -> ChecklistDiff:
    """What changed between two versions of a checklist, clause by clause (matched by number)."""
    before = {c.number: c for c, _d, _p in old.walk()}
    after = {c.number: c for c, _d, _p in new.walk()}
    both = [n for n in after if n in before]
    return ChecklistDiff(
        added=tuple(n for n in after if n not in before),
        removed=tuple(n for n in before if n not in after),
        retitled=tuple((n, before[n].title, after[n].title) for n in both if before[n].title != after[n].title),
        reworded=tuple(n for n in both if _wording(before[n]) != _wording(after[n])),
    )


def _wording(clause: Clause) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return clause.questions, clause.evidence
