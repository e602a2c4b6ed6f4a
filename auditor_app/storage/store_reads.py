"""The office store's archive reads: the audits this role sees, their pushes, and their operations in bulk."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select

from auditor_app.domain.ops import Op
from auditor_app.storage import op_rows
from auditor_app.storage import store_schema as s

_CHUNK = 500  # audit ids per IN list


@dataclass(frozen=True, slots=True)
class AuditRow:
    """An audit as the store's own tables hold it (what a push claimed, and what was pushed since)."""

    audit_id: str
    title: str | None
    client: str | None
    chain_id: str | None
    previous_audit_id: str | None
    created_by: str
    created_at: datetime
    operations: int
    last_push_by: str | None
    last_push_at: datetime | None


def audits(conn: Connection) -> list[AuditRow]:
    """Every audit row this role may read. Row-level security chooses them: no filter here stands in for it."""
    a, op, push = s.audit, s.operation, s.push_log
    counts = select(op.c.audit_id, func.count().label("n")).group_by(op.c.audit_id).subquery()
    newest = (select(push.c.audit_id, push.c.role_name, push.c.pushed_at,
                     func.row_number().over(partition_by=push.c.audit_id,
                                            order_by=(push.c.pushed_at.desc(), push.c.seq.desc())).label("rank"))
              .subquery())
    rows = conn.execute(
        select(a.c.audit_id, a.c.title, a.c.client, a.c.chain_id, a.c.previous_audit_id, a.c.created_by,
               a.c.created_at, func.coalesce(counts.c.n, 0), newest.c.role_name, newest.c.pushed_at)
        .outerjoin(counts, counts.c.audit_id == a.c.audit_id)
        .outerjoin(newest, (newest.c.audit_id == a.c.audit_id) & (newest.c.rank == 1))
        .order_by(a.c.audit_id))
    return [AuditRow(str(r[0]), r[1], r[2], r[3], r[4], str(r[5]), r[6], int(r[7]), r[8], r[9]) for r in rows]


def ops_of(conn: Connection, audit_ids: Sequence[str]) -> dict[str, list[Op]]:
    """audit id -> its operations in arrival order, read in one query per few hundred audits (not one per audit)."""
    out: dict[str, list[Op]] = defaultdict(list)
    op = s.operation
    columns = [op.c[name] for name in op_rows.COLUMNS]
    wanted = sorted(set(audit_ids))
    for start in range(0, len(wanted), _CHUNK):
        rows = conn.execute(select(op.c.audit_id, *columns).where(op.c.audit_id.in_(wanted[start:start + _CHUNK]))
                            .order_by(op.c.seq))
        for row in rows:
            out[str(row[0])].append(op_rows.to_op(row[1:]))
    return dict(out)
