"""A file written by the release before the certification cycle (format 3) is read as it is, then upgraded."""

from __future__ import annotations

import gzip
from pathlib import Path

from auditor_app.services import audit, queries
from auditor_app.storage import backup, schema

SAMPLE = Path(__file__).parent.parent / "data" / "format3-demo.audit.gz"


def _sample(tmp_path: Path) -> Path:
    path = tmp_path / "format3.audit"
    path.write_bytes(gzip.decompress(SAMPLE.read_bytes()))
    return path


def test_a_format_3_file_is_read_as_it_is_without_being_touched(tmp_path: Path) -> None:
    path = _sample(tmp_path)
    before = path.read_bytes()
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        assert reader.file.format == 3
        assert [f.ref for f in queries.findings(reader)] == ["NC-01", "NC-02", "OBS-01", "OFI-01"]
        details = queries.details(reader)
        assert details.client and details.previous_audit_id is None and details.stage2_readiness is None
        assert queries.carried(reader) == [] and queries.concerns(reader) == [] and queries.time_records(reader) == []
    assert path.read_bytes() == before


def test_a_format_3_file_opened_for_editing_is_upgraded_after_a_backup_and_keeps_everything(tmp_path: Path) -> None:
    path = _sample(tmp_path)
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        findings_before = queries.findings(reader)
        notes_before = queries.notes(reader)
    with audit.open_audit(path, author="Anna") as upgraded:
        assert upgraded.file.pragma("user_version") == schema.SCHEMA_VERSION == 4
        assert queries.findings(upgraded) == findings_before and queries.notes(upgraded) == notes_before
        upgraded.run(lambda tx: tx.set("audit", upgraded.audit_id, {"stage2_readiness": "ready"}))
        upgraded.run(lambda tx: tx.create("concern", "6f1c0c7e-2b1a-4d4e-9a55-3f0d3f3b9a11",
                                          {"statement": "Internal audits not yet complete"}))
        assert queries.details(upgraded).stage2_readiness == "ready"
        assert [c.statement for c in queries.concerns(upgraded)] == ["Internal audits not yet complete"]
        audit_id = upgraded.audit_id
    assert any("before-upgrade-from-v3" in b.path.name for b in backup.list_backups(audit_id))


def test_every_field_of_every_entity_type_has_its_column_after_the_upgrade(tmp_path: Path) -> None:
    """A field added to domain/entities.py without a migration fails here, not at a user's first edit."""
    import sqlite3

    from auditor_app.domain.entities import ENTITIES
    from auditor_app.storage.layout import cache_table

    path = _sample(tmp_path)
    audit.open_audit(path, author="Anna").close()
    conn = sqlite3.connect(path)
    try:
        missing = {name: sorted({f.name for f in spec.fields}
                                - {row[1] for row in conn.execute(f"PRAGMA table_info({cache_table(name)})")})
                   for name, spec in ENTITIES.items()}
    finally:
        conn.close()
    assert {name: fields for name, fields in missing.items() if fields} == {}
