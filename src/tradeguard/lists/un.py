"""The UN Security Council Consolidated List, official XML (`CONSOLIDATED_LIST`).

Each INDIVIDUAL or ENTITY becomes one entity keyed by its REFERENCE_NUMBER ("KPi.033"). The
file is hand-edited over decades, so several fields carry prose: aliases packed with ';',
original-script names in parentheses, document numbers inside notes. The helpers below
undo those habits where the wording is unambiguous and keep the rest as notes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash
from tradeguard.lists.csvutil import head_text
from tradeguard.lists.xmlutil import script_label, xml_events
from tradeguard.model import Entity, Identifier, IdentifierType, NameKind, Quality, Schema

FORMAT = "un"
MULTI_FILE = False
LIST_ID = "un-sc"
TITLE = "UN Security Council Consolidated List"

_ROOT = "CONSOLIDATED_LIST"
_RECORDS = frozenset({"INDIVIDUAL", "ENTITY"})
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_PLACE_PARTS = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
_ALIAS_KINDS: dict[str, tuple[NameKind, Quality]] = {
    "good": ("alias", "strong"),
    "a.k.a.": ("alias", "strong"),
    "low": ("weak_alias", "weak"),
    "f.k.a.": ("previous", "strong"),
}
# Reference numbers cited in comments ("Jamil Mukulu (CDi.015)") link parties.
_REFERENCE = re.compile(r"\b[A-Z]{2}[ie]\.\d{3}\b")
# Alias cells sometimes run on into a biography: "X, born 1 Jan. 1953 (Oman passport ...)".
_BIOGRAPHY = re.compile(r",\s*born\b.*$", re.S)
# Labels the UN writes inside alias cells about the alias, not part of the name.
_ANNOTATION = re.compile(
    r"\s*\((?:original script|previously listed as|birth name|combat name|third"
    r"|false identity[^)]*)\)|\s+-\s+sub-unit name$|^original script:\s*",
    re.I,
)
# "Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet": ';' and lettered enumerations.
_ALIAS_SEPARATOR = re.compile(r";|\s+[a-z]\)\s+")
_QUOTES = "\"'“”"
# A document number the UN wrote into prose: "Libyan passport number 347834, issued ...".
_LABELLED_NUMBER = re.compile(
    r"(?i:\b(?:number|no\.|code:))\s*([A-Z]{0,3}[- ]?\d[\w/-]*|[A-Z0-9]{8,})"
)
_BARE_NUMBER = re.compile(r"\b(?:[A-Z]{1,2}[ /-]{0,2})?\d[\d/-]{4,}\b")
# Document notes that name the holder differently: "name in Arabic script: ...", "under name X".
_NAME_ON_DOCUMENT = re.compile(r"name in \w+ script:\s*(.+)$|under name\s+([^,;]+)", re.S)


def sniff(path: Path) -> bool:
    return f"<{_ROOT}" in head_text(path, 4096)


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the UN list is one XML file, got {len(paths)} files")
    path = paths[0]
    report = LoadReport(LIST_ID, files=[str(path)])
    as_of, parsed = _read(path)
    # A record without a name can never be matched; loading it would only hide the fault.
    for entity, _ in parsed:
        if not entity.names:
            report.skip(entity.entry_id or "(no reference)", "record without a name")
    entities = _unique(_assign_ids([(e, data_id) for e, data_id in parsed if e.names]), report)
    _link(entities, report)
    report.count(entities)
    return ListData(LIST_ID, TITLE, entities, report, as_of, content_hash([path]))


def split_alias(text: str | None) -> list[str]:
    """Split one UN alias cell into the names it packs together."""
    if not text:
        return []
    cleaned = _BIOGRAPHY.sub("", " ".join(text.split())).strip(" ,;")
    head, inner = _trailing_group(cleaned)
    if inner is not None and (
        ";" in inner or script_label(head) != script_label(_clean_name(inner))
    ):
        parts = [head, *_ALIAS_SEPARATOR.split(inner)]
    else:
        parts = _ALIAS_SEPARATOR.split(cleaned)
    return [name for name in (_clean_name(part) for part in parts) if name]


def _trailing_group(text: str) -> tuple[str, str | None]:
    """Split "head (inner)" at the balanced parenthesis that closes the text."""
    if not text.endswith(")"):
        return text, None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            head = text[:index].strip()
            return (head, text[index + 1 : -1]) if head else (text, None)
    return text, None


def _clean_name(part: str) -> str:
    return _ANNOTATION.sub("", part).strip(" ,;").strip(_QUOTES).strip()


def _read(path: Path) -> tuple[str | None, list[tuple[Entity, str | None]]]:
    root: etree._Element | None = None
    parsed: list[tuple[Entity, str | None]] = []
    for event, element in xml_events(path):
        if root is None:
            root = element
        elif event == "end" and element.tag in _RECORDS:
            parsed.append((_entity(element), _text(element, "DATAID")))
            element.clear()
    if root is None or root.tag != _ROOT:
        tag = root.tag if root is not None else "nothing"
        raise ListFormatError(path, "line 1", f"root element is {tag}, not {_ROOT}")
    return _date_part(root.get("dateGenerated")), parsed


def _date_part(value: str | None) -> str | None:
    return value[:10] if value else None


def _assign_ids(parsed: list[tuple[Entity, str | None]]) -> list[Entity]:
    """Key by REFERENCE_NUMBER, falling back to DATAID for any reference used twice."""
    counts = Counter(entity.entry_id for entity, _ in parsed)
    for entity, data_id in parsed:
        if data_id and (counts[entity.entry_id] > 1 or not entity.entry_id):
            entity.entry_id = data_id
            entity.id = f"{LIST_ID}:{data_id}"
    return [entity for entity, _ in parsed]


def _unique(entities: list[Entity], report: LoadReport) -> list[Entity]:
    """Skip a record whose reference and DATAID both repeat an earlier one: it cannot be
    stored beside the first, and a sound file has none."""
    seen: set[str] = set()
    kept: list[Entity] = []
    for entity in entities:
        if entity.id in seen:
            report.skip(entity.entry_id, "a second record with this reference and DATAID")
        else:
            seen.add(entity.id)
            kept.append(entity)
    return kept


def _link(entities: list[Entity], report: LoadReport) -> None:
    known = {entity.entry_id for entity in entities}
    for entity in entities:
        cited = {ref for note in entity.notes for ref in _REFERENCE.findall(note)}
        for reference in sorted(cited - {entity.entry_id}):
            if reference in known:
                entity.linked_to.append(reference)
            else:
                report.dangle(f"{entity.entry_id} -> {reference}")


def _clean(value: str | None) -> str | None:
    cleaned = " ".join(value.split()) if value else ""
    return cleaned or None


def _text(element: etree._Element, tag: str) -> str | None:
    child = element.find(tag)
    return _clean(child.text) if child is not None else None


def _values(element: etree._Element, tag: str) -> list[str]:
    values = (_clean(child.text) for child in element.iterfind(f"{tag}/VALUE"))
    return [value for value in values if value]


def _entity(record: etree._Element) -> Entity:
    reference = _text(record, "REFERENCE_NUMBER") or _text(record, "DATAID") or ""
    schema: Schema = "Person" if record.tag == "INDIVIDUAL" else "Organization"
    entity = Entity(f"{LIST_ID}:{reference}", LIST_ID, reference, schema)
    _add_names(entity, record)
    _add_listing(entity, record)
    _add_person_facts(entity, record)
    for address in record.iterfind(f"{record.tag}_ADDRESS"):
        _add_address(entity, address)
    return entity


def _add_names(entity: Entity, record: etree._Element) -> None:
    parts = [part for part in (_text(record, tag) for tag in _NAME_PARTS) if part]
    entity.add_name(" ".join(parts), "primary")
    for name in split_alias(_text(record, "NAME_ORIGINAL_SCRIPT")):
        entity.add_name(name, "alias", lang=script_label(name))
    for alias in record.iterfind(f"{record.tag}_ALIAS"):
        _add_alias(entity, alias)


def _add_alias(entity: Entity, alias: etree._Element) -> None:
    quality = (_text(alias, "QUALITY") or "").lower()
    kind, strength = _ALIAS_KINDS.get(quality, ("alias", "strong"))
    names = split_alias(_text(alias, "ALIAS_NAME"))
    for name in names:
        entity.add_name(name, kind, strength, script_label(name))
    # Some aliases carry their own birth details: the identity that name was used with.
    for date in parse_date(_text(alias, "DATE_OF_BIRTH")):
        entity.add_unique("birth_dates", date)
    entity.add_unique("birth_places", _join(alias, ("CITY_OF_BIRTH", "COUNTRY_OF_BIRTH")))
    note = _text(alias, "NOTE")
    if note and names:
        entity.notes.append(f"Alias {names[0]}: {note}")


def _add_listing(entity: Entity, record: etree._Element) -> None:
    entity.add_unique("programs", _text(record, "UN_LIST_TYPE"))
    listed = parse_date(_text(record, "LISTED_ON"))
    entity.listing_date = listed[0] if listed else None
    entity.add_unique("notes", _text(record, "COMMENTS1"))
    data_id = _text(record, "DATAID")
    if data_id:
        entity.notes.append(f"UN DATAID {data_id}")
    for title in _values(record, "TITLE"):
        entity.add_unique("notes", f"Title: {title}")
    for designation in _values(record, "DESIGNATION"):
        entity.add_unique("positions", designation)


def _add_person_facts(entity: Entity, record: etree._Element) -> None:
    gender = (_text(record, "GENDER") or "").lower()
    if gender in ("male", "female"):
        entity.gender = "male" if gender == "male" else "female"
    for nationality in _values(record, "NATIONALITY"):
        _add_country(entity, "nationalities", nationality, "Nationality")
    for birth in record.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        _add_birth_date(entity, birth)
    for place in record.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        entity.add_unique("birth_places", _join(place, _PLACE_PARTS + ("NOTE",)))
    for document in record.iterfind("INDIVIDUAL_DOCUMENT"):
        _add_document(entity, document)


def _add_country(entity: Entity, attr: str, name: str | None, label: str) -> None:
    code = country_code(name)
    if code is not None:
        entity.add_unique(attr, code)
    elif name:
        entity.add_unique("notes", f"{label} not recognised as a country: {name}")


def _add_birth_date(entity: Entity, birth: etree._Element) -> None:
    kind = _text(birth, "TYPE_OF_DATE")
    note = _text(birth, "NOTE")
    if kind == "BETWEEN":
        dates = parse_date(f"{_text(birth, 'FROM_YEAR')} to {_text(birth, 'TO_YEAR')}")
    else:
        dates = parse_date(_text(birth, "DATE")) or parse_date(_text(birth, "YEAR"))
    # Without DATE or YEAR the UN writes a partial date in NOTE: "Nov. 1973", "August 1961".
    from_note = parse_date(note) if not dates else []
    for date in dates or from_note:
        entity.add_unique("birth_dates", date)
    # "Approximately" comes as TYPE_OF_DATE or as a NOTE beside a BETWEEN range.
    approximate = "approximately" in ((kind or "").lower(), (note or "").lower())
    if approximate and dates:
        entity.add_unique("notes", f"Date of birth approximately {', '.join(dates)}")
    elif note and not from_note:
        entity.add_unique("notes", f"Date of birth: {note}")


def _add_document(entity: Entity, document: etree._Element) -> None:
    kind = _text(document, "TYPE_OF_DOCUMENT")
    detail = (_text(document, "TYPE_OF_DOCUMENT2") or "").rstrip(" :")
    if kind is None and not detail:
        return
    label = detail or kind or ""
    note = _text(document, "NOTE")
    number = _document_number(_text(document, "NUMBER"), detail, note)
    country = _text(document, "ISSUING_COUNTRY") or _text(document, "COUNTRY_OF_ISSUE")
    if number:
        id_type = _document_type(kind or "", detail)
        entity.add_identifier(Identifier(id_type, number, country_code(country), label))
    if note:
        entity.add_unique("notes", f"{label} {number or ''}".strip() + f": {note}")
        for name in _names_on_document(note):
            entity.add_name(name, "alias", lang=script_label(name))


def _document_type(kind: str, detail: str) -> IdentifierType:
    # The UN writes the passport type in English, French and Spanish.
    if re.search(r"pass(?:port|eport)|pasaporte", kind, re.I):
        return "passport"
    if "fiscal code" in detail.lower():
        return "tax_id"
    return "national_id"


def _document_number(number: str | None, detail: str, note: str | None) -> str | None:
    """The NUMBER cell, or the number the UN wrote into the type or note instead."""
    if number and not any(char.islower() for char in number):
        return number
    for prose in (number, detail, note):
        found = _number_in(prose)
        if found:
            return found
    return number


def _number_in(prose: str | None) -> str | None:
    if not prose:
        return None
    match = _LABELLED_NUMBER.search(prose) or _BARE_NUMBER.search(prose)
    return match.group(1 if match.re is _LABELLED_NUMBER else 0) if match else None


def _names_on_document(note: str) -> list[str]:
    return [
        name.strip(" .")
        for match in _NAME_ON_DOCUMENT.finditer(note)
        for name in match.groups()
        if name
    ]


def _add_address(entity: Entity, address: etree._Element) -> None:
    place = _join(address, _PLACE_PARTS)
    note = _text(address, "NOTE")
    entity.add_unique("addresses", f"{place} ({note})" if place and note else place or note)
    _add_country(entity, "countries", _text(address, "COUNTRY"), "Address country")


def _join(element: etree._Element, tags: Sequence[str]) -> str | None:
    parts = [part for part in (_text(element, tag) for tag in tags) if part]
    return ", ".join(parts) or None
