from __future__ import annotations

from datetime import date

from tradeguard.engine import Engine
from tradeguard.news import read_article


def test_purchase_words_reverse_the_sides(sample_engine: Engine) -> None:
    text = "Kim Jong Un bought Lada cars from Vladimir Putin for $50,000."
    [deal] = read_article(text, sample_engine, date(2024, 1, 10)).deals
    assert deal.buyer and deal.buyer.span.text == "Kim Jong Un"
    assert deal.seller and deal.seller.span.text == "Vladimir Putin"
    assert (deal.origin, deal.destination) == ("ru", "kp")
    assert deal.deal["goods"][0]["unit_value"] == 50_000.0


def test_no_sale_word_no_deal(sample_engine: Engine) -> None:
    text = "Kim Jong Un sat in a Lada next to Vladimir Putin for $50,000."
    assert read_article(text, sample_engine, date(2024, 1, 10)).deals == []


def test_unknown_value_is_screened_as_above_thresholds(sample_engine: Engine) -> None:
    text = "Vladimir Putin sold trucks to Kim Jong Un."
    [deal] = read_article(text, sample_engine, date(2024, 1, 10)).deals
    assert deal.amount is None
    assert deal.deal["goods"][0]["unit_value"] >= 1_000_000
    assert deal.decision and deal.decision["decision"] == "BLOCKED"
