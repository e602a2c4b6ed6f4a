"""File ▸ New audit…: the audit, its standards, scope and objectives, the team, then the file, created in one go."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from auditor_app.domain import grading
from auditor_app.domain.vocab import AUDIT_TYPE_LABELS, AuditType, TeamRole
from auditor_app.services import library
from auditor_app.services.preferences import Preferences
from auditor_app.ui import tasks
from auditor_app.ui.i18n import fill, grading_label, vocab_label
from auditor_app.ui.models.recent_audits import date_range
from auditor_app.ui.new_audit_file import FilePage, NewAudit, create_audit_file
from auditor_app.ui.new_audit_team import TeamPage, role_label

if TYPE_CHECKING:
    from auditor_app.services import keys

KeyRole = Qt.ItemDataRole.UserRole + 1
# The audit's language (the report's); native names, so each reads right to the people who write in it.
LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("it", "Italiano"),
             ("pt", "Português"), ("nl", "Nederlands"), ("pl", "Polski"), ("cs", "Čeština"), ("tr", "Türkçe"),
             ("ar", "العربية"), ("zh", "中文"), ("ja", "日本語"), ("ko", "한국어"))


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


class AuditPage(QWizardPage):
    def __init__(self, scheme: str) -> None:
        super().__init__()
        self.setTitle(self.tr("The audit"))
        self.setSubTitle(self.tr("Who is audited, where and when. Everything can be changed later."))
        self.client_edit = QLineEdit()
        self.client_edit.setPlaceholderText(self.tr("The organisation audited, e.g. Müller Präzisionsteile GmbH"))
        self.title_edit = QLineEdit()
        self.sites_edit = _text_box(self.tr("One site per line, with its address"))
        self.sites_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.type_combo = QComboBox()
        for kind, label in AUDIT_TYPE_LABELS.items():
            self.type_combo.addItem(vocab_label(label), kind.value)
        self.type_combo.setCurrentIndex(self.type_combo.findData(AuditType.STAGE2.value))
        today = QDate.currentDate()
        self.start_edit, self.end_edit = QDateEdit(today), QDateEdit(today)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumWidth(150)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(f"{name} ({code})", code)
        self.scheme_combo = QComboBox()
        for key, item in grading.SCHEMES.items():
            self.scheme_combo.addItem(grading_label(item.label), key)
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(scheme)))
        dates = QHBoxLayout()
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.end_edit)
        for widget in (self.start_edit, to_label, self.end_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Sites:"), self.sites_edit)
        form.addRow(self.tr("Audit t&ype:"), self.type_combo)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.start_edit)
        form.addRow(dates_label, dates)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Grading of findings:"), self.scheme_combo)
        for combo in (self.type_combo, self.language_combo, self.scheme_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addStretch(1)
        self.client_edit.textChanged.connect(self.completeChanged)
        for signal in (self.client_edit.textChanged, self.type_combo.currentIndexChanged):
            signal.connect(self._suggest_title)
        self._suggest_title()

    def isComplete(self) -> bool:
        return bool(self.client_edit.text().strip())  # the client names the file and heads the report

    def _start_changed(self, start: QDate) -> None:
        self.end_edit.setMinimumDate(start)  # an audit cannot end before it starts

    def _suggest_title(self) -> None:
        """Until a title is typed, the placeholder shows (and the audit gets) one made of type and client."""
        client = " ".join(self.client_edit.text().split())
        kind = self.type_combo.currentText()
        self.title_edit.setPlaceholderText(fill(self.tr("%1 — %2"), kind, client)
                                           if client else self.tr("e.g. Stage 2 certification audit 2026"))

    def title(self) -> str:
        typed = " ".join(self.title_edit.text().split())
        return typed or (self.title_edit.placeholderText() if self.client_edit.text().strip() else "")

    def details(self) -> dict[str, Any]:
        sites = [" ".join(line.split()) for line in self.sites_edit.toPlainText().splitlines()]
        return {"title": self.title(), "client": " ".join(self.client_edit.text().split()),
                "sites": [s for s in sites if s] or None, "audit_type": self.type_combo.currentData(),
                "start_date": self.start_edit.date().toString("yyyy-MM-dd"),
                "end_date": self.end_edit.date().toString("yyyy-MM-dd"),
                "language": self.language_combo.currentData(), "grading_scheme": self.scheme_combo.currentData()}


class StandardsPage(QWizardPage):
    """The library is read on a worker (parsing every checklist takes a few hundred milliseconds the first time)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Standards"))
        self.setSubTitle(self.tr("The audit criteria: one standard, or several for an integrated audit. Each "
                                 "brings its clauses with audit questions and typical evidence."))
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self.status_label = QLabel(self.tr("Reading the checklist library…"))
        self.status_label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.list, 1)
        box.addWidget(self.status_label)
        self.entries: list[library.LibraryEntry] = []
        self.task: tasks.Task | None = tasks.Task(library.entries, self)
        self.task.succeeded.connect(self._listed)
        self.task.failed.connect(self._failed)
        self.task.start()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    def _listed(self, entries: list[library.LibraryEntry]) -> None:
        self.task = None
        self.entries = entries
        self.list.blockSignals(True)
        for entry in entries:
            origin = self.tr("built in") if entry.bundled else self.tr("your own checklist")
            facts = fill(self.tr("%1 clauses · edition %2 · %3"), str(entry.clauses), entry.edition or "—", origin)
            item = QListWidgetItem(f"{entry.title}\n{facts}")
            item.setData(KeyRole, entry.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(entry.source)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._changed()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.status_label.setText(fill(self.tr("The checklist library cannot be read: %1"), tasks.known(exc)))

    def check(self, *keys: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KeyRole) in keys:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[library.LibraryEntry]:
        keys = {self.list.item(r).data(KeyRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked}
        return [e for e in self.entries if e.key in keys]

    def _changed(self) -> None:
        chosen = self.chosen()
        if self.task is None:
            self.status_label.setText(self.tr("Choose at least one standard.") if not chosen else fill(self.tr(
                "%1 chosen, %2 clauses in all."), ", ".join(e.standard or e.key for e in chosen),
                str(sum(e.clauses for e in chosen))))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ScopePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Scope, objectives and criteria"))
        self.setSubTitle(self.tr("As agreed with the client; the report states them (ISO 19011 6.5.1)."))
        self.scope_edit = _text_box(self.tr("Activities, products, processes and sites covered, e.g. Design and "
                                            "manufacture of precision turned parts for the automotive industry"))
        self.objectives_edit = _text_box(self.tr("e.g. Determine the conformity of the management system with "
                                                 "the audit criteria and its ability to meet its objectives"))
        self.criteria_edit = _text_box(self.tr("The standards, plus the client's own requirements"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Scope:"), self.scope_edit)
        form.addRow(self.tr("&Objectives:"), self.objectives_edit)
        form.addRow(self.tr("&Criteria:"), self.criteria_edit)
        self._criteria_suggested = ""

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        current = self.criteria_edit.toPlainText()
        if not current or current == self._criteria_suggested:  # keep what the user wrote
            titles = ", ".join(":".join(filter(None, (e.standard, e.edition))) or e.title
                               for e in wizard.standards_page.chosen())
            self._criteria_suggested = fill(self.tr("%1; the client's management system documentation; applicable "
                                                    "legal requirements"), titles)
            self.criteria_edit.setPlainText(self._criteria_suggested)

    def details(self) -> dict[str, Any]:
        return {name: edit.toPlainText().strip() or None for name, edit in (
            ("scope", self.scope_edit), ("objectives", self.objectives_edit), ("criteria", self.criteria_edit))}


class NewAuditWizard(QWizard):
    """Finish creates the file on a worker; the wizard stays open (and keeps its input) if that fails."""

    created = Signal(Path)

    def __init__(self, parent: QWidget | None, author: str, prefs: Preferences) -> None:
        super().__init__(parent)
        self.author = author
        self.setWindowTitle(self.tr("New audit"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.audit_page = AuditPage(prefs.grading_scheme)
        self.standards_page = StandardsPage()
        self.scope_page = ScopePage()
        self.team_page = TeamPage(author, named=bool(prefs.author_name))
        self.file_page = FilePage()
        for page in (self.audit_page, self.standards_page, self.scope_page, self.team_page, self.file_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create audit"))
        self.task: tasks.Task | None = None
        self.signer: keys.Signer | None = None  # the lead's key the audit was made with, for opening it (_lead_key)
        self.resize(760, 620)

    def details(self) -> dict[str, Any]:
        return {**self.audit_page.details(), **self.scope_page.details()}

    def spec(self) -> NewAudit:
        path = self.file_page.path()
        if path is None:
            raise ValueError("no file chosen")
        members = self.team_page.model.members()
        your_role = next((m.role for m in members if m.is_you), TeamRole.LEAD.value)
        return NewAudit(path, self.details(), tuple(e.key for e in self.standards_page.chosen()), your_role,
                        tuple((m.name, m.role, m.organisation) for m in members if not m.is_you))

    def summary(self) -> str:
        """What Create audit will make, as a small table (rich text: every value is escaped)."""
        details, standards = self.details(), self.standards_page.chosen()
        team = ", ".join(f"{m.name} ({role_label(m.role)})" for m in self.team_page.model.members())
        rows = ((self.tr("Audit"), details["title"]), (self.tr("Client"), details["client"]),
                (self.tr("Dates"), date_range(details["start_date"], details["end_date"])),
                (self.tr("Standards"), fill(self.tr("%1 (%2 clauses)"), ", ".join(
                    e.standard or e.key for e in standards), str(sum(e.clauses for e in standards)))),
                (self.tr("Team"), team))
        cells = "".join(f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td>"
                        "</tr>" for k, v in rows)
        return f"<table cellspacing='3'>{cells}</table>"

    def done(self, result: int) -> None:
        if self.task is not None:  # creating: the wizard closes when the file exists (or stays, if it failed)
            return
        self.standards_page.wait()  # the library worker must not outlive the page that owns it
        if result != QWizard.DialogCode.Accepted or self.file_page.created is not None:
            super().done(result)
            return
        if not self.validateCurrentPage():
            return
        spec = self.spec()
        from auditor_app.ui import signing_dialogs
        self.signer = signing_dialogs.lead_key(self)  # unlocked here: the file is made on a worker
        self.task = tasks.run_busy(self, self.tr("Creating the audit"), fill(self.tr("Creating %1…"), spec.path.name),
                                   lambda: create_audit_file(spec, self.author, self.signer),
                                   fill(self.tr("Creating %1; this cannot be stopped half-way."), spec.path.name))
        self.task.succeeded.connect(self._created)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _created(self, path: Path) -> None:
        self.task = None
        self.file_page.created = path
        self.created.emit(path)
        super().done(QWizard.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        QMessageBox.warning(self, self.tr("Audit not created"), str(tasks.known(exc)))
        self.file_page.initializePage()  # the name may be taken now

    def _cancelled(self) -> None:
        self.task = None
