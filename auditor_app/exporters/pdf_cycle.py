"""The report's section "Coverage over the certification cycle" (ISO/IEC 17021-1 9.1.3, 9.6.2, 9.6.3)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, Flowable  # type: ignore[import-untyped]

from auditor_app.domain.cycle_coverage import CycleCoverage, StandardCoverage
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.cycle_text import audit_dates, audit_kind, mark
from auditor_app.exporters.pdf_source import Ctx, headers, label_width, nothing
from auditor_app.exporters.wording import Wording

UNCOVERED = colors.HexColor("#FDE2E1")
MARK = ParagraphStyle("cycle-mark", parent=st.CELL, alignment=TA_CENTER)
MARK_WIDTH = 24 * mm  # room for "Recertification" and a date on one line each


def coverage_over_cycle(ctx: Ctx) -> list[Flowable]:
    coverage = ctx.data.cycle
    if coverage is None:  # not part of a cycle: the section is left out, not shown empty
        return []
    t = ctx.t
    out = ctx.section("cycle", t.label("Coverage over the certification cycle"))
    out.append(tx.para(t(
        "Over the certification cycle the surveillance audits together cover the whole management system "
        "(ISO/IEC 17021-1 9.1.3, 9.6.2). A clause counts as covered when an audit of the current cycle recorded a "
        "result for it (not applicable included); a heading when all the clauses under it are. The current cycle "
        "starts with the last Stage 2 or recertification audit. Results are shown for this audit; for earlier "
        "audits ✓ marks what they covered."), st.SMALL))
    out.append(_audits(t, coverage))
    for number, standard in enumerate(coverage.standards, start=1):
        out += _standard(t, coverage, standard, number)
    out += st.h2(tx.markup(t.label("Processes and sites")))
    every_process = t.plural(len(coverage.processes),
                             "All {count} processes of the chain were covered in the current cycle.",
                             "All {count} processes of the chain were covered in the current cycle.")
    processes = _list(coverage.uncovered_processes, t("No processes recorded."), every_process,
                      bool(coverage.processes))
    sites = _list(coverage.uncovered_sites, t("No sites recorded."),
                  t.plural(len(coverage.sites), "All {count} sites of the chain were covered in the current cycle.",
                           "All {count} sites of the chain were covered in the current cycle."),
                  bool(coverage.sites))
    out.append(st.kv_table([(t.label("Processes not covered"), processes), (t.label("Sites not covered"), sites)],
                           label_width=label_width(t, 42 * mm)))
    return out


def _audits(t: Wording, coverage: CycleCoverage) -> Flowable:
    names = {s.key: s.name for s in coverage.standards}
    rows = []
    for a in coverage.audits:
        percent = "<br/>".join(f"{tx.markup(names.get(k, k))}: <b>{t.percent(v / 100)}</b>" for k, v in a.percent)
        cycle = "" if a.in_cycle else f"<br/><font color='#5A6472'>{tx.markup(t.label('earlier cycle'))}</font>"
        rows.append([tx.rich(f"<b>{tx.markup(audit_kind(t, a))}</b>{cycle}", st.CELL),
                     tx.para(audit_dates(t, a), st.CELL),
                     tx.para(a.report_number or "–", st.CELL), tx.rich(percent, st.CELL_SMALL)])
    return st.table(rows, (32 * mm, 40 * mm, 30 * mm, st.FRAME_WIDTH - 102 * mm),
                    header=headers(t, "Audit", "Dates", "Report", "Clauses covered by the audit"))


def _standard(t: Wording, coverage: CycleCoverage, standard: StandardCoverage, number: int) -> list[Flowable]:
    missing = len(standard.uncovered)
    # The clauses' form follows the total ("5 of 12 clauses"), as in English.
    said = t.plural(standard.leaves, "{percent} covered in the cycle, {missing} of {total} clauses uncovered",
                    "{percent} covered in the cycle, {missing} of {total} clauses uncovered",
                    percent=t.percent(standard.percent / 100), missing=missing, total=standard.leaves)
    counts = f"<font color='#5A6472' size='9'>— {tx.markup(said)}</font>"
    out: list[Flowable] = [CondPageBreak(60 * mm), st.Heading(
        f"{tx.markup(tx.shorten(standard.name, 100))} {counts}", st.H2, key=f"cycle-std-{number}",
        outline=tx.shorten(standard.name, 60), level=1, toc=False)]
    audits = coverage.cycle
    mark_width = min(MARK_WIDTH, (st.FRAME_WIDTH - 80 * mm) / max(1, len(audits)))
    header = (*headers(t, "Clause", "Title"),
              *(f"{tx.markup(audit_kind(t, a))}<br/>{tx.markup(a.start_date)}" for a in audits))
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for i, row in enumerate(standard.rows, start=1):
        style = st.CELL_BOLD if row.depth == 0 else st.CELL
        rows.append([tx.para(row.number, style), tx.para(row.title, style),
                     *(tx.para(mark(t, m), MARK) for m in row.marks)])
        if not row.covered:
            extra.append(("BACKGROUND", (0, i), (-1, i), UNCOVERED))
    title_width = st.FRAME_WIDTH - 16 * mm - mark_width * len(audits)
    out.append(st.table(rows, (16 * mm, title_width, *(mark_width for _a in audits)), header=header, zebra=False,
                        extra=extra))
    if not missing:
        out.append(nothing(t("Every clause of this standard has been covered in the current cycle."), st.SMALL))
    return out


def _list(missing: tuple[str, ...], none_recorded: str, all_covered: str, any_recorded: bool) -> Flowable:
    if not any_recorded:
        return nothing(none_recorded, st.CELL)
    if not missing:
        return nothing(all_covered, st.CELL)
    return tx.para("\n".join(missing), st.CELL)
