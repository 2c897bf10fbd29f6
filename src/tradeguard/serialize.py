"""Entities to and from plain JSON-able dicts, for the store and the `--json` outputs."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from tradeguard.model import Entity, Identifier, Name


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return asdict(entity)


def entity_from_dict(data: dict[str, Any]) -> Entity:
    fields = dict(data)
    fields["names"] = [Name(**n) for n in data.get("names", [])]
    fields["identifiers"] = [Identifier(**i) for i in data.get("identifiers", [])]
    return Entity(**fields)
