"""Korean names written in Russian ("Ким Чен Ын"), Ukrainian or Belarusian, read back into
Hangul.

Russian writes Korean syllables in the Kontsevich system or the older traditional spellings
(Чен for 정, Ир for 일, Джу for 주). Each Cyrillic syllable is parsed into initial, vowel and
final pieces; each piece lists the jamo it may stand for; of the Hangul syllables so spelt, the
one commonest in Korean names wins. A name is read as Korean only when its first or last token
is a Korean surname as Russian spells it and every other token parses as Korean syllables.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from .cyrillic_korean_tables import (
    CYRILLIC_SURNAMES,
    FINALS,
    INITIALS,
    NAME_SYLLABLE_RANK,
    VOWELS,
)
from .hangul import compose
from .korean import person_renderings
from .model import Context, Rendering

_MAX_GIVEN_SYLLABLES = 3
_RUSSIAN_LETTERS = {
    "uk": str.maketrans({"и": "ы", "і": "и", "ї": "йи", "є": "е"}),
    "be": str.maketrans({"і": "и", "э": "е"}),
}


def _alternation(pieces: dict[str, tuple[int, ...]]) -> str:
    return "|".join(re.escape(piece) for piece in sorted(pieces, key=len, reverse=True) if piece)


_SYLLABLE = re.compile(
    rf"({_alternation(INITIALS)})?({_alternation(VOWELS)})({_alternation(FINALS)})?"
)


def korean_renderings(
    tokens: tuple[str, ...], context: Context, language: str = "ru"
) -> list[Rendering]:
    """Korean person forms for a Korean name spelt in Cyrillic, else nothing; `language` is the
    Cyrillic language the name is written in (`cyrillic.cyrillic_language`)."""
    if not context.person_like or len(tokens) < 2:
        return []
    hangul = to_hangul(tokens) or to_hangul(in_russian_letters(tokens, language))
    return person_renderings(*hangul) if hangul else []


def in_russian_letters(tokens: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The tokens in the letters Russian would spell their sounds with: Ukrainian writes Kim
    Jong Un "Кім Чен Ин" (і for и, и for ы) and Choe Ryong Hae "Чхве Рьон Хе" (ьо for ё);
    Belarusian "Кім Чэн Ын" (э for е)."""
    table = _RUSSIAN_LETTERS.get(language)
    respelt = (token.translate(table) if table else token for token in tokens)
    return tuple(token.replace("ьо", "ё") for token in respelt)


def to_hangul(tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """(surname, given) in Hangul, if the tokens read as a Korean name."""
    for surname_at, rest in ((0, tokens[1:]), (-1, tokens[:-1])):
        surname = CYRILLIC_SURNAMES.get(tokens[surname_at])
        if surname is None:
            continue
        given = [parse_syllables(token) for token in rest]
        if all(given):
            syllables = "".join(part for part in given if part)
            if len(syllables) <= _MAX_GIVEN_SYLLABLES:
                return surname, syllables
    return None


@cache
def parse_syllables(token: str) -> str | None:
    """The likeliest Hangul for a Cyrillic token, or None if it is not Korean syllables."""
    best: list[tuple[int, str] | None] = [None] * (len(token) + 1)
    best[0] = (0, "")
    for start in range(len(token)):
        reached = best[start]
        if reached is None:
            continue
        for end, syllable, score in _syllables_at(token, start):
            candidate = (reached[0] + score, reached[1] + syllable)
            current = best[end]
            if current is None or candidate[0] > current[0]:
                best[end] = candidate
    final = best[len(token)]
    return final[1] if final else None


def _syllables_at(token: str, start: int) -> list[tuple[int, str, int]]:
    """Every syllable reading that starts at `start`: (end, Hangul syllable, score)."""
    readings = []
    for end in range(start + 1, min(len(token), start + 6) + 1):
        match = _SYLLABLE.fullmatch(token, start, end)
        if match:
            initial, vowel, final = (group or "" for group in match.groups())
            syllable, score = _likeliest(initial, vowel, final)
            readings.append((end, syllable, score))
    return readings


@cache
def _likeliest(initial: str, vowel: str, final: str) -> tuple[str, int]:
    options = product(INITIALS[initial], VOWELS[vowel], FINALS[final])
    candidates = [compose(*jamo) for jamo in options]
    ranked = [syllable for syllable in candidates if syllable in NAME_SYLLABLE_RANK]
    if not ranked:
        return candidates[0], 0
    syllable = min(ranked, key=NAME_SYLLABLE_RANK.__getitem__)
    return syllable, len(NAME_SYLLABLE_RANK) - NAME_SYLLABLE_RANK[syllable]
