"""A new file or folder is offered under a name not taken yet: "ACME.audit", then "ACME (2).audit" …"""

from __future__ import annotations

from pathlib import Path

from auditor_app import paths


def test_a_taken_name_is_numbered_and_nothing_there_is_touched(tmp_path: Path) -> None:
    assert paths.free_name(tmp_path, "Müller GmbH", ".audit") == tmp_path / "Müller GmbH.audit"
    (tmp_path / "Müller GmbH.audit").write_text("kept")
    (tmp_path / "Müller GmbH (2).audit").mkdir()
    assert paths.free_name(tmp_path, "Müller GmbH", ".audit") == tmp_path / "Müller GmbH (3).audit"
    assert paths.free_name(tmp_path, "Müller GmbH (2).audit") == tmp_path / "Müller GmbH (2).audit (2)"  # folders
    assert (tmp_path / "Müller GmbH.audit").read_text() == "kept"
