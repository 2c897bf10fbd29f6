"""Deals the text implies: who sells what to whom, and where it goes.

Only a sentence with goods, a party and a sale or purchase word ("sell", "seller", "export",
"bought") suggests a deal. The seller is the party nearest before that word and the buyer the
first party after it (reversed for purchase words). The destination is the buyer's country:
from its list entry, else a nationality word just before one of its mentions ("the North Korean
leader, Kim Jong-un"), else a country after "to" in the sentence. A sale inside one country is
no export and is not proposed. Every deal keeps its sentence, its cues and a confidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from tradeguard.news.model import (
    AmountMention,
    GoodsMention,
    InferredDeal,
    PartyMention,
    PlaceMention,
    Span,
)
from tradeguard.news.resources import word_set
from tradeguard.news.text import Word


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


M = TypeVar("M", bound=_Spanned)

# What each piece of evidence adds to a deal's confidence; the sale word and goods are needed.
BASE, SELLER, BUYER, DESTINATION, AMOUNT = 0.3, 0.2, 0.25, 0.15, 0.1
# How near (in characters) a nationality word must stand before a mention to describe it.
DEMONYM_REACH = 40


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    words: Sequence[Word]
    sentences: Sequence[tuple[int, int]]  # (start, end) offsets
    parties: Sequence[PartyMention]
    places: Sequence[PlaceMention]
    goods: Sequence[GoodsMention]
    amounts: Sequence[AmountMention]


def infer_deals(article: Article) -> list[InferredDeal]:
    """One deal per sentence at most; a deal repeated in later sentences is kept once, with the
    highest confidence any of its sentences gives it."""
    goods, parties = _by_sentence(article.goods), _by_sentence(article.parties)
    words: dict[int, list[Word]] = defaultdict(list)
    for word in article.words:
        words[word.sentence].append(word)
    best: dict[tuple[str | None, ...], InferredDeal] = {}
    for number in sorted(goods.keys() & parties.keys()):
        cue = _cue(words[number])
        if cue is None:
            continue
        deal = _from_sentence(article, number, goods[number], parties[number], cue)
        if deal is not None:
            key = _identity(deal)
            if key not in best or best[key].confidence < deal.confidence:
                best[key] = deal
    return sorted(best.values(), key=lambda d: d.goods.span.start)


def _by_sentence(items: Sequence[M]) -> dict[int, list[M]]:
    grouped: dict[int, list[M]] = defaultdict(list)
    for item in items:
        grouped[item.span.sentence].append(item)
    return grouped


def _identity(deal: InferredDeal) -> tuple[str | None, ...]:
    def party(mention: PartyMention | None) -> str | None:
        if mention is None:
            return None
        return mention.link.entity_id if mention.link else mention.span.text

    make = deal.goods.make or deal.goods.heading
    return (party(deal.seller), party(deal.buyer), make, deal.origin, deal.destination)


def _from_sentence(
    article: Article,
    number: int,
    goods: Sequence[GoodsMention],
    parties: Sequence[PartyMention],
    cue: tuple[str, int, bool],
) -> InferredDeal | None:
    word, position, selling = cue
    before = [p for p in parties if p.span.end <= position]
    after = [p for p in parties if p.span.start >= position]
    seller, buyer = (before[-1:], after[:1]) if selling else (after[:1], before[-1:])
    s, b = (seller[0] if seller else None), (buyer[0] if buyer else None)
    item = _goods(goods, position)
    origin = item.origin or _country_of(article, s)
    destination = _country_of(article, b) or _destination_after_to(article, number)
    if destination is None or destination == origin:
        return None
    amount = _amount(article, item)
    confidence = BASE + (SELLER if s else 0) + (BUYER if b else 0) + DESTINATION
    confidence += AMOUNT if amount else 0
    cues = (f"{'sale' if selling else 'purchase'} word {word!r}",)
    start, end = article.sentences[number]
    sentence = article.text[start:end].strip()
    return InferredDeal(
        s, b, item, amount, origin, destination, sentence, round(confidence, 2), cues
    )


def _cue(words: Sequence[Word]) -> tuple[str, int, bool] | None:
    sale, purchase = word_set("cues", "sale"), word_set("cues", "purchase")
    for word in words:
        lowered = word.text.lower()
        if lowered in sale or lowered in purchase:
            return word.text, word.start, lowered in sale
    return None


def _goods(goods: Sequence[GoodsMention], position: int) -> GoodsMention:
    # The goods after the sale word are what is sold; a make names them more exactly.
    after = [g for g in goods if g.span.start >= position] or list(goods)
    return next((g for g in after if g.make), after[0])


def _country_of(article: Article, party: PartyMention | None) -> str | None:
    if party is None:
        return None
    if party.link and party.link.countries:
        return party.link.countries[0]
    if party.country:
        return party.country
    same = [
        p.span
        for p in article.parties
        if p.span.text == party.span.text or (party.link and p.link == party.link)
    ]
    for span in same:
        for place in article.places:
            if place.kind == "demonym" and 0 <= span.start - place.span.end <= DEMONYM_REACH:
                return place.country
    return None


def _destination_after_to(article: Article, sentence: int) -> str | None:
    for place in article.places:
        if place.span.sentence == sentence and place.kind != "demonym":
            preceding = article.text[max(0, place.span.start - 4) : place.span.start].lower()
            if preceding.strip().endswith("to"):
                return place.territory or place.country
    return None


def _amount(article: Article, item: GoodsMention) -> AmountMention | None:
    sentence = item.span.sentence
    here = [a for a in article.amounts if a.span.sentence == sentence and a.value]
    if here:
        return here[0]
    if item.make is None:
        return None
    # The price given for the same make elsewhere in the article ("Aurus ... $300,000").
    priced = {g.span.sentence for g in article.goods if g.make == item.make}
    absolute = [a for a in article.amounts if a.span.sentence in priced and a.relative is None]
    return absolute[0] if absolute else None
