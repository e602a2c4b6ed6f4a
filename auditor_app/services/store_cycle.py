"""Coverage over the certification cycle of one chain, its audits read from the office store instead of files."""

from __future__ import annotations

import contextlib

from auditor_app.errors import InputError
from auditor_app.services import cycle_coverage, store_archive
from auditor_app.services.cycle_coverage import FileCoverage

NOT_HERE = "not in the office store or not assigned to you"


def coverage(url: str, *, chain: str | None = None, client: str | None = None,
             password: str | None = None) -> tuple[str, FileCoverage]:
    """(the store as shown, the coverage of the chain `chain` — or of the one chain of the client `client` —
    over the audits of it this role sees): the computation `cycle` runs over the same audits' files."""
    if not chain and not client:
        raise InputError("cycle --store needs --chain CHAIN_ID or --client NAME (`auditor-app store audits` lists "
                         "them)")
    with store_archive.archive(url, password=password) as held, contextlib.ExitStack() as stack:
        where, stored = held.where, {}
        for row in held.pushed:  # each audit's chain and client, as its operations derive them
            with held.replay(row) as item:
                stored[row.audit_id] = store_archive.stored(item)
        if chain:
            picked = [a for a in stored.values() if a.chain_id == chain.strip()]
            if not picked:
                raise InputError(f"office store {where}: no audit of the chain {chain} is in the store assigned to "
                                 "you (`auditor-app store audits` lists those that are)")
        else:
            picked = [a for a in stored.values() if store_archive.matches(a.client, client)]
            chains = {a.chain_id for a in picked}
            if not picked:
                raise InputError(f"office store {where}: no audit of a client named like {client!r} is in the store "
                                 "assigned to you")
            if len(chains) > 1:
                raise InputError(f"office store {where}: {len(chains)} chains match the client {client!r} ("
                                 + "; ".join(_chain_label(c, stored) for c in sorted(chains))
                                 + "); give one with --chain")
        ids = {a.audit_id for a in picked}
        # The chain's audits only are held open together: the coverage reads them side by side.
        items = [stack.enter_context(held.replay(row)) for row in held.pushed if row.audit_id in ids]
        opened = [(_origin(stored[i.row.audit_id]), i.session, i.details) for i in items]
        return where, cycle_coverage.for_sessions(opened, not_given=NOT_HERE)


def _origin(audit: store_archive.StoredAudit) -> str:
    return f"{store_archive.STORE_COPY}: {audit.title or audit.audit_id}"


def _chain_label(chain: str, stored: dict[str, store_archive.StoredAudit]) -> str:
    members = sorted((a for a in stored.values() if a.chain_id == chain), key=store_archive.chain_order)
    return f"{chain}: {members[0].client or store_archive.NO_CLIENT}, {len(members)} audit(s) from " \
           f"{members[0].kind} {members[0].start_date or 'no date'}"
