"""The cross-walk between standards: which clauses address the same subject, for integrated audits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from auditor_app.domain.checklist import Checklist, ChecklistError

FORMAT = "auditor-crosswalk/1"
ClauseRef = tuple[str, str]  # (checklist id, clause number)


@dataclass(frozen=True, slots=True)
class Crosswalk:
    groups: tuple[tuple[ClauseRef, ...], ...]
    _index: dict[ClauseRef, tuple[ClauseRef, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[ClauseRef, list[ClauseRef]] = defaultdict(list)
        for group in self.groups:
            for ref in group:
                index[ref] += [other for other in group if other != ref and other not in index[ref]]
        self._index.update({k: tuple(v) for k, v in index.items()})

    def related(self, checklist_key: str, number: str) -> tuple[ClauseRef, ...]:
        """Clauses of other standards that correspond to this one (direct correspondences only)."""
        return self._index.get((checklist_key, number), ())


def _ref(text: str, origin: str, line: int) -> ClauseRef:
    key, sep, number = text.partition("#")
    if not sep or not key or not number:
        raise ChecklistError(f"{origin}, line {line}: {text!r} is not of the form <checklist id>#<clause number>")
    return key, number


def load_crosswalk(path: Path) -> Crosswalk:
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)  # nodes carry line numbers for messages
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ChecklistError(f"{path}: cannot read the cross-walk ({exc})") from None
    if (node is None or not isinstance(data, dict) or data.get("format") != FORMAT
            or not isinstance(data.get("groups"), list)):
        raise ChecklistError(f"{path}: not a cross-walk file (format must be {FORMAT!r} with a list of groups)")
    groups_node = next(v for k, v in node.value if k.value == "groups")
    groups = []
    for group, group_node in zip(data["groups"], groups_node.value, strict=True):
        line = group_node.start_mark.line + 1
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(r, str) for r in group):
            raise ChecklistError(f"{path}, line {line}: a group lists two or more clause references")
        groups.append(tuple(_ref(r, str(path), line) for r in group))
    return Crosswalk(tuple(groups))


def derive_groups(checklists: Iterable[Checklist]) -> list[tuple[ClauseRef, ...]]:
    """Groups implied by checklist tags: `hs` (harmonized structure) and `iso9001` (explicit mapping)."""
    lists = list(checklists)
    by_hs: dict[str, list[ClauseRef]] = defaultdict(list)
    pairs: list[tuple[ClauseRef, ...]] = []
    for checklist in lists:
        for clause, _depth, _parent in checklist.walk():
            tags = dict(clause.tags)
            if "hs" in tags:
                by_hs[tags["hs"]].append((checklist.key, clause.number))
            if "iso9001" in tags:
                pairs.append(((checklist.key, clause.number), ("iso9001-2015", tags["iso9001"])))
    hs_groups = [tuple(refs) for _hs, refs in sorted(by_hs.items(), key=lambda kv: _number_key(kv[0]))
                 if len({k for k, _n in refs}) > 1]
    return hs_groups + pairs


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in number.split("."))


def dump_groups(groups: list[tuple[ClauseRef, ...]], source: str) -> str:
    lines = [f"format: {FORMAT}", f"source: >-\n  {source}", "groups:"]
    for group in groups:
        lines.append("  - [" + ", ".join(f'"{k}#{n}"' for k, n in group) + "]")
    return "\n".join(lines) + "\n"
