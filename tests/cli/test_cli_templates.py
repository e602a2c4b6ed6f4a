"""`template add/list/remove/use` and the export's choice of template, as a script sees them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.cli.test_cli import cli


@pytest.fixture(scope="module")
def demo_audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "demo.audit"
    result = cli("demo", path, "--photos", 0, "--notes", 4, "--findings", 2)
    assert result.returncode == 0, result.stderr
    return path


def _template(path: Path, heading: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, 1)
    document.add_paragraph("{{ report.client }}")
    document.save(str(path))
    return path


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _ok(*args: object) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    return result.stdout


def _refused(*args: object) -> str:
    result = cli(*args)
    assert result.returncode == 1, result.stdout
    assert "internal error" not in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr
    return result.stderr


def test_the_audit_names_its_template_and_the_report_is_filled_into_it(demo_audit: Path, tmp_path: Path) -> None:
    audit = tmp_path / "a.audit"
    audit.write_bytes(demo_audit.read_bytes())
    assert "no templates on this computer" in _ok("template", "list")
    assert "template 'CB 9001 (EN)' added" in _ok("template", "add", "CB 9001 (EN)",
                                                  _template(tmp_path / "cb.docx", "CERTCO 9001 REPORT"))
    listing = _ok("template", "list")
    assert listing.startswith("CB 9001 (EN)") and " KB" in listing
    assert "word report:" not in _ok("info", audit)  # no choice yet: this computer's default
    assert "uses the template 'CB 9001 (EN)'" in _ok("template", "use", audit, "cb 9001 (en)")
    assert "  word report: 'CB 9001 (EN)' template" in _ok("info", audit)
    out = tmp_path / "r.docx"
    stdout = _ok("export", audit, "--docx", out, "--profile", "internal")
    assert "from the audit's template 'CB 9001 (EN)'" in stdout
    assert "CERTCO 9001 REPORT" in _text(out) and "Müller Präzisionsteile GmbH" in _text(out)

    # Removed from this computer: the export is refused with how to add it, and writes nothing.
    assert "removed" in _ok("template", "remove", "CB 9001 (EN)")
    stderr = _refused("export", audit, "--docx", tmp_path / "never.docx", "--profile", "internal")
    assert "the audit's report template 'CB 9001 (EN)' is not on this computer" in stderr
    assert 'auditor-app template add "CB 9001 (EN)" FILE.docx' in stderr
    assert not (tmp_path / "never.docx").exists()
    _refused("export", audit, "--pdf", tmp_path / "never.pdf", "--docx", tmp_path / "never.docx", "--profile",
             "internal")
    assert not (tmp_path / "never.pdf").exists()  # refused before any output

    assert "built-in template" in _ok("template", "use", audit, "--built-in")
    assert "  word report: built-in template" in _ok("info", audit)
    stdout = _ok("export", audit, "--docx", out, "--profile", "internal")
    assert "from the built-in template" in stdout and "Executive summary" in _text(out)


def test_add_refuses_a_broken_template_a_bad_name_and_a_taken_one(tmp_path: Path) -> None:
    broken = tmp_path / "bad.docx"
    document = docx.Document()
    document.add_paragraph("Auditor: {{ report.leed }}")
    document.save(str(broken))
    stderr = _refused("template", "add", "CB 9001", broken)
    assert "template 'CB 9001' not added: " in stderr and "unknown template variable 'leed'" in stderr
    assert "template name 'CB/9001': may not contain /" in _refused("template", "add", "CB/9001", broken)
    good = _template(tmp_path / "good.docx", "FIRST")
    _ok("template", "add", "CB 9001", good)
    assert "already on this computer; use --replace" in _refused("template", "add", "CB 9001", good)
    assert "template 'CB 9001' replaced" in _ok("template", "add", "CB 9001", good, "--replace")
    assert "no template called 'CB 9002'" in _refused("template", "remove", "CB 9002")


def test_use_refuses_an_unknown_name_and_needs_one_choice(demo_audit: Path, tmp_path: Path) -> None:
    audit = tmp_path / "a.audit"
    audit.write_bytes(demo_audit.read_bytes())
    before = audit.read_bytes()
    assert "no template called 'CB 9001' on this computer" in _refused("template", "use", audit, "CB 9001")
    assert "say which template the audit uses" in _refused("template", "use", audit)
    assert "say which template the audit uses" in _refused("template", "use", audit, "x", "--built-in")
    assert audit.read_bytes() == before
