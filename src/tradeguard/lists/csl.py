"""US Consolidated Screening List, the trade.gov CSV: one row per party per source list.

Treasury rows carry OFAC's data (type, programmes, ids); BIS and State rows (Entity List,
Denied Persons, Unverified, ITAR Debarred...) leave type, programmes and ids empty. Multi-valued
cells are '; '-separated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, LoadReport, content_hash
from tradeguard.lists.csvutil import (
    Record,
    first_row,
    read_checked,
    records,
    require_columns,
    rows,
)
from tradeguard.model import Entity, Identifier, IdentifierType, NameKind, Schema

FORMAT = "csl"
MULTI_FILE = False
LIST_ID = "us-csl"
TITLE = "US Consolidated Screening List"

HEADER_START = ("_id", "source", "entity_number", "type", "programs", "name")
REQUIRED = (*HEADER_START, "alt_names", "addresses", "ids")
SCHEMAS: dict[str, Schema] = {
    "Individual": "Person",
    "Entity": "Organization",
    "Vessel": "Vessel",
    "Aircraft": "Airplane",
}
# BIS and State rows have no type: a denied person may be a company or an individual.
UNTYPED: Schema = "LegalEntity"

# The ids column: "Label, value[, country][, issued][, expires]; Label, value...". The labels
# are OFAC's; anything not listed here (Website, Listing Date (CMIC), directive text) is kept
# as a note rather than passed off as an identifier.
ID_TYPES: dict[str, IdentifierType] = {
    "Passport": "passport",
    "Diplomatic Passport": "passport",
    "British National Overseas Passport": "passport",
    "National ID No.": "national_id",
    "Cedula No.": "national_id",
    "D.N.I.": "national_id",
    "C.U.R.P.": "national_id",
    "Identification Number": "national_id",
    "SSN": "national_id",
    "National Foreign ID Number": "national_id",
    "Bosnian Personal ID No.": "national_id",
    "Moroccan Personal ID No.": "national_id",
    "Kenyan ID No.": "national_id",
    "Personal ID Card": "national_id",
    "Public Security and Immigration No.": "national_id",
    "Tax ID No.": "tax_id",
    "NIT #": "tax_id",
    "R.F.C.": "tax_id",
    "RFC": "tax_id",
    "RUC #": "tax_id",
    "C.U.I.T.": "tax_id",
    "Italian Fiscal Code": "tax_id",
    "US FEIN": "tax_id",
    "V.A.T. Number": "tax_id",
    "Paraguayan tax identification number": "tax_id",
    "Registration ID": "registration",
    "Registration Number": "registration",
    "Business Registration Number": "registration",
    "Business Registration Document #": "registration",
    "Public Registration Number": "registration",
    "Company Number": "registration",
    "UK Company Number": "registration",
    "Certificate of Incorporation Number": "registration",
    "C.R. No.": "registration",
    "LE Number": "registration",
    "Government Gazette Number": "registration",
    "Unified Social Credit Code (USCC)": "registration",
    "Registered Charity No.": "registration",
    "Legal Entity Number": "lei",
    "SWIFT/BIC": "swift",
    "MMSI": "mmsi",
    "Vessel Registration Identification": "imo",
    "Travel Document Number": "other",
    "Electoral Registry No.": "other",
    "Credencial electoral": "other",
    "Driver's License No.": "other",
    "Immigration No.": "other",
    "VisaNumberID": "other",
    "BIK (RU)": "other",
    "License": "other",
    "Serial No.": "other",
    "ISIN": "other",
    "Equity Ticker": "other",
}
_IMO = re.compile(r"^IMO\s*(\d{7})$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# "(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE)": the name may hold
# parentheses, so it runs to the ")" that ends a remark.
_LINKED = re.compile(r"\(Linked To:\s*(.+?)\)(?=;|$)")
# One remark can link to several parties: "(Linked To: A; Linked To: B)".
_MORE_LINKS = re.compile(r";\s*Linked To:\s*")
# "Entity List (EL) - Bureau of Industry and Security": the agency suffix is noise in a programme.
_AGENCY = re.compile(r"\s+-\s+[^-]+$")
_NOTE_COLUMNS = (
    ("federal_register_notice", "Federal Register"),
    ("end_date", "End date"),
    ("license_requirement", "License requirement"),
    ("license_policy", "License policy"),
    ("vessel_type", "Vessel type"),
    ("vessel_owner", "Vessel owner"),
    ("remarks", "Remarks"),
)


def sniff(path: Path) -> bool:
    return tuple(cell.strip() for cell in first_row(path)[: len(HEADER_START)]) == HEADER_START


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the {FORMAT} format reads one file at a time, got {len(paths)}")
    path = paths[0]
    report = LoadReport(LIST_ID, files=[str(path)])
    entities: dict[str, Entity] = {}
    links: list[tuple[Entity, str]] = []
    for record in _records(path):
        entity = _entity_for(entities, record, report)
        if entity is not None:
            links.extend((entity, name) for name in _apply(entity, record))
    _resolve_links(entities, links, report)
    found = list(entities.values())
    report.count(found)
    return ListData(LIST_ID, TITLE, found, report, None, content_hash([path]))


def _records(path: Path) -> Iterator[Record]:
    numbered = rows(path, read_checked(path))
    _, header = next(numbered, (1, []))
    require_columns(path, header, REQUIRED)
    for record in records(path, header, numbered):
        # trade.gov's export repeats the header line under itself.
        if list(record.values.values()) != header:
            yield record


def _entity_for(entities: dict[str, Entity], record: Record, report: LoadReport) -> Entity | None:
    entry_id = record.get("_id")
    if not entry_id or not record.get("name"):
        report.skip(record.location, "no _id or no name")
        return None
    # A party on two Treasury lists (SSI and NS-MBS) appears twice under one _id: one entity.
    if entry_id not in entities:
        schema = SCHEMAS.get(record.get("type"), UNTYPED)
        entities[entry_id] = Entity(f"{LIST_ID}:{entry_id}", LIST_ID, entry_id, schema)
    return entities[entry_id]


def _apply(entity: Entity, record: Record) -> list[str]:
    """Write one row onto its entity; return the names the row says it is linked to."""
    _add_names(entity, record)
    _add_programs(entity, record)
    _add_person(entity, record)
    _add_places(entity, record)
    _add_ids(entity, record.get("ids"))
    _add_notes(entity, record)
    entity.source_url = entity.source_url or record.get("source_information_url") or None
    found = _LINKED.findall(record.get("remarks"))
    return [name.strip() for group in found for name in _MORE_LINKS.split(group)]


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _add_names(entity: Entity, record: Record) -> None:
    # The second row of a party on two lists repeats its name, often in another letter case.
    kind: NameKind = "alias" if entity.names else "primary"
    _add_name_once(entity, record.get("name"), kind)
    for alias in split(record.get("alt_names")):
        _add_name_once(entity, alias, "alias")


def _add_name_once(entity: Entity, value: str, kind: NameKind) -> None:
    folded = " ".join(value.split()).casefold()
    if all(name.value.casefold() != folded for name in entity.names):
        entity.add_name(value, kind)


def _add_programs(entity: Entity, record: Record) -> None:
    entity.add_unique("programs", _AGENCY.sub("", record.get("source")))
    for program in split(record.get("programs")):
        entity.add_unique("programs", program)
    listed = parse_date(record.get("start_date"))
    if listed and (entity.listing_date is None or listed[0] < entity.listing_date):
        entity.listing_date = listed[0]


def _add_person(entity: Entity, record: Record) -> None:
    for text in split(record.get("dates_of_birth")):
        for value in parse_date(text):
            entity.add_unique("birth_dates", value)
    for place in split(record.get("places_of_birth")):
        entity.add_unique("birth_places", place)
    for column in ("nationalities", "citizenships"):
        for code in split(record.get(column)):
            entity.add_unique("nationalities", country_code(code))
    entity.add_unique("positions", record.get("title"))


def _add_places(entity: Entity, record: Record) -> None:
    for address in split(record.get("addresses")):
        entity.add_unique("addresses", address)
        # Addresses end with the ISO code of their country ("..., Moscow, 119034, RU"); some
        # addresses are nothing but the code.
        tail = address.rsplit(",", 1)[-1].strip()
        if _COUNTRY.match(tail):
            entity.add_unique("countries", country_code(tail))
    entity.add_unique("countries", country_code(record.get("vessel_flag")))
    call_sign = record.get("call_sign")
    if call_sign:
        entity.add_identifier(Identifier("call_sign", call_sign, None, "Call Sign"))


def _add_ids(entity: Entity, text: str) -> None:
    for entry in split(text):
        label, _, rest = (part.strip() for part in entry.partition(","))
        if label == "Gender" and rest.lower() in ("male", "female"):
            entity.gender = "male" if rest.lower() == "male" else "female"
        elif label in ID_TYPES and rest:
            entity.add_identifier(_identifier(label, rest))
        else:
            entity.add_unique("notes", entry)


def _identifier(label: str, rest: str) -> Identifier:
    """ "P229856, 01 Nov 2002, 31 Oct 2007" -> the number; a two-letter piece is its country."""
    value, *qualifiers = (piece.strip() for piece in rest.split(","))
    codes = (country_code(piece) for piece in qualifiers if _COUNTRY.match(piece))
    country = next((code for code in codes if code is not None), None)
    kind = ID_TYPES[label]
    if kind == "imo":
        imo = _IMO.match(value)
        if imo is None:  # other vessel registrations share the label
            return Identifier("other", value, country, label)
        value = imo.group(1)
    return Identifier(kind, value, country, label)


def _add_notes(entity: Entity, record: Record) -> None:
    for column, label in _NOTE_COLUMNS:
        value = record.get(column)
        if value:
            entity.add_unique("notes", f"{label}: {value}")


def _resolve_links(
    entities: dict[str, Entity], links: list[tuple[Entity, str]], report: LoadReport
) -> None:
    """Turn "Linked To" names into entry ids; a name listed nowhere in the file dangles."""
    by_name = {
        name.value.casefold(): entity.entry_id
        for entity in entities.values()
        for name in entity.names
    }
    for entity, name in links:
        target = by_name.get(" ".join(name.split()).casefold())
        if target is None:
            report.dangle(f"{entity.entry_id} -> {name}")
        elif target != entity.entry_id:
            entity.add_unique("linked_to", target)
