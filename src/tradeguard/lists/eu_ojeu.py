"""EU sanctions annexes transcribed row by row from the Official Journal by OpenSanctions.

A folder of CSVs is one list: one file per framework act, named by its CELEX number
(`32014R0269.csv`), plus optional amendment files (`amendments/32026R1843.csv`) holding
designations newer than the consolidated snapshot. The columns are documented in FORMAT.md
beside the data. Cells keep the Official Journal's wording, so dates, countries and
enumerations ("(a) Algerian, (b) German") are normalised here.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash
from tradeguard.lists.csvutil import Record, first_row, read_checked, records, rows
from tradeguard.lists.xmlutil import script_label
from tradeguard.model import Entity, Identifier, IdentifierType, NameKind, Quality, Schema

FORMAT = "eu-ojeu"
MULTI_FILE = True
LIST_ID = "eu-ojeu"
TITLE = "EU sanctions annexes (Official Journal transcription)"

_CONTEXT = ("recordId", "programKey", "annex", "measure", "startDate", "reason")
ENTITY_COLUMNS = (
    "schema", "name", "alias", "weakAlias", "previousName", "country", "nationality",
    "jurisdiction", "birthDate", "birthPlace", "position", "passportNumber", "gender",
    "appearance", "ethnicity", "fatherName", "motherName", "incorporationDate", "legalForm",
    "sector", "registrationNumber", "taxNumber", "idNumber", "innCode", "ogrnCode", "kppCode",
    "okpoCode", "leiCode", "swiftBic", "ticker", "imoNumber", "mmsi", "flag", "address",
    "phone", "email", "website", "notes",
)  # fmt: skip
CONSOLIDATED_HEADER = ("celex", *_CONTEXT, *ENTITY_COLUMNS)
AMENDMENT_HEADER = ("amendedCelex", "amendmentCelex", *_CONTEXT, *ENTITY_COLUMNS)
_HEADERS = {CONSOLIDATED_HEADER, AMENDMENT_HEADER}

# FtM schemas the model lacks: an Asset (a port, a special economic zone, a crypto-asset) is
# still a name to screen against, so it is kept as a LegalEntity with a note saying so.
_SCHEMAS: dict[str, Schema] = {
    "Person": "Person",
    "Organization": "Organization",
    "Company": "Company",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Asset": "LegalEntity",
}
_NAME_COLUMNS: dict[str, tuple[NameKind, Quality]] = {
    "alias": ("alias", "strong"),
    "weakAlias": ("weak_alias", "weak"),
    "previousName": ("previous", "strong"),
}
# column -> (identifier type, label, country the numbering system belongs to)
_IDENTIFIER_COLUMNS: dict[str, tuple[IdentifierType, str | None, str | None]] = {
    "passportNumber": ("passport", None, None),
    "idNumber": ("national_id", None, None),
    "taxNumber": ("tax_id", None, None),
    "registrationNumber": ("registration", None, None),
    "innCode": ("tax_id", "INN", "ru"),
    "ogrnCode": ("registration", "OGRN", "ru"),
    "kppCode": ("other", "KPP", "ru"),
    "okpoCode": ("other", "OKPO", "ru"),
    "leiCode": ("lei", None, None),
    "swiftBic": ("swift", None, None),
    "ticker": ("other", "ticker", None),
    "imoNumber": ("imo", None, None),
    "mmsi": ("mmsi", None, None),
}
_TEXT_COLUMNS = {"birthPlace": "birth_places", "position": "positions", "address": "addresses"}
# Columns with no field in the model, kept as labelled notes.
_NOTE_COLUMNS = {
    "incorporationDate": "Incorporated",
    "legalForm": "Legal form",
    "sector": "Sector",
    "appearance": "Appearance",
    "ethnicity": "Ethnicity",
    "fatherName": "Father's name",
    "motherName": "Mother's name",
    "phone": "Phone",
    "email": "Email",
    "website": "Website",
}
# "(a) Algerian, (b) German", "(i) 11.4.1963, (ii) 11.4.1960", "6.3.1955 or 15.3.1955".
_ENUMERATION = re.compile(r"\(\s*(?:[a-h]|[ivx]{1,4})\s*\)|\b[a-h]\)|[,;/]|\bor\b|\band\b")
# Hedges around a nationality: "(presumed)", "Possibly Ethiopian", "assumed Congolese".
_HEDGE = re.compile(r"\([^)]*\)|^\s*(?:possibly|assumed|probably)\s+", re.I)
_CELEX = re.compile(r"^3(\d{4})([RD])(\d{4})$")
_EURLEX = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:{celex}"


@dataclass(slots=True)
class _Row:
    """One CSV row, with where it came from for error messages and the amendments flag."""

    cells: dict[str, str]
    celex: str
    location: str
    amendment: bool


def sniff(path: Path) -> bool:
    return path.suffix.lower() == ".csv" and tuple(first_row(path)) in _HEADERS


def load(paths: Sequence[Path]) -> ListData:
    report = LoadReport(LIST_ID, files=[str(path) for path in paths])
    files = [_read_file(path) for path in paths]
    _require_snapshot(paths, files)
    # Consolidated snapshots first: they are authoritative, amendments only add to them.
    ordered = sorted(files, key=lambda file: file[0])
    entities = _build(_group([row for _, rows in ordered for row in rows], report))
    report.count(entities)
    return ListData(LIST_ID, TITLE, entities, report, None, content_hash(paths))


def _require_snapshot(paths: Sequence[Path], files: list[tuple[bool, list[_Row]]]) -> None:
    """Refuse amendments alone: stored as "eu-ojeu" they would replace the whole EU list."""
    if files and all(amendment for amendment, _ in files):
        problem = "amendment files only add to a consolidated snapshot; load them together"
        raise ListFormatError(paths[0], None, problem)


def regulation_label(celex: str) -> str:
    """Programme from a CELEX number: 32014R0269 is "EU 269/2014", 32024R2642 "EU 2024/2642"."""
    match = _CELEX.match(celex)
    if match is None:
        return f"EU {celex}"
    year, kind, number = match.group(1), match.group(2), str(int(match.group(3)))
    if kind == "D":
        return f"EU Decision {year}/{number}"
    # EU regulations were numbered number/year until 2015, year/number since.
    return f"EU {number}/{year}" if int(year) < 2015 else f"EU {year}/{number}"


def _read_file(path: Path) -> tuple[bool, list[_Row]]:
    """Whether the file is an amendment file, and its rows."""
    numbered = rows(path, read_checked(path))
    header = _header(path, next(numbered, None))
    amendment = header[0] == "amendedCelex"
    return amendment, [_row(path, record, amendment) for record in records(path, header, numbered)]


def _header(path: Path, first: tuple[int, list[str]] | None) -> list[str]:
    if first is None:
        raise ListFormatError(path, "line 1", "empty file, expected the EU journal CSV header")
    if tuple(first[1]) not in _HEADERS:
        raise ListFormatError(
            path, "line 1", "not the consolidated or amendment header of FORMAT.md"
        )
    return first[1]


def _row(path: Path, record: Record, amendment: bool) -> _Row:
    # An amendment row's framework is amendedCelex; that is where its designation lives.
    celex = record.values["amendedCelex" if amendment else "celex"]
    return _Row(record.values, celex, f"{path.name} {record.location}", amendment)


def _group(rows: list[_Row], report: LoadReport) -> list[list[_Row]]:
    """Rows FORMAT.md says are one party: the whole entity row repeated per legal context."""
    parties: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        problem = _problem(row)
        if problem:
            report.skip(row.location, problem)
            continue
        key = tuple(row.cells[column] for column in ENTITY_COLUMNS)
        parties.setdefault(key, []).append(row)
    return list(parties.values())


def _problem(row: _Row) -> str | None:
    if not row.cells["name"].strip():
        return "no name"
    if row.cells["schema"] not in _SCHEMAS:
        return f"unknown schema {row.cells['schema']!r}"
    return None


def _build(parties: list[list[_Row]]) -> list[Entity]:
    seen: set[str] = set()
    return [_entity(_unique(_entry_id(rows[0]), seen), rows) for rows in parties]


def _entry_id(row: _Row) -> str:
    """CELEX, annex and the printed entry number; a short name hash where the annex prints none."""
    record = row.cells["recordId"]
    if not record:
        seed = f"{row.cells['schema']}\0{row.cells['name']}".encode()
        record = hashlib.sha1(seed, usedforsecurity=False).hexdigest()[:10]
    return "-".join(part for part in (row.celex, row.cells["annex"], record) if part)


def _unique(entry_id: str, seen: set[str]) -> str:
    # The same entry number recurs in one annex under different measures (export control
    # and asset freeze lists are numbered separately).
    candidate, counter = entry_id, 1
    while candidate in seen:
        counter += 1
        candidate = f"{entry_id}-{counter}"
    seen.add(candidate)
    return candidate


def _entity(entry_id: str, rows: list[_Row]) -> Entity:
    cells = rows[0].cells
    entity = Entity(f"{LIST_ID}:{entry_id}", LIST_ID, entry_id, _SCHEMAS[cells["schema"]])
    entity.source_url = _EURLEX.format(celex=rows[0].celex)
    if cells["schema"] == "Asset":
        entity.notes.append(
            "Listed as an asset (a facility, zone or crypto-asset), not a legal person"
        )
    _add_names(entity, cells)
    _add_countries(entity, cells)
    _add_birth_dates(entity, cells)
    _add_details(entity, cells)
    _add_identifiers(entity, cells)
    _add_notes(entity, cells)
    for row in rows:
        _add_listing(entity, row)
    return entity


def _split(cell: str) -> list[str]:
    """A multi-valued cell: ';'-separated, CSV-quoted where a value itself holds ';' or '"'."""
    if not cell:
        return []
    values = (
        next(csv.reader([cell], delimiter=";", skipinitialspace=True))
        if '"' in cell
        else cell.split(";")
    )
    return [value.strip() for value in values if value.strip()]


def _add_names(entity: Entity, cells: dict[str, str]) -> None:
    name = cells["name"]
    entity.add_name(name, "primary", lang=script_label(name))
    for column, (kind, quality) in _NAME_COLUMNS.items():
        for value in _split(cells[column]):
            entity.add_name(value, kind, quality, script_label(value))


def _add_countries(entity: Entity, cells: dict[str, str]) -> None:
    for value in _split(cells["nationality"]):
        _add_codes(entity, "nationalities", value, "Nationality")
    for column in ("country", "jurisdiction", "flag"):
        for value in _split(cells[column]):
            _add_codes(entity, "countries", value, column.capitalize())


def _add_codes(entity: Entity, attr: str, value: str, label: str) -> None:
    direct = country_code(value)
    if direct is not None:
        entity.add_unique(attr, direct)
        return
    for code in _codes(value):
        entity.add_unique(attr, code)
    # We had to read the wording ("Possibly Ethiopian", "Italian since 1990"): keep it.
    entity.add_unique("notes", f"{label}: {value}")


def _codes(value: str) -> list[str]:
    """Country codes in a cell such as "(a) German, (b) Moroccan" or "Pakistani (presumed)"."""
    pieces = (_HEDGE.sub("", piece).strip(" .") for piece in _ENUMERATION.split(value))
    codes = (country_code(piece) for piece in pieces if piece)
    return [code for code in codes if code]


def _dates(value: str) -> list[str]:
    """ISO dates in a cell such as "4 Apr. 1944" or "(a) 1.3.1965, (b) 1955"."""
    dates = parse_date(value)
    if dates:
        return dates
    pieces = [piece.strip(" .") for piece in _ENUMERATION.split(value)]
    return [date for piece in pieces for date in parse_date(piece.removeprefix("(probably)"))]


def _add_birth_dates(entity: Entity, cells: dict[str, str]) -> None:
    for value in _split(cells["birthDate"]):
        dates = _dates(value)
        for date in dates:
            entity.add_unique("birth_dates", date)
        if not dates:
            entity.add_unique("notes", f"Date of birth: {value}")


def _add_details(entity: Entity, cells: dict[str, str]) -> None:
    for column, attr in _TEXT_COLUMNS.items():
        for value in _split(cells[column]):
            entity.add_unique(attr, value)
    # The annexes print "male", "Male" and once "male.".
    gender = cells["gender"].strip(" .").lower()
    if gender in ("male", "female"):
        entity.gender = "male" if gender == "male" else "female"


def _add_identifiers(entity: Entity, cells: dict[str, str]) -> None:
    for column, (id_type, label, country) in _IDENTIFIER_COLUMNS.items():
        for value in _split(cells[column]):
            entity.add_identifier(Identifier(id_type, value, country, label))


def _add_notes(entity: Entity, cells: dict[str, str]) -> None:
    for column, label in _NOTE_COLUMNS.items():
        for value in _split(cells[column]):
            entity.add_unique("notes", f"{label}: {value}")
    for value in _split(cells["notes"]):
        entity.add_unique("notes", value)


def _add_listing(entity: Entity, row: _Row) -> None:
    cells = row.cells
    program = regulation_label(row.celex)
    entity.add_unique("programs", program)
    annex = f" Annex {cells['annex']}" if cells["annex"] else ""
    context = f"{program}{annex} ({cells['programKey']}): {cells['measure']}"
    entity.add_unique("notes", context)
    entity.add_unique("notes", cells["reason"])
    started = parse_date(cells["startDate"])
    if started and (entity.listing_date is None or started[0] < entity.listing_date):
        entity.listing_date = started[0]
