"""Versioned list snapshots. A new version becomes active in the same transaction that stores it,
so a crash or a broken file can never leave a list half-replaced."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from tradeguard.lists.base import ListData
from tradeguard.model import Entity
from tradeguard.serialize import entity_from_dict, entity_to_dict
from tradeguard.store.database import open_database
from tradeguard.store.home import database_url
from tradeguard.store.schema import list_entities, list_versions, load_failures

# SQLite caps bound parameters per statement; inserting in chunks keeps memory flat too.
_INSERT_CHUNK = 2000


@dataclass(slots=True, frozen=True)
class ListVersion:
    id: int
    list_id: str
    title: str
    format: str
    content_hash: str
    as_of: str | None
    loaded_at: datetime
    entities: int
    names: int
    skipped: int
    dangling: int
    active: bool
    added: int | None = None
    removed: int | None = None
    changed: int | None = None

    def age_days(self, now: datetime | None = None) -> float:
        reference = (
            datetime.fromisoformat(self.as_of).replace(tzinfo=UTC) if self.as_of else self.loaded_at
        )
        if reference.tzinfo is None:
            reference = reference.replace(tzinfo=UTC)
        return ((now or datetime.now(UTC)) - reference).total_seconds() / 86400


@dataclass(slots=True, frozen=True)
class DiffCounts:
    added: int
    removed: int
    changed: int


@dataclass(slots=True, frozen=True)
class Failure:
    at: datetime
    files: list[str]
    error: str
    list_id: str | None


@dataclass(slots=True, frozen=True)
class StoreResult:
    version: ListVersion
    changed: bool  # False when the same content was already active


class SnapshotStore:
    def __init__(self, url: str) -> None:
        self.engine = open_database(url)

    @classmethod
    def at_home(cls, home: Path) -> SnapshotStore:
        return cls(database_url(home))

    def store(self, data: ListData, fmt: str, diff: DiffCounts | None = None) -> StoreResult:
        """Store a parsed list and make it the active version of its list, atomically.

        `diff` holds the counts of entries added, removed and changed against the version it
        replaces, kept on the version for `/lists` and the audit trail.
        """
        with self.engine.begin() as conn:
            return self.store_in(conn, data, fmt, diff)

    def store_in(
        self, conn: Connection, data: ListData, fmt: str, diff: DiffCounts | None = None
    ) -> StoreResult:
        """`store` inside the caller's transaction, so the swap commits, or dies, together with
        whatever else the caller writes there (the update's audit record)."""
        current = self._active(conn, data.list_id)
        if current is not None and current.content_hash == data.content_hash:
            return StoreResult(current, changed=False)
        version_id = self._insert_version(conn, data, fmt, diff)
        self._insert_entities(conn, version_id, data.entities)
        conn.execute(
            update(list_versions)
            .where(list_versions.c.list_id == data.list_id)
            .values(active=list_versions.c.id == version_id)
        )
        version = self._active(conn, data.list_id)
        assert version is not None
        return StoreResult(version, changed=True)

    def record_failure(self, files: Sequence[str], error: str, list_id: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(load_failures).values(
                    at=datetime.now(UTC), files=list(files), error=error, list_id=list_id
                )
            )

    def failures(self, limit: int = 20) -> list[Failure]:
        """The latest failed or refused loads, newest first."""
        query = select(load_failures).order_by(load_failures.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [Failure(r.at, r.files, r.error, r.list_id) for r in conn.execute(query)]

    def active_version(self, list_id: str) -> ListVersion | None:
        with self.engine.connect() as conn:
            return self._active(conn, list_id)

    def last_failure(self) -> tuple[datetime, list[str], str] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(load_failures).order_by(load_failures.c.id.desc()).limit(1)
            ).first()
        return (row.at, row.files, row.error) if row else None

    def versions(self, active_only: bool = True) -> list[ListVersion]:
        query = select(list_versions).order_by(list_versions.c.list_id, list_versions.c.id)
        if active_only:
            query = query.where(list_versions.c.active.is_(True))
        with self.engine.connect() as conn:
            return [_version(row) for row in conn.execute(query)]

    def entities(self, version_ids: Sequence[int]) -> Iterator[Entity]:
        query = (
            select(list_entities.c.data)
            .where(list_entities.c.version_id.in_(list(version_ids)))
            .order_by(list_entities.c.version_id, list_entities.c.entity_id)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield entity_from_dict(row.data)

    def _active(self, conn: Connection, list_id: str) -> ListVersion | None:
        row = conn.execute(
            select(list_versions).where(
                list_versions.c.list_id == list_id, list_versions.c.active.is_(True)
            )
        ).first()
        return _version(row) if row else None

    def _insert_version(
        self, conn: Connection, data: ListData, fmt: str, diff: DiffCounts | None
    ) -> int:
        report = data.report
        result = conn.execute(
            insert(list_versions).values(
                list_id=data.list_id,
                title=data.title,
                format=fmt,
                content_hash=data.content_hash,
                as_of=data.as_of,
                loaded_at=datetime.now(UTC),
                entities=report.entities,
                names=report.names,
                skipped=report.skipped,
                dangling=report.dangling,
                report=asdict(report),
                active=False,
                added=diff.added if diff else None,
                removed=diff.removed if diff else None,
                changed=diff.changed if diff else None,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def _insert_entities(
        self, conn: Connection, version_id: int, entities: Sequence[Entity]
    ) -> None:
        for start in range(0, len(entities), _INSERT_CHUNK):
            rows = [
                {"version_id": version_id, "entity_id": e.id, "data": entity_to_dict(e)}
                for e in entities[start : start + _INSERT_CHUNK]
            ]
            conn.execute(insert(list_entities), rows)


def _version(row: Any) -> ListVersion:
    return ListVersion(
        id=row.id,
        list_id=row.list_id,
        title=row.title,
        format=row.format,
        content_hash=row.content_hash,
        as_of=row.as_of,
        loaded_at=row.loaded_at,
        entities=row.entities,
        names=row.names,
        skipped=row.skipped,
        dangling=row.dangling,
        active=row.active,
        added=row.added,
        removed=row.removed,
        changed=row.changed,
    )
