"""The selected clause: its guidance, result, who audited it, and its notes."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.first_records import ClauseRecord
from auditor_app.domain.vocab import RESULT_LABELS, ClauseResult
from auditor_app.ui.i18n import fill, translate, vocab_label
from auditor_app.ui.icons import result_icon, result_label
from auditor_app.ui.models.note_list import NoteIdRole, NoteListModel
from auditor_app.ui.note_dialog import NoteDialog, NoteInput, kind_label
from auditor_app.ui.stored_choice import select_stored

if TYPE_CHECKING:  # annotations only: start-up shows this before the other records are defined (first_records)
    from auditor_app.domain.records import NoteRecord, PersonRecord


def when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ").removesuffix("Z")


def scaled_label(text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    """A selectable, wrapping label with a font scaled from the default (also used by the conflict panel)."""
    label = QLabel(text)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = scaled_label(scale=1.1, bold=True)
    label.setText(text)
    return label


def _bullets(items: Sequence[str], empty: str) -> str:
    if not items:
        return f"<i>{html.escape(empty)}</i>"
    return "<ul style='margin-left:-20px'>" + "".join(
        f"<li style='margin-bottom:4px'>{html.escape(i)}</li>" for i in items) + "</ul>"


def note_text(note: NoteRecord, people: Mapping[str, str]) -> str:
    details = [kind_label(note.kind)]
    if note.person_id:
        details.append(people.get(note.person_id) or translate("clause_page", "unknown person"))
    if note.document_ref:
        details.append(fill(translate("clause_page", "%1 rev. %2"), note.document_ref, note.document_revision)
                       if note.document_revision else note.document_ref)
    if note.sample_size:
        details.append(fill(translate("clause_page", "sample of %1 from %2"), note.sample_size, note.population)
                       if note.population else fill(translate("clause_page", "sample of %1"), note.sample_size))
    if note.place:
        details.append(note.place)
    recorded_by = note.meta.created_by and fill(translate("clause_page", "recorded by %1"), note.meta.created_by)
    footer = " · ".join(filter(None, (when(note.recorded_at), recorded_by)))
    return "\n".join(filter(None, (" — ".join(details), (note.text or "").strip(), footer)))


class ClausePage(QWidget):
    result_requested = Signal(str, str, object)  # clause id, result, justification (or None)
    note_requested = Signal(str, object)  # clause id, NoteInput
    note_edit_requested = Signal(object, object)  # the NoteRecord as shown, NoteInput
    note_delete_requested = Signal(object)  # the NoteRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: ClauseRecord | None = None
        self._read_only = False
        self._notes: dict[str, NoteRecord] = {}
        self._people: list[PersonRecord] = []
        self.placeholder = QLabel(self.tr("Select a clause on the left to record its result and notes."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label = scaled_label(scale=1.9, bold=True)
        self.title_label = scaled_label(scale=1.35)
        self.standard_label = QLabel()
        self.standard_label.setWordWrap(True)
        self.result_combo = QComboBox()
        for result, text in RESULT_LABELS.items():
            self.result_combo.addItem(result_icon(result), vocab_label(text), result.value)
        self.result_combo.setToolTip(self.tr("The clause's audit result"))
        self.result_combo.activated.connect(self._result_chosen)
        self.audited_label = QLabel()
        self.justification_label = QLabel()
        self.justification_label.setWordWrap(True)
        self.questions_label = QLabel()
        self.evidence_label = QLabel()
        for label in (self.questions_label, self.evidence_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes_heading = scaled_label(scale=1.1, bold=True)
        self.add_note_button = QPushButton(self.tr("Add note…"))
        self.add_note_button.clicked.connect(self._ask_note)
        self.notes_model = NoteListModel(self)
        self.notes_list = QListView()
        self.notes_list.setModel(self.notes_model)
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        self.notes_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.notes_list.setSpacing(3)
        # A clause can carry hundreds of notes: lay them out in batches, so the first screenful shows at once.
        self.notes_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.notes_list.setBatchSize(25)
        self.notes_list.activated.connect(lambda index: self._edit_note(index.data(NoteIdRole)))
        self.notes_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_note_action = QAction(self.tr("&Edit note…"), self.notes_list)
        self.edit_note_action.triggered.connect(lambda: self._edit_note(self._current_note_id()))
        self.delete_note_action = QAction(self.tr("&Delete note"), self.notes_list)
        self.delete_note_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_note_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_note_action.triggered.connect(self._delete_note)
        self.notes_list.addActions([self.edit_note_action, self.delete_note_action])
        self._layout()

    def _layout(self) -> None:
        result_row = QHBoxLayout()
        result_caption = QLabel(self.tr("&Result:"))
        result_caption.setBuddy(self.result_combo)
        result_row.addWidget(result_caption)
        result_row.addWidget(self.result_combo)
        result_row.addSpacing(12)
        result_row.addWidget(self.audited_label, 1)
        guidance = QWidget()
        guidance_box = QVBoxLayout(guidance)
        guidance_box.addWidget(_heading(self.tr("Audit questions")))
        guidance_box.addWidget(self.questions_label)
        guidance_box.addWidget(_heading(self.tr("Typical evidence")))
        guidance_box.addWidget(self.evidence_label)
        guidance_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(guidance)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        notes = QWidget()
        notes_box = QVBoxLayout(notes)
        notes_header = QHBoxLayout()
        notes_header.addWidget(self.notes_heading, 1)
        notes_header.addWidget(self.add_note_button)
        notes_box.addLayout(notes_header)
        notes_box.addWidget(self.notes_list)
        # Notes first; features add their own tabs (evidence, findings, related clauses) with add_tab().
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(notes, self.tr("Notes"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addWidget(self.number_label)
        box.addWidget(self.title_label)
        box.addWidget(self.standard_label)
        box.addSpacing(8)
        box.addLayout(result_row)
        box.addWidget(self.justification_label)
        box.addWidget(splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """A further section of the clause page, below the guidance, beside the notes."""
        self.tabs.addTab(widget, title)

    def set_tab_title(self, widget: QWidget | None, title: str) -> None:
        index = self.tabs.indexOf(widget) if widget is not None else -1
        if index >= 0:
            self.tabs.setTabText(index, title)

    # -- showing --------------------------------------------------------------------------------------
    @property
    def record(self) -> ClauseRecord | None:
        return self._record

    @property
    def clause_id(self) -> str | None:
        return self._record.id if self._record is not None else None

    def clear(self) -> None:
        self._record = None
        self.stack.setCurrentWidget(self.placeholder)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.result_combo.setEnabled(not read_only)
        self.add_note_button.setEnabled(not read_only)
        self.edit_note_action.setEnabled(not read_only)
        self.delete_note_action.setEnabled(not read_only)

    def set_people(self, people: Sequence[PersonRecord]) -> None:
        """The people met so far, offered as interviewees."""
        self._people = list(people)

    def show_clause(self, record: ClauseRecord, standard: str, notes: Sequence[NoteRecord],
                    people: Mapping[str, str]) -> None:
        self._record = record
        self.number_label.setText(record.number or "")
        self.title_label.setText(record.title or "")
        self.standard_label.setText(standard)
        self._sync_result()
        self.questions_label.setText(_bullets(record.questions, self.tr("No audit questions in the checklist.")))
        self.evidence_label.setText(_bullets(record.evidence, self.tr("No typical evidence in the checklist.")))
        heading = fill(self.tr("Notes (%1)"), len(notes)) if notes else self.tr("Notes")
        self.notes_heading.setText(heading)
        self.set_tab_title(self.tabs.widget(0), heading)
        self._notes = {note.id: note for note in notes}
        self.notes_model.set_notes([(note.id, note_text(note, people)) for note in notes],
                                   self.tr("No notes yet for this clause."))
        self.stack.setCurrentIndex(1)

    def shown_notes(self) -> list[NoteRecord]:
        """The notes of the clause on screen, as read when it was shown."""
        return list(self._notes.values())

    def _sync_result(self) -> None:
        record = self._record
        if record is None:
            return
        # A result this version does not know is shown as it is, not as "Not yet audited", and is not written back.
        select_stored(self.result_combo, record.result, len(RESULT_LABELS), result_label(record.result),
                      result_icon(record.result))
        if record.result == ClauseResult.NOT_AUDITED:
            self.audited_label.setText(self.tr("Not yet audited"))
        else:
            by = fill(self.tr("Audited by %1"), record.audited_by) if record.audited_by else self.tr("Audited")
            self.audited_label.setText(" · ".join(filter(None, (by, when(record.audited_at)))))
        # A result this version does not know may come with a justification too: shown, as for N/A.
        known = record.result in RESULT_LABELS
        justification = record.justification if record.result == ClauseResult.NOT_APPLICABLE or not known else None
        self.justification_label.setVisible(bool(justification))
        heading = self.tr("Justification:")
        self.justification_label.setText(f"<b>{html.escape(heading)}</b> "
                                         f"{html.escape(justification or '')}")

    # -- user actions ---------------------------------------------------------------------------------
    def request_result(self, result: str) -> None:
        """The same as picking `result` in the combo (a keyboard shortcut): N/A still asks for its justification."""
        row = self.result_combo.findData(result)
        if row >= 0 and not self._read_only:
            self.result_combo.setCurrentIndex(row)
            self._result_chosen(row)

    def request_note(self) -> None:
        self._ask_note()

    def _result_chosen(self, row: int) -> None:
        record = self._record
        result = self.result_combo.itemData(row)
        if record is None or result == record.result:
            return
        justification = None
        if result == ClauseResult.NOT_APPLICABLE:
            question = fill(self.tr("Why does %1 %2 not apply?\n"
                                    "A justification is required; it appears in the audit report."),
                            record.number, record.title)
            text, ok = QInputDialog.getMultiLineText(self, vocab_label(RESULT_LABELS[ClauseResult.NOT_APPLICABLE]),
                                                     question, record.justification or "")
            if not ok or not text.strip():
                self._sync_result()  # nothing recorded: show the result that is still stored
                return
            justification = text.strip()
        self.result_requested.emit(record.id, result, justification)

    def _label(self) -> str:
        record = self._record
        assert record is not None
        return f"<b>{html.escape(record.number or '')}</b> {html.escape(record.title or '')}"

    def _ask_note(self) -> None:
        record = self._record
        if record is None or self._read_only:
            return
        answer = NoteDialog.get_note(self._label(), self._people, None, self)
        if answer is not None:
            self.note_requested.emit(record.id, answer)

    def _current_note_id(self) -> str | None:
        note_id = self.notes_list.currentIndex().data(NoteIdRole)
        return str(note_id) if note_id else None

    def note_texts(self) -> list[str]:
        """The notes as the list shows them, top to bottom (a placeholder line when there are none)."""
        return self.notes_model.texts()

    def point_at_note(self, note_id: str) -> bool:
        """Make the note current and scroll to it; False if the clause on screen has no such note."""
        row = self.notes_model.row_of(note_id)
        if row < 0:
            return False
        index = self.notes_model.index(row)
        self.notes_list.setCurrentIndex(index)
        self.notes_list.scrollTo(index)
        return True

    def _edit_note(self, note_id: str | None) -> None:
        note = self._notes.get(note_id or "")
        if note is None or self._record is None or self._read_only:
            return
        answer: NoteInput | None = NoteDialog.get_note(self._label(), self._people, note, self)
        if answer is not None:
            self.note_edit_requested.emit(note, answer)

    def _delete_note(self) -> None:
        note = self._notes.get(self._current_note_id() or "")
        if note is not None and not self._read_only:
            self.note_delete_requested.emit(note)
