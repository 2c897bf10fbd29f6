"""The issue's acceptance on the seed article with the real OFAC, UN, UK and CSL lists loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from news.seed import PUBLISHED
from tradeguard.engine import Engine
from tradeguard.news import ArticleReport, read_article

REAL_LISTS = [
    ["ofac/sdn-2024-05-03/sdn.csv", "ofac/alt-add-2025-12-24"],
    ["un/consolidated-2026-02-27.xml"],
    ["uk/conlist-2025-04-10.csv"],
    ["us-csl/csl-subset-2023-11.csv"],
]


@pytest.fixture(scope="module")
def report(
    shared_data: Path, article: str, tmp_path_factory: pytest.TempPathFactory
) -> ArticleReport:
    engine = Engine.open(tmp_path_factory.mktemp("news-real-home"))
    for paths in REAL_LISTS:
        # The CSL extract in shared data ends inside its last row (see tests/integration).
        engine.load([shared_data / p for p in paths], allow_truncated=True)
    return read_article(article, engine, PUBLISHED)


def _links(report: ArticleReport, text: str) -> set[tuple[str, str | None]]:
    return {(p.status, p.link.entity_id if p.link else None) for p in report.parties
            if p.span.text == text}  # fmt: skip


def test_putin_and_kim_linked_to_their_entries(report: ArticleReport) -> None:
    [(status, putin)] = _links(report, "Vladimir Putin")
    assert status == "listed" and putin and putin.startswith("ofac-sdn:")
    assert _links(report, "Kim Jong-un") == {("listed", "ofac-sdn:20157")}


def test_carmakers_not_listed(report: ArticleReport) -> None:
    for name in ("Renault", "Volkswagen", "Volvo Trucks", "Toyota"):
        assert _links(report, name) == {("not listed", None)}, name
        assert {p.kind for p in report.parties if p.span.text == name} == {"organization"}


def test_aurus_goods_at_300000_usd(report: ArticleReport) -> None:
    assert {g.heading for g in report.goods if g.make == "aurus"} == {"8703"}
    assert ("$300,000", 300_000.0, "USD") in [(a.span.text, a.value, a.currency)
                                              for a in report.amounts]  # fmt: skip


def test_cities_resolve_to_russia(report: ArticleReport) -> None:
    cities = {p.span.text: (p.country, p.territory) for p in report.places}
    for city in ("Vladivostok", "Kaluga", "Saint Petersburg"):
        assert cities[city] == ("ru", None)


def test_aurus_to_dprk_blocked_with_un_citations(report: ArticleReport) -> None:
    [deal] = [d for d in report.deals if d.destination == "kp" and d.goods.make == "aurus"]
    assert deal.origin == "ru" and deal.decision and deal.decision["decision"] == "BLOCKED"
    assert deal.decision["jurisdictions"]["UN"] == "BLOCKED"
    un = {r["rule"]["rule_id"] for r in deal.decision["reasons"]
          if "rule" in r and r["jurisdiction"] == "UN" and r["outcome"] == "BLOCKED"}  # fmt: skip
    assert {"un-2094-annex-iv-automobiles", "un-1718-op8-luxury-cars"} <= un
