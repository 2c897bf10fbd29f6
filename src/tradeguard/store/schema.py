"""Tables of the snapshot store. One definition serves SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
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
)
