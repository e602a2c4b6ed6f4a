"""Search results as a two-level tree: one row per clause (or "Not tied to a clause"), its hits below."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from auditor_app.services.search import Hit, HitGroup
from auditor_app.services.search_text import segments

HitRole = Qt.ItemDataRole.UserRole + 1  # the Hit of a result row (None on a group row)
GroupRole = Qt.ItemDataRole.UserRole + 2  # the HitGroup of a group row
HtmlRole = Qt.ItemDataRole.UserRole + 3  # title and snippet with the matches marked, as rich text
KindRole = Qt.ItemDataRole.UserRole + 4  # "note", "finding" … (hits only)
AnyIndex = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internal id of group rows; a hit's internal id is its group's row + 1
MATCH_STYLE = "background-color:#ffe58a;color:#1a1a1a"  # the highlighter-pen yellow of a text search


def kind_label(kind: str) -> str:
    labels = {"clause": QCoreApplication.translate("search", "Clause"),
              "finding": QCoreApplication.translate("search", "Finding"),
              "note": QCoreApplication.translate("search", "Note"),
              "evidence": QCoreApplication.translate("search", "Evidence"),
              "person": QCoreApplication.translate("search", "Person")}
    return labels.get(kind, kind)


def group_title(group: HitGroup) -> str:
    if group.heading is None:
        return QCoreApplication.translate("search", "Not tied to a clause")
    return " ".join(filter(None, (group.heading.number, group.heading.title)))


def marked_html(marked: str) -> str:
    """Rich text of a marked title or snippet: user text escaped, matches highlighted."""
    return "".join(f"<span style='{MATCH_STYLE}'>{html.escape(text)}</span>" if match else html.escape(text)
                   for text, match in segments(marked))


def plain(marked: str) -> str:
    return "".join(text for text, _ in segments(marked))


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[HitGroup] = []

    def set_groups(self, groups: Sequence[HitGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[HitGroup]:
        return list(self._groups)

    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- structure --------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or not 0 <= parent.row() < len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].hits):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() == 0 and parent.internalId() == _GROUP and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- content ----------------------------------------------------------------------------------------
    def hit(self, index: AnyIndex) -> Hit | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        group = int(index.internalId()) - 1
        if not 0 <= group < len(self._groups) or not 0 <= index.row() < len(self._groups[group].hits):
            return None
        return self._groups[group].hits[index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index.row(), role) if 0 <= index.row() < len(self._groups) else None
        hit = self.hit(index)
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(hit.kind)}: {plain(hit.title)} — {plain(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, (f"{kind_label(hit.kind)}: {plain(hit.title)}", plain(hit.snippet),
                                           " · ".join(filter(None, (hit.author, hit.at))))))
        if role == HitRole:
            return hit
        if role == KindRole:
            return hit.kind
        if role == HtmlRole:
            return marked_html(hit.title), marked_html(hit.snippet)
        return None

    def _group_data(self, row: int, role: int) -> Any:
        group = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group_title(group)} ({len(group.hits)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return " — ".join(filter(None, (group_title(group), group.heading.standard if group.heading else "")))
        if role == GroupRole:
            return group
        return None
