from __future__ import annotations

from tradeguard.news.goods import find_goods
from tradeguard.news.text import words


def _goods(text: str) -> list[tuple[str, str, str | None]]:
    return [(g.span.text, g.heading, g.make) for g in find_goods(text, words(text)).goods]


def _makers(text: str) -> list[str]:
    return [s.text for s in find_goods(text, words(text)).makers]


def test_goods_words_map_to_hs_headings() -> None:
    text = "bans on cars, spare parts and trucks"
    assert _goods(text) == [("cars", "8703", None), ("spare parts", "8708", None),
                            ("trucks", "8704", None)]  # fmt: skip


def test_a_make_with_goods_words_or_a_model_is_goods() -> None:
    assert _goods("the Russian Aurus limousines") == [("Aurus limousines", "8703", "aurus")]
    assert _goods("Aurus Senat, the car") == [("Aurus Senat", "8703", "aurus"),
                                              ("car", "8703", None)]  # fmt: skip
    assert _goods("sits in an Aurus and leaves")[0][:2] == ("Aurus", "8703")


def test_makes_joined_to_goods_are_goods() -> None:
    assert [g[0] for g in _goods("brands such as the Lada and Moskvich.")] == ["Lada", "Moskvich"]


def test_a_make_acting_as_a_company_is_its_maker() -> None:
    text = "Renault suspended work, followed by Volvo Trucks and Volkswagen."
    assert _makers(text) == ["Renault", "Volvo Trucks", "Volkswagen"]
    assert _goods(text) == []  # "Trucks" belongs to the company's name


def test_lower_case_make_words_are_not_makes() -> None:
    assert _goods("a lada of grain") == []


def test_a_possessed_make_is_goods() -> None:
    assert _goods("Kim's Lada broke down") == [("Lada", "8703", "lada")]
