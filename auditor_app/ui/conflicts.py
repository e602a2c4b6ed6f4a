"""The conflict review panel: what team members changed differently, versions side by side, the lead's choice."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, in_sentence, plural, translate
from auditor_app.ui.models.conflict_list import ConflictListModel, ConflictRole, ConflictRow, Version

NO_CONFLICTS = QT_TRANSLATE_NOOP("conflicts", "No conflicts — every team member's work agrees.")


class VersionCard(QFrame):
    """One team member's version: who, when, the value, and (for edits) the button that keeps it."""

    def __init__(self, version: Version, multiline: bool, keep_text: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.author_label = scaled_label(f"<b>{html.escape(version.author)}</b> · {html.escape(version.at)}")
        # One line: a wrapping label would make the scroll area size the cards for their preferred height.
        self.author_label.setWordWrap(False)
        self.value_edit = QPlainTextEdit(version.text)
        self.value_edit.setReadOnly(True)
        self.value_edit.setMinimumHeight(60)
        self.value_label = scaled_label(version.text, scale=1.15)
        self.value_edit.setVisible(multiline)  # long text scrolls in a box; a result or a date reads as a line
        self.value_label.setVisible(not multiline)
        self.keep_button = QPushButton(keep_text or "")
        self.keep_button.setVisible(keep_text is not None)
        box = QVBoxLayout(self)
        box.addWidget(self.author_label)
        box.addWidget(self.value_edit, 1)
        box.addWidget(self.value_label)
        box.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(260)

    def value_text(self) -> str:
        return self.value_edit.toPlainText()


class CombineDialog(QDialog):
    """The lead writes the text that replaces every version (prefilled with all of them)."""

    def __init__(self, what: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write a combination"))
        self.editor = QPlainTextEdit(text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(scaled_label(fill(self.tr("%1: every version is below, separated by blank lines. Edit it into "
                                                "the text to keep; it replaces all versions."), what)))
        box.addWidget(self.editor, 1)
        box.addWidget(self.buttons)
        self.resize(640, 420)

    @classmethod
    def get_text(cls, what: str, text: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(what, text, parent)
        return dialog.editor.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConflictPanel(QDockWidget):
    resolve_requested = Signal(object, object, str)  # ConflictRow, chosen value, undo text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.setObjectName("conflicts")
        self._read_only = False
        self.cards: list[VersionCard] = []
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.heading = scaled_label(scale=1.05, bold=True)
        self.title_label = scaled_label(scale=1.2, bold=True)
        self.detail_label = scaled_label()
        self.versions = QHBoxLayout()
        self.combine_button = QPushButton(self.tr("Write a combination…"))
        self.combine_button.clicked.connect(self._combine)
        self.restore_button = QPushButton(self.tr("Keep it (restore with the edits)"))
        self.restore_button.clicked.connect(lambda: self._decide_existence(True))
        self.delete_button = QPushButton(self.tr("Confirm deletion"))
        self.delete_button.clicked.connect(lambda: self._decide_existence(False))
        self.empty_label = QLabel(translate("conflicts", NO_CONFLICTS))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout()

    def _layout(self) -> None:
        cards = QWidget()
        cards.setLayout(self.versions)
        self.versions.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        actions = QHBoxLayout()
        for button in (self.combine_button, self.restore_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        details = QWidget()
        box = QVBoxLayout(details)
        box.addWidget(self.title_label)
        box.addWidget(self.detail_label)
        box.addWidget(scroll, 1)
        box.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 1000])
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(self.heading)
        outer.addWidget(splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(page)
        self.setWidget(self.stack)

    # -- showing --------------------------------------------------------------------------------------
    def set_conflicts(self, rows: Sequence[ConflictRow], read_only: bool) -> None:
        """Show `rows`, keeping the selected conflict when it is still there."""
        current = self.current_row()
        self._read_only = read_only
        self.model.set_rows(rows)
        if not rows:
            self.stack.setCurrentWidget(self.empty_label)
            self._show(None)
            return
        self.heading.setText(plural(self.tr("%n conflict(s) to decide. Until you choose, the audit shows the latest "
                                            "version.", "", len(rows)), len(rows)))
        self.stack.setCurrentIndex(1)
        row = self.model.row_of(current.key) if current is not None else -1
        self.list.setCurrentIndex(self.model.index(max(row, 0)))
        self._show(self.current_row())  # also when the same row stays current after the reset

    def select(self, key: tuple[str, str, str]) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        return row >= 0

    def current_row(self) -> ConflictRow | None:
        row = self.list.currentIndex().data(ConflictRole)
        return row if isinstance(row, ConflictRow) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_row())

    def _show(self, row: ConflictRow | None) -> None:
        for card in self.cards:
            self.versions.removeWidget(card)
            card.hide()  # at once: deletion waits for the event loop
            card.deleteLater()
        self.cards = []
        deleting = row is not None and row.is_delete_edit
        self.combine_button.setVisible(row is not None and row.is_text)
        self.restore_button.setVisible(deleting)
        self.delete_button.setVisible(deleting)
        for button in (self.combine_button, self.restore_button, self.delete_button):
            button.setEnabled(not self._read_only)
        if row is None:
            self.title_label.clear()
            self.detail_label.clear()
            return
        self.title_label.setText(row.what)
        if deleting:
            kind = row.kind_label
            self.detail_label.setText(fill(self.tr("%1. Keep the item with the changes, or confirm that it is "
                                                   "deleted."), kind[:1].upper() + kind[1:]))
        elif row.is_text:
            self.detail_label.setText(fill(self.tr("%1 — %2. Keep one version or write a combination."),
                                           row.field_label, row.kind_label))
        else:
            self.detail_label.setText(fill(self.tr("%1 — %2. Keep one version."), row.field_label, row.kind_label))
        for version in row.versions:
            card = VersionCard(version, row.multiline, None if deleting else self.tr("Keep this version"))
            card.keep_button.setEnabled(not self._read_only)
            card.keep_button.clicked.connect(lambda _=False, v=version: self._keep(v))
            # Short values keep their cards compact at the top; text boxes use all the height there is.
            align = Qt.AlignmentFlag(0) if row.multiline else Qt.AlignmentFlag.AlignTop
            self.versions.addWidget(card, 1, align)
            self.cards.append(card)

    # -- deciding -------------------------------------------------------------------------------------
    def _keep(self, version: Version) -> None:
        row = self.current_row()
        if row is not None:
            self.resolve_requested.emit(row, version.value, fill(self.tr("Keep %1's %2 of %3"), version.author,
                                                                 in_sentence(row.field_label), row.what))

    def _combine(self) -> None:
        row = self.current_row()
        if row is None:
            return
        prefill = "\n\n".join(v.text for v in row.versions if v.value)
        text = CombineDialog.get_text(row.what, prefill, self)
        if text is not None:
            self.resolve_requested.emit(row, text, fill(self.tr("Combine the versions of %1"), row.what))

    def _decide_existence(self, keep: bool) -> None:
        row = self.current_row()
        if row is not None:
            undo_text = self.tr("Restore %1") if keep else self.tr("Confirm deletion of %1")
            self.resolve_requested.emit(row, keep, fill(undo_text, row.what))
