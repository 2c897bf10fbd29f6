"""The seed article against the bundled sample list: the core acceptance without real lists."""

from __future__ import annotations

from tradeguard.news import ArticleReport


def _party(report: ArticleReport, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (p.status, p.kind, p.link.caption if p.link else None)
        for p in report.parties
        if p.span.text == text
    ]


def test_every_span_points_at_its_text(article: str, sample_report: ArticleReport) -> None:
    spans = [p.span for p in sample_report.parties] + [g.span for g in sample_report.goods]
    spans += [p.span for p in sample_report.places] + [a.span for a in sample_report.amounts]
    assert spans and all(article[s.start : s.end] == s.text for s in spans)


def test_putin_and_kim_are_linked(sample_report: ArticleReport) -> None:
    assert ("listed", "person", "Vladimir Vladimirovich PUTIN") in _party(
        sample_report, "Vladimir Putin"
    )
    kim = _party(sample_report, "Kim Jong-un")
    assert kim and all(found == ("listed", "person", "KIM Jong Un") for found in kim)
    # Later short forms are the same people.
    assert set(_party(sample_report, "Putin")) == {
        ("listed", "person", "Vladimir Vladimirovich PUTIN")
    }
    assert set(_party(sample_report, "Kim")) == {("listed", "person", "KIM Jong Un")}


def test_carmakers_are_unlisted_organisations(sample_report: ArticleReport) -> None:
    for name in ("Renault", "Volkswagen", "Volvo Trucks", "Toyota"):
        assert _party(sample_report, name) == [("not listed", "organization", None)], name


def test_the_kremlin_is_a_metonym(sample_report: ArticleReport) -> None:
    [kremlin] = [p for p in sample_report.parties if p.status == "metonym"]
    assert kremlin.span.text == "the Kremlin" and kremlin.country == "ru"


def test_aurus_is_passenger_cars_made_by_a_listed_company(sample_report: ArticleReport) -> None:
    aurus = [g for g in sample_report.goods if g.make == "aurus"]
    assert aurus and {g.heading for g in aurus} == {"8703"}
    assert all(g.maker and g.maker.caption == "LLC Aurus" for g in aurus)
    # The make is goods here, so it is not also a party.
    assert not [p for p in sample_report.parties if p.span.text.startswith("Aurus")]


def test_price_and_relative_price(sample_report: ArticleReport) -> None:
    values = [(a.span.text, a.value, a.currency) for a in sample_report.amounts]
    assert ("$300,000", 300_000.0, "USD") in values
    assert ("half as much", 150_000.0, "USD") in values


def test_relative_dates_resolved_against_publication(sample_report: ArticleReport) -> None:
    found = {d.span.text: d.iso for d in sample_report.dates}
    assert found["this Wednesday"] == "2023-09-13"
    assert found["the day before"] == "2023-09-12"


def test_cities_are_russia_not_a_territory(sample_report: ArticleReport) -> None:
    cities = {p.span.text: (p.country, p.territory) for p in sample_report.places}
    for city in ("Vladivostok", "Kaluga", "Saint Petersburg"):
        assert cities[city] == ("ru", None)


def test_aurus_to_kim_is_an_inferred_blocked_deal(sample_report: ArticleReport) -> None:
    [deal] = [d for d in sample_report.deals if d.destination == "kp"]
    assert deal.seller and deal.buyer and deal.buyer.span.text == "Kim Jong-un"
    assert deal.seller.link and deal.seller.link.caption == "Vladimir Vladimirovich PUTIN"
    assert (deal.goods.heading, deal.origin) == ("8703", "ru")
    assert deal.amount and deal.amount.value == 300_000.0
    assert 0 < deal.confidence <= 1 and deal.sentence in sample_report.text
    assert deal.decision and deal.decision["decision"] == "BLOCKED"
    un_rules = {
        r["rule"]["rule_id"]
        for r in deal.decision["reasons"]
        if r["jurisdiction"] == "UN" and r["outcome"] == "BLOCKED" and "rule" in r
    }
    assert "un-2094-annex-iv-automobiles" in un_rules


def test_no_deal_inside_one_country(sample_report: ArticleReport) -> None:
    assert all(d.origin != d.destination for d in sample_report.deals)
