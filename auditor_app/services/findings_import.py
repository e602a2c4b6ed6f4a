"""Reading back the Findings sheet the client filled in: corrective-action fields, previewed, then applied."""

from __future__ import annotations

import contextlib
import datetime
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor_app.domain import vocab
from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.errors import InputError
from auditor_app.exporters.xlsx_report import CLIENT_COLUMNS
from auditor_app.services import findings, queries
from auditor_app.services.checklist_zipguard import read_guarded
from auditor_app.services.session import AuditSession, ChangeSet

CLIENT_AUTHOR = "client import"
_FIELDS = {"Root cause": "root_cause", "Correction": "correction", "Corrective action": "corrective_action",
           "Owner": "action_owner", "Due date (YYYY-MM-DD)": "due_date", "Status": "status"}
_STATUS = {label.casefold(): key for key, label in STATUS_LABELS.items()}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Change:
    finding_id: str
    ref: str
    field: str
    old: str | None
    new: str | None

    def describe(self) -> str:
        return f"{self.ref}: {self.field.replace('_', ' ')}: {self.old or '(empty)'} → {self.new or '(empty)'}"


def preview(session: AuditSession, path: Path) -> list[Change]:
    """What importing the sheet would change; errors name the file, the row and the column."""
    rows = _read_rows(path)
    current = {f.id: f for f in queries.findings(session)}
    changes: list[Change] = []
    for row_number, values in rows:
        where = f"{path.name}, sheet Findings, row {row_number}"
        finding_id = _text(values.get("Finding id"), where, "Finding id")
        if not finding_id:
            continue
        finding = current.get(finding_id)
        if finding is None:
            raise InputError(f"{where}: the finding id is not in this audit (was the sheet made from another audit?)")
        for column, name in _FIELDS.items():
            old = getattr(finding, name)
            if column == "Status" and old and _text(values.get(column), where, column) == vocab.label(STATUS_LABELS,
                                                                                                     old):
                continue  # unchanged: also a status this version does not know, which the sheet shows marked
            new = _value(values.get(column), where, column)
            if (new or None) != (old or None):
                changes.append(Change(finding_id, finding.ref or "", name, old, new or None))
    return changes


def apply(session: AuditSession, changes: list[Change]) -> ChangeSet:
    """One transaction; every change is an operation by "client import", so the history shows who said what."""
    with session.acting_as(CLIENT_AUTHOR), session.transaction() as tx:
        for change in changes:
            findings.edit_finding(tx, change.finding_id, **{change.field: change.new})
    return session.last_change


def _value(raw: object, where: str, column: str) -> str | None:
    if isinstance(raw, datetime.datetime | datetime.date):
        return raw.strftime("%Y-%m-%d")
    text = _text(raw, where, column)
    if not text:
        return None
    if column == "Status":
        key = _STATUS.get(text.casefold())
        if key is None:
            raise InputError(f"{where}, column Status: {text!r} is not one of {', '.join(STATUS_LABELS.values())}")
        return key
    if column.startswith("Due date") and not _DATE.fullmatch(text):
        raise InputError(f"{where}, column {column}: {text!r} is not a date like 2026-12-31")
    return text


def _text(raw: object, where: str, column: str) -> str:
    if raw is None:
        return ""
    if isinstance(raw, _Formula):
        raise InputError(f"{where}, column {column}: formulas are not imported; type the value itself")
    return str(raw).strip()


class _Formula(str):
    """A cell that holds a formula (by its cell type, not by a leading "=", which text may have too)."""


def _read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    import openpyxl  # type: ignore[import-untyped]

    data = read_guarded(path)  # untrusted: size and zip-bomb checks before the workbook is parsed
    wb = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
            if "Findings" not in wb.sheetnames:
                raise InputError(f"{path.name}: no sheet named 'Findings' (sheets: {', '.join(wb.sheetnames)})")
            sheet = wb["Findings"]
            sheet.reset_dimensions()  # the stored size can be wrong; read every row that is there
            rows = ([_Formula(c.value) if c.data_type == "f" else c.value for c in row] for row in sheet.iter_rows())
            header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
            missing = [c for c in ("Finding id", *CLIENT_COLUMNS) if c not in header]
            if missing:
                raise InputError(f"{path.name}, sheet Findings, row 1: missing column(s) {', '.join(missing)}")
            out = []
            for number, values in enumerate(rows, start=2):
                if any(v is not None for v in values):
                    out.append((number, dict(zip(header, values, strict=False))))
            return out
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise InputError(f"{path.name}: not a readable Excel workbook ({type(exc).__name__})") from None
    finally:
        if wb is not None:
            with contextlib.suppress(Exception):
                wb.close()
