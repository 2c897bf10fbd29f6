"""Exchange rates in the ECB reference-rate CSV layout, and conversion at a date.

The ECB publishes units of each currency per 1 EUR, one row per business day, `N/A` where a
currency had no rate (RUB after 1 March 2022). A value is converted with the latest table on
or before the deal date; a currency missing from that table is an error, never a guess from an
older row, because an old rate would hide the fact that no rate was published.
"""

from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib.resources import files
from pathlib import Path

BASE = "EUR"


class FxError(ValueError):
    """A rate the conversion needs is missing or a rates file is malformed; names the field."""


@dataclass(frozen=True, slots=True)
class RatesTable:
    """Rates by date, ascending; each row maps currency to units per 1 EUR."""

    dates: tuple[date, ...]
    rows: tuple[dict[str, Decimal], ...]
    source: str

    def currencies(self) -> frozenset[str]:
        return frozenset(c for row in self.rows for c in row) | {BASE}

    def rate(self, currency: str, on: date, field: str = "currency") -> Decimal:
        """Units of `currency` per EUR in the latest table on or before `on`."""
        if currency == BASE:
            return Decimal(1)
        if currency not in self.currencies():
            raise FxError(f"{field}: no exchange rate for {currency!r} in {self.source}")
        position = bisect.bisect_right(self.dates, on) - 1
        if position < 0:
            raise FxError(f"{field}: no exchange rate on or before {on} in {self.source}")
        value = self.rows[position].get(currency)
        if value is None:
            published = self.dates[position]
            raise FxError(
                f"{field}: no {currency} rate in the table of {published} ({self.source}), "
                f"the latest on or before {on}"
            )
        return value

    def convert(
        self, amount: Decimal, currency: str, target: str, on: date, field: str = "currency"
    ) -> Decimal:
        if currency == target:
            return amount
        in_eur = amount / self.rate(currency, on, field)
        return in_eur * self.rate(target, on, field)


def load_rates(path: Path) -> RatesTable:
    return parse_rates(path.read_text(encoding="utf-8"), str(path))


def bundled_rates() -> RatesTable:
    resource = files("tradeguard.fx").joinpath("data", "eurofxref-approx.csv")
    return parse_rates(resource.read_text(encoding="utf-8"), "bundled approximate ECB rates")


def parse_rates(text: str, source: str) -> RatesTable:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines)
    header = [cell.strip() for cell in next(reader, [])]
    if not header or header[0] != "Date":
        raise FxError(f"{source}: line 1: expected the ECB header starting with 'Date'")
    parsed = [_row(header, cells, source, n) for n, cells in enumerate(reader, start=2)]
    parsed.sort(key=lambda item: item[0])
    return RatesTable(tuple(d for d, _ in parsed), tuple(r for _, r in parsed), source)


def _row(
    header: list[str], cells: list[str], source: str, line: int
) -> tuple[date, dict[str, Decimal]]:
    try:
        day = date.fromisoformat(cells[0].strip())
    except (ValueError, IndexError) as error:
        raise FxError(f"{source}: line {line}: Date: not an ISO date") from error
    row: dict[str, Decimal] = {}
    # The ECB's own file ends each line with a comma, so the last header cell is empty.
    for currency, cell in zip(header[1:], cells[1:], strict=False):
        value = cell.strip()
        if not currency or not value or value == "N/A":
            continue
        try:
            row[currency] = Decimal(value)
        except InvalidOperation as error:
            raise FxError(f"{source}: line {line}: {currency}: {value!r} is not a rate") from error
    return day, row
