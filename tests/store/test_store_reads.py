"""Operations read back from the office store: judged one way by sync, checkout and the archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pgcluster import ADMIN, ADMIN_PASSWORD, Cluster

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, merge, notes, store_admin, store_checkout, store_sync
from auditor_app.storage import oplog

CLAUSE = clause_id("iso9001-2015", "7.2")
ERIN = "erin secret"


def erin(store: Cluster) -> str:
    """A role of its own: the audits these tests alter must not reach the other tests' listings in this cluster."""
    if not store.psql("SELECT 1 FROM pg_roles WHERE rolname = 'erin'"):
        store.psql(f"CREATE ROLE erin LOGIN PASSWORD '{ERIN}'")
        store_admin.admit(store.url(ADMIN, ADMIN_PASSWORD), "erin")
    return store.url("erin", ERIN)


def forge(store: Cluster, audit_id: str, text: str) -> str:
    """Change the text of the note `text` in the store behind its hash; the operation's id."""
    op_id = store.psql(f"SELECT op_id FROM auditor_store.operation WHERE audit_id = '{audit_id}' AND "
                       f"value = '\"{text}\"'", "store")
    assert op_id, f"no operation writes {text!r}"
    store.psql(f"UPDATE auditor_store.operation SET value = '\"Forged\"' WHERE op_id = '{op_id}'", "store")
    return op_id


def test_a_pull_of_an_operation_altered_in_the_store_is_refused_naming_it(store: Cluster, make_audit: Any,
                                                                          tmp_path: Path) -> None:
    where = erin(store)
    first = make_audit("first.audit", author="Erin")
    merge.hand_over_copy(first, tmp_path / "second.audit", "Erin")
    first.run(notes.add_note, CLAUSE, "interview", "written in the first copy")
    store_sync.sync(first, where)
    op_id = forge(store, first.audit_id, "written in the first copy")
    before = (tmp_path / "second.audit").read_bytes()
    with audit.open_audit(tmp_path / "second.audit", author="Erin") as second:
        with pytest.raises(store_sync.StoreError) as refused:
            store_sync.sync(second, where)
        with second.reading() as conn:
            assert op_id not in {o.op_id for o in oplog.all_ops(conn)}
    assert str(refused.value) == f"office store {store.url('erin', '***')}: operation {op_id} (note " \
        f"{_entity_of(store, op_id)[:8]}… text) does not match its hash; nothing was pulled"
    assert (tmp_path / "second.audit").read_bytes() == before


def test_a_checkout_of_an_operation_altered_in_the_store_writes_nothing(store: Cluster, make_audit: Any,
                                                                        tmp_path: Path) -> None:
    where = erin(store)
    pushed = make_audit("pushed.audit", author="Erin")
    pushed.run(notes.add_note, CLAUSE, "interview", "to be forged before the checkout")
    store_sync.sync(pushed, where)
    op_id = forge(store, pushed.audit_id, "to be forged before the checkout")
    with pytest.raises(store_sync.StoreError) as refused:
        store_checkout.checkout(where, pushed.audit_id, tmp_path / "out.audit", owner="Erin")
    assert str(refused.value) == f"office store {store.url('erin', '***')}: operation {op_id} (note " \
        f"{_entity_of(store, op_id)[:8]}… text) does not match its hash; nothing was written"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []


def _entity_of(store: Cluster, op_id: str) -> str:
    return store.psql(f"SELECT entity_id FROM auditor_store.operation WHERE op_id = '{op_id}'", "store")
