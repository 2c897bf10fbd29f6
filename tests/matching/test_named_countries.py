"""Countries an organisation's name names, and names of generic words and countries alone."""

from __future__ import annotations

import pytest

from tradeguard.matching.named_countries import (
    KOREA,
    country_of,
    institutional,
    named_countries,
    word_country,
    word_territory,
)


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Agricultural Bank of China", {"cn"}),
        ("Libyan Agricultural Bank", {"ly"}),
        ("Commercial Bank of Dubai", {"ae"}),  # a city, at its country's level
        ("United Arab Emirates Trading", {"ae"}),  # the longest run of words first
        ("Hong Kong Trading", {"hk"}),
        ("KORYO BANK", {KOREA}),  # the North's own name
        ("Industrial Bank of Korea", {KOREA}),  # either Korea
        ("DPRK Ministry of Defence", {KOREA}),
        ("Korea-Iran Trading", {KOREA, "ir"}),
        ("Global Auto Parts", set()),  # rigour's "zz", no country
        ("European Trading House", set()),  # the Union is no country
        ("US Group", set()),  # two letters are initials, not a code
        ("Sevastopol Marine Plant", set()),  # an occupied region: Ukraine's or Russia's
        ("Republic of Crimea Port", set()),
        ("Sberbank", set()),
    ],
)
def test_named_countries(name: str, countries: set[str]) -> None:
    assert named_countries(name) == countries


def test_named_countries_of_another_script() -> None:
    # Read through the Latin rendering: a word the territory table knows in that spelling.
    assert named_countries("Ирано-китайская торговля") == {"ir"}
    assert named_countries("Банк Китая") == set()  # "kitaa" it does not


def test_a_town_is_its_own_place_and_its_countrys() -> None:
    assert word_territory("dubai") == "ae-du"
    assert word_country("dubai") == "ae"
    assert word_territory("emirates") is None  # a state's word, no place alone
    assert word_territory("china") == word_country("china") == "cn"
    assert word_territory("byelorussian") == "by"  # an older spelling the table lacks
    # An adjective of a place in -ia that the table lacks, read through its place; only a
    # country's or a place the table reads as one ("Christian" names no Christia).
    assert word_territory("siberian") == word_territory("siberia") == "ru"
    assert word_territory("christian") is None


def test_country_of_list_codes() -> None:
    assert country_of("KP") == KOREA
    assert country_of("kr") == KOREA
    assert country_of("ae-du") == "ae"
    assert country_of("ir") == "ir"
    assert country_of("ua-cri") is None  # occupied Crimea: Ukraine's or Russia's


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (("ministry", "defence"), True),
        (("foreign", "trade", "bank"), True),
        (("korea", "national", "insurance"), True),
        (("bank", "russia", "central", "bank"), True),
        (("saving", "bank"), True),  # Syria's, as OFAC writes it; "Nigerian Savings Bank" is not
        (("bank", "melli", "iran"), False),  # Melli is the bank's own name
        (("rosneft", "oil"), False),
        (("china",), False),  # a country alone names no body
        ((), False),
    ],
)
def test_institutional(tokens: tuple[str, ...], expected: bool) -> None:
    assert institutional(tokens) is expected
