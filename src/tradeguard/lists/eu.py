"""The EU Consolidated Financial Sanctions List, official FSF XML (`xmlFullSanctionsList_1_1`).

One `sanctionEntity` per listed party, facts in attributes. The EU repeats every name in
each official language (`nameAlias` with `nameLanguage`), so a party has many strong names;
the one in the regulation's own language (no `nameLanguage`) is the primary. The file comes
with the namespace http://eu.europa.ec/fpi/fsd/export, and older copies without it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from lxml import etree
from rigour.langs import iso_639_alpha3

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash
from tradeguard.lists.csvutil import head_text
from tradeguard.lists.xmlutil import script_label, xml_events
from tradeguard.model import Entity, Identifier, IdentifierType, Schema

FORMAT = "eu"
MULTI_FILE = False
LIST_ID = "eu-fsf"
TITLE = "EU Consolidated Financial Sanctions List"

_NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"
_ROOT = "export"
_RECORD = "sanctionEntity"
_SCHEMAS: dict[str, Schema] = {"person": "Person", "enterprise": "Organization"}
_ID_TYPES: dict[str, IdentifierType] = {
    "passport": "passport",
    "id": "national_id",
    "ssn": "national_id",
    "regnumber": "registration",
    "fiscalcode": "tax_id",
    "swiftbic": "swift",
    "imo": "imo",
}
_GENDERS: dict[str, Literal["male", "female"]] = {"M": "male", "F": "female"}
# "00" is the FSF's code for an unknown country.
_UNKNOWN_COUNTRY = "00"


def sniff(path: Path) -> bool:
    head = head_text(path, 8192)
    return _NAMESPACE in head or f"<{_RECORD}" in head


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the EU FSF list is one XML file, got {len(paths)} files")
    path = paths[0]
    report = LoadReport(LIST_ID, files=[str(path)])
    as_of, entities = _read(path, report)
    report.count(entities)
    return ListData(LIST_ID, TITLE, entities, report, as_of, content_hash([path]))


def _local(element: etree._Element) -> str:
    # Not etree.QName: a prefix the file never declares ("<:address>") leaves a tag it refuses.
    return str(element.tag).rsplit("}", 1)[-1]


def _read(path: Path, report: LoadReport) -> tuple[str | None, list[Entity]]:
    root: etree._Element | None = None
    entities: dict[str, Entity] = {}
    for event, element in xml_events(path):
        if root is None:
            root = element
        elif event == "end" and _local(element) == _RECORD:
            for entity in _entity(element, path, report):
                _add_once(entities, entity, f"{path.name} line {element.sourceline}", report)
            element.clear()
    if root is None or _local(root) != _ROOT:
        tag = _local(root) if root is not None else "nothing"
        raise ListFormatError(path, "line 1", f"root element is {tag}, not {_ROOT}")
    generated = root.get("generationDate")
    return (generated[:10] if generated else None), list(entities.values())


def _add_once(
    entities: dict[str, Entity], entity: Entity, location: str, report: LoadReport
) -> None:
    # logicalId is unique in a sound file; a repeat cannot be stored beside the first.
    if entity.id in entities:
        report.skip(location, f"a second sanctionEntity with logicalId {entity.entry_id}")
    else:
        entities[entity.id] = entity


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    # "{*}" matches the tag with the FSF namespace and without any.
    return element.iterchildren(f"{{*}}{tag}")


def _remarks(element: etree._Element) -> list[str]:
    texts = (" ".join((remark.text or "").split()) for remark in _children(element, "remark"))
    return [text for text in texts if text]


def _attr(element: etree._Element, name: str) -> str | None:
    value = " ".join((element.get(name) or "").split())
    return value or None


def _entity(record: etree._Element, path: Path, report: LoadReport) -> list[Entity]:
    logical_id = _attr(record, "logicalId")
    if logical_id is None:
        report.skip(f"{path.name} line {record.sourceline}", "sanctionEntity without logicalId")
        return []
    entity = Entity(f"{LIST_ID}:{logical_id}", LIST_ID, logical_id, _schema(record))
    _add_designation(entity, record)
    _add_names(entity, record)
    if not entity.names:
        report.skip(f"{path.name} line {record.sourceline}", "sanctionEntity without a name")
        return []
    for birth in _children(record, "birthdate"):
        _add_birth(entity, birth)
    for citizenship in _children(record, "citizenship"):
        _add_country(entity, "nationalities", citizenship)
    for identification in _children(record, "identification"):
        _add_identification(entity, identification)
    for address in _children(record, "address"):
        _add_address(entity, address)
    return [entity]


def _schema(record: etree._Element) -> Schema:
    for subject in _children(record, "subjectType"):
        return _SCHEMAS.get((_attr(subject, "code") or "").lower(), "LegalEntity")
    return "LegalEntity"


def _add_designation(entity: Entity, record: etree._Element) -> None:
    listed = parse_date(_attr(record, "designationDate"))
    entity.listing_date = listed[0] if listed else None
    for label, attr in (("EU reference", "euReferenceNumber"), ("UN reference", "unitedNationId")):
        value = _attr(record, attr)
        if value:
            entity.notes.append(f"{label} {value}")
    entity.add_unique("notes", _attr(record, "designationDetails"))
    for remark in _remarks(record):
        entity.add_unique("notes", remark)
    for regulation in _children(record, "regulation"):
        _add_regulation(entity, regulation)


def _add_regulation(entity: Entity, regulation: etree._Element) -> None:
    entity.add_unique("programs", _attr(regulation, "programme"))
    title = _attr(regulation, "numberTitle")
    if title:
        entity.add_unique("notes", f"Regulation {title}")
    for url in _children(regulation, "publicationUrl"):
        entity.source_url = entity.source_url or (url.text or "").strip() or None


def _add_names(entity: Entity, record: etree._Element) -> None:
    aliases = sorted(_children(record, "nameAlias"), key=_primary_rank)
    for index, alias in enumerate(aliases):
        _add_alias(entity, alias, first=index == 0)


def _primary_rank(alias: etree._Element) -> int:
    """Lower is a better primary: strong, then in the regulation's language (no nameLanguage)."""
    weak = _attr(alias, "strong") == "false"
    return 2 * weak + (_attr(alias, "nameLanguage") is not None)


