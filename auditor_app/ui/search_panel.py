"""The Find in audit panel: a search field with results as you type, grouped by clause, matches highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.services.search import Hit, HitGroup
from auditor_app.ui.i18n import fill
from auditor_app.ui.models.search_results import GroupRole, HitRole, HtmlRole, SearchResultsModel, kind_label

DEBOUNCE_MS = 150  # typing pauses shorter than this do not search yet
KIND_COLOURS = {"clause": "#616161", "finding": "#c62828", "note": "#1565c0", "evidence": "#2e7d32",
                "person": "#6a1b9a"}
PAD = 8
AnyIndex = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    """Clause rows as section headings; hit rows as kind, highlighted title and text, then who and when."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Laying out rich text is the slow part of showing 200 results: each row once per width, not per call.
        self._documents: dict[tuple[str, int], QTextDocument] = {}
        view.model().modelReset.connect(self._documents.clear)

    def _document(self, index: AnyIndex, width: int, font: QFont) -> QTextDocument:
        hit: Hit = index.data(HitRole)
        key = (hit.entity_id, width)
        if key not in self._documents:
            if len(self._documents) > 2000:  # widths seen while the dock is dragged wider or narrower
                self._documents.clear()
            self._documents[key] = self._layout(hit, index.data(HtmlRole), width, font)
        return self._documents[key]

    def _layout(self, hit: Hit, texts: tuple[str, str], width: int, font: QFont) -> QTextDocument:
        title, snippet = texts
        muted = self._view.palette().color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText).name()
        byline = html.escape(" · ".join(filter(None, (hit.author, hit.at))))
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(
            f"<div style='margin-bottom:2px'><span style='color:{KIND_COLOURS.get(hit.kind, muted)};"
            f"font-size:small;font-weight:600'>{html.escape(kind_label(hit.kind).upper())}</span>&nbsp;&nbsp;"
            f"<b>{title}</b></div>" + (f"<div style='margin-bottom:2px'>{snippet}</div>" if snippet else "")
            + (f"<div style='color:{muted};font-size:small'>{byline}</div>" if byline else ""))
        doc.setTextWidth(max(80, width - 2 * PAD - PAD))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        return option.rect.width() if option.rect.width() > 0 else self._view.viewport().width()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._width(option)
        if index.data(GroupRole) is not None:
            return QSize(width, option.fontMetrics.height() + 2 * PAD)
        return QSize(width, int(self._document(index, width, option.font).size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        painter.save()
        group: HitGroup | None = index.data(GroupRole)
        palette = option.palette
        if group is not None:
            self._paint_group(painter, option, group)
        else:
            style = option.widget.style() if option.widget else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            doc = self._document(index, option.rect.width(), option.font)
            painter.translate(option.rect.left() + 2 * PAD, option.rect.top() + PAD)
            context = doc.documentLayout().PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
            doc.documentLayout().draw(painter, context)
            painter.translate(-option.rect.left() - 2 * PAD, -option.rect.top() - PAD)
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def _paint_group(self, painter: QPainter, option: QStyleOptionViewItem, group: HitGroup) -> None:
        rect: QRect = option.rect
        palette = option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        bold = QFont(option.font)
        bold.setBold(True)
        count = str(len(group.hits))
        standard = group.heading.standard if group.heading else ""
        right = " · ".join(filter(None, (standard, count)))
        text_rect = rect.adjusted(PAD, 0, -PAD, 0)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right)
        room = text_rect.width() - option.fontMetrics.horizontalAdvance(right) - 2 * PAD
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = " ".join(filter(None, (group.heading.number, group.heading.title))) if group.heading else \
            self.tr("Not tied to a clause")
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room))


class SearchPanel(QDockWidget):
    """A view only: it asks for searches (`query_changed`) and reports the hit the user picks (`activated`)."""

    query_changed = Signal(str)  # the text, once typing has paused
    hit_activated = Signal(object)  # the Hit to go to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find in audit"), parent)
        self.setObjectName("search_panel")
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search notes, findings, evidence, people…"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(0)
        self.view.setUniformRowHeights(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(6)
        box.addWidget(self.field)
        box.addWidget(self.status)
        box.addWidget(self.view, 1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.field.text()))
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(50)
        self._relayout.timeout.connect(self.view.doItemsLayout)
        self.view.viewport().installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_hint()

    def open(self) -> None:
        """Show the panel with the search text selected, ready to type over."""
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @property
    def query(self) -> str:
        return self.field.text()

    # -- what the feature tells the panel -------------------------------------------------------------------
    def show_hint(self) -> None:
        self.model.set_groups([])
        self.status.setText(self.tr("Type to search notes, findings, evidence captions and file names, people "
                                    "and clause titles."))

    def show_indexing(self) -> None:
        self.status.setText(self.tr("Indexing the audit…"))

    def show_problem(self, text: str) -> None:
        self.model.set_groups([])
        self.status.setText(text)

    def show_results(self, groups: Sequence[HitGroup], truncated: bool) -> None:
        previous = self.view.currentIndex().data(HitRole)
        self.model.set_groups(groups)
        self.view.expandAll()
        count = self.model.hit_count()
        if not count:
            self.status.setText(fill(self.tr("No matches for “%1”."), " ".join(self.query.split())))
        elif truncated:
            self.status.setText(fill(self.tr("The first %1 results — add a word to narrow the search."), count))
        else:
            clauses = sum(1 for g in groups if g.heading is not None)
            if not clauses:
                text = self.tr("1 result") if count == 1 else fill(self.tr("%1 results"), count)
            elif clauses == 1:
                text = self.tr("1 result in 1 clause") if count == 1 else fill(self.tr("%1 results in 1 clause"), count)
            else:
                text = fill(self.tr("%1 results in %2 clauses"), count, clauses)
            self.status.setText(text)
        self._select(previous)

    def _select(self, previous: Hit | None) -> None:
        """Keep the picked hit picked when results refresh (after an edit); else the first hit."""
        target = self.model.first_hit()
        if previous is not None:
            for g_row, group in enumerate(self.model.groups()):
                for h_row, hit in enumerate(group.hits):
                    if hit.entity_id == previous.entity_id:
                        target = self.model.index(h_row, 0, self.model.index(g_row, 0))
        if target.isValid():
            self.view.setCurrentIndex(target)

    # -- keys -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout.start()  # wrapped text changes height with the width: measure the rows again
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
            self.view.setFocus()  # the arrows move from the field into the results
            QApplication.sendEvent(self.view, event)
            return True
        if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # Enter right after typing: search now, then go
                self._timer.stop()
                self.query_changed.emit(self.field.text())
            self._activated(self.view.currentIndex())
            return True
        if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.view.currentIndex())
            return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        group: HitGroup | None = index.data(GroupRole) if index.isValid() else None
        if group is not None and group.heading is not None:  # a clause heading goes to the clause
            hit = Hit("clause", group.heading.clause_id, group.heading.clause_id, group.heading.title, "", "", "")
        if hit is not None:
            self.hit_activated.emit(hit)
