"""File ▸ Office store archive…: the audits this role may see (client › chain › audit), their open findings, check
out and coverage over the cycle, all read from the store off the UI thread."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import vocab
from auditor_app.ui.cycle_coverage_view import CycleDialog, kind
from auditor_app.ui.i18n import fill, translate, vocab_text
from auditor_app.ui.office_store.archive_run import StoreRun
from auditor_app.ui.office_store.flow import SyncJob

if TYPE_CHECKING:
    from auditor_app.services.cycle_coverage import FileCoverage
    from auditor_app.services.store_archive import Grouped, StoredAudit, StoredFinding
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

AUDIT = Qt.ItemDataRole.UserRole  # a tree item's audit ids (client and chain: all below it)
CHAIN = Qt.ItemDataRole.UserRole + 1  # the chain id of a chain or audit item


def choose_out(parent: QWidget, suggested: Path) -> Path | None:
    """Where the checked-out file goes (never an existing file), or None. Tests answer here."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("Archive", "Check out to a new audit file"), str(suggested),
        translate("Archive", "Audit files (*.audit)"),
        options=QFileDialog.Option.DontConfirmOverwrite)  # the service refuses an existing file in one line
    return Path(chosen) if chosen else None


def suggested_out(stored: StoredAudit) -> Path:
    """Where a checked-out audit is first offered: named by its title, in the documents folder, numbered if taken, as
    every new audit file is (new_audit_file: imported here, not at start-up, as it brings the audit services)."""
    from auditor_app.ui import new_audit_file

    return new_audit_file.suggested_path(new_audit_file.documents_folder(), stored.title or stored.audit_id, "")


