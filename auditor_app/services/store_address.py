"""The office store's address as an auditor fills it in (host, port, database, role, TLS) and as a URL (no password)."""

# Pure text work (urllib), no SQLAlchemy or psycopg: the preferences are read at start-up, which imports neither.

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from auditor_app.errors import InputError

DEFAULT_PORT = 5432
# libpq's sslmode values offered: verify-full checks the server's certificate and name (the default), require only
# encrypts (anyone between can pose as the server), disable sends everything in the clear.
TLS_MODES = ("verify-full", "require", "disable")
SYSTEM_CA = "system"  # libpq's sslrootcert=system: the operating system's trusted authorities (verify-full only)
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_USAGE = "postgresql://ROLE@HOST[:PORT]/DATABASE"


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    database: str
    role: str
    port: int = DEFAULT_PORT
    tls: str = "verify-full"  # libpq's sslmode; "" leaves libpq's own default (prefer)
    ca_file: str = ""  # sslrootcert: a file, or "" (verify-full: the system's authorities)
    extra: tuple[tuple[str, str], ...] = field(default=())  # other libpq parameters of a URL, kept as given

    @property
    def account(self) -> str:
        """Who connects where, as the OS keyring names a remembered password: role@host:port/database."""
        return f"{self.role}@{self.host}:{self.port}/{self.database}"


def to_url(address: Address) -> str:
    """The URL of `address` (no password ever: it is asked for, or comes from libpq's own sources)."""
    for name, value in (("host", address.host), ("database", address.database), ("role", address.role)):
        if not value.strip():
            raise InputError(f"the office store's {name} is empty")
    if not 1 <= address.port <= 65535:
        raise InputError(f"the office store's port {address.port} is not a port number (1 to 65535)")
    host = address.host.strip()
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host  # an IPv6 address
    query: list[tuple[str, str]] = []
    if address.tls:
        query.append(("sslmode", address.tls))
    if address.ca_file:
        query.append(("sslrootcert", address.ca_file))
    elif address.tls == "verify-full":
        query.append(("sslrootcert", SYSTEM_CA))
    query += [(k, v) for k, v in address.extra if k not in ("sslmode", "sslrootcert", "password")]
    netloc = f"{quote(address.role.strip(), safe='')}@{host}"
    if address.port != DEFAULT_PORT:
        netloc += f":{address.port}"
    url = f"postgresql://{netloc}/{quote(address.database.strip(), safe='')}"
    return f"{url}?{urlencode(query, safe='/:')}" if query else url


def parse(url: str) -> Address:
    """The parts of a store URL; a password in it is dropped (it is never kept)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise InputError(f"the office store's URL is not valid ({exc}): {_USAGE}") from None
    if parts.scheme not in _SCHEMES:
        raise InputError(f"the office store's URL must start with postgresql:// ({_USAGE})")
    query = parse_qsl(parts.query, keep_blank_values=True)
    values = dict(query)
    ca_file = values.get("sslrootcert", "")
    return Address(host=parts.hostname or "", database=unquote(parts.path.lstrip("/")),
                   role=unquote(parts.username or ""), port=port, tls=values.get("sslmode", ""),
                   ca_file="" if ca_file == SYSTEM_CA else ca_file,
                   extra=tuple((k, v) for k, v in query if k not in ("sslmode", "sslrootcert", "password")))


def without_password(url: str) -> str:
    """`url` with any password taken out (in the authority or as a `password` parameter); other text unchanged."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""  # not a URL at all: nothing of it is kept, in case a password is in it
    netloc = parts.netloc
    if "@" in netloc:
        who, where = netloc.rsplit("@", 1)
        netloc = f"{who.split(':', 1)[0]}@{where}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    rest = f"?{urlencode(query, safe='/:')}" if query else ""
    return f"{parts.scheme}://{netloc}{parts.path}{rest}" if parts.scheme else ""


def account(url: str) -> str:
    """The OS keyring's account for a password to this store: role@host:port/database."""
    return parse(url).account
