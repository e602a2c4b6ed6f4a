"""Styles, fonts, tables and running heads of the default Word report template (see make_docx_template.py)."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5A, 0x64, 0x72)
# Latin text in Calibri, Chinese/Japanese/Korean in Microsoft YaHei, Arabic/Hebrew in Arial: fonts every Word has.
# Word picks a script's font from these slots by itself; LibreOffice substitutes metric-compatible ones.
FONTS = {"w:ascii": "Calibri", "w:hAnsi": "Calibri", "w:eastAsia": "Microsoft YaHei", "w:cs": "Arial"}


def fonts(style_element: object) -> None:
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for slot, name in FONTS.items():
        rfonts.set(qn(slot), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)


def complex_size(style_element: object) -> None:
    """Arabic and Hebrew runs (marked rtl) take their size from w:szCs: the same as the Latin one."""
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    size = rpr.find(qn("w:sz"))
    if size is None or rpr.find(qn("w:szCs")) is not None:
        return
    complex_script = OxmlElement("w:szCs")
    complex_script.set(qn("w:val"), size.get(qn("w:val")))
    size.addnext(complex_script)


def styles(doc: Document) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid"):
        fonts(doc.styles[name].element)
    for name, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 10.5)):
        style = doc.styles[name]
        style.font.size, style.font.color.rgb = Pt(size), ACCENT
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        complex_size(doc.styles[name].element)
    lang = OxmlElement("w:lang")  # so Word and LibreOffice choose CJK and Arabic shaping for those scripts
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    doc.styles["Normal"].element.get_or_add_rPr().append(lang)


def words(english: str) -> str:
    """A label in the report's language: the template's t() with an English key of resources/report-i18n."""
    return '{{ t("' + english + '") }}'


def para(doc: Document, text: str = "", style: str | None = None, bold: str = "") -> None:
    p = doc.add_paragraph(style=style)
    if bold:
        p.add_run(bold).bold = True
    if text:
        p.add_run(text)


def muted(doc: Document, text: str) -> None:
    run = doc.add_paragraph().add_run(text)
    run.font.color.rgb, run.font.size = MUTED, Pt(8.5)


def table(doc: Document, header: list[str], loop: str, cells: list[str], widths: list[int]) -> None:
    """A table with a header row and one row repeated by docxtpl for each item of `loop` ("m in team")."""
    t = doc.add_table(rows=4, cols=len(header))
    t.style, t.alignment = doc.styles["Table Grid"], WD_TABLE_ALIGNMENT.LEFT
    for i, text in enumerate(header):
        t.rows[0].cells[i].paragraphs[0].add_run(words(text)).bold = True
    t.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for i, text in enumerate(cells):
        t.rows[2].cells[i].paragraphs[0].add_run(text)
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    fixed(t, widths)


def fixed(t: object, widths: list[int]) -> None:
    """Column widths that Word and LibreOffice both keep (the grid and every cell; no autofit)."""
    t.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(t.columns, widths, strict=True):  # type: ignore[attr-defined]
        column.width = Mm(width)
    for row in t.rows:  # type: ignore[attr-defined]
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)


def key_values(doc: Document, rows: list[tuple[str, str, str]]) -> None:
    """Label/value rows, each shown only when its condition holds."""
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for label, value, condition in rows:
        if condition:
            t.add_row().cells[0].paragraphs[0].add_run(f"{{%tr if {condition} %}}")
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(words(label)).bold = True
        cells[1].paragraphs[0].add_run(value)
        if condition:
            t.add_row().cells[0].paragraphs[0].add_run("{%tr endif %}")
    fixed(t, [50, 120])


def page_number(paragraph: object, field: str = "PAGE") -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    run.font.size, run.font.color.rgb = Pt(7.5), MUTED
    for kind, text in (("begin", None), (None, field), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def header_footer(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    header = section.header.paragraphs[0]
    run = header.add_run("{{ report.title }} · {{ report.client }}")
    run.font.size, run.font.color.rgb = Pt(7.5), MUTED
    marking = section.header.add_paragraph()
    marking.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = marking.add_run("{{ report.marking|upper }}")
    run.font.size, run.font.bold, run.font.color.rgb = Pt(7.5), True, ACCENT
    footer = section.footer.paragraphs[0]
    for text, field in (("{{ report.reference }}\t\t{{ page.before }}", "PAGE"), ("{{ page.between }}", "NUMPAGES"),
                        ("{{ page.after }}", None)):
        run = footer.add_run(text)
        run.font.size, run.font.color.rgb = Pt(7.5), MUTED
        if field:
            page_number(footer, field)
