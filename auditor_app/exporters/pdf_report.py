"""The PDF audit report (ISO 19011:2018 6.5.1, ISO/IEC 17021-1:2015 9.4.8) built with ReportLab.

`build_pdf(data, out, photo=…)` reads a ReportData-like object (see `pdf_source.PdfSource`), writes a temporary file
and renames it into place, so a failed or cancelled export leaves nothing behind. No Qt, no database, no services:
photos come from the caller's `photo(evidence)` callable as report renditions (JPEG bytes without metadata).
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
)
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate  # type: ignore[import-untyped]
from reportlab.platypus.frames import Frame  # type: ignore[import-untyped]

from auditor_app import __version__, leftovers
from auditor_app.domain import records as rec
from auditor_app.exporters import (
    Cancelled,
    pdf_cycle,
    pdf_findings,
    pdf_fonts,
    pdf_issue,
    pdf_late,
    pdf_previous,
    pdf_sections,
    pdf_tables,
    pdf_time,
)
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_images import Jpeg, usable_jpeg
from auditor_app.exporters.pdf_source import Ctx, PdfSource, audit_type_label, rendition_key
from auditor_app.exporters.source import cited_photos, marking_text

Photo = Callable[[rec.EvidenceRecord], bytes | None]
Progress = Callable[[int, int], None]

# key -> (builder, how the section starts: on a new page, or on this page if there is room)
_SECTIONS: dict[str, tuple[Callable[[Ctx], list[Flowable]], str]] = {
    "cover": (pdf_sections.cover, "page"),
    "contents": (pdf_sections.contents, "page"),
    "details": (pdf_sections.details, "page"),
    "summary": (pdf_sections.summary, "cond"),
    "stage1": (pdf_previous.stage1, "cond"),
    "diverging": (pdf_sections.diverging, "cond"),
    "disclaimer": (pdf_sections.disclaimer, "cond"),
    "previous": (pdf_previous.previous, "page"),
    "statistics": (pdf_sections.statistics, "page"),
    "findings": (pdf_findings.findings, "page"),
    "coverage": (pdf_tables.clause_results, "page"),
    "cycle": (pdf_cycle.coverage_over_cycle, "page"),
    "notes": (pdf_tables.audit_trail, "page"),
    "interviews": (pdf_tables.interviews, "page"),
    "meetings": (pdf_tables.meetings, "page"),
    "plan": (pdf_tables.audit_plan, "cond"),
    "audit_time": (pdf_time.audit_time, "cond"),
    "evidence": (pdf_findings.evidence_index, "page"),
}
SECTIONS: tuple[str, ...] = tuple(_SECTIONS)
STEPS = 1000  # progress is reported as (done, STEPS)


def build_pdf(data: PdfSource, out: Path, *, photo: Photo, sections: Collection[str] | None = None,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
              timings: list[float] | None = None, issue: pdf_issue.Issue | None = None) -> Path:
    """Write the report to `out` (replaced atomically); raises Cancelled if `cancelled()` turns true.

    `issue`: the report is being issued; its issue history and signature block end it (see pdf_issue).

    `timings`, if given, receives the seconds of each layout pass (the benchmark reports them).
    """
    unknown = set(sections or ()) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown report section(s) {', '.join(sorted(unknown))} (known: {', '.join(SECTIONS)})")
    chosen = [k for k in SECTIONS if sections is None or k in sections]
    rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85 for photos
    pdf_fonts.register()
    check = cancelled or (lambda: False)
    if check():
        raise Cancelled()
    with _rare_collections(), st.direction(data.wording.right_to_left):
        ctx = Ctx(data)
        ctx.use_logo(data.branding.logo)
        wanted = cited_photos(data) if "findings" in chosen else []
        share = int(STEPS * min(0.8, len(wanted) / (len(wanted) + 10)))  # photo renditions are the slow part
        _fetch_photos(ctx, wanted, photo, check, lambda done: progress(share * done // len(wanted), STEPS)
                      if progress is not None else None)
        story: list[Flowable] = []
        previous = ""
        for key in chosen:
            builder, start = _SECTIONS[key]
            flowables = builder(ctx)
            if not flowables:  # a section that does not apply to this audit (Stage 1's, on a surveillance)
                continue
            if previous:  # a section that only says "none recorded" does not need a page of its own
                new_page = previous in ("cover", "contents") or (start == "page" and len(flowables) > 3)
                story.append(PageBreak() if new_page else CondPageBreak(70 * mm))
            previous = key
            if key == "cover":
                story.append(NextPageTemplate("body"))
            story += flowables
        if issue is not None:  # always last: the signature block closes the report
            story += [CondPageBreak(110 * mm), *pdf_issue.section(ctx, issue)]
        out = Path(out)
        leftovers.clear_stale(out)
        tmp = leftovers.temp_path(out, "part")
        doc = _Document(str(tmp), ctx, cover="cover" in chosen, check=check, progress=progress, start=share,
                        expected=len(story))
        try:
            _layout(doc, story, timings)
            if check():
                raise Cancelled()
            os.replace(tmp, out)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if progress is not None:
            progress(STEPS, STEPS)
    return out


def _layout(doc: _Document, story: list[Flowable], timings: list[float] | None) -> None:
    """One layout pass: page totals and contents page numbers are filled in afterwards (see pdf_late). Only if the
    contents entries turn out different from those taken from the story is the layout run again."""
    contents = next((f for f in story if isinstance(f, pdf_late.Contents)), None)
    entries = pdf_late.toc_entries(story)
    edits: list[tuple[Any, ...]] = []
    doc._indexingFlowables = [contents] if contents is not None else []  # receive the contents entries
    doc._multiBuildEdits = edits.append  # as multiBuild: what one pass marks on flowables is undone before the next
    for _attempt in range(3):
        started = time.perf_counter()
        doc.late = pdf_late.LateNumbers(doc.ctx.t)
        if contents is not None:
            contents.seed(entries, doc.late)
        doc.build(story[:])  # build consumes its list
        if timings is not None:
            timings.append(time.perf_counter() - started)
        if contents is None or contents.notified() == entries:
            break
        entries = contents.notified()
        for action, *args in edits:
            action(*args)
        edits.clear()
    started = time.perf_counter()
    doc.late.finish(doc.canv, doc.pages)
    doc.canv.save()
    if timings is not None:
        timings[-1] += time.perf_counter() - started


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """Layout makes millions of short-lived objects, nearly all freed by reference counting. At the default
    thresholds the cycle collector ran some 380 times per 150-finding report, a fifth of its time, each run also
    walking the data read for the report. Exports run one at a time, so the process-wide setting is safe."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _fetch_photos(ctx: Ctx, wanted: Iterable[rec.EvidenceRecord], photo: Photo, check: Callable[[], bool],
                  progress: Callable[[int], None]) -> None:
    """Renditions once per distinct picture (file, rotation and annotations); a photo that cannot be rendered is
    listed by name instead."""
    by_hash: dict[tuple[str, int, str], Jpeg | None] = {}
    items = list(wanted)
    for done, item in enumerate(items, start=1):
        if check():
            raise Cancelled()
        key = rendition_key(item)
        if key not in by_hash:
            try:
                by_hash[key] = usable_jpeg(photo(item))
            except Exception:  # a damaged evidence file must not stop the report; it is listed without picture
                by_hash[key] = None
        ctx.photos[item.id] = by_hash[key]
        progress(done)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """The page templates, bookmarks and contents entries; the canvas is saved by `_layout`, not by `build`."""

    _doSave = 0  # ReportLab's switch: _layout defines the late numbers' forms, then saves

    def __init__(self, filename: str, ctx: Ctx, *, cover: bool, check: Callable[[], bool],
                 progress: Progress | None, start: int, expected: int) -> None:
        d, t = ctx.data.details, ctx.t
        lead = ctx.lead()
        self.ctx, self.check, self.on_progress = ctx, check, progress
        self.late = pdf_late.LateNumbers(t)
        self.pages = 0
        self.start, self.expected, self.done = start, max(1, expected), 0
        self.title_text = tx.clean(d.title).strip() or t.label("Audit report")
        self.header_text = " · ".join(x for x in (" ".join(self.title_text.split()),
                                                  " ".join(tx.clean(d.client).split())) if x)
        self.marking = marking_text(t, " ".join(tx.clean(d.confidentiality).split()))
        self.reference = " · ".join(x for x in (  # who issued it, and which issue this is
            " ".join(tx.clean(ctx.data.branding.organisation).split()),
            t.primary.label("Report {number}", number=tx.clean(d.report_number))
            if tx.clean(d.report_number).strip() else "",
            t.primary.label("Revision {number}", number=tx.clean(d.report_revision))
            if tx.clean(d.report_revision).strip() else "") if x)
        kind = audit_type_label(t, d.audit_type)
        subject = " – ".join(x for x in (t.label("{type} audit report", type=kind) if kind else t.label(
                                             "audit report"),
                                         tx.clean(d.client).strip()) if x)
        super().__init__(filename, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), leftMargin=st.MARGIN_X,
                         rightMargin=st.MARGIN_X, topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
                         title=self.title_text, author=tx.clean(lead.name) if lead else "", subject=subject,
                         creator=f"auditor-app {__version__}", keywords=", ".join(ctx.standards()),
                         initialFontName=pdf_fonts.REGULAR, initialFontSize=9)  # no Helvetica, not even unused
        frame = Frame(st.MARGIN_X, st.MARGIN_BOTTOM, st.FRAME_WIDTH,
                      st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id="body")
        templates = [PageTemplate("cover", [frame], onPage=self._cover_page),
                     PageTemplate("body", [frame], onPage=self._body_page)]
        self.addPageTemplates(templates if cover else templates[::-1])

    def beforeDocument(self) -> None:
        self.canv.showOutline()

    def afterPage(self) -> None:
        self.pages = int(self.page)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.check():
            raise Cancelled()
        self.done += 1
        if self.on_progress is not None:  # passes × flowables is only estimated: stop short of the end
            share = min(1.0, self.done / self.expected)
            self.on_progress(min(STEPS - 1, self.start + int((STEPS - self.start) * share)), STEPS)
        if isinstance(flowable, st.Heading | st.Anchor):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, level=flowable.level, closed=False)
            self.late.pages[flowable.key] = int(self.page)
            if flowable.toc:
                self.notify("TOCEntry", (flowable.level, flowable.toc_markup, self.page, flowable.key))

    def _ends(self) -> tuple[tuple[float, str], tuple[float, str]]:
        """(x, alignment) where a running line starts and where it ends: mirrored in a right-to-left report."""
        left, right = (st.MARGIN_X, "left"), (st.PAGE_WIDTH - st.MARGIN_X, "right")
        return (right, left) if self.ctx.t.right_to_left else (left, right)

    def _footer(self, canvas: Any, doc: Any) -> None:
        y = 11 * mm
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_X, y + 9, st.PAGE_WIDTH - st.MARGIN_X, y + 9)
        canvas.setFillColor(st.MUTED)
        (x, align), (end_x, end_align) = self._ends()
        tx.draw_line(canvas, x, y, self.reference, pdf_fonts.REGULAR, 7.5, st.FRAME_WIDTH * 0.6, align=align)
        self.late.page_label(canvas, int(doc.page), end_x, y, pdf_fonts.REGULAR, 7.5, align=end_align)

    def _body_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = st.PAGE_HEIGHT - 13 * mm
        (x, align), (end_x, end_align) = self._ends()
        canvas.setFillColor(st.MUTED)
        tx.draw_line(canvas, x, top, self.header_text, pdf_fonts.REGULAR, 7.5, st.FRAME_WIDTH * 0.7, align=align)
        canvas.setFillColor(st.ACCENT)
        tx.draw_line(canvas, end_x, top, self.marking.upper(), pdf_fonts.BOLD, 7.5, st.FRAME_WIDTH * 0.27,
                     align=end_align)
        canvas.setStrokeColor(st.ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(st.MARGIN_X, top - 4, st.PAGE_WIDTH - st.MARGIN_X, top - 4)
        self._footer(canvas, doc)
        canvas.restoreState()

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(st.ACCENT)
        canvas.rect(0, st.PAGE_HEIGHT - 16 * mm, st.PAGE_WIDTH, 16 * mm, stroke=0, fill=1)
        stripe = st.PAGE_WIDTH * 0.28  # under the band, from the side the page is read from
        canvas.rect(st.PAGE_WIDTH - stripe if self.ctx.t.right_to_left else 0, st.PAGE_HEIGHT - 18.5 * mm, stripe,
                    1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(st.ACCENT_SOFT)
        end_x, end_align = self._ends()[1]
        tx.draw_line(canvas, end_x, st.PAGE_HEIGHT - 10 * mm, self.marking.upper(), pdf_fonts.BOLD, 8,
                     st.FRAME_WIDTH * 0.5, align=end_align)
        self._footer(canvas, doc)
        canvas.restoreState()
