"""Audit time (IAF MD 5, ISO/IEC 17021-1 9.1.4): time records, the planned auditor-days, planned against actual."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.entities import TIME_RECORD
from auditor_app.domain.time_summary import NOTE_CAP_MINUTES, AuditorDay, TimeShare, TimeSummary
from auditor_app.errors import InputError
from auditor_app.services.session import AuditSession, Tx, new_id

MAX_MINUTES = 1440  # one record is one person's time on one day
MAX_DAYS = Decimal(1000)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_NAMES = re.compile(r"\s*[,/&]\s*|\s+and\s+")
# What a plan row's auditor cell says for the whole team (the sample's opening and closing meetings say "All").
_WHOLE_TEAM = {"all", "all auditors", "team", "audit team", "whole team"}
# IAF MD 5: the time of team members not assigned as auditors does not count in the audit time.
_NOT_COUNTED = {vocab.TeamRole.TECHNICAL_EXPERT.value, vocab.TeamRole.OBSERVER.value, vocab.TeamRole.TRAINEE.value}


# -- time records -------------------------------------------------------------------------------------------
def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(TIME_RECORD.field_names)
    if unknown:
        raise InputError(f"audit time: unknown field(s) {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "auditor":
            text = " ".join(value.split()) if isinstance(value, str) else ""
            if not text:
                raise InputError("audit time: auditor: say who spent the time")
            out[name] = text
        elif name == "day":
            out[name] = _day(value)
        elif name == "minutes":
            out[name] = _minutes(value)
        elif name == "on_site":
            if not isinstance(value, bool):
                raise InputError(f"audit time: on_site: expected yes or no, got {value!r}")
            out[name] = value
        else:  # activity: optional free text on one line
            if value is not None and not isinstance(value, str):
                raise InputError(f"audit time: activity: expected text, got {value!r}")
            out[name] = " ".join((value or "").split()) or None
    return out


def _day(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise InputError(f"audit time: day: {value!r} is not a date (YYYY-MM-DD)")


def _minutes(value: Any) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        number = int(value.strip())
    if number is None:
        raise InputError(f"audit time: minutes: {value!r} is not a whole number of minutes")
    if not 1 <= number <= MAX_MINUTES:
        raise InputError(f"audit time: minutes: {number} is not between 1 and {MAX_MINUTES} (one day)")
    return number


def add_time_record(tx: Tx, *, auditor: str, day: str, minutes: int | str, on_site: bool = True,
                    activity: str | None = None) -> str:
    """Time one person spent on the audit on one day, on site or off site (planning, report writing)."""
    values = _clean({"auditor": auditor, "day": day, "minutes": minutes, "on_site": on_site, "activity": activity})
    return tx.create("time_record", new_id(), values)


def edit_time_record(tx: Tx, record_id: str, **fields: Any) -> dict[str, Any]:
    return tx.set("time_record", record_id, _clean(fields))


def delete_time_record(tx: Tx, record_id: str) -> None:
    tx.delete("time_record", record_id)


def restore_time_record(tx: Tx, record_id: str) -> None:
    tx.restore("time_record", record_id)


# -- the audit time set at the application review -------------------------------------------------------------
def planned_days_text(text: str | None) -> str | None:
    """"4,5" or " 4.50 " as "4.5"; None or blank as None; InputError for anything else or out of range."""
    if text is None or not text.strip():
        return None
    raw = text.strip().replace(",", ".")
    try:
        days = Decimal(raw) if re.fullmatch(r"\d+(\.\d+)?|\.\d+", raw) else None
    except InvalidOperation:
        days = None
    if days is None:
        raise InputError(f"planned auditor-days: {text.strip()!r} is not a number of days (e.g. 4.5)")
    if not 0 < days <= MAX_DAYS:
        raise InputError(f"planned auditor-days: {text.strip()} is not more than 0 and at most {MAX_DAYS}")
    return format(days.normalize(), "f")


def set_planned_days(tx: Tx, text: str | None) -> dict[str, Any]:
    """The audit time from the application review, in auditor-days; None (or blank) clears it."""
    return tx.set("audit", tx.session.audit_id, {"planned_auditor_days": planned_days_text(text)})


# -- planned against actual ------------------------------------------------------------------------------------
def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _clock(text: str | None) -> int | None:
    """"HH:MM" as minutes after midnight ("24:00" allowed, as an end)."""
    found = _TIME.fullmatch(text or "")
    if not found or int(found[2]) > 59 or int(found[1]) * 60 + int(found[2]) > 1440:
        return None
    return int(found[1]) * 60 + int(found[2])


def row_minutes(row: rec.PlanRow) -> int | None:
    """A plan row's length in minutes; None without a day, a start or an end, or when it does not end later."""
    start, end = _clock(row.start), _clock(row.end)
    if not row.day or not _DAY.fullmatch(row.day.strip()) or start is None or end is None or end <= start:
        return None
    return end - start


def named(cell: str | None, team: Sequence[rec.TeamMember]) -> list[str]:
    """The people a plan row's auditor cell names ("A, B", "A / B", "A & B", "A and B"; "All": the team)."""
    out: list[str] = []
    for part in _NAMES.split(cell or ""):
        name = " ".join(part.split())
        found = [m.name for m in team if m.name] if name.casefold() in _WHOLE_TEAM else [name] if name else []
        out += [n for n in found if _key(n) not in {_key(o) for o in out}]
    return out


