"""The evidence files as a list model (caption, thumbnail, details), and the filter the gallery page puts on it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from auditor_app.domain.records import EvidenceRecord
from auditor_app.services import evidence_views
from auditor_app.ui.evidence import artwork
from auditor_app.ui.evidence.thumbnails import Key, ThumbnailLoader
from auditor_app.ui.i18n import fill, translate

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3  # the second line under the caption: when taken, with what
SearchRole = Qt.ItemDataRole.UserRole + 4
SortRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex



def human_size(size: int | None) -> str:
    if size is None:
        return ""
    value = float(size)
    for unit in ("bytes", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return fill(translate("Evidence", "%1 bytes"), value) if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ").removesuffix("Z")


def title(record: EvidenceRecord) -> str:
    return record.caption or record.filename or translate("Evidence", "(no name)")


def detail(record: EvidenceRecord) -> str:
    if record.taken_at or record.camera:
        return " · ".join(filter(None, (when(record.taken_at), record.camera)))
    return " · ".join(filter(None, (PurePath(record.filename or "").suffix.lstrip(".").upper(),
                                    human_size(record.size))))


def tooltip(record: EvidenceRecord) -> str:
    lines = [record.caption or "", record.filename or ""]
    lines.append(
        fill(translate("Evidence", "Taken %1"), when(record.taken_at))
        if record.taken_at
        else translate("Evidence", "Time taken unknown")
    )
    if record.camera:
        lines.append(fill(translate("Evidence", "Camera: %1"), record.camera))
    pixels = f"{record.width}×{record.height} px" if record.width and record.height else ""
    lines.append(" · ".join(filter(None, (pixels, human_size(record.size)))))
    if record.meta.created_by:  # provenance: after a team merge, whose photo this is
        lines.append(fill(translate("Evidence", "Added by %1, %2"), record.meta.created_by,
                          when(record.meta.created_at)))
    return "\n".join(line for line in lines if line)


class GalleryModel(QAbstractListModel):
    """Evidence records in time-taken order; thumbnails arrive later and refresh only their own rows."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self._records: list[EvidenceRecord] = []
        self._rows_by_key: dict[Key, list[int]] = {}
        loader.ready.connect(self._thumbnail_ready)

    def records(self) -> list[EvidenceRecord]:
        return list(self._records)

    def ids(self) -> list[str]:
        return [r.id for r in self._records]

    def row_of(self, evidence_id: str) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == evidence_id), -1)

    def set_records(self, records: Sequence[EvidenceRecord]) -> None:
        """Show these records; the same files in the same order keep the view (selection, scroll) as it is."""
        ordered = sorted(records, key=evidence_views.sort_key)
        if [r.id for r in ordered] == self.ids():
            changed = [row for row, (old, new) in enumerate(zip(self._records, ordered, strict=True)) if old != new]
            self._records = ordered
            self._index_keys()
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._records = ordered
        self._index_keys()
        self.endResetModel()

    def _index_keys(self) -> None:
        self._rows_by_key = {}
        for row, record in enumerate(self._records):
            if evidence_views.is_photo(record):
                self._rows_by_key.setdefault(Key.of(record), []).append(row)

    def _thumbnail_ready(self, key: Key) -> None:
        for row in self._rows_by_key.get(key, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- the model interface -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records) or index.column() != 0:
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title(record)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(record)
        if role == IdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == DetailRole:
            return detail(record)
        if role == SearchRole:
            return " ".join(filter(None, (record.caption, record.filename, record.camera))).casefold()
        if role == SortRole:
            return index.row()  # the rows are in time-taken order already
        return None

    def _decoration(self, record: EvidenceRecord) -> Any:
        canvas = self.loader.canvas
        if not evidence_views.is_photo(record):
            return artwork.document(record.filename or "", canvas)
        pixmap = self.loader.pixmap(record)
        if pixmap is not None:
            return pixmap
        return artwork.placeholder(canvas, broken=self.loader.problem(record) is not None)


class GalleryFilter(QSortFilterProxyModel):
    """Text typed by the user (caption, file name, camera) and a set of evidence ids to keep (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._ids: frozenset[str] | None = None
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_ids(self, ids: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._ids is not None and index.data(IdRole) not in self._ids:
            return False
        haystack = str(index.data(SearchRole) or "")
        return all(word in haystack for word in self._words)
