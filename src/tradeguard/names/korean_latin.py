"""Whether a Latin name reads as a Korean one: a Korean surname at one end and syllables.

"Kim Eun Jung" is 김은정, "Jong Un Kim" 김정은: the syllables of a Korean given name keep their
order, so the two are different names though their words are the same (`matching.namesim`'s
`syllables_ordered`). The syllables are those the project romanises Hangul to (`names.hangul`,
in all four systems); a Western name of three short words rarely reads so ("Tom Han Kim" does).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .hangul import compose, romanize_syllable
from .korean_surnames import SURNAMES

# Fewer words than this are a surname and a one-word given name, in either order.
MIN_WORDS = 3
_INITIALS, _VOWELS, _FINALS = 19, 21, 28


@cache
def _surname_spellings() -> frozenset[str]:
    """Every Latin spelling of a Korean surname of two letters or more ("o" and "i" are words
    too)."""
    return frozenset(
        spelling for spellings in SURNAMES.values() for spelling in spellings if len(spelling) > 1
    )


@cache
def _syllables() -> frozenset[str]:
    """Every Hangul syllable in each of the romanisations the names are rendered in."""
    return frozenset(
        romanize_syllable(compose(initial, vowel, final), system)
        for initial in range(_INITIALS)
        for vowel in range(_VOWELS)
        for final in range(_FINALS)
        for system in ("rr", "mr", "nk", "sk")
    )


@lru_cache(maxsize=4096)
def reads_korean(tokens: tuple[str, ...]) -> bool:
    """Whether `tokens` are a Korean surname first or last and Korean syllables otherwise."""
    if len(tokens) < MIN_WORDS:
        return False
    surnames = _surname_spellings()
    if tokens[0] in surnames:
        given = tokens[1:]
    elif tokens[-1] in surnames:
        given = tokens[:-1]
    else:
        return False
    syllables = _syllables()
    return all(token in syllables for token in given)
