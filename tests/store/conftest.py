"""A throwaway PostgreSQL cluster per test worker: the office store's tests run against a real server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster, MissingServer, running


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    try:
        with running() as node:
            yield node
    except MissingServer as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def store(cluster: Cluster) -> Cluster:
    """The cluster with an initialised store (database `store`, set up by the CB's administrator role)."""
    from auditor_app.services import store_admin

    cluster.psql(f"CREATE DATABASE store OWNER {ADMIN}")
    admin = cluster.url(ADMIN, ADMIN_PASSWORD)
    store_admin.init(admin)
    for role in AUDITORS:
        store_admin.admit(admin, role)
    return cluster
