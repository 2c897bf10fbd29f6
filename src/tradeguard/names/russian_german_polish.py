"""Russian names as German and Polish write them, respelt as the English-language lists do.

A German bank's customer file and German papers write "Sergej Lawrow", "Dmitri Medwedew" and
"Roman Abramowitsch" (the Duden transcription); Polish ones "Siergiej Ławrow" and "Dmitrij
Miedwiediew". The lists write "Sergey LAVROV" and "Dmitry MEDVEDEV". Their w, sch, tsch and
ie spell other sounds than English letters do, so the phonetic key cannot join them: Medwedew
read 0.19 against MEDVEDEV.

A name shows itself a Russian name in German or Polish by a given name or patronymic that
only those transcriptions spell so ("Jewgeni", "Sergejewitsch", "Siergiej", "Wladimirowicz"),
or by a surname ending -ow or -ew (-owa, -ewa), -witsch or -tschenko. Where its known words
are of one transcription only, or it has letters only one writes (sch; sz, cz), only that
one is used. Then its known words take the lists' press spelling, and its other words the
regular correspondences (w -> v, sch -> sh, tsch -> ch; Polish sz, cz and ie after a
consonant -> sh, ch and e).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .cyrillic_schemes import (
    GERMAN_DUDEN,
    GERMAN_DUDEN_I,
    POLISH,
    RUSSIAN_ICAO,
    RUSSIAN_PRESS,
    Scheme,
)
from .cyrillic_schemes import romanize_word as romanize
from .icu import transliterate
from .slavic_equivalents import russian_patronymics
from .slavic_given_names import BELARUSIAN_RUSSIAN, UKRAINIAN_RUSSIAN

GERMAN, POLISH_LANGUAGE = "de", "pl"
_LANGUAGES = (GERMAN, POLISH_LANGUAGE)
# Letters only one of the two transcriptions writes: a name with sch is not Polish, one with
# sz or cz not German. A name with neither is tried both ways.
_MARKS = {GERMAN: re.compile("sch"), POLISH_LANGUAGE: re.compile("sz|cz")}
# Endings of Russian surnames (-ов, -ев, -ова, -ева: Medwedew, Lawrowa; not the English
# Andrew and Matthew), German patronymics (-ович, -евич: Abramowitsch, also a surname), and
# Ukrainian -ченко, -щенко in German (Timtschenko).
_SURNAME = re.compile(r"(?<=[a-z]{3})(?:owa?|(?<![hr])ewa?|witsch)$|(?:tsch|sch)enko$")
_SCHEMES: dict[str, tuple[Scheme, ...]] = {
    GERMAN: (GERMAN_DUDEN, GERMAN_DUDEN_I),
    POLISH_LANGUAGE: (POLISH,),
}
# Each language's letters for Russian sounds, in English press spelling; one pass of the
# alternation, longest first, so that tsch is never read as t + sch.
_WORD_LETTERS = {
    GERMAN: {
        "schtsch": "shch", "tsch": "ch", "sch": "sh", "ch": "kh", "w": "v", "z": "ts",
        "j": "y", "ss": "s",
    },
    POLISH_LANGUAGE: {
        "szcz": "shch", "sz": "sh", "cz": "ch", "ch": "kh", "w": "v", "c": "ts", "j": "y",
    },
}  # fmt: skip
_WORD_PATTERNS = {
    language: re.compile("|".join(sorted(letters, key=len, reverse=True)))
    for language, letters in _WORD_LETTERS.items()
}
# Polish writes Russian е after a consonant ie: Miedwiediew, Pieskow.
_POLISH_SOFT_E = re.compile(r"(?<=[bcdfghklmnprstvwz])ie")
_DOUBLED = re.compile(r"(.)\1+")
# The equivalents tables write ё as е, as Russian documents mostly do; German and Polish
# transcriptions keep it (Fjodor, Pjotr, Siemion).
_WITH_YO = ("фёдор", "фёдорович", "фёдоровна", "пётр", "артём", "семён", "алёна")
# Transcriptions that are also German or Polish given names of their own, so no evidence of
# a Russian name: Jana, Maja, Piotr, Wiktor, Stanisław, Jarosław, Mirosław.
_NATIVE = frozenset(
    ("jana", "maja", "maija", "piotr", "wiktor", "stanislaw", "jaroslaw", "miroslaw")
)


def respell_german_polish(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The press spelling of a Russian name in German or Polish transcription, in ASCII
    tokens (with ż written zh): one per language the name shows itself written in, none
    for other names."""
    known = {
        language: [_table(language).get(_key(token)) for token in tokens] for language in _LANGUAGES
    }
    hits = {language: sum(map(bool, words)) for language, words in known.items()}
    marked = {language: any(_MARKS[language].search(t) for t in tokens) for language in _LANGUAGES}
    surname = any(_SURNAME.search(token) for token in tokens)
    out: list[tuple[str, ...]] = []
    for language in _LANGUAGES:
        other = POLISH_LANGUAGE if language == GERMAN else GERMAN
        if (marked[other] and not marked[language]) or hits[other] > hits[language]:
            continue
        if not hits[language] and not surname:
            continue
        respelt = tuple(
            press or _respell_word(token, language)
            for token, press in zip(tokens, known[language], strict=True)
        )
        if respelt != tokens and respelt not in out:
            out.append(respelt)
    return out


@lru_cache(maxsize=65536)
def _respell_word(token: str, language: str) -> str:
    if len(token) < 3 or not token.isalpha():
        return token
    if language == POLISH_LANGUAGE:
        token = _POLISH_SOFT_E.sub("e", token)
    letters = _WORD_LETTERS[language]
    return _WORD_PATTERNS[language].sub(lambda m: letters[m.group()], token)


def _key(token: str) -> str:
    return _DOUBLED.sub(r"\1", token)


@cache
def _table(language: str) -> dict[str, str]:
    """Key of a given name or patronymic as the language transcribes it -> press spelling.

    Left out: a key that is also a Russian spelling (press, BGN or ICAO) of some name, which
    the lists' own spellings meet already ("Roman", "Oleg"), a key two names share, and
    the native names of `_NATIVE`.
    """
    words = _russian_words()
    russian = {
        _key(spelling)
        for word in words
        for spelling in (
            romanize(word, RUSSIAN_PRESS),
            romanize(word, RUSSIAN_ICAO),
            transliterate("Russian-Latin/BGN; Latin-ASCII", word),
        )
    }
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for word in words:
        press = romanize(word, RUSSIAN_PRESS)
        for scheme in _SCHEMES[language]:
            spelt = romanize(word, scheme)
            for key in {_key(spelt.replace("ż", "zh")), _key(spelt.replace("ż", "z"))}:
                if key in russian or key in _NATIVE:
                    continue
                if table.setdefault(key, press) != press:
                    clashes.add(key)
    for key in clashes:
        table.pop(key, None)
    return table


@cache
def _russian_words() -> tuple[str, ...]:
    """The Russian given names of the equivalents tables, their patronymics, and the names
    commonly written with ё."""
    names = dict.fromkeys(russian for _, russian in UKRAINIAN_RUSSIAN + BELARUSIAN_RUSSIAN)
    words = dict(names)
    for name in names:
        words.update(dict.fromkeys(russian_patronymics(name) or ()))
    return (*words, *_WITH_YO)
