"""The note dialog: the kind of note, its text, and the details each kind needs (who, where, document, sample)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from auditor_app.domain.vocab import NoteKind
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, marked, translate
from auditor_app.ui.stored_choice import select_stored

if TYPE_CHECKING:  # annotations only: start-up shows this before the other records are defined (first_records)
    from auditor_app.domain.records import NoteRecord, PersonRecord

NOTE_KIND_LABELS: dict[str, str] = {
    NoteKind.INTERVIEW: QT_TRANSLATE_NOOP("NoteDialog", "Interview"),
    NoteKind.OBSERVATION: QT_TRANSLATE_NOOP("NoteDialog", "Observation on site"),
    NoteKind.DOCUMENT: QT_TRANSLATE_NOOP("NoteDialog", "Document review"),
    NoteKind.SAMPLING: QT_TRANSLATE_NOOP("NoteDialog", "Sampling"),
    NoteKind.GENERAL: QT_TRANSLATE_NOOP("NoteDialog", "General note"),
}

# Fields each kind shows besides the text; a field of another kind keeps its stored value untouched.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    NoteKind.INTERVIEW: ("person_id", "place"),
    NoteKind.OBSERVATION: ("place",),
    NoteKind.DOCUMENT: ("document_ref", "document_revision"),
    NoteKind.SAMPLING: ("population", "sample_method", "sample_size", "sample_items"),
    NoteKind.GENERAL: (),
}


def kind_label(kind: str | None) -> str:
    if kind in NOTE_KIND_LABELS:
        return translate("NoteDialog", NOTE_KIND_LABELS[kind])
    return marked(kind) or translate("NoteDialog", "Note")


def person_label(person: PersonRecord) -> str:
    extra = ", ".join(filter(None, (person.role, person.department)))
    return f"{person.name} ({extra})" if extra else (person.name or "")


@dataclass(frozen=True)
class NoteInput:
    """What the auditor entered: the note's fields, and a person to add first when the interviewee is new."""

    kind: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    new_person: dict[str, str] | None = None


