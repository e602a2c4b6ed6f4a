"""The nodes behind the clause tree model: standards at the top, clauses nested by parent number."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from auditor_app.domain.first_records import ChecklistInfo, ClauseRecord
from auditor_app.ui.i18n import translate


@dataclass(eq=False)
class Node:
    parent: Node | None
    row: int
    clause: ClauseRecord | None = None
    checklist: ChecklistInfo | None = None
    children: list[Node] = field(default_factory=list)

    def add(self, **kwargs: Any) -> Node:
        child = Node(parent=self, row=len(self.children), **kwargs)
        self.children.append(child)
        return child

    def ancestors(self) -> Iterator[Node]:
        """Enclosing rows, innermost first, up to (and with) the standard; never the invisible root."""
        node = self
        while node.parent is not None and node.parent.parent is not None:
            node = node.parent
            yield node

    def standard(self) -> Node:
        return [self, *self.ancestors()][-1]

    def descendants(self) -> Iterator[ClauseRecord]:
        for child in self.children:
            if child.clause is not None:
                yield child.clause
            yield from child.descendants()


def standard_label(info: ChecklistInfo) -> str:
    """ "ISO 9001:2015": auditors know standards by number, and full titles do not fit a navigation pane."""
    title = info.title or ""
    short = re.match(r"\s*(\S.*?:\d{4})\b", title)
    if short:
        return short.group(1)
    return title.split(" — ")[0] or info.standard or info.key or translate("clause_nodes", "Checklist")


def _standard_order(info: ChecklistInfo) -> tuple[int, ...]:
    # ISO 9001 before ISO 14001: by the numbers in the name, not alphabetically.
    return tuple(int(n) for n in re.findall(r"\d+", info.standard or info.key or "")) or (0,)


def build_tree(checklists: Iterable[ChecklistInfo], records: Iterable[ClauseRecord]) -> tuple[Node, dict[str, Node]]:
    """The root node and each clause's node by clause id."""
    root = Node(parent=None, row=0)
    by_id: dict[str, Node] = {}
    standards: dict[str, Node] = {}
    for info in sorted(checklists, key=_standard_order):
        standards[info.key or info.id] = root.add(checklist=info)
    numbered: dict[tuple[str, str], Node] = {}
    for record in sorted(records, key=lambda r: (r.checklist_key or "", r.position)):
        key = record.checklist_key or ""
        if key not in standards:  # clauses of a checklist that is gone still get a home
            standards[key] = root.add(checklist=ChecklistInfo(key, key))
        parent = numbered.get((key, record.parent_number or ""), standards[key])
        node = parent.add(clause=record)
        numbered[(key, record.number or "")] = node
        by_id[record.id] = node
    return root, by_id
