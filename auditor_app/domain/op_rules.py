"""The structural rules every operation meets, whichever door it came through (edit, import, merge, check)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from auditor_app.domain.entities import ENTITIES, Kind
from auditor_app.domain.ops import EXISTS, Op, canonical_json

MAX_DEPTH = 32
# Far above the biggest bundled checklist (ISO 13485, ~56 KB as stored), far below what makes exports crawl.
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_AUTHOR = 200
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite's integer range
HLC = re.compile(r"\d{13}\.\d{5}")  # format_hlc
# Every id the program writes is str(uuid.uuid4()) or str(uuid.uuid5(...)) (clauses, checklists).
ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_IDS = re.compile(f"{ID.pattern} {ID.pattern} {ID.pattern}")
# Entity types and field names of a newer version pass as long as they are names of this shape.
NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")
_TEXT_KINDS = (Kind.TEXT, Kind.SHORT, Kind.REF, Kind.DATE, Kind.CHOICE)
_TEXT_ATTRS = ("op_id", "entity_type", "entity_id", "field", "value", "hlc", "author", "replica_id")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Problem:
    attr: str  # the operation's attribute at fault: value, hlc, parents…
    text: str

    def __str__(self) -> str:
        return f"{self.attr}: {self.text}"


def label(op: Op) -> str:
    """"note 3f2a1b9c… text": the entity (type and short id) and field an operation changes, for messages."""
    entity = op.entity_type if isinstance(op.entity_type, str) else "?"
    ident = op.entity_id[:8] + "…" if isinstance(op.entity_id, str) else "?"
    field = op.field if isinstance(op.field, str) else "?"
    return f"{_printable(entity, 40)} {_printable(ident, 12)} {_printable(field, 40)}"


def _printable(text: str, limit: int) -> str:
    text = _CONTROL.sub("?", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def author_name(name: str) -> str:
    """The name as the rules accept it: one line, no control characters, at most MAX_AUTHOR characters.

    Names come from the environment, the preferences and dialogs: what an edit stamps must pass every door.
    """
    text = " ".join(_CONTROL.sub(" ", name).split())[:MAX_AUTHOR].strip()
    return text or "unknown auditor"


def problems(op: Op) -> list[Problem]:
    """What makes the operation unsound (empty when it may enter an audit file).

    A choice outside the known ones, an unknown field or entity type pass: a newer version may write them,
    and readers show them as unknown.
    """
    if _well_formed(op):  # the usual case, in few steps; otherwise each attribute is judged on its own
        return _author_problems(op) + _value_problems(op)
    return _all_problems(op)


def _well_formed(op: Op) -> bool:
    """Every attribute but author and value is of its type and form (what _all_problems would find nothing in)."""
    texts = (op.op_id, op.entity_type, op.entity_id, op.field, op.value, op.hlc, op.author, op.replica_id)
    return (all(type(t) is str for t in texts) and _encodable("".join(texts))
            and bool(_IDS.fullmatch(f"{op.op_id} {op.entity_id} {op.replica_id}"))
            and bool(NAME.fullmatch(op.entity_type)) and bool(NAME.fullmatch(op.field)) and bool(HLC.fullmatch(op.hlc))
            and isinstance(op.parents, tuple) and all(type(p) is str and ID.fullmatch(p) for p in op.parents)
            and type(op.schema_version) is int and 1 <= op.schema_version <= 2**31)


def _all_problems(op: Op) -> list[Problem]:
    found = [Problem(attr, f"must be text, not {_kind_of(getattr(op, attr))}")
             for attr in _TEXT_ATTRS if not isinstance(getattr(op, attr), str)]
    if not isinstance(op.parents, tuple) or not all(isinstance(p, str) for p in op.parents):
        found.append(Problem("parents", "must be a list of operation ids"))
    if not isinstance(op.schema_version, int) or isinstance(op.schema_version, bool) \
            or not 1 <= op.schema_version <= 2**31:
        found.append(Problem("schema_version", "must be a positive whole number"))
    if not found:
        found = [Problem(attr, "is not valid Unicode text (an unpaired surrogate)")
                 for attr in _TEXT_ATTRS if not _encodable(getattr(op, attr))]
        if not all(_encodable(p) for p in op.parents):
            found.append(Problem("parents", "is not valid Unicode text (an unpaired surrogate)"))
    if found:
        return found  # of the wrong type or not encodable: the rest cannot be judged (nor hashed)
    for attr in ("op_id", "entity_id", "replica_id"):
        if not ID.fullmatch(getattr(op, attr)):
            found.append(Problem(attr, f"{_shown(getattr(op, attr))} is not an id (UUID text)"))
    for attr in ("entity_type", "field"):
        if not NAME.fullmatch(getattr(op, attr)):
            found.append(Problem(attr, f"{_shown(getattr(op, attr))} is not a name (a-z, 0-9, _; 64 at most)"))
    found += _parent_problems(op)
    if not HLC.fullmatch(op.hlc):
        found.append(Problem("hlc", f"{_shown(op.hlc)} is not a clock value (13 digits, '.', 5 digits)"))
    return found + _author_problems(op) + _value_problems(op)


def _parent_problems(op: Op) -> list[Problem]:
    if not isinstance(op.parents, tuple) or not all(isinstance(p, str) for p in op.parents):
        return [Problem("parents", "must be a list of operation ids")]
    bad = [p for p in op.parents if not ID.fullmatch(p)]
    return [Problem("parents", f"{_shown(bad[0])} is not an operation id (UUID text)")] if bad else []


def _author_problems(op: Op) -> list[Problem]:
    if not op.author.strip() or len(op.author) > MAX_AUTHOR or _CONTROL.search(op.author):
        return [Problem("author", f"must be a name of 1 to {MAX_AUTHOR} characters on one line")]
    return []


# Large values (a checklist's content: ~10,000 nodes) are judged once per process: every audit of the same
# checklist carries the same one, and opening, merging and checking a file would otherwise judge it each time.
_JUDGED: dict[tuple[str, str, str], tuple[Problem, ...]] = {}
_JUDGED_FROM, _JUDGED_UP_TO, _JUDGED_MAX = 1024, 1024 * 1024, 64


def _value_problems(op: Op) -> list[Problem]:
    if not _JUDGED_FROM <= len(op.value) <= _JUDGED_UP_TO:
        return _judge_value(op)
    key = (op.entity_type, op.field, op.value)
    found = _JUDGED.get(key)
    if found is None:
        if len(_JUDGED) >= _JUDGED_MAX:
            _JUDGED.clear()
        found = _JUDGED[key] = tuple(_judge_value(op))
    return list(found)


def _judge_value(op: Op) -> list[Problem]:
    raw = op.value
    if len(raw) > MAX_JSON_BYTES:  # before parsing: the size alone refuses it
        return [Problem("value", f"larger than {MAX_JSON_BYTES // (1024 * 1024)} MB")]
    try:
        decoded = json.loads(raw)
    except RecursionError:
        return [Problem("value", "nested too deeply")]
    except ValueError as exc:  # JSONDecodeError, and integers with more digits than Python converts
        return [Problem("value", f"not valid JSON ({_reason(exc)})")]
    structure = _structure_problem(decoded)
    if structure:
        return [Problem("value", structure)]
    if canonical_json(decoded) != raw:
        return [Problem("value", "not in canonical form (the program never writes it so)")]
    return [Problem("value", kind) for kind in _kind_problems(op, decoded, raw)]


def _structure_problem(decoded: Any) -> str | None:
    stack: list[tuple[Any, int]] = [(decoded, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"nested deeper than {MAX_DEPTH} levels"
        if isinstance(item, float):
            return "holds a number with a fraction or exponent (only whole numbers are allowed)"
        if isinstance(item, int) and not isinstance(item, bool) and not INT_MIN <= item <= INT_MAX:
            return "holds a whole number outside the signed 64-bit range"
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
    return None


def _kind_problems(op: Op, decoded: Any, raw: str) -> list[str]:
    if op.field == EXISTS:
        return [] if isinstance(decoded, bool) else [f"{EXISTS} must be true or false, not {_kind_of(decoded)}"]
    spec = ENTITIES.get(op.entity_type)
    fields = {f.name: f for f in spec.fields} if spec is not None else {}
    fspec = fields.get(op.field)
    if fspec is None or decoded is None:  # unknown to this version, or a cleared value
        return _bytes_problem(raw)
    kind = fspec.kind
    if kind in _TEXT_KINDS:
        if not isinstance(decoded, str):
            return [f"must be text, not {_kind_of(decoded)}"]
        if len(decoded) > fspec.max_length:
            return [f"longer than {fspec.max_length} characters ({len(decoded)})"]
        return []
    if kind is Kind.INT and (isinstance(decoded, bool) or not isinstance(decoded, int)):
        return [f"must be a whole number, not {_kind_of(decoded)}"]
    if kind is Kind.BOOL and not isinstance(decoded, bool):
        return [f"must be true or false, not {_kind_of(decoded)}"]
    if kind is Kind.LIST and not (isinstance(decoded, list) and all(isinstance(v, str) for v in decoded)):
        return ["must be a list of texts"]
    if (op.entity_type, op.field) == ("checklist", "content"):
        return _bytes_problem(raw) or _checklist_problem(decoded)
    return _bytes_problem(raw)


def _checklist_problem(decoded: Any) -> list[str]:
    # Every reader builds the clause tree from it: content it cannot read is refused like a bad value.
    from auditor_app.domain.checklist import checklist_from_json  # loads YAML support: only when needed

    try:
        checklist = checklist_from_json(decoded)
        for _clause in checklist.walk():
            pass
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        return [f"not a checklist ({type(exc).__name__}: {str(exc)[:60]})"]
    return []


def _bytes_problem(raw: str) -> list[str]:
    size = len(raw.encode("utf-8"))
    return [f"larger than {MAX_JSON_BYTES // (1024 * 1024)} MB"] if size > MAX_JSON_BYTES else []


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _kind_of(value: Any) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a fraction", str: "text", list: "a list",
             dict: "an object", bytes: "binary data", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at character {exc.pos}"
    return "a number with too many digits" if "digits" in str(exc) else str(exc)[:80]


def _shown(value: str) -> str:
    return repr(_printable(value, 40))
