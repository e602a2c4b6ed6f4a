"""The office store's address: the dialog an auditor fills in (or pastes a URL into), and its Preferences box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import InputError
from auditor_app.services import store_address
from auditor_app.services.store_address import Address
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate

TLS_LABELS = {
    "verify-full": QT_TRANSLATE_NOOP("StoreAddressDialog", "Encrypted, the server's certificate checked (recommended)"),
    "require": QT_TRANSLATE_NOOP("StoreAddressDialog", "Encrypted, the server not checked"),
    "disable": QT_TRANSLATE_NOOP("StoreAddressDialog", "Not encrypted"),
}
WARNING_STYLE = "color: #b3261e;"  # the palette's error red, readable on light and dark backgrounds


class StoreAddressDialog(QDialog):
    """Host, port, database, role, TLS mode and CA file; or the URL the administrator sent, which fills them."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office store"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("store.example-cb.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(store_address.DEFAULT_PORT)
        self.database = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Your login name at the store"))
        self.tls = QComboBox()
        for mode in store_address.TLS_MODES:
            self.tls.addItem(translate("StoreAddressDialog", TLS_LABELS[mode]), mode)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The system's certificate authorities"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.clicked.connect(self.choose_ca)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._filling = False
        self._extra: tuple[tuple[str, str], ...] = ()  # libpq parameters of a pasted URL the form has no field for
        if url:
            self.url.setText(url)
            self._url_edited(url)
        self._show_url()
        for edit in (self.host, self.database, self.role, self.ca_file):
            edit.textEdited.connect(self._show_url)
        self.port.valueChanged.connect(self._show_url)
        self.tls.currentIndexChanged.connect(self._show_url)
        self.url.textEdited.connect(self._url_edited)
        self.setMinimumWidth(560)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Encryption:"), self.tls)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        ca_label = QLabel(self.tr("&CA certificate:"))  # a row holding a layout gets no buddy of its own
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        form.addRow(self.warning)
        form.addRow(self.tr("&Address:"), self.url)
        hint = QLabel(self.tr("Fill in what your certification body's administrator gave you, or paste the address "
                              "they sent. No password is kept here: it is asked for when the store needs it."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

    def address(self) -> Address:
        return Address(host=self.host.text().strip(), database=self.database.text().strip(),
                       role=self.role.text().strip(), port=self.port.value(), tls=str(self.tls.currentData()),
                       ca_file=self.ca_file.text().strip(), extra=self._extra)

    def value(self) -> str:
        """The store's URL (raises InputError naming the empty or wrong part)."""
        return store_address.to_url(self.address())

    def _show_url(self) -> None:
        mode = str(self.tls.currentData())
        self.warning.setText({
            "disable": self.tr("Without encryption, your password and the audit travel in the clear: anyone on the "
                               "network can read them. Use it only on a network you trust."),
            "require": self.tr("The server's certificate is not checked: anyone between you and the store can pose "
                               "as it."),
        }.get(mode, ""))
        self.warning.setVisible(bool(self.warning.text()))
        self.ca_file.setEnabled(mode not in ("disable", "require"))
        self.ca_button.setEnabled(self.ca_file.isEnabled())
        if self._filling:
            return
        try:
            self.url.setText(self.value())
            self.problem.clear()
        except InputError:
            self.url.clear()  # incomplete yet: said when OK is pressed

    def _url_edited(self, text: str) -> None:
        try:
            address = store_address.parse(store_address.without_password(text))
        except InputError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.clear()
        self._filling = True
        try:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.role.setText(address.role)
            index = self.tls.findData(address.tls)
            if index < 0:  # a mode the form does not offer (prefer, verify-ca …): kept as the URL gives it
                self.tls.addItem(address.tls or self.tr("libpq's default (prefer)"), address.tls)
                index = self.tls.count() - 1
            self.tls.setCurrentIndex(index)
            self.ca_file.setText(address.ca_file)
            self._extra = address.extra
        finally:
            self._filling = False
        self._show_url()

    def choose_ca(self) -> None:
        start = str(Path(self.ca_file.text()).parent) if self.ca_file.text() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), start,
                                              self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if name:
            self.ca_file.setText(name)
            self._show_url()

    def accept(self) -> None:
        try:
            self.value()
        except InputError as exc:
            self.problem.setText(str(exc))
            return  # stay open: nothing typed is lost
        super().accept()


def ask(parent: QWidget | None, url: str) -> str | None:
    """The store's URL as the user fills it in (starting from `url`), or None when they cancel."""
    dialog = StoreAddressDialog(url, parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class StoreAddressBox(QGroupBox):
    """Preferences' "Office store" group: the address File ▸ Sync with the office store… uses."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("StoreAddressBox", "Office store"), parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.change = QPushButton(self.tr("Change…"))
        self.change.clicked.connect(self.choose)
        self.clear = QPushButton(self.tr("Remove"))
        self.clear.clicked.connect(lambda: self.set_url(""))
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.change)
        row.addWidget(self.clear)
        self.url = ""
        self.set_url(url)

    def set_url(self, url: str) -> None:
        self.url = store_address.without_password(url) if url else ""
        self.clear.setEnabled(bool(self.url))
        self.label.setText(fill(self.tr("Sync with %1"), self.url) if self.url
                           else self.tr("Not set: asked for at the first sync"))

    def choose(self) -> None:
        chosen = ask(self, self.url)
        if chosen is not None:
            self.set_url(chosen)
