"""Parties that the lists' automaton did not find: capitalised runs and makes used as company
names, each given a kind, linked to an earlier full name ("Putin" after "Vladimir Putin"), or
screened with the matcher and shown as listed or "not listed"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tradeguard.news.fit import LISTED, POSSIBLE, fit
from tradeguard.news.model import ListLink, PartyMention, Span
from tradeguard.news.resources import word_set
from tradeguard.news.screener import Screener, link_of
from tradeguard.news.text import Word, latin_tokens

# How far back (in words) a title such as "journalist" marks the following name as a person.
TITLE_REACH = 3
MAX_PERSON_WORDS = 4


def span_of(text: str, words: Sequence[Word], first: int, last: int) -> Span:
    start, end = words[first].start, words[last].end
    return Span(start, end, text[start:end], words[first].sentence)


def classify(words: Sequence[Word], first: int, last: int) -> str:
    chunk = [w.text.lower() for w in words[first : last + 1]]
    if any(word in word_set("cues", "org_words") for word in chunk):
        return "organization"
    # An organisation word must stand right before the name: "the company's chief Ivan Petrov"
    # is a person, "the channel Rossiya-1" an organisation.
    if _after_title(words, first, "org_titles", 1):
        return "organization"
    if _after_title(words, first, "person_titles", TITLE_REACH):
        return "person"
    titled = all(w.text[:1].isupper() and not w.text.isupper() for w in words[first : last + 1])
    return "person" if 2 <= len(chunk) <= MAX_PERSON_WORDS and titled else "unknown"


def _after_title(words: Sequence[Word], first: int, kind: str, reach: int) -> bool:
    titles = word_set("cues", kind)
    window = words[max(0, first - reach) : first]
    return any(w.text.lower() in titles and w.sentence == words[first].sentence for w in window)


def screen_candidates(
    candidates: Sequence[tuple[Span, str]], known: Sequence[PartyMention], screener: Screener
) -> list[PartyMention]:
    """Each (span, kind) becomes a mention: coreferent with a known person, else screened."""
    persons = {m.span.text: m for m in known if m.kind == "person"}
    found: list[PartyMention] = []
    for span, kind in candidates:
        earlier = _coreferent(span, list(persons.values()))
        if earlier is not None:
            found.append(
                PartyMention(
                    span, "person", earlier.status, "coreference", earlier.link, earlier.country
                )
            )
            continue
        mention = _screened(span, kind, screener)
        if mention.kind == "person":
            persons.setdefault(span.text, mention)
        found.append(mention)
    return found


def _coreferent(span: Span, persons: Sequence[PartyMention]) -> PartyMention | None:
    # A short form is the same person when all its tokens are tokens of a fuller name already
    # met; the full name is preferred when several fit (the longest one).
    tokens = _tokens(span.text)
    fits = [p for p in persons if _shorter_form(tokens, _tokens(p.span.text))]
    return max(fits, key=lambda p: len(p.span.text), default=None)


def _shorter_form(short: frozenset[str], full: frozenset[str]) -> bool:
    # Initials stand for names: "V. V. Putin" and "Putin" are short forms of "Vladimir Putin".
    if short == full or not short:
        return False
    initials = {t[0] for t in full}
    return all(t in full or (len(t) == 1 and t in initials) for t in short)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(token for word in text.split() for token in latin_tokens(word))


def _screened(span: Span, kind: str, screener: Screener) -> PartyMention:
    found = screened_link(span.text, kind, screener)
    if found is None:
        return PartyMention(span, kind, "not listed", "capitalised")
    status, link = found
    country = link.countries[0] if link.countries else None
    return PartyMention(span, kind, status, "capitalised", link, country)


def screened_link(name: str, kind: str, screener: Screener) -> tuple[str, ListLink] | None:
    """The best alert whose listed name fits the text's name, with "listed" or "possible match"."""
    schema = "Person" if kind == "person" else None
    possible: tuple[str, ListLink] | None = None
    for alert in screener.alerts(name, schema):
        status = fit(name, alert.matched_name, alert.entity.schema) if alert.alert else None
        if status == LISTED:
            return status, link_of(alert)
        if status == POSSIBLE and possible is None:
            possible = status, link_of(alert)
    return possible
