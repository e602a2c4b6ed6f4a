"""The navigation pane: clause filter box, result filter and the clause tree."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.vocab import RESULT_LABELS
from auditor_app.ui.i18n import fill, plural, vocab_label
from auditor_app.ui.models.clause_filter import ALL, AUDITOR, ClauseFilterModel, result_filters
from auditor_app.ui.models.clause_tree import COUNTED, ClauseIdRole, ClauseTreeModel, Column


class ClausePanel(QWidget):
    clause_selected = Signal(str)

    def __init__(self, model: ClauseTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ClauseFilterModel(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter clauses by number or title (Ctrl+L)"))
        self.search.setClearButtonEnabled(True)
        self.result_filter = QComboBox()
        for key, label in result_filters():
            self.result_filter.addItem(label, key)
        self.result_filter.setToolTip(self.tr("Show only clauses with this result"))
        self.match_label = QLabel()
        self.tree = QTreeView()
        # The view shows the tree model itself while it is in clause order and unfiltered, which is most of the
        # time: through the proxy, every repaint costs twice the Python calls (opening a section of the tree
        # repainted in ~45 ms instead of ~30). The proxy takes over for a filter or another sort order.
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(Column.CLAUSE, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.CLAUSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RESULT, QHeaderView.ResizeMode.Fixed)
        # Fixed widths: a ResizeToContents column re-measures every expanded row on each edit (~40 ms per change
        # with 5,000 notes); three digits and the header's icon always fit.
        count_width = max(QFontMetrics(self.tree.font()).horizontalAdvance("8888"), 16) + 18
        for column in COUNTED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, count_width)
        self._full_result_width = self._result_width()
        header.resizeSection(Column.RESULT, self._full_result_width)
        self.setMinimumWidth(300)
        self.tree.setIndentation(16)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.result_filter, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 0, 6)
        box.addLayout(filters)
        box.addWidget(self.match_label)
        box.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._go_to_first_match)
        self.result_filter.currentIndexChanged.connect(self._filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        header.sortIndicatorChanged.connect(self._sort_changed)
        model.modelReset.connect(self._model_reset)  # after the proxy's own reset: it was connected first
        self.match_label.hide()
        self._shown: str | None = None  # the clause the page shows, even while the filter hides it
        self._quiet = False

    def _result_width(self) -> int:
        # Wide enough for the longest result label (bold, as nonconformities are) plus its icon and padding.
        font = QFont(self.tree.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [*map(vocab_label, RESULT_LABELS.values()), self.model.rollup_text(888, 888, 88)]
        return max(metrics.horizontalAdvance(t) for t in texts) + self._icon_width() + 28

    def _icon_width(self) -> int:
        return self.tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 20

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.tree.header()
        counts = sum(header.sectionSize(column) for column in COUNTED)
        room = self.tree.viewport().width() - counts - self._full_result_width
        # In a narrow pane the clause titles matter more than the result's words; the icon's shape still tells.
        width = self._full_result_width if room >= 220 else self._icon_width()
        if header.sectionSize(Column.RESULT) != width:
            header.resizeSection(Column.RESULT, width)

    # -- which model the view shows ----------------------------------------------------------------------
    def view_index(self, source: QModelIndex) -> QModelIndex:
        """Where an index of the tree model is in the view (invalid if the filter hides it)."""
        return self.proxy.mapFromSource(source) if self.tree.model() is self.proxy else source

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index) if index.model() is self.proxy else index

    def _in_clause_order(self) -> bool:
        header = self.tree.header()
        return (header.sortIndicatorSection() == Column.CLAUSE
                and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)

    def _sort_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        self._show_model(keep_expanded=True)

    def _show_model(self, keep_expanded: bool) -> None:
        wanted = self.model if self._in_clause_order() and not self.proxy.active else self.proxy
        if self.tree.model() is wanted:
            return
        current = self.source_index(self.tree.currentIndex())
        expanded = [self.source_index(i) for i in self._walk() if self.tree.isExpanded(i)] if keep_expanded else []
        old = self.tree.selectionModel()
        self.tree.setModel(wanted)  # with sorting enabled, this also sorts the proxy by the header's column
        old.deleteLater()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        if current.isValid():
            self._set_current_quietly(self.view_index(current))
        for index in expanded:
            self.tree.expand(self.view_index(index))
        if keep_expanded and self.tree.currentIndex().isValid():
            self.tree.scrollTo(self.tree.currentIndex())

    # -- filtering --------------------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_result_filter(str(self.result_filter.currentData() or ALL))
        self._show_model(keep_expanded=False)
        if self.proxy.active:
            self.tree.expandAll()  # matches deep in the tree must be seen without clicking them open
            records = self.model.clause_records()
            shown = sum(1 for r in records if self.proxy.matches(
                r.result, r.number or "", r.title or "", clause_id=r.id,
                findings=self.model.count(Column.FINDINGS, r.id), auditor=r.audited_by or ""))
            total = len(records)
            self.match_label.setText(fill(plural(self.tr("%1 of %n clause(s) match", "", total), total), shown)
                                     if shown else self.tr("No clause matches the filter."))
            self.match_label.show()
        else:
            self.match_label.hide()
            self._show_default_expansion()

    def _model_reset(self) -> None:
        self._shown = None  # another file, or the same one reloaded: the page starts empty
        self._show_default_expansion()

    def _show_default_expansion(self) -> None:
        self.tree.collapseAll()
        model = self.tree.model()
        for row in range(model.rowCount()):
            self.tree.expand(model.index(row, 0))
        current = self.tree.currentIndex()
        if not current.isValid() and self._shown:  # a filter had hidden it: back in view, it is current again
            current = self.view_index(self.model.index_of_clause(self._shown))
            self._set_current_quietly(current)
        if current.isValid():
            self._reveal(current)

    def _set_current_quietly(self, index: QModelIndex) -> None:
        """Make the clause on screen current again without showing it anew."""
        self._quiet = True
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self._quiet = False

    def set_auditors(self, names: list[str]) -> None:
        """Offer "Audited by …" for everyone who has recorded a result; the current choice stays."""
        combo = self.result_filter
        current = combo.currentData()
        wanted = [AUDITOR + name for name in names]
        present = [combo.itemData(i) for i in range(combo.count()) if str(combo.itemData(i)).startswith(AUDITOR)]
        if present == wanted:
            return
        combo.blockSignals(True)
        for i in reversed(range(combo.count())):
            if str(combo.itemData(i)).startswith(AUDITOR):
                combo.removeItem(i)
        for name in names:
            combo.addItem(fill(self.tr("Audited by %1"), name), AUDITOR + name)
        row = combo.findData(current)
        combo.setCurrentIndex(max(0, row))
        combo.blockSignals(False)
        if row < 0:
            self._filter_changed()

    def clear_filters(self) -> None:
        self.search.clear()
        self.result_filter.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection ----------------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        clause_id = current.data(ClauseIdRole) if current.isValid() else None
        if clause_id and not self._quiet:
            self._shown = clause_id
            self.clause_selected.emit(clause_id)

    def current_clause_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(ClauseIdRole) if index.isValid() else None

    def _go_to_first_match(self) -> None:
        for index in self._walk():
            if index.data(ClauseIdRole):
                self.tree.setCurrentIndex(index)
                self.tree.setFocus()
                return

    def select_clause(self, clause_id: str) -> bool:
        source = self.model.index_of_clause(clause_id)
        if not source.isValid():
            return False
        index = self.view_index(source)
        if not index.isValid():  # hidden by the filter: the user asked for this clause, so show it
            self.clear_filters()
            index = self.view_index(source)
        self.tree.setCurrentIndex(index)
        self._reveal(index)
        return True

    def _reveal(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.scrollTo(index)

    def _walk(self, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
        parent = parent if parent is not None else QModelIndex()
        model = self.tree.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from self._walk(index)

    def visible_clause_ids(self) -> Iterator[str]:
        """Clause ids the filter lets through, in display order."""
        for index in self._walk():
            clause_id = index.data(ClauseIdRole)
            if clause_id:
                yield clause_id
