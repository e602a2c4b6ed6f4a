"""The findings in full (requirement, objective evidence with notes and photos, statement) and the evidence index."""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Spacer,
    Table,
)

from auditor_app.domain import records as rec
from auditor_app.domain.vocab import NOTE_KIND_LABELS, STATUS_LABELS
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.carried_text import origin_label
from auditor_app.exporters.grade_basis import n19_basis
from auditor_app.exporters.pdf_images import FramedPicture
from auditor_app.exporters.pdf_source import Ctx, headers, label_width, nothing, rendition_key, when
from auditor_app.exporters.wording import Wording

PHOTO_MAX_WIDTH = 110 * mm
PHOTO_MAX_HEIGHT = 75 * mm
INDENT = 4 * mm


def note_meta(ctx: Ctx, note: rec.NoteRecord) -> str:
    """The muted line above a note: kind, time and who/where/what (markup built from escaped parts)."""
    t = ctx.t
    parts = [f"<b>{tx.markup(t.vocab(NOTE_KIND_LABELS, note.kind, t.label('Note')))}</b>"]
    t = t.primary  # the rest carry the note's values: once, in the first language
    if note.recorded_at:
        parts.append(tx.markup(when(note.recorded_at)))
    person = ctx.person(note.person_id)
    if person is not None:
        extra = ", ".join(tx.markup(v) for v in (person.role, person.department) if tx.clean(v).strip())
        parts.append(tx.markup(person.name) + (f" ({extra})" if extra else ""))
    if tx.clean(note.place).strip():
        parts.append(tx.markup(note.place))
    if tx.clean(note.document_ref).strip():
        if tx.clean(note.document_revision).strip():
            parts.append(t("document {ref}, rev. {revision}", ref=tx.markup(note.document_ref),
                           revision=tx.markup(note.document_revision)))
        else:
            parts.append(t("document {ref}", ref=tx.markup(note.document_ref)))
    if note.sample_size or tx.clean(note.population).strip():
        sample = [t("sample of {size}", size=note.sample_size) if note.sample_size else t("sample")]
        if tx.clean(note.population).strip():
            sample.append(t("from {population}", population=tx.markup(note.population)))
        if tx.clean(note.sample_method).strip():
            sample.append(f"({tx.markup(note.sample_method)})")
        parts.append(" ".join(sample))
    return " · ".join(parts[::-1] if ctx.t.right_to_left else parts)  # drawn from the left: the kind at the right


def note_block(ctx: Ctx, note: rec.NoteRecord, indent: float = 0) -> list[Flowable]:
    meta = tx.rich(note_meta(ctx, note), indented(st.NOTE_META, indent))
    out = [meta, tx.para(note.text, indented(st.NOTE_TEXT, indent))]
    if tx.clean(note.sample_items).strip():
        out.append(tx.rich(f"<b>{tx.markup(ctx.t.label('Items sampled:'))}</b> " + tx.markup(note.sample_items),
                           indented(st.SMALL, indent)))
    return out


@cache
def indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    if not indent:
        return style
    return ParagraphStyle(f"{style.name}-in{indent:.0f}", parent=style, leftIndent=style.leftIndent + indent)


