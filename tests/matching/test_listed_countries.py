"""Which countries a listed party is of: its list's, its names', its programme's."""

from __future__ import annotations

import pytest

from tradeguard.matching.listed_countries import listed_countries, program_country
from tradeguard.matching.named_countries import KOREA
from tradeguard.model import Entity, Name


def _entity(names: list[str], countries: list[str], programs: list[str]) -> Entity:
    return Entity(
        id="t:1",
        list_id="t",
        entry_id="1",
        schema="Organization",
        names=[Name(n) for n in names],
        countries=countries,
        programs=programs,
    )


def test_the_lists_countries_come_first() -> None:
    entity = _entity(["Korea Trading Bank"], ["ir"], ["SYRIA"])
    assert listed_countries(entity) == {"ir"}


def test_the_names_countries_when_the_list_gives_none() -> None:
    entity = _entity(["Agricultural Bank", "Libyan Agricultural Bank"], [], ["SYRIA"])
    assert listed_countries(entity) == {"ly"}


def test_the_programmes_country_when_list_and_names_say_nothing() -> None:
    assert listed_countries(_entity(["Ministry of Defence"], [], ["EU 2017/1509"])) == {KOREA}
    assert listed_countries(_entity(["Ministry of Defence"], [], ["SDGT"])) == set()


@pytest.mark.parametrize(
    ("program", "country"),
    [
        ("SYRIA", "sy"),
        ("RUSSIA-EO14024", "ru"),
        ("BPI-RUSSIA-EO14024", "ru"),
        ("DPRK3", KOREA),
        ("CAATSA - IRAN", "ir"),
        ("IFSR", "ir"),
        ("Iran (Nuclear)", "ir"),
        ("Democratic People's Republic of Korea", KOREA),
        ("EU 833/2014", "ru"),  # number/year until 2014
        ("EU 2017/1509", KOREA),  # year/number since 2015
        ("EU 269/2014", None),  # Russia's bodies and occupied Ukraine's
        ("EU 2020/1998", None),  # human rights anywhere
        ("SDGT", None),
        ("Counter-Terrorism (International)", None),
        ("Global Human Rights", None),
    ],
)
def test_program_country(program: str, country: str | None) -> None:
    assert program_country(program) == country
