"""The open interchange format: the whole audit (log, evidence, readable state) as one JSON document."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import uuid
from pathlib import Path
from typing import Any

from auditor_app import leftovers
from auditor_app.domain import op_rules
from auditor_app.domain.ops import Op, verify
from auditor_app.domain.signing import Signature
from auditor_app.errors import InputError, KnownError
from auditor_app.services import evidence_types, integrity, interchange_strip, json_text, queries, signoffs, trust
from auditor_app.services.session import AuditSession, Tx
from auditor_app.storage import file_tables, layout, log_reads, oplog, signatures
from auditor_app.storage.audit_file import AuditFile
from auditor_app.storage.fsutil import fsync_dir

FORMAT = "auditor-interchange"
VERSION = 1
MAX_BYTES = 2 * 1024 * 1024 * 1024
STRIP_AUTHOR = interchange_strip.AUTHOR
_SHA256 = re.compile(r"[0-9a-f]{64}")
_OP_FIELDS = {"op_id": str, "entity_type": str, "entity_id": str, "field": str, "value": str, "parents": list,
              "hlc": str, "author": str, "replica_id": str, "schema_version": int, "op_hash": str}


def to_document(session: AuditSession, *, strip_metadata: bool = False) -> dict[str, Any]:
    """The whole audit; with `strip_metadata`, photos are re-encoded without metadata and the document says so."""
    integrity.require_sound(session, "the export")
    with session.reading() as conn:
        log = list(oplog.all_ops(conn))
        blobs = file_tables.all_blobs(conn)
        merges = file_tables.merges(conn)
        sigs = signatures.all_signatures(oplog.driver(conn))
    ops = [oplog.op_to_row(o) for o in log]
    for row in ops:
        row["parents"] = json.loads(row["parents"])
        sig = sigs.get(row["op_id"])
        if sig is not None:  # unsigned operations have none: documents of unsigned audits stay as they were
            row["signature"] = {"audit_id": sig.audit_id, "public_key": sig.public_key, "signature": sig.signature}
    files = [interchange_strip.File(b.sha256, b.mime, bytes(b.data)) for b in blobs]
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": layout.SCHEMA_VERSION,
        "audit_id": session.audit_id,
        "state": _state(session),
    }
    if strip_metadata:
        files, document["stripped_metadata"] = interchange_strip.strip(log, files)
        interchange_strip.restate(document["state"]["evidence"], document["stripped_metadata"]["replaced"],
                                  {f.sha256: len(f.data) for f in files}, {f.sha256: f.mime for f in files})
    document["operations"] = ops
    document["evidence_files"] = [{"sha256": f.sha256, "mime": f.mime, "size": len(f.data),
                                   "base64": base64.b64encode(f.data).decode("ascii")} for f in files]
    document["merges"] = [{k: v for k, v in m._mapping.items() if k != "seq"} for m in merges]
    return document


def _state(session: AuditSession) -> dict[str, Any]:
    """A readable snapshot for other tools; derived from the operations, ignored on import."""
    from dataclasses import asdict

    meetings, attendees = queries.meetings(session)
    return {
        "audit": asdict(queries.details(session)),
        "team": [asdict(m) for m in queries.team(session)],
        "checklists": [asdict(c) for c in queries.checklists(session)],
        "clause_results": [{"id": c.id, "checklist": c.checklist_key, "number": c.number, "result": c.result,
                            "justification": c.justification, "audited_by": c.audited_by}
                           for c in queries.clauses(session) if c.result != "not_audited"],
        "notes": [asdict(n) for n in queries.notes(session)],
        "people": [asdict(p) for p in queries.people(session)],
        "evidence": [asdict(e) for e in queries.evidence(session)],
        "findings": [asdict(f) for f in queries.findings(session)],
        "plan": [asdict(p) for p in queries.plan(session)],
        "meetings": [asdict(m) for m in meetings],
        "attendees": [asdict(a) for a in attendees],
        "carried": [asdict(c) for c in queries.carried(session)],
        "concerns": [asdict(c) for c in queries.concerns(session)],
        "time_records": [asdict(t) for t in queries.time_records(session)],
        "signoffs": [asdict(s) for s in signoffs.signoffs(session)],
    }


def export_json(session: AuditSession, out: Path, *, strip_metadata: bool = False) -> Path:
    """Write the document atomically (temporary name, fsync, rename)."""
    return write_document(to_document(session, strip_metadata=strip_metadata), out)


def write_document(document: dict[str, Any], out: Path) -> Path:
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out)
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.resolve().parent)
    except OSError as exc:
        raise KnownError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def read_document(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than 2 GB")
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return validate_document(json_text.loads(text, str(path)), str(path))


def validate_document(document: Any, origin: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InputError(f"{origin}: not an auditor-app interchange file (format must be {FORMAT!r})")
    if document.get("version") != VERSION:
        raise InputError(f"{origin}: interchange version {document.get('version')!r} is not supported "
                         f"(this version reads {VERSION})")
    if not isinstance(document.get("schema_version"), int) or document["schema_version"] > layout.SCHEMA_VERSION:
        raise InputError(f"{origin}: written by a newer auditor-app (schema {document.get('schema_version')})")
    try:
        uuid.UUID(str(document.get("audit_id")))
    except ValueError:
        raise InputError(f"{origin}: audit_id is not a UUID") from None
    ops = document.get("operations")
    if not isinstance(ops, list):
        raise InputError(f"{origin}: operations must be a list")
    for index, op in enumerate(ops):
        where = f"{origin}: operations[{index}]"
        if not isinstance(op, dict):
            raise InputError(f"{where} must be an object")
        for name, kind in _OP_FIELDS.items():
            if not isinstance(op.get(name), kind) or isinstance(op.get(name), bool):
                raise InputError(f"{where}.{name} must be {kind.__name__}")
        if not all(isinstance(p, str) for p in op["parents"]):
            raise InputError(f"{where}.parents must be a list of operation ids")
        sig = op.get("signature")
        if sig is not None and not (isinstance(sig, dict) and set(sig) == _SIG_FIELDS
                                    and all(isinstance(v, str) for v in sig.values())):
            raise InputError(f"{where}.signature must be an object of texts: {', '.join(sorted(_SIG_FIELDS))}")
        candidate = _op(op)
        unsound = op_rules.problems(candidate)  # the rules merge and `check` apply too
        if unsound:
            raise InputError(f"{where}.{unsound[0].attr} ({op_rules.label(candidate)}): {unsound[0].text}")
    files = document.get("evidence_files", [])
    if not isinstance(files, list):
        raise InputError(f"{origin}: evidence_files must be a list")
    for index, item in enumerate(files):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("sha256", "mime", "base64")):
            raise InputError(f"{origin}: evidence_files[{index}] needs sha256, mime and base64 texts")
    stripped = document.get("stripped_metadata")
    if stripped is not None and not (
        isinstance(stripped, dict) and isinstance(stripped.get("note"), str)
        and isinstance(stripped.get("replaced"), dict)
        and all(isinstance(v, str) and _SHA256.fullmatch(k) and _SHA256.fullmatch(v)
                for k, v in stripped["replaced"].items())
    ):
        raise InputError(f"{origin}: stripped_metadata needs a note text and 'replaced': "
                         "{original SHA-256: SHA-256 of its copy}")
    merges = document.get("merges", [])
    if not isinstance(merges, list):
        raise InputError(f"{origin}: merges must be a list of merge records ({', '.join(sorted(_MERGE_FIELDS))})")
    for index, merge in enumerate(merges):
        if not isinstance(merge, dict) or set(merge) != _MERGE_FIELDS:
            raise InputError(f"{origin}: merges[{index}] must be a merge record ({', '.join(sorted(_MERGE_FIELDS))})")
        for name in sorted(_MERGE_FIELDS):  # each goes into a column of its type
            kind, what = (int, "a whole number") if name in ("ops_added", "blobs_added") else (str, "text")
            if not isinstance(merge[name], kind) or isinstance(merge[name], bool):
                raise InputError(f"{origin}: merges[{index}].{name} must be {what}")
    return document


_SIG_FIELDS = {"audit_id", "public_key", "signature"}
_MERGE_FIELDS = {"merged_at", "source", "source_replica", "ops_added", "blobs_added", "op_set_hash"}


def _op(o: dict[str, Any]) -> Op:
    return Op(o["op_id"], o["entity_type"], o["entity_id"], o["field"], o["value"], tuple(o["parents"]), o["hlc"],
              o["author"], o["replica_id"], o["schema_version"], o["op_hash"])


def import_json(source: Path, target: Path, *, owner: str = "") -> AuditSession:
    """Create a new audit file from an interchange document; every hash is verified first."""
    document = read_document(source)
    ops = [Op(o["op_id"], o["entity_type"], o["entity_id"], o["field"], o["value"], tuple(o["parents"]),
              o["hlc"], o["author"], o["replica_id"], o["schema_version"], o["op_hash"])
           for o in document["operations"]]
    for index, op in enumerate(ops):
        if not verify(op):
            raise InputError(f"{source}: operations[{index}] ({op.op_id}) does not match its hash "
                             "(the file was altered or damaged)")
    if len({o.op_id for o in ops}) != len(ops):
        raise InputError(f"{source}: an operation id appears twice")
    sigs = {o["op_id"]: Signature(o["op_id"], **o["signature"]) for o in document["operations"] if "signature" in o}
    untrusted, _unsigned = trust.check_log(ops, sigs, document["audit_id"])  # the same judgement as `check`
    if untrusted:
        raise InputError(f"{source}: {untrusted[0]}")
    current = interchange_strip.current_files(ops)
    names = interchange_strip.evidence_names(ops)
    replaced: dict[str, str] = (document.get("stripped_metadata") or {}).get("replaced", {})
    copies = {new: old for old, new in replaced.items()}
    blobs = []
    for index, item in enumerate(document.get("evidence_files", [])):
        try:
            data = base64.b64decode(item["base64"], validate=True)
        except ValueError:
            raise InputError(f"{source}: evidence_files[{index}] is not valid base64") from None
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            users = current.get(item["sha256"]) or current.get(copies.get(item["sha256"], ""), set())
            whose = ", the file of " + ", ".join(interchange_strip.label(e, names) for e in sorted(users)) \
                if users else ""
            raise InputError(f"{source}: evidence_files[{index}]{whose} does not match its SHA-256 "
                             "(the file was altered or damaged)")
        blobs.append({"sha256": item["sha256"], "size": len(data), "mime": item["mime"], "data": data})
    known = {b["sha256"]: b["size"] for b in blobs}
    # Only current values need their file (compaction drops the files of values it superseded); in a stripped
    # document, a replaced original needs its copy instead.
    for sha, users in sorted(current.items()):
        needed = replaced.get(sha, sha)
        if needed not in known:
            which = ", ".join(interchange_strip.label(e, names) for e in sorted(users))
            copy = f"the metadata-free copy {needed[:12]}… of its file" if sha in replaced else f"file {sha[:12]}…"
            raise InputError(f"{source}: {which} refers to {copy}, which is not in evidence_files")
    evidence_types.check_document(str(source), ops, blobs, replaced)
    merges = document.get("merges") or []

    def populate(file: AuditFile) -> None:  # runs on the temporary file: nothing is at `target` until it is whole
        session = AuditSession(file, owner)
        with file.write() as conn:
            oplog.append(conn, ops)
            signatures.add(oplog.driver(conn), sigs.values())
            if blobs:
                file_tables.add_blobs(conn, blobs)
            if merges:
                file_tables.add_merges(conn, merges)
            oplog.rebuild(conn)
            for op in ops:
                session.clock.observe(op.hlc)
            if replaced:  # the log still names the originals: record the copies, in the same transaction
                with session.acting_as(interchange_strip.AUTHOR):
                    tx = Tx(session, conn)
                    interchange_strip.record_copies(tx, replaced, current, known, names,
                                                    {b["sha256"]: b["mime"] for b in blobs})
                    tx.project()
            file.set_meta(conn, "hlc_last", session.clock.last)

    return AuditSession(AuditFile.create(target, audit_id=document["audit_id"], owner=owner, populate=populate), owner)


def recorded_copies(session: AuditSession) -> int:
    """Evidence items this file's import pointed at metadata-free copies (its own replica, the stripping author)."""
    with session.reading() as conn:
        return log_reads.entities_changed(conn, author=STRIP_AUTHOR, replica_id=session.file.replica_id,
                                          entity_type="evidence", field="sha256")
