from __future__ import annotations

import pytest

from tradeguard.news.money import find_amounts


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(a.span.text, a.value, a.currency) for a in find_amounts(text, lambda _: 0)]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("it costs $300,000 today", 300_000.0, "USD"),
        ("priced at USD 300,000.", 300_000.0, "USD"),
        ("a car for €60,000", 60_000.0, "EUR"),
        ("a deal worth 3.5 million roubles", 3_500_000.0, "RUB"),
        ("£1.2bn in parts", 1_200_000_000.0, "GBP"),
        ("some 300.000 euros", 300_000.0, "EUR"),
    ],
)
def test_absolute_amounts(text: str, value: float, currency: str) -> None:
    [(span, found_value, found_currency)] = _amounts(text)
    assert (found_value, found_currency) == (value, currency)
    assert span in text


def test_numbers_without_a_currency_are_not_money() -> None:
    assert _amounts("more than 3.5 million Russians in 2022") == []


def test_relative_amount_takes_the_amount_before_it() -> None:
    found = find_amounts("It costs $300,000. Later it will cost half as much.", lambda _: 0)
    relative = found[-1]
    assert relative.span.text == "half as much"
    assert (relative.relative, relative.value, relative.currency) == (0.5, 150_000.0, "USD")
    assert relative.base is not None and relative.base.text == "$300,000"


def test_relative_amount_without_a_base_has_no_value() -> None:
    [found] = find_amounts("It will cost twice as much.", lambda _: 0)
    assert (found.relative, found.value) == (2.0, None)
