"""A throwaway PostgreSQL cluster in a temporary folder, for the office store's tests and its benchmark."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ADMIN, ADMIN_PASSWORD = "cb_admin", "admin secret"
AUDITORS = {"alice": "alice secret", "bob": "bob secret"}


class MissingServer(RuntimeError):
    """PostgreSQL's server programs are not installed."""


@dataclass(frozen=True)
class Cluster:
    folder: Path
    socket_dir: Path
    port: int

    def url(self, role: str, password: str | None = None, database: str = "store") -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{role}{secret}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the cluster's superuser over the Unix socket (trusted there)."""
        result = subprocess.run([*_as_owner(), _binary("psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                                 "-h", str(self.socket_dir), "-p", str(self.port), "-U", "postgres", "-d", database,
                                 "-c", sql], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise MissingServer("the office store's tests need PostgreSQL's server programs (initdb, pg_ctl): run "
                    "`bash scripts/setup.sh --dev`, which installs the Debian package `postgresql`")
    return Path(found[-1]).parent


def _binary(name: str) -> str:
    return str(_binaries() / name)


def psql() -> str:
    return _binary("psql")


def _as_owner() -> list[str]:
    # initdb refuses to run as root: the cluster then belongs to the `postgres` system user.
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running() -> Iterator[Cluster]:
    """A started cluster with the administrator and auditor roles; stopped and removed on leaving."""
    _binaries()
    folder = Path(tempfile.mkdtemp(prefix="auditor-store-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, sockets = folder / "data", folder / "sockets"
    owner = _as_owner()
    subprocess.run([*owner, _binary("initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                    "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*owner, "mkdir", str(sockets)], check=True)
    port = _free_port()
    # Cheap and throwaway: nothing here has to survive a crash of the machine.
    settings = (f"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{sockets}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 16MB\n"
                "max_connections = 40\n")
    subprocess.run([*owner, "sh", "-c", f"cat >> '{data}/postgresql.conf'"], input=settings, text=True, check=True)
    started = subprocess.run([*owner, _binary("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                              "-t", "60", "start"], capture_output=True, text=True, timeout=90)
    assert started.returncode == 0, started.stdout + started.stderr + (folder / "log").read_text(errors="replace")
    node = Cluster(folder, sockets, port)
    try:
        node.psql(f"CREATE ROLE {ADMIN} LOGIN CREATEROLE PASSWORD '{ADMIN_PASSWORD}'")
        for role, password in AUDITORS.items():
            node.psql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        yield node
    finally:
        subprocess.run([*owner, _binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