def _alias_value(alias: etree._Element) -> str | None:
    parts = (_attr(alias, part) for part in ("firstName", "middleName", "lastName"))
    return _attr(alias, "wholeName") or " ".join(p for p in parts if p) or None


def _add_alias(entity: Entity, alias: etree._Element, first: bool) -> None:
    value = _alias_value(alias)
    lang = _language(_attr(alias, "nameLanguage")) or script_label(value or "")
    if _attr(alias, "strong") == "false":
        entity.add_name(value, "weak_alias", "weak", lang)
    else:
        entity.add_name(value, "primary" if first else "alias", "strong", lang)
    entity.gender = entity.gender or _GENDERS.get(_attr(alias, "gender") or "")
    entity.add_unique("positions", _attr(alias, "function"))
    title = _attr(alias, "title")
    if title:
        entity.add_unique("notes", f"Title: {title}")


def _language(code: str | None) -> str | None:
    """ISO 639-3, as the UK loader gives it; the FSF writes ISO 639-1 in capitals ("SV")."""
    return (iso_639_alpha3(code) or code.lower()) if code else None


def _add_birth(entity: Entity, birth: etree._Element) -> None:
    dates = _birth_dates(birth)
    for date in dates:
        entity.add_unique("birth_dates", date)
    if _attr(birth, "circa") == "true" and dates:
        entity.add_unique("notes", f"Date of birth circa {', '.join(dates)}")
    place = [_attr(birth, p) for p in ("place", "city", "region")] + [_country_name(birth)]
    entity.add_unique("birth_places", ", ".join(p for p in place if p))
    for remark in _remarks(birth):
        entity.add_unique("notes", f"Birth: {remark}")


def _birth_dates(birth: etree._Element) -> list[str]:
    full = parse_date(_attr(birth, "birthdate"))
    if full:
        return full
    year, month, day = (_attr(birth, a) for a in ("year", "monthOfYear", "dayOfMonth"))
    if year:
        return parse_date("-".join(p for p in (year, month, day if month else None) if p))
    start, end = _attr(birth, "yearRangeFrom"), _attr(birth, "yearRangeTo")
    return parse_date(f"{start} to {end}") if start and end else []


def _country(element: etree._Element) -> str | None:
    code = _attr(element, "countryIso2Code")
    if code and code != _UNKNOWN_COUNTRY:
        return country_code(code) or code.lower()
    return country_code(_country_name(element))


def _country_name(element: etree._Element) -> str | None:
    name = _attr(element, "countryDescription")
    return name if name and name.upper() != "UNKNOWN" else None


def _add_country(entity: Entity, attr: str, element: etree._Element) -> None:
    code = _country(element)
    if code is not None:
        entity.add_unique(attr, code)
    elif _country_name(element):
        entity.add_unique("notes", f"Country not recognised: {_country_name(element)}")


def _add_identification(entity: Entity, identification: etree._Element) -> None:
    number = _attr(identification, "number") or _attr(identification, "latinNumber")
    if number is None:
        return
    code = (_attr(identification, "identificationTypeCode") or "other").lower()
    label = _attr(identification, "identificationTypeDescription") or code
    entity.add_identifier(
        Identifier(_ID_TYPES.get(code, "other"), number, _country(identification), label)
    )
    if _attr(identification, "knownFalse") == "true":
        entity.add_unique("notes", f"{label} {number} is known to be false")
    for remark in _remarks(identification):
        entity.add_unique("notes", f"{label} {number}: {remark}")


def _add_address(entity: Entity, address: etree._Element) -> None:
    parts = ("street", "poBox", "zipCode", "city", "place", "region")
    values = [_attr(address, part) for part in parts] + [_country_name(address)]
    entity.add_unique("addresses", ", ".join(v for v in values if v))
    _add_country(entity, "countries", address)
