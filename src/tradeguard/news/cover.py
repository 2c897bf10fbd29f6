"""Which words a set of character spans covers, so one step's findings claim words from the next."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from tradeguard.news.model import Span
from tradeguard.news.text import Word


class Cover:
    def __init__(self, words: Sequence[Word]) -> None:
        self.words = words
        self._starts = [w.start for w in words]

    def indexes(self, spans: Iterable[Span]) -> set[int]:
        covered: set[int] = set()
        for span in spans:
            position = max(0, bisect_right(self._starts, span.start) - 1)
            while position < len(self.words) and self.words[position].start < span.end:
                if self.words[position].end > span.start:
                    covered.add(position)
                position += 1
        return covered