class ArchiveDialog(QDialog):
    def __init__(self, parent: QWidget, where: str, grouped: Grouped, found: list[StoredFinding]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office store archive"))
        self.findings = found
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Client, chain, audit"), self.tr("Dates"), self.tr("Title"),
                                   self.tr("Lead"), self.tr("Last push")])
        for client, chains in grouped:
            client_item = QTreeWidgetItem(self.tree, [client])
            client_item.setData(0, AUDIT, [a.audit_id for _c, members in chains for a in members])
            for chain_id, members in chains:
                first = members[0]
                chain_item = QTreeWidgetItem(client_item, [fill(self.tr("Chain from %1 %2"), kind(first),
                                                                first.start_date or "–")])
                chain_item.setData(0, AUDIT, [a.audit_id for a in members])
                chain_item.setData(0, CHAIN, chain_id)
                for a in members:
                    dates = f"{a.start_date or '–'} – {a.end_date or '–'}" if a.start_date else "–"
                    pushed = fill(self.tr("%1 by %2"), a.last_push_at, a.last_push_by) if a.last_push_at \
                        else self.tr("not pushed yet")
                    item = QTreeWidgetItem(chain_item, [kind(a), dates, a.title or "", a.lead or "", pushed])
                    item.setData(0, AUDIT, [a.audit_id])
                    item.setData(0, CHAIN, chain_id)
                    item.setData(1, AUDIT, a)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        titles = [self.tr("Ref"), self.tr("Grade"), self.tr("Clauses"), self.tr("Status"), self.tr("Due"),
                  self.tr("Audit")]
        self.table = QTableWidget(0, len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.caption = QLabel()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([620, 480])
        self.check_out = QPushButton(self.tr("Check &out…"))
        self.coverage = QPushButton(self.tr("Coverage over the &cycle…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.check_out, self.coverage):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(fill(self.tr("The audits assigned to you in the office store %1."), where)))
        box.addWidget(split, 1)
        box.addLayout(row)
        self.tree.currentItemChanged.connect(self._selected)
        self.resize(1100, 560)
        self._selected()

    def selected_audit(self) -> StoredAudit | None:
        item = self.tree.currentItem()
        return item.data(1, AUDIT) if item is not None and item.data(1, AUDIT) else None

    def selected_chain(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CHAIN) if item is not None else None

    def _selected(self, *_args: Any) -> None:
        item = self.tree.currentItem()
        ids = set(item.data(0, AUDIT) or []) if item is not None else set()
        shown = [f for f in self.findings if f.audit.audit_id in ids]
        self.caption.setText(fill(self.tr("Open findings of %1: %2"), item.text(0), str(len(shown)))
                             if item is not None else self.tr("Select a client, chain or audit."))
        self.table.setRowCount(len(shown))
        for row, f in enumerate(shown):
            status = vocab_text(vocab.STATUS_LABELS, f.finding.status) or f.finding.status or ""
            for col, text in enumerate((f.finding.ref or "", f.grade_label, ", ".join(f.clauses), status,
                                        f.finding.due_date or "", f.audit.title or f.audit.audit_id)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        audit = self.selected_audit()
        self.check_out.setEnabled(audit is not None and audit.operations > 0)
        self.coverage.setEnabled(self.selected_chain() is not None)


class Archive(QObject):
    """The dialog's flow: list (then show), check out (then open like File ▸ Open), coverage (then its dialog)."""

    def __init__(self, audit: OpenAudit, shell: Shell, url: str) -> None:
        super().__init__(shell.parent_widget)
        self.audit, self.shell, self.url = audit, shell, url
        self.dialog: ArchiveDialog | None = None
        self.coverage_dialog: CycleDialog | None = None  # the one shown, until it is closed
        self._runs: list[StoreRun] = []
        self._password: str | None = None  # the one the store accepted, for the dialog's next reads

    def _run(self, title: str, text: str, fn: Any, then: Any) -> None:
        parent = self.dialog or self.shell.parent_widget
        run = StoreRun(parent, self.audit, self.url, title, text, fn, self._password)
        self._runs.append(run)

        def finished(result: object) -> None:
            self._runs.remove(run)
            run.deleteLater()
            if result is not None:
                self._password = run.password
                then(result)
        run.done.connect(finished)
        run.run()

    def start(self) -> None:
        def listing(password: str | None, _job: SyncJob) -> tuple[str, Grouped, list[StoredFinding]]:
            from auditor_app.services import store_archive

            # One read of the store for both: each audit is replayed once for the tree and its open findings.
            return store_archive.listing(self.url, findings=True, only_open=True, password=password)

        self._run(self.tr("Office store archive"), self.tr("Reading the audits assigned to you in the office store…"),
                  listing, self._listed)

    def _listed(self, result: tuple[str, Grouped, list[StoredFinding]]) -> None:
        self.dialog = ArchiveDialog(self.shell.parent_widget, *result)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.check_out.clicked.connect(self.check_out)
        self.dialog.coverage.clicked.connect(self.show_coverage)
        self.dialog.finished.connect(self._closed)
        self.dialog.show()

    def _closed(self, *_result: int) -> None:
        self.dialog = None

    def check_out(self) -> None:
        dialog = self.dialog
        stored = dialog.selected_audit() if dialog is not None else None
        if dialog is None or stored is None:
            return
        out = choose_out(dialog, suggested_out(stored))
        if out is None:
            return
        if out.exists():  # asked before any work: the service would refuse the same way
            QMessageBox.warning(dialog, self.tr("Office store archive"),
                                fill(self.tr("cannot create %1: a file of that name already exists"), str(out)))
            return
        author = self.audit.author

        def checkout(password: str | None, job: SyncJob) -> Path:
            from auditor_app.services import store_checkout

            return store_checkout.checkout(self.url, stored.audit_id, out, owner=author, password=password,
                                           progress=job.say).path

        self._run(self.tr("Check out"), fill(self.tr("Writing %1 from the office store…"), out.name),
                  checkout, self._checked_out)

    def _checked_out(self, path: Path) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.shell.open_path(path)

    def show_coverage(self) -> None:
        chain = self.dialog.selected_chain() if self.dialog is not None else None
        if self.dialog is None or chain is None:
            return

        def coverage(password: str | None, _job: SyncJob) -> FileCoverage:
            from auditor_app.services import store_cycle

            return store_cycle.coverage(self.url, chain=chain, password=password)[1]

        self._run(self.tr("Coverage over the cycle"),
                  self.tr("Reading the chain's audits from the office store…"), coverage, self._covered)

    def _covered(self, coverage: FileCoverage) -> None:
        shown = CycleDialog(coverage.coverage, self.dialog or self.shell.parent_widget, coverage.notes)
        shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.destroyed.connect(partial(self._coverage_closed, shown))
        shown.show()
        self.coverage_dialog = shown

    def _coverage_closed(self, closed: CycleDialog) -> None:
        if self.coverage_dialog is closed:  # deleted on close: never left pointing at a deleted dialog
            self.coverage_dialog = None
