from __future__ import annotations

from tradeguard.news.model import Span
from tradeguard.news.places import country_place, gazetteer_places
from tradeguard.news.text import words


def _places(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        p.span.text: (p.kind, p.country, p.territory) for p in gazetteer_places(text, words(text))
    }


def test_russian_cities_are_russia_and_no_territory() -> None:
    found = _places("From Vladivostok to Kaluga and Saint Petersburg.")
    assert found == {
        "Vladivostok": ("city", "ru", None),
        "Kaluga": ("city", "ru", None),
        "Saint Petersburg": ("city", "ru", None),
    }


def test_crimean_city_is_the_embargoed_territory() -> None:
    assert _places("a port in Sevastopol")["Sevastopol"] == ("city", "ua", "ua-cri")


def test_nationality_words_give_a_country() -> None:
    assert _places("the North Korean leader")["North Korean"] == ("demonym", "kp", None)


def test_lower_case_words_are_not_towns() -> None:
    assert _places("we went to moscow") == {}


def test_country_names() -> None:
    found = country_place(Span(0, 11, "North Korea", 0))
    assert found is not None and found.country == "kp"
    assert country_place(Span(0, 7, "Renault", 0)) is None
