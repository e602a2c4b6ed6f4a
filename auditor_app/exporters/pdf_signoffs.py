"""The auditee's sign-offs under their meeting: the signature as drawn, who signed, when, what, and the image's hash."""

from __future__ import annotations

import io

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Image, KeepTogether  # type: ignore[import-untyped]

from auditor_app.domain import records as rec
from auditor_app.domain.vocab import SIGNOFF_KIND_LABELS
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_source import Ctx, headers, when

SIGNATURE_BOX = (55 * mm, 20 * mm)  # the largest a signature is printed: about its size on the laptop's pad
SHORT_HASH = 16  # hex digits of the image's SHA-256 printed: enough to match it with `auditor-app check`


def _signature(png: bytes | None) -> Flowable:
    if not png:
        return tx.para("—", st.CELL)
    image = Image(io.BytesIO(png))
    scale = min(SIGNATURE_BOX[0] / image.imageWidth, SIGNATURE_BOX[1] / image.imageHeight, 0.5)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


def first_line(statement: str | None) -> str:
    """The statement's first line: what the signer confirmed (the full text is in the audit file)."""
    return next((line.strip() for line in tx.clean(statement).splitlines() if line.strip()), "")


def signoff_rows(ctx: Ctx, meeting_id: str) -> list[Flowable]:
    """The sign-offs given at this meeting, oldest first; nothing when there are none."""
    data, t = ctx.data, ctx.t
    items = sorted((s for s in data.signoffs if s.meeting_id == meeting_id), key=lambda s: (s.signed_at or "", s.id))
    if not items:
        return []
    rows = [[_signature(data.signatures.get(s.image_sha256 or "")), _signer(ctx, s), _what(ctx, s)] for s in items]
    return [KeepTogether([tx.para(t.label("Signed on the screen"), st.H3),
                          st.table(rows, (60 * mm, 50 * mm, st.FRAME_WIDTH - 110 * mm),
                                   header=headers(t, "Signature", "Signed by", "Statement"))])]


def _signer(ctx: Ctx, item: rec.Signoff) -> list[Flowable]:
    cell = [tx.para(item.signer_name, st.CELL_BOLD)]
    cell += [tx.para(v, st.CELL) for v in (item.signer_role, item.organisation) if tx.clean(v).strip()]
    cell.append(tx.para(ctx.t("Signed {when}", when=when(item.signed_at)), st.CELL_SMALL))
    return cell


def _what(ctx: Ctx, item: rec.Signoff) -> list[Flowable]:
    t = ctx.t
    sha = (item.image_sha256 or "")[:SHORT_HASH]
    return [tx.para(t.vocab(SIGNOFF_KIND_LABELS, item.kind), st.CELL_BOLD),
            tx.para(first_line(item.statement), st.CELL), tx.para(t("Image SHA-256: {hash}…", hash=sha), st.CELL_SMALL)]
