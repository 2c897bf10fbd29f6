"""Places resolved to embargoed territories from names in Latin and Cyrillic."""

from __future__ import annotations

import pytest

from tradeguard.geo import resolve_place


@pytest.mark.parametrize(
    ("country", "city", "code"),
    [
        ("ru", "Sevastopol", "ua-cri"),
        ("ru", "Севастополь", "ua-cri"),
        ("ua", "Симферополь", "ua-cri"),
        ("ua", "Сімферополь", "ua-cri"),
        (None, "Kerch", "ua-cri"),
        ("ru", "Yevpatoriya", "ua-cri"),
        ("ru", "Lugansk", "ua-lnr"),
        ("ua", "Луганськ", "ua-lnr"),
        ("ru", "Луганск", "ua-lnr"),
        ("ua", "Mariupol", "ua-dnr"),
        ("ru", "Горловка", "ua-dnr"),
        ("ua", "Melitopol", "ua-zap"),
        ("ua", "Berdyansk", "ua-zap"),
        ("ua", "Henichesk", "ua-khe"),
    ],
)
def test_cities_resolve_to_their_territory(country: str | None, city: str, code: str) -> None:
    hit = resolve_place(country, None, city, None)
    assert hit is not None and hit.territory.code == code and hit.certain


def test_region_and_address_are_searched() -> None:
    hit = resolve_place("ru", "Republic of Crimea", None, None)
    assert hit is not None and hit.territory.code == "ua-cri" and hit.field == "region"
    hit = resolve_place(None, None, None, "295000, г. Симферополь, ул. Пушкина 1")
    assert hit is not None and hit.territory.code == "ua-cri" and hit.field == "address"


def test_partly_occupied_regions_are_uncertain() -> None:
    hit = resolve_place("ua", "Zaporizhzhia oblast", "Zaporizhzhia", None)
    assert hit is not None and hit.territory.code == "ua-zap" and not hit.certain


def test_a_longer_region_name_wins_over_the_city_inside_it() -> None:
    hit = resolve_place("ua", "Donetsk oblast", None, None)
    assert hit is not None and not hit.certain
    certain = resolve_place("ua", "Donetsk oblast", "Mariupol", None)
    assert certain is not None and certain.certain


def test_ordinary_places_and_other_countries_do_not_resolve() -> None:
    assert resolve_place("ru", "Moscow Oblast", "Moscow", "Tverskaya 1") is None
    assert resolve_place("us", None, "Yalta", None) is None  # a Yalta elsewhere is not Crimea
    assert resolve_place("ru", None, "Kerchevskaya street", None) is None
