"""Screening behaviour beyond the worked cases: dates, currencies, gaps, exceptions, places."""

from __future__ import annotations

from datetime import date

import pytest

from deals.factories import DealFactory
from tradeguard.deals import screen
from tradeguard.fx import FxError
from tradeguard.fx.rates import parse_rates
from tradeguard.rules import Outcome


def test_point_in_time_hybrid_before_and_after_the_11th_package(make_deal: DealFactory) -> None:
    deal = make_deal("870360", 30000, contract_date="2023-06-26", propulsion="hybrid")
    assert screen(deal, on=date(2023, 6, 23)).outcome_for("EU") is Outcome.CLEAR
    after = screen(deal, on=date(2023, 7, 1))
    assert after.outcome_for("EU") is Outcome.BLOCKED
    assert "eu-833-3k-passenger-cars-2023" in after.cited_rules(Outcome.BLOCKED)


def test_the_default_date_is_delivery_then_contract(make_deal: DealFactory) -> None:
    deal = make_deal(contract_date="2023-01-01", delivery_date="2024-01-01")
    assert screen(deal).on == date(2024, 1, 1)
    assert screen(make_deal(contract_date="2023-01-01")).on == date(2023, 1, 1)


def test_value_is_converted_at_the_deal_date(make_deal: DealFactory) -> None:
    # USD 54,000 is about EUR 53,100 at the July 2022 rate but EUR 49,600 in June 2023.
    deal = make_deal("870321", 54000, "USD")
    assert screen(deal, on=date(2022, 7, 8)).outcome_for("EU") is Outcome.BLOCKED
    assert screen(deal, on=date(2023, 6, 23)).outcome_for("EU") is Outcome.CLEAR


def test_unknown_currency_is_an_error_naming_the_field(make_deal: DealFactory) -> None:
    with pytest.raises(FxError, match=r"^goods\[0\]\.currency: no exchange rate for 'XYZ'"):
        screen(make_deal(currency="XYZ"))


def test_a_currency_without_a_rate_that_day_is_an_error_not_a_guess(
    make_deal: DealFactory,
) -> None:
    # The ECB stopped publishing RUB in March 2022; an older rate must not be used in 2024.
    with pytest.raises(FxError, match=r"goods\[0\]\.currency: no RUB rate"):
        screen(make_deal(currency="RUB"))


def test_a_users_rates_file_is_used(make_deal: DealFactory) -> None:
    rates = parse_rates("Date,USD,\n2024-01-02,0.5,\n", "test")
    deal = make_deal("870321", 30000, "USD")  # EUR 60,000 at 0.5 USD per EUR
    assert screen(deal, rates=rates).outcome_for("EU") is Outcome.BLOCKED


def test_goods_without_a_rule_on_a_sanctioned_destination_are_not_clear(
    make_deal: DealFactory,
) -> None:
    decision = screen(make_deal("090111", 1000))
    assert decision.outcome_for("EU") is Outcome.REVIEW
    gap = [r for r in decision.reasons if r.kind == "gap"]
    assert gap and "HS 090111" in gap[0].summary


def test_a_clear_says_what_was_checked(make_deal: DealFactory) -> None:
    decision = screen(make_deal("090111", 1000, "EUR", "FR"))
    assert decision.outcome is Outcome.CLEAR
    assert {r.jurisdiction for r in decision.reasons if r.kind == "checked"} == {"UN", "EU"}


def test_diplomatic_mission_exception_turns_a_block_into_review(make_deal: DealFactory) -> None:
    deal = make_deal("870340", 90000, end_use=("diplomatic_mission",), propulsion="hybrid")
    decision = screen(deal)
    assert decision.outcome_for("EU") is Outcome.REVIEW
    assert any("Art 3h(3)" in r.summary for r in decision.reasons)


def test_missing_attribute_asks_for_review(make_deal: DealFactory) -> None:
    decision = screen(make_deal("870332", 20000))
    assert decision.outcome_for("EU") is Outcome.REVIEW
    assert any("cannot decide without engine_cm3" in r.summary for r in decision.reasons)


def test_a_place_in_a_partly_occupied_region_caps_the_outcome_at_review(
    make_deal: DealFactory,
) -> None:
    deal = make_deal("870410", 30000, "EUR", "UA", city="Zaporizhzhia")
    decision = screen(deal)
    assert decision.outcome_for("EU") is Outcome.REVIEW
    assert decision.territories == ("ua-zap",)


def test_a_city_wholly_occupied_is_the_territory(make_deal: DealFactory) -> None:
    decision = screen(make_deal("870410", 30000, "EUR", "UA", city="Мелітополь"))
    assert decision.outcome_for("EU") is Outcome.BLOCKED
    assert "eu-2022-263-4-transport-kherson-zaporizhzhia" in decision.cited_rules()


def test_reexport_flag_only_for_goods_banned_for_russia(make_deal: DealFactory) -> None:
    assert screen(make_deal("870380", 40000, "EUR", "AM", propulsion="electric")).reexport_risk
    assert not screen(make_deal("870321", 20000, "EUR", "AM", engine_cm3=1400)).reexport_risk


def test_un_binds_even_when_no_jurisdiction_is_given(make_deal: DealFactory) -> None:
    decision = screen(make_deal("870321", 9000, "EUR", "KP", jurisdictions=()))
    assert decision.jurisdictions == ("UN",)
    assert decision.outcome is Outcome.BLOCKED


def test_decision_serialises(make_deal: DealFactory) -> None:
    data = screen(make_deal("870323", 60000, engine_cm3=1998)).to_dict()
    assert data["decision"] == "BLOCKED"
    rule = next(r["rule"] for r in data["reasons"] if r["outcome"] == "BLOCKED")
    assert {"rule_id", "instrument", "article", "citation", "confidence"} <= set(rule)
