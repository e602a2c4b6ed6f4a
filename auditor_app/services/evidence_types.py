"""Which evidence files an audit takes in and hands to the system's viewer: typed by content, named by type."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app.domain.derive import EntityState, derive
from auditor_app.domain.ops import Op
from auditor_app.errors import InputError
from auditor_app.services import heif
from auditor_app.services.evidence import OFFICE_TYPES, sniff
from auditor_app.storage import incoming_files, log_reads
from auditor_app.storage.connection import DriverError

if TYPE_CHECKING:
    from auditor_app.services.session import AuditSession
    from auditor_app.storage.merge_store import BlobSource

# The allow-list: every type evidence may have and the name endings that belong to it (the first is the one a name
# is given when it has none of them). Whatever is not here (.desktop, .bat, .exe, .lnk, .js, a zip named .jar, a
# double extension such as invoice.pdf.bat) never enters an audit through an import or a merge.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/webp": (".webp",),
    heif.MIME: (".heic", ".heif"),
    "application/pdf": (".pdf",),
    **{mime: (suffix,) for suffix, mime in OFFICE_TYPES.items()},
}
HEAD = 64  # bytes enough to tell every allowed type apart (sniff reads at most the first 12)
UNSUPPORTED = "its content is not a supported evidence file (JPEG, PNG, WebP, HEIC, PDF or office document)"
# Text-direction marks can make "invoice\u202efdp.exe" read as "invoiceexe.pdf"; control characters have no place in
# a name either.
_DISGUISE = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_STEM_KEEP = set(" -_()[],+&'")

_FILE_FIELDS = ("sha256", "filename", "mime")
Head = tuple[bytes, str]  # a file's first bytes and the type its blob row records


def content_type(data: bytes, filename: str) -> str:
    """What the bytes are, from the allow-list (HEIC too where this machine cannot decode it); InputError if none."""
    if heif.is_heif(data):
        return heif.MIME
    return sniff(data, filename)


def _disguised(name: str) -> bool:
    return any(c in _DISGUISE or unicodedata.category(c) == "Cc" for c in name)


def name_problem(filename: str, mime: str) -> str | None:
    """What is wrong with `filename` for a file of type `mime` (None: nothing)."""
    allowed = EXTENSIONS.get(mime)
    if allowed is None:
        return f"{mime or 'no type'} is not an evidence type (JPEG, PNG, WebP, HEIC, PDF or office document)"
    if not filename:
        return "it has no file name"
    if "/" in filename or "\\" in filename:
        return "its file name holds a folder path"
    if _disguised(filename):
        return "its file name holds control or text-direction characters, which can disguise its type"
    if filename[-1] in ". ":
        return "its file name ends in a dot or a space, which Windows drops (and with them the type it shows)"
    suffix = Path(filename).suffix.lower()
    if suffix not in allowed:
        ending = f"ends in {suffix}" if suffix else "has no extension"
        return f"its name {ending}, but it is {mime} (a name ending in {' or '.join(allowed)})"
    return None


def file_problem(head: Head | None, filename: str, mime: str) -> str | None:
    """What is wrong with an evidence item recorded as `filename` and `mime` whose file starts with `head`."""
    if head is not None:
        data, stored = head
        try:
            actual = content_type(data, filename)
        except InputError:
            return UNSUPPORTED
        for recorded in (mime, stored):
            if recorded != actual:
                return f"it is recorded as {recorded or 'no type'}, but its content is {actual}"
    return name_problem(filename, mime)


def fitted_name(filename: str, mime: str) -> str:
    """The name evidence added here is recorded under: the file's own, cleaned, with the type's extension added
    when it has none of them, so every audit this program writes passes the checks of import and merge."""
    name = "".join(c for c in Path(filename).name if not _disguised(c)).replace("\\", "_").rstrip(". ")
    allowed = EXTENSIONS.get(mime)
    if allowed and Path(name).suffix.lower() not in allowed:
        name = f"{name or 'evidence'}{allowed[0]}"
    return name


def retyped_name(filename: str, mime: str) -> str:
    """The name of an item whose file became a copy of another type: the same stem with the new type's extension
    (IMG_0001.HEIC shared as a JPEG copy is IMG_0001.jpg)."""
    if Path(filename).suffix.lower() in EXTENSIONS[mime]:
        return filename
    return f"{Path(filename).stem or 'photo'}{EXTENSIONS[mime][0]}"


def opener_name(data: bytes, filename: str) -> str:
    """The name of the copy handed to the system's viewer: a stem made of the stored name's letters, digits and plain
    punctuation, and the extension of what the bytes are. The stored name's own extension is never used, so the
    system cannot pick a program (or run a script) by it; a file of any other type is refused."""
    try:
        mime = content_type(data[:HEAD], filename)
    except InputError:
        raise InputError(f"{filename or 'this file'}: not opened, {UNSUPPORTED}") from None
    stem = "".join(c if c.isalnum() or c in _STEM_KEEP else "_" for c in Path(filename).stem).strip(" ")
    return f"{stem[:120] or 'evidence'}{EXTENSIONS[mime][0]}"


# -- the doors: import and merge -----------------------------------------------------------------------------
def _heads(state: EntityState, name: str) -> list[Any]:
    found = state.fields.get(name)
    return [json.loads(h.value) for h in found.heads] if found is not None else [None]


def first_problem(ops: Iterable[Op], head_of: Callable[[str], Head | None], only: set[str] | None = None,
                  retyped: dict[str, str] | None = None) -> tuple[str, str, str] | None:
    """(evidence id, file name, what is wrong) for the first evidence item whose file breaks the rules, else None.

    Every current value counts: each side of a conflict (the lead may pick it) and deleted items (undo restores
    them). A file that is not at hand (`head_of` gives None) is judged by its recorded type and name. `retyped`
    gives the type an item takes when its file is replaced by a copy of another type (its name follows).
    """
    by_entity: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        if op.entity_type == "evidence" and (only is None or op.entity_id in only):
            by_entity[op.entity_id].append(op)
    for entity_id, entity_ops in sorted(by_entity.items()):
        state = derive("evidence", entity_id, entity_ops)
        names, mimes = _heads(state, "filename"), _heads(state, "mime")
        for sha in _heads(state, "sha256"):
            if not isinstance(sha, str):
                continue  # no file recorded: nothing that could be opened
            head = head_of(sha)
            for name in names:
                for mime in mimes:
                    shown, recorded = str(name or ""), str(mime or "")
                    if retyped and sha in retyped and retyped[sha] != recorded:
                        shown, recorded = retyped_name(shown, retyped[sha]), retyped[sha]
                    problem = file_problem(head, shown, recorded)
                    if problem:
                        return entity_id, str(name or ""), problem
    return None


def describe(entity_id: str, name: str, problem: str) -> str:
    return f"evidence {entity_id[:8]}… ({name or 'no file name'}): {problem}"


def check_document(origin: str, ops: Iterable[Op], blobs: Iterable[dict[str, Any]], replaced: dict[str, str]) -> None:
    """The import's door: every evidence item of an interchange document (the copy, for a replaced original)."""
    files: dict[str, Head] = {b["sha256"]: (b["data"][:HEAD], b["mime"]) for b in blobs}
    # A stripped document's copies stand for the originals: the import records their type (a HEIC photo's is JPEG).
    copies = {old: files[new][1] for old, new in replaced.items() if new in files}
    found = first_problem(ops, lambda sha: files.get(replaced.get(sha, sha)), retyped=copies)
    if found is not None:
        raise InputError(f"{origin}: {describe(*found)}; nothing was imported")


def check_incoming(session: AuditSession, path: Path, ops: list[Op], source: BlobSource | None = None) -> str | None:
    """The merge's door: the evidence items an incoming audit file adds or changes, with their files read from it
    (or from this audit, which may hold them already). Returns what is wrong, for the caller to refuse."""
    with session.reading() as conn:
        known = log_reads.op_ids_of_type(conn, "evidence")
        # Only new values of what decides the type: a caption edited on an item this audit already holds brings in
        # no file, whatever that item is called.
        touched = {o.entity_id for o in ops if o.entity_type == "evidence" and o.field in _FILE_FIELDS
                   and o.op_id not in known}
        if not touched:
            return None
        try:
            with incoming_files.file_starts(path, conn, HEAD, source) as head_of:
                found = first_problem(ops, head_of, touched)
        except DriverError as exc:
            return f"its evidence files cannot be read ({exc})"
    return None if found is None else f"{describe(*found)}; nothing was merged"
