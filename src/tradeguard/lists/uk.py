"""UK OFSI Consolidated List in the ConList layout, as CSV or XLSX.

The file has one row per name; the rows of one party share a Group ID and repeat the party's
other facts, sometimes with a different date of birth or address on each row. The first row
is "Last Updated,<dd/mm/yyyy>", the second the header.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Generator, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from rigour.langs import iso_639_alpha3

from tradeguard.countries import country_code
from tradeguard.dates import parse_date
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash
from tradeguard.lists.csvutil import head_text, read_checked, records, require_columns, rows
from tradeguard.model import Entity, Identifier, IdentifierType, Name, NameKind, Quality, Schema

FORMAT = "uk"
MULTI_FILE = False
LIST_ID = "uk-ofsi"
TITLE = "UK OFSI Consolidated List"

GIVEN_NAMES = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5")
ADDRESS = (
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Address 5",
    "Address 6",
    "Post/Zip Code",
    "Country",
)
# Every column a row is read by: a file without one of them is another layout, not a ConList.
REQUIRED = (
    *GIVEN_NAMES,
    "Name 6",
    "Title",
    "Name Non-Latin Script",
    "Non-Latin Script Type",
    "Non-Latin Script Language",
    "DOB",
    "Town of Birth",
    "Country of Birth",
    "Nationality",
    "Passport Number",
    "Passport Details",
    "National Identification Number",
    "National Identification Details",
    "Position",
    *ADDRESS,
    "Other Information",
    "Group Type",
    "Alias Type",
    "Alias Quality",
    "Regime",
    "Listed On",
    "UK Sanctions List Date Designated",
    "Group ID",
)
SCHEMAS: dict[str, Schema] = {"Individual": "Person", "Entity": "Organization", "Ship": "Vessel"}
NAME_KINDS: dict[str, NameKind] = {
    "Primary name": "primary",
    "Primary name variation": "alias",
    "AKA": "alias",
    "FKA": "previous",
    "Previous": "previous",
}
# Misspellings of the script label in the Non-Latin Script Type column.
SCRIPT_FIXES = {"Cryillic": "Cyrillic", "Cyrilic": "Cyrillic"}

# A row's number in the file and its cells.
NumberedRow = tuple[int, list[str]]
# Location of a row ("line 12" in CSV, "row 12" in XLSX) and its cells by header name.
Row = tuple[str, dict[str, str]]

# Multi-valued cells number their values: "(1) Russia (2) Ukraine", "(1-3) Libya", "(3)Uganda".
_NUMBERED = re.compile(r"\(\d+(?:-\d+)?\)")
# References end with the full stop that closes the sentence: "RUS0251.", "KPe.022.".
# A few UN-derived parties carry the UN reference as their UK one ("SDi.005").
_UK_REF = re.compile(r"\(UK Sanctions List Ref\):\s*(\S+?)\.?(?=\s|$)")
_UN_REF = re.compile(r"\(UN Ref\):\s*(\S+?)\.?(?=\s|$)")
# Ships carry "(IMO number):7408873"; their owners "IMO number: 5571322" or
# "International Maritime Organization (IMO) Number: 1790183" in free text.
_IMO = re.compile(r"\bIMO\)?\s+number\)?:\s*(\d{7})\b", re.IGNORECASE)
_GENDER = re.compile(r"\(Gender\):\s*(Male|Female)\b", re.IGNORECASE)
_FLAG = re.compile(r"\(Flag of ship\):\s*([^(]+)")
# Qualifiers OFSI appends to a country: "Iraq (previous address)", "Russia (as at November 2010)".
_COUNTRY_QUALIFIER = re.compile(r"\s*\((?:previous address|as at [^)]*)\)", re.IGNORECASE)

_XLSX_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    InvalidFileException,
    KeyError,
    OSError,
    EOFError,
    ValueError,
    SyntaxError,  # XML parse errors of both ElementTree and lxml derive from it
    # openpyxl's typed descriptors raise TypeError for an attribute of the wrong type, and
    # zipfile NotImplementedError for a member stored with an unknown compression method.
    TypeError,
    NotImplementedError,
)


def sniff(path: Path) -> bool:
    if _is_zip(path):
        return _sniff_xlsx(path)
    lines = head_text(path).splitlines()
    return len(lines) >= 2 and lines[0].startswith("Last Updated,") and "Group ID" in lines[1]


def _sniff_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return False
        first = _xlsx_rows(path, max_row=1)
        try:
            _, cells = next(first, (0, [""]))
        finally:
            first.close()
    except _XLSX_ERRORS:  # ListFormatError is a ValueError too
        return False
    return cells[0] == "Last Updated"


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the {FORMAT} format reads one file at a time, got {len(paths)}")
    path = paths[0]
    report = LoadReport(LIST_ID, files=[str(path)])
    as_of, table = _xlsx_table(path) if _is_zip(path) else _csv_table(path)
    entities = build(table, report)
    report.count(entities)
    return ListData(LIST_ID, TITLE, entities, report, as_of, content_hash([path]))


def _is_zip(path: Path) -> bool:
    """By the first bytes, so that a cut workbook (no zip directory at its end) still counts."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _csv_table(path: Path) -> tuple[str | None, Iterator[Row]]:
    numbered = rows(path, read_checked(path))
    as_of, header = _preamble(path, numbered, "line")
    return as_of, ((record.location, record.values) for record in records(path, header, numbered))


