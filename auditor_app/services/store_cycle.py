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
        where, stored, chains = held.where, {}, set()
        kept: list[store_archive.Replayed] = []
        for replaying in held.replays(held.pushed):  # each audit's chain and client, as its operations derive them
            with contextlib.ExitStack() as one:
                item = one.enter_context(replaying)
                audit = stored[item.row.audit_id] = store_archive.stored(item)
                wanted = audit.chain_id == chain.strip() if chain else store_archive.matches(audit.client, client)
                if not wanted:
                    continue
                # The chain's audits stay open (the coverage reads them side by side): each is replayed once. A
                # client's second chain is refused below: none is held open any more.
                chains.add(audit.chain_id)
                if len(chains) == 1:
                    kept.append(item)
                    stack.enter_context(one.pop_all())
                elif kept:
                    stack.close()
                    kept.clear()
        if chain:
            if not chains:
                raise InputError(f"office store {where}: no audit of the chain {chain} is in the store assigned to "
                                 "you (`auditor-app store audits` lists those that are)")
        else:
            if not chains:
                raise InputError(f"office store {where}: no audit of a client named like {client!r} is in the store "
                                 "assigned to you")
            if len(chains) > 1:
                raise InputError(f"office store {where}: {len(chains)} chains match the client {client!r} ("
                                 + "; ".join(_chain_label(c, stored) for c in sorted(chains))
                                 + "); give one with --chain")
        opened = [(_origin(stored[i.row.audit_id]), i.session, i.details) for i in kept]
        return where, cycle_coverage.for_sessions(opened, not_given=NOT_HERE)


def _origin(audit: store_archive.StoredAudit) -> str:
    return f"{store_archive.STORE_COPY}: {audit.title or audit.audit_id}"


def _chain_label(chain: str, stored: dict[str, store_archive.StoredAudit]) -> str:
    members = sorted((a for a in stored.values() if a.chain_id == chain), key=store_archive.chain_order)
    return f"{chain}: {members[0].client or store_archive.NO_CLIENT}, {len(members)} audit(s) from " \
           f"{members[0].kind} {members[0].start_date or 'no date'}"
