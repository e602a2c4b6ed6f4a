"""Reaching the office store: its URL, an engine, and every driver error turned into one line (password masked)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from auditor_app.errors import InputError, KnownError

_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}


class StoreError(KnownError):
    """The store cannot be reached, refuses us, or refuses what we ask (one line, no password)."""


class PasswordNeeded(StoreError):
    """The server asks for a password that neither the URL, $PGPASSWORD nor ~/.pgpass gave: the caller may ask."""


class PasswordRefused(StoreError):
    """The server refused the password given (typed, or remembered in the OS keyring): the caller may ask again."""


class NotAssigned(StoreError):
    """The audit is in the store but not assigned to this role."""


def parse(url: str) -> URL:
    """A PostgreSQL URL for psycopg 3; libpq's own parameters (sslmode, sslrootcert, sslcert, sslkey, host=/socket
    folder, connect_timeout …) pass through from its query part."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise InputError(f"{shown(url)} is not a database URL (postgresql://ROLE@HOST[:PORT]/DATABASE)") from None
    if parsed.drivername not in _SCHEMES:
        raise InputError(f"{shown(url)} is not a PostgreSQL URL (postgresql://ROLE@HOST[:PORT]/DATABASE)")
    return parsed.set(drivername="postgresql+psycopg")


def has_password(url: str) -> bool:
    """Whether the URL itself carries a password (which the command line then warns about)."""
    try:
        parsed = make_url(url.strip())
        return bool(parsed.password) or "password" in parsed.query  # libpq takes it as a parameter too
    except (ArgumentError, ValueError):
        return False


def shown(url: str | URL) -> str:
    """The URL as every message shows it: the password masked."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except (ArgumentError, ValueError):
        return "<the store URL>"
    # libpq also takes the password as a query parameter, which render_as_string would print as it is.
    hidden = parsed.difference_update_query(["password"]).set(drivername="postgresql")
    return hidden.render_as_string(hide_password=True)


def engine(url: str, password: str | None = None) -> Engine:
    """An engine without a pool (a sync opens few connections); `password` (asked for) overrides the URL's."""
    parsed = parse(url)
    if password is not None:
        parsed = parsed.set(password=password)
    args: dict[str, Any] = {"connect_timeout": 10} if "connect_timeout" not in parsed.query else {}
    # application_name shows who is connected in pg_stat_activity (the administrator's view).
    args["application_name"] = "auditor-app"
    made = create_engine(parsed, poolclass=NullPool, connect_args=args)
    event.listen(made, "before_cursor_execute", _binary_results)
    return made


# A statement run with these execution options fetches its rows in PostgreSQL's binary format. psycopg fetches text
# by default, in which `bytea` is hex: an evidence file would cross the link at twice its size.
_BINARY_RESULTS = "auditor_app_binary_results"
BINARY = {_BINARY_RESULTS: True}


def _binary_results(conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any,
                    executemany: bool) -> None:
    if context is not None and context.execution_options.get(_BINARY_RESULTS):
        cursor.format = psycopg.pq.Format.BINARY


@contextlib.contextmanager
def errors(url: str | URL) -> Iterator[None]:
    """Turn what the driver or SQLAlchemy raises into a StoreError naming the store (masked) and the reason."""
    where = shown(url)
    try:
        yield
    except DBAPIError as exc:
        if not isinstance(exc.orig, psycopg.Error):  # the audit file's own (a pull reads it inside this block)
            raise
        raise _mapped(where, exc.orig) from None
    except psycopg.Error as exc:  # DDL run on the driver's own connection (store_ddl)
        raise _mapped(where, exc) from None
    except SQLAlchemyError as exc:
        raise StoreError(f"office store {where}: {_first_line(str(exc))}") from None


def _mapped(where: str, orig: BaseException | None) -> StoreError:
    text = _first_line(str(orig)) if orig is not None else "unknown error"
    if isinstance(orig, psycopg.errors.InsufficientPrivilege):
        if "not assigned" in text:
            return NotAssigned(f"office store {where}: {text}; nothing was synchronised (the CB's administrator "
                               "assigns audits: `auditor-app store assign`)")
        return NotAssigned(f"office store {where}: permission denied ({text}); is this role assigned to the audit "
                           "and a member of the auditors' group?")
    if isinstance(orig, psycopg.errors.UndefinedTable | psycopg.errors.InvalidSchemaName
                  | psycopg.errors.UndefinedFunction):
        return StoreError(f"office store {where}: the store is not set up in this database ({text}); the CB's "
                          "administrator runs `auditor-app store init`")
    if isinstance(orig, psycopg.OperationalError) and "no password supplied" in text:
        return PasswordNeeded(f"cannot connect to the office store {where}: the server asks for a password; give it "
                              "in $PGPASSWORD or ~/.pgpass (or use a client certificate: sslcert, sslkey)")
    if isinstance(orig, psycopg.OperationalError) and (
            orig.sqlstate == "28P01" or "password authentication failed" in text):  # invalid_password
        return PasswordRefused(f"cannot connect to the office store {where}: {_reason(text)}")
    if isinstance(orig, psycopg.OperationalError):
        return StoreError(f"cannot connect to the office store {where}: {_reason(text)}")
    return StoreError(f"office store {where}: {text}")


def _reason(text: str) -> str:
    # libpq prefixes "connection failed: connection to server at "h" (ip), port p failed: " — the URL says that.
    tail = text.rsplit(" failed: ", 1)[-1].strip()
    return re.sub(r"^(FATAL|ERROR):\s+", "", tail) or text


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first = lines[0] if lines else text.strip()
    return re.sub(r"^(FATAL|ERROR):\s+", "", first)


class Store:
    """One office store as services hold it: its URL (shown masked) and transactions on it, errors mapped."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self.url = url
        self.where = shown(url)
        self._engine = engine(url, password)
        self._held: Connection | None = None

    @contextlib.contextmanager
    def transaction(self, snapshot: bool = False) -> Iterator[Connection]:
        """One transaction, committed when the block ends; `snapshot`: REPEATABLE READ, read only (a pull reads
        the operations and files of one moment, whatever others push meanwhile).

        Every transaction of the Store runs on one connection: a push's batches each opened their own, and logging
        in (scram-sha-256, a server process) cost ~20 ms locally and five round trips, more than a batch over a slow
        link. A failed transaction drops it: the next one starts on a fresh connection."""
        with errors(self.url):
            if self._held is None:
                self._held = self._engine.connect()
            conn = self._held
            if snapshot:
                conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            try:
                with conn.begin():
                    yield conn
            except BaseException:
                self._drop()
                raise
            if snapshot:
                conn.execution_options(isolation_level=conn.default_isolation_level, postgresql_readonly=False)

    def _drop(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            with contextlib.suppress(Exception):
                held.close()

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """Errors of a connection already open (a pull's snapshot read inside the file's write) as StoreError, so
        the file's own error mapping cannot mistake a dropped store connection for a failure to save."""
        with errors(self.url):
            yield

    @property
    def key(self) -> str:
        """The store's identity for this file's meta: host, port and database, not who connects."""
        parsed = self._engine.url
        return f"{parsed.host or 'local'}:{parsed.port or 5432}/{parsed.database or ''}"

    @property
    def label(self) -> str:
        """How merge history and messages name it (no slash: merges name their sources as file names)."""
        parsed = self._engine.url
        return f"office store {parsed.host or 'local'}:{parsed.port or 5432}, database {parsed.database or ''}"

    def close(self) -> None:
        self._drop()
        self._engine.dispose()
