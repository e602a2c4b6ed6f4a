"""The issued report's last section: its issue history and the signature block the PAdES signature covers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Spacer  # type: ignore[import-untyped]

from auditor_app.domain.vocab import ROLE_LABELS
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_signature import Place
from auditor_app.exporters.pdf_source import Ctx, headers, label_width, nothing
from auditor_app.exporters.wording import N_

REASON_TEXT = N_("Audit report issued")


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue of the report: its revision, when, by whom, and the earlier issues (revision, date, signer)."""

    revision: str
    issued_at: str  # "2026-12-04 17:40 UTC"
    signer: str
    role: str | None  # a team role key
    fingerprint: str | None  # the certificate's SHA-256; None: issued unsigned
    history: tuple[tuple[str, str, str], ...] = ()
    # Where the block was drawn (filled in by the layout: the last pass wins), for the signature's widget.
    placed: list[Place] = field(default_factory=list, compare=False)


class _Marked(Flowable):  # type: ignore[misc]
    """The signature block: records where on which page it was drawn."""

    def __init__(self, inner: Flowable, placed: list[Place]) -> None:
        super().__init__()
        self.inner, self.placed = inner, placed

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        x, y = self.canv.absolutePosition(0, 0)
        box = (int(x), int(y), int(x + self.width + 0.999), int(y + self.height + 0.999))
        self.placed[:] = [Place(self.canv.getPageNumber() - 1, box)]


def _fingerprint(value: str) -> str:
    pairs = [value[i:i + 2].upper() for i in range(0, len(value), 2)]
    return " ".join(":".join(pairs[i:i + 16]) for i in range(0, len(pairs), 16))


def section(ctx: Ctx, issue: Issue) -> list[Flowable]:
    t = ctx.t
    out: list[Flowable] = ctx.section("issue", t.label("Issue history"))
    rows = [*issue.history, (issue.revision, issue.issued_at, issue.signer)]
    body: list[list[Any]] = [[tx.para(revision, st.CELL), tx.para(when, st.CELL), tx.para(who or "—", st.CELL)]
                             for revision, when, who in rows]
    out.append(st.table(body, (30 * mm, 50 * mm, st.FRAME_WIDTH - 80 * mm),
                        header=headers(t, "Revision", "Issued", "Signed by")))
    out.append(Spacer(1, 8 * mm))
    if issue.fingerprint is None:
        out.append(nothing(t("This revision was issued without a digital signature.")))
        return out
    pairs = [(t.label("Signed by"), issue.signer), (t.label("Role"), t.vocab(ROLE_LABELS, issue.role)),
             (t.label("Date and time"), issue.issued_at), (t.label("Reason"), t(REASON_TEXT)),
             (t.label("Revision"), issue.revision),
             (t.label("Certificate (SHA-256)"), _fingerprint(issue.fingerprint))]
    table = st.kv_table([(label, tx.para(value, st.CELL)) for label, value in pairs if value],
                        label_width=label_width(t, 42 * mm))
    table.setStyle([("BOX", (0, 0), (-1, -1), 1, st.ACCENT), ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_SOFT)])
    note = nothing(t("Digitally signed (PAdES). Open the signature panel of a PDF reader to check it."), st.CELL)
    out.append(KeepTogether([tx.rich(tx.markup(t.label("Signature")), st.H2), _Marked(table, issue.placed),
                             Spacer(1, 2 * mm), note]))
    return out