def _xlsx_table(path: Path) -> tuple[str | None, list[Row]]:
    numbered = _xlsx_rows(path)
    try:
        as_of, header = _preamble(path, numbered, "row")
        table = [(f"row {number}", _pad(header, cells)) for number, cells in numbered]
    except ListFormatError:
        raise
    except _XLSX_ERRORS as error:
        raise ListFormatError(path, None, f"not a readable XLSX workbook: {error}") from error
    return as_of, table


def _xlsx_rows(path: Path, max_row: int | None = None) -> Generator[NumberedRow, None, None]:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _XLSX_ERRORS as error:
        raise ListFormatError(
            path, None, f"not a readable XLSX workbook (truncated?): {error}"
        ) from error
    try:
        if not workbook.worksheets:
            raise ListFormatError(path, None, "the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(max_row=max_row, values_only=True), 1):
            cells = [_cell_text(value) for value in values]
            if any(cells):
                yield number, cells
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """Cells as the CSV export writes them, so both files give identical entities."""
    if value is None:
        return ""
    # Excel may store the dates as real dates instead of "dd/mm/yyyy" text.
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _pad(header: Sequence[str], cells: Sequence[str]) -> dict[str, str]:
    # XLSX writers may drop trailing empty cells, which the CSV would keep as empty fields.
    return {name: cells[index] if index < len(cells) else "" for index, name in enumerate(header)}


def _preamble(
    path: Path, numbered: Iterator[NumberedRow], unit: str
) -> tuple[str | None, list[str]]:
    """Consume the "Last Updated" row and the header; return the as-of date and the header."""
    as_of: str | None = None
    for number, row in numbered:
        cells = [cell.strip() for cell in row]
        if cells[0] == "Last Updated" and len(cells) > 1:
            as_of = next(iter(parse_date(cells[1])), None)
        elif "Group ID" in cells:
            require_columns(path, cells, REQUIRED)
            return as_of, cells
        else:
            raise ListFormatError(path, f"{unit} {number}", "expected the ConList header row")
    raise ListFormatError(path, None, "no ConList header row")


def build(table: Iterable[Row], report: LoadReport) -> list[Entity]:
    """Fold the name rows into one entity per Group ID, in first-seen order."""
    entities: dict[str, Entity] = {}
    for location, row in table:
        entity = _entity_for(entities, location, row, report)
        if entity is not None:
            _apply_row(entity, row)
    # A group whose rows all lack a name can never be matched; loading it would hide the fault.
    for group_id, entity in list(entities.items()):
        if not entity.names:
            report.skip(f"Group ID {group_id}", "no name in any of its rows")
            del entities[group_id]
    return list(entities.values())


def _entity_for(
    entities: dict[str, Entity], location: str, row: dict[str, str], report: LoadReport
) -> Entity | None:
    group_id = row["Group ID"].strip()
    schema = SCHEMAS.get(row["Group Type"].strip())
    if not group_id or schema is None:
        report.skip(location, f"no Group ID or unknown Group Type {row['Group Type']!r}")
        return None
    if group_id not in entities:
        entities[group_id] = Entity(f"{LIST_ID}:{group_id}", LIST_ID, group_id, schema)
    return entities[group_id]


def _apply_row(entity: Entity, row: dict[str, str]) -> None:
    _add_names(entity, row)
    _add_birth(entity, row)
    _add_identity(entity, row)
    _add_whereabouts(entity, row)
    _add_listing(entity, row)
    _add_other_information(entity, row["Other Information"])


def _add_names(entity: Entity, row: dict[str, str]) -> None:
    kind, quality = _name_kind(row["Alias Type"], row["Alias Quality"])
    # Name 6 is the surname, or the whole name of an entity or ship; the title stays out.
    parts = [row[column] for column in GIVEN_NAMES] + [row["Name 6"]]
    _add_name(entity, " ".join(part.strip() for part in parts if part.strip()), kind, quality)
    script_kind: NameKind = "weak_alias" if quality == "weak" else "alias"
    entity.add_name(row["Name Non-Latin Script"], script_kind, quality, _language(row))
    title = row["Title"].strip()
    if title:
        entity.add_unique("notes", f"Title: {title}")


def _add_name(entity: Entity, value: str, kind: NameKind, quality: Quality) -> None:
    """Entity.add_name, except that a primary name promotes an identical earlier alias.

    Rows come in no particular order, and the primary name often repeats a variation row
    that differs only in its Title ("Sheikh"), which we keep out of the name.
    """
    cleaned = " ".join(value.split())
    if kind == "primary":
        for index, name in enumerate(entity.names):
            if name.value == cleaned and name.kind != "primary":
                entity.names[index] = Name(cleaned, kind, quality, name.lang)
                return
    entity.add_name(cleaned, kind, quality)


def _name_kind(alias_type: str, alias_quality: str) -> tuple[NameKind, Quality]:
    kind = NAME_KINDS.get(alias_type.strip(), "alias")
    # OFSI writes "Low quality" (and "Good quality") where other lists say weak a.k.a.
    if alias_quality.strip().lower().startswith("low"):
        return ("primary" if kind == "primary" else "weak_alias"), "weak"
    return kind, "strong"


def _language(row: dict[str, str]) -> str | None:
    """ISO 639-3 code of the non-Latin name, else the script label the list gives."""
    # "Persian/Farsi" names one language twice; "Russia", "Ukraine" are countries and stay
    # unresolved, so the script label is used for them.
    for part in row["Non-Latin Script Language"].split("/"):
        code = iso_639_alpha3(part.strip()) if part.strip() else None
        if code is not None:
            return code
    script = row["Non-Latin Script Type"].strip()
    return SCRIPT_FIXES.get(script, script) or None


def _add_birth(entity: Entity, row: dict[str, str]) -> None:
    # "00/00/1957" and "00/04/1957" are how OFSI writes a year or a month without a day.
    for value in parse_date(row["DOB"]):
        entity.add_unique("birth_dates", value)
    towns = numbered(row["Town of Birth"])
    countries = numbered(row["Country of Birth"])
    if towns and len(towns) == len(countries):
        places = [f"{town}, {country}" for town, country in zip(towns, countries, strict=True)]
    else:
        places = towns + countries
    for place in places:
        entity.add_unique("birth_places", place)


def numbered(text: str) -> list[str]:
    """The values of a "(1) a (2) b" cell, or the one value of a plain cell."""
    parts = (part.strip(" ,;.") for part in _NUMBERED.split(text))
    # "(1) 20645897 (2) -" marks a missing second value with a dash.
    return [part for part in parts if any(char.isalnum() for char in part)]


def _add_identity(entity: Entity, row: dict[str, str]) -> None:
    for value in numbered(row["Nationality"]):
        _add_country(entity, "nationalities", value, "Nationality")
    _add_identifiers(entity, "passport", row["Passport Number"], row["Passport Details"])
    _add_identifiers(
        entity,
        "national_id",
        row["National Identification Number"],
        row["National Identification Details"],
    )
    for position in numbered(row["Position"]):
        entity.add_unique("positions", position)
    gender = _GENDER.search(row["Other Information"])
    if gender:
        entity.gender = "male" if gender.group(1).lower() == "male" else "female"


def _add_country(entity: Entity, attr: str, text: str, label: str) -> None:
    """Add the ISO code of a country cell; keep text we cannot resolve as a note."""
    cleaned = _COUNTRY_QUALIFIER.sub("", text).strip()
    code = country_code(cleaned)
    if code is not None:
        entity.add_unique(attr, code)
        return
    # A handful of cells list two countries without numbering: "Germany. Russia".
    parts = [country_code(part) for part in re.split(r"[.,]\s*", cleaned) if part.strip()]
    if len(parts) > 1 and all(parts):
        for part in parts:
            entity.add_unique(attr, part)
    elif not cleaned.isdigit():  # a postcode in the Country column is no country at all
        entity.add_unique("notes", f"{label}: {text}")


def _add_identifiers(
    entity: Entity, kind: IdentifierType, numbers_cell: str, details_cell: str
) -> None:
    """Pair "(1) A (2) B" numbers with "(1) ... (2) ..." details, which keep OFSI's wording."""
    numbers = numbered(numbers_cell)
    details = numbered(details_cell)
    if len(details) == 1 and len(numbers) > 1:
        details = details * len(numbers)
    for index, number in enumerate(numbers):
        label = details[index] if len(details) == len(numbers) else None
        entity.add_identifier(Identifier(kind, number, None, label))


def _add_whereabouts(entity: Entity, row: dict[str, str]) -> None:
    address = ", ".join(row[column].strip() for column in ADDRESS if row[column].strip())
    entity.add_unique("addresses", address)
    if row["Country"].strip():
        _add_country(entity, "countries", row["Country"], "Country")


def _add_listing(entity: Entity, row: dict[str, str]) -> None:
    entity.add_unique("programs", row["Regime"])
    listed = parse_date(row["Listed On"]) or parse_date(row["UK Sanctions List Date Designated"])
    # Rows of one group can disagree on the date; the earliest is when the party was listed.
    if listed and (entity.listing_date is None or listed[0] < entity.listing_date):
        entity.listing_date = listed[0]


def _add_other_information(entity: Entity, text: str) -> None:
    """Pull the UK reference, UN reference, IMO number and flag out of the free text."""
    text = text.strip()
    # Every row of a group repeats the same text; read it once.
    if not text or text in entity.notes:
        return
    entity.notes.append(text)
    for pattern, label in ((_UK_REF, "UK Sanctions List Ref"), (_UN_REF, "UN Ref")):
        for value in pattern.findall(text):
            entity.add_identifier(Identifier("other", value, None, label))
    for value in _IMO.findall(text):
        entity.add_identifier(Identifier("imo", value, None, "IMO number"))
    for flag in _FLAG.findall(text):
        _add_country(entity, "countries", flag, "Flag of ship")
