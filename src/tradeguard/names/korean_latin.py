"""Whether a Latin name reads as a Korean one: a Korean surname at one end and syllables.

"Kim Eun Jung" is 김은정, "Jong Un Kim" 김정은: the syllables of a Korean given name keep their
order, so the two are different names though their words are the same (`matching.namesim`'s
`syllables_ordered`). The syllables are those the project romanises Hangul to (`names.hangul`,
in all four systems); a Western name of three short words rarely reads so ("Tom Han Kim" does).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .hangul import (
    every_syllable,
    is_hangul_syllable,
    romanize_syllable,
    syllable_spellings,
    syllables_by_spelling,
)
from .korean_surnames import SURNAMES

# Fewer words than this are a surname and a one-word given name, in either order.
MIN_WORDS = 3


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
        romanize_syllable(syllable, system)
        for syllable in every_syllable()
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


@cache
def _syllables_by_spelling() -> dict[str, frozenset[str]]:
    """The Hangul syllables each Latin spelling writes (`hangul.syllable_spellings`), and the
    surnames' conventional spellings ("park" 박, "lee" 이)."""
    found = syllables_by_spelling()
    for surname, spellings in SURNAMES.items():
        for spelling in spellings:
            found.setdefault(spelling, set()).add(surname)
    return {spelling: frozenset(syllables) for spelling, syllables in found.items()}


@lru_cache(maxsize=65536)
def one_syllable(a: str, b: str, within: frozenset[str] = frozenset()) -> bool:
    """Whether two Latin words are spellings of one Hangul syllable: "pok" and "bok" (복, the
    North's and the South's), "yong" and "young" (영), "ri" and "lee" (리, 이). The lists mix
    the systems within one name ("KIM Yong Bok", "RI Hak Chul"). `within`: the syllables of a
    name written in Hangul, to which the syllable must belong (이중수's jung is 중, never 정,
    whose popular spelling is also jung); empty for a name written in Latin letters."""
    if within:
        # A Hangul name's few syllables are tried directly: the table of every syllable's
        # spellings takes a few tenths of a second to build, once per process.
        return any(a in spellings and b in spellings for spellings in map(_spellings, within))
    table = _syllables_by_spelling()
    first, second = table.get(a), table.get(b)
    return first is not None and second is not None and not first.isdisjoint(second)


@lru_cache(maxsize=16384)
def _spellings(syllable: str) -> frozenset[str]:
    """One syllable's spellings (`hangul.syllable_spellings`), and a surname's conventional
    ones."""
    return syllable_spellings(syllable) | frozenset(SURNAMES.get(syllable, ()))


def is_korean_spelling(token: str) -> bool:
    """Whether a word spells a Hangul syllable in some romanisation (`one_syllable`'s table)."""
    return token in _syllables_by_spelling()


def hangul_syllables(name: str) -> frozenset[str]:
    """The Hangul syllables written in a name (none for a name in Latin letters)."""
    return frozenset(char for char in name if is_hangul_syllable(char))