class Block(Flowable):  # type: ignore[misc]
    """Flowables kept together on one page, each measured once per width.

    KeepTogether measures its content, then hands the pieces back to the frame, which measures each again; a
    photo with its caption never needs to split, so this draws the pieces itself (with the frame's spacing rule:
    the larger of one piece's space after and the next one's space before).
    """

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self._parts = parts
        self._placed: list[tuple[Flowable, float, float, float]] = []  # piece, its width, height, top offset
        self._for_width = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._for_width:
            self._placed, y, after = [], 0.0, None
            for part in self._parts:
                width, height = part.wrapOn(self.canv, avail_width, 1e6)
                if after is not None:
                    y += max(after, part.getSpaceBefore())
                self._placed.append((part, width, height, y))
                y += height
                after = part.getSpaceAfter()
            self.width, self.height, self._for_width = avail_width, y, avail_width
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Only a block taller than a whole page comes apart (the frame then places the pieces one by one).
        return list(self._parts) if self.wrap(avail_width, avail_height)[1] > st.FRAME_HEIGHT else []

    def getSpaceBefore(self) -> float:
        return float(self._parts[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._parts[-1].getSpaceAfter())

    def draw(self) -> None:
        for part, width, height, top in self._placed:
            part.drawOn(self.canv, 0, self.height - top - height, _sW=self.width - width)


def photo_block(ctx: Ctx, evidence: rec.EvidenceRecord, indent: float = INDENT) -> list[Flowable]:
    """A photo as a report rendition with its figure caption, file name and SHA-256; other files as a line."""
    t = ctx.t.primary  # a line of values: once, in the first language
    file_line = t("File {name}", name=tx.markup(evidence.filename or t.label("(unnamed)"))) + \
        f" · {digests(t, evidence)}"
    data = ctx.photos.get(evidence.id)
    if data is None:
        reason = (t("not a photo") if not (evidence.mime or "").startswith("image/")
                  else t("the photo could not be rendered"))
        text = tx.markup(evidence.caption) + " — " if tx.clean(evidence.caption).strip() else ""
        return [tx.rich(f"<b>{tx.markup(t.label('Evidence file'))}</b> ({tx.markup(reason)}): {text}{file_line}",
                        indented(st.SMALL, indent))]
    ctx.figure_no += 1
    scale = min(PHOTO_MAX_WIDTH / data.width, PHOTO_MAX_HEIGHT / data.height, 1.0)
    image_row = FramedPicture(ctx.photo_source(rendition_key(evidence), data.data), data.width * scale,
                              data.height * scale, indent)
    caption = tx.clean(evidence.caption).strip()
    if ctx.t.right_to_left:  # each line one right-to-left sentence: "Figure 1." at the right end
        label = t.label("Figure {number}.", number=ctx.figure_no)
        parts: list[Flowable] = [
            image_row, tx.para(f"{label} {caption}".rstrip(), indented(st.CAPTION, indent), right_to_left=True),
            tx.para(_file_text(t, evidence), indented(st.CELL_SMALL, indent), right_to_left=True)]
    else:
        parts = [
            image_row,
            tx.rich(tx.markup(t.label("Figure {number}.", number=ctx.figure_no)) + (f" {tx.markup(caption)}"
                                                                                     if caption else ""),
                    indented(st.CAPTION, indent)),
            tx.rich(file_line + (" · " + t("taken {when}", when=tx.markup(when(evidence.taken_at)))
                                 if evidence.taken_at else ""), indented(st.CELL_SMALL, indent)),
        ]
    if len(caption) > 400:  # a long caption may need to split across pages: do not glue it to the photo
        return [Block(parts[:1] + parts[2:]), parts[1], Spacer(1, 3 * mm)]
    return [Block(parts), Spacer(1, 3 * mm)]


def _file_text(t: Wording, evidence: rec.EvidenceRecord) -> str:
    """The photo's file line as plain text, for a right-to-left report to order as one line (as `digests`)."""
    unknown = t.label("(unknown)")
    if evidence.original_sha256:
        digest = (f"{t.label('SHA-256 of the original')} {evidence.original_sha256}\n"
                  f"{t.label('Stored as a reduced copy: SHA-256')} {evidence.sha256 or unknown}")
    else:
        digest = f"SHA-256 {evidence.sha256 or unknown}"
    taken = f" · {t('taken {when}', when=when(evidence.taken_at))}" if evidence.taken_at else ""
    return f"{t('File {name}', name=tx.clean(evidence.filename) or t.label('(unnamed)'))} · {digest}{taken}"


def digests(t: Wording, evidence: rec.EvidenceRecord, narrow: bool = False) -> str:
    """The file's identity as markup: the SHA-256 of the file as taken, and for a reduced copy its own as well.

    `narrow` (a table column) puts each digest on lines of its own, in two halves of 32 digits.
    """
    def digest(value: str | None) -> str:
        text = tx.markup(value or t.label("(unknown)"))
        return f"<br/>{text[:32]}<br/>{text[32:]}" if narrow and len(text) == 64 and text.isalnum() else f" {text}"

    if evidence.original_sha256:
        return (tx.markup(t.label("SHA-256 of the original")) + f"{digest(evidence.original_sha256)}<br/>"
                + tx.markup(t.label("Stored as a reduced copy: SHA-256")) + digest(evidence.sha256))
    return f"SHA-256{digest(evidence.sha256)}"


def findings(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("findings", t.label("Findings"))
    if not data.findings:
        out.append(nothing(t("No findings were raised in this audit.")))
        return out
    out.append(tx.para(t("Each finding states the requirement, the objective evidence found and the statement of "
                         "what is not fulfilled (or, for other grades, what was observed)."), st.SMALL))
    notes = {n.id: n for n in data.notes}
    evidence = {e.id: e for e in data.evidence}
    for index, finding in enumerate(ctx.sorted_findings(), start=1):
        out += [CondPageBreak(60 * mm), Spacer(1, 4 * mm)]
        out += _finding(ctx, index, finding, notes, evidence)
    return out


def _finding(ctx: Ctx, index: int, f: rec.FindingRecord, notes: dict[str, rec.NoteRecord],
             evidence: dict[str, rec.EvidenceRecord]) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    grade = ctx.grade(f.grade)
    colour = st.grade_colour(f.grade, bool(grade and grade.is_nonconformity))
    ref = tx.clean(f.ref).strip() or t.label("Finding {number}", number=index)
    label = tx.clean(ctx.grade_label(f.grade)) or t.label("Ungraded")
    entry = [tx.markup(tx.shorten(ref, 40)), tx.markup(label)]  # display order: the reference first, from the right
    anchor = st.Anchor(key=f"finding-{index}", outline=f"{tx.shorten(ref, 40)} — {label}",
                       toc_markup=" — ".join(entry[::-1] if t.right_to_left else entry))
    status = t.vocab(STATUS_LABELS, f.status)
    rtl = t.right_to_left  # mirrored: the reference at the right, by the grade's colour bar
    cells = [[tx.rich(tx.markup(tx.shorten(ref, 24)), st.FINDING_REF_RIGHT if rtl else st.FINDING_REF),
              ctx.badge(f.grade, 8.5), tx.rich(tx.markup(t.label("Status: {status}", status=status or t.label(
                  "Open"))), st.CELL_RIGHT)]]
    widths = [34 * mm, 86 * mm, st.FRAME_WIDTH - 120 * mm]
    style = [st.FONT_CELL, ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_SOFT), ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, -1), 8),
             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if rtl:
        cells, widths, style = st.mirrored(cells, widths, style)
        style.append(("ALIGN", (1, 0), (1, 0), "RIGHT"))  # the badge next to the reference
    head = Table(cells, colWidths=widths, hAlign="LEFT", style=style)
    clauses = "\n".join(data.clause_label(c) for c in f.clause_ids)
    rows: list[tuple[str, Flowable]] = [
        (t.label("Clauses"), tx.para(clauses, st.CELL) if clauses else nothing(t("No clause reference."), st.CELL)),
    ]
    basis = n19_basis(data, f, t)
    if basis:
        rows.append((t.label("Grade basis"), tx.para(basis, st.CELL)))
    if len(ref) > 24:  # the header box shows it shortened
        rows.insert(0, (t.label("Reference"), tx.para(ref, st.CELL)))
    origin = next((c for c in data.carried if c.id == f.follow_up_of), None) if f.follow_up_of else None
    if origin is not None:  # raised because a previous finding's correction was not effective
        follows = t("{ref} of {audit}", ref=origin.ref or "",
                    audit=origin_label(data, origin) or t("the previous audit"))
        rows.append((t.label("Follows up"), tx.para(follows.strip(), st.CELL)))
    for label_text, value in ((t.label("Location"), f.location), (t.label("Process"), f.process)):
        if tx.clean(value).strip():
            rows.append((label_text, tx.para(value, st.CELL)))
    # The anchor needs no KeepTogether with the header box: findings() puts a CondPageBreak(60 mm) before both.
    out: list[Flowable] = [anchor, head, Spacer(1, 2 * mm), st.kv_table(rows, label_width=label_width(t, 28 * mm))]
    out += _block(t.label("Requirement"), f.requirement)
    shown: list[Flowable] = []
    if tx.clean(f.evidence_text).strip():
        shown.append(tx.para(f.evidence_text, indented(st.BODY, INDENT)))
    for note_id in f.note_ids:
        note = notes.get(note_id)
        if note is not None:
            shown += note_block(ctx, note, INDENT)
    for evidence_id in f.evidence_ids:
        item = evidence.get(evidence_id)
        if item is not None:
            shown += photo_block(ctx, item)
    out += _kept(st.Label(t.label("Objective evidence"), st.H3), shown or [nothing(t("No objective evidence "
                                                                                       "recorded."))])
    title = t.label("Statement of nonconformity") if grade and grade.is_nonconformity else t.label("Statement")
    out += _block(title, f.statement)
    return out


