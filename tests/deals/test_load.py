"""Reading deals: YAML and JSON, and errors that name the field to fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from deals.factories import deal_dict
from tradeguard.deals import DealError, load_deal, parse_deal


def _error(raw: dict[str, object]) -> str:
    with pytest.raises(DealError) as caught:
        parse_deal(raw)
    return str(caught.value)


def test_yaml_and_json_give_the_same_deal(tmp_path: Path) -> None:
    raw = deal_dict(city="Moscow", engine_cm3=1998)
    (tmp_path / "d.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps(raw), encoding="utf-8")
    assert load_deal(tmp_path / "d.yaml") == load_deal(tmp_path / "d.json")


def test_hs_code_spaces_and_dots_are_dropped() -> None:
    assert parse_deal(deal_dict("8703.23 19")).goods[0].hs_code == "87032319"


def test_countries_become_iso_codes() -> None:
    deal = parse_deal(deal_dict(country="Russian Federation"))
    assert deal.ship_to.country == "ru"


@pytest.mark.parametrize("hs_code", ["87032", "87032319012", "8703AB"])
def test_hs_code_must_have_6_to_10_digits(hs_code: str) -> None:
    assert _error(deal_dict(hs_code)).startswith("goods[0].hs_code: ")


def test_hs_chapter_must_exist() -> None:
    assert "goods[0].hs_code: '770100': HS chapter 77 does not exist" in _error(deal_dict("770100"))


def test_negative_value_names_the_field() -> None:
    assert _error(deal_dict(unit_value=-1)).startswith("goods[0].unit_value: ")


def test_malformed_currency_names_the_field() -> None:
    assert _error(deal_dict(currency="euro")).startswith("goods[0].currency: ")


def test_invalid_date_names_the_field() -> None:
    assert _error(deal_dict(contract_date="2024-02-30")).startswith("contract_date: ")


def test_unknown_country_names_the_field() -> None:
    message = _error(deal_dict(country="Narnia"))
    assert message == "route.ship_to.country: 'Narnia' is not a country name or ISO code we know"


@pytest.mark.parametrize("country", ["SU", "Crimea", "Dubai"])
def test_a_former_state_or_a_region_is_no_country(country: str) -> None:
    # The territory table knows them (suhh, ua-cri, ae-du); a deal's country is ISO 3166-1.
    message = _error(deal_dict(country=country))
    assert message.startswith("route.ship_to.country: ") and "not a country of today" in message


def test_unknown_field_is_refused() -> None:
    raw = deal_dict()
    raw["goods"][0]["colour"] = "black"  # type: ignore[index]
    assert _error(raw).startswith("goods[0].colour: ")


def test_party_birth_date_is_checked() -> None:
    party = {"role": "buyer", "name": "Kim Jong Un", "schema": "Person", "birth_date": "08/01/1984"}
    assert _error(deal_dict(parties=(party,))).startswith("parties[0].birth_date: ")


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("goods: [\n", encoding="utf-8")
    with pytest.raises(DealError, match="broken.yaml"):
        load_deal(path)