def _moment(note: rec.NoteRecord) -> datetime | None:
    text = (note.recorded_at or note.meta.created_at or "").strip()
    if "T" not in text:
        return None  # a date alone cannot be placed between other notes
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def note_minutes(notes: Iterable[rec.NoteRecord]) -> dict[str, float]:
    """Note id -> estimated minutes: the time until the same author's next note that day, at most an hour (the
    day's last note has no later one to measure against: 0)."""
    by_author: dict[tuple[str, str], list[tuple[datetime, str]]] = defaultdict(list)
    for note in notes:
        moment = _moment(note)
        if moment is not None:
            by_author[(_key(note.meta.created_by or ""), moment.date().isoformat())].append((moment, note.id))
    out: dict[str, float] = {}
    for stamps in by_author.values():
        stamps.sort()
        for (moment, note_id), following in zip(stamps, [*stamps[1:], None], strict=True):
            gap = (following[0] - moment).total_seconds() / 60 if following else 0.0
            out[note_id] = min(float(NOTE_CAP_MINUTES), gap)
    return out


def _planned_days(text: str | None) -> float | None:
    try:
        value = planned_days_text(text)
    except InputError:
        return None  # a hand-edited value that is not a number: shown as not set
    return float(value) if value is not None else None


def compute(*, plan: Sequence[rec.PlanRow], records: Sequence[rec.TimeRecord], notes: Sequence[rec.NoteRecord],
            team: Sequence[rec.TeamMember], clauses: Sequence[rec.ClauseRecord],
            planned_days: str | None) -> TimeSummary:
    """Planned against recorded time per person and day, and time per clause and process (estimated from notes)."""
    roles = {_key(m.name): m.role for m in team if m.name}
    spelling: dict[str, str] = {_key(m.name): m.name for m in team if m.name}
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # planned, on site, off site
    titles: dict[str, list[str]] = defaultdict(list)
    for clause in clauses:
        if clause.number and clause.title and clause.title not in titles[clause.number]:
            titles[clause.number].append(clause.title)
        elif clause.number:
            titles.setdefault(clause.number, [])
    clause_plan: dict[str, float] = defaultdict(float)
    process_plan: dict[str, float] = defaultdict(float)
    process_name: dict[str, str] = {}
    processes_of: dict[str, list[str]] = defaultdict(list)  # clause number -> processes of the rows naming it
    skipped = 0
    for row in plan:
        numbers = list(dict.fromkeys(n for n in _NUMBER.findall(row.clauses or "") if n in titles))
        process = " ".join((row.process or "").split())
        if process:
            process_name.setdefault(process.casefold(), process)
            for number in numbers:
                if process.casefold() not in processes_of[number]:
                    processes_of[number].append(process.casefold())
        minutes = row_minutes(row)
        if minutes is None:
            skipped += 1
            continue
        for number in numbers:
            clause_plan[number] += minutes / len(numbers)
        if process:
            process_plan[process.casefold()] += minutes
        for name in named(row.auditor, team):
            spelling.setdefault(_key(name), name)
            cells[(_key(name), (row.day or "").strip())][0] += minutes
    for record in records:
        if record.auditor and record.day and record.minutes:
            spelling.setdefault(_key(record.auditor), record.auditor)
            cells[(_key(record.auditor), record.day)][1 if record.on_site else 2] += record.minutes
    days = [AuditorDay(spelling[who], day, planned, on, off, roles.get(who) not in _NOT_COUNTED)
            for (who, day), (planned, on, off) in cells.items()]
    days.sort(key=lambda d: (d.day, d.auditor.casefold()))
    estimated = note_minutes(notes)
    number_of = {c.id: c.number for c in clauses if c.number}
    clause_est: dict[str, float] = defaultdict(float)
    process_est: dict[str, float] = defaultdict(float)
    for note in notes:
        number = number_of.get(note.clause_id or "")
        minutes_ = estimated.get(note.id)
        if number is None or minutes_ is None:
            continue
        clause_est[number] += minutes_
        for process in processes_of.get(number, []):
            process_est[process] += minutes_ / len(processes_of[number])
    clause_shares = [TimeShare(n, " / ".join(titles[n]), clause_plan.get(n, 0.0), clause_est.get(n, 0.0))
                     for n in sorted(set(clause_plan) | set(clause_est), key=_natural)]
    process_shares = [TimeShare(process_name[p], "", process_plan.get(p, 0.0), process_est.get(p, 0.0))
                      for p in sorted(set(process_plan) | set(process_est), key=lambda p: process_name[p].casefold())]
    return TimeSummary(days=tuple(days), planned_auditor_days=_planned_days(planned_days), rows_without_times=skipped,
                       clauses=tuple(clause_shares), processes=tuple(process_shares), notes_estimated=len(estimated))


def _natural(number: str) -> list[tuple[int, int | str]]:
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", number) if part]


def summary(session: AuditSession, *, per_clause: bool = True) -> TimeSummary:
    """The audit's time figures as they are stored now (internal notes included: their time was spent too).
    Without `per_clause` the notes are not read and the estimated time per clause and process is left empty:
    the window shows only planned against actual per auditor and day, and reading 5,000 notes costs ~0.2 s."""
    from auditor_app.services import queries

    with session.reading():
        return compute(plan=queries.plan(session), records=queries.time_records(session),
                       notes=queries.notes(session) if per_clause else [], team=queries.team(session),
                       clauses=queries.clauses(session), planned_days=queries.details(session).planned_auditor_days)
