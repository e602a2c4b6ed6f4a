"""Compacting an audit file: reduced copies replace originals, the file shrinks, hashes stay verifiable."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import pytest
from photo_corpus import RED, close, corner_colours, jpeg
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import audit, evidence, integrity, library, queries, report_data
from auditor_app.services.compact import compact, plan_compaction
from auditor_app.services.image_cache import REPORT_EDGE, ImageCache

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")


def big_photo(seed: int) -> bytes:
    """A 2400×1600 photo (noise: a realistic few hundred kB per megapixel), stored rotated with EXIF and GPS."""
    picture = Image.effect_noise((2400, 1600), 40 + seed).convert("RGB")
    picture.paste(RED, (0, 0, 1200, 800))
    return jpeg(picture, orientation=6, gps=True, quality=92)


@pytest.fixture(scope="module")
def _filled_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes], dict[str, str]]:
    """The audit `filled` copies: built once per module (its six large noise photos were most of a test's CPU)."""
    folder = tmp_path_factory.mktemp("compact")
    with pytest.MonkeyPatch.context() as patch:  # the per-test folder fixture does not reach module scope
        patch.setenv("AUDITOR_APP_DATA_DIR", str(folder / "user-data"))
        patch.setenv("AUDITOR_APP_CONFIG_DIR", str(folder / "user-config"))
        session = audit.create_audit(folder / "a.audit", author="Anna Auditor",
                                     checklists=[library.get("iso9001-2015")],
                                     details={"title": "Test audit", "client": "ACME GmbH", "audit_type": "stage2"})
        originals = [big_photo(i) for i in range(5)]
        ids: dict[str, str] = {}

        def attach(tx):  # type: ignore[no-untyped-def]
            for i, data in enumerate(originals):
                ids[f"p{i}"] = evidence.attach_evidence(tx, data, f"p{i}.jpg", clause_id=CLAUSE,
                                                        caption=f"photo {i}")
            ids["twice"] = evidence.attach_evidence(tx, originals[0], "again.jpg", clause_id=CLAUSE)
            ids["small"] = evidence.attach_evidence(tx, jpeg(), "small.jpg", clause_id=CLAUSE)
            ids["deleted"] = evidence.attach_evidence(tx, big_photo(9), "deleted.jpg", clause_id=CLAUSE)
            tx.delete("evidence", ids["deleted"])
        session.run(attach)
        session.close()
    return folder / "a.audit", originals, ids


@pytest.fixture
def filled(_filled_template, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An audit with five large photos, one small one, one large photo deleted, one file cited twice: a copy of
    the module's, for this test alone."""
    template, originals, ids = _filled_template
    path = tmp_path / "a.audit"
    shutil.copyfile(template, path)
    session = audit.open_audit(path, author="Anna Auditor")
    yield session, originals, dict(ids)
    session.close()


def blobs(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with session.reading() as conn:
        return dict(conn.exec_driver_sql("SELECT sha256, size FROM blob").fetchall())


def test_plan_says_what_would_be_saved_without_writing(filled) -> None:  # type: ignore[no-untyped-def]
    session, originals, ids = filled
    before = (session.path.stat().st_size, blobs(session))
    plan = plan_compaction(session, 1200, 80)
    assert {p.evidence_id for p in plan.photos} == {ids[f"p{i}"] for i in range(5)} | {ids["twice"]}
    assert plan.bytes_now == sum(len(d) for d in originals)  # the shared file counted once
    assert 0 < plan.saving_estimate < plan.bytes_now and plan.file_size == before[0]
    assert (session.path.stat().st_size, blobs(session)) == before
    with pytest.raises(InputError):
        plan_compaction(session, 10, 80)


def test_compact_shrinks_the_file_and_keeps_hashes_verifiable(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, originals, ids = filled
    size_before = session.path.stat().st_size
    steps: list[tuple[int, int]] = []
    cache = ImageCache(tmp_path / "cache")
    report = compact(session, 1200, 80, progress=lambda d, t: steps.append((d, t)), cache=cache)
    assert report.files == 6 and not report.cancelled and not report.failed and steps[-1] == (6, 6)
    assert report.bytes_before == size_before and report.bytes_after == session.path.stat().st_size
    assert report.saved > 0.5 * sum(len(d) for d in originals)  # the originals really left the file
    assert report.backup is not None and report.backup.exists()
    path = session.path
    session.close()
    with audit.open_audit(path, author="Anna") as again:
        shown = {e.id: e for e in queries.evidence(again, CLAUSE)}
        assert set(shown) == {ids[f"p{i}"] for i in range(5)} | {ids["twice"], ids["small"]}
        for i, data in enumerate(originals):
            item = shown[ids[f"p{i}"]]
            assert item.original_sha256 == hashlib.sha256(data).hexdigest() != item.sha256
            assert (item.width, item.height, item.caption) == (1200, 800, f"photo {i}")  # upright, reduced
        assert shown[ids["twice"]].sha256 == shown[ids["p0"]].sha256  # one shared file, one reduced copy
        assert shown[ids["small"]].original_sha256 is None
        check = integrity.full_check(again)
        assert check.problems == []
        stored = blobs(again)
        assert not {hashlib.sha256(d).hexdigest() for d in originals} & set(stored)
        assert len(stored) == 5 + 1 + 1  # reduced copies, the small photo, the deleted photo (undo may need it)
        # Still shown: the report rendition comes from the reduced copy, upright.
        with again.reading() as conn:
            copy = evidence.blob_bytes(conn, shown[ids["p1"]].sha256 or "")  # verified against its hash
        assert b"Exif" not in copy and b"GPS" not in copy
        picture = report_data.photo_rendition(shown[ids["p1"]], lambda sha: copy, REPORT_EDGE)
        image = Image.open(io.BytesIO(picture or b""))
        assert image.size == (1200, 800) and close(corner_colours(image)[0], RED)
        assert cache.get(shown[ids["p1"]].sha256 or "", REPORT_EDGE) is not None  # warmed during compaction
        again.run(lambda tx: tx.restore("evidence", ids["deleted"]))
        restored = next(e for e in queries.evidence(again) if e.id == ids["deleted"])
        with again.reading() as conn:
            assert evidence.blob_bytes(conn, restored.sha256 or "")
    with audit.open_audit(report.backup, author="Anna", read_only=True) as backup:
        assert {hashlib.sha256(d).hexdigest() for d in originals} <= set(blobs(backup))


def test_compact_twice_changes_nothing_more(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, _originals, _ids = filled
    compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    assert plan_compaction(session, 1200, 80).photos == ()
    second = compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    assert second.files == 0 and second.bytes_after <= second.bytes_before


def test_cancelled_compaction_keeps_a_consistent_file(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, originals, _ids = filled
    seen: list[int] = []
    report = compact(session, 1200, 80, progress=lambda d, _t: seen.append(d), cancel=lambda: len(seen) >= 2,
                     cache=ImageCache(tmp_path / "cache"))
    assert report.cancelled and 0 < report.files < 6
    reduced = [e for e in queries.evidence(session) if e.original_sha256]
    assert len(reduced) == report.files
    assert integrity.full_check(session).problems == []
    rest = compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    assert rest.files == 6 - report.files and len(blobs(session)) == 7


def test_a_compacted_audit_round_trips_through_json(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import interchange

    session, _originals, _ids = filled
    compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    document = interchange.export_json(session, tmp_path / "a.json")
    with interchange.import_json(document, tmp_path / "b.audit", owner="Anna") as copy:
        assert len(queries.evidence(copy)) == len(queries.evidence(session))


def test_a_compacted_audit_round_trips_byte_for_byte(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import interchange
    from auditor_app.storage import compaction

    session, originals, ids = filled
    compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    first = interchange.export_json(session, tmp_path / "first.json")
    with interchange.import_json(first, tmp_path / "copy.audit", owner="Anna") as copy:
        assert integrity.full_check(copy).problems == []
        p1 = next(e for e in queries.evidence(copy) if e.id == ids["p1"])
        assert p1.original_sha256 == hashlib.sha256(originals[1]).hexdigest()  # still verifiable
        with copy.reading() as conn:
            assert compaction.referenced_blobs(conn) <= set(blobs(copy))  # every current file came along
            assert evidence.blob_bytes(conn, p1.sha256 or "")
        second = interchange.export_json(copy, tmp_path / "second.json")
        copy.run(lambda tx: tx.restore("evidence", ids["deleted"]))  # undo of the deletion still finds its file
        restored = next(e for e in queries.evidence(copy) if e.id == ids["deleted"])
        with copy.reading() as conn:
            assert evidence.blob_bytes(conn, restored.sha256 or "")
    assert first.read_bytes() == second.read_bytes()


@pytest.fixture
def member_copy(filled, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A hand-over copy taken before the lead compacts, in which Ben captions photo 1; closed, with its path."""
    from auditor_app.services import merge

    session, _originals, ids = filled
    path = merge.hand_over_copy(session, tmp_path / "ben.audit", "Ben")
    with audit.open_audit(path, author="Ben") as ben:
        ben.run(lambda tx: tx.set("evidence", ids["p1"], {"caption": "Kalibrieretikett 校准标签"}))
    compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    return path


def test_an_uncompacted_copy_merges_into_a_compacted_audit(filled, member_copy: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    from auditor_app.services import merge

    session, originals, ids = filled
    reduced = {e.id: e.sha256 for e in queries.evidence(session)}
    report = merge.merge_into(session, [member_copy], backup_first=False)
    assert report.conflicts == () and report.files[0].ops_added == 1
    # The copy still holds the originals, and a merge copies every file the target lacks: they come back. That is
    # acceptable: nothing refers to them any more, the photos keep showing the reduced copies, and the next
    # compaction drops them again.
    assert report.files[0].blobs_added == 5
    shown = {e.id: e for e in queries.evidence(session)}
    assert {k: e.sha256 for k, e in shown.items()} == reduced
    assert shown[ids["p1"]].caption == "Kalibrieretikett 校准标签"
    assert shown[ids["p1"]].original_sha256 == hashlib.sha256(originals[1]).hexdigest()
    assert integrity.full_check(session).problems == []
    from auditor_app.services import interchange
    from auditor_app.storage import compaction

    stripped = interchange.to_document(session, strip_metadata=True)  # leaves out what nothing refers to
    copies = stripped["stripped_metadata"]["replaced"]
    with session.reading() as conn:
        current = compaction.referenced_blobs(conn)
    assert {f["sha256"] for f in stripped["evidence_files"]} == {copies.get(h, h) for h in current}
    assert "5 file(s) no evidence refers to any more" in stripped["stripped_metadata"]["note"]
    again = compact(session, 1200, 80, cache=ImageCache(tmp_path / "cache"))
    assert again.files == 0 and not {hashlib.sha256(d).hexdigest() for d in originals} & set(blobs(session))


def test_a_compacted_audit_merges_into_an_uncompacted_copy(filled, member_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import merge

    session, originals, ids = filled
    reduced = {e.id: (e.sha256, e.original_sha256) for e in queries.evidence(session)}
    lead_path = session.path
    session.close()
    with audit.open_audit(member_copy, author="Ben") as ben:
        report = merge.merge_into(ben, [lead_path], backup_first=False)
        assert report.conflicts == () and report.files[0].blobs_added == 5  # the reduced copies
        shown = {e.id: e for e in queries.evidence(ben)}
        assert {k: (e.sha256, e.original_sha256) for k, e in shown.items()} == reduced
        assert shown[ids["p1"]].caption == "Kalibrieretikett 校准标签"
        assert integrity.full_check(ben).problems == []
        with ben.reading() as conn:  # the photo shown is the reduced copy, whole and verified
            picture = Image.open(io.BytesIO(evidence.blob_bytes(conn, shown[ids["p1"]].sha256 or "")))
        assert picture.size == (1200, 800)
        assert {hashlib.sha256(d).hexdigest() for d in originals} <= set(blobs(ben))  # until Ben compacts too
