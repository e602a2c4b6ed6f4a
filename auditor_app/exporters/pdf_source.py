"""What the PDF report reads (a structural type the services' ReportData satisfies) and the shared build context."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, HRFlowable  # type: ignore[import-untyped]

from auditor_app.domain import grading
from auditor_app.domain import records as rec
from auditor_app.domain.vocab import AUDIT_TYPE_LABELS, RESULT_LABELS
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_images import InMemoryJpeg, Jpeg
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.wording import Wording

log = logging.getLogger(__name__)
PdfSource = ReportSource  # the PDF reads the same structural view as the workbook


@dataclass
class Ctx:
    """One build: the data, the photo renditions fetched up front, and running numbers."""

    data: PdfSource
    photos: dict[str, Jpeg | None] = field(default_factory=dict)  # evidence id -> clean JPEG, None if unusable
    photo_sources: dict[object, InMemoryJpeg] = field(default_factory=dict)
    # The branding logo, read from memory (None when there is none): no file is written for the build, so an
    # export that is killed leaves nothing behind in the temporary folder.
    logo: ImageReader | None = None
    logo_size: tuple[int, int] = (0, 0)  # its pixels

    def photo_source(self, key: object, data: bytes) -> InMemoryJpeg:
        """What the picture is drawn from: one name per distinct rendition, so each is embedded once."""
        source = self.photo_sources.get(key)
        if source is None:
            source = self.photo_sources[key] = InMemoryJpeg(f"photo-{len(self.photo_sources)}", data)
        return source

    def use_logo(self, logo: bytes | None) -> None:
        """The branding logo for this build, if it is a sound picture (else the cover goes without)."""
        if not logo:
            return
        try:
            reader = ImageReader(io.BytesIO(logo))
            width, height = reader.getSize()
        except Exception as exc:  # the logo decorates the report: a bad one must never stop it
            log.warning("report logo left out: it cannot be read (%s)", exc)
            return
        if width > 0 and height > 0:
            self.logo, self.logo_size = reader, (width, height)

    section_no: int = 0
    figure_no: int = 0

    @property
    def t(self) -> Wording:
        """The report's words: `ctx.t("Audit details")` in the report's language(s)."""
        return self.data.wording

    @property
    def certification(self) -> bool:
        return self.data.profile == "certification"

    def section(self, key: str, title: str) -> list[Flowable]:
        """A numbered section heading (bookmarked, in the contents) with its rule."""
        self.section_no += 1
        number = f"{self.section_no}"
        parts = (number, tx.markup(title))
        # Right to left, the number stands to the right of the title (the markup is in display order).
        heading = st.Heading("&nbsp;&nbsp;&nbsp;".join(parts[::-1] if self.t.right_to_left else parts), st.H1,
                             key=f"sec-{key}",
                             outline=f"{number}  {title}")
        return [heading, HRFlowable(width="100%", thickness=0.8, color=st.ACCENT, spaceBefore=0, spaceAfter=8)]

    def grade(self, key: str | None) -> grading.Grade | None:
        return self.data.scheme.find(key)

    def grade_label(self, key: str | None, empty: str = "") -> str:
        """A grade's label in the report's language(s); a grade the scheme lacks as it is, marked."""
        return grade_label(self.t, self.data.scheme, key, empty)

    def badge(self, key: str | None, size: float = 8) -> st.Badge:
        grade = self.grade(key)
        # A badge has room for one language: the first.
        primary = self.t.primary
        return st.Badge(grade_label(primary, self.data.scheme, key) or primary.label("Ungraded"),
                        st.grade_colour(key, bool(grade and grade.is_nonconformity)), size)

    def sorted_findings(self) -> list[rec.FindingRecord]:
        return sorted(self.data.findings, key=lambda f: (self.data.scheme.rank(f.grade), f.ref or "", f.id))

    def checklists(self) -> list[rec.ChecklistInfo]:
        """The audit's standards in natural order (ISO 9001 before ISO 14001)."""
        return sorted(self.data.checklists, key=lambda c: natural_key(standard_name(c)))

    def standards(self) -> list[str]:
        return [standard_name(c) for c in self.checklists()]

    def lead(self) -> rec.TeamMember | None:
        team = self.data.team
        return next((m for m in team if m.role == "lead"), team[0] if team else None)

    def person(self, person_id: str | None) -> rec.PersonRecord | None:
        return self.data.people.get(person_id or "")


def rendition_key(item: rec.EvidenceRecord) -> tuple[str, int, str]:
    """What a report picture depends on: the file, its rotation and its annotations (blur boxes). Two evidence
    items sharing a file but edited differently get a picture each, so no unblurred copy stands in for one."""
    return item.sha256 or item.id, item.rotation or 0, item.annotations or ""


def natural_key(text: str) -> list[tuple[int, int | str]]:
    return [(0, int(part)) if part.isdigit() else (1, part.casefold()) for part in re.split(r"(\d+)", text) if part]


def standard_name(checklist: rec.ChecklistInfo) -> str:
    base = checklist.standard or checklist.title or checklist.key or ""
    return f"{base}:{checklist.edition}" if checklist.standard and checklist.edition else base


def grade_label(t: Wording, scheme: grading.GradingScheme, key: object, empty: str = "") -> str:
    return t.vocab({g.key: g.label for g in scheme.grades}, key, empty)


def audit_type_label(t: Wording, key: str | None) -> str:
    return t.vocab(AUDIT_TYPE_LABELS, key)


def result_label(t: Wording, key: str | None) -> str:
    return t.vocab(RESULT_LABELS, key)


def date_range(t: Wording, start: str | None, end: str | None) -> str:
    start, end = tx.clean(start), tx.clean(end)
    if start and end and start != end:
        # A value, not a label: in the first language only (a bilingual report would print the dates twice).
        return t.primary.label("{start} to {end}", start=start, end=end)
    return start or end


def when(value: str | None) -> str:
    """"2026-11-11T09:12" as "2026-11-11 09:12"."""
    return tx.clean(value).replace("T", " ")


def label_width(t: Wording, english: float) -> float:
    """A key-value table's label column: wider for languages with longer labels, and for two languages."""
    if t.english:
        return english
    return float(min(english * (1.6 if t.second else 1.25), 70 * mm))


def headers(t: Wording, *titles: str) -> list[str]:
    """A table's column titles in the report's language(s), as header markup."""
    return [tx.markup(t.label(title)) for title in titles]


def nothing(text: str, style: ParagraphStyle = st.BODY) -> Flowable:
    """An app-worded "none recorded" line (text is an app constant, already in the report's language)."""
    return tx.rich(f'<font color="#5A6472">{tx.markup(text)}</font>', style)

