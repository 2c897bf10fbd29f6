"""Longest-match lookup of short word phrases (goods words, places, metonyms) in the word list.

These tables hold a few hundred phrases of one to four words, so a dictionary probe per
position and length is simpler than a second automaton and just as fast at this size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from tradeguard.news.text import Word, latin_tokens

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[V]):
    first: int
    last: int  # inclusive
    value: V


class PhraseTable(Generic[V]):
    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self._table: dict[tuple[str, ...], V] = {}
        for phrase, value in entries:
            key = tuple(t for word in phrase.split() for t in latin_tokens(word))
            if key:
                self._table[key] = value
        self._longest = max((len(k) for k in self._table), default=0)
        # Most words start no phrase; one set probe rules them out before any key is built.
        self._firsts = frozenset(k[0] for k in self._table)

    def find(self, words: Sequence[Word]) -> Iterator[PhraseHit[V]]:
        """Non-overlapping hits, longest first at each position, within one sentence."""
        position = 0
        while position < len(words):
            hit = self._at(words, position)
            if hit is None:
                position += 1
                continue
            yield hit
            position = hit.last + 1

    def _at(self, words: Sequence[Word], position: int) -> PhraseHit[V] | None:
        if words[position].tokens[0] not in self._firsts:
            return None
        sentence = words[position].sentence
        for length in range(min(self._longest, len(words) - position), 0, -1):
            chunk = words[position : position + length]
            if chunk[-1].sentence != sentence:
                continue
            key = tuple(t for word in chunk for t in word.tokens)
            value = self._table.get(key)
            if value is not None:
                return PhraseHit(position, position + length - 1, value)
        return None
