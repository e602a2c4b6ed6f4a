"""Reports in Simplified Chinese: a PDF with Chinese headings, a workbook whose Findings sheet imports back."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters import wording
from auditor_app.services import demo, findings, reports
from tests.exporters.test_report_catalogues import _cli, _pdf_text


def test_a_simplified_chinese_report_has_chinese_headings_and_not_the_english_ones(tmp_path: Path) -> None:
    assert wording.LANGUAGES["zh-Hans"] == "简体中文" and wording.code("zh_CN") == "zh-Hans"
    path = tmp_path / "demo.audit"
    demo.build_demo(path, photos=1, notes_count=8, findings_count=4).close()
    result = _cli("export", path, "--pdf", tmp_path / "zh.pdf", "--language", "zh-Hans")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "zh.pdf")
    for heading in ("审核详情", "概述", "抽样与局限性", "审核发现", "严重不符合", "证据索引"):
        assert heading in text, heading
    for heading in ("Audit details", "Executive summary", "Sampling and limitations", "Evidence index"):
        assert heading not in text, heading


def test_a_chinese_workbook_is_chinese_and_its_findings_sheet_imports_back(make_audit, tmp_path: Path) -> None:
    session = make_audit(name="acme.audit")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text="Batch 4711 released early", statement="Release is not controlled")
    out = reports.export_xlsx(session, tmp_path / "acme.xlsx", language="zh-Hans")
    path = session.path
    session.close()
    wb = openpyxl.load_workbook(out)
    assert {"摘要", "审核发现", "条款", "证据索引"} <= set(wb.sheetnames), wb.sheetnames
    ws = wb["审核发现"]
    header = [str(c.value) for c in ws[1]]
    assert {"根本原因", "纠正措施", "到期日（YYYY-MM-DD）", "状态", "Finding id"} <= set(header), header
    assert ws.cell(2, header.index("状态") + 1).value == "未关闭"
    ws.cell(2, header.index("根本原因") + 1, "跳过了放行步骤")
    ws.cell(2, header.index("状态") + 1, "已提出纠正")
    wb.save(tmp_path / "filled.xlsx")
    result = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert result.returncode == 0, result.stderr
    assert "root cause: (empty) → 跳过了放行步骤" in result.stdout
    assert "status: open → correction_proposed" in result.stdout


def test_chinese_labels_and_page_numbers_are_drawn_in_a_font_that_has_them(tmp_path: Path) -> None:
    # The body font has no ideographs: text drawn in it alone shows empty boxes and is missing from the text layer.
    path = tmp_path / "demo.audit"
    demo.build_demo(path, photos=0, notes_count=12, findings_count=4).close()
    result = _cli("export", path, "--pdf", tmp_path / "zh.pdf", "--language", "zh-Hans")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "zh.pdf")
    for words in ("审核类型", "报告编号", "审核组长",  # labels of the cover's key-value table
                  "第 1 页，共", "第 2 页，共",  # the footer's page numbers
                  "文件 WI-212，版本 B"):  # a translated phrase put into markup as it is (a note's document)
        assert words in text, words
