"""The new-audit wizard's team step: you (from the preferences) and the others, each with a role."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from auditor_app.domain.vocab import ROLE_LABELS, TeamRole
from auditor_app.ui.i18n import fill, vocab_label

AnyIndex = QModelIndex | QPersistentModelIndex


def role_label(role: str) -> str:
    return vocab_label(ROLE_LABELS.get(role, role))


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    ORGANISATION = 2


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    organisation: str = ""
    is_you: bool = False  # the person creating the file: named in the preferences, not here


class TeamModel(QAbstractTableModel):
    def __init__(self, you: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._members = [Member(you, TeamRole.LEAD.value, is_you=True)]
        self._bold = QFont()
        self._bold.setBold(True)

    def members(self) -> list[Member]:
        """Every member with a name (a row added but left blank is not a member)."""
        return [m for m in self._members if m.name.strip()]

    def lead_count(self) -> int:
        return sum(1 for m in self.members() if m.role == TeamRole.LEAD)

    def add(self, name: str = "", role: str = TeamRole.AUDITOR.value, organisation: str = "") -> QModelIndex:
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append(Member(name, role, organisation))
        self.endInsertRows()
        return self.index(row, Column.NAME)

    def remove(self, row: int) -> bool:
        if row <= 0 or row >= len(self._members):  # you stay: the file records who created it
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._members[row]
        self.endRemoveRows()
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Name"), self.tr("Role"), self.tr("Organisation"))[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not (index.column() == Column.NAME and self._members[index.row()].is_you):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member, column = self._members[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.ROLE:
                return member.role if role == Qt.ItemDataRole.EditRole else role_label(member.role)
            text = member.name if column == Column.NAME else member.organisation
            if role == Qt.ItemDataRole.DisplayRole and column == Column.NAME and member.is_you:
                return fill(self.tr("%1 (you)"), text)
            return text
        if role == Qt.ItemDataRole.FontRole and member.is_you and column == Column.NAME:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and member.is_you and column == Column.NAME:
            return self.tr("Your name comes from Edit ▸ Preferences; it is also stamped on every change you make.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.flags(index) & \
                Qt.ItemFlag.ItemIsEditable or not isinstance(value, str):
            return False
        member, column = self._members[index.row()], Column(index.column())
        if column == Column.ROLE:
            if value not in ROLE_LABELS:
                return False
            member = replace(member, role=value)
        else:
            clean = " ".join(value.split())
            member = replace(member, name=clean) if column == Column.NAME else replace(member, organisation=clean)
        self._members[index.row()] = member
        self.dataChanged.emit(index, index)
        return True


class RoleDelegate(QStyledItemDelegate):
    """The role column is edited with a list of the roles, never typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        if index.column() != Column.ROLE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key in ROLE_LABELS:
            combo.addItem(role_label(key), key)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TeamPage(QWizardPage):
    def __init__(self, you: str, named: bool = True) -> None:
        """`named`: you have set your name in the preferences (otherwise it is the login name, say so)."""
        super().__init__()
        self.setTitle(self.tr("Audit team"))
        self.setSubTitle(self.tr("One lead auditor, and the auditors, technical experts and observers with them. "
                                 "Double-click a cell to change it."))
        self.model = TeamModel(you, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.ROLE, 170)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.setWordWrap(True)
        self.name_hint = QLabel(fill(self.tr("You are listed as “%1”. To appear under your full name, cancel and set "
                                             "it in Edit ▸ Preferences… first: it is stamped on every change you "
                                             "make."), you))
        self.name_hint.setWordWrap(True)
        self.name_hint.setVisible(not named)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.name_hint)
        box.addSpacing(4)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.problem_label)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync())
        self._changed()

    def add_member(self, name: str, role: str, organisation: str = "") -> None:
        self.model.add(name, role, organisation)

    def _add(self) -> None:
        index = self.model.add()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def _sync(self) -> None:
        self.remove_button.setEnabled(self.table.currentIndex().row() > 0)

    def problem(self) -> str:
        leads = self.model.lead_count()
        if leads == 1:
            return ""
        if leads == 0:
            return self.tr("Make one team member the lead auditor.")
        return self.tr("Only one team member can be the lead auditor.")

    def _changed(self) -> None:
        self.problem_label.setText(self.problem())
        self._sync()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()
