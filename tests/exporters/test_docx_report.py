"""The Word report: sections, findings, photos, CJK and Arabic text, user text printed literally, bad templates."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from auditor_app.errors import InputError
from auditor_app.exporters import Cancelled, docx_template
from auditor_app.exporters.docx_report import build_docx
from auditor_app.services import audit, demo, findings, renditions, report_data, reports

ARABIC = "تمت مراجعة سجلات المعايرة ولم يتم العثور على شهادة"
CHINESE = demo.INTERVIEWS[4]  # 主管介绍了不合格品的隔离流程…
TITLE = "Audit <Werk 1> & Co {{ x }}"
JINJA = "{{ report.title }} {% for x in team %}LOOP{% endfor %} {#c#} <b>&amp;"


def _photo(data: report_data.ReportData):  # type: ignore[no-untyped-def]
    return lambda e: renditions.rendition(data.load_evidence(e.sha256), e.mime)


@pytest.fixture
def session(tmp_path: Path):  # type: ignore[no-untyped-def]
    session = demo.build_demo(tmp_path / "d.audit", photos=3, notes_count=20, findings_count=6)
    first = report_data.gather(session).findings
    with session.transaction() as tx:
        findings.edit_finding(tx, first[0].id, statement=ARABIC, evidence_text=CHINESE)
        findings.edit_finding(tx, first[1].id, statement=JINJA)
        audit.update_details(tx, {"diverging_opinions": "{{ 7*7 }} {% if true %}yes{% endif %}",
                                  "title": TITLE})
    yield session
    session.close()


@pytest.fixture
def data(session):  # type: ignore[no-untyped-def]
    return report_data.gather(session)


def _paragraphs(path: Path) -> list[str]:
    document = docx.Document(str(path))
    body = document.element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def test_the_default_template_holds_the_pdf_sections_findings_and_a_photo(data, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    out = build_docx(data, tmp_path / "r.docx", photo=_photo(data), progress=lambda d, t: steps.append((d, t)))
    text = "\n".join(_paragraphs(out))
    for heading in ("AUDIT REPORT", "Audit details", "Audit team", "Executive summary", "Audit conclusions",
                    "Recommendation of the audit team", "Diverging opinions", "Sampling and limitations", "Findings",
                    "Requirement", "Objective evidence", "Statement of nonconformity", "Clause-by-clause results",
                    "Opening and closing meetings", "Audit plan", "Müller Präzisionsteile GmbH"):
        assert heading in text, heading
    for finding in data.findings:
        assert finding.ref in text, finding.ref
    assert "{{" not in text.replace(JINJA, "").replace("{{ 7*7 }}", "").replace(TITLE, "")  # every tag was filled
    with zipfile.ZipFile(out) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert media and len(docx.Document(str(out)).inline_shapes) >= 1  # the cited photos, as pictures
    assert steps[-1] == (1000, 1000)
    assert not list(tmp_path.glob("*.part*"))


def test_cjk_and_arabic_text_shows_and_arabic_paragraphs_are_right_to_left(data, tmp_path: Path) -> None:
    out = build_docx(data, tmp_path / "r.docx", photo=_photo(data))
    document = docx.Document(str(out))
    paragraphs = list(document.element.body.iter(qn("w:p")))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
    assert any(CHINESE in t for t in texts)
    arabic = [p for p, t in zip(paragraphs, texts, strict=True) if ARABIC in t]
    assert arabic
    for paragraph in arabic:
        assert paragraph.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
        runs = [r for r in paragraph.iter(qn("w:r")) if ARABIC in "".join(t.text or "" for t in r.iter(qn("w:t")))]
        assert runs and all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs)
    english = [p for p, t in zip(paragraphs, texts, strict=True) if t.startswith("Sampling and limitations")]
    assert english and english[0].find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None
    fonts = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts is not None and fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:cs"))
    normal = document.styles["Normal"].element.find(qn("w:rPr"))
    assert normal is not None  # Arabic (rtl) runs take the complex-script size: the same as the Latin one
    assert normal.find(qn("w:szCs")).get(qn("w:val")) == normal.find(qn("w:sz")).get(qn("w:val"))


def test_user_text_with_template_syntax_prints_literally(data, tmp_path: Path) -> None:
    out = build_docx(data, tmp_path / "r.docx", photo=_photo(data))
    text = "\n".join(_paragraphs(out))
    assert JINJA in text  # neither executed nor escaped twice: "<b>&amp;" reads as typed
    assert "{{ 7*7 }} {% if true %}yes{% endif %}" in text and "49" not in text.split("Diverging")[1][:200]
    assert text.count("LOOP") == 1  # the loop in the user's text ran no time: it is text
    assert TITLE in text
    assert docx.Document(str(out)).core_properties.title == TITLE  # the file's title, not escaped twice


def _template(tmp_path: Path, paragraphs: list[str], name: str = "t.docx") -> Path:
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_a_template_syntax_error_names_the_paragraph(tmp_path: Path) -> None:
    path = _template(tmp_path, ["Client: {{ report.client }}", "Findings: {% for f in findings %}{{ f.ref }}",
                                "The end"])
    with pytest.raises(InputError) as caught:
        docx_template.check(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert 'paragraph "Findings: {% for f in findings %}{{ f.ref }}"' in message or "The end" in message
    assert "endfor" in message  # Jinja's own word for what is missing


def test_a_misplaced_tag_names_its_paragraph(tmp_path: Path) -> None:
    path = _template(tmp_path, ["Client: {{ report.client }}", "Broken: {{ report.title }", "Fine"])
    with pytest.raises(InputError, match=r'in the paragraph "Broken: \{\{ report.title \}'):
        docx_template.check(path)


def test_an_unknown_variable_is_named_with_its_paragraph(tmp_path: Path) -> None:
    path = _template(tmp_path, ["Client: {{ report.client }}", "Auditor: {{ report.lead_auditr }}"])
    with pytest.raises(InputError) as caught:
        docx_template.check(path)
    assert "unknown template variable 'lead_auditr'" in str(caught.value)
    assert 'paragraph "Auditor: {{ report.lead_auditr }}"' in str(caught.value)
    path = _template(tmp_path, ["{% for f in findings %}{{ f.colour }}{% endfor %}"], "loop.docx")
    with pytest.raises(InputError, match="unknown template variable 'colour'"):
        docx_template.check(path)
    path = _template(tmp_path, ["{%p if report.logo %}", "{{ report.logo_size }}", "{%p endif %}"], "logo.docx")
    with pytest.raises(InputError, match="unknown template variable 'logo_size'"):  # the logo branch is checked too
        docx_template.check(path)


def test_a_template_may_not_reach_python_internals(tmp_path: Path) -> None:
    path = _template(tmp_path, ["{{ report.title.__class__.__mro__[1].__subclasses__() }}"])
    with pytest.raises(InputError, match="t.docx"):
        docx_template.check(path)


def test_a_file_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes.docx: not a Word document \(.docx\)"):
        docx_template.check(path)
    with pytest.raises(InputError, match="missing.docx: cannot read the template"):
        docx_template.check(tmp_path / "missing.docx")


def test_the_shipped_template_passes_its_check() -> None:
    docx_template.check(docx_template.default_template())


def test_a_cancelled_export_leaves_nothing(data, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    with pytest.raises(Cancelled):
        build_docx(data, out, photo=_photo(data), cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def test_the_preferences_template_is_used_and_checked(session, tmp_path: Path) -> None:
    from auditor_app.services import preferences

    own = _template(tmp_path, ["OWN TEMPLATE for {{ report.client }}"], "own.docx")
    preferences.save(preferences.Preferences(report_template=str(own)))
    assert reports.report_template() == own
    out, _gaps = reports.export_docx(session, tmp_path / "own-out.docx", profile="internal")
    assert "OWN TEMPLATE for Müller Präzisionsteile GmbH" in _paragraphs(out)
    broken = _template(tmp_path, ["{{ nope }}"], "broken.docx")
    with pytest.raises(InputError, match="broken.docx: unknown template variable 'nope'"):
        reports.export_docx(session, tmp_path / "x.docx", profile="internal", template=broken)
    assert not (tmp_path / "x.docx").exists()




def test_no_exif_reaches_the_document(data, tmp_path: Path) -> None:
    out = build_docx(data, tmp_path / "r.docx", photo=_photo(data))
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            if name.startswith("word/media/") and name.endswith((".jpg", ".jpeg")):
                blob = package.read(name)
                assert b"Exif" not in blob[:4096] and not re.search(rb"GPS", blob[:4096]), name
                assert io.BytesIO(blob).read(3) == b"\xff\xd8\xff"


@pytest.mark.timeout(120)
def test_hostile_text_prints_literally(make_audit, tmp_path: Path) -> None:
    from hostile import corpus as hostile_corpus
    from test_pdf_report import CLAUSE, _visible

    corpus = hostile_corpus()
    session = make_audit("h.audit", title="Audit <b>&amp; ]]> \u202eevil {{ 1 }} 李伟",
                         client="<font color=red>Client</font> & Co", confidentiality="<b>Secret</b> " + "&" * 300)
    with session.transaction() as tx:
        audit.update_details(tx, {"conclusions": corpus[5], "recommendation": corpus[7],
                                  "diverging_opinions": corpus[11], "plan_deviations": corpus[0]})
        for i, text in enumerate(corpus):
            findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement=text,
                                    evidence_text=corpus[-i], requirement=corpus[(i + 60) % len(corpus)])
    data = report_data.gather(session, "internal")
    out = build_docx(data, tmp_path / "hostile.docx", photo=_photo(data))
    document = docx.Document(str(out))
    text = _visible("".join(_paragraphs(out)))  # Word keeps joiners (ZWJ emoji); compare what is seen
    missing = [s for s in corpus if _visible(s) and _visible(s) not in text]
    assert not missing, missing[:5]
    assert document.core_properties.title == "Audit <b>&amp; ]]> evil {{ 1 }} 李伟"
    with zipfile.ZipFile(out) as package:  # no relationship to anything outside the file
        rels = "".join(package.read(n).decode() for n in package.namelist() if n.endswith(".rels"))
    assert 'TargetMode="External"' not in rels


def test_the_branding_logo_and_organisation_are_on_the_cover(data, tmp_path: Path) -> None:
    import dataclasses

    from PIL import Image

    from auditor_app.exporters.source import Branding

    buffer = io.BytesIO()
    Image.new("RGB", (600, 200), (200, 30, 30)).save(buffer, "PNG")
    branded = dataclasses.replace(data, branding=Branding(organisation="Example Cert GmbH", logo=buffer.getvalue()))
    plain = build_docx(data, tmp_path / "plain.docx", photo=_photo(data))
    out = build_docx(branded, tmp_path / "branded.docx", photo=_photo(branded))
    shapes = docx.Document(str(out)).inline_shapes
    assert len(shapes) == len(docx.Document(str(plain)).inline_shapes) + 1
    assert round(shapes[0].width.mm) == 70 and round(shapes[0].height.mm, 1) == 23.3  # fitted into 70 × 24 mm
    paragraphs = _paragraphs(out)
    assert "Example Cert GmbH" in paragraphs[:6] and "Example Cert GmbH · Report" in "\n".join(
        p.text for p in docx.Document(str(out)).sections[0].footer.paragraphs)


def test_a_stage1_report_has_its_conclusions_and_areas_of_concern(make_audit, tmp_path: Path) -> None:
    from auditor_app.services import verification

    session = make_audit("s1.audit", audit_type="stage1")
    with session.transaction() as tx:
        audit.update_details(tx, {"stage2_readiness": "ready_with_concerns",
                                  "stage2_readiness_comment": "Internal audits not yet complete."})
        verification.add_concern(tx, "Internal audit programme incomplete", clause_refs=["iso9001-2015#9.2"],
                                 area="Internal audit")
    data = report_data.gather(session, "internal")
    out = build_docx(data, tmp_path / "s1.docx", photo=_photo(data))
    text = "\n".join(_paragraphs(out))
    assert "Stage 1 conclusions: readiness for Stage 2" in text
    assert "Ready for Stage 2, with areas of concern" in text and "Internal audits not yet complete." in text
    rows = [[c.text for c in row.cells] for t in docx.Document(str(out)).tables for row in t.rows]
    assert ["AC-01", "Internal audit programme incomplete", "ISO 9001 9.2 Internal audit", "Internal audit"] in [
        [r[0], r[1], r[2].split("\n")[0], r[3]] for r in rows if len(r) == 4]
    assert text.index("Executive summary") < text.index("Stage 1 conclusions") < text.index("Diverging opinions")


def test_other_audits_print_no_stage1_section(data, tmp_path: Path) -> None:
    out = build_docx(data, tmp_path / "r.docx", photo=_photo(data))
    assert "Stage 1 conclusions" not in "\n".join(_paragraphs(out))


def _catalogue(code: str) -> dict[str, str]:
    import json

    from auditor_app.exporters import wording

    return dict(json.loads((wording.catalogue_dir() / f"{code}.json").read_text(encoding="utf-8")))


def test_a_german_word_report_has_german_headings_labels_and_none_lines(session, tmp_path: Path) -> None:
    de = _catalogue("de")
    data = report_data.gather(session, language="de")
    out = build_docx(data, tmp_path / "de.docx", photo=_photo(data))
    document = docx.Document(str(out))
    paragraphs = _paragraphs(out)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    labels = {c.text for t in document.tables for c in t.columns[0].cells} | {
        c.text for t in document.tables for c in t.rows[0].cells}
    for english in ("Audit details", "Audit team", "Executive summary", "Audit conclusions", "Findings",
                    "Objective evidence", "Clause-by-clause results", "Opening and closing meetings", "Audit plan"):
        assert de[english] in headings, english
        assert english not in headings, english
    for english in ("Client", "Audit type", "Lead auditor", "Name", "Role", "Clause", "Result", "Auditor"):
        assert de[english] in labels and (english not in labels or de[english] == english), english
    text = "\n".join(paragraphs)
    assert de["Internal audit report"].upper() not in text and de["Audit report"].upper() in text  # the cover's kind
    assert f"{de['Status']}: " in text and "Status: " not in text.replace(f"{de['Status']}: ", "")
    assert re.search(re.escape(de["{count} findings:"]["other"].format(count=6)), text)  # the summary's findings line
    footer = "".join(p.text for p in document.sections[0].footer.paragraphs)
    assert de["Page {page} of {total}"].split("{page}")[0].strip() in footer and "Page" not in footer
    assert JINJA in text and "{{ 7*7 }} {% if true %}yes{% endif %}" in text  # user text still prints literally


def test_a_custom_template_can_say_its_own_texts_in_the_report_language(session, tmp_path: Path) -> None:
    de = _catalogue("de")
    path = _template(tmp_path, ['{{ t("Audit details") }} | {{ t("Not in any catalogue") }} | {{ page.before }}'])
    docx_template.check(path)
    data = report_data.gather(session, language="de")
    out = build_docx(data, tmp_path / "own.docx", photo=_photo(data), template=path)
    assert f"{de['Audit details']} | Not in any catalogue | {de['Page {page} of {total}'].split('{page}')[0]}" \
        in _paragraphs(out)
    sneaky = _template(tmp_path, ['{{ t("{0.__class__}", 0) }}'], "sneaky.docx")  # no values: no str.format
    with pytest.raises(InputError, match="sneaky.docx: template error"):
        build_docx(data, tmp_path / "x.docx", photo=_photo(data), template=sneaky)
