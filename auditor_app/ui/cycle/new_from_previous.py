"""File › New audit from previous…: the next audit of a client's cycle, made from the one before it."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import vocab
from auditor_app.ui import tasks
from auditor_app.ui.cycle.previous_audit import NextAudit, Preview, create_next, read_preview
from auditor_app.ui.i18n import fill, plural, vocab_label
from auditor_app.ui.new_audit_file import documents_folder, suggested_path, with_suffix

if TYPE_CHECKING:
    from auditor_app.services import keys

ERROR_STYLE = "color: #c62828;"


class NewFromPreviousDialog(QDialog):
    """Pick the previous audit, see what it carries, choose type, dates, checklist versions and the new file.

    The previous file is read and checked on a worker; Create makes the new file on a worker behind a busy
    dialog, and `created` names it once it exists (the dialog then closes)."""

    created = Signal(Path, object)  # the new file, carry.CarrySummary

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author = author
        self.setWindowTitle(self.tr("New audit from previous"))
        self.preview: Preview | None = None
        self.task: tasks.Task | None = None
        self.signer: keys.Signer | None = None  # the lead's key the audit was made with, for opening it
        self.reading: tasks.Task | None = None
        self.previous_edit = QLineEdit()
        self.previous_edit.setReadOnly(True)
        self.previous_button = QPushButton(self.tr("&Choose…"))
        self.previous_button.clicked.connect(self.choose_previous)
        self.what_label = QLabel(self.tr("Choose the audit file of the previous audit of this client."))
        self.what_label.setWordWrap(True)
        self.type_combo = QComboBox()
        for kind, text in vocab.AUDIT_TYPE_LABELS.items():
            self.type_combo.addItem(vocab_label(text), kind.value)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        self.title_edit = QLineEdit()
        today = QDate.currentDate()
        self.start_edit, self.end_edit = QDateEdit(today), QDateEdit(today)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.dateChanged.connect(self._start_changed)
        self.checklists = QVBoxLayout()
        self.update_boxes: dict[str, QCheckBox] = {}
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(lambda _t: self._check())
        self.path_button = QPushButton(self.tr("&Browse…"))
        self.path_button.clicked.connect(self.choose_target)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        previous_row = QHBoxLayout()
        previous_row.addWidget(self.previous_edit, 1)
        previous_row.addWidget(self.previous_button)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.path_button)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Previous audit:"), previous_row)
        self.form.addRow("", self.what_label)
        self.form.addRow(self.tr("Audit &type:"), self.type_combo)
        self.form.addRow(self.tr("T&itle:"), self.title_edit)
        self.form.addRow(self.tr("Dates:"), dates)
        self.form.addRow(self.tr("Checklists:"), self.checklists)
        self.form.addRow(self.tr("Save as:"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create audit"))
        self.buttons.accepted.connect(self.create_audit)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self._suggested_title = self._suggested_path = ""
        # Copies of a previous audit that was open when chosen; removed when the dialog closes.
        self._spare = tempfile.TemporaryDirectory(prefix="auditor-app-previous-")
        self.resize(760, 560)
        self._check()

    # -- the previous audit -------------------------------------------------------------------------------
    def choose_previous(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Previous audit"), str(documents_folder()),
                                              self.tr("Audit files (*.audit)"))
        if name:
            self.load_previous(Path(name))

    def load_previous(self, path: Path) -> None:
        """Read and check the file on a worker; what it is appears when that is done."""
        self.previous_edit.setText(str(path))
        self.preview = None
        self.what_label.setText(fill(self.tr("Reading %1…"), path.name))
        self.what_label.setStyleSheet("")
        self._show_offers()
        self._check()
        spare = Path(self._spare.name) / str(len(list(Path(self._spare.name).iterdir())))
        spare.mkdir()
        task = self.reading = tasks.Task(lambda: read_preview(path, self.author, spare), self)
        task.succeeded.connect(lambda preview: self._previewed(task, preview))
        task.failed.connect(lambda exc: self._unreadable(task, path, exc))
        task.start()

    def wait(self) -> None:
        if self.reading is not None:
            self.reading.wait()

    def _previewed(self, task: tasks.Task, preview: Preview) -> None:
        if task is not self.reading:
            return  # another file was chosen meanwhile
        self.reading = None
        self.preview = preview
        parts = [fill(self.tr("Client: %1"), preview.client or self.tr("(none)")),
                 plural(self.tr("%n open finding(s) to verify", "", preview.findings), preview.findings)]
        if preview.concerns:
            parts.append(plural(self.tr("%n area(s) of concern to check", "", preview.concerns), preview.concerns))
        self.what_label.setText(f"<b>{html.escape(preview.label)}</b><br>{html.escape(' · '.join(parts))}")
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(preview.next_type)))
        self._show_offers()
        self._suggest()

    def _unreadable(self, task: tasks.Task, path: Path, exc: BaseException) -> None:
        if task is not self.reading:
            return
        self.reading = None
        self.what_label.setText(fill(self.tr("%1 cannot be used: %2"), path.name, str(tasks.known(exc))))
        self.what_label.setStyleSheet(ERROR_STYLE)
        self._check()

    def _show_offers(self) -> None:
        while self.checklists.count():
            item = self.checklists.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.update_boxes = {}
        for offer in self.preview.offers if self.preview else ():
            old = offer.previous
            if offer.newer is None or offer.diff is None:
                label = QLabel(fill(self.tr("%1 (%2): no other version in the library"),
                                    f"{old.standard}:{old.edition}", old.key))
                self.checklists.addWidget(label)
                continue
            box = QCheckBox(fill(self.tr("Use %1 instead of %2"),
                                 f"{offer.newer.standard}:{offer.newer.edition} ({offer.newer.key})",
                                 f"{old.standard}:{old.edition}"))
            self.update_boxes[old.key] = box
            self.checklists.addWidget(box)
            summary = QLabel("\n".join(f"    {line}" for line in offer.diff.summary()))
            summary.setWordWrap(True)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.checklists.addWidget(summary)

    # -- the new audit ------------------------------------------------------------------------------------
    def _start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)
        self.end_edit.setMinimumDate(start)
        self._suggest()

    def _suggest(self) -> None:
        """Title and file name follow the type, client and dates until the auditor changes them."""
        if self.preview is None:
            return
        start = self.start_edit.date().toString("yyyy-MM-dd")
        client = self.preview.client or self.tr("Audit")
        title = f"{client} – {self.type_combo.currentText()} {start[:4]}"
        if self.title_edit.text() in ("", self._suggested_title):
            self.title_edit.setText(title)
            self._suggested_title = title
        if self.path_edit.text() in ("", self._suggested_path):
            self._suggested_path = str(suggested_path(self.preview.shown.parent, client, start))
            self.path_edit.setText(self._suggested_path)

    def choose_target(self) -> None:
        start = with_suffix(self.path_edit.text()) or documents_folder()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New audit file"), str(start),
                                              self.tr("Audit files (*.audit)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path_edit.setText(str(with_suffix(name)))

    def problem(self) -> str:
        path = with_suffix(self.path_edit.text())
        if self.preview is None:
            return ""
        if path is None:
            return self.tr("Choose where to save the new audit file.")
        if not path.parent.is_dir():
            return fill(self.tr("The folder %1 does not exist."), path.parent)
        if path.exists():
            return fill(self.tr("%1 already exists. An audit file is never overwritten: choose another name."),
                        path.name)
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.create_button.setEnabled(self.preview is not None and not problem and self.task is None)

    def spec(self) -> NextAudit:
        path = with_suffix(self.path_edit.text())
        if self.preview is None or path is None:
            raise ValueError("nothing chosen")
        return NextAudit(path, self.preview.path, self.type_combo.currentData(), self.title_edit.text().strip(),
                         self.start_edit.date().toString("yyyy-MM-dd"), self.end_edit.date().toString("yyyy-MM-dd"),
                         tuple(key for key, box in self.update_boxes.items() if box.isChecked()))

    def create_audit(self) -> None:
        self._check()  # the name may have been taken since it was typed
        if self.task is not None or not self.create_button.isEnabled():
            return
        spec = self.spec()
        from auditor_app.ui import signing_dialogs
        self.signer = signing_dialogs.lead_key(self)  # unlocked here: the file is made on a worker
        self.task = tasks.run_busy(self, self.tr("Creating the audit"), fill(self.tr("Creating %1…"), spec.path.name),
                                   lambda: create_next(spec, self.author, self.signer),
                                   fill(self.tr("Creating %1; this cannot be stopped half-way."), spec.path.name))
        self.task.succeeded.connect(self._created)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _created(self, result: tuple[Path, object]) -> None:
        self.task = None
        path, summary = result
        self.created.emit(path, summary)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        QMessageBox.warning(self, self.tr("Audit not created"), str(tasks.known(exc)))
        self._check()

    def _cancelled(self) -> None:
        self.task = None
        self._check()

    def done(self, result: int) -> None:
        if self.task is not None:  # creating: the dialog closes when the file exists (or stays, if it failed)
            return
        self.wait()
        super().done(result)
        self._spare.cleanup()
