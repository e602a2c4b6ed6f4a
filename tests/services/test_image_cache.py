"""The derived-image cache: upright, rotated, metadata-free outputs; hits; threads; a broken cache folder."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest
from photo_corpus import BLUE, GREEN, RED, close, corner_colours, jpeg, png, truncated_jpeg
from PIL import Image, ImageDraw

from auditor_app.errors import InputError
from auditor_app.services import image_cache
from auditor_app.services.image_cache import REPORT_EDGE, THUMB_EDGE, ImageCache


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(tmp_path: Path, orientation: int) -> None:
    data = jpeg(orientation=orientation)
    out = opened(ImageCache(tmp_path).make(data, "image/jpeg", sha(data), THUMB_EDGE))
    assert out.size == (120, 80)  # landscape again, never enlarged
    top_left, top_right, bottom_left = corner_colours(out)
    assert close(top_left, RED) and close(top_right, BLUE) and close(bottom_left, GREEN)


@pytest.mark.parametrize(("rotation", "size", "corner"), [(90, (80, 120), GREEN), (180, (120, 80), None),
                                                          (270, (80, 120), BLUE), (-90, (80, 120), BLUE)])
def test_rotation_turns_the_upright_picture_clockwise(tmp_path: Path, rotation: int, size: tuple[int, int],
                                                      corner: tuple[int, int, int] | None) -> None:
    data = jpeg(orientation=6)  # rotation is added to the EXIF-corrected picture
    out = opened(ImageCache(tmp_path).make(data, "image/jpeg", sha(data), THUMB_EDGE, rotation=rotation))
    assert out.size == size
    top_left, _, _ = corner_colours(out)
    if corner is None:  # 180°: the red quarter ends bottom-right
        assert not close(top_left, RED) and close(out.getpixel((110, 70)), RED)  # type: ignore[arg-type]
    else:
        assert close(top_left, corner)


def test_output_carries_no_exif_gps_or_camera(tmp_path: Path) -> None:
    data = jpeg(gps=True, camera=("Canon", "EOS R5"), taken="2024:05:14 09:12:00", orientation=3)
    assert b"Canon" in data
    for edge in (THUMB_EDGE, REPORT_EDGE):
        out = ImageCache(tmp_path).make(data, "image/jpeg", sha(data), edge)
        image = opened(out)
        assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info
        assert b"Exif" not in out and b"Canon" not in out and b"GPS" not in out


def test_large_photo_is_shrunk_to_the_edge_and_cached(tmp_path: Path) -> None:
    data = jpeg(Image.new("RGB", (2000, 1500), (90, 120, 150)))
    cache = ImageCache(tmp_path)
    calls: list[int] = []

    def load() -> bytes:
        calls.append(1)
        return data
    first = cache.get_or_make(load, "image/jpeg", sha(data), THUMB_EDGE)
    again = cache.get_or_make(load, "image/jpeg", sha(data), THUMB_EDGE)
    assert opened(first).size == (320, 240) and first == again and len(calls) == 1
    assert cache.get(sha(data), THUMB_EDGE) == first
    assert cache.get(sha(data), REPORT_EDGE) is None and cache.get(sha(data), THUMB_EDGE, rotation=90) is None
    assert opened(ImageCache(tmp_path).get(sha(data), THUMB_EDGE) or b"").size == (320, 240)  # a new process too


def test_png_and_edits_get_their_own_entries(tmp_path: Path) -> None:
    data = png()
    cache = ImageCache(tmp_path)

    def draw(image: Image.Image) -> Image.Image:
        ImageDraw.Draw(image).rectangle((0, 0, 10, 10), fill=(0, 0, 0))
        return image
    plain = cache.make(data, "image/png", sha(data), THUMB_EDGE)
    edited = cache.get_or_make(lambda: data, "image/png", sha(data), THUMB_EDGE, edit_key="arrow:1", transform=draw)
    assert plain != edited and cache.get(sha(data), THUMB_EDGE, edit_key="arrow:1") == edited
    assert close(opened(edited).getpixel((3, 3)), (0, 0, 0))  # type: ignore[arg-type]
    assert close(opened(plain).getpixel((3, 3)), RED)  # type: ignore[arg-type]


def test_undecodable_photos_raise_input_error(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path)
    for data, mime in ((truncated_jpeg(), "image/jpeg"), (b"hello, not a photo", "image/jpeg"),
                       (b"%PDF-1.7", "application/pdf")):
        with pytest.raises(InputError):
            cache.make(data, mime, sha(data), THUMB_EDGE)
    assert not list(tmp_path.rglob("*.jpg"))


def test_concurrent_use_from_threads_computes_each_photo_once(tmp_path: Path) -> None:
    photos = [jpeg(Image.new("RGB", (900, 600), (i * 20, 100, 200 - i * 20))) for i in range(4)]
    cache = ImageCache(tmp_path)
    loads: dict[str, int] = {}
    results: dict[tuple[int, int], bytes] = {}
    lock = threading.Lock()

    def worker(n: int) -> None:
        for i, data in enumerate(photos):
            def load(data: bytes = data) -> bytes:
                with lock:
                    loads[sha(data)] = loads.get(sha(data), 0) + 1
                return data
            results[n, i] = cache.get_or_make(load, "image/jpeg", sha(data), THUMB_EDGE)
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(loads.values()) == {1}  # each photo decoded once although eight threads asked at once
    for i in range(4):
        assert len({results[n, i] for n in range(8)}) == 1
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")]  # no half-written files left


def test_a_broken_cache_folder_falls_back_to_computing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    data = jpeg()
    cache = ImageCache(blocker)
    out = cache.get_or_make(lambda: data, "image/jpeg", sha(data), THUMB_EDGE)
    assert opened(out).size == (120, 80) and cache.get(sha(data), THUMB_EDGE) is None


def test_unusable_user_data_folder_disables_the_default_cache(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x")
    monkeypatch.setenv("AUDITOR_APP_DATA_DIR", str(blocker / "inside"))
    data = jpeg()
    cache = ImageCache()
    assert cache.root is None
    assert opened(cache.make(data, "image/jpeg", sha(data), THUMB_EDGE)).size == (120, 80)


def test_a_damaged_cache_entry_is_a_miss_and_the_default_lives_in_user_data(tmp_path: Path) -> None:
    data = jpeg()
    cache = ImageCache()
    assert cache.root == tmp_path / "user-data" / "cache" / "images"
    cache.make(data, "image/jpeg", sha(data), THUMB_EDGE)
    [entry] = (tmp_path / "user-data").rglob("*.jpg")
    entry.write_bytes(entry.read_bytes()[:100])  # a disk error cut the file
    assert cache.get(sha(data), THUMB_EDGE) is None
    assert cache.get("../../etc/passwd", THUMB_EDGE) is None
    assert image_cache.shared() is image_cache.shared()
