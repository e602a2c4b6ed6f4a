"""The office store's tables on PostgreSQL (their own MetaData and schema): audits, operations, evidence, access."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    func,
)

from auditor_app.storage import op_rows

SCHEMA = "auditor_store"  # one PostgreSQL schema holds everything, so a CB's database can hold other things too
FORMAT = 1  # the store's format, in store_meta; a newer store is refused ("update auditor-app")
AUDITORS = "auditor_app_auditors"  # the group role `store init` creates; `store assign` grants it

metadata = MetaData(schema=SCHEMA)

store_meta = Table(
    "store_meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("audit_id", Text, primary_key=True),
    Column("title", Text),
    Column("client", Text),
    Column("chain_id", Text),
    Column("previous_audit_id", Text),
    Column("created_by", Text, nullable=False),  # the login role whose first push brought it
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

assignment = Table(
    "assignment", metadata,
    Column("audit_id", Text, ForeignKey(audit.c.audit_id), primary_key=True),
    Column("role_name", Text, primary_key=True),
)

_OP_TYPES = {"schema_version": Integer}
# The audit file's `op` columns, named and ordered by storage/op_rows.py, so a row becomes the same `Op` (and hash).
operation = Table(
    "operation", metadata,
    *(Column(name, _OP_TYPES.get(name, Text), primary_key=name == "op_id", nullable=False)
      for name in op_rows.COLUMNS),
    Column("audit_id", Text, ForeignKey(audit.c.audit_id), nullable=False),
    # The file's op_sig row, when the operation is signed (all three or none).
    Column("sig_audit_id", Text), Column("public_key", Text), Column("signature", Text),
    Column("seq", BigInteger, Identity(always=True), nullable=False, unique=True),  # arrival order in the store
    Column("pushed_by", Text, nullable=False, server_default=func.current_user()),
)
Index("operation_audit_seq", operation.c.audit_id, operation.c.seq)

blob = Table(
    "blob", metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    # The server checks the content address too: a blob stored under another file's hash cannot exist.
    CheckConstraint("sha256 = encode(sha256(data), 'hex')", name="blob_content_address"),
)

audit_blob = Table(
    "audit_blob", metadata,
    Column("audit_id", Text, ForeignKey(audit.c.audit_id), primary_key=True),
    Column("sha256", Text, ForeignKey(blob.c.sha256), primary_key=True),
)

push_log = Table(
    "push_log", metadata,
    Column("seq", BigInteger, Identity(always=True), primary_key=True),
    Column("audit_id", Text, ForeignKey(audit.c.audit_id), nullable=False),
    Column("role_name", Text, nullable=False, server_default=func.current_user()),
    Column("replica_id", Text, nullable=False),
    Column("pushed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("ops_added", Integer, nullable=False),
    Column("blobs_added", Integer, nullable=False),
)

# Tables holding one audit's data: row-level security keeps each to the audits assigned to the current role.
AUDIT_TABLES = (audit, assignment, operation, audit_blob, push_log)
