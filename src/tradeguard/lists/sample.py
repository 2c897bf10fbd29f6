"""The bundled sample list: real designated parties around the vehicle trade, in our own words.

It ships inside the package (`tradeguard/data/sample-list.yaml`) so the quickstart can screen
without first downloading an official list. It is written for the project and is not an
official list. Every entry says where the party appears in the official lists (`references`);
those references become the entity's notes and programmes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Literal, get_args

import yaml

from tradeguard.countries import country_code
from tradeguard.dates import is_valid_iso_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash, read_text
from tradeguard.model import SCHEMAS, Entity, Identifier, IdentifierType, NameKind, Quality, Schema

FORMAT = "sample"
MULTI_FILE = False
LIST_ID = "tradeguard-sample"
TITLE = "tradeguard sample list (for the quickstart; not an official list)"

MARKER = "tradeguard_sample_list"
VERSIONS = frozenset({1})
# The marker is a top-level key, so it starts a line; this spares parsing every YAML file we sniff.
_MARKER_LINE = re.compile(rf"^{MARKER}\s*:", re.MULTILINE)
# The marker sits under a comment header; a header longer than this is not ours.
_SNIFF_CHARS = 64 * 1024
# libyaml when installed: the pure-Python parser takes seconds to refuse a few thousand nested
# brackets, libyaml refuses them at once with a depth limit.
_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NAME_FIELDS: dict[str, tuple[NameKind, Quality]] = {
    "aliases": ("alias", "strong"),
    "weak_aliases": ("weak_alias", "weak"),
    "previous_names": ("previous", "strong"),
}
_DATE_FIELDS = ("birth_dates",)
_COUNTRY_FIELDS = ("nationalities", "countries")
_TEXT_FIELDS = ("birth_places", "positions", "addresses")
_ENTITY_KEYS = frozenset(
    {
        "id",
        "schema",
        "name",
        *_NAME_FIELDS,
        *_DATE_FIELDS,
        *_COUNTRY_FIELDS,
        *_TEXT_FIELDS,
        "gender",
        "identifiers",
        "about",
        "linked_to",
        "references",
        "listing_date",
        "source_url",
    }
)
_REFERENCE_KEYS = frozenset({"list", "entry_id", "program", "section", "group", "listed"})
_IDENTIFIER_KEYS = frozenset({"type", "value", "country", "label"})
_IDENTIFIER_TYPES: dict[str, IdentifierType] = {kind: kind for kind in get_args(IdentifierType)}
_SCHEMAS: dict[str, Schema] = {schema: schema for schema in SCHEMAS}
Gender = Literal["male", "female"]
_GENDERS: dict[object, Gender] = {"male": "male", "female": "female"}


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a sample-list party appears in an official list."""

    list: str
    entry_id: str
    programs: tuple[str, ...]
    section: str | None = None
    group: str | None = None
    listed: str | None = None

    @property
    def note(self) -> str:
        """The reference as one line, e.g. "OFAC SDN 20157 (DPRK3)"."""
        where = " ".join(part for part in (self.list, self.section, self.entry_id) if part)
        if self.group:
            where += f", group {self.group}"
        text = f"{where} ({', '.join(self.programs)})"
        return f"{text}, listed {self.listed}" if self.listed else text


def bundled_path() -> Path:
    """The sample list that ships with tradeguard."""
    # Package data is installed as plain files (setuptools package-data, no zipped eggs), so the
    # resource has a real path that the store can hash and record like any other list file.
    return Path(str(files("tradeguard").joinpath("data", "sample-list.yaml")))


def sniff(path: Path) -> bool:
    """True for a YAML file whose top level has the sample list's marker key."""
    if path.suffix.lower() not in {".yaml", ".yml"}:
        return False
    try:
        with path.open(encoding="utf-8-sig") as handle:
            head = handle.read(_SNIFF_CHARS)
    except (OSError, UnicodeDecodeError):
        return False
    if not _MARKER_LINE.search(head):
        return False
    try:
        document = yaml.load(read_text(path), _YAML)
    except (yaml.YAMLError, ValueError, RecursionError):  # ListFormatError is a ValueError
        return False
    return isinstance(document, dict) and MARKER in document


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        where = paths[0] if paths else "sample list"
        raise ListFormatError(where, None, f"the sample list is one file, got {len(paths)}")
    path = paths[0]
    document = _read(path)
    parser = _Parser(path)
    report = LoadReport(LIST_ID, files=[str(path)])
    entities = parser.entities(document.get("entities"))
    _check_links(entities, report)
    report.count(entities)
    as_of = parser.date(document["as_of"], "as_of") if "as_of" in document else None
    return ListData(LIST_ID, TITLE, entities, report, as_of, content_hash([path]))


