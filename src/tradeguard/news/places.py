"""Places named in the text: cities from a small gazetteer, countries, and nationality words.

Every place is checked against the embargoed territories (tradeguard.geo) with its country,
so "Sevastopol" comes out as Crimea while "Saint Petersburg" stays plain Russia.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from tradeguard.countries import country_code
from tradeguard.geo import resolve_place
from tradeguard.news.model import PlaceMention, Span
from tradeguard.news.phrases import PhraseTable
from tradeguard.news.resources import data
from tradeguard.news.text import Word


@cache
def _table() -> PhraseTable[tuple[str, str]]:
    raw = data("places")
    entries = [
        (name, (kind, code))
        for kind, section in (("city", "cities"), ("demonym", "demonyms"))
        for code, names in raw[section].items()
        for name in names
    ]
    return PhraseTable(entries)


def gazetteer_places(text: str, words: Sequence[Word]) -> list[PlaceMention]:
    found = []
    for hit in _table().find(words):
        first, last = words[hit.first], words[hit.last]
        if not first.capitalised:
            continue  # "nice", "reading": a lower-case word is not the town
        kind, code = hit.value
        span = Span(first.start, last.end, text[first.start : last.end], first.sentence)
        city = span.text if kind == "city" else None
        found.append(place(span, kind, code, city))
    return found


def country_place(span: Span) -> PlaceMention | None:
    """A capitalised phrase that names a country ("Russia", "North Korea"), else None."""
    code = country_code(span.text)
    if code is None or len(span.text) < 4:  # two- and three-letter words are codes, not names
        return None
    return place(span, "country", code, None)


def place(span: Span, kind: str, code: str, city: str | None) -> PlaceMention:
    territory, certain = _territory(kind, code, city)
    return PlaceMention(span, kind, code, territory, certain)


@lru_cache(maxsize=4096)
def _territory(kind: str, code: str, city: str | None) -> tuple[str | None, bool]:
    # A long article names the same few places many times; each is resolved once.
    hit = resolve_place(code, None, city, None) if kind != "demonym" else None
    return (hit.territory.code, hit.certain) if hit else (None, False)
