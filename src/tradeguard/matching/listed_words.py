"""The words of the listed names, and which word follows which: what decides whether a query
gets a rejoined or an abbreviated form (`rejoined`, `abbreviated`)."""

from __future__ import annotations

from collections.abc import Callable

from tradeguard.matching.index import NameIndex
from tradeguard.names import NameForm


class ListedWords:
    """The words of the listed names, and which follow which: an index's, or one name's."""

    def __init__(self, word: Callable[[str], bool], pair: Callable[[str, str], bool]) -> None:
        self.word = word
        self.pair = pair

    @classmethod
    def of_index(cls, index: NameIndex) -> ListedWords:
        return cls(index.is_listed_word, index.is_listed_pair)

    @classmethod
    def of_forms(cls, forms: tuple[NameForm, ...]) -> ListedWords:
        words = {token for form in forms for token in form.tokens}
        pairs = {pair for form in forms for pair in zip(form.tokens, form.tokens[1:], strict=False)}
        return cls(words.__contains__, lambda first, second: (first, second) in pairs)
