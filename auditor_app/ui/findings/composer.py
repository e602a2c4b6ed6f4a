"""The finding composer: requirement, objective evidence and statement, graded, with the clauses it refers to."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import n19
from auditor_app.domain.records import FindingRecord
from auditor_app.ui.findings.commands import REFERENCE_FIELDS, FindingDraft
from auditor_app.ui.findings.composer_parts import ClauseReferences, EvidencePicker, Section, text_box
from auditor_app.ui.findings.data import FindingsData
from auditor_app.ui.findings.follow_up import FollowUpForm
from auditor_app.ui.findings.n19_factors import COMPUTED, N19Factors
from auditor_app.ui.grades import MINOR_GRADES, default_grade, grade_icon, grade_label, is_nonconformity
from auditor_app.ui.i18n import fill, grading_label

FINDING_TEXTS = ("requirement", "evidence_text", "statement", "location", "process")


class FindingComposer(QDialog):
    def __init__(self, data: FindingsData, clause_id: str | None = None, finding: FindingRecord | None = None,
                 clause_result: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.finding = finding
        # Records the finding; False when that failed (the error was shown) and the dialog must stay open.
        self.submit: Callable[[FindingComposer], bool] | None = None
        scheme = data.scheme
        catalogue = data.catalogue
        clause = catalogue.get(clause_id or "")
        self.setWindowTitle(fill(self.tr("Finding %1"), finding.ref or "") if finding else self.tr("New finding"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        if finding is not None:
            self.heading.setText(" · ".join(filter(None, (finding.ref, grade_label(scheme, finding.grade)))))
        elif clause is not None:
            self.heading.setText(fill(self.tr("New finding on %1"), clause.heading))
        else:
            self.heading.setText(self.tr("New finding"))
        self.grade_combo = QComboBox()
        for option in scheme.grades:
            self.grade_combo.addItem(grade_icon(scheme, option.key), grading_label(option.label), option.key)
        grade = finding.grade if finding else default_grade(scheme, clause_result)
        if self.grade_combo.findData(grade) < 0:  # graded under another scheme before the audit's was changed
            self.grade_combo.addItem(grade_label(scheme, grade), grade)
        self.grade_combo.setCurrentIndex(self.grade_combo.findData(grade))
        # N19 is a rule set: its grades follow from stated factors and are not picked.
        self.n19 = N19Factors(catalogue) if scheme.key == n19.SCHEME else None
        if self.n19 is not None:
            self.n19.take_over(self.grade_combo, grade, finding.grading_basis if finding else None, finding is not None)
        self.location_edit = QLineEdit(finding.location or "" if finding else "")
        self.location_edit.setPlaceholderText(self.tr("Site, building, line…"))
        self.process_edit = QLineEdit(finding.process or "" if finding else "")
        self.process_edit.setPlaceholderText(self.tr("Process or area audited"))
        self.references = ClauseReferences(catalogue, data.related)
        self.requirement_edit = text_box(2, self.tr("The requirement, paraphrased"))
        self.evidence_edit = text_box(3, self.tr("What was seen, heard or read: records, places, people, numbers"))
        self.picker = EvidencePicker()
        self.statement_edit = text_box(3, self.tr("What is not fulfilled"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("findingWarning")
        self.warning_label.setStyleSheet("#findingWarning { background: #fff4e0; color: #6d4100; "
                                         "border: 1px solid #e6b35c; border-radius: 4px; padding: 6px 8px; }")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.follow_up = FollowUpForm()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save changes") if finding else self.tr("Create finding"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill(finding, clause_id)
        self.grade_combo.currentIndexChanged.connect(lambda _row: self._update())
        self.references.changed.connect(self._references_changed)
        self.picker.changed.connect(self._update)
        if self.n19 is not None:
            self.n19.changed.connect(self._update)
        for edit in (self.requirement_edit, self.evidence_edit, self.statement_edit):
            edit.textChanged.connect(self._update)
        self.resize(880, 860)
        self._update()

    def _layout(self) -> None:
        finding_page = QWidget()
        box = QVBoxLayout(finding_page)
        box.setContentsMargins(2, 4, 8, 4)
        box.setSpacing(6)
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        for column, (caption, widget) in enumerate(((self.tr("&Grade:"), self.grade_combo),
                                                    (self.tr("&Location:"), self.location_edit),
                                                    (self.tr("&Process:"), self.process_edit))):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(label, 0, column * 2)
            top.addWidget(widget, 0, column * 2 + 1)
            top.setColumnStretch(column * 2 + 1, 1)
        box.addLayout(top)
        if self.n19 is not None:
            box.addWidget(self.n19)
        box.addWidget(Section("", self.tr("Clause references"),
                               self.tr("The clauses this finding is raised against.")))
        box.addWidget(self.references)
        box.addWidget(Section("1", self.tr("Requirement"),
                               self.tr("What the clause requires, in your own words.")))
        box.addWidget(self.requirement_edit)
        box.addWidget(Section("2", self.tr("Objective evidence"),
                               self.tr("Describe what you found, and tick the notes and files that show it.")))
        box.addWidget(self.evidence_edit)
        box.addWidget(self.picker, 1)
        self.statement_section = Section("3", "", self.tr("What is not fulfilled, stated so the auditee can act "
                                                           "on it."))
        box.addWidget(self.statement_section)
        box.addWidget(self.statement_edit)
        scroll = QScrollArea()
        scroll.setWidget(finding_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("&Finding"))
        if self.finding is not None:  # a new finding is open and has no follow-up yet
            self.tabs.addTab(self.follow_up, self.tr("F&ollow-up"))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.warning_label)
        outer.addWidget(self.problem_label)
        outer.addWidget(self.buttons)

    def _fill(self, finding: FindingRecord | None, clause_id: str | None) -> None:
        clause = self.data.catalogue.get(clause_id or "")
        if finding is not None:
            self.requirement_edit.setPlainText(finding.requirement or "")
            self.evidence_edit.setPlainText(finding.evidence_text or "")
            self.statement_edit.setPlainText(finding.statement or "")
            self.follow_up.set_record(finding)
            self._ticked_notes, self._ticked_files = list(finding.note_ids), list(finding.evidence_ids)
            self.references.set_clause_ids(self.data.catalogue.ordered(finding.clause_ids))
        else:
            self._ticked_notes, self._ticked_files = [], []
            if clause is not None:
                self.requirement_edit.setPlainText(f"{clause.standard} {clause.heading} — ")
                self.requirement_edit.moveCursor(QTextCursor.MoveOperation.End)
            self.references.set_clause_ids([clause_id] if clause is not None and clause_id else [])
        self._refill_picker()

    # -- keeping the dialog consistent --------------------------------------------------------------------
    @property
    def computed(self) -> bool:
        return self.n19 is not None and self.grade_combo.currentData() == COMPUTED

    @property
    def grade(self) -> str:
        if self.n19 is not None and self.computed:
            result = self.n19.result(self.references.clause_ids())
            return result.key if result is not None else ""
        return str(self.grade_combo.currentData())

    def _is_nonconformity(self) -> bool:
        return self.computed or is_nonconformity(self.data.scheme, self.grade)

    def _references_changed(self) -> None:
        self._ticked_notes, self._ticked_files = self.picker.checked_notes(), self.picker.checked_files()
        self._refill_picker()
        self._update()

    def _refill_picker(self) -> None:
        """The clauses' notes and files, plus any cited item from elsewhere (it stays cited until unticked)."""
        clause_ids = self.references.clause_ids()
        notes = self.data.notes_of(clause_ids)
        files = self.data.evidence_of(clause_ids)
        notes += [n for i in self._ticked_notes if (n := self.data.all_notes().get(i)) and n not in notes]
        files += [e for i in self._ticked_files if (e := self.data.all_evidence().get(i)) and e not in files]
        self.picker.set_items(notes, files, self._ticked_notes, self._ticked_files)

    def problems(self) -> list[str]:
        """Why the finding cannot be recorded yet (empty: it can)."""
        out = []
        evidence = bool(self.evidence_edit.toPlainText().strip() or self.picker.checked_notes()
                        or self.picker.checked_files())
        if self._is_nonconformity():
            if not self.references.clause_ids():
                out.append(self.tr("A nonconformity needs a clause reference: add the clause it is raised against."))
            elif self.computed and not self.grade:
                out.append(self.tr("GHTF N19 grades ISO 13485 clauses 4 to 8: add one to the clause references."))
            if not evidence:
                out.append(self.tr("A nonconformity needs objective evidence: describe what you found or tick a "
                                   "note, photo or document."))
            if not self.statement_edit.toPlainText().strip():
                out.append(self.tr("A nonconformity needs a statement of nonconformity: say which requirement is "
                                   "not fulfilled (ISO/IEC 17021-1 9.4.5.2)."))
        elif not (evidence or self.statement_edit.toPlainText().strip()):
            out.append(self.tr("Describe the finding: its objective evidence or its statement."))
        return out

    def warnings(self) -> list[str]:
        """Not blocking: several minors on one clause may together amount to a major."""
        if self.grade not in MINOR_GRADES:
            return []
        own = self.finding.id if self.finding else None
        out = []
        for cid in self.references.clause_ids():
            count = self.data.minors_on(cid, excluding=own)
            if count:
                number = self.data.catalogue.number(cid)
                out.append(fill(self.tr("1 minor nonconformity already on %1 — consider whether together they "
                                        "indicate a major."), number) if count == 1 else
                           fill(self.tr("%1 minor nonconformities already on %2 — consider whether together they "
                                        "indicate a major."), count, number))
        return out

    def _update(self) -> None:
        nc = self._is_nonconformity()
        if self.n19 is not None:
            self.n19.setVisible(self.computed)
            self.n19.show_result(self.references.clause_ids())
        self.statement_section.set_title(self.tr("Statement of nonconformity") if nc else self.tr("Statement"))
        self.statement_section.hint.setText(
            self.tr("What is not fulfilled, stated so the auditee can act on it.") if nc
            else self.tr("What was found, in a sentence or two the auditee will read in the report."))
        self.statement_edit.setPlaceholderText(self.tr("What is not fulfilled") if nc else self.tr("What was found"))
        warnings, problems = self.warnings(), self.problems()
        self.warning_label.setText("<br>".join(f"⚠ {html.escape(w)}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self.problem_label.setText("<br>".join(html.escape(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():  # a keyboard shortcut must not get past what the disabled button says
            return
        if self.submit is not None and not self.submit(self):
            return  # not saved (e.g. the disk is full): what the auditor wrote stays on screen
        super().accept()

    # -- what was written ---------------------------------------------------------------------------------
    def _texts(self) -> dict[str, str | None]:
        requirement = self.requirement_edit.toPlainText().strip().removesuffix("—").strip()
        values = {"requirement": requirement, "evidence_text": self.evidence_edit.toPlainText().strip(),
                  "statement": self.statement_edit.toPlainText().strip(),
                  "location": self.location_edit.text().strip(), "process": self.process_edit.text().strip()}
        return {k: v or None for k, v in values.items()}

    def draft(self) -> FindingDraft:
        """The new finding, as the composer shows it."""
        fields: dict[str, Any] = {"grade": self.grade, **self._texts()}
        if self.finding is not None:
            fields.update(self.follow_up.values())
        if self.n19 is not None:  # the factors are stored with the finding, so a report can say why
            fields["grading_basis"] = self.n19.factors().to_json() if self.computed else None
        return FindingDraft(fields, tuple(self.references.clause_ids()), tuple(self.picker.checked_files()),
                            tuple(self.picker.checked_notes()))

    def changed_values(self) -> dict[str, Any]:
        """For an edit: only the fields that differ from the stored finding."""
        f = self.finding
        if f is None:
            return dict(self.draft().fields)
        stored = {"grading_basis": n19.Factors.from_json(f.grading_basis)}
        return {k: v for k, v in self.draft().fields.items()
                if (stored[k] != n19.Factors.from_json(v) if k in stored else (getattr(f, k) or None) != v)}

    def changed_references(self) -> dict[str, tuple[str, ...]]:
        f = self.finding
        draft = self.draft()
        if f is None:
            return dict(draft.references)
        return {k: v for k, v in draft.references.items()
                if k in REFERENCE_FIELDS and set(v) != set(getattr(f, k))}
