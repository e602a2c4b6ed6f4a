"""Files written by earlier releases (formats 1 to 4, committed samples made by that release's code) are read as they
are where the format allows it, and upgraded without losing anything when opened for editing."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest

from auditor_app.domain.entities import ENTITIES
from auditor_app.errors import FileRefused
from auditor_app.services import audit, queries
from auditor_app.storage import backup, layout, schema
from auditor_app.storage.layout import cache_table

DATA = Path(__file__).parent.parent / "data"
FORMATS = (1, 2, 3, 4, 5)


def _sample(tmp_path: Path, version: int) -> Path:
    path = tmp_path / f"format{version}.audit"
    path.write_bytes(gzip.decompress((DATA / f"format{version}-demo.audit.gz").read_bytes()))
    return path


def test_every_released_format_has_a_committed_sample() -> None:
    assert {int(p.name[6]) for p in DATA.glob("format*-demo.audit.gz")} == set(range(1, schema.SCHEMA_VERSION))


@pytest.mark.parametrize("version", [v for v in FORMATS if v >= layout.READABLE_FROM])
def test_an_older_file_is_read_as_it_is_without_being_touched(tmp_path: Path, version: int) -> None:
    path = _sample(tmp_path, version)
    before = path.read_bytes()
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        assert reader.file.format == version
        assert [f.ref for f in queries.findings(reader)] == ["NC-01", "NC-02", "OBS-01", "OFI-01"]
        details = queries.details(reader)
        assert details.client and details.previous_audit_id is None and details.stage2_readiness is None
        # format 5's field reads as not set in older files; the format-5 sample chose the built-in template
        assert details.report_template == ("<built-in>" if version >= 5 else None)
        assert queries.carried(reader) == [] and queries.concerns(reader) == []
        assert len(queries.time_records(reader)) == (11 if version >= 4 else 0)  # the demo's audit time: format 4
        assert len(queries.notes(reader)) == 6 and len(queries.evidence(reader)) == (0 if version == 3 else 1)
    assert path.read_bytes() == before


def test_a_format_1_file_is_not_read_as_it_is_but_says_how_to_upgrade(tmp_path: Path) -> None:
    path = _sample(tmp_path, 1)
    with pytest.raises(FileRefused, match="older file format; open it for editing to upgrade it"):
        audit.open_audit(path, author="Reader", read_only=True)


@pytest.mark.parametrize("version", FORMATS)
def test_an_older_file_opened_for_editing_is_upgraded_after_a_backup_and_keeps_everything(
        tmp_path: Path, version: int) -> None:
    path = _sample(tmp_path, version)
    raw = sqlite3.connect(path)  # what the earlier release wrote, as plain rows (readable in any format)
    try:
        findings_before = sorted(r[0] for r in raw.execute("SELECT statement FROM c_finding WHERE deleted = 0"))
        notes_before = sorted(r[0] for r in raw.execute("SELECT text FROM c_note WHERE deleted = 0"))
        ops_before = raw.execute("SELECT count(*) FROM op").fetchone()[0]
    finally:
        raw.close()
    with audit.open_audit(path, author="Anna") as upgraded:
        assert upgraded.file.pragma("user_version") == schema.SCHEMA_VERSION
        assert sorted(f.statement for f in queries.findings(upgraded)) == findings_before
        assert sorted(n.text for n in queries.notes(upgraded)) == notes_before
        assert queries.counts(upgraded)["operations"] == ops_before
        upgraded.run(lambda tx: tx.set("audit", upgraded.audit_id, {"stage2_readiness": "ready"}))
        upgraded.run(lambda tx: tx.create("concern", "6f1c0c7e-2b1a-4d4e-9a55-3f0d3f3b9a11",
                                          {"statement": "Internal audits not yet complete"}))
        upgraded.run(lambda tx: tx.set("audit", upgraded.audit_id, {"report_template": "CB ISO 9001 (EN)"}))
        assert queries.details(upgraded).stage2_readiness == "ready"
        assert queries.details(upgraded).report_template == "CB ISO 9001 (EN)"
        assert [c.statement for c in queries.concerns(upgraded)] == ["Internal audits not yet complete"]
        # Format 6's entity types: an issued report and the auditee's sign-off are stored like any other.
        upgraded.run(lambda tx: tx.create("issued_report", "0b7d1d8e-1111-4c4c-8f8f-000000000001",
                                          {"revision": "1", "sha256": "ab" * 32, "signed": False}))
        upgraded.run(lambda tx: tx.create("signoff", "0b7d1d8e-1111-4c4c-8f8f-000000000002",
                                          {"kind": "closing_attendance", "signer_name": "Jana Novák",
                                           "finding_refs": ["NC-01"]}))
        with upgraded.reading() as conn:
            assert [tuple(r) for r in conn.exec_driver_sql("SELECT revision, signed FROM c_issued_report")] == [
                ("1", 0)]
            assert [tuple(r) for r in conn.exec_driver_sql("SELECT signer_name FROM c_signoff")] == [("Jana Novák",)]
        audit_id = upgraded.audit_id
    assert any(f"before-upgrade-from-v{version}" in b.path.name for b in backup.list_backups(audit_id))
    with audit.open_audit(path, author="Checker", read_only=True) as again:
        assert again.file.format == schema.SCHEMA_VERSION


@pytest.mark.parametrize("version", FORMATS)
def test_every_field_of_every_entity_type_has_its_column_after_the_upgrade(tmp_path: Path, version: int) -> None:
    """A field added to domain/entities.py without a migration fails here, not at a user's first edit."""
    path = _sample(tmp_path, version)
    audit.open_audit(path, author="Anna").close()
    conn = sqlite3.connect(path)
    try:
        missing = {name: sorted({f.name for f in spec.fields}
                                - {row[1] for row in conn.execute(f"PRAGMA table_info({cache_table(name)})")})
                   for name, spec in ENTITIES.items()}
    finally:
        conn.close()
    assert {name: fields for name, fields in missing.items() if fields} == {}