def load_references(path: Path) -> dict[str, list[Reference]]:
    """Each entry's references, by entry id, for checking them against the official lists."""
    parser = _Parser(path)
    raw_entities = parser.sequence(_read(path).get("entities"), "entities")
    out: dict[str, list[Reference]] = {}
    for index, raw in enumerate(raw_entities):
        where = f"entities[{index}]"
        record = parser.mapping(raw, where, _ENTITY_KEYS)
        entry_id = parser.text(record.get("id"), f"{where}.id")
        out[entry_id] = parser.references(record.get("references"), f"{where}.references")
    return out


def _read(path: Path) -> dict[str, object]:
    text = read_text(path)
    try:
        document = yaml.load(text, _YAML)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise ListFormatError(path, where, f"not valid YAML: {exc}") from exc
    # YAML reads an unquoted 2024-02-30 as a date and fails with a bare ValueError.
    except ValueError as exc:
        raise ListFormatError(path, None, f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise ListFormatError(path, None, "not valid YAML: nested too deeply") from exc
    if not isinstance(document, dict) or MARKER not in document:
        raise ListFormatError(path, None, f"not a tradeguard sample list (no {MARKER!r} key)")
    # An int before the set lookup: a list or mapping there is unhashable.
    if not isinstance(document[MARKER], int) or document[MARKER] not in VERSIONS:
        raise ListFormatError(path, MARKER, f"unsupported version {document[MARKER]!r}")
    return {str(key): value for key, value in document.items()}


def _check_links(entities: Sequence[Entity], report: LoadReport) -> None:
    known = {entity.entry_id for entity in entities}
    for entity in entities:
        for target in entity.linked_to:
            if target not in known:
                report.dangle(f"{entity.entry_id} -> {target}")


class _Parser:
    """Turns the YAML document into entities, naming the place of anything malformed."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> ListFormatError:
        return ListFormatError(self.path, where, problem)

    def entities(self, raw: object) -> list[Entity]:
        entities: list[Entity] = []
        seen: set[str] = set()
        for index, item in enumerate(self.sequence(raw, "entities")):
            entity = self.entity(item, f"entities[{index}]")
            if entity.entry_id in seen:
                raise self.fail(f"entities[{index}].id", f"duplicate id {entity.entry_id!r}")
            seen.add(entity.entry_id)
            entities.append(entity)
        return entities

    def entity(self, raw: object, where: str) -> Entity:
        record = self.mapping(raw, where, _ENTITY_KEYS)
        entry_id = self.text(record.get("id"), f"{where}.id")
        entity = Entity(
            id=f"{LIST_ID}:{entry_id}",
            list_id=LIST_ID,
            entry_id=entry_id,
            schema=self.schema(record.get("schema"), f"{where}.schema"),
        )
        self.add_names(entity, record, where)
        self.add_facts(entity, record, where)
        self.add_sources(entity, record, where)
        return entity

    def add_names(self, entity: Entity, record: Mapping[str, object], where: str) -> None:
        entity.add_name(self.text(record.get("name"), f"{where}.name"), "primary")
        for field, (kind, quality) in _NAME_FIELDS.items():
            for index, item in enumerate(self.optional_list(record, field, where)):
                value, lang = self.name(item, f"{where}.{field}[{index}]")
                entity.add_name(value, kind, quality, lang)

    def add_facts(self, entity: Entity, record: Mapping[str, object], where: str) -> None:
        for field in _DATE_FIELDS:
            for index, item in enumerate(self.optional_list(record, field, where)):
                entity.add_unique(field, self.date(item, f"{where}.{field}[{index}]"))
        for field in _COUNTRY_FIELDS:
            for index, item in enumerate(self.optional_list(record, field, where)):
                entity.add_unique(field, self.country(item, f"{where}.{field}[{index}]"))
        for field in _TEXT_FIELDS:
            for index, item in enumerate(self.optional_list(record, field, where)):
                entity.add_unique(field, self.text(item, f"{where}.{field}[{index}]"))
        if record.get("gender") is not None:
            entity.gender = self.gender(record.get("gender"), f"{where}.gender")
        for index, item in enumerate(self.optional_list(record, "identifiers", where)):
            entity.add_identifier(self.identifier(item, f"{where}.identifiers[{index}]"))
        for index, item in enumerate(self.optional_list(record, "linked_to", where)):
            entity.add_unique("linked_to", self.text(item, f"{where}.linked_to[{index}]"))

    def add_sources(self, entity: Entity, record: Mapping[str, object], where: str) -> None:
        references = self.references(record.get("references"), f"{where}.references")
        if record.get("about") is not None:
            entity.add_unique("notes", self.text(record.get("about"), f"{where}.about"))
        for reference in references:
            entity.add_unique("notes", reference.note)
            for program in reference.programs:
                entity.add_unique("programs", program)
        listed = sorted(ref.listed for ref in references if ref.listed)
        if record.get("listing_date") is not None:
            entity.listing_date = self.date(record.get("listing_date"), f"{where}.listing_date")
        elif listed:
            entity.listing_date = listed[0]
        if record.get("source_url") is not None:
            entity.source_url = self.text(record.get("source_url"), f"{where}.source_url")

    def references(self, raw: object, where: str) -> list[Reference]:
        # A sample entry that cannot say where it is listed has no place in the sample list.
        items = self.sequence(raw, where)
        if not items:
            raise self.fail(where, "every entry needs at least one reference to an official list")
        return [self.reference(item, f"{where}[{index}]") for index, item in enumerate(items)]

    def reference(self, raw: object, where: str) -> Reference:
        record = self.mapping(raw, where, _REFERENCE_KEYS)
        program = record.get("program")
        programs = program if isinstance(program, list) else [program]
        return Reference(
            list=self.text(record.get("list"), f"{where}.list"),
            entry_id=self.text(record.get("entry_id"), f"{where}.entry_id"),
            programs=tuple(self.text(item, f"{where}.program") for item in programs),
            section=self.optional_text(record.get("section"), f"{where}.section"),
            group=self.optional_text(record.get("group"), f"{where}.group"),
            listed=self.date(record["listed"], f"{where}.listed") if "listed" in record else None,
        )

    def identifier(self, raw: object, where: str) -> Identifier:
        record = self.mapping(raw, where, _IDENTIFIER_KEYS)
        text = self.text(record.get("type"), f"{where}.type")
        kind = _IDENTIFIER_TYPES.get(text)
        if kind is None:
            raise self.fail(f"{where}.type", f"unknown identifier type {text!r}")
        country = record.get("country")
        return Identifier(
            type=kind,
            value=self.text(record.get("value"), f"{where}.value"),
            country=self.country(country, f"{where}.country") if country is not None else None,
            label=self.optional_text(record.get("label"), f"{where}.label"),
        )

    def name(self, raw: object, where: str) -> tuple[str, str | None]:
        if isinstance(raw, dict):
            record = self.mapping(raw, where, frozenset({"value", "lang"}))
            lang = self.optional_text(record.get("lang"), f"{where}.lang")
            return self.text(record.get("value"), f"{where}.value"), lang
        return self.text(raw, where), None

    def schema(self, raw: object, where: str) -> Schema:
        value = self.text(raw, where)
        schema = _SCHEMAS.get(value)
        if schema is None:
            raise self.fail(where, f"unknown schema {value!r}; use one of {', '.join(SCHEMAS)}")
        return schema

    def gender(self, raw: object, where: str) -> Gender:
        gender = _GENDERS.get(raw)
        if gender is None:
            raise self.fail(where, f"gender must be male or female, not {raw!r}")
        return gender

    def date(self, raw: object, where: str) -> str:
        # YAML reads an unquoted 1952-10-07 as a date; a quoted one stays text.
        value = raw.isoformat() if isinstance(raw, date) else self.text(raw, where)
        if not is_valid_iso_date(value):
            raise self.fail(where, f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        return value

    def country(self, raw: object, where: str) -> str:
        value = self.text(raw, where)
        code = country_code(value)
        if code is None:
            raise self.fail(where, f"not a country code: {value!r}")
        return code

    def text(self, raw: object, where: str) -> str:
        # Numbers must be quoted: YAML would turn "00232934" into 232934 and lose the zeros.
        if not isinstance(raw, str) or not raw.strip():
            raise self.fail(where, f"expected text, got {raw!r}")
        return " ".join(raw.split())

    def optional_text(self, raw: object, where: str) -> str | None:
        return None if raw is None else self.text(raw, where)

    def optional_list(self, record: Mapping[str, object], field: str, where: str) -> list[object]:
        raw = record.get(field)
        return [] if raw is None else self.sequence(raw, f"{where}.{field}")

    def sequence(self, raw: object, where: str) -> list[object]:
        if not isinstance(raw, list):
            raise self.fail(where, f"expected a list, got {type(raw).__name__}")
        return list(raw)

    def mapping(self, raw: object, where: str, keys: frozenset[str]) -> dict[str, object]:
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected a mapping, got {type(raw).__name__}")
        unknown = sorted(str(key) for key in raw if key not in keys)
        if unknown:
            raise self.fail(where, f"unknown field(s): {', '.join(unknown)}")
        return {str(key): value for key, value in raw.items()}
