"""The command line as a script sees it: outputs, exit codes 0/1/2, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests import warm_cli


def cli(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = warm_cli.run(args, cwd=cwd)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    os.environ.setdefault("AUDITOR_APP_DATA_DIR", str(folder / "data"))
    path = folder / "demo.audit"
    result = cli("demo", path, "--photos", 3, "--notes", 20, "--findings", 6)
    assert result.returncode == 0, result.stderr
    assert "created sample audit" in result.stdout
    return path


def test_new_creates_an_audit_with_the_chosen_checklists(tmp_path: Path) -> None:
    path = tmp_path / "müller.audit"
    result = cli("new", path, "--checklist", "iso9001-2015", "--checklist", "iso14001-2015", "--title", "Stage 2",
                 "--client", "Müller GmbH", "--type", "surveillance", "--auditor", "Dr. Vogel")
    assert result.returncode == 0, result.stderr
    assert "2 checklist(s), 136 clauses, lead auditor Dr. Vogel" in result.stdout
    info = json.loads(cli("info", path, "--json").stdout)
    assert info["details"]["client"] == "Müller GmbH" and info["details"]["audit_type"] == "surveillance"
    assert info["team"] == [{"name": "Dr. Vogel", "role": "lead"}]


def test_info_summarises_the_demo(demo_file: Path) -> None:
    result = cli("info", demo_file)
    assert result.returncode == 0
    assert "Müller Präzisionsteile GmbH" in result.stdout and "Stage 2" in result.stdout
    data = json.loads(cli("info", demo_file, "--json").stdout)
    assert data["grades"] == {"good_practice": 1, "major": 1, "minor": 2, "observation": 1, "ofi": 1}
    assert data["evidence"] == 3 and data["notes"] == 20 and data["conflicts"] == 0


def test_check_passes_a_good_file_and_names_a_tampered_operation(demo_file: Path, tmp_path: Path) -> None:
    assert cli("check", demo_file).returncode == 0
    import sqlite3

    from auditor_app.storage.schema import GUARD_TRIGGERS

    tampered = tmp_path / "tampered.audit"
    tampered.write_bytes(demo_file.read_bytes())
    conn = sqlite3.connect(tampered)
    conn.execute("DROP TRIGGER op_no_update")
    conn.execute("UPDATE op SET value='\"forged\"' WHERE seq = (SELECT max(seq) FROM op WHERE field='text')")
    conn.execute(GUARD_TRIGGERS[0])  # put the guard back so only the forged value gives it away
    conn.commit()
    conn.close()
    result = cli("check", tampered)
    assert result.returncode == 1
    assert "does not match its hash (altered)" in result.stdout and "cache differs" in result.stdout


def test_export_import_export_is_lossless(demo_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert cli("export", demo_file, "--json", first).returncode == 0
    assert cli("import", first, tmp_path / "copy.audit").returncode == 0
    assert cli("export", tmp_path / "copy.audit", "--json", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert len(document["evidence_files"]) == 3 and document["state"]["audit"]["client"].startswith("Müller")


def test_import_refuses_an_altered_document(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    cli("export", demo_file, "--json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["operations"][5]["author"] = "Mallory"
    out.write_text(json.dumps(document), encoding="utf-8")
    result = cli("import", out, tmp_path / "forged.audit")
    assert result.returncode == 1 and "does not match its hash" in result.stderr
    assert not (tmp_path / "forged.audit").exists()
    out.write_text('{"format": "auditor-interchange",\n "version": 1,,}', encoding="utf-8")
    result = cli("import", out, tmp_path / "x.audit")
    assert result.returncode == 1 and "line 2" in result.stderr


def test_history_shows_who_did_what(demo_file: Path) -> None:
    result = cli("history", demo_file)
    assert result.returncode == 0 and "Dr. Katrin Vogel" in result.stdout and "created" in result.stdout
    entries = json.loads(cli("history", demo_file, "--json").stdout)["changes"]
    assert entries and {"author", "at", "field", "value"} <= set(entries[0])


@pytest.mark.parametrize(("args", "code", "message"), [
    (("info", "missing.audit"), 1, "does not exist"),
    (("new", "x.audit", "--checklist", "iso9999"), 1, "unknown checklist"),
    (("new", "x.audit"), 1, "needs --checklist"),
    (("demo", "d.audit", "--photos", "-3"), 1, "--photos must be 0 or more"),
])
def test_errors_are_one_clear_line(tmp_path: Path, args: tuple[str, ...], code: int, message: str) -> None:
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr


def test_exported_document_follows_the_published_schema(demo_file: Path, tmp_path: Path) -> None:
    schema = json.loads((Path(__file__).parents[2] / "docs" / "interchange.schema.json").read_text(encoding="utf-8"))
    out = tmp_path / "doc.json"
    cli("export", demo_file, "--json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(schema["required"]) <= set(document) <= set(schema["properties"])
    op_schema = schema["properties"]["operations"]["items"]
    assert all(set(op) == set(op_schema["required"]) for op in document["operations"])
    kinds = set(op_schema["properties"]["entity_type"]["enum"])
    assert {op["entity_type"] for op in document["operations"]} <= kinds
    file_keys = set(schema["properties"]["evidence_files"]["items"]["required"])
    assert all(set(item) == file_keys for item in document["evidence_files"])


def test_checklist_commands_list_show_validate_export_and_import(tmp_path: Path) -> None:
    listing = json.loads(cli("checklists", "--json").stdout)
    assert {(e["id"], e["clauses"]) for e in listing} >= {("iso9001-2015", 91), ("iso13485-2016", 91)}
    shown = cli("checklist", "show", "iso14001-2015")
    assert shown.returncode == 0 and "  6.1.2  Environmental aspects" in shown.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: auditor-checklist/1\nid: Bad Id\ntitle: T\nstandard: S\nedition: '1'\nlanguage: en\n"
                   "source: ours\nclauses:\n  - {number: '1', title: A}\n", encoding="utf-8")
    result = cli("checklist", "validate", bad)
    assert result.returncode == 1 and "bad.yaml, line 2: id must be lower-case" in result.stderr
    out = tmp_path / "9001.xlsx"
    assert cli("checklist", "export", "iso9001-2015", out).returncode == 0
    preview = cli("checklist", "import", out, "--dry-run")
    assert preview.returncode == 0 and "replaces the bundled checklist" in preview.stdout
    assert "No clauses changed." in preview.stdout and "nothing saved" in preview.stdout
    csv_file = tmp_path / "in-house.csv"
    csv_file.write_text("Number,Title,Questions,Typical evidence\n1,Lager,Wie wird gelagert?,Lagerliste\n"
                        "1.1,Gefahrstoffe,Wo stehen die Gefahrstoffe?,Gefahrstoffkataster\n", encoding="utf-8")
    imported = cli("checklist", "import", csv_file, "--id", "lager-check")
    assert imported.returncode == 0 and "saved to" in imported.stdout
    assert any(e["id"] == "lager-check" and e["clauses"] == 2 for e in json.loads(cli("checklists", "--json").stdout))
    assert cli("new", tmp_path / "lager.audit", "--checklist", "lager-check").returncode == 0


def test_merge_command_exit_codes(tmp_path: Path) -> None:
    from auditor_app.services import audit, notes

    lead = tmp_path / "lead.audit"
    assert cli("new", lead, "--checklist", "iso9001-2015", "--auditor", "Lena").returncode == 0
    for who in ("bob", "chen"):
        assert cli("handover", lead, tmp_path / f"{who}.audit", "--member", who.title()).returncode == 0
    session = audit.open_audit(tmp_path / "bob.audit", author="Bob")
    session.run(audit.set_clause_result, "iso9001-2015", "9.2", "conforming")
    session.close()
    result = cli("merge", lead, tmp_path / "bob.audit")
    assert result.returncode == 0 and "no conflicts" in result.stdout
    assert "merged bob.audit: " in cli("history", lead).stdout
    assert "nothing new" in cli("merge", lead, tmp_path / "bob.audit").stdout
    session = audit.open_audit(tmp_path / "chen.audit", author="Chen")
    session.run(audit.set_clause_result, "iso9001-2015", "9.2", "ofi")
    with session.transaction() as tx:
        notes.add_note(tx, None, "general", "from Chen")
    session.close()
    before = lead.read_bytes()
    out = tmp_path / "merged.audit"
    result = cli("merge", lead, tmp_path / "chen.audit", "-o", out)
    assert result.returncode == 3 and "1 conflict(s)" in result.stdout and "Bob: conforming" in result.stdout
    assert lead.read_bytes() == before and out.exists()
    other = tmp_path / "other.audit"
    cli("new", other, "--checklist", "iso9001-2015")
    refused = cli("merge", lead, other)
    assert refused.returncode == 1 and "different audit" in refused.stderr
