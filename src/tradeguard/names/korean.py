"""Korean names in Hangul: persons split into surname and syllables, organisations by word.

A person's given name becomes one token per syllable ("김정은" -> kim jong un) because lists
write it split ("Jong Un"), hyphenated or joined, and the matcher joins tokens when it
compares. The surname takes its conventional spellings (김 Kim, 박 Pak/Park, 이 Lee/Yi/Ri).
An organisation also gets the words its English name has (`korean_org_words`: 조선남강무역회사
-> korea namkang trading).
"""

from __future__ import annotations

from .hangul import System, is_hangul_syllable, romanize_word
from .korean_org_words import organisation_words
from .korean_surnames import COMPOUND_SURNAMES, SURNAMES
from .model import Context, Kind, Rendering

_WORD_SYSTEMS: tuple[tuple[System, str], ...] = (
    ("nk", "ko-common"),
    ("rr", "ko-rr"),
    ("mr", "ko-mr"),
)


def render_hangul(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """Person forms when the name reads as a person's, then word-by-word forms."""
    split = split_person(tokens) if _may_be_person(tokens, context) else None
    renderings = person_renderings(*split) if split else []
    if context.kind is not Kind.PERSON or not renderings:
        renderings.extend(_word_renderings(tokens))
        words = organisation_words(tokens)
        if words:
            renderings.append(Rendering(words, "ko-words"))
    return renderings


def split_person(tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """(surname, given syllables) of a Hangul person name, surname first or last."""
    syllables = "".join(tokens)
    if len(syllables) < 2 or not all(is_hangul_syllable(char) for char in syllables):
        return None
    if len(tokens) > 1 and tokens[-1] in SURNAMES and tokens[0][0] not in SURNAMES:
        return tokens[-1], "".join(tokens[:-1])
    if len(syllables) >= 3 and syllables[:2] in COMPOUND_SURNAMES:
        return syllables[:2], syllables[2:]
    return syllables[0], syllables[1:]


def person_renderings(surname: str, given: str) -> list[Rendering]:
    """Common (North Korean style), RR, MR and popular forms, then other surname spellings."""
    spellings = SURNAMES.get(surname) or (
        romanize_word(surname, "nk"),
        romanize_word(surname, "rr"),
    )
    mr_surname = romanize_word(surname, "mr")
    renderings = [
        _person(spellings[0], given, "nk", "ko-common"),
        _person(spellings[1], given, "rr", "ko-rr"),
        _person("yi" if mr_surname == "i" else mr_surname, given, "mr", "ko-mr"),
        _person(spellings[1], given, "sk", "ko-sk"),
    ]
    renderings.extend(_person(spelling, given, "nk", "ko-common") for spelling in spellings[2:])
    return renderings


def _person(surname: str, given: str, system: System, method: str) -> Rendering:
    syllables = tuple(romanize_word(syllable, system) for syllable in given)
    return Rendering((surname, *syllables), method)


def _may_be_person(tokens: tuple[str, ...], context: Context) -> bool:
    """Persons, and short names of unknown bearers: Korean personal names have two to four
    syllables, while organisation names are mostly longer. Unknown bearers get the word
    forms as well, so a short organisation name loses nothing."""
    if context.kind is Kind.PERSON:
        return True
    syllables = "".join(tokens)
    return context.kind is Kind.UNKNOWN and len(tokens) <= 3 and len(syllables) <= 4


def _word_renderings(tokens: tuple[str, ...]) -> list[Rendering]:
    return [
        Rendering(tuple(romanize_word(token, system) for token in tokens), method)
        for system, method in _WORD_SYSTEMS
    ]
