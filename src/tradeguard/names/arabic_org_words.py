"""Arabic-script organisation names as lists write them in English: words, not letters.

Lists give Iranian and Arab organisations in the original script and in English: "سپاه
پاسداران انقلاب اسلامی" is the Islamic Revolutionary Guard Corps, "وزارة الدفاع" the Ministry of
Defence, "گروه صنایع فجر" Fajr Industries Group. Letter by letter the two share nothing. The
glossary (data/arabic_glossary.tsv) reads the words that say what an organisation is and does;
the others, mostly its proper name, keep their rendering (Fajr), as lists transliterate them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .arabic_words import lookup_key
from .glossaries import read_glossary

# "And the", "with the", "for the" written onto the next word (wal-, bil-, lil-).
JOINED_ARTICLES = ("وال", "بال", "لل")
# Written onto the next word: wa- (and), li-/lil- (for), bi-/bil- (with, in), each before the
# article al- or not. Longest first, so "وال" is taken off before "و" would leave "ال...".
_PREFIXES = (*JOINED_ARTICLES, "ال", "و", "ل", "ب")
# The ezafe ی written after a final vowel (فضای مجازی, نیروی ...), then the Persian plural
# endings: the ezafe first, so that نیروهای is نیروها (forces), not نیرو (force).
_SUFFIXES = ("ي", "هاي", "ها")
# What is left after a prefix or suffix is taken off is at least this long: a two-letter
# glossary word (في, in) is read only as written, not inside وفي or any longer word.
MIN_STEM = 3
# Joiners and direction marks Persian text carries inside words (نیروهای, اسلامی‎).
_INVISIBLE = str.maketrans(dict.fromkeys("\u200c\u200d\u200e\u200f"))


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """Each word under its lookup key, with its English words (none for a dropped word)."""
    return read_glossary("arabic_glossary.tsv", _key)


@cache
def english_vocabulary() -> frozenset[str]:
    """Every English word the glossary gives."""
    return frozenset(word for english in glossary().values() for word in english)


def _key(word: str) -> str:
    return lookup_key(word.translate(_INVISIBLE))


def english_words(word: str) -> tuple[str, ...] | None:
    """The English of one word of a name, None when the glossary does not know it."""
    table = glossary()
    key = _key(word)
    if key in table:
        return table[key]
    for prefix in _PREFIXES:
        stem = key[len(prefix) :]
        if key.startswith(prefix) and len(stem) >= MIN_STEM and stem in table:
            return table[stem]
    for suffix in _SUFFIXES:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= MIN_STEM and stem in table:
            return table[stem]
    return None


def organisation_words(
    tokens: tuple[str, ...], rendered: Callable[[str], tuple[tuple[str, ...], bool]]
) -> tuple[tuple[str, ...], bool] | None:
    """The name with glossary words in English and the others as `rendered` gives them (their
    Latin tokens, and whether those are vowelless), and whether any is; None when no word of
    the name is in the glossary."""
    found = [english_words(token) for token in tokens]
    if all(english is None for english in found):
        return None  # before rendering the words of a name the glossary does not touch
    words: list[str] = []
    vowelless = False
    for token, english in zip(tokens, found, strict=True):
        if english is not None:
            words.extend(english)
            continue
        latin, skeleton = rendered(token)
        words.extend(latin)
        vowelless = vowelless or skeleton
    if not words:
        return None
    return tuple(words), vowelless
