"""Goods named in the text, with their HS heading: goods words and vehicle makes.

A make is read as its product or as its maker from the words around it:
- "Volvo Trucks", "Toyota Motor": a capitalised company word follows, so it is the maker;
- "Aurus limousines", "Aurus Senat", "an Aurus", "the Lada and Moskvich": goods;
- "Renault suspended ...": a bare make that no article or goods word goes with is the maker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tradeguard.news.model import GoodsMention, Span
from tradeguard.news.phrases import PhraseHit, PhraseTable
from tradeguard.news.resources import data, word_set
from tradeguard.news.text import Word

# Words before a make that make it a product: "an Aurus", "the Lada", "such as Lada".
_DETERMINERS = frozenset({"a", "an", "the", "of", "as", "his", "her", "their", "its", "new"})
_COORDINATORS = frozenset({"and", "or", "nor"})


@dataclass(frozen=True, slots=True)
class Make:
    name: str
    heading: str
    country: str


@dataclass(frozen=True, slots=True)
class Term:
    heading: str
    label: str


@dataclass(frozen=True, slots=True)
class GoodsFound:
    goods: list[GoodsMention]
    makers: list[Span]  # makes used as company names, for the party screening


@cache
def _terms() -> PhraseTable[Term]:
    raw = data("goods")["terms"]
    return PhraseTable((w, Term(str(t["heading"]), t["label"])) for t in raw for w in t["words"])


@cache
def _makes() -> PhraseTable[Make]:
    raw = data("goods")["makes"]
    return PhraseTable(
        (w, Make(t["words"][0], str(t["heading"]), t["country"])) for t in raw for w in t["words"]
    )


def find_goods(text: str, words: Sequence[Word]) -> GoodsFound:
    terms = {hit.first: hit for hit in _terms().find(words)}
    goods: list[GoodsMention] = []
    makers: list[Span] = []
    used: set[int] = set()
    previous_goods_end = -10
    for hit in _makes().find(words):
        if not words[hit.first].capitalised:
            continue
        after = hit.last + 1
        if _company_word(words, after, hit):
            makers.append(_span(text, words, hit.first, after))
            used.add(after)  # "Trucks" in "Volvo Trucks" is part of a company name, not goods
        elif after in terms and words[after].sentence == words[hit.first].sentence:
            term = terms[after]
            used.add(after)
            span = _span(text, words, hit.first, term.last)
            goods.append(GoodsMention(span, term.value.heading, term.value.label, hit.value.name))
            previous_goods_end = term.last
        elif _possessed(text, words, hit) or _reads_as_product(words, hit, previous_goods_end):
            last = after if _model_name(words, after, hit) else hit.last
            span = _span(text, words, hit.first, last)
            goods.append(_make_goods(span, hit.value))
            previous_goods_end = last
        else:
            makers.append(_span(text, words, hit.first, hit.last))
    for first, term in terms.items():
        if first not in used:
            span = _span(text, words, first, term.last)
            goods.append(GoodsMention(span, term.value.heading, term.value.label))
    return GoodsFound(sorted(goods, key=lambda g: g.span.start), makers)


def _make_goods(span: Span, make: Make) -> GoodsMention:
    return GoodsMention(
        span, make.heading, f"vehicles of the make {span.text}", make.name, make.country
    )


def _same_sentence(words: Sequence[Word], index: int, hit: PhraseHit[Make]) -> bool:
    return 0 <= index < len(words) and words[index].sentence == words[hit.first].sentence


def _company_word(words: Sequence[Word], index: int, hit: PhraseHit[Make]) -> bool:
    if not _same_sentence(words, index, hit):
        return False
    word = words[index]
    return word.text[:1].isupper() and word.text.lower() in word_set("cues", "org_words")


def _model_name(words: Sequence[Word], index: int, hit: PhraseHit[Make]) -> bool:
    if not _same_sentence(words, index, hit):
        return False
    word = words[index]
    lowered = word.text.lower()
    common = word_set("cues", "not_names") | word_set("cues", "leading")
    return word.text[:1].isupper() and lowered not in common


def _reads_as_product(words: Sequence[Word], hit: PhraseHit[Make], goods_end: int) -> bool:
    before = hit.first - 1
    if _model_name(words, hit.last + 1, hit):
        return True
    if not _same_sentence(words, before, hit):
        return False
    previous = words[before].text.lower()
    # "the Lada and Moskvich": a make joined to goods just before it is goods too.
    return previous in _DETERMINERS or (previous in _COORDINATORS and goods_end >= before - 1)


def _possessed(text: str, words: Sequence[Word], hit: PhraseHit[Make]) -> bool:
    # "Kim's Lada" is a car someone owns, not the carmaker.
    before = text[max(0, words[hit.first].start - 3) : words[hit.first].start]
    return before.rstrip().endswith(("'s", "\u2019s"))


def _span(text: str, words: Sequence[Word], first: int, last: int) -> Span:
    start, end = words[first].start, words[last].end
    return Span(start, end, text[start:end], words[first].sentence)
