"""The review step of a bulk photo import: one pass down the photos, confirming or changing each one's clause."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.services.photo_import import Candidate
from auditor_app.ui.evidence_import.review_model import ClauseChoices, Column, PhotoReviewModel, ReviewRow
from auditor_app.ui.i18n import fill, plural

THUMB = QSize(80, 60)
Accepted = list[tuple[Candidate, str | None, str | None]]


class ClauseDelegate(QStyledItemDelegate):
    """A line edit with the audit's clauses as completions: type "7.5", or pick "7.5 Documented information"."""

    def __init__(self, model: PhotoReviewModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("clause number"))
        completer = QCompleter(QStringListModel(list(self._model.choices.labels.values()), editor), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        editor.setCompleter(completer)
        # With the completion list open, QCompleter hands Enter straight to the line edit, past this delegate's
        # event filter: commit on returnPressed too, or Enter would only close the list.
        editor.returnPressed.connect(lambda: self._submit(editor))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit(watched)  # one path for Enter, with or without the completion list open
            return True
        return super().eventFilter(watched, event)

    def _submit(self, editor: QLineEdit) -> None:
        if not editor.property("submitted"):
            editor.setProperty("submitted", True)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ReviewTable(QTableView):
    """Up/Down walk the photos in the clause column, typing starts a clause, Enter confirms and goes to the next
    photo, Space includes or leaves out the photo."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and current.isValid() and current.column() != Column.CAPTION:
            model = self.model()
            if isinstance(model, PhotoReviewModel):
                model.toggle(current.row())
                return
        if current.isValid() and event.text().strip() and current.column() not in (Column.CLAUSE, Column.CAPTION):
            self.setCurrentIndex(current.siblingAtColumn(Column.CLAUSE))  # typing anywhere means the clause
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and current.isValid():
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


class ReviewDialog(QDialog):
    """Built with the scan's rows; `accepted_photos()` after accept says what to import, where, and captioned how."""

    def __init__(self, parent: QWidget, rows: Sequence[ReviewRow], choices: ClauseChoices, source: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import photos"))
        self.model = PhotoReviewModel(self)
        self.model.set_rows(rows, choices)
        self.table = ReviewTable()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.CLAUSE, ClauseDelegate(self.model, self.table))
        self.table.setIconSize(THUMB)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 8)
        header = self.table.horizontalHeader()
        for column, width in ((Column.INCLUDE, 30), (Column.PHOTO, THUMB.width() + 12), (Column.TAKEN, 126),
                              (Column.FILE, 170), (Column.CAMERA, 120), (Column.STATUS, 230), (Column.CLAUSE, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.CAPTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.source = source
        self.hint = QLabel(self.tr("↑ ↓ move between photos · type a clause number, Enter to confirm and go on · "
                                   "Space includes or leaves out a photo · Tab to the caption · Ctrl+Enter imports"))
        self.hint.setObjectName("hint")
        self.hint.setStyleSheet("QLabel#hint { color: palette(placeholder-text); }")
        self.message = QLabel()
        self.message.setStyleSheet("color: #A3342B;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(False)
        self.import_button.setAutoDefault(False)  # Enter confirms a clause; it must not start the import
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        self.model.counts_changed.connect(self._counts)
        self.model.refused.connect(lambda text: self.message.setText(
            fill(self.tr("“%1” is not a clause of this audit; the clause was left as it was."), text)))
        self.model.dataChanged.connect(self.message.clear)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._import_now)
        self._counts()
        self.resize(1180, 680)
        first = next((i for i, r in enumerate(self.model.rows) if r.candidate.status == "new"), 0)
        self.table.setCurrentIndex(self.model.index(first, Column.CLAUSE))
        self.table.setFocus()

    def _counts(self) -> None:
        rows = self.model.rows
        chosen = len(self.model.included())
        duplicates = sum(1 for r in rows if r.candidate.status == "duplicate")
        refused = sum(1 for r in rows if r.candidate.status == "refused")
        unplaced = sum(1 for r in self.model.included() if r.clause_id is None)
        parts = [fill(plural(self.tr("%n photo(s) found in %1", "", len(rows)), len(rows)), self.source)]
        if duplicates:
            parts.append(plural(self.tr("%n already in this audit or found twice", "", duplicates), duplicates))
        if refused:
            parts.append(plural(self.tr("%n refused", "", refused), refused))
        advice = [self.tr(
            "Each photo is suggested the first clause of the audit-plan slot it was taken in. Confirm or change it.")]
        if unplaced:
            advice.append(plural(self.tr("%n photo(s) to import have no clause yet.", "", unplaced), unplaced))
        self.summary.setText("\n".join([" · ".join(parts), " ".join(advice)]))
        self.import_button.setText(plural(self.tr("Import %n photo(s)", "", chosen), chosen))
        self.import_button.setEnabled(chosen > 0)

    def accepted_photos(self) -> Accepted:
        return [(r.candidate, r.clause_id, r.caption or None) for r in self.model.included()]

    def _import_now(self) -> None:
        if self.import_button.isEnabled():
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the clause column; the import starts from its button or Ctrl+Enter
        super().keyPressEvent(event)
