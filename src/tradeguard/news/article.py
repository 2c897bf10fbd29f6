"""Read an article: every party, place, goods item, amount and date it names, and the deals it
implies, each deal screened with the deal rules. `screen_article` is the JSON-able front door."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tradeguard.engine import Engine
from tradeguard.news.adapter import deal_dict, screen_deal
from tradeguard.news.candidates import find_candidates
from tradeguard.news.cover import Cover
from tradeguard.news.dates import find_dates
from tradeguard.news.goods import find_goods
from tradeguard.news.infer import Article, infer_deals
from tradeguard.news.listed import listed_mentions
from tradeguard.news.metonyms import find_metonyms
from tradeguard.news.model import (
    AmountMention,
    DateMention,
    GoodsMention,
    InferredDeal,
    ListLink,
    PartyMention,
    PlaceMention,
)
from tradeguard.news.money import find_amounts
from tradeguard.news.parties import screen_candidates, screened_link
from tradeguard.news.places import gazetteer_places
from tradeguard.news.report_dict import report_dict
from tradeguard.news.screener import Screener
from tradeguard.news.text import sentence_starts, words


@dataclass(frozen=True, slots=True)
class ArticleReport:
    text: str
    published: date | None
    parties: list[PartyMention]
    places: list[PlaceMention]
    goods: list[GoodsMention]
    amounts: list[AmountMention]
    dates: list[DateMention]
    deals: list[InferredDeal]
    lists: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return report_dict(self)


def screen_article(text: str, engine: Engine, published: date | None = None) -> dict[str, Any]:
    """Screen a news article; the result is JSON-able (for the CLI and `POST /news`)."""
    return read_article(text, engine, published).to_dict()


def read_article(text: str, engine: Engine, published: date | None = None) -> ArticleReport:
    index = engine.index()
    screener = Screener(engine.matcher())
    ws = words(text)
    starts = sentence_starts(text)

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    found = find_goods(text, ws)
    cover = Cover(ws)
    # Goods claim their words: "Aurus" in "Aurus limousines" is the car; its maker is screened
    # as the goods' maker, not as a party the text names.
    in_goods = cover.indexes(g.span for g in found.goods)
    listed = [
        m
        for m in listed_mentions(text, ws, index, screener)
        if not cover.indexes([m.span]) & in_goods
    ]
    metonyms = find_metonyms(text, ws)
    amounts = find_amounts(text, sentence_of)
    dates = find_dates(text, published, sentence_of)
    fixed = [m.span for m in [*listed, *metonyms]]
    fixed += [a.span for a in amounts] + [d.span for d in dates]
    names = find_candidates(text, ws, fixed, gazetteer_places(text, ws), found.goods, found.makers)
    places, goods = names.places, _with_makers(names.goods, screener)
    candidates = names.candidates
    others = screen_candidates(candidates, listed, screener)
    parties = sorted([*listed, *metonyms, *others], key=lambda m: m.span.start)
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    article = Article(text, ws, sentences, parties, places, goods, amounts)
    deals = _screened_deals(infer_deals(article), engine, published)
    lists = [{"list": v.list_id, "version": v.id} for v in engine.versions()]
    return ArticleReport(text, published, parties, places, goods, amounts, dates, deals, lists)


def _with_makers(goods: list[GoodsMention], screener: Screener) -> list[GoodsMention]:
    makers: dict[str, tuple[str, ListLink] | None] = {}
    out = []
    for item in goods:
        if item.make is None:
            out.append(item)
            continue
        if item.make not in makers:
            makers[item.make] = screened_link(item.make.title(), "organization", screener)
        found = makers[item.make]
        out.append(replace(item, maker=found[1], maker_status=found[0]) if found else item)
    return out


def _screened_deals(
    deals: list[InferredDeal], engine: Engine, published: date | None
) -> list[InferredDeal]:
    on = published or date.today()
    screened = []
    for number, inferred in enumerate(deals, start=1):
        deal = deal_dict(inferred, number, on)
        screened.append(replace(inferred, deal=deal, decision=screen_deal(deal, engine)))
    return screened
