"""One-line builders for entities and list data in tests."""

from __future__ import annotations

from collections.abc import Sequence

from tradeguard.lists.base import ListData, LoadReport
from tradeguard.model import Entity, Identifier, Name, Schema


def entity(
    name: str,
    schema: Schema = "Person",
    *,
    list_id: str = "test",
    entry_id: str | None = None,
    aliases: Sequence[str] = (),
    birth_date: str | None = None,
    nationality: str | None = None,
    identifiers: Sequence[Identifier] = (),
) -> Entity:
    entry = entry_id or name.lower().replace(" ", "-")
    names = [Name(name), *(Name(a, kind="alias") for a in aliases)]
    return Entity(
        id=f"{list_id}:{entry}",
        list_id=list_id,
        entry_id=entry,
        schema=schema,
        names=names,
        birth_dates=[birth_date] if birth_date else [],
        nationalities=[nationality] if nationality else [],
        identifiers=list(identifiers),
    )


def person(name: str, **kwargs: object) -> Entity:
    return entity(name, "Person", **kwargs)  # type: ignore[arg-type]


def company(name: str, **kwargs: object) -> Entity:
    return entity(name, "Company", **kwargs)  # type: ignore[arg-type]


def list_data(
    entities: Sequence[Entity], list_id: str = "test", content_hash: str = "h1"
) -> ListData:
    report = LoadReport(list_id)
    report.count(entities)
    return ListData(list_id, "Test list", list(entities), report, "2026-01-01", content_hash)
