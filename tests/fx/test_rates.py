"""ECB-format rates: the latest table on or before the date, and errors instead of guesses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tradeguard.fx import FxError, bundled_rates, load_rates
from tradeguard.fx.rates import parse_rates

# The ECB's own layout: newest first, a trailing comma, N/A for missing rates.
ECB = "Date,USD,JPY,RUB,\n2022-03-02,1.1,130,N/A,\n2022-03-01,1.2,128,117.2,\n"


def test_latest_table_on_or_before_the_date() -> None:
    table = parse_rates(ECB, "t")
    assert table.rate("USD", date(2022, 3, 1)) == Decimal("1.2")
    assert table.rate("USD", date(2022, 3, 5)) == Decimal("1.1")


def test_conversion_goes_through_eur() -> None:
    table = parse_rates(ECB, "t")
    assert table.convert(Decimal(110), "USD", "EUR", date(2022, 3, 2)) == Decimal(100)
    assert table.convert(Decimal(100), "EUR", "JPY", date(2022, 3, 2)) == Decimal(13000)


def test_a_rate_missing_that_day_is_an_error_not_an_older_rate() -> None:
    with pytest.raises(FxError, match="goods.0..currency: no RUB rate in the table of 2022-03-02"):
        parse_rates(ECB, "t").rate("RUB", date(2022, 3, 9), "goods[0].currency")


def test_unknown_currency_and_early_date_are_errors() -> None:
    table = parse_rates(ECB, "t")
    with pytest.raises(FxError, match="^x: no exchange rate for 'XYZ'"):
        table.rate("XYZ", date(2022, 3, 2), "x")
    with pytest.raises(FxError, match="^x: no exchange rate on or before 2020-01-01"):
        table.rate("USD", date(2020, 1, 1), "x")


def test_a_malformed_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("Date,USD\n2024-01-02,abc\n", encoding="utf-8")
    with pytest.raises(FxError, match="rates.csv: line 2: USD: 'abc' is not a rate"):
        load_rates(path)
    path.write_text("Day,USD\n", encoding="utf-8")
    with pytest.raises(FxError, match="expected the ECB header"):
        load_rates(path)


def test_bundled_table_has_the_currencies_promised() -> None:
    assert {"EUR", "USD", "GBP", "CNY", "JPY", "KRW", "RUB"} <= bundled_rates().currencies()