class NoteDialog(QDialog):
    def __init__(
        self,
        clause_label: str,
        people: Sequence[PersonRecord] = (),
        note: NoteRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = list(people)
        self.setWindowTitle(translate("NoteDialog", "Edit note") if note else translate("NoteDialog", "Add note"))
        self.setMinimumWidth(520)
        self.kind_combo = QComboBox()
        for kind, label in NOTE_KIND_LABELS.items():
            self.kind_combo.addItem(translate("NoteDialog", label), kind)
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.addItem("", None)
        for person in self._people:
            self.person_combo.addItem(person_label(person), person.id)
        editor = self.person_combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(translate("NoteDialog", "Pick from the people met, or type a new name"))
        completer = QCompleter(self.person_combo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_combo.setCompleter(completer)
        self.person_role = QLineEdit()
        self.person_role.setPlaceholderText(translate("NoteDialog", "Role or job title of a new interviewee"))
        self.person_department = QLineEdit()
        self.person_department.setPlaceholderText(translate("NoteDialog", "Department"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(translate("NoteDialog", "Hall, line, office, site…"))
        self.document_ref = QLineEdit()
        self.document_ref.setPlaceholderText(translate("NoteDialog", "Document number or title"))
        self.document_revision = QLineEdit()
        self.population = QLineEdit()
        self.population.setPlaceholderText(translate("NoteDialog", "e.g. 240 purchase orders Jan–Jun"))
        self.sample_method = QLineEdit()
        self.sample_method.setPlaceholderText(translate("NoteDialog", "random, every 10th, risk-based…"))
        self.sample_size = QSpinBox()
        self.sample_size.setRange(0, 1_000_000)
        self.sample_size.setSpecialValueText(translate("NoteDialog", "not given"))
        self.sample_items = QPlainTextEdit()
        self.sample_items.setPlaceholderText(translate("NoteDialog", "The items checked, one per line"))
        self.sample_items.setTabChangesFocus(True)
        self.sample_items.setMaximumHeight(90)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            translate("NoteDialog", "What was said, seen or read — facts, names, document numbers…")
        )
        self.text_edit.setTabChangesFocus(True)
        self.internal = QCheckBox(translate("NoteDialog", "Internal note (kept out of the client report)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NoteDialog", "Save note") if note else translate("NoteDialog", "Add note")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout(clause_label)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.person_combo.editTextChanged.connect(self._person_changed)
        self.text_edit.textChanged.connect(self._update_ok)
        if note is not None:
            self._fill(note)
        self._kind_changed()
        self.text_edit.setFocus()

    def _layout(self, clause_label: str) -> None:
        self.details = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for kind, rows in (
            (
                NoteKind.INTERVIEW,
                (
                    (translate("NoteDialog", "&Interviewee:"), self.person_combo),
                    (translate("NoteDialog", "Role:"), self.person_role),
                    (translate("NoteDialog", "Department:"), self.person_department),
                ),
            ),
            (NoteKind.OBSERVATION, ()),
            (
                NoteKind.DOCUMENT,
                (
                    (translate("NoteDialog", "&Document:"), self.document_ref),
                    (translate("NoteDialog", "Re&vision:"), self.document_revision),
                ),
            ),
            (
                NoteKind.SAMPLING,
                (
                    (translate("NoteDialog", "&Population:"), self.population),
                    (translate("NoteDialog", "Method:"), self.sample_method),
                    (translate("NoteDialog", "Sample &size:"), self.sample_size),
                    (translate("NoteDialog", "Items:"), self.sample_items),
                ),
            ),
            (NoteKind.GENERAL, ()),
        ):
            page = QWidget()
            page_form = QFormLayout(page)
            page_form.setContentsMargins(0, 0, 0, 0)
            for label, widget in rows:
                page_form.addRow(label, widget)
            self._pages[kind] = page
            self.details.addWidget(page)
        self.form = form = QFormLayout(self)
        heading = QLabel(clause_label)
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(translate("NoteDialog", "&Kind:"), self.kind_combo)
        form.addRow(self.details)
        form.addRow(translate("NoteDialog", "&Where:"), self.place)
        form.addRow(translate("NoteDialog", "&Text:"), self.text_edit)
        form.addRow("", self.internal)
        form.addRow(self.buttons)

    def _kind_changed(self) -> None:
        kind = self.kind()
        # A kind this version does not know (a newer version's) shows the text alone, as a general note does.
        self.details.setCurrentWidget(self._pages.get(kind, self._pages[NoteKind.GENERAL]))
        self.form.setRowVisible(self.details, kind in (NoteKind.INTERVIEW, NoteKind.DOCUMENT, NoteKind.SAMPLING))
        self.form.setRowVisible(self.place, "place" in KIND_FIELDS.get(kind, ()))
        self._person_changed()
        self._update_ok()

    def _person_changed(self) -> None:
        new = self._new_person_name() is not None
        self.person_role.setEnabled(new)
        self.person_department.setEnabled(new)

    def _update_ok(self) -> None:
        # An empty note is never what the auditor meant; refuse it here rather than store it.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text().strip()))

    def _fill(self, note: NoteRecord) -> None:
        select_stored(self.kind_combo, note.kind, len(NOTE_KIND_LABELS))  # an unknown kind stays as it is
        self.text_edit.setPlainText(note.text or "")
        row = self.person_combo.findData(note.person_id) if note.person_id else 0
        self.person_combo.setCurrentIndex(max(0, row))
        for name in ("place", "document_ref", "document_revision", "population", "sample_method"):
            getattr(self, name).setText(getattr(note, name) or "")
        self.sample_size.setValue(note.sample_size or 0)
        self.sample_items.setPlainText(note.sample_items or "")
        self.internal.setChecked(note.internal)

    # -- answers ----------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _new_person_name(self) -> str | None:
        typed = self.person_combo.currentText().strip()
        if not typed or self.kind() != NoteKind.INTERVIEW:
            return None
        if any(typed in (person_label(p), p.name) for p in self._people):
            return None
        return typed

    def _person_id(self) -> str | None:
        typed = self.person_combo.currentText().strip()
        for person in self._people:
            if typed in (person_label(person), person.name):
                return person.id
        return None

    def values(self) -> NoteInput:
        kind = self.kind()
        fields: dict[str, Any] = {"internal": self.internal.isChecked()}
        for name in KIND_FIELDS.get(kind, ()):
            if name == "person_id":
                fields[name] = self._person_id()
            elif name == "sample_size":
                fields[name] = self.sample_size.value() or None
            elif name == "sample_items":
                fields[name] = self.sample_items.toPlainText().strip() or None
            else:
                fields[name] = getattr(self, name).text().strip() or None
        new_name = self._new_person_name()
        new_person = None
        if new_name:
            new_person = {
                "name": new_name,
                "role": self.person_role.text().strip(),
                "department": self.person_department.text().strip(),
            }
        return NoteInput(kind, self.text().strip(), fields, new_person)

    @classmethod
    def get_note(
        cls,
        clause_label: str,
        people: Sequence[PersonRecord] = (),
        note: NoteRecord | None = None,
        parent: QWidget | None = None,
    ) -> NoteInput | None:
        """Ask for a note; None when cancelled."""
        dialog = cls(clause_label, people, note, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()
