"""Export entities as FollowTheMoney (FtM) entity JSON, one object per line.

Every entity is built with the followthemoney library itself and every value goes through
FtM's own cleaning, so the output is what FtM tools accept. The property names used here are
checked against the followthemoney model when this module is imported: a name that no schema
has fails at once instead of producing JSON that another FtM tool would silently drop.

Each model field goes to the first FtM property that the entity's schema has and whose type
accepts the value: a company's "birth date" is its `incorporationDate`, a vessel's nationality
its `flag`. Where no property fits (an IMO number failing its checksum, or one that FtM's
format would rewrite as another number; a person's date that the calendar does not have; a
company's place of birth) the value is still kept, in a format-free identifier property or in
`notes` with a label, so that nothing the list said is lost in the export. Values come out
in FtM's canonical form: an IMO number as "IMO9000000", and a sub-national country code such
as "ae-aj" (Ajman) as the country it belongs to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import IO, Any

from followthemoney import EntityProxy, model
from followthemoney.util import ENTITY_ID_LEN, make_entity_id, sanitize_text

from tradeguard.model import SCHEMAS, Entity, IdentifierType, Name

# A target is an FtM property name, and the label to prefix when the value lands in notes.
Target = tuple[str, str | None]

_IDENTIFIER_FALLBACK: tuple[Target, ...] = (("idNumber", None), ("registrationNumber", None))

_FIELD_TARGETS: dict[str, tuple[Target, ...]] = {
    "birth_date": (
        ("birthDate", None),
        ("incorporationDate", None),
        ("buildDate", None),
        ("notes", "Date of birth as listed"),
    ),
    "birth_place": (("birthPlace", None), ("notes", "Place of birth")),
    # Persons have a nationality, legal entities a jurisdiction, vessels a flag.
    "nationality": (
        ("nationality", None),
        ("jurisdiction", None),
        ("flag", None),
        ("country", None),
    ),
    "country": (("country", None),),
    "program": (("program", None),),
    "listing_date": (("createdAt", None), ("notes", "Listed on")),
    "gender": (("gender", None), ("notes", "Gender")),
    "address": (("address", None),),
    "position": (("position", None), ("notes", "Position")),
    "note": (("notes", None),),
    "source_url": (("sourceUrl", None), ("notes", "Source")),
}

_IDENTIFIER_TARGETS: dict[IdentifierType, tuple[Target, ...]] = {
    "passport": (("passportNumber", None), *_IDENTIFIER_FALLBACK),
    "national_id": _IDENTIFIER_FALLBACK,
    "tax_id": (("taxNumber", None), *_IDENTIFIER_FALLBACK),
    "registration": (("registrationNumber", None),),
    "lei": (("leiCode", None), *_IDENTIFIER_FALLBACK),
    "imo": (("imoNumber", None), *_IDENTIFIER_FALLBACK),
    "swift": (("swiftBic", None), *_IDENTIFIER_FALLBACK),
    "aircraft_serial": (("serialNumber", None), *_IDENTIFIER_FALLBACK),
    # An aircraft's registration mark is its tail number.
    "aircraft_tail": (("registrationNumber", None),),
    "mmsi": (("mmsi", None), *_IDENTIFIER_FALLBACK),
    "call_sign": (("callSign", None), *_IDENTIFIER_FALLBACK),
    "other": _IDENTIFIER_FALLBACK,
}

_UNSAFE_ID_CHARS = re.compile(r"[^0-9A-Za-z.\-]+")
_NOT_ALNUM = re.compile(r"[\W_]+")


class FtmExportError(ValueError):
    """An entity value that no property of its FtM schema accepts."""


def _check_targets() -> None:
    """Fail at import if a target names no FtM property, or a schema has nowhere to put a field.

    `_add` skips targets a schema lacks (that is how fallbacks work), so a misspelt property
    name would otherwise quietly send every value to the next target.
    """
    schemas = [model[name] for name in SCHEMAS]
    for field, targets in [*_FIELD_TARGETS.items(), *_IDENTIFIER_TARGETS.items()]:
        for name, _label in targets:
            if not any(name in schema.properties for schema in schemas):
                raise FtmExportError(f"{field}: no FtM schema has a property {name!r}")
        for schema in schemas:
            if not any(name in schema.properties for name, _label in targets):
                raise FtmExportError(f"{field}: FtM schema {schema.name} has none of {targets}")


_check_targets()


def ftm_id(entity_id: str) -> str:
    """An FtM-safe id for a tradeguard id: "ofac-sdn:35096" becomes "ofac-sdn-35096".

    FtM entity references only allow letters, digits, '.' and '-'.
    """
    slug = _UNSAFE_ID_CHARS.sub("-", entity_id).strip(".-")
    if not slug:
        raise FtmExportError(f"cannot make an FtM id from {entity_id!r}")
    if len(slug) > ENTITY_ID_LEN:
        # Keep a readable prefix; the hash keeps long ids that share it apart.
        digest = make_entity_id(entity_id) or ""
        slug = f"{slug[: ENTITY_ID_LEN - len(digest) - 1]}-{digest}"
    return slug


def to_ftm(entity: Entity) -> dict[str, Any]:
    """The entity as FtM entity JSON: {"id", "schema", "properties", "datasets"}."""
    proxy = model.make_entity(entity.schema)
    proxy.id = ftm_id(entity.id)
    _add_names(proxy, entity)
    _add_facts(proxy, entity)
    for identifier in entity.identifiers:
        _add(proxy, _IDENTIFIER_TARGETS[identifier.type], identifier.value, entity.id, True)
    data = proxy.to_dict()
    data["datasets"] = [entity.list_id]
    return data


def links_to_ftm(entity: Entity) -> list[dict[str, Any]]:
    """FtM `UnknownLink` entities for the entity's links to other entries in its list."""
    links: list[dict[str, Any]] = []
    for target in entity.linked_to:
        proxy = model.make_entity("UnknownLink")
        proxy.id = ftm_id(f"{entity.id}-link-{target}")
        proxy.add("subject", ftm_id(entity.id))
        proxy.add("object", ftm_id(f"{entity.list_id}:{target}"))
        data = proxy.to_dict()
        data["datasets"] = [entity.list_id]
        links.append(data)
    return links


