"""What a screening asks about one party."""

from __future__ import annotations

from dataclasses import dataclass, field

from tradeguard.countries import country_code
from tradeguard.dates import is_valid_iso_date
from tradeguard.model import SCHEMAS, Identifier


class QueryError(ValueError):
    """A query the matcher cannot answer as asked; the message says which field to fix."""


@dataclass(slots=True, frozen=True)
class Query:
    name: str
    schema: str | None = None
    birth_dates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise QueryError("name: must not be empty")
        if self.schema is not None and self.schema not in SCHEMAS:
            raise QueryError(f"schema: {self.schema!r} is not one of {', '.join(SCHEMAS)}")


def make_query(
    name: str,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
    identifiers: tuple[Identifier, ...] = (),
) -> Query:
    """Build a query from user input, refusing malformed dates and unknown countries by field."""
    birth_dates: tuple[str, ...] = ()
    if birth_date:
        if not is_valid_iso_date(birth_date.strip()):
            raise QueryError(
                f"birth_date: {birth_date!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
            )
        birth_dates = (birth_date.strip(),)
    countries: tuple[str, ...] = ()
    if country:
        code = country_code(country)
        if code is None:
            raise QueryError(f"country: {country!r} is not a country name or ISO code we know")
        countries = (code,)
    return Query(name, schema or None, birth_dates, countries, identifiers)
