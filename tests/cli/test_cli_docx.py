"""`export --docx [--template]` and `template check` as a script sees them: files, one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.cli.test_cli import cli
from tests.cli.test_cli_refusals import _copy, _remove_newest_operation


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "good.audit"
    result = cli("demo", path, "--photos", 2, "--notes", 6, "--findings", 3)
    assert result.returncode == 0, result.stderr
    return path


def _template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_export_docx_writes_the_report(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = cli("export", good, "--docx", out, "--profile", "internal")
    assert result.returncode == 0, result.stderr
    assert "internal report (Word) written to" in result.stdout
    text = _text(out)
    assert "Müller Präzisionsteile GmbH" in text and "Executive summary" in text and "NC-01" in text
    assert not list(tmp_path.glob("*.part*"))


def test_export_docx_in_german_has_german_headings(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "bericht.docx"
    result = cli("export", good, "--docx", out, "--language", "de")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr and "internal error" not in result.stderr
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert "Auditdetails" in headings and "Zusammenfassung" in " ".join(headings), headings
    assert not {"Audit details", "Executive summary", "Findings", "Audit plan"} & set(headings), headings


def test_export_docx_with_an_own_template(good: Path, tmp_path: Path) -> None:
    template = _template(tmp_path / "cb.docx", "CB report for {{ report.client }}",
                         "{%p for f in findings %}", "{{ f.ref }}: {{ f.grade }}", "{%p endfor %}")
    out = tmp_path / "own.docx"
    result = cli("export", good, "--docx", out, "--template", template, "--profile", "internal")
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "CB report for Müller Präzisionsteile GmbH" in text and "NC-01: " in text and "{%" not in text


def test_a_broken_template_is_refused_in_one_line_and_nothing_is_written(good: Path, tmp_path: Path) -> None:
    template = _template(tmp_path / "bad.docx", "Fine {{ report.client }}", "Auditor: {{ report.leed }}")
    out = tmp_path / "never.docx"
    result = cli("export", good, "--docx", out, "--template", template, "--profile", "internal")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "bad.docx: unknown template variable 'leed'" in result.stderr
    assert 'paragraph "Auditor: {{ report.leed }}"' in result.stderr
    assert "internal error" not in result.stderr and not out.exists()


def test_template_check(tmp_path: Path) -> None:
    good = _template(tmp_path / "ok.docx", "{{ report.title }} {% for m in team %}{{ m.name }}{% endfor %}")
    result = cli("template", "check", good)
    assert result.returncode == 0 and "ok.docx: ok" in result.stdout
    bad = _template(tmp_path / "syntax.docx", "Intro", "Team: {% for m in team %}{{ m.name }}")
    result = cli("template", "check", bad)
    assert result.returncode == 1 and "internal error" not in result.stderr
    assert "syntax.docx: template error" in result.stderr and "endfor" in result.stderr
    result = cli("template", "check", tmp_path / "absent.docx")
    assert result.returncode == 1 and "absent.docx: cannot read the template" in result.stderr


def test_template_needs_docx(good: Path, tmp_path: Path) -> None:
    result = cli("export", good, "--pdf", tmp_path / "r.pdf", "--template", tmp_path / "t.docx")
    assert result.returncode == 1 and "--template applies to the Word report (--docx OUT.docx)" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_damaged_file_gets_no_word_report(good: Path, tmp_path: Path) -> None:
    damaged = _copy(good, tmp_path, "damaged.audit")
    _remove_newest_operation(damaged)
    assert cli("rebuild", damaged).returncode == 0
    result = cli("export", damaged, "--docx", tmp_path / "r.docx", "--profile", "internal")
    assert result.returncode == 1
    assert "the Word report refused: damaged.audit fails its integrity check" in result.stderr
    assert not (tmp_path / "r.docx").exists()
