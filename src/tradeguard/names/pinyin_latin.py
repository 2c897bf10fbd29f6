"""Latin person names written in Hanyu Pinyin, also in Wade-Giles, as older lists write them.

A Chinese name reaches a list in either system: Xi Jinping is "Hsi Chin-p'ing" in
Wade-Giles, Mao Zedong "Mao Tse-tung". Names written in Chinese characters get both
renderings (`names.han`). A Latin name whose every word is one pinyin syllable, or two (a
given name written as one word), gets its Wade-Giles form as well, word for word (hsi
chinping), and the same name written in Wade-Giles meets it there: "Hsi Chin-p'ing" through
its words joined (`matching.rejoined`). A given name stays one word: as syllables, 王建
(Wang Jian) would contain WANG Jiantong whole but one syllable. Wade-Giles is not read back
into pinyin: without the apostrophes lists drop, "ping" is pinyin ping or bing, and "tung"
tong or dong.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from .wade_giles import to_wade_giles

WADE_GILES_METHOD = "latin-wg"
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The 410 toneless pinyin syllables (written by tools/pinyin_syllables.py)."""
    text = files(__package__).joinpath("data", "pinyin_syllables.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def syllables_of(token: str) -> tuple[str, ...] | None:
    """A word as one pinyin syllable or two ("jinping" -> jin ping); None if it is neither."""
    syllables = pinyin_syllables()
    if token in syllables:
        return (token,)
    # Pinyin writes an apostrophe before a second syllable that starts with a vowel (Xi'an),
    # so a word without one splits only before a consonant; "chien" is no chi'en.
    for i in range(len(token) - 1, 0, -1):
        first, second = token[:i], token[i:]
        if second[0] not in _VOWELS and first in syllables and second in syllables:
            return first, second
    return None


def wade_giles_words(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The Wade-Giles words of a name of two or more words written in pinyin; None for
    another name, or one whose Wade-Giles is the same ("Li Na")."""
    if len(tokens) < 2:
        return None
    words: list[str] = []
    for token in tokens:
        parts = syllables_of(token)
        if parts is None:
            return None
        words.append("".join(to_wade_giles(syllable) for syllable in parts))
    return None if tuple(words) == tokens else tuple(words)
