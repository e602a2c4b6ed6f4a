"""Evidence use cases of the workspace: adding to a clause, note or finding, undoable edits, and what is read back."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.records import EvidenceRecord
from auditor_app.errors import InputError
from auditor_app.services import evidence_views, findings, image_cache, notes, queries
from auditor_app.services.evidence_views import Added, Source, Target

C = "iso9001-2015"


def photo(colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (96, 64), *,
          taken: str | None = None, orientation: int | None = None, camera: str | None = None) -> bytes:
    exif = Image.Exif()
    if taken:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if camera:
        exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = camera.split(" ", 1)
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_files_are_added_to_a_clause_in_time_order_and_bad_ones_are_listed(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    where = clause_id(C, "8.5.1")
    late, early = tmp_path / "late.jpg", tmp_path / "早.jpg"
    late.write_bytes(photo(taken="2026:11:11 15:00:00", camera="Canon EOS R6"))
    early.write_bytes(photo((10, 200, 10), taken="2026:11:11 09:30:00"))
    fake = tmp_path / "notes.jpg"
    fake.write_text("just text, renamed")
    progress: list[tuple[int, int]] = []
    added, change = evidence_views.add_files(
        session, [Source(p.name, p) for p in (late, fake, early, tmp_path / "gone.jpg")], Target(clause_id=where),
        progress=lambda done, total: progress.append((done, total)))
    assert len(added.evidence_ids) == 2 and change.ids("evidence") == set(added.evidence_ids)
    assert [name for name, _ in added.failures] == ["notes.jpg", "gone.jpg"]
    assert "not a supported evidence file" in added.failures[0][1] and "cannot be read" in added.failures[1][1]
    assert progress[-1] == (4, 4)
    shown = evidence_views.evidence_for_clause(session, where)
    assert [(r.filename, r.taken_at, r.camera) for r in shown] == [
        ("早.jpg", "2026-11-11T09:30", None), ("late.jpg", "2026-11-11T15:00", "Canon EOS R6")]


def test_a_file_already_on_the_clause_is_not_added_twice(make_audit) -> None:
    session = make_audit()
    target = Target(clause_id=clause_id(C, "7.2"))
    data = photo()
    first = session.run(lambda tx: evidence_views.attach_all(tx, [Source("a.jpg", data=data)], target))
    added = Added()
    session.run(evidence_views.attach, Source("copy.jpg", data=data), target, added)
    assert added.failures == [("copy.jpg", "already attached here")]
    assert len(evidence_views.evidence_for_clause(session, target.clause_id or "")) == 1 and first.ops


def test_note_evidence_shows_on_its_clause_and_finding_evidence_is_used_by_the_finding(make_audit) -> None:
    session = make_audit()
    where = clause_id(C, "7.1.5.2")
    with session.transaction() as tx:
        note_id = notes.add_note(tx, where, "observation", "Caliper past due")
        finding_id = findings.create_finding(tx, grade="observation", clause_ids=[where], statement="Overdue")
    on_note = Added()
    session.run(evidence_views.attach, Source("label.png", data=_png()), Target(where, note_id=note_id), on_note)
    cited = Added()
    session.run(evidence_views.attach, Source("cage.jpg", data=photo()), Target(finding_id=finding_id), cited)
    assert [r.id for r in evidence_views.evidence_for_clause(session, where)] == on_note.evidence_ids
    clauses, used_by = evidence_views.usage(session, on_note.evidence_ids[0])
    assert [c.number for c in clauses] == ["7.1.5.2"] and used_by == []
    clauses, used_by = evidence_views.usage(session, cited.evidence_ids[0])
    assert clauses == [] and [f.id for f in used_by] == [finding_id]
    assert cited.evidence_ids[0] in evidence_views.cited_ids(session)


def test_undo_of_an_add_deletes_and_redo_restores_the_same_ids(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        finding_id = findings.create_finding(tx, grade="ofi", clause_ids=[clause_id(C, "9.2")], statement="x")
    added = Added()
    session.run(evidence_views.attach, Source("a.jpg", data=photo()), Target(finding_id=finding_id), added)
    session.run(evidence_views.remove_added, added)
    assert evidence_views.all_evidence(session) == [] and queries.findings(session)[0].evidence_ids == ()
    session.run(evidence_views.restore_added, added)
    assert [r.id for r in evidence_views.all_evidence(session)] == added.evidence_ids
    assert queries.findings(session)[0].evidence_ids == tuple(added.evidence_ids)


def test_delete_takes_the_findings_references_along_and_restore_brings_them_back(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        finding_id = findings.create_finding(tx, grade="ofi", clause_ids=[clause_id(C, "9.2")], statement="x")
    added = Added()
    session.run(evidence_views.attach, Source("a.jpg", data=photo()), Target(finding_id=finding_id), added)
    evidence_id = added.evidence_ids[0]
    links: list[str] = []
    session.run(lambda tx: links.extend(evidence_views.delete_evidence(tx, evidence_id)))
    assert evidence_views.record(session, evidence_id) is None and queries.findings(session)[0].evidence_ids == ()
    session.run(evidence_views.restore_evidence, evidence_id, links)
    assert queries.findings(session)[0].evidence_ids == (evidence_id,)


def test_rotation_and_caption_are_edits_and_the_stored_file_is_unchanged(make_audit) -> None:
    session = make_audit()
    added = Added()
    data = photo(orientation=6)
    session.run(evidence_views.attach, Source("turned.jpg", data=data), Target(), added)
    evidence_id = added.evidence_ids[0]
    before: list[object] = []
    session.run(lambda tx: before.append(evidence_views.set_rotation(tx, evidence_id, 450)))
    session.run(lambda tx: before.append(evidence_views.set_caption(tx, evidence_id, "  Kalibrierschild 校准  ")))
    found = evidence_views.record(session, evidence_id)
    assert found is not None and (found.rotation, found.caption) == (90, "Kalibrierschild 校准")
    assert before == [0, None]
    assert evidence_views.evidence_bytes(session, evidence_id) == data
    assert evidence_views.integrity_hash(found) == hashlib.sha256(data).hexdigest()
    with pytest.raises(InputError, match="multiple of 90"):
        session.run(evidence_views.set_rotation, evidence_id, 45)


def test_thumbnails_are_upright_rotated_and_cached(make_audit) -> None:
    session = make_audit()
    added = Added()
    data = photo(size=(96, 64), orientation=6)  # stored landscape, shown portrait
    session.run(evidence_views.attach, Source("turned.jpg", data=data), Target(), added)
    found = evidence_views.record(session, added.evidence_ids[0])
    assert found is not None and evidence_views.cached_image(found, image_cache.THUMB_EDGE) is None
    stored = evidence_views.stored_bytes(session, found.sha256 or "")
    made = evidence_views.make_image(found, stored, image_cache.THUMB_EDGE)
    assert Image.open(io.BytesIO(made)).size == (64, 96)
    assert evidence_views.cached_image(found, image_cache.THUMB_EDGE) == made
    with pytest.raises(InputError, match="damaged"):
        evidence_views.make_image(found, stored + b"x", image_cache.THUMB_EDGE)


def test_adding_can_be_cancelled_before_anything_is_written(make_audit) -> None:
    session = make_audit()
    with pytest.raises(evidence_views.Cancelled):
        evidence_views.add_files(session, [Source("a.jpg", data=photo())], Target(), cancelled=lambda: True)
    assert evidence_views.all_evidence(session) == []
    calls = iter((False, True))
    sources = [Source("a.jpg", data=photo()), Source("b.jpg", data=photo((1, 2, 3)))]
    added, _ = evidence_views.add_files(session, sources, Target(), cancelled=lambda: next(calls))
    assert len(added.evidence_ids) == 1 and len(evidence_views.all_evidence(session)) == 1


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 0, 255)).save(out, "PNG")
    return out.getvalue()


def test_annotated_photos_get_their_own_burnt_in_rendition(make_audit) -> None:
    from auditor_app.services import annotations

    session = make_audit()
    added = Added()
    session.run(evidence_views.attach, Source("white.jpg", data=photo((255, 255, 255), size=(200, 100))), Target(),
                added)
    evidence_id = added.evidence_ids[0]
    box = annotations.Shape("rect", 0.1, 0.1, 0.9, 0.9, color="#ff0000", width=0.05)
    session.run(annotations.set_annotations, evidence_id, [box])
    found = evidence_views.record(session, evidence_id)
    assert found is not None and found.annotations
    key, transform = evidence_views.drawing(found)
    assert key and transform is not None
    made = evidence_views.make_image(found, evidence_views.stored_bytes(session, found.sha256 or ""), 200)
    red = Image.open(io.BytesIO(made)).convert("RGB").getpixel((20, 50))
    assert red[0] > 200 and red[1] < 80  # the frame is drawn into the rendition, never into the stored file
    assert evidence_views.cached_image(found, 200) == made
    assert evidence_views.drawing(EvidenceRecord(id="plain")) == ("", None)


def test_with_reduced_copies_preferred_a_large_photo_is_stored_small_with_the_originals_hash(make_audit) -> None:
    from auditor_app.services import preferences

    preferences.save(preferences.Preferences(photo_keep_original=False, photo_long_edge=800, photo_quality=80))
    session = make_audit()
    where = clause_id(C, "8.5.1")
    noisy = Image.effect_noise((1600, 1200), 60).convert("RGB")  # detail, so the original is the larger file
    out = io.BytesIO()
    noisy.save(out, "PNG")
    big = out.getvalue()
    small = photo(size=(120, 80), taken="2026:11:11 10:00:00")
    added, _ = evidence_views.add_files(session, [Source("Werkbank.png", data=big), Source("klein.jpg", data=small)],
                                        Target(clause_id=where))
    assert added.failures == []
    stored = {r.filename: r for r in evidence_views.evidence_for_clause(session, where)}
    reduced = stored["Werkbank.jpg"]
    assert (reduced.mime, reduced.width, reduced.height) == ("image/jpeg", 800, 600)
    assert reduced.original_sha256 == hashlib.sha256(big).hexdigest() != reduced.sha256
    kept = stored["klein.jpg"]  # already within the long edge: kept as it came
    assert kept.sha256 == hashlib.sha256(small).hexdigest() and kept.original_sha256 is None
