"""The evidence viewer: the photo large (fit, zoom, pan, rotate), previous/next, caption, details and use."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QTransform
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget

from auditor_app.domain.records import EvidenceRecord
from auditor_app.services import evidence_views
from auditor_app.services.evidence_views import VIEWER_EDGE
from auditor_app.ui.evidence import artwork
from auditor_app.ui.evidence.gallery_model import title
from auditor_app.ui.evidence.image_view import ImageView
from auditor_app.ui.evidence.thumbnails import Key, ThumbnailLoader
from auditor_app.ui.evidence.viewer_info import InfoPane
from auditor_app.ui.i18n import fill
from auditor_app.ui.icons import icon

Lookup = Callable[[str], "EvidenceRecord | None"]
UsedBy = Callable[[str], "list[tuple[str, str, str]]"]


def _turned(source: QIcon, degrees: int) -> QIcon:
    """The clause pane's up/down arrows, pointing left/right for a row of photos."""
    out = QIcon()
    for size in (16, 20, 24, 32):
        out.addPixmap(source.pixmap(size).transformed(QTransform().rotate(degrees)))
    return out


class EvidenceViewer(QDialog):
    caption_edited = Signal(str, str)  # evidence id, caption
    rotate_requested = Signal(str, int)  # evidence id, the new rotation (degrees clockwise)
    annotate_requested = Signal(str)  # evidence id: the annotation editor is someone else's
    open_requested = Signal(str)  # evidence id: open the stored file in the system's viewer
    clause_requested = Signal(str)

    def __init__(self, loader: ThumbnailLoader, lookup: Lookup, used_by: UsedBy, ids: Sequence[str], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.loader = loader
        self._lookup = lookup
        self._used_by = used_by
        self.ids = list(ids)
        self.index = self.ids.index(current) if current in self.ids else 0
        self.record: EvidenceRecord | None = None
        self.editable = True
        self._shown: Key | None = None  # the rendition on screen
        self.view = ImageView()
        self.info = InfoPane()
        self.info.caption_edited.connect(self.caption_edited)
        self.info.clause_requested.connect(self.clause_requested)
        self.position_label = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._actions()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.info)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 340])
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 12, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.position_label)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        loader.ready.connect(self._ready)
        self.resize(1280, 820)
        self.show_index(self.index)

    def _action(self, name: str, text: str, slot: Callable[[], object], *keys: QKeySequence | str,
                turn: int = 0) -> QAction:
        action = QAction(_turned(icon(name), turn) if turn else icon(name), text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        if keys:
            action.setToolTip(f"{text} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.previous_action = self._action("previous", self.tr("Previous"), self.previous, "PgUp", turn=-90)
        self.next_action = self._action("next", self.tr("Next"), self.next, "PgDown", turn=-90)
        self.fit_action = self._action("zoom-fit", self.tr("Fit"), self.view.fit, "Ctrl+0")
        self.actual_action = self._action("zoom-fit", self.tr("1:1"), self.view.actual_size, "Ctrl+1")
        self.zoom_in_action = self._action("zoom-in", self.tr("Zoom in"), self.view.zoom_in, "Ctrl++", "+", "=")
        self.zoom_out_action = self._action("zoom-out", self.tr("Zoom out"), self.view.zoom_out, "Ctrl+-", "-")
        self.rotate_left_action = self._action(
            "rotate-left", self.tr("Rotate left"), lambda: self.rotate(-90), "Ctrl+L"
        )
        self.rotate_right_action = self._action(
            "rotate-right", self.tr("Rotate right"), lambda: self.rotate(90), "Ctrl+R"
        )
        self.annotate_action = self._action("annotate", self.tr("Annotate…"), self._annotate)
        self.open_action = self._action("open", self.tr("Open file"), self._open_externally)
        self.open_action.setToolTip(self.tr("Open the stored file with the system's viewer"))
        for action in (
            self.previous_action,
            self.next_action,
            None,
            self.fit_action,
            self.actual_action,
            self.zoom_in_action,
            self.zoom_out_action,
            None,
            self.rotate_left_action,
            self.rotate_right_action,
            self.annotate_action,
            None,
            self.open_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        for action in (self.zoom_in_action, self.zoom_out_action):  # their icons say it; keep the bar short
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    # -- which file ---------------------------------------------------------------------------------------
    def show_index(self, index: int) -> None:
        self.info.commit_caption()  # a caption being typed is kept when moving on
        if not self.ids:
            self.close()
            return
        self.index = max(0, min(index, len(self.ids) - 1))
        self.view.fitting = True
        self._shown = None
        self.refresh()

    def previous(self) -> None:
        if self.index > 0:
            self.show_index(self.index - 1)

    def next(self) -> None:
        if self.index < len(self.ids) - 1:
            self.show_index(self.index + 1)

    def refresh(self) -> None:
        """Read the file's record again (after an edit, an undo): caption, rotation, use."""
        record = self._lookup(self.ids[self.index]) if self.ids else None
        if record is None:  # removed meanwhile (undo of its add): the list moves on
            del self.ids[self.index]
            if self.ids:
                self.show_index(self.index)
            else:
                self.close()
            return
        self.record = record
        self.setWindowTitle(title(record))
        self.position_label.setText(fill(self.tr("%1 of %2"), self.index + 1, len(self.ids)))
        self.info.show_record(record, self._used_by(record.id), self.editable)
        self._show_picture(record)
        self._sync()
        for neighbour in (self.index + 1, self.index - 1):  # ready before the user gets there
            if (
                0 <= neighbour < len(self.ids)
                and (other := self._lookup(self.ids[neighbour])) is not None
                and evidence_views.is_photo(other)
            ):
                self.loader.pixmap(other, VIEWER_EDGE)

    def _show_picture(self, record: EvidenceRecord) -> None:
        if not evidence_views.is_photo(record):
            self._shown = None
            self.view.show_message(
                fill(self.tr("%1\nOpen file shows it with the system's viewer."), record.filename),
                artwork.document(record.filename or "", QSize(220, 220)),
            )
            return
        wanted = Key.of(record, VIEWER_EDGE)
        pixmap = self.loader.pixmap(record, VIEWER_EDGE)
        if pixmap is not None:
            self._shown = wanted
            self.view.show_pixmap(pixmap)
            return
        problem = self.loader.problem(record, VIEWER_EDGE)
        shown = self._shown
        if problem:
            self.view.show_message(fill(self.tr("This photo cannot be shown: %1"), problem))
        elif shown is not None and (shown.sha256, shown.edit_key) == (wanted.sha256, wanted.edit_key):
            # Turned a moment ago: show the turn now, the new rendition replaces it when it is ready.
            self.view.item.setRotation((wanted.rotation - shown.rotation) % 360)
            self.view.scene().setSceneRect(self.view.item.sceneBoundingRect())
            if self.view.fitting:
                self.view.fit()
        else:
            self.view.show_message(self.tr("Loading…"))

    def _ready(self, key: Key) -> None:
        record = self.record
        if record is not None and evidence_views.is_photo(record) and key == Key.of(record, VIEWER_EDGE):
            self._show_picture(record)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._sync()
        if self.record is not None:
            self.info.caption_edit.setReadOnly(not editable)

    def _sync(self) -> None:
        photo = self.record is not None and evidence_views.is_photo(self.record)
        for action in (self.rotate_left_action, self.rotate_right_action, self.annotate_action):
            action.setEnabled(photo and self.editable)
        for action in (self.fit_action, self.actual_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(photo)
        self.previous_action.setEnabled(self.index > 0)
        self.next_action.setEnabled(self.index < len(self.ids) - 1)

    # -- user actions -------------------------------------------------------------------------------------
    def rotate(self, degrees: int) -> None:
        record = self.record
        if record is not None and self.editable and evidence_views.is_photo(record):
            self.rotate_requested.emit(record.id, ((record.rotation or 0) + degrees) % 360)

    def _annotate(self) -> None:
        if self.record is not None:
            self.annotate_requested.emit(self.record.id)

    def _open_externally(self) -> None:
        if self.record is not None:
            self.open_requested.emit(self.record.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.previous()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.next()
        else:
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.info.commit_caption()
        super().done(result)
