"""Checklist files: safe YAML loading, validation with file and line, deterministic clause ids."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor_app.errors import InputError

FORMAT = "auditor-checklist/1"
MAX_BYTES = 2_000_000
NAMESPACE = uuid.UUID("6f1c2a52-7d0e-4f55-9a43-0c4b1e2d9a10")
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
NUMBER_RE = re.compile(r"[0-9A-Z]+(\.[0-9A-Za-z]+)*")
_TOP_KEYS = {"format", "id", "title", "standard", "edition", "language", "source", "clauses"}
_REQUIRED_TOP = _TOP_KEYS
_CLAUSE_KEYS = {"number", "title", "questions", "evidence", "tags", "clauses"}


class ChecklistError(InputError):
    """A checklist file that cannot be loaded; the message names the file and line."""


def clause_id(checklist_key: str, number: str) -> str:
    """The same clause of the same checklist has the same id in every audit file."""
    return str(uuid.uuid5(NAMESPACE, f"{checklist_key}#{number}"))


def checklist_entity_id(checklist_key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"checklist#{checklist_key}"))


@dataclass(frozen=True, slots=True)
class Clause:
    number: str
    title: str
    questions: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()
    children: tuple[Clause, ...] = ()

    def walk(self, depth: int = 0, parent: str | None = None) -> Iterator[tuple[Clause, int, str | None]]:
        yield self, depth, parent
        for child in self.children:
            yield from child.walk(depth + 1, self.number)


@dataclass(frozen=True, slots=True)
class Checklist:
    key: str
    title: str
    standard: str
    edition: str
    language: str
    source: str
    clauses: tuple[Clause, ...] = field(default_factory=tuple)

    def walk(self) -> Iterator[tuple[Clause, int, str | None]]:
        for clause in self.clauses:
            yield from clause.walk()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "id": self.key, "title": self.title, "standard": self.standard,
            "edition": self.edition, "language": self.language, "source": self.source,
            "clauses": [_clause_json(c) for c in self.clauses],
        }


def _clause_json(clause: Clause) -> dict[str, Any]:
    out: dict[str, Any] = {"number": clause.number, "title": clause.title}
    if clause.questions:
        out["questions"] = list(clause.questions)
    if clause.evidence:
        out["evidence"] = list(clause.evidence)
    if clause.tags:
        out["tags"] = dict(clause.tags)
    if clause.children:
        out["clauses"] = [_clause_json(c) for c in clause.children]
    return out


class _NoAliasLoader(yaml.SafeLoader):
    """Safe loader that refuses anchors/aliases (alias bombs) instead of expanding them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise ChecklistError(f"line {mark.line + 1}: YAML aliases (*name) are not allowed")
        return super().compose_node(parent, index)


