"""`export --pdf … --size print|email|compact`: the photos' size profile from the command line."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import cli


def test_export_with_the_email_size(tmp_path: Path) -> None:
    path = tmp_path / "demo.audit"
    assert cli("demo", path, "--photos", 2, "--notes", 4, "--findings", 3).returncode == 0
    made = {}
    for size in ("print", "email"):
        out = tmp_path / f"{size}.pdf"
        result = cli("export", path, "--pdf", out, "--profile", "internal", *(["--size", size] if size != "print"
                                                                              else []))
        assert result.returncode == 0, result.stderr
        assert f"report written to {out} (" in result.stdout and f"MB, photos sized for {size})" in result.stdout
        assert "internal error" not in result.stderr
        made[size] = [len(image.data) for page in PdfReader(out).pages for image in page.images]
    assert made["print"] and len(made["email"]) == len(made["print"])  # the same photos, each one smaller
    assert all(email < full for email, full in zip(made["email"], made["print"], strict=True))


def test_size_needs_a_pdf_and_a_known_name(tmp_path: Path) -> None:
    path = tmp_path / "demo.audit"
    assert cli("demo", path, "--photos", 0, "--notes", 2, "--findings", 1).returncode == 0
    result = cli("export", path, "--xlsx", tmp_path / "w.xlsx", "--size", "email")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("--size applies to the PDF report's photos (--pdf OUT.pdf)")
    assert not (tmp_path / "w.xlsx").exists()
    result = cli("export", path, "--pdf", tmp_path / "r.pdf", "--size", "huge")
    assert result.returncode == 2 and "invalid choice: 'huge'" in result.stderr
    assert not (tmp_path / "r.pdf").exists()
