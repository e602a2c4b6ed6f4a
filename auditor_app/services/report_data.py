"""Everything a report needs, gathered once from the audit as plain records (exporters never query)."""

from __future__ import annotations

import io
import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from auditor_app.domain import grading
from auditor_app.domain import records as rec
from auditor_app.domain.cycle_coverage import CycleCoverage
from auditor_app.domain.time_summary import TimeSummary
from auditor_app.errors import InputError
from auditor_app.exporters.source import LOGO_EDGE, Branding
from auditor_app.exporters.wording import ENGLISH, Wording, for_report
from auditor_app.services import audit_time, cycle_coverage, preferences, queries, signoffs
from auditor_app.services.session import AuditSession

PROFILES = ("certification", "internal", "gap")
LOGO_MAX_BYTES = 20 * 1024 * 1024  # far above any logo; stops a mistaken choice of a video or disk image
LOGO_MAX_PIXELS = 64_000_000  # as for evidence photos: a decompression bomb is refused before it is decoded
_LOGO_FORMATS = ["PNG", "JPEG", "GIF", "BMP", "WEBP"]
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReportData:
    details: rec.AuditDetails
    team: tuple[rec.TeamMember, ...]
    checklists: tuple[rec.ChecklistInfo, ...]
    clauses: tuple[rec.ClauseRecord, ...]
    notes: tuple[rec.NoteRecord, ...]  # notes marked internal are already left out
    people: dict[str, rec.PersonRecord]
    evidence: tuple[rec.EvidenceRecord, ...]
    findings: tuple[rec.FindingRecord, ...]
    plan: tuple[rec.PlanRow, ...]
    meetings: tuple[rec.Meeting, ...]
    attendees: tuple[rec.Attendee, ...]
    conflicts: tuple[rec.Conflict, ...]
    scheme: grading.GradingScheme
    profile: str
    carried: tuple[rec.CarriedRecord, ...] = ()  # previous findings and Stage 1 concerns, with their verification
    concerns: tuple[rec.ConcernRecord, ...] = ()  # this audit's Stage 1 areas of concern
    time_records: tuple[rec.TimeRecord, ...] = ()  # actual audit time per auditor and day
    cycle: CycleCoverage | None = None  # coverage over the certification cycle, when the audit is part of one
    time_summary: TimeSummary = TimeSummary()  # planned against actual audit time (IAF MD 5), computed here
    signoffs: tuple[rec.Signoff, ...] = ()  # the auditee's signatures given on the screen, under their meeting
    signatures: dict[str, bytes] = field(repr=False, compare=False, default_factory=dict)  # their PNGs by SHA-256
    wording: Wording = ENGLISH  # the report's language(s)
    branding: Branding = Branding()  # who issues the report (the auditor's preferences, not the audit file)
    load_evidence: Callable[[str], bytes] = field(repr=False, compare=False, default=lambda _sha: b"")
    clause_by_id: dict[str, rec.ClauseRecord] = field(repr=False, compare=False, default_factory=dict)
    _labels: dict[str, str] = field(repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.clause_by_id.update((c.id, c) for c in self.clauses)

    def notes_by_clause(self) -> dict[str, list[rec.NoteRecord]]:
        grouped: dict[str, list[rec.NoteRecord]] = defaultdict(list)
        for note in self.notes:
            if note.clause_id:
                grouped[note.clause_id].append(note)
        return grouped

    def clause_label(self, clause_id: str) -> str:
        """"ISO 9001 7.1.5.2 Measurement traceability" for a clause id (its standard named)."""
        label = self._labels.get(clause_id)
        if label is None:
            clause = self.clause_by_id.get(clause_id)
            if clause is None:
                return "(clause no longer in the checklist)"
            standard = next((c.standard for c in self.checklists if c.key == clause.checklist_key), "")
            label = self._labels[clause_id] = f"{standard} {clause.number} {clause.title}".strip()
        return label

    def grade_label(self, key: str | None) -> str:
        return self.scheme.label_of(key)

    def findings_by_grade(self) -> Counter[str]:
        return Counter(f.grade or "" for f in self.findings)

    def findings_by_standard(self) -> dict[str, Counter[str]]:
        """Standard -> grade -> count (a finding citing two standards counts in both)."""
        out: dict[str, Counter[str]] = defaultdict(Counter)
        keys = {c.key or "": c.standard or c.key or "" for c in self.checklists}
        by_id = self.clause_by_id
        for finding in self.findings:
            standards = {keys.get(by_id[c].checklist_key or "", "") for c in finding.clause_ids if c in by_id}
            for standard in standards or {""}:
                out[standard][finding.grade or ""] += 1
        return out

    def coverage(self) -> dict[str, tuple[int, int]]:
        """Standard -> (clauses with a result, clauses in total); headings count like any clause."""
        keys = {c.key or "": c.standard or c.key or "" for c in self.checklists}
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for clause in self.clauses:
            entry = totals[keys.get(clause.checklist_key or "", "")]
            entry[1] += 1
            entry[0] += clause.result != "not_audited"
        return {k: (v[0], v[1]) for k, v in totals.items()}


def gather(session: AuditSession, profile: str = "certification", *, brand: Branding | None = None,
           language: str | None = None, second: str | None = None) -> ReportData:
    """Read the audit once into a ReportData (one consistent view, even if edits continue afterwards), branded as
    `brand` says or else as the auditor's preferences say (the same for the application and the command line)."""
    if profile not in PROFILES:
        raise ValueError(f"unknown report profile {profile!r} ({', '.join(PROFILES)})")
    brand = branding() if brand is None else brand
    with session.reading():  # one read transaction: every query below sees the same state
        details = queries.details(session)
        meetings, attendees = queries.meetings(session)
        signed = signoffs.signoffs(session)
        all_notes, plan, team = queries.notes(session), queries.plan(session), queries.team(session)
        clauses, time_records = queries.clauses(session), queries.time_records(session)
        # Internal notes are left out of the report's text, but their time was spent on the audit too.
        time_summary = audit_time.compute(plan=plan, records=time_records, notes=all_notes, team=team,
                                          clauses=clauses, planned_days=details.planned_auditor_days)
        data = ReportData(
            details=details, team=tuple(team), checklists=tuple(queries.checklists(session)),
            clauses=tuple(clauses), notes=tuple(n for n in all_notes if not n.internal),
            people={p.id: p for p in queries.people(session)}, evidence=tuple(queries.evidence(session)),
            findings=tuple(queries.findings(session)), plan=tuple(plan),
            meetings=tuple(meetings), attendees=tuple(attendees), conflicts=tuple(queries.conflicts(session)),
            carried=tuple(queries.carried(session)), concerns=tuple(queries.concerns(session)),
            time_records=tuple(time_records), time_summary=time_summary,
            signoffs=tuple(signed), signatures=signoffs.images(session, signed),
            cycle=cycle_coverage.for_report(session, details),
            scheme=grading.scheme(details.grading_scheme), profile=profile, branding=brand,
            wording=for_report(language or details.language, second),
            load_evidence=lambda sha: _load(session, sha),
        )
    return data


def photo_rendition(item: rec.EvidenceRecord, load: Callable[[str], bytes], long_edge: int, quality: int = 85,
                    max_bytes: int = 0) -> bytes | None:
    """A photo as reports show it: upright, rotated, its annotations burnt in (blur boxes hide what they cover),
    from the shared image cache; None for documents. Raises InputError for a photo that no longer decodes or
    whose annotations cannot be read: such a photo is left out rather than shown without its blur boxes.
    `quality` and `max_bytes` are a size profile's (renditions.SIZE_PROFILES)."""
    from auditor_app.services import annotations, evidence, image_cache

    sha256, mime = item.sha256, item.mime or ""
    if sha256 is None or mime not in evidence.IMAGE_TYPES:
        return None
    shapes = annotations.parse(item.annotations)
    return image_cache.shared().get_or_make(
        lambda: load(sha256), mime, sha256, long_edge, annotations.rotation_of(item),
        edit_key=annotations.edit_key(item.annotations) if shapes else "",
        transform=(lambda image: annotations.burn(image, shapes)) if shapes else None,
        quality=quality, max_bytes=max_bytes)


def _load(session: AuditSession, sha256: str) -> bytes:
    from auditor_app.services import evidence

    with session.reading() as conn:
        return evidence.blob_bytes(conn, sha256)


def branding(prefs: preferences.Preferences | None = None) -> Branding:
    """The organisation and logo from the preferences; a logo that cannot be used is left out with a logged
    warning: it never stops a report."""
    prefs = preferences.load() if prefs is None else prefs
    logo = None
    if prefs.brand_logo:
        try:
            logo = logo_rendition(Path(prefs.brand_logo))
        except InputError as exc:
            log.warning("report logo left out: %s", exc)
    return Branding(organisation=" ".join(prefs.brand_organisation.split()), logo=logo)


def logo_rendition(path: Path) -> bytes:
    """The logo as a PNG made from its pixels only (no metadata, profile or text chunk of the original file),
    upright, flattened on white, at most LOGO_EDGE pixels; InputError (naming the file) when it cannot be used."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        if path.stat().st_size > LOGO_MAX_BYTES:
            raise InputError(f"{path}: larger than {LOGO_MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        with Image.open(io.BytesIO(data), formats=_LOGO_FORMATS) as image:
            if image.width * image.height > LOGO_MAX_PIXELS:
                raise InputError(f"{path}: the picture is too large ({image.width}×{image.height} pixels)")
            image.load()
            upright = ImageOps.exif_transpose(image) or image
            pixels = upright.convert("RGBA")
    except InputError:
        raise
    except UnidentifiedImageError:
        kind = "SVG drawings cannot be printed yet" if path.suffix.lower() == ".svg" else "not a picture"
        raise InputError(f"{path}: {kind}; choose a PNG or JPEG file") from None
    except Exception as exc:  # Pillow raises many types for damaged files (and a warning for a bomb)
        raise InputError(f"{path}: the picture is damaged ({exc})") from None
    pixels.thumbnail((LOGO_EDGE, LOGO_EDGE), Image.Resampling.LANCZOS)
    flat = Image.new("RGB", pixels.size, "white")  # reports print on white; a fresh image carries no metadata
    flat.paste(pixels, mask=pixels.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "PNG", optimize=True)
    return out.getvalue()
