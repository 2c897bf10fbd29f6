from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    inspect,
    select,
    text,
)

from tradeguard.store.database import open_database
from tradeguard.store.snapshots import SnapshotStore

SERVICE_TABLES = {
    "api_keys",
    "screenings",
    "matches",
    "counterparties",
    "alerts",
    "decisions",
    "audit_log",
    "audit_head",
    "list_versions",
    "list_entities",
    "load_failures",
}


def test_migrations_create_every_table_and_are_idempotent(db_url: str) -> None:
    open_database(db_url)
    engine = open_database(db_url)  # a second open finds nothing to do
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert tables >= SERVICE_TABLES
    assert revision == "r0002"


def test_store_from_before_migrations_is_upgraded_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old = MetaData()
    versions = Table(
        "list_versions",
        old,
        Column("id", Integer, primary_key=True),
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
        Column("active", Boolean, nullable=False),
    )
    Table(
        "load_failures",
        old,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime(timezone=True)),
        Column("files", JSON),
        Column("error", Text),
    )
    legacy = create_engine(url)
    old.create_all(legacy)
    with legacy.begin() as conn:
        conn.execute(
            versions.insert().values(
                list_id="un-sc",
                title="UN",
                format="un",
                content_hash="x" * 64,
                loaded_at=select(text("CURRENT_TIMESTAMP")).scalar_subquery(),
                entities=1,
                names=1,
                skipped=0,
                dangling=0,
                report={},
                active=True,
            )
        )
    legacy.dispose()
    store = SnapshotStore(url)
    (kept,) = store.versions()
    assert kept.list_id == "un-sc" and kept.added is None
