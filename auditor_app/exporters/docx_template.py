"""Word report templates: loading one, rendering it safely, and saying in one line what is wrong with it."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from auditor_app import paths
from auditor_app.errors import InputError

DEFAULT_TEMPLATE = "report-template.docx"  # under resources/, made by scripts/make_docx_template.py
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024  # a template with a logo or two is well under 1 MB
_TAG = re.compile(r"<[^>]+>")
_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")
DOCS = "docs/report-templates.md"
_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")  # the ones docxtpl renders


def default_template() -> Path:
    return paths.resource_path(DEFAULT_TEMPLATE)


def load(path: Path) -> DocxTemplate:
    """The template, read into memory (the file may change or vanish while the report renders); InputError naming
    the file when it is missing, too large or not a Word document."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise InputError(f"{path}: larger than {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB; not a report template")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the template ({exc.strerror or exc})") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{path}: not a Word document (.docx); save the template as a Word document")
    try:
        template = DocxTemplate(io.BytesIO(data))
        template.init_docx()
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors… for a damaged package
        raise InputError(f"{path}: not a readable Word document ({type(exc).__name__}: {exc})") from None
    return template


def environment() -> SandboxedEnvironment:
    """Templates come from outside (a certification body's file): no Python attribute access beyond the safe ones,
    every value autoescaped for the document's XML, and a misspelt variable an error rather than blank text."""
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def render(template: DocxTemplate, context: dict[str, Any], path: Path) -> None:
    """Render in place; a template mistake becomes one InputError line naming the file and the paragraph or name."""
    core = template.docx.core_properties
    properties = {name: getattr(core, name) or "" for name in _PROPERTIES}
    try:
        template.render(context, environment(), autoescape=True)
        # docxtpl renders the document properties (title, author…) with the document's autoescaping environment,
        # but they are plain text, not XML: "A & B" would read "A &amp; B". Render them again without escaping.
        plain = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined)
        for name, source in properties.items():
            setattr(core, name, plain.from_string(source).render(context))
    except TemplateSyntaxError as exc:
        where = _paragraph_of(exc)
        place = f' in the paragraph "{where}"' if where else ""
        raise InputError(f"{path}: template error{place}: {exc.message}") from None
    except UndefinedError as exc:
        match = _UNDEFINED.search(str(exc))
        name = next((g for g in match.groups() if g), "") if match else ""
        if not name:
            raise InputError(f"{path}: template error: {exc}") from None
        where = _paragraph_naming(path, name)
        place = f' (in the paragraph "{where}")' if where else ""
        raise InputError(f"{path}: unknown template variable '{name}'{place}; the variables are listed in "
                         f"{DOCS}") from None
    except SecurityError as exc:
        raise InputError(f"{path}: the template does something templates may not: {exc}") from None
    except TemplateError as exc:
        raise InputError(f"{path}: template error: {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:  # e.g. a filter applied to a value it cannot take
        raise InputError(f"{path}: template error: {type(exc).__name__}: {exc}") from None


def check(path: Path) -> None:
    """Render the template against a made-up audit with one of everything; InputError says what is wrong."""
    from auditor_app.exporters.docx_context import build_context
    from auditor_app.exporters.docx_sample import SampleSource

    template = load(path)
    # Pictures as text stand-ins: the logo and photo branches are rendered too, and nothing is decoded.
    context = build_context(SampleSource(), lambda item: "[photo]" if item.id == "e1" else None, logo="[logo]",
                            signature=lambda _png: "[signature]")
    render(template, context, path)


def _paragraph_of(exc: TemplateSyntaxError) -> str:
    """docxtpl puts every paragraph of the rendered part on its own line and keeps the lines around the error."""
    lines = list(getattr(exc, "docx_context", None) or [])
    if not lines or exc.lineno is None:
        return ""
    index = exc.lineno - 1 - max(exc.lineno - 4, 0)
    return _short(lines[index] if 0 <= index < len(lines) else "")


def _paragraph_naming(path: Path, name: str) -> str:
    """The first paragraph whose text uses `name` inside a tag (read afresh: rendering changed the template)."""
    try:
        document = load(path).docx
    except InputError:
        return ""
    pattern = re.compile(r"\{[{%][^}]*\b" + re.escape(name) + r"\b")
    for part in (document.part, *(rel.target_part for rel in document.part.rels.values() if not rel.is_external)):
        element = getattr(part, "element", None)
        if element is None or not hasattr(element, "iter"):
            continue
        for paragraph in element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
            text = "".join(t.text or "" for t in paragraph.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))
            if pattern.search(text):
                return _short(text)
    return ""


def _short(xml_line: str) -> str:
    text = " ".join(_TAG.sub("", xml_line).split())
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text if len(text) <= 120 else text[:119] + "…"
