"""What the new-from-previous dialog reads and does off the UI thread: the previous audit's summary, the new file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app.domain import vocab
from auditor_app.errors import FileLocked, KnownError
from auditor_app.services import carry, previous_copy, queries

if TYPE_CHECKING:
    from auditor_app.services import keys

# The audit that usually follows each type in a certification cycle (ISO/IEC 17021-1 9.1.1); the others are
# followed by one of their own kind unless the auditor picks otherwise.
NEXT_TYPE = {vocab.AuditType.STAGE1.value: vocab.AuditType.STAGE2.value,
             vocab.AuditType.STAGE2.value: vocab.AuditType.SURVEILLANCE.value,
             vocab.AuditType.SURVEILLANCE.value: vocab.AuditType.SURVEILLANCE.value,
             vocab.AuditType.RECERTIFICATION.value: vocab.AuditType.SURVEILLANCE.value}


@dataclass(frozen=True)
class Preview:
    """The previous audit as the dialog shows it."""

    path: Path  # the file read: the one chosen, or a copy of it while it is open
    shown: Path  # the file chosen
    label: str
    client: str
    audit_type: str | None
    findings: int  # findings not yet closed, and earlier items not found effective: to verify
    concerns: int  # Stage 1 areas of concern: to check
    offers: tuple[carry.EditionOffer, ...]

    @property
    def next_type(self) -> str:
        kind = self.audit_type or ""
        if kind in NEXT_TYPE:
            return NEXT_TYPE[kind]
        return kind if vocab.is_known(vocab.AUDIT_TYPE_LABELS, kind) else vocab.AuditType.SURVEILLANCE.value


@dataclass(frozen=True)
class NextAudit:
    """Everything the dialog collected, as plain data for the worker."""

    path: Path
    previous: Path
    audit_type: str
    title: str
    start_date: str
    end_date: str
    update: tuple[str, ...]  # checklist keys moved to the library's newer version


def read_preview(path: Path, author: str, spare: Path) -> Preview:
    """Reads and checks the previous audit (a damaged one is refused here, before anything is asked). One that
    is open (often: in this very window) is read from a verified copy in the folder `spare`, and the new audit
    is made from that copy: what it holds is what was shown."""
    shown = path
    try:
        previous = carry.open_previous(path, author=author)
    except FileLocked:
        path = previous_copy.copy_open_audit(path, spare)
        previous = carry.open_previous(path, author=author)
    with previous:
        details = queries.details(previous)
        items = carry.carried_items(previous)
        offers = carry.edition_offers(carry.checklists_of(previous))
    kinds = [values["kind"] for _id, values in items]
    return Preview(path, shown, carry.label(details), details.client or "", details.audit_type,
                   kinds.count(vocab.CarriedKind.PREVIOUS_FINDING.value),
                   kinds.count(vocab.CarriedKind.STAGE1_CONCERN.value), tuple(offers))


def create_next(spec: NextAudit, author: str, signer: keys.Signer | None = None) -> tuple[Path, carry.CarrySummary]:
    if spec.path.exists():
        raise KnownError(f"cannot create {spec.path}: a file of that name already exists")
    session, summary = carry.new_from_previous(
        spec.path, spec.previous, author=author, audit_type=spec.audit_type, title=spec.title or None,
        start_date=spec.start_date, end_date=spec.end_date, update=spec.update, signer=signer)
    session.close()  # opened again by the window, on its own thread
    return spec.path, summary
