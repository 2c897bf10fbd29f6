"""Listed words for tests of the readers and rewriters that consult them: a handful of words
or names instead of an index."""

from __future__ import annotations

from collections.abc import Callable

from tradeguard.matching.listed_words import ListedWords
from tradeguard.names import NameForm


def vocabulary(*words: str) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """Whether a word is listed, and whether a listed word starts with a prefix."""
    listed = set(words)
    return listed.__contains__, lambda prefix: any(w.startswith(prefix) for w in listed)


def listed_names(*names: str) -> ListedWords:
    """The listed words of Latin names, each written with its words apart."""
    forms = tuple(NameForm(tuple(name.split()), (), "Latin", "latin") for name in names)
    return ListedWords.of_forms(forms)
