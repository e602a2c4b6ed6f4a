"""The PDF report's size estimated before the export, for each photo size profile, from renditions already cached."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from auditor_app.domain import records as rec
from auditor_app.errors import InputError
from auditor_app.services import image_cache, renditions
from auditor_app.services.annotations import edit_key, rotation_of
from auditor_app.services.report_data import ReportData

__all__ = ["SizeEstimate", "estimate", "pictured"]

# The report without photos, fitted to demo audits of 0 to 1000 notes (within 8 %): embedded font subsets and the
# fixed sections, a row per clause, about 4 bytes per character of notes and findings, and a table row per plan
# slot, meeting, attendee, team member, interviewee, evidence file and time record; a pictured photo adds its
# caption lines.
BASE_BYTES = 50_000
BYTES_PER_CLAUSE = 85
BYTES_PER_CHAR = 4
BYTES_PER_ROW = 700
BYTES_PER_PHOTO = 600
BUDGET_FILL = 0.9


@dataclass(frozen=True, slots=True)
class SizeEstimate:
    """About how large the PDF will be; `measured` of the `photos` pictured had a rendition in the cache to go by
    (this profile's exactly, or the print rendition scaled by the profile's measured ratio)."""

    bytes: int
    photos: int
    measured: int


def pictured(data: ReportData) -> list[rec.EvidenceRecord]:
    """The photos the findings cite, one per distinct picture (as the PDF embeds them)."""
    by_id = {e.id: e for e in data.evidence}
    seen: dict[tuple[str, int, str], rec.EvidenceRecord] = {}
    for finding in data.findings:
        for evidence_id in finding.evidence_ids:
            item = by_id.get(evidence_id)
            if item is not None and item.sha256 and (item.mime or "") in renditions.IMAGE_TYPES:
                seen.setdefault((item.sha256, item.rotation or 0, item.annotations or ""), item)
    return list(seen.values())


def _photo_bytes(item: rec.EvidenceRecord, fit: renditions.SizeProfile, cache: image_cache.ImageCache,
                 ) -> int | None:
    sha256 = item.sha256 or ""
    try:
        rotation = rotation_of(item)
    except InputError:
        rotation = 0
    edit = edit_key(item.annotations)
    exact = cache.size(sha256, fit.long_edge, rotation, edit, quality=fit.quality, max_bytes=fit.max_bytes)
    if exact is not None:
        return exact
    # The print rendition is made when a photo is imported: turned or annotated, it is about the same size.
    for turn, key in ((rotation, edit), (0, "")):
        printed = cache.size(sha256, renditions.REPORT_LONG_EDGE, turn, key)
        if printed is not None:
            scaled = int(printed * fit.ratio)
            # A photo over the budget is re-encoded until it fits, landing between 80 and 100 % of it.
            return int(fit.max_bytes * BUDGET_FILL) if fit.max_bytes and scaled > fit.max_bytes else scaled
    return None


def estimate(data: ReportData, size: str, sections: Collection[str] | None = None,
             cache: image_cache.ImageCache | None = None) -> SizeEstimate:
    """The PDF's size with the photo size profile `size`; only looks at the cache (no photo is decoded), so it is
    quick enough to show while the export is being chosen. Photos are pictured in the findings section only."""
    fit = renditions.size_profile(size)
    cache = image_cache.shared() if cache is None else cache
    photos = pictured(data) if sections is None or "findings" in sections else []
    chars = sum(len(n.text or "") for n in data.notes)
    chars += sum(len(f.statement or "") + len(f.evidence_text or "") + len(f.requirement or "") for f in data.findings)
    rows = (len(data.plan) + len(data.meetings) + len(data.attendees) + len(data.team) + len(data.people)
            + len(data.evidence) + len(data.time_records))
    total = BASE_BYTES + BYTES_PER_CLAUSE * len(data.clauses) + BYTES_PER_CHAR * chars + BYTES_PER_ROW * rows
    measured = 0
    for item in photos:
        known = _photo_bytes(item, fit, cache)
        measured += known is not None
        total += (fit.typical_bytes if known is None else known) + BYTES_PER_PHOTO
    return SizeEstimate(total, len(photos), measured)
