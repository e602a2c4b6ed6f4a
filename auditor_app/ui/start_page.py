"""The page shown while no audit is open: new, open, the sample audit, and the audits worked on recently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.services import recent
from auditor_app.ui.i18n import fill
from auditor_app.ui.models.recent_audits import Column, RecentAuditDelegate, RecentAuditsModel

CONTENT_WIDTH = 1040  # wider lines are hard to read on a large screen; the page centres this column
MARGIN = 40


def _font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's own muted colour, so it reads in light and dark themes alike."""
    palette = label.palette()
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = QColor.fromRgbF(*(0.62 * a + 0.38 * b for a, b in ((text.redF(), back.redF()),
                                                           (text.greenF(), back.greenF()),
                                                           (text.blueF(), back.blueF()))))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):  # ButtonText: inside a card
        palette.setColor(role, mix)
    label.setPalette(palette)
    return label


class ActionCard(QPushButton):
    """A large button with a title and one line saying what it does."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setFont(_font(self, 1.15, bold=True))
        self.detail_label = QLabel(detail)
        self.detail_label.setWordWrap(True)
        muted(self.detail_label)
        for label in (self.title_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(4)
        box.addWidget(self.title_label)
        box.addWidget(self.detail_label)
        box.addStretch(1)
        self.setAccessibleName(title.replace("…", ""))
        self.setAccessibleDescription(detail)
        self.setMinimumHeight(86)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class RecentTable(QTableView):
    """Enter opens the selected audit and Delete removes it from the list, as double-click and the menu do."""

    open_requested = Signal(QModelIndex)
    remove_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(index)
        elif index.isValid() and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_requested.emit(index)
        else:
            super().keyPressEvent(event)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(Path)  # an existing file from the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("auditor-app"))
        title.setFont(_font(self, 2.2, bold=True))
        tagline = QLabel(self.tr("Offline workbench for management-system audits: plan, audit on site, "
                                 "merge the team's work and report."))
        tagline.setWordWrap(True)
        tagline.setFont(_font(self, 1.1))
        self.new_button = ActionCard(self.tr("New audit…"),
                                     self.tr("Client, dates, standards and team; creates the audit file."))
        self.open_button = ActionCard(self.tr("Open…"), self.tr("An audit file from this computer or a team member."))
        self.sample_button = ActionCard(self.tr("Open sample audit"),
                                        self.tr("A finished integrated ISO 9001 + 14001 audit to explore."))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        cards = QHBoxLayout()
        cards.setSpacing(14)
        for card in (self.new_button, self.open_button, self.sample_button):
            cards.addWidget(card, 1)

        recent_heading = QLabel(self.tr("Recent audits"))
        recent_heading.setFont(_font(self, 1.3, bold=True))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setToolTip(self.tr("Forget the selected audit here; the file itself is not touched."))
        self.remove_button.clicked.connect(self.remove_selected)
        heading_row = QHBoxLayout()
        heading_row.addWidget(recent_heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.remove_button)

        self.model = RecentAuditsModel(self)
        self.table = self._make_table()
        self.empty_label = QLabel(self.tr("No recent audits yet. The audits you create or open are listed here, "
                                          "with how far each one has got."))
        self.empty_label.setWordWrap(True)
        muted(self.empty_label)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.table)
        self.recent_stack.addWidget(self.empty_label)

        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(title)
        column.addSpacing(6)
        column.addWidget(tagline)
        column.addSpacing(28)
        column.addLayout(cards)
        column.addSpacing(36)
        column.addLayout(heading_row)
        column.addSpacing(10)
        column.addWidget(self.recent_stack, 1)
        self._outer = QVBoxLayout(self)
        self._outer.addLayout(column)
        self._sync()

    def _make_table(self) -> RecentTable:
        table = RecentTable()
        table.setModel(self.model)
        table.setItemDelegate(RecentAuditDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.StyledPanel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() * 2 + 18)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.LOCATION, QHeaderView.ResizeMode.Stretch)
        # Wide enough for "999 of 999 clauses" in the window's language (German needs more than English).
        progress = fill(QCoreApplication.translate("RecentAuditsModel", "%1 of %2 clauses"), "999", "999")
        progress_width = max(150, table.fontMetrics().horizontalAdvance(progress) + 24)
        for col, width in ((Column.CLIENT, 200), (Column.DATES, 190), (Column.PROGRESS, progress_width)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(self.open_index)
        table.open_requested.connect(self.open_index)
        table.remove_requested.connect(self.remove_index)
        table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        return table

    # -- the list -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (files may have been moved, or a stick plugged in, since it was last shown)."""
        selected = self.selected_path()
        self.model.set_entries(recent.entries())
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.path == selected:
                self.table.selectRow(row)
        self._sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side margins grow with the window, so the content stays one readable, centred column.
        side = max(MARGIN, (event.size().width() - CONTENT_WIDTH) // 2)
        self._outer.setContentsMargins(side, MARGIN + 4, side, MARGIN - 8)
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def selected_path(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entry(rows[0].row()) if rows else None
        return entry.path if entry is not None else None

    def _sync(self) -> None:
        self.recent_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty_label)
        self.remove_button.setEnabled(self.selected_path() is not None)

    # -- acting on an entry ---------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if not Path(entry.path).is_file():  # checked again: it may have gone since the list was read
            answer = QMessageBox.question(
                self, self.tr("Audit file not found"),
                fill(self.tr("%1\n\nThis file is no longer there: it may have been moved, renamed or deleted, or be "
                             "on a USB stick that is not plugged in.\n\nRemove it from the list of recent audits?"),
                     entry.path))
            if answer == QMessageBox.StandardButton.Yes:
                self.forget(entry.path)
            else:
                self.refresh()
            return
        self.recent_requested.emit(Path(entry.path))

    def remove_index(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.forget(entry.path)

    def remove_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.forget(path)

    def forget(self, path: str) -> None:
        try:
            recent.forget(path)
        except AuditorError as exc:
            QMessageBox.warning(self, self.tr("List not changed"), str(exc))
        self.refresh()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None:
            return
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"), lambda: self.open_index(index))
        open_action.setEnabled(not entry.missing)
        folder = menu.addAction(self.tr("Show in folder"), lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(entry.path).parent))))
        folder.setEnabled(Path(entry.path).parent.is_dir())
        menu.addSeparator()
        menu.addAction(self.tr("Remove from list"), lambda: self.forget(entry.path))
        menu.popup(self.table.viewport().mapToGlobal(pos))
