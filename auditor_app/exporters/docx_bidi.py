"""Right-to-left layout of a rendered Word report: paragraphs marked bidi, runs rtl, tables read from the right."""

from __future__ import annotations

import unicodedata
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from auditor_app.exporters import pdf_text as tx

_PARTS = ("/word/document.xml", "/word/header", "/word/footer")


def mark_right_to_left(document: Any, report_right_to_left: bool = False) -> None:
    """Word lays out Arabic and Hebrew only in paragraphs marked bidi and runs marked rtl: mark those whose text is
    mainly right-to-left, in the body, headers and footers (the template cannot know which text will be).

    In a right-to-left report (Arabic) tables are also marked bidiVisual, so their first column is on the right,
    and so are the paragraphs with any right-to-left text (a bilingual heading) or without left-to-right letters
    (photos, dates, numbers, empty ones), so they start at the right, as in the PDF. A paragraph of English or
    German text only stays left to right: marked bidi, its closing full stop would print at its left end.
    """
    for part in document.part.package.iter_parts():
        if not str(part.partname).startswith(_PARTS):
            continue
        element = getattr(part, "element", None)  # docxtpl leaves every rendered part parsed
        if element is None:
            continue
        for paragraph in element.iter(qn("w:p")):
            runs = list(paragraph.iter(qn("w:r")))
            texts = ["".join(t.text or "" for t in r.iter(qn("w:t"))) for r in runs]
            whole = "".join(texts)
            if tx.is_rtl(whole) or (report_right_to_left and (tx.has_rtl(whole) or not _has_left_to_right(whole))):
                _set(paragraph, "w:pPr", "w:bidi")
            for run, text in zip(runs, texts, strict=True):
                if text and tx.is_rtl(text):
                    _set(run, "w:rPr", "w:rtl")
        if report_right_to_left:
            for table in element.iter(qn("w:tbl")):
                _set(table, "w:tblPr", "w:bidiVisual")


def _has_left_to_right(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "L" for ch in text)


def _set(parent: Any, props_tag: str, flag_tag: str) -> None:
    """Add an on/off property in its schema position (Word refuses a document with properties out of order)."""
    props = parent.find(qn(props_tag))
    if props is None:
        props = OxmlElement(props_tag)
        parent.insert(0, props)
    if props.find(qn(flag_tag)) is not None:
        return
    flag = OxmlElement(flag_tag)
    order = _ORDER[props_tag]
    rank = order.index(flag_tag)
    later = {qn(tag) for tag in order[rank + 1:]}
    for index, child in enumerate(props):
        if child.tag in later:
            props.insert(index, flag)
            return
    props.append(flag)


_ORDER = {
    "w:pPr": ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
              "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:rPr": ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish",
              "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight",
              "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath"),
    "w:tblPr": ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"),
}
