"""Coverage over the certification cycle, read from an open audit or from the files of one client's chain."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor_app.domain import cycle_coverage as model
from auditor_app.domain import records as rec
from auditor_app.errors import InputError
from auditor_app.services import audit, carry, cycle, integrity, queries
from auditor_app.services.session import AuditSession

THIS_AUDIT = "this audit"
SHOWN_FOR = ("surveillance", "recertification")  # audits whose report reviews the cycle (ISO/IEC 17021-1 9.6)


@dataclass(frozen=True, slots=True)
class FileCoverage:
    """The coverage of the chain the given files belong to, and what the reader should know about its sources."""

    coverage: model.CycleCoverage
    notes: tuple[str, ...]
    # The audits the notes say were taken from a file's history (entries, oldest first), and that file's name:
    # for a workbook that words the note in its own language.
    taken: tuple[Mapping[str, Any], ...] = ()
    history_file: str = ""


def results(session: AuditSession) -> dict[str, dict[str, str]]:
    """Checklist key -> clause number -> result, of the clauses with one."""
    out: dict[str, dict[str, str]] = {}
    for clause in queries.clauses(session):
        if clause.result != "not_audited" and clause.number:
            out.setdefault(clause.checklist_key or "", {})[clause.number] = clause.result
    return out


def own_source(session: AuditSession, origin: str) -> model.Source:
    return model.Source(cycle.entry(session), results(session), origin)


def history_sources(details: rec.AuditDetails, origin: str, skip: Collection[str] = ()) -> list[model.Source]:
    """The audits an audit carries in its history, except those in `skip` (audit ids read from their own files)."""
    return [model.Source(e, None, origin) for e in cycle.history(details) if model.text(e.get("audit_id")) not in skip]


def for_audit(session: AuditSession) -> model.CycleCoverage:
    """The chain of the open audit: the audits before it as its history holds them, and this one as it stands."""
    details = queries.details(session)
    sources = [*history_sources(details, "history", {details.id}), own_source(session, THIS_AUDIT)]
    return model.build(sources, queries.clauses(session), queries.checklists(session))


def for_report(session: AuditSession, details: rec.AuditDetails) -> model.CycleCoverage | None:
    """What the report shows: for a surveillance or recertification audit, and any audit that carries a history."""
    if details.audit_type in SHOWN_FOR or cycle.history(details):
        return for_audit(session)
    return None


def for_files(paths: Sequence[Path], *, author: str) -> FileCoverage:
    """The chain of the given audit files (read-only, each checked as for a report). Refused: a file given twice,
    two copies of one audit, files of different chains. Audits in the newest file's history whose files were not
    given are taken from that history, and the notes say so."""
    if not paths:
        raise InputError("give the audit files of one client's chain")
    _same_file_twice(paths)
    with contextlib.ExitStack() as stack:
        opened: list[tuple[Path, AuditSession, rec.AuditDetails]] = []
        for path in paths:
            session = stack.enter_context(audit.open_audit(path, author=author, read_only=True))
            integrity.require_sound(session, "a cycle coverage report", evidence=False)
            opened.append((path, session, queries.details(session)))
        _one_chain(opened)
        return for_sessions([(p.name, s, d) for p, s, d in opened], not_given="their files were not given")


def for_sessions(opened: Sequence[tuple[str, AuditSession, rec.AuditDetails]], *, not_given: str) -> FileCoverage:
    """The coverage of one chain's audits as read (each named as its column's origin shows it: a file's name, or
    the office store's copy), whatever they were read from; audits in the newest one's history that are not among
    them are taken from that history, and the note says so and why (`not_given`)."""
    sources = {d.id: own_source(s, name) for name, s, d in opened}
    newest_name, newest, newest_details = next(o for o in opened if o[1] is _newest(opened, sources))
    taken = history_sources(newest_details, f"history of {newest_name}", set(sources))
    notes = []
    entries = tuple(s.entry for s in model.ordered(taken))
    if taken:
        named = ", ".join(carry_label(e) for e in entries)
        notes.append(f"{len(taken)} audit(s) taken from the history in {newest_name} ({not_given}): {named}")
    coverage = model.build([*taken, *sources.values()], queries.clauses(newest), queries.checklists(newest))
    return FileCoverage(coverage, tuple(notes), entries, newest_name if taken else "")


def carry_label(entry: Mapping[str, Any]) -> str:
    """An entry named as carry.label names an audit."""
    get = {key: model.text(entry.get(key)) or None for key in ("audit_id", "title", "audit_type", "start_date",
                                                                  "end_date", "report_number")}.get
    details = rec.AuditDetails(id=get("audit_id") or "", title=get("title"), audit_type=get("audit_type"),
                               start_date=get("start_date"), end_date=get("end_date"),
                               report_number=get("report_number"))
    return carry.label(details)


def _newest(opened: Sequence[tuple[str, AuditSession, rec.AuditDetails]],
            sources: dict[str, model.Source]) -> AuditSession:
    last = model.ordered(list(sources.values()))[-1]
    return next(s for _p, s, d in opened if sources[d.id] is last)


def _same_file_twice(paths: Sequence[Path]) -> None:
    seen: dict[tuple[int, int], Path] = {}
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            continue  # opening it says what is wrong, in the words every command uses
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            raise InputError(f"{path} is given twice (also as {seen[key]}); give each audit file once")
        seen[key] = path


def _one_chain(opened: list[tuple[Path, AuditSession, rec.AuditDetails]]) -> None:
    first_path, _s, first = opened[0]
    ids: dict[str, Path] = {}
    for path, _session, details in opened:
        if details.id in ids:
            raise InputError(f"{ids[details.id]} and {path} are copies of the same audit; give one of them")
        ids[details.id] = path
        if (details.chain_id or details.id) != (first.chain_id or first.id):
            raise InputError(f"{first_path} (client {first.client or 'not named'}) and {path} (client "
                             f"{details.client or 'not named'}) are not audits of the same certification cycle: "
                             "give the files of one client's chain")
