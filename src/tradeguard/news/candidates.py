"""Capitalised names that are not listed names: organisation names first, then the rest.

A capitalised run with a company word ("PJSC KAMAZ", "Ulyanovsk Automobile Plant", "Volvo
Trucks") is one organisation's name, so the city, goods word or make inside it is not a place
or goods of its own. Those runs are found first and take their words back from places and
goods; then the runs are found again over what is left. A run naming a country is a place; a
make acting as a company that no run covers is an organisation of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tradeguard.news.cover import Cover
from tradeguard.news.model import GoodsMention, PlaceMention, Span
from tradeguard.news.names import capitalised_runs
from tradeguard.news.parties import classify, span_of
from tradeguard.news.places import country_place
from tradeguard.news.text import Word


@dataclass(frozen=True, slots=True)
class Found:
    candidates: list[tuple[Span, str]]  # (span, kind), in text order
    places: list[PlaceMention]
    goods: list[GoodsMention]


def find_candidates(
    text: str,
    words: Sequence[Word],
    fixed: Sequence[Span],
    places: Sequence[PlaceMention],
    goods: Sequence[GoodsMention],
    makers: Sequence[Span],
) -> Found:
    """`fixed` spans (listed names, metonyms, amounts, dates) are never part of a name."""
    cover = Cover(words)
    claimed = cover.indexes(fixed)
    org_runs = [
        (first, last)
        for first, last in capitalised_runs(text, words, claimed)
        if first != last and classify(words, first, last) == "organization"
    ]
    in_orgs = {i for first, last in org_runs for i in range(first, last + 1)}
    places = [p for p in places if not cover.indexes([p.span]) & in_orgs]
    goods = [g for g in goods if not cover.indexes([g.span]) & in_orgs]
    claimed |= cover.indexes([*(p.span for p in places), *(g.span for g in goods)])
    candidates: list[tuple[Span, str]] = []
    in_runs: set[int] = set()
    country_places: list[PlaceMention] = []
    for first, last in capitalised_runs(text, words, claimed):
        span = span_of(text, words, first, last)
        in_runs |= set(range(first, last + 1))
        country = country_place(span)
        if country is not None:
            country_places.append(country)
            continue
        is_maker = any(span.start <= m.start and m.end <= span.end for m in makers)
        candidates.append((span, "organization" if is_maker else classify(words, first, last)))
    candidates += [(m, "organization") for m in makers if not cover.indexes([m]) & in_runs]
    candidates.sort(key=lambda c: c[0].start)
    all_places = sorted([*places, *country_places], key=lambda p: p.span.start)
    return Found(candidates, all_places, goods)
