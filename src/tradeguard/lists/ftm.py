"""OpenSanctions exports: the `targets.simple.csv` table and FollowTheMoney entities as JSON lines.

Both come from OpenSanctions' FollowTheMoney data, so schema names already match ours. The
simple CSV flattens each entity to one row with ';'-joined multi-values and untyped
identifiers; the JSON lines keep every property, plus the Sanction and Address entities that
describe the parties.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash, read_text
from tradeguard.lists.csvutil import (
    Record,
    first_row,
    head_text,
    read_checked,
    records,
    require_columns,
    rows,
)
from tradeguard.model import Entity, Identifier, IdentifierType, NameKind, Quality, Schema

FORMAT = "ftm"
MULTI_FILE = False

SIMPLE_HEADER = ("id", "schema", "name", "aliases", "birth_date", "countries")
SIMPLE_REQUIRED = (*SIMPLE_HEADER, "addresses", "identifiers", "sanctions", "program_ids")
# PublicBody (ministries, state agencies) is an FtM Organization and is often the target.
SCHEMAS: dict[str, Schema] = {
    "Person": "Person",
    "Organization": "Organization",
    "PublicBody": "Organization",
    "Company": "Company",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Airplane": "Airplane",
}
ORGANIZATIONS = ("Organization", "Company", "LegalEntity")

NAME_PROPS: dict[str, tuple[NameKind, Quality]] = {
    "name": ("primary", "strong"),
    "alias": ("alias", "strong"),
    "weakAlias": ("weak_alias", "weak"),
    "previousName": ("previous", "strong"),
}
# FtM property -> our identifier type, and the country a Russian register implies.
ID_PROPS: dict[str, tuple[IdentifierType, str | None]] = {
    "passportNumber": ("passport", None),
    "idNumber": ("national_id", None),
    "socialSecurityNumber": ("national_id", None),
    "taxNumber": ("tax_id", None),
    "vatCode": ("tax_id", None),
    "innCode": ("tax_id", "ru"),
    "registrationNumber": ("registration", None),
    "ogrnCode": ("registration", "ru"),
    "okpoCode": ("other", "ru"),
    "leiCode": ("lei", None),
    "swiftBic": ("swift", None),
    "imoNumber": ("imo", None),
    "mmsi": ("mmsi", None),
    "callSign": ("call_sign", None),
    "serialNumber": ("aircraft_serial", None),
}
LIST_PROPS: dict[str, str] = {
    "birthPlace": "birth_places",
    "address": "addresses",
    "position": "positions",
    "program": "programs",
    "programId": "programs",
    "notes": "notes",
    "summary": "notes",
}
COUNTRY_PROPS: dict[str, str] = {
    "nationality": "nationalities",
    "citizenship": "nationalities",
    "country": "countries",
    "jurisdiction": "countries",
    "mainCountry": "countries",
    "flag": "countries",
}

_IMO = re.compile(r"^IMO\s?(\d{7})$", re.IGNORECASE)
# Export file names carry the dataset and the export date: "ua-war-sanctions-2026-03-13".
_EXPORT_DATE = re.compile(r"[-_.]?\d{4}-\d{2}-\d{2}$")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def sniff(path: Path) -> bool:
    return _is_simple_csv(path) or _is_ftm_json(path)


def _is_simple_csv(path: Path) -> bool:
    return tuple(cell.strip() for cell in first_row(path)[: len(SIMPLE_HEADER)]) == SIMPLE_HEADER


def _is_ftm_json(path: Path) -> bool:
    lines = head_text(path, 1 << 20).splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        entity = json.loads(first)
    except (json.JSONDecodeError, RecursionError):
        return False
    return _looks_like_entity(entity)


def _looks_like_entity(entity: object) -> bool:
    return (
        isinstance(entity, dict)
        and isinstance(entity.get("id"), str)
        and isinstance(entity.get("schema"), str)
        and isinstance(entity.get("properties"), dict)
    )


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the {FORMAT} format reads one file at a time, got {len(paths)}")
    path = paths[0]
    if head_text(path, 4096).lstrip().startswith("{"):
        return _load_json(path)
    return _load_simple(path)


def slug(text: str) -> str:
    return _NON_SLUG.sub("-", text.lower()).strip("-")


def list_id_from_name(path: Path) -> str | None:
    """ "ua-war-sanctions-2026-03-13.targets.simple.csv" -> "os-ua-war-sanctions".

    OpenSanctions itself serves every dataset's export as plain "targets.simple.csv", so a
    name with nothing before ".targets" says nothing and the caller falls back to the data.
    """
    prefix = path.name.split(".targets")[0] if ".targets" in path.name else ""
    dataset = slug(_EXPORT_DATE.sub("", prefix))
    return f"os-{dataset}" if dataset else None


# --- targets.simple.csv -------------------------------------------------------------------


def _load_simple(path: Path) -> ListData:
    numbered = rows(path, read_checked(path))
    _, header = next(numbered, (1, []))
    require_columns(path, header, SIMPLE_REQUIRED)
    table = list(records(path, header, numbered))
    title = next((r.get("dataset") for r in table if r.get("dataset")), path.stem)
    list_id = list_id_from_name(path) or f"os-{slug(title)}"
    report = LoadReport(list_id, files=[str(path)])
    entities: dict[str, Entity] = {}
    for record in table:
        _add_simple(entities, record, list_id, report)
    found = list(entities.values())
    report.count(found)
    as_of = max((r.get("last_seen")[:10] for r in table if r.get("last_seen")), default=None)
    return ListData(list_id, title, found, report, as_of, content_hash([path]))


def multi(value: str) -> list[str]:
    """Split a ';'-joined cell.

    Values holding ';' or a double quote are quoted CSV-style inside the cell, so the aliases
    cell of a company reads: GK LLC;"LLC ""TIKHIYE KRYLIA"" GROUP" (two aliases).
    """
    if not value.strip():
        return []
    parsed = next(csv.reader(io.StringIO(value, newline=""), delimiter=";"), [])
    return [part.strip() for part in parsed if part.strip()]


def _add_simple(
    entities: dict[str, Entity], record: Record, list_id: str, report: LoadReport
) -> None:
    entry_id, schema = record.get("id"), SCHEMAS.get(record.get("schema"))
    if schema is None or not entry_id or entry_id in entities:
        reason = "duplicate id" if entry_id in entities else "not a party"
        report.skip(record.location, f"{reason}: schema {record.get('schema')!r}")
        return
    entity = Entity(f"{list_id}:{entry_id}", list_id, entry_id, schema)
    entity.add_name(record.get("name"), "primary")
    for alias in multi(record.get("aliases")):
        entity.add_name(alias, "alias")
    if not entity.names:
        report.skip(record.location, "no name to screen against")
        return
    _add_simple_facts(entity, record)
    entities[entry_id] = entity


def _add_simple_facts(entity: Entity, record: Record) -> None:
    for text in multi(record.get("birth_date")):
        for value in parse_date(text):
            entity.add_unique("birth_dates", value)
    # The simple CSV merges nationality, citizenship and jurisdiction into "countries".
    for code in multi(record.get("countries")):
        entity.add_unique("countries", country_code(code))
    for column, attr in (("addresses", "addresses"), ("program_ids", "programs")):
        for value in multi(record.get(column)):
            entity.add_unique(attr, value)
    for reason in multi(record.get("sanctions")):
        entity.add_unique("notes", reason)
    for value in multi(record.get("identifiers")):
        entity.add_identifier(typed_identifier(value, entity.schema))


def typed_identifier(value: str, schema: Schema) -> Identifier:
    """Give an untyped identifier a type where its shape and check digits leave no doubt.

    IMO numbers carry an "IMO" prefix; Russian INN (10 digits for organisations, 12 for people)
    and OGRN (13 digits, OGRNIP 15 for sole traders) have check digits that random numbers of
    that length pass one time in ten or a hundred, so the schema must agree as well.
    """
    imo = _IMO.match(value)
    if imo:
        return Identifier("imo", imo.group(1), None, "IMO")
    # ASCII only: str.isdigit() accepts superscripts such as "¹", which int() refuses.
    if value.isascii() and value.isdigit():
        typed = _typed_digits(value, schema)
        if typed is not None:
            return typed
    return Identifier("other", value)


def _typed_digits(value: str, schema: Schema) -> Identifier | None:
    if schema == "Vessel":
        return _vessel_number(value)
    if schema == "Person":
        if len(value) == 12 and inn_valid(value):
            return Identifier("tax_id", value, "ru", "INN")
        if len(value) == 15 and ogrn_valid(value):
            return Identifier("registration", value, "ru", "OGRNIP")
    elif schema in ORGANIZATIONS:
        if len(value) == 10 and inn_valid(value):
            return Identifier("tax_id", value, "ru", "INN")
        if len(value) == 13 and ogrn_valid(value):
            return Identifier("registration", value, "ru", "OGRN")
    return None


def _vessel_number(value: str) -> Identifier | None:
    if len(value) == 7 and imo_valid(value):
        return Identifier("imo", value, None, "IMO")
    # MMSI: nine digits, the first being 2-7 for a ship station (ITU-R M.585).
    if len(value) == 9 and value[0] in "234567":
        return Identifier("mmsi", value, None, "MMSI")
    return None


def imo_valid(digits: str) -> bool:
    """IMO ship number: the 7th digit is the sum of the first six times 7..2, mod 10."""
    if len(digits) != 7 or not digits.isdigit():
        return False
    weights = range(7, 1, -1)
    total = sum(int(digit) * weight for digit, weight in zip(digits[:6], weights, strict=True))
    return total % 10 == int(digits[6])


_INN_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str) -> int:
    weights = _INN_WEIGHTS[-len(digits) :]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def inn_valid(digits: str) -> bool:
    """Russian taxpayer number: one check digit for 10 digits, two for 12."""
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    if len(digits) == 10:
        return _inn_digit(digits[:9]) == int(digits[9])
    first_ok = _inn_digit(digits[:10]) == int(digits[10])
    return first_ok and _inn_digit(digits[:11]) == int(digits[11])


def ogrn_valid(digits: str) -> bool:
    """OGRN: the first 12 digits mod 11 (OGRNIP: first 14 mod 13), mod 10, is the last digit."""
    if not digits.isdigit() or len(digits) not in (13, 15):
        return False
    modulus = 11 if len(digits) == 13 else 13
    return int(digits[:-1]) % modulus % 10 == int(digits[-1])


# --- FtM entities, JSON lines --------------------------------------------------------------


@dataclass(slots=True)
class _Sanction:
    """What a Sanction entity adds to the party it points at."""

    programs: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _load_json(path: Path) -> ListData:
    lines = list(json_lines(path, read_text(path)))
    datasets = next((e.get("datasets") for _, e in lines if e.get("datasets")), None)
    name = datasets[0] if isinstance(datasets, list) and datasets else None
    list_id = f"os-{slug(str(name))}" if name else list_id_from_name(path) or "os-ftm"
    report = LoadReport(list_id, files=[str(path)])
    entities = _json_entities(lines, list_id, report)
    _apply_sanctions(entities, _sanctions(lines), report)
    found = list(entities.values())
    report.count(found)
    seen = (str(e["last_seen"])[:10] for _, e in lines if e.get("last_seen"))
    title = f"OpenSanctions {name}" if name else path.name
    return ListData(list_id, title, found, report, max(seen, default=None), content_hash([path]))


def json_lines(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, entity) for every non-blank line; a broken line stops the load."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entity = json.loads(line)
        except json.JSONDecodeError as error:
            raise ListFormatError(path, f"line {number}", f"not valid JSON: {error}") from error
        except RecursionError as error:
            raise ListFormatError(path, f"line {number}", "JSON nested too deeply") from error
        if not _looks_like_entity(entity):
            raise ListFormatError(
                path, f"line {number}", "not a FollowTheMoney entity (id, schema, properties)"
            )
        yield number, entity


def _json_entities(
    lines: list[tuple[int, dict[str, Any]]], list_id: str, report: LoadReport
) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for number, data in lines:
        schema = SCHEMAS.get(data["schema"])
        if schema is None or data.get("target") is False or data["id"] in entities:
            report.skip(f"line {number}", _skip_reason(data, schema, entities))
            continue
        entity = Entity(f"{list_id}:{data['id']}", list_id, data["id"], schema)
        _apply_properties(entity, data["properties"])
        if not entity.names:
            report.skip(f"line {number}", "no name to screen against")
            continue
        entities[entity.entry_id] = entity
    return entities


def _skip_reason(data: Mapping[str, Any], schema: Schema | None, seen: Mapping[str, Any]) -> str:
    if schema is None:
        return f"schema {data['schema']} is not a party"
    if data["id"] in seen:
        return f"duplicate id {data['id']}"
    return "not a sanctions target (related party)"


def _values(properties: Mapping[str, Any], prop: str) -> list[str]:
    values = properties.get(prop, [])
    # The FtM format says lists of strings; tolerate a bare string from hand-written files.
    if isinstance(values, str):
        values = [values]
    return [str(value) for value in values if value is not None and str(value).strip()]


def _apply_properties(entity: Entity, properties: Mapping[str, Any]) -> None:
    for prop, (kind, quality) in NAME_PROPS.items():
        for value in _values(properties, prop):
            entity.add_name(value, kind, quality)
    for value in _values(properties, "birthDate"):
        for date in parse_date(value):
            entity.add_unique("birth_dates", date)
    for prop, attr in LIST_PROPS.items():
        for value in _values(properties, prop):
            entity.add_unique(attr, value)
    for prop, attr in COUNTRY_PROPS.items():
        for value in _values(properties, prop):
            entity.add_unique(attr, country_code(value))
    _apply_identifiers(entity, properties)
    _apply_misc(entity, properties)


def _apply_identifiers(entity: Entity, properties: Mapping[str, Any]) -> None:
    for prop, (kind, country) in ID_PROPS.items():
        # An Airplane's registrationNumber is its tail number, not a company register entry.
        if prop == "registrationNumber" and entity.schema == "Airplane":
            kind = "aircraft_tail"
        for value in _values(properties, prop):
            imo = _IMO.match(value) if kind == "imo" else None
            number = imo.group(1) if imo else value.strip()
            entity.add_identifier(Identifier(kind, number, country, prop))


def _apply_misc(entity: Entity, properties: Mapping[str, Any]) -> None:
    genders = _values(properties, "gender")
    if genders and genders[0].lower() in ("male", "female"):
        entity.gender = "male" if genders[0].lower() == "male" else "female"
    topics = _values(properties, "topics")
    if topics:
        entity.add_unique("notes", "Topics: " + ", ".join(topics))
    urls = _values(properties, "sourceUrl")
    entity.source_url = urls[0] if urls else None


def _sanctions(lines: list[tuple[int, dict[str, Any]]]) -> dict[str, list[_Sanction]]:
    """Sanction entities by the id of the party they are about."""
    found: dict[str, list[_Sanction]] = {}
    for _, data in lines:
        if data["schema"] != "Sanction":
            continue
        properties = data["properties"]
        sanction = _Sanction(
            programs=_values(properties, "programId") or _values(properties, "program"),
            dates=_values(properties, "listingDate") or _values(properties, "startDate"),
            reasons=_values(properties, "reason"),
        )
        for target in _values(properties, "entity"):
            found.setdefault(target, []).append(sanction)
    return found


def _apply_sanctions(
    entities: dict[str, Entity], sanctions: dict[str, list[_Sanction]], report: LoadReport
) -> None:
    for target, items in sanctions.items():
        entity = entities.get(target)
        if entity is None:
            report.dangle(f"Sanction -> {target}")
            continue
        for sanction in items:
            _apply_sanction(entity, sanction)


def _apply_sanction(entity: Entity, sanction: _Sanction) -> None:
    for program in sanction.programs:
        entity.add_unique("programs", program)
    for reason in sanction.reasons:
        entity.add_unique("notes", reason)
    dates = [d for text in sanction.dates for d in parse_date(text)]
    if dates and (entity.listing_date is None or min(dates) < entity.listing_date):
        entity.listing_date = min(dates)
