"""BIS Denied Persons List, the tab-separated file BIS publishes.

One row per name and address; there is no id column, so a party is its name: rows with the
same name (ignoring case, spacing and punctuation) are one entity. Dates are US month-first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from tradeguard.countries import country_code
from tradeguard.lists.base import ListData, LoadReport, content_hash
from tradeguard.lists.csvutil import Record, first_row, read_checked, records, require_columns, rows
from tradeguard.model import Entity

FORMAT = "dpl"
MULTI_FILE = False
LIST_ID = "us-bis-dpl"
TITLE = "US BIS Denied Persons List"
# The same programme label the trade.gov CSL gives DPL rows, so both loaders agree.
PROGRAM = "Denied Persons List (DPL)"

HEADER = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
ADDRESS = ("Street_Address", "City", "State", "Postal_Code", "Country")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def sniff(path: Path) -> bool:
    return tuple(cell.strip() for cell in first_row(path, "\t")) == HEADER


def load(paths: Sequence[Path]) -> ListData:
    if len(paths) != 1:
        raise ValueError(f"the {FORMAT} format reads one file at a time, got {len(paths)}")
    path = paths[0]
    report = LoadReport(LIST_ID, files=[str(path)])
    entities: dict[str, Entity] = {}
    for record in _records(path):
        entity = _entity_for(entities, record, report)
        if entity is not None:
            _apply(entity, record)
    found = list(entities.values())
    report.count(found)
    # The file carries no publication date; Last_Update is per row.
    return ListData(LIST_ID, TITLE, found, report, None, content_hash([path]))


def _records(path: Path) -> Iterator[Record]:
    numbered = rows(path, read_checked(path), "\t")
    _, header = next(numbered, (1, []))
    header = [cell.strip() for cell in header]
    require_columns(path, header, HEADER)
    return records(path, header, numbered)


def entry_id(name: str) -> str:
    """A stable id from the name: "AL-NASER  AIRLINES" and "AL NASER AIRLINES" share one."""
    return _NON_ALNUM.sub("-", name.upper()).strip("-")


def _entity_for(entities: dict[str, Entity], record: Record, report: LoadReport) -> Entity | None:
    key = entry_id(record.get("Name"))
    if not key:
        report.skip(record.location, "no name")
        return None
    if key not in entities:
        entities[key] = Entity(f"{LIST_ID}:{key}", LIST_ID, key, "LegalEntity")
    return entities[key]


def _apply(entity: Entity, record: Record) -> None:
    # Names come with stray leading spaces (" I. ASH"); add_name collapses them.
    entity.add_name(record.get("Name"), "alias" if entity.names else "primary")
    entity.add_unique("programs", PROGRAM)
    address = ", ".join(record.get(column) for column in ADDRESS if record.get(column))
    entity.add_unique("addresses", address)
    entity.add_unique("countries", country_code(record.get("Country")))
    effective = us_date(record.get("Effective_Date"))
    if effective and (entity.listing_date is None or effective < entity.listing_date):
        entity.listing_date = effective
    _add_notes(entity, record)


def us_date(text: str) -> str | None:
    """ "10/16/2017" -> "2017-10-16"; dates.parse_date would read it day-first."""
    match = _US_DATE.match(text.strip())
    if match is None:
        return None
    month, day, year = (int(group) for group in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _add_notes(entity: Entity, record: Record) -> None:
    expires = us_date(record.get("Expiration_Date"))
    if expires:
        entity.add_unique("notes", f"Denial expires: {expires}")
    if record.get("Standard_Order") == "N":
        entity.add_unique("notes", "Non-standard denial order")
    entity.add_unique("notes", record.get("Action"))
    citation = record.get("FR_Citation")
    if citation:
        entity.add_unique("notes", f"Federal Register: {citation}")
