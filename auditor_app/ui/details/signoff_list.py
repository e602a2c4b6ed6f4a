"""The sign-offs given at the closing meeting: listed with their signature, signed in a dialog, removed (undoable)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from auditor_app.domain.records import Meeting, Signoff
from auditor_app.domain.vocab import SIGNOFF_KIND_LABELS
from auditor_app.services import planning, queries, signoffs
from auditor_app.ui.details.commands import AddItems, Host, RemoveItems
from auditor_app.ui.details.layout import record_table
from auditor_app.ui.details.signoff_dialog import SignoffDialog, attendance_statement, findings_statement
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, plural, translate, vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex
THUMB_HEIGHT = 44


class SignoffModel(QAbstractTableModel):
    """One row per sign-off: the signature's thumbnail, who signed (name, role, organisation), what, and when."""

    HEADERS = (QT_TRANSLATE_NOOP("SignoffModel", "Signature"), QT_TRANSLATE_NOOP("SignoffModel", "Name"),
               QT_TRANSLATE_NOOP("SignoffModel", "Role"), QT_TRANSLATE_NOOP("SignoffModel", "Organisation"),
               QT_TRANSLATE_NOOP("SignoffModel", "Signed"), QT_TRANSLATE_NOOP("SignoffModel", "Signed at"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Signoff] = []
        self._thumbs: dict[str, QPixmap] = {}

    def set_signoffs(self, items: Sequence[Signoff], images: dict[str, bytes]) -> None:
        self.beginResetModel()
        self._rows = sorted(items, key=lambda s: (s.signed_at or "", s.id))
        self._thumbs = {}
        for sha, data in images.items():
            pixmap = QPixmap()
            if pixmap.loadFromData(data, "PNG"):
                self._thumbs[sha] = pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        self.endResetModel()

    def record(self, row: int) -> Signoff:
        return self._rows[row]

    def records(self) -> list[Signoff]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return translate("SignoffModel", self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if column == 0:
            thumb = self._thumbs.get(item.image_sha256 or "")
            if role == Qt.ItemDataRole.DecorationRole:
                return thumb
            if role == Qt.ItemDataRole.DisplayRole and thumb is None:
                return translate("SignoffModel", "(image missing)")  # `check` names it
            if role == Qt.ItemDataRole.ToolTipRole:
                return fill(translate("SignoffModel", "SHA-256 of the image: %1"), item.image_sha256 or "")
            if role == Qt.ItemDataRole.SizeHintRole and thumb is not None:
                return QSize(thumb.width() + 8, THUMB_HEIGHT + 8)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.statement
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = ("", item.signer_name, item.signer_role, item.organisation,
                  vocab_text(SIGNOFF_KIND_LABELS, item.kind), (item.signed_at or "").replace("T", " "))
        return values[column] or ""


class SignoffBox(QWidget):
    """Under the closing meeting: sign the attendance or acknowledge the findings, and what has been signed."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.editable = False
        self.meeting: Meeting | None = None
        self.model = SignoffModel(self)
        self.table = record_table(self.model, (180, 170, 140, 150, 200))
        self.table.verticalHeader().setDefaultSectionSize(THUMB_HEIGHT + 10)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.table.setMinimumHeight(THUMB_HEIGHT * 3)
        self.attendance_button = QPushButton(self.tr("Sign attendance…"))
        self.attendance_button.setToolTip(self.tr("The client's representative signs on the screen that they "
                                                  "attended the closing meeting"))
        self.attendance_button.clicked.connect(lambda: self.ask_sign("closing_attendance"))
        self.findings_button = QPushButton(self.tr("Acknowledge findings…"))
        self.findings_button.setToolTip(self.tr("The client's representative signs on the screen that the "
                                                "findings were presented to them"))
        self.findings_button.clicked.connect(lambda: self.ask_sign("findings_acknowledgement"))
        self.remove_button = QPushButton(self.tr("Remove sign-off"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        for button in (self.attendance_button, self.findings_button, self.remove_button):
            row.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        self._sync_buttons()

    def load(self, meeting_ids: set[str], meeting: Meeting | None) -> None:
        self.meeting = meeting
        owner = self.host.audit
        items = [s for s in owner.read(signoffs.signoffs) if s.meeting_id in meeting_ids] if owner.is_open else []
        images = owner.read(signoffs.images, items) if items else {}
        self.model.set_signoffs(items, images)
        self.count_label.setText(fill(self.tr("<b>Sign-offs</b> — %1"), len(items)) if items
                                 else self.tr("<b>Sign-offs</b>"))
        self._sync_buttons()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.attendance_button.setEnabled(self.editable)
        self.findings_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    def dialog(self, kind: str) -> SignoffDialog:
        """The dialog for `kind`, its statement written from the audit as it is now, the signer prefilled with the
        client's representative."""
        owner = self.host.audit
        details = owner.read(queries.details)
        refs: list[str] = []
        if kind == "findings_acknowledgement":
            found = owner.read(queries.findings)
            statement = findings_statement(details, self.meeting, found)
            refs = sorted(f.ref for f in found if f.ref)
        else:
            statement = attendance_statement(details, self.meeting)
        dialog = SignoffDialog(kind, statement, details.client_representative or "",
                               details.client_representative_role or "", details.client or "", self)
        dialog.finding_refs = refs
        return dialog

    def ask_sign(self, kind: str) -> None:
        if not (self.editable and self.host.audit.is_open):
            return
        dialog = self.dialog(kind)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.sign(kind, dialog.values())
        finally:
            dialog.deleteLater()

    def sign(self, kind: str, values: dict[str, Any]) -> None:
        """One undoable step: the sign-off (and the closing meeting, if the audit has none yet)."""
        def create(tx: Any) -> list[str]:
            return [signoffs.sign(tx, kind, planning.meeting_for(tx, "closing"), values["signer_name"],
                                  values["signer_role"], values["organisation"], values["statement"],
                                  values["finding_refs"], values["png"])]

        text = fill(self.tr("Sign-off by %1"), values["signer_name"])
        self.host.push(lambda context: AddItems(context, "signoff", create, text))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows and self.editable:
            ids = [self.model.record(r).id for r in rows]
            text = plural(self.tr("Remove %n sign-off(s)", "", len(ids)), len(ids))
            self.host.push(lambda context: RemoveItems(context, "signoff", ids, text))
