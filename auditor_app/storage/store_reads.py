"""The office store's archive reads: the audits this role sees, their pushes, and their operations in bulk."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, func, select

from auditor_app.domain.ops import Op
from auditor_app.domain.signing import Signature
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


@dataclass(slots=True)
class Logged:
    """An audit's operations in arrival order, and their signatures by op id (as a file's log and signatures)."""

    ops: list[Op] = field(default_factory=list)
    sigs: dict[str, Signature] = field(default_factory=dict)


def ops_of(conn: Connection, audit_ids: Sequence[str]) -> dict[str, Logged]:
    """audit id -> its operations and their signatures, read in one query per few hundred audits (not one per
    audit)."""
    out: dict[str, Logged] = defaultdict(Logged)
    op = s.operation
    columns = [op.c[name] for name in op_rows.COLUMNS]
    signed = [op.c.sig_audit_id, op.c.public_key, op.c.signature]
    wanted = sorted(set(audit_ids))
    for start in range(0, len(wanted), _CHUNK):
        rows = conn.execute(select(op.c.audit_id, *signed, *columns)
                            .where(op.c.audit_id.in_(wanted[start:start + _CHUNK])).order_by(op.c.seq))
        for row in rows:
            logged = out[str(row[0])]
            one = op_rows.to_op(row[4:])
            logged.ops.append(one)
            if row[3] is not None:
                logged.sigs[one.op_id] = Signature(one.op_id, row[1] or "", row[2] or "", row[3])
    return dict(out)
