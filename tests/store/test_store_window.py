"""File ▸ Sync with the office store… in the window, against the throwaway cluster: push, pull, password, cancel."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring_backends import MemoryKeyring
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, merge, notes, preferences, queries, store_admin, store_passwords, store_sync
from auditor_app.storage import store_ops
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column
from auditor_app.ui.office_store import password
from auditor_app.ui.office_store.feature import OfficeStore
from auditor_app.ui.store_address import StoreAddressDialog
from auditor_app.ui.tasks import BusyDialog

CLAUSE = clause_id("iso9001-2015", "7.2")
BOB_SAW = "Bob saw the training records of line 2"


class Messages:
    """QMessageBox's static functions, recorded (question() answers Yes)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> Any:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    def of(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


class Typed:
    """The password dialog, answered from a list; what it was shown is recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[tuple[str, bool] | None] = []
        self.asked: list[tuple[str, str, str | None]] = []
        monkeypatch.setattr(password, "ask", self._ask)

    def _ask(self, _parent: object, where: str, note: str, keyring_name: str | None) -> tuple[str, bool] | None:
        self.asked.append((where, note, keyring_name))
        assert self.answers, "the password was asked for unexpectedly"
        return self.answers.pop(0)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def alice_file(make_audit: Any, tmp_path: Path) -> Path:
    """Alice's audit with a note, and Bob's hand-over copy of it (bob.audit)."""
    alice = make_audit("alice.audit", author="Alice")
    alice.run(notes.add_note, CLAUSE, "interview", "Alice's first words")
    merge.hand_over_copy(alice, tmp_path / "bob.audit", "Bob")
    alice.close()
    return tmp_path / "alice.audit"


@pytest.fixture
def win(qtbot: QtBot, alice_file: Path, store: Cluster) -> Iterator[MainWindow]:
    preferences.save(preferences.Preferences(store_url=store.url("alice")))
    window = MainWindow("Alice")
    qtbot.addWidget(window)
    assert window.open_path(alice_file)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def sync_by_menu(win: MainWindow, qtbot: QtBot, messages: Messages) -> str:
    """File ▸ Sync with the office store…, until its last message; that message (kind: text)."""
    before = len(messages.shown)
    feature = next(f for f in win.features if isinstance(f, OfficeStore))
    assert feature.sync_action.isEnabled()
    feature.sync_action.trigger()
    qtbot.waitUntil(lambda: not win.audit.busy and len(messages.shown) > before, timeout=30_000)
    kind, _title, text = messages.shown[-1]
    return f"{kind}: {text}"


def store_count(store: Cluster, audit_id: str) -> int:
    return int(store.psql(f"SELECT count(*) FROM auditor_store.operation WHERE audit_id = '{audit_id}'", "store"))


def test_a_sync_from_the_window_pushes_then_brings_a_teammates_note_into_the_views(
        win: MainWindow, qtbot: QtBot, store: Cluster, messages: Messages, typed: Typed, tmp_path: Path) -> None:
    audit_id = win.audit.read(lambda session: session.audit_id)
    typed.answers.append((AUDITORS["alice"], False))
    said = sync_by_menu(win, qtbot, messages)
    assert said.startswith("information: The audit is now in the office store, assigned to you.")
    assert f"Pushed to office store 127.0.0.1:{store.port}, database store: " in said
    assert "Nothing new from your team in the store." in said
    # No keyring here: nothing is offered to remember.
    assert typed.asked == [(f"office store 127.0.0.1:{store.port}, database store", "", None)]
    pushed = store_count(store, audit_id)
    assert pushed > 0
    # Bob, assigned to the audit, syncs his copy with a note of his own.
    store_admin.assign(store.url(ADMIN, ADMIN_PASSWORD), audit_id, "bob")
    with audit.open_audit(tmp_path / "bob.audit", author="Bob") as bob:
        bob.run(notes.add_note, CLAUSE, "observation", BOB_SAW)
        store_sync.sync(bob, store.url("bob"), password=AUDITORS["bob"])
    notes_before = win.tree_model.data(win.tree_model.index_of_clause(CLAUSE).siblingAtColumn(Column.NOTES))
    typed.answers.append((AUDITORS["alice"], False))
    said = sync_by_menu(win, qtbot, messages)
    assert f"\noffice store 127.0.0.1:{store.port}, database store: 5 operations, 0 evidence files\n" in said
    assert "No conflicts" in said and "cannot be undone" in said
    assert BOB_SAW in [n.text for n in win.audit.read(queries.notes)]
    notes_after = win.tree_model.data(win.tree_model.index_of_clause(CLAUSE).siblingAtColumn(Column.NOTES))
    assert (notes_before, notes_after) == ("1", "2")  # the clause tree was reloaded as after a merge
    assert win.undo_stack.count() == 0 and store_count(store, audit_id) == pushed + 5


def test_a_wrong_password_is_one_line_and_nothing_changes(win: MainWindow, qtbot: QtBot, store: Cluster,
                                                         messages: Messages, typed: Typed, alice_file: Path) -> None:
    audit_id = win.audit.read(lambda session: session.audit_id)
    before = [(n.id, n.text) for n in win.audit.read(queries.notes)]
    typed.answers.append(("not alice's password", False))
    said = sync_by_menu(win, qtbot, messages)
    assert said == (f"warning: cannot connect to the office store {store.url('alice')}: password authentication "
                    "failed for user \"alice\"\n\nYour audit file was not changed.")
    assert "not alice's password" not in said
    assert [(n.id, n.text) for n in win.audit.read(queries.notes)] == before and store_count(store, audit_id) == 0
    assert win.audit.editable and len(typed.asked) == 1  # asked once, not in a loop


def test_cancel_stops_between_batches_keeping_what_was_pushed_and_pulling_nothing(
        win: MainWindow, qtbot: QtBot, store: Cluster, messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    audit_id = win.audit.read(lambda session: session.audit_id)
    monkeypatch.setenv("PGPASSWORD", AUDITORS["alice"])  # libpq's own source: no dialog
    monkeypatch.setattr(store_sync, "BATCH", 3)
    reached, go_on = threading.Event(), threading.Event()
    real = store_ops.log_push
    batches: list[int] = []

    def second_batch_waits(conn: Any, audit_id: str, replica: str, ops: int, blobs: int) -> None:
        real(conn, audit_id, replica, ops, blobs)
        if ops:
            batches.append(ops)
            if len(batches) == 2:
                reached.set()
                go_on.wait(20)

    monkeypatch.setattr(store_ops, "log_push", second_batch_waits)
    before = [(n.id, n.text) for n in win.audit.read(queries.notes)]
    feature = next(f for f in win.features if isinstance(f, OfficeStore))
    feature.sync_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BusyDialog)
    qtbot.waitUntil(lambda: reached.is_set() and "pushed 3 of" in dialog.label.text(), timeout=30_000)
    assert dialog.label.text().startswith("Synchronising with office store 127.0.0.1:")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.label.text().startswith("Stopping after the current batch")
    go_on.set()
    qtbot.waitUntil(lambda: not win.audit.busy and bool(messages.shown), timeout=30_000)
    assert messages.shown == [("information", "Sync cancelled", "sync cancelled: what was pushed stays in the store "
                               "(run it again to continue); nothing was pulled into the file")]
    assert store_count(store, audit_id) == 6  # the two batches that ended, no more
    assert [(n.id, n.text) for n in win.audit.read(queries.notes)] == before and win.audit.editable


def test_the_first_sync_asks_the_address_and_preferences_keep_it_without_a_password(
        win: MainWindow, qtbot: QtBot, store: Cluster, messages: Messages, typed: Typed,
        monkeypatch: pytest.MonkeyPatch) -> None:
    preferences.save(preferences.Preferences())
    shown: list[StoreAddressDialog] = []

    def fill_in(dialog: StoreAddressDialog) -> int:  # as an auditor types it, pasting the URL with a password
        shown.append(dialog)
        dialog.url.setText(f"postgresql://alice:{AUDITORS['alice'].replace(' ', '%20')}@127.0.0.1:{store.port}"
                           "/store?sslmode=verify-full")
        dialog.url.textEdited.emit(dialog.url.text())
        assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.role.text()) == \
            ("127.0.0.1", store.port, "store", "alice")
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))  # the throwaway cluster has no TLS
        assert not dialog.warning.isHidden() and "in the clear" in dialog.warning.text()
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(StoreAddressDialog, "exec", fill_in)
    typed.answers.append((AUDITORS["alice"], False))
    said = sync_by_menu(win, qtbot, messages)
    assert len(shown) == 1 and said.startswith("information: The audit is now in the office store")
    written = preferences.file_path().read_text("utf-8")
    assert json.loads(written)["store_url"] == f"postgresql://alice@127.0.0.1:{store.port}/store?sslmode=disable"
    assert "secret" not in written
    typed.answers.append((AUDITORS["alice"], False))
    assert "Nothing new from your team" in sync_by_menu(win, qtbot, messages) and len(shown) == 1  # kept


def test_a_remembered_password_is_used_and_a_refused_one_is_asked_again(
        win: MainWindow, qtbot: QtBot, store: Cluster, messages: Messages, typed: Typed) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    account = ("auditor-app office store", f"alice@127.0.0.1:{store.port}/store")
    typed.answers.append((AUDITORS["alice"], True))
    assert sync_by_menu(win, qtbot, messages).startswith("information: ")
    assert typed.asked[0][2] == "the test keyring" and memory.secrets == {account: AUDITORS["alice"]}
    assert "information: " in sync_by_menu(win, qtbot, messages) and len(typed.asked) == 1  # not asked again
    memory.secrets[account] = "an old password"
    typed.answers.append((AUDITORS["alice"], False))
    assert sync_by_menu(win, qtbot, messages).startswith("information: ")
    assert typed.asked[1][1] == "The password remembered in the test keyring was refused by the store."
    assert memory.secrets == {} and store_passwords.recall(store.url("alice")) is None  # the refused one is gone


def test_unsigned_changes_from_the_store_are_asked_about_as_a_merge_asks_then_taken_in(
        qtbot: QtBot, store: Cluster, messages: Messages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.services import keys, library
    from auditor_app.ui import signing_dialogs

    monkeypatch.setattr(signing_dialogs, "ask_passphrase", lambda *_args: "lena passphrase")
    monkeypatch.setenv("PGPASSWORD", AUDITORS["alice"])
    lena = keys.create("lena passphrase")
    with audit.create_audit(tmp_path / "lead.audit", author="Lena", checklists=[library.get("iso9001-2015")],
                            details={"client": "ACME"}, signer=lena) as lead:
        store_sync.sync(lead, store.url("alice"))
        merge.hand_over_copy(lead, tmp_path / "max.audit", "Max")  # no key bound: Max's edits are unsigned
        audit_id = lead.audit_id
    store_admin.assign(store.url(ADMIN, ADMIN_PASSWORD), audit_id, "bob")
    with audit.open_audit(tmp_path / "max.audit", author="Max") as max_:
        max_.run(notes.add_note, CLAUSE, "interview", "unsigned words")
        store_sync.sync(max_, store.url("bob"), password=AUDITORS["bob"])
    preferences.save(preferences.Preferences(store_url=store.url("alice")))
    window = MainWindow("Lena")
    qtbot.addWidget(window)
    try:
        assert window.open_path(tmp_path / "lead.audit") and window.audit.editable
        said = sync_by_menu(window, qtbot, messages)
        [(kind, title, question)] = [m for m in messages.shown if m[0] == "question"]
        assert (kind, title) == ("question", "Merge unsigned changes?")
        assert question.startswith(f"office store 127.0.0.1:{store.port}, database store holds 5 unsigned changes "
                                   "(Max: 5), made by a version without signing")
        assert said.startswith("information: Pushed to office store") and "5 of them unsigned (Max: 5)" in said
        assert "unsigned words" in [n.text for n in window.audit.read(queries.notes)]
    finally:
        window.close()
