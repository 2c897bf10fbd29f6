"""An Aho-Corasick automaton over the Latin token forms of every listed name.

Built from the name index's records, so every alias in every script counts in the form the
index renders it ("Ким Чен Ын" and "김정은" both become `kim jong un`). Patterns are token
strings padded with spaces, so they only match whole tokens. One automaton per index, cached.

Which names become patterns, and why:
- every form of two or more tokens; a person's form also as first+last name and surname first,
  because the press writes "Vladimir Putin" for "Vladimir Vladimirovich PUTIN";
- a one-token form only when the token is rare in the index and not short: one common word
  ("trading", "star") names hundreds of entries and would flood the text with false hits.
Every hit is verified afterwards by the matcher (see `listed.py`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from threading import Lock
from weakref import WeakKeyDictionary

import ahocorasick  # pyahocorasick ships no type stubs: see the mypy override

from tradeguard.matching.index import EXACT, FormRecord, NameIndex
from tradeguard.news.text import Word

# A one-token name is a pattern only if few entries bear it as their whole name and few name
# forms of any length use it: "aurus" (one company, in a few scripts) but not "trading".
RARE_TOKEN_ENTITIES = 3
RARE_TOKEN_FORMS = 20
MIN_SINGLE_LENGTH = 5
_PERSON_SCHEMAS = frozenset({"Person"})


@dataclass(frozen=True, slots=True)
class AutomatonHit:
    first: int  # index of the first word of the hit
    last: int  # index of the last word, inclusive
    entities: tuple[int, ...]  # indexes into NameIndex.entities


class NameAutomaton:
    def __init__(self, index: NameIndex) -> None:
        patterns: dict[str, set[int]] = defaultdict(set)
        for record in index.records:
            for tokens in _pattern_tokens(index, record):
                patterns[" " + " ".join(tokens) + " "].add(record.entity)
        self._automaton = ahocorasick.Automaton()
        for key, entities in patterns.items():
            if " " not in key.strip() and len(entities) > RARE_TOKEN_ENTITIES:
                continue
            self._automaton.add_word(key, (len(key), tuple(sorted(entities))))
        self._automaton.make_automaton()
        self.size = len(self._automaton)

    def find(self, words: Sequence[Word]) -> Iterator[AutomatonHit]:
        """Every pattern found over whole words; overlaps are left to the caller."""
        if not words or not self.size:
            return
        stream, token_starts, token_word = _stream(words)
        for end, (length, entities) in self._automaton.iter(stream):
            key_start = end - length + 1
            first_token = bisect_right(token_starts, key_start + 1) - 1
            last_token = bisect_right(token_starts, end - 1) - 1
            first, last = token_word[first_token], token_word[last_token]
            # A hit must cover whole words: "kim" alone is no hit inside the word "김정은".
            whole = _starts_word(token_word, first_token) and _ends_word(token_word, last_token)
            if whole and words[first].sentence == words[last].sentence:
                yield AutomatonHit(first, last, entities)


_CACHE: WeakKeyDictionary[NameIndex, NameAutomaton] = WeakKeyDictionary()
# The HTTP service screens articles on several threads; the first ones to arrive must not each
# spend seconds building the same automaton.
_BUILDING = Lock()


def automaton_for(index: NameIndex) -> NameAutomaton:
    """Built once per index (about two seconds for the full lists), then shared."""
    with _BUILDING:
        found = _CACHE.get(index)
        if found is None:
            found = NameAutomaton(index)
            _CACHE[index] = found
        return found


def _pattern_tokens(index: NameIndex, record: FormRecord) -> list[tuple[str, ...]]:
    form = record.form
    if form.vowelless:
        return []
    tokens = form.tokens
    if len(tokens) == 1:
        rare = index.frequency(EXACT + tokens[0]) <= RARE_TOKEN_FORMS
        return [tokens] if rare and len(tokens[0]) >= MIN_SINGLE_LENGTH else []
    found = [tokens]
    if index.entities[record.entity].schema in _PERSON_SCHEMAS:
        found += [(tokens[0], tokens[-1]), (tokens[-1], tokens[0]), tokens[::-1]]
    return found


def _stream(words: Sequence[Word]) -> tuple[str, list[int], list[int]]:
    parts: list[str] = []
    token_starts: list[int] = []
    token_word: list[int] = []
    position = 1  # after the leading space
    for w_idx, word in enumerate(words):
        for token in word.tokens:
            token_starts.append(position)
            token_word.append(w_idx)
            parts.append(token)
            position += len(token) + 1
    return " " + " ".join(parts) + " ", token_starts, token_word


def _starts_word(token_word: list[int], token: int) -> bool:
    return token == 0 or token_word[token - 1] != token_word[token]


def _ends_word(token_word: list[int], token: int) -> bool:
    return token == len(token_word) - 1 or token_word[token + 1] != token_word[token]
