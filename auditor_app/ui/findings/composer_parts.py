"""Parts of the finding composer: step headings, text fields, clause references and the evidence picker."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import EvidenceRecord, NoteRecord
from auditor_app.ui.findings.data import Catalogue
from auditor_app.ui.i18n import fill
from auditor_app.ui.note_dialog import kind_label

IdRole = Qt.ItemDataRole.UserRole + 1


class Section(QWidget):
    """A numbered step heading with a one-line hint, so the three parts of a finding are written in order."""

    def __init__(self, number: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.heading.setFont(font)
        self.set_title(title)
        self.hint = QLabel(hint)
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.hint.setPalette(palette)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignBottom)

    def set_title(self, title: str) -> None:
        self.heading.setText(f"{self.number}  {title}" if self.number else title)


class TextBox(QPlainTextEdit):
    """A plain-text field about `lines` lines high that Tab leaves (a finding is written, not indented).

    Its height hint follows the lines asked for, so extra room in a dialog goes to the lists beside it."""

    def __init__(self, lines: int, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._height(max(2, lines - 1)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * lines + int(2 * self.document().documentMargin()) + \
            margins.top() + margins.bottom() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines))


def text_box(lines: int, placeholder: str = "") -> QPlainTextEdit:
    return TextBox(lines, placeholder)


def _checked(widget: QListWidget) -> list[str]:
    return [str(widget.item(i).data(IdRole)) for i in range(widget.count())
            if widget.item(i).data(IdRole) and widget.item(i).checkState() == Qt.CheckState.Checked]


class ClauseReferences(QWidget):
    """The clauses a finding is raised against: a list, a completer to add more, and the cross-walk option."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, related: Callable[[str], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._related = related  # clause id -> the corresponding clause ids of the other standards
        self._auto: list[str] = []  # added by the cross-walk option; unticking it removes exactly these
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 3 + 14)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Add a clause by number or title…"))
        self.entry.setClearButtonEnabled(True)
        completer = QCompleter([catalogue.full_label(c) for c in catalogue.by_id], self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.add_text)
        self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(lambda: self.add_text(self.entry.text()))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(lambda: self.add_text(self.entry.text()))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.related_box = QCheckBox(self.tr("Also reference the corresponding clauses of the other standards"))
        self.related_box.setVisible(catalogue.several_standards)
        self.related_box.toggled.connect(self._related_toggled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b26a00;")
        self.message.hide()
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.entry.textChanged.connect(self._sync_buttons)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.related_box)
        self._sync_buttons()

    def clause_ids(self) -> list[str]:
        return [str(self.list.item(i).data(IdRole)) for i in range(self.list.count())]

    def set_clause_ids(self, clause_ids: Iterable[str]) -> None:
        self.list.clear()
        for cid in clause_ids:
            self._append(cid)
        self.changed.emit()

    def _append(self, clause_id: str) -> None:
        item = QListWidgetItem(self._catalogue.full_label(clause_id))
        item.setData(IdRole, clause_id)
        self.list.addItem(item)

    def add_text(self, text: str) -> bool:
        """Add what the user typed or picked; says why when it names no clause, or more than one."""
        if not text.strip():
            return False
        matches = self._catalogue.matching(text)
        if len(matches) != 1:
            numbers = text.strip().split()[0]
            self._say(fill(self.tr("No clause %1 in this audit."), numbers) if not matches else
                      fill(self.tr("%1 is in several standards: pick one from the list."), numbers))
            return False
        self._say("")
        self.add(matches)
        self.entry.clear()
        return True

    def add(self, clause_ids: Sequence[str]) -> None:
        present = set(self.clause_ids())
        new = [c for c in clause_ids if c not in present]
        for cid in new:
            self._append(cid)
        if self.related_box.isChecked():
            self._add_related(new)
        if new:
            self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            cid = item.data(IdRole)
            if cid in self._auto:
                self._auto.remove(cid)
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _add_related(self, clause_ids: Sequence[str]) -> None:
        present = set(self.clause_ids())
        for cid in clause_ids:
            for other in self._related(cid):
                if other not in present:
                    present.add(other)
                    self._auto.append(other)
                    self._append(other)

    def _related_toggled(self, on: bool) -> None:
        if on:
            self._add_related(self.clause_ids())
        else:
            for i in reversed(range(self.list.count())):
                if self.list.item(i).data(IdRole) in self._auto:
                    self.list.takeItem(i)
            self._auto.clear()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        self.add_button.setEnabled(bool(self.entry.text().strip()))


class EvidencePicker(QWidget):
    """Checkable lists of the notes and evidence files a finding can cite as its objective evidence."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = QListWidget()
        self.files = QListWidget()
        self.notes_label = QLabel()
        self.files_label = QLabel()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for label, widget, stretch in ((self.notes_label, self.notes, 3), (self.files_label, self.files, 2)):
            widget.setWordWrap(True)
            widget.setAlternatingRowColors(True)
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4 + 10)
            widget.itemChanged.connect(lambda _item: self.changed.emit())
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            box.addLayout(column, stretch)

    def set_items(self, notes: Sequence[NoteRecord], files: Sequence[EvidenceRecord], checked_notes: Iterable[str],
                  checked_files: Iterable[str]) -> None:
        ticked_notes, ticked_files = set(checked_notes), set(checked_files)
        self.notes.blockSignals(True)
        self.files.blockSignals(True)
        self._fill(self.notes, [(n.id, self._note_text(n)) for n in notes], ticked_notes,
                   self.tr("No notes on these clauses yet."))
        self._fill(self.files, [(e.id, self._file_text(e)) for e in files], ticked_files,
                   self.tr("No photos or documents on these clauses yet."))
        self.notes.blockSignals(False)
        self.files.blockSignals(False)
        self.notes_label.setText(fill(self.tr("Notes (%1)"), len(notes)))
        self.files_label.setText(fill(self.tr("Photos and documents (%1)"), len(files)))

    def checked_notes(self) -> list[str]:
        return _checked(self.notes)

    def checked_files(self) -> list[str]:
        return _checked(self.files)

    def _fill(self, widget: QListWidget, entries: Sequence[tuple[str, str]], ticked: set[str], empty: str) -> None:
        widget.clear()
        for item_id, text in entries:
            item = QListWidgetItem(text)
            item.setData(IdRole, item_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked)
            item.setToolTip(text)
            widget.addItem(item)
        if not entries:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _note_text(self, note: NoteRecord) -> str:
        text = " ".join((note.text or "").split())
        text = text if len(text) <= 140 else text[:139] + "…"
        kind = fill(self.tr("%1 (internal)"), kind_label(note.kind)) if note.internal else kind_label(note.kind)
        return fill(self.tr("%1: %2"), kind, text)

    @staticmethod
    def _file_text(item: EvidenceRecord) -> str:
        return " — ".join(filter(None, ((item.caption or "").strip(), item.filename))) or item.id