def _block(title: str, value: str | None) -> list[Flowable]:
    if not tx.clean(value).strip():
        return []
    return _kept(st.Label(title, st.H3), [tx.para(value, indented(st.BODY, INDENT))])


def _kept(heading: Flowable, following: list[Flowable]) -> list[Flowable]:
    """A heading kept with what follows it, as a Block (the same rule as keepWithNext, measured once)."""
    return [Block([heading, following[0]]), *following[1:]]


def evidence_index(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("evidence", t.label("Evidence index"))
    if not data.evidence:
        out.append(nothing(t("No evidence files are recorded.")))
        return out
    out.append(tx.para(t("Every evidence file of the audit, identified by the SHA-256 digest of the file as it was "
                         "taken or received. Originals are kept unchanged in the audit file, except photos the "
                         "auditor chose to store as reduced copies: for those the copy's own digest is given too. "
                         "The report shows reduced copies without metadata."), st.SMALL))
    items = sorted(data.evidence, key=lambda e: (tx.clean(e.taken_at), tx.clean(e.filename), e.id))
    rows = []
    for number, e in enumerate(items, start=1):
        file_cell = [tx.para(e.filename or t.label("(unnamed)"), st.CELL_BOLD),
                     tx.rich(digests(t, e, narrow=True), st.CELL_SMALL)]
        clause = data.clause_label(e.clause_id) if e.clause_id else ""
        rows.append([st.Label(str(number), st.CELL), file_cell, tx.para(e.caption, st.CELL),
                     tx.para(when(e.taken_at), st.CELL), tx.para(clause, st.CELL)])
    out.append(st.table(rows, (9 * mm, 52 * mm, 45 * mm, 21 * mm, st.FRAME_WIDTH - 127 * mm),
                        header=headers(t, "No.", "File and SHA-256", "Caption", "Taken", "Clause")))
    return out
