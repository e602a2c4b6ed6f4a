"""Property: whatever the sequence of edits, the incrementally maintained cache equals a rebuild from the log."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.derive import derive
from auditor_app.domain.ops import make_op
from auditor_app.services import audit, findings, library, notes
from auditor_app.storage import oplog

CLAUSES = [clause_id("iso9001-2015", n) for n in ("7.1.5.2", "8.4.1", "9.2")]
ACTIONS = st.lists(st.tuples(st.sampled_from(["add", "edit", "delete", "restore", "result", "finding", "person"]),
                             st.integers(0, 10_000)), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_incremental_cache_equals_rebuild(actions: list[tuple[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        session = audit.create_audit(Path(folder) / "p.audit", author="Prop",
                                     checklists=[library.get("iso9001-2015")])
        live: list[str] = []
        gone: list[str] = []
        try:
            for action, n in actions:
                rng = random.Random(n)
                with session.transaction() as tx:
                    if action == "add" or not live and action in ("edit", "delete"):
                        live.append(notes.add_note(tx, rng.choice(CLAUSES), "interview", f"note {n} – Größe 检查"))
                    elif action == "edit":
                        notes.edit_note(tx, rng.choice(live), text=f"edit {n}", place=rng.choice([None, "Halle"]))
                    elif action == "delete":
                        victim = live.pop(rng.randrange(len(live)))
                        notes.delete_note(tx, victim)
                        gone.append(victim)
                    elif action == "restore" and gone:
                        back = gone.pop()
                        tx.restore("note", back)
                        live.append(back)
                    elif action == "result":
                        audit.set_clause_result(tx, None, rng.choice(CLAUSES),
                                                rng.choice(["conforming", "ofi", "nonconformity"]))
                    elif action == "finding":
                        findings.create_finding(tx, grade="minor", clause_ids=[rng.choice(CLAUSES)],
                                                evidence_text=f"evidence {n}", statement=f"statement {n}")
                    elif action == "person":
                        notes.add_person(tx, f"Person {n}", department="QA")
            with session.reading() as conn:
                assert oplog.cache_differences(conn) == []
        finally:
            session.close()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.text(max_size=5), st.integers(0, 3)),
                min_size=1, max_size=12), st.randoms())
def test_derived_state_does_not_depend_on_arrival_order(edits: list[tuple[str, str, int]], rnd: random.Random) -> None:
    ops = []
    for replica, value, n_parents in edits:
        same_field = [o.op_id for o in ops]
        parents = rnd.sample(same_field, min(n_parents, len(same_field)))
        ops.append(make_op(entity_type="note", entity_id="n", field="text", value=value, parents=parents,
                           hlc=f"{len(ops):013d}.00000", author=replica, replica_id=replica, schema_version=1))
    shuffled = ops[:]
    rnd.shuffle(shuffled)
    a, b = derive("note", "n", ops), derive("note", "n", shuffled)
    assert a.value("text") == b.value("text")
    assert [h.op_id for h in a.fields["text"].heads] == [h.op_id for h in b.fields["text"].heads]
