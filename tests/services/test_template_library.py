"""This computer's library of Word report templates: checked before they are kept, named safely, kept whole."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

from auditor_app.errors import InputError
from auditor_app.services import template_library


def _template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _stored_text(name: str) -> str:
    stored = template_library.path(name)
    assert stored is not None
    return "\n".join(p.text for p in docx.Document(str(stored)).paragraphs)


def test_a_template_added_is_kept_in_the_user_data_folder_under_its_name(tmp_path: Path) -> None:
    source = _template(tmp_path / "cb.docx", "CB ISO 9001 REPORT {{ report.client }}")
    entry = template_library.add("CB ISO 9001 (EN)", source)
    kept = Path(os.environ["AUDITOR_APP_DATA_DIR"]) / "report-templates" / "CB ISO 9001 (EN).docx"
    assert entry.path == kept and kept.read_bytes() == source.read_bytes() and entry.size == kept.stat().st_size
    assert template_library.names() == ["CB ISO 9001 (EN)"]
    assert template_library.path("cb iso 9001 (en)") == kept  # names compare case-insensitively
    source.unlink()  # the library holds its own copy
    assert "CB ISO 9001 REPORT" in _stored_text("CB ISO 9001 (EN)")
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary left behind


def test_a_broken_template_is_refused_naming_the_template_and_the_problem_and_nothing_is_kept(tmp_path: Path) -> None:
    broken = _template(tmp_path / "bad.docx", "Auditor: {{ report.leed }}")
    with pytest.raises(InputError) as refused:
        template_library.add("CB 9001", broken)
    message = str(refused.value)
    assert message.startswith("template 'CB 9001' not added: ")
    assert f"{broken}: unknown template variable 'leed'" in message and "Auditor: {{ report.leed }}" in message
    assert template_library.names() == [] and list(template_library.folder().iterdir()) == []
    not_word = tmp_path / "notes.docx"
    not_word.write_text("plain text", encoding="utf-8")
    with pytest.raises(InputError, match=r"template 'CB 9001' not added: .*notes.docx: not a Word document"):
        template_library.add("CB 9001", not_word)
    with pytest.raises(InputError, match="absent.docx: no such file; template 'CB 9001' not added"):
        template_library.add("CB 9001", tmp_path / "absent.docx")
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(InputError, match="folder.docx: not a file; template 'CB 9001' not added"):
        template_library.add("CB 9001", tmp_path / "folder.docx")
    assert list(template_library.folder().iterdir()) == []


def test_a_taken_name_is_replaced_only_when_asked(tmp_path: Path) -> None:
    template_library.add("CB 9001", _template(tmp_path / "v1.docx", "VERSION ONE"))
    with pytest.raises(InputError, match="a template called 'CB 9001' is already on this computer; use --replace"):
        template_library.add("cb 9001", _template(tmp_path / "v2.docx", "VERSION TWO"))
    assert "VERSION ONE" in _stored_text("CB 9001")
    entry = template_library.add("cb 9001", tmp_path / "v2.docx", replace=True)
    assert entry.name == "CB 9001" and template_library.names() == ["CB 9001"]  # the name keeps its spelling
    assert "VERSION TWO" in _stored_text("CB 9001")
    with pytest.raises(InputError, match="template 'CB 9001' not added"):  # a broken replacement keeps the old one
        template_library.add("CB 9001", _template(tmp_path / "v3.docx", "{{ nope }}"), replace=True)
    assert "VERSION TWO" in _stored_text("CB 9001")


def test_remove_and_list(tmp_path: Path) -> None:
    source = _template(tmp_path / "t.docx", "{{ report.title }}")
    for name in ("zeta", "Alpha", "beta"):
        template_library.add(name, source)
    assert template_library.names() == ["Alpha", "beta", "zeta"]
    assert [e.name for e in template_library.entries()] == ["Alpha", "beta", "zeta"]
    assert template_library.remove("ALPHA") == "Alpha"
    assert template_library.names() == ["beta", "zeta"] and template_library.path("Alpha") is None
    with pytest.raises(InputError, match="no template called 'Alpha' on this computer"):
        template_library.remove("Alpha")


@pytest.mark.parametrize(("name", "problem"), [
    ("", "a template needs a name"),
    ("   ", "a template needs a name"),
    ("x" * 61, "longer than 60 characters"),
    ("CB/9001", "may not contain /"),
    ("CB\\9001", "may not contain \\\\"),
    ("CB: 9001", "may not contain :"),
    ('CB "9001"', 'may not contain "'),
    ("CB 9001?", "may not contain \\?"),
    ("line\nbreak", "may not contain \\\\n"),
    ("CB 9001.", "may not end with a dot"),
    ("CB 9001 ", "may not begin or end with a space"),
    (" CB 9001", "may not begin or end with a space"),
    (".hidden", "may not begin with a dot"),
    ("CON", "Windows reserves"),
    ("nul", "Windows reserves"),
    ("com1.iso", "Windows reserves"),
    ("LPT9", "Windows reserves"),
])
def test_names_that_cannot_be_file_names_everywhere_are_refused(tmp_path: Path, name: str, problem: str) -> None:
    source = _template(tmp_path / "t.docx", "{{ report.title }}")
    with pytest.raises(InputError, match=problem):
        template_library.add(name, source)
    assert template_library.names() == []


def test_names_users_type_are_accepted(tmp_path: Path) -> None:
    source = _template(tmp_path / "t.docx", "{{ report.title }}")
    for name in ("x" * 60, "Zertifizierung ISO 9001 – Deutsch", "认证报告", "CONSOLE", "CB v2.1 (FR)"):
        assert template_library.add(name, source).name == name
    assert len(template_library.names()) == 5