class _Reader:
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, node: yaml.Node | None, message: str) -> ChecklistError:
        where = f", line {node.start_mark.line + 1}" if node is not None else ""
        return ChecklistError(f"{self.origin}{where}: {message}")

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping of keys to values")
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                raise self.fail(key_node, f"{what}: keys must be plain words")
            if key not in allowed:
                raise self.fail(key_node, f"{what}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
            if key in out:
                raise self.fail(key_node, f"{what}: key {key!r} given twice")
            out[key] = value_node
        return out

    def text(self, node: yaml.Node, what: str, *, allow_empty: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, f"{what} must be text")
        value = str(node.value).strip()
        if not value and not allow_empty:
            raise self.fail(node, f"{what} must not be empty")
        return value

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list of texts")
        return tuple(self.text(item, f"{what} item") for item in node.value)


def parse_checklist(text: str, origin: str = "<checklist>") -> Checklist:
    """Parse and validate a checklist; raises ChecklistError naming origin and line."""
    reader = _Reader(origin)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise reader.fail(None, f"file is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        root = yaml.compose(text, Loader=_NoAliasLoader)
    except ChecklistError as exc:
        raise ChecklistError(f"{origin}, {exc}") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise ChecklistError(f"{origin}, line {line}: not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise ChecklistError(f"{origin}: not valid YAML ({exc})") from None
    if root is None:
        raise reader.fail(None, "the file is empty")
    top = reader.mapping(root, "checklist", _TOP_KEYS)
    missing = sorted(_REQUIRED_TOP - set(top))
    if missing:
        raise reader.fail(root, f"missing required key(s): {', '.join(missing)}")
    fmt = reader.text(top["format"], "format")
    if fmt != FORMAT:
        raise reader.fail(top["format"], f"format must be {FORMAT!r}, not {fmt!r}")
    key = reader.text(top["id"], "id")
    if not ID_RE.fullmatch(key):
        raise reader.fail(top["id"], "id must be lower-case letters, digits and '-' (at most 64)")
    clauses_node = top["clauses"]
    if not isinstance(clauses_node, yaml.SequenceNode) or not clauses_node.value:
        raise reader.fail(clauses_node, "clauses must be a non-empty list")
    seen: dict[str, int] = {}
    clauses = tuple(_parse_clause(reader, n, None, seen) for n in clauses_node.value)
    return Checklist(
        key=key, title=reader.text(top["title"], "title"), standard=reader.text(top["standard"], "standard"),
        edition=reader.text(top["edition"], "edition"), language=reader.text(top["language"], "language"),
        source=reader.text(top["source"], "source"), clauses=clauses,
    )


def _parse_clause(reader: _Reader, node: yaml.Node, parent: str | None, seen: dict[str, int]) -> Clause:
    keys = reader.mapping(node, "clause", _CLAUSE_KEYS)
    if "number" not in keys or "title" not in keys:
        raise reader.fail(node, "every clause needs a number and a title")
    number = reader.text(keys["number"], "clause number")
    where = f"clause {number}"
    if not NUMBER_RE.fullmatch(number):
        raise reader.fail(keys["number"], f"{where}: number must look like 7, 7.1 or 7.1.5.2")
    if number in seen:
        raise reader.fail(keys["number"], f"{where}: duplicate clause number (first at line {seen[number]})")
    seen[number] = keys["number"].start_mark.line + 1
    if parent is not None and not (number.startswith(parent + ".") and "." not in number[len(parent) + 1:]):
        raise reader.fail(keys["number"], f"{where}: number does not extend its parent's number {parent}")
    title = reader.text(keys["title"], f"{where} title")
    questions = reader.texts(keys["questions"], f"{where} questions") if "questions" in keys else ()
    evidence = reader.texts(keys["evidence"], f"{where} evidence") if "evidence" in keys else ()
    tags: tuple[tuple[str, str], ...] = ()
    if "tags" in keys:
        tag_node = keys["tags"]
        if not isinstance(tag_node, yaml.MappingNode):
            raise reader.fail(tag_node, f"{where}: tags must be a mapping of names to values")
        tags = tuple(sorted(
            (reader.text(k, f"{where} tag name"), reader.text(v, f"{where} tag value")) for k, v in tag_node.value
        ))
    children: tuple[Clause, ...] = ()
    if "clauses" in keys:
        child_node = keys["clauses"]
        if not isinstance(child_node, yaml.SequenceNode):
            raise reader.fail(child_node, f"{where}: clauses must be a list")
        children = tuple(_parse_clause(reader, n, number, seen) for n in child_node.value)
    return Clause(number, title, questions, evidence, tags, children)


def load_checklist_file(path: Path) -> Checklist:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ChecklistError(f"{path}: file is larger than {MAX_BYTES // 1_000_000} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChecklistError(f"{path}, line {line}: not UTF-8 text (byte {exc.start})") from None
    return parse_checklist(text, str(path))


def checklist_from_json(data: dict[str, Any]) -> Checklist:
    """Rebuild a checklist stored inside an audit file (validated when it was loaded)."""
    return Checklist(
        key=str(data["id"]), title=str(data["title"]), standard=str(data["standard"]),
        edition=str(data["edition"]), language=str(data["language"]), source=str(data["source"]),
        clauses=tuple(_clause_from_json(c) for c in data["clauses"]),
    )


def _clause_from_json(data: dict[str, Any]) -> Clause:
    return Clause(
        number=str(data["number"]), title=str(data["title"]),
        questions=tuple(data.get("questions", ())), evidence=tuple(data.get("evidence", ())),
        tags=tuple(sorted(dict(data.get("tags", {})).items())),
        children=tuple(_clause_from_json(c) for c in data.get("clauses", ())),
    )
