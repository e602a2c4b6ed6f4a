"""The database connection, rows and errors as services name them, so that only storage imports SQLAlchemy."""

from __future__ import annotations

import sqlite3
from typing import Any, TypeAlias

from sqlalchemy import Connection as Connection  # re-exported: the handle services pass to storage's functions
from sqlalchemy import Row
from sqlalchemy.exc import DBAPIError

AnyRow: TypeAlias = Row[*tuple[Any, ...]]  # a row of any columns, read by name (`row.ref`)
DatabaseError = DBAPIError  # an error SQLite raised through SQLAlchemy (its `orig` is the driver's)
DriverError = sqlite3.Error  # the same raised by the driver itself (reads through `oplog.driver`)
