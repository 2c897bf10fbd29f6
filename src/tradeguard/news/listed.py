"""Listed parties in the text: automaton hits, each verified by the matcher's score.

The automaton finds token sequences that equal some listed name form; the matcher then scores
the text's own spelling against the lists, so a hit stands only if that entry raises an alert.
Longer hits win over the shorter ones inside them ("Kim Jong Un" over "Jong Un").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tradeguard.matching.index import NameIndex
from tradeguard.news.automaton import AutomatonHit, automaton_for
from tradeguard.news.model import PartyMention, Span
from tradeguard.news.resources import data, word_set
from tradeguard.news.screener import Screener, link_of
from tradeguard.news.text import Word

_KINDS = {"Person": "person", "Organization": "organization", "Company": "organization"}


def listed_mentions(
    text: str, words: Sequence[Word], index: NameIndex, screener: Screener
) -> list[PartyMention]:
    hits = sorted(automaton_for(index).find(words), key=lambda h: (h.first - h.last, h.first))
    taken: set[int] = set()
    found: list[PartyMention] = []
    for hit in hits:
        covered = set(range(hit.first, hit.last + 1))
        if covered & taken or not any(words[i].capitalised for i in covered):
            continue
        if hit.first == hit.last and not _stands_alone(text, words, hit.first):
            continue
        mention = _verify(text, words, index, screener, hit)
        if mention is not None:
            taken |= covered
            found.append(mention)
    return sorted(found, key=lambda m: m.span.start)


def _stands_alone(text: str, words: Sequence[Word], position: int) -> bool:
    """A one-word hit must be a name on its own, not one word of a longer capitalised name:
    "Forum" in "Eastern Economic Forum" is not the company LLC Forum."""
    for neighbour in (position - 1, position + 1):
        if not 0 <= neighbour < len(words):
            continue
        other = words[neighbour]
        left, right = sorted((words[position], other), key=lambda w: w.start)
        joined = text[left.end : right.start].strip() in ("", "-")
        ordinary = other.text.lower() in word_set("cues", "leading") | _demonym_words()
        same_sentence = other.sentence == words[position].sentence
        if same_sentence and joined and other.capitalised and not ordinary:
            return False
    return True


@cache
def _demonym_words() -> frozenset[str]:
    groups = data("places")["demonyms"].values()
    return frozenset(word for names in groups for name in names for word in name.split())


def _verify(
    text: str, words: Sequence[Word], index: NameIndex, screener: Screener, hit: AutomatonHit
) -> PartyMention | None:
    first, last = words[hit.first], words[hit.last]
    surface = text[first.start : last.end]
    schemas = {index.entities[e].schema for e in hit.entities}
    schema = schemas.pop() if len(schemas) == 1 else None
    wanted = {index.entities[e].id for e in hit.entities}
    for alert in screener.alerts(surface, schema):
        if alert.alert and alert.entity.id in wanted:
            span = Span(first.start, last.end, surface, first.sentence)
            link = link_of(alert)
            kind = _KINDS.get(alert.entity.schema, "organization")
            country = link.countries[0] if link.countries else None
            return PartyMention(span, kind, "listed", "automaton", link, country)
    return None
