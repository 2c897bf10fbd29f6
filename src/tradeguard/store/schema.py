"""Tables of the store. One definition serves SQLite and PostgreSQL; Alembic migrations
(store/migrations) create them, so this module is the reference the migrations follow."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

list_versions = Table(
    "list_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list_id", String(100), nullable=False),
    Column("title", Text, nullable=False),
    Column("format", String(40), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("as_of", String(10)),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("entities", Integer, nullable=False),
    Column("names", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
    Column("dangling", Integer, nullable=False),
    Column("report", JSON, nullable=False),
    Column("active", Boolean, nullable=False, default=False),
    # Counts of the diff against the version this one replaced (NULL for a list's first load).
    Column("added", Integer),
    Column("removed", Integer),
    Column("changed", Integer),
    Index("ix_list_versions_list_active", "list_id", "active"),
)

list_entities = Table(
    "list_entities",
    metadata,
    Column("version_id", Integer, ForeignKey("list_versions.id"), primary_key=True),
    Column("entity_id", String(200), primary_key=True),
    Column("data", JSON, nullable=False),
)

load_failures = Table(
    "load_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("files", JSON, nullable=False),
    Column("error", Text, nullable=False),
    Column("list_id", String(100)),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    # sha256 of the token: a stolen database does not yield usable keys.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("label", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

screenings = Table(
    "screenings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("key_id", String(32)),
    Column("kind", String(20), nullable=False),
    Column("request", JSON, nullable=False),
    Column("versions", JSON, nullable=False),
    Column("algorithm", String(60), nullable=False),
    Column("algorithm_version", String(20), nullable=False),
    Column("threshold", Float, nullable=False),
    Column("decision", String(20), nullable=False),
    Column("audit_seq", Integer),
    Index("ix_screenings_key", "key_id"),
)

matches = Table(
    "matches",
    metadata,
    Column("screening_id", Integer, ForeignKey("screenings.id"), primary_key=True),
    Column("rank", Integer, primary_key=True),
    Column("entity_id", String(200), nullable=False),
    Column("score", Float, nullable=False),
    Column("alert", Boolean, nullable=False),
    Column("data", JSON, nullable=False),
)

counterparties = Table(
    "counterparties",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("external_id", String(200), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("schema", String(20)),
    Column("birth_date", String(10)),
    Column("country", String(2)),
    Column("key_id", String(32)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("screening_id", Integer, ForeignKey("screenings.id")),
    Column("counterparty_id", Integer, ForeignKey("counterparties.id")),
    Column("entity_id", String(200), nullable=False),
    # The listed entry's content hash: a decision holds until the entry itself changes.
    Column("entity_hash", String(64), nullable=False),
    Column("score", Float, nullable=False),
    Column("status", String(20), nullable=False),
    Column("proposal", String(20)),
    Column("proposed_by", String(32)),
    Column("decision", String(20)),
    Column("confirmed_by", String(32)),
    Index("ix_alerts_pair", "counterparty_id", "entity_id"),
    Index("ix_alerts_status", "status"),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", Integer, ForeignKey("alerts.id"), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("key_id", String(32), nullable=False),
    Column("action", String(20), nullable=False),
    Column("decision", String(20), nullable=False),
    Column("comment", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    # Timestamps and payloads are kept as text exactly as hashed, so no driver or database
    # type conversion can change what verification recomputes.
    Column("at", String(40), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("actor", String(32)),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# One row: the chain's head. Appenders lock it, which serialises appends, and it remembers the
# last record so that deleting records from the end of the log is detected too.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)