def write_ftm_jsonl(entities: Iterable[Entity], out: IO[str]) -> int:
    """Write each entity, then its links, as one JSON line each; return the lines written."""
    written = 0
    for entity in entities:
        for data in (to_ftm(entity), *links_to_ftm(entity)):
            out.write(json.dumps(data, ensure_ascii=False, sort_keys=True))
            out.write("\n")
            written += 1
    return written


def _add_names(proxy: EntityProxy, entity: Entity) -> None:
    for name in entity.names:
        # FtM strips quotes from names, so a "name" made of quotes alone is kept as a note.
        targets = ((_name_property(name), None), ("notes", "Name as listed"))
        _add(proxy, targets, name.value, entity.id)


def _name_property(name: Name) -> str:
    if name.kind == "primary":
        return "name"
    if name.kind == "previous":
        return "previousName"
    # FtM's weakAlias is "not to be used for matching"; the lists' weak a.k.a. means the same.
    if name.kind == "weak_alias" or name.quality == "weak":
        return "weakAlias"
    return "alias"


def _add_facts(proxy: EntityProxy, entity: Entity) -> None:
    fields: list[tuple[str, Iterable[str]]] = [
        ("birth_date", entity.birth_dates),
        ("birth_place", entity.birth_places),
        ("nationality", entity.nationalities),
        ("country", entity.countries),
        ("program", entity.programs),
        ("listing_date", [entity.listing_date] if entity.listing_date else []),
        ("gender", [entity.gender] if entity.gender else []),
        ("address", entity.addresses),
        ("position", entity.positions),
        ("note", entity.notes),
        ("source_url", [entity.source_url] if entity.source_url else []),
    ]
    for field, values in fields:
        for value in values:
            _add(proxy, _FIELD_TARGETS[field], value, entity.id)


def _add(
    proxy: EntityProxy,
    targets: Iterable[Target],
    value: str,
    entity_id: str,
    identifier: bool = False,
) -> None:
    """Add the value to the first target the schema has and whose type accepts it; an
    `identifier` only where FtM's canonical form still carries it (`_carries`)."""
    if sanitize_text(value) is None:
        return  # blank or control characters only: nothing to carry
    for name, label in targets:
        prop = proxy.schema.get(name)
        if prop is None:
            continue
        text = f"{label}: {value}" if label else value
        cleaned = prop.type.clean(text, format=prop.format, proxy=proxy)
        if cleaned is None or (identifier and not _carries(cleaned, value)):
            continue
        proxy.add(name, cleaned, cleaned=True)
        return
    raise FtmExportError(
        f"{entity_id}: no property of FtM schema {proxy.schema.name} accepts {value!r}"
    )


def _carries(cleaned: str, value: str) -> bool:
    """Whether FtM's canonical form of an identifier still holds its letters and digits as
    written: "9305609" as "IMO9305609" does, but the IMO format reads "A01101" as IMO0001101,
    another number, which belongs in a format-free property instead."""
    return _NOT_ALNUM.sub("", value).upper() in _NOT_ALNUM.sub("", cleaned).upper()
