"""Checks an untrusted .xlsx container (size, entries, zip bombs, merged cells) before openpyxl parses it."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import ParseError, iterparse  # type: ignore[import-untyped]

from auditor_app.domain.checklist import ChecklistError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_ENTRY_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100
# Below this size a high ratio is harmless (a tiny XML part of repeated tags compresses well).
RATIO_FLOOR = 1024 * 1024
_CHUNK = 256 * 1024
_EOCD = b"PK\x05\x06"
# Excel saves a password-protected workbook (and the old .xls format) as an OLE compound file, not a zip.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_guarded(path: Path) -> bytes:
    """The file's bytes, once checked; openpyxl is then given these bytes, so the file cannot change in between."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ChecklistError(f"{name}: refused: the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(f"{name}: cannot read ({exc.strerror or exc})") from None
    _check_zip(data, name)
    return data


def _declared_entries(data: bytes) -> int | None:
    # Counted from the end record before zipfile builds its index: a forged central directory
    # with a million entries would otherwise cost seconds and hundreds of MB before any check.
    at = data.rfind(_EOCD, max(0, len(data) - 22 - 65535))
    if at < 0 or at + 12 > len(data):
        return None
    return int.from_bytes(data[at + 10:at + 12], "little")


def _check_zip(data: bytes, name: str) -> None:
    bomb = f"{name}: refused: {{}} (possible zip bomb)"
    if data.startswith(_OLE):
        raise ChecklistError(f"{name}: the workbook is password-protected or in the old .xls format; "
                             "save it as .xlsx without a password")
    declared = _declared_entries(data)
    if declared is None or not zipfile.is_zipfile(io.BytesIO(data)):
        raise ChecklistError(f"{name}: not an Excel .xlsx file (it is not a zip archive, or it is damaged)")
    if declared > MAX_ENTRIES:
        raise ChecklistError(bomb.format(f"{declared} entries in the archive (at most {MAX_ENTRIES})"))
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ChecklistError(bomb.format(f"{len(infos)} entries in the archive (at most {MAX_ENTRIES})"))
            if len({i.filename for i in infos}) != len(infos):
                raise ChecklistError(f"{name}: not a valid .xlsx file (two archive entries have the same name)")
            for info in infos:
                if info.flag_bits & 0x1:
                    raise ChecklistError(f"{name}: the workbook is password-protected; save it without a password")
                total = _drain(archive, info, total, bomb)
    except ChecklistError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ChecklistError(f"{name}: not an Excel .xlsx file (damaged archive: {exc})") from None


def _drain(archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: int, bomb: str) -> int:
    """Decompress one entry for real: the sizes in the central directory are whatever the file's author wrote."""
    produced = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            produced += len(chunk)
            total += len(chunk)
            if produced > MAX_ENTRY_BYTES:
                raise ChecklistError(bomb.format(
                    f"entry {info.filename} unpacks to more than {MAX_ENTRY_BYTES // 2**20} MB"))
            if total > MAX_TOTAL_BYTES:
                raise ChecklistError(bomb.format(f"the archive unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB"))
            if produced > RATIO_FLOOR and produced > MAX_RATIO * max(info.compress_size, 1):
                raise ChecklistError(bomb.format(
                    f"entry {info.filename} is compressed more than {MAX_RATIO} times"))
    return total


def first_merged_range(data: bytes, part: str, where: str) -> str | None:
    """The first merged range (e.g. "A3:B3") of a worksheet part; openpyxl's read-only mode does not report them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part) as stream:
            for _event, element in iterparse(stream):
                tag = element.tag
                if tag == "mergeCell" or tag.endswith("}mergeCell"):
                    return str(element.get("ref", "?"))
                element.clear()
    except (DefusedXmlException, ParseError, KeyError, zipfile.BadZipFile, zlib.error, OSError, ValueError) as exc:
        raise ChecklistError(f"{where}: the sheet cannot be read ({exc})") from None
    return None
