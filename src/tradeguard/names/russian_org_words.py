"""Russian organisation names read in English: "Moskovskiy industrialnyy bank" -> moscow
industrial bank, so a transliterated name meets the translated one the lists also give.

Tokens are folded so that the romanisations of one Russian word become one key (BGN, ICAO,
press and Ukrainian national spellings differ in y/i/j, kh/h, ts/c, shch/sch, ii/iy/yy and
oye/oe); a declined word is found by cutting the adjective or noun endings off its folded
form. Only words of the glossary change, and adjectives of place become the place
("Taganrogskiy" -> taganrog, see `place_adjectives`); the others (the trade name) stay as they
were. The English is then put in the wording lists mostly use ("scientific research" ->
research), so an English name gets the same form and meets it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .phrases import Phrases, replaced_phrases
from .place_adjectives import place_stem
from .russian_org_glossary import (
    ACRONYM_FIRST_WORDS,
    ACRONYM_PHRASES,
    ENGLISH_FIRST_WORDS,
    ENGLISH_PHRASES,
    glossary_rows,
)

# Only i is undoubled (-iy, -yy, -ij and -ii endings; rossiiskiy): a doubled consonant is kept
# by every romanisation and tells obyedinennyy (united) from obyedinenie (association).
_DOUBLED_I = re.compile(r"i{2,}")
_VOWEL_YE = re.compile(r"([aeou])ie")
# Endings in folded spelling, longest first so "-ogo" is cut before "-o" would be; -oho and
# -e are the Ukrainian ones (derzhavne, derzhavnoho).
_ADJ_ENDINGS = ("iaia", "imi", "ogo", "ego", "oho", "omu", "emu", "uiu", "oiu", "aia", "oi",
                "ei", "oe", "ee", "im", "ih", "ie", "i", "e")  # fmt: skip
_NOUN_ENDINGS = ("iami", "iam", "iah", "ami", "iem", "iei", "iom", "ia", "ie", "iu", "om", "ov",
                 "ah", "am", "ei", "oi", "em", "ev", "a", "i", "u", "e", "o", "")  # fmt: skip
_PLURAL_ENDINGS = frozenset({"i", "ov", "ami", "ah", "am", "ei", "iam", "iah", "iami"})


class _Entry(NamedTuple):
    english: tuple[str, ...]
    plural: tuple[str, ...]
    org: bool


def fold(word: str) -> str:
    """One spelling for the romanisations of a Russian word: tsentr/centr -> centr."""
    word = word.replace("shch", "sc").replace("sch", "sc").replace("kh", "h")
    word = word.replace("ts", "c").replace("tz", "c").replace("x", "ks")
    word = _DOUBLED_I.sub("i", word.replace("j", "i").replace("y", "i"))
    word = _VOWEL_YE.sub(r"\1e", word)
    return "e" + word[2:] if word.startswith("ie") else word


class _Tables(NamedTuple):
    adjectives: dict[str, _Entry]
    nouns: dict[str, _Entry]
    words: dict[str, _Entry]
    parts: dict[str, _Entry]
    prefixes: dict[str, _Entry]


def _load() -> _Tables:
    loaded = _Tables({}, {}, {}, {}, {})
    tables = {
        "adj": loaded.adjectives, "org": loaded.nouns, "noun": loaded.nouns,
        "word": loaded.words, "part": loaded.parts, "pre": loaded.prefixes,
    }  # fmt: skip
    for row in glossary_rows():
        tables[row.kind][fold(row.stem)] = _Entry(row.english, row.plural, row.kind == "org")
    return loaded


_ADJECTIVES, _NOUNS, _WORDS, _PARTS, _PREFIXES = _load()
# The folded stems' first three letters: most tokens of most names start otherwise, and are
# passed over without trying the endings.
_STARTS = frozenset(key[:3] for table in (_ADJECTIVES, _NOUNS, _WORDS) for key in table)
# A compound's second part has this many letters at least ("elektro" + "generatornyy").
_MIN_REST = 5


@lru_cache(maxsize=65536)
def _lookup(token: str) -> tuple[tuple[str, ...], bool] | None:
    """The English words for one token and whether it names a kind of organisation."""
    folded = fold(token)
    if folded[:3] not in _STARTS:
        return None
    return _lookup_folded(folded) or _compound(folded)


def _lookup_folded(folded: str) -> tuple[tuple[str, ...], bool] | None:
    entry = _WORDS.get(folded)
    if entry is not None:
        return entry.english, entry.org
    # Nouns first: a noun's plural -i would also read as the -iy of an adjective.
    for ending in _NOUN_ENDINGS:
        if folded.endswith(ending):
            stem = folded[: len(folded) - len(ending)]
            entry = _NOUNS.get(stem)
            if entry is not None:
                # "-ii" of -iya nouns (tekhnologii) is mostly the plural in names.
                plural = ending in _PLURAL_ENDINGS or (not ending and stem.endswith("i"))
                return (entry.plural if plural else entry.english), entry.org
    for ending in _ADJ_ENDINGS:
        if folded.endswith(ending):
            entry = _ADJECTIVES.get(folded[: len(folded) - len(ending)])
            if entry is not None:
                return entry.english, False
    # A town in -sk written as the town is its adjective's stem: "Izhevsk" reads as izhevskiy
    # does, where the place stem would cut it to "izhev", which met izhevsk at 0.43.
    entry = _ADJECTIVES.get(folded) if folded.endswith("sk") else None
    return (entry.english, False) if entry is not None else None


def _compound(folded: str) -> tuple[tuple[str, ...], bool] | None:
    """A first part of the glossary's prefixes joined to a glossary word, in two English words:
    "elektrogeneratornyy" -> electric generator, "radiopribornyy" -> radio instrument."""
    for prefix, entry in _PREFIXES.items():
        rest = folded[len(prefix) :]
        if folded.startswith(prefix) and len(rest) >= _MIN_REST and rest[:3] in _STARTS:
            hit = _lookup_folded(rest)
            if hit is not None:
                return entry.english + hit[0], hit[1]
    return None


def names_a_kind_of_organisation(token: str) -> bool:
    """Whether a Russian word (in any romanisation, declined or a glossary stem) names a kind
    of organisation: zavod, kompaniya, bank, institut."""
    hit = _lookup(token)
    return hit is not None and hit[1]


def in_english(tokens: tuple[str, ...], organisation: bool = True) -> tuple[str, ...] | None:
    """The tokens with the glossary's words in English and adjectives of place as the place,
    or None if nothing changes.

    With `organisation` False (a bearer of unknown kind) a word naming a kind of organisation
    (zavod, bank, institut) must be among them, so person names are left alone.
    """
    found: list[tuple[tuple[str, ...], bool] | None] = [_lookup(token) for token in tokens]
    if not organisation and not any(hit and hit[1] for hit in found):
        return None
    glossary = any(found)
    out: list[str] = []
    for index, (token, hit) in enumerate(zip(tokens, found, strict=True)):
        if hit is not None:
            out.extend(hit[0])
        elif glossary and token in _PARTS and not _after_initial(tokens, index):
            out.extend(_PARTS[token].english)
        else:
            out.append(place_stem(token) or token)
    english = _phrased(tuple(out))
    return english if english and english != tokens else None


def _after_initial(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the token follows an initial: "imeni A.I. Berga" and "imeni Ye.I. Zababakhina"
    have the initial И., not the word и (and); Е. is romanised "ye", so two letters count."""
    return index > 0 and len(tokens[index - 1]) <= 2


def _phrased(
    tokens: tuple[str, ...],
    phrases: Phrases = ENGLISH_PHRASES,
    first_words: frozenset[str] = ENGLISH_FIRST_WORDS,
) -> tuple[str, ...]:
    """The English with each phrase of `phrases` (whose first words are `first_words`) in its
    usual wording: `ENGLISH_PHRASES` unless told."""
    if first_words.isdisjoint(tokens):
        return tokens
    return replaced_phrases(tokens, phrases)


def with_acronyms(english: tuple[str, ...]) -> tuple[str, ...] | None:
    """An English form with the kinds of enterprise Russian names abbreviate as their initials
    (`ACRONYM_PHRASES`: Scientific Production Association, NPO), or None if it has none."""
    abbreviated = _phrased(english, ACRONYM_PHRASES, ACRONYM_FIRST_WORDS)
    return abbreviated if abbreviated != english else None
