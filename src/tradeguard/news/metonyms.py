"""Metonyms: "the Kremlin" for the Russian government, from the table in data/metonyms.yaml."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tradeguard.news.model import PartyMention, Span
from tradeguard.news.phrases import PhraseTable
from tradeguard.news.resources import data
from tradeguard.news.text import Word


@cache
def _table() -> PhraseTable[tuple[str, str]]:
    raw = data("metonyms")["metonyms"]
    return PhraseTable((w, (m["means"], m["country"])) for m in raw for w in m["words"])


def find_metonyms(text: str, words: Sequence[Word]) -> list[PartyMention]:
    found = []
    for hit in _table().find(words):
        chunk = words[hit.first : hit.last + 1]
        if not any(w.text[:1].isupper() for w in chunk):
            continue  # "the white house" in lower case is a house
        start, end = chunk[0].start, chunk[-1].end
        means, country = hit.value
        span = Span(start, end, text[start:end], chunk[0].sentence)
        found.append(PartyMention(span, "organization", "metonym", "metonym", None, country, means))
    return found
