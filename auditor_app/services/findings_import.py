"""Reading back the Findings sheet the client filled in: corrective-action fields, previewed, then applied."""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from auditor_app.domain import vocab
from auditor_app.domain.entities import FINDING
from auditor_app.domain.records import FindingRecord
from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.errors import InputError
from auditor_app.exporters import wording
from auditor_app.exporters.xlsx_report import CLIENT_COLUMNS, FINDING_COLUMNS, FINDINGS, SHORTENED_COLUMN
from auditor_app.exporters.xlsx_summary import sheet_name
from auditor_app.services import findings, queries
from auditor_app.services.checklist_zipguard import read_guarded
from auditor_app.services.client_cells import (
    CellRefused,
    Formula,
    as_exported,
    check_client_may,
    due_date,
    exported_fingerprints,
    status,
    text,
)
from auditor_app.services.session import AuditSession, ChangeSet

CLIENT_AUTHOR = "client import"
_FIELDS = {"Root cause": "root_cause", "Correction": "correction", "Corrective action": "corrective_action",
           "Owner": "action_owner", "Due date (YYYY-MM-DD)": "due_date", "Status": "status"}
_READERS: dict[str, Callable[[object], str | None]] = {"Status": status, "Due date (YYYY-MM-DD)": due_date}


@dataclass(frozen=True, slots=True)
class Change:
    finding_id: str
    ref: str
    field: str
    old: str | None
    new: str | None

    def describe(self) -> str:
        return f"{self.ref}: {self.field.replace('_', ' ')}: {self.old or '(empty)'} → {self.new or '(empty)'}"


class Refused(InputError):
    """Cells of the client's sheet that cannot be imported: every one is listed, and nothing is imported."""

    def __init__(self, name: str, problems: list[str]) -> None:
        count = f"{len(problems)} cells" if len(problems) > 1 else "1 cell"
        super().__init__("\n  ".join([f"{name}: nothing was imported; {count} refused:", *problems]))
        self.problems = problems


def preview(session: AuditSession, path: Path) -> list[Change]:
    """What importing the sheet would change, each value checked as the edit will check it; raises Refused
    naming every cell (file, row, column) that cannot be imported, so that a dry run fails as the import would."""
    sheet, header, titles, rows = _read_rows(path)
    # Per column (by its English title): its letter and its title as the sheet shows it; the last, as values.
    letters = {title: get_column_letter(index + 1) for index, title in enumerate(header)}
    shown = dict(zip(header, titles, strict=True))
    current = {f.id: f for f in queries.findings(session)}
    changes: list[Change] = []
    problems: list[str] = []
    for row_number, values in rows:
        def where(column: str, row: int = row_number) -> str:
            return f"{path.name}, sheet {sheet}, row {row}, column {shown[column]} (cell {letters[column]}{row})"
        try:
            finding_id = text(values.get("Finding id"))
        except CellRefused as exc:
            problems.append(f"{where('Finding id')}: {exc}")
            continue
        if not finding_id:
            continue
        finding = current.get(finding_id)
        if finding is None:
            problems.append(f"{where('Finding id')}: the finding id is not in this audit "
                            "(was the sheet made from another audit?)")
            continue
        exported = exported_fingerprints(values.get(SHORTENED_COLUMN))
        for column, name in _FIELDS.items():
            try:
                change = _change(finding, column, name, values.get(column), exported.get(column))
            except CellRefused as exc:
                problems.append(f"{where(column)}: {exc}")
                continue
            if change is not None:
                changes.append(change)
    if problems:
        raise Refused(path.name, problems)
    return changes


def _change(finding: FindingRecord, column: str, name: str, raw: object, exported: str | None) -> Change | None:
    old = getattr(finding, name)
    if column == "Status" and old and text(raw) in _status_forms(old):
        return None  # unchanged: also a status this version does not know, which the sheet shows marked
    reader = _READERS.get(column)
    if reader is not None:
        new = reader(raw)
    else:
        new = text(raw) or None
        kept = as_exported(new or "", old, exported)
        if kept is not None:
            if kept:
                return None  # text cut for Excel and sent back as it was: never an edit that loses its end
            raise CellRefused("this cell was shortened for Excel; edit the full text in the application")
    try:
        clean = FINDING.field(name).validate(new)  # the check the edit makes, so the preview refuses what it would
    except ValueError as exc:
        raise CellRefused(str(exc).removeprefix(f"{name}: ")) from None
    if (clean or None) == (old or None):
        return None
    check_client_may(finding.ref or "", finding.status, name, clean)
    return Change(finding.id, finding.ref or "", name, old, clean or None)


def apply(session: AuditSession, changes: list[Change]) -> ChangeSet:
    """One transaction; every change is an operation by "client import", so the history shows who said what."""
    with session.acting_as(CLIENT_AUTHOR), session.transaction() as tx:
        for change in changes:
            findings.edit_finding(tx, change.finding_id, **{change.field: change.new})
    return session.last_change


def _status_forms(stored: str) -> set[str]:
    """How a workbook of any report language shows a stored status (an unknown one marked in its words)."""
    return {vocab.label(STATUS_LABELS, stored)} | {w.vocab(STATUS_LABELS, stored) for w in wording.every_wording()}


def _read_rows(path: Path) -> tuple[str, list[str], list[str], list[tuple[int, dict[str, Any]]]]:
    """The Findings sheet's name, its columns' English titles, their titles as shown, and its rows (by English
    title): a workbook exported in another report language reads like an English one."""
    import openpyxl  # type: ignore[import-untyped]

    data = read_guarded(path)  # untrusted: size and zip-bomb checks before the workbook is parsed
    wb = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
            names = {sheet_name(wording.Wording(code), FINDINGS).casefold() for code in wording.LANGUAGES}
            name = next((n for n in wb.sheetnames if n.casefold() in names), None)
            if name is None:
                raise InputError(f"{path.name}: no sheet named 'Findings' (sheets: {', '.join(wb.sheetnames)})")
            sheet = wb[name]
            sheet.reset_dimensions()  # the stored size can be wrong; read every row that is there
            rows = ([Formula(c.value) if c.data_type == "f" else c.value for c in row] for row in sheet.iter_rows())
            shown = [str(h).strip() if h is not None else "" for h in next(rows, [])]
            english = wording.read_back(FINDING_COLUMNS)
            header = [english.get(title.casefold(), title) for title in shown]
            missing = [c for c in ("Finding id", *CLIENT_COLUMNS) if c not in header]
            if missing:
                raise InputError(f"{path.name}, sheet {name}, row 1: missing column(s) {', '.join(missing)}")
            out = []
            for number, values in enumerate(rows, start=2):
                if any(v is not None for v in values):
                    out.append((number, dict(zip(header, values, strict=False))))
            return name, header, shown, out
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise InputError(f"{path.name}: not a readable Excel workbook ({type(exc).__name__})") from None
    finally:
        if wb is not None:
            with contextlib.suppress(Exception):
                wb.close()
