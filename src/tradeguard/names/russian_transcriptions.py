"""Russian names as German, Dutch, French and Polish write them, respelt as the lists do.

A German bank's customer file and German papers write "Sergej Lawrow", "Dmitri Medwedew" and
"Roman Abramowitsch" (the Duden transcription); Dutch ones "Sergej Sjojgoe"; French ones
"Sergueï Choïgou" and "Nikolaï Patrouchev"; Polish ones "Siergiej Ławrow" and "Dmitrij
Miedwiediew". The lists write "Sergey LAVROV", "Sergei SHOIGU" and "Dmitry MEDVEDEV". Their
w, sch, tsch, sj, oe, ch, ou and ie spell other sounds than English letters do, so the
phonetic key cannot join them: Medwedew read 0.19 against MEDVEDEV, and Choïgou 0.31 against
SHOIGU.

A name shows itself a Russian name in one of these transcriptions by a given name or
patronymic only that transcription spells so ("Jewgeni", "Sergejewitsch", "Sergueï",
"Siergiej"), or by a surname of its shape (German and Polish -ow, -ew, -owa, -ewa and
-witsch; Dutch sj, zj or tsj before a Russian ending; French -ov or -ev with its ou, or -ine
with its ch or ou: "Patrouchev", "Michoustine"). Where one transcription knows more of its
words than another, or the name has letters another never writes (sch is not Dutch, French or
Polish; sz and cz are only Polish; sj and zj not French or Polish; w is not Dutch or French; ou
not Dutch), only that one is used. Then its known words take the lists' press spelling, and its
other words that show the transcription's letters the regular correspondences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .cyrillic_schemes import (
    DUTCH,
    FRENCH,
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


@dataclass(frozen=True, slots=True)
class Transcription:
    """How one language transcribes Russian, and how to read it back."""

    schemes: tuple[Scheme, ...]
    # The language's letters for Russian sounds -> the press spelling's; applied in one pass
    # of an alternation, longest first, so that tsch is never read as t + sch.
    letters: dict[str, str]
    # Rewrites before the letters, for what depends on context (Polish soft e).
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    # A surname of the shape the transcription gives Russian ones.
    surname: re.Pattern[str]
    # Letters the transcription never writes.
    never: re.Pattern[str]
    # Letters that show a word is in the transcription: a word without them is left as it
    # is, as lists mix an English patronymic into a German given name ("Sergej Sergeevich",
    # whose ch would otherwise read as the German kh).
    marks: re.Pattern[str]
    # Its spellings that are also the language's own given names, so no evidence of a Russian
    # name: Jana, Édouard, Piotr.
    native: frozenset[str]

    @property
    def pattern(self) -> re.Pattern[str]:
        return _alternation(tuple(self.letters))


@cache
def _alternation(letters: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(letters, key=len, reverse=True)))


# -ов, -ев, -ова, -ева in German and Polish (Medwedew, Lawrowa; not the English Andrew and
# Matthew). German adds its -witsch of -ович and -евич (Abramowitsch, also a surname), its
# -tschenko and -schenko of the Ukrainian -ченко and -щенко, and its tsch before -ik, -uk and
# -in (Passetschnik, Medwedtschuk). Files half in German, half in English spelling write -vitsch
# and -ev or -ov after a tsch ("TSCHATAJEV, Ahmed Radschapovitsch", "Ivan Ivanovitsch"): the
# tsch and its ending are German enough.
_GERMAN_POLISH_SURNAME = r"(?<=[a-z]{3})(?:owa?|(?<!r)(?<!th)ewa?)$"
TRANSCRIPTIONS = {
    "de": Transcription(
        schemes=(GERMAN_DUDEN, GERMAN_DUDEN_I),
        letters={
            "schtsch": "shch", "tsch": "ch", "sch": "sh", "ch": "kh", "w": "v", "z": "ts",
            "j": "y", "ss": "s",
        },
        rewrites=(),
        surname=re.compile(
            f"{_GERMAN_POLISH_SURNAME}|(?<=[a-z]{{3}})[wv]itsch$|t?schenko$"
            "|tsch\\w*(?:ik|uk|in|ov|ev|ova|eva)$"
        ),
        # Not sj or zj, which German writes for сё, зю (Aksjonow, Sjuganow).
        never=re.compile("sz|cz"),
        marks=re.compile("w|sch|j|z"),
        native=frozenset(("jana", "maja", "maija")),
    ),
    "fr": Transcription(
        schemes=(FRENCH,),
        letters={
            "chtch": "shch", "tch": "ch", "ch": "sh", "ou": "u", "j": "zh", "ss": "s",
        },
        # French writes g hard before e and i as gu (Guennadi), and many surnames in -ин
        # with a final e (Poutine, Michoustine).
        rewrites=((re.compile(r"gu(?=[eiy])"), "g"), (re.compile(r"(?<=.{3})ine$"), "in")),
        # English writes ch too (CHERNYSHEV): only ou tells -ov and -ev apart; -ine with ch or
        # ou, but not Christine, a given name whose ch is its first letters.
        surname=re.compile(r"^(?=.*ou).{3,}(?:ov|ev|ova|eva)$|^.+(?:ch|ou).*ine$"),
        never=re.compile("w|sch|sz|cz|sj|zj"),
        # Not j, which French writes for the Arabic ج too ("Jallaloudine").
        marks=re.compile("ou|tch|gu[eiy]|ine$"),
        native=frozenset(("edouard",)),
    ),
    "nl": Transcription(
        schemes=(DUTCH,),
        letters={
            "sjtsj": "shch", "tsj": "ch", "sj": "sh", "zj": "zh", "ch": "kh", "oe": "u",
            "j": "y",
        },
        rewrites=(),
        # Dutch's own oe is too common a sign (Hoek, Boer); its sj, zj and tsj before a Russian
        # ending are not (Sjojgoe, Prigozjin, Kovaltsjoek).
        surname=re.compile(r"(?:sj|zj|tsj)\w*(?:ov|ev|ova|eva|in|ina|oek|enko|oe)$"),
        never=re.compile("w|sch|sz|cz|ou"),
        marks=re.compile("oe|sj|zj|tsj|j"),
        native=frozenset(("jana", "maja", "joeri")),
    ),
    "pl": Transcription(
        schemes=(POLISH,),
        letters={
            "szcz": "shch", "sz": "sh", "cz": "ch", "ch": "kh", "w": "v", "c": "ts", "j": "y",
        },
        # Polish writes Russian е after a consonant ie: Miedwiediew, Pieskow.
        rewrites=((re.compile(r"(?<=[bcdfghklmnprstvwz])ie"), "e"),),
        surname=re.compile(_GERMAN_POLISH_SURNAME),
        never=re.compile("sch|sj|zj"),
        marks=re.compile("w|sz|cz|j|ie|c(?!h)"),
        native=frozenset(("jana", "maja", "piotr", "wiktor", "stanislaw", "jaroslaw", "miroslaw")),
    ),
}  # fmt: skip
_ANY_SURNAME = re.compile("|".join(f"(?:{t.surname.pattern})" for t in TRANSCRIPTIONS.values()))
# The endings `_ANY_SURNAME` can match at: a word without one is not searched, since a search
# costs several times the test, and every word of the lists is looked at once.
SURNAME_ENDINGS = (
    "ow", "owa", "ew", "ewa", "witsch", "vitsch", "enko", "ik", "uk", "ov", "ev", "ova", "eva",
    "ine", "in", "ina", "oek", "oe",
)  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
# The equivalents tables write ё as е, as Russian documents mostly do; these transcriptions
# keep it (Fjodor, Pjotr, Siemion).
_WITH_YO = ("фёдор", "фёдорович", "фёдоровна", "пётр", "артём", "семён", "алёна")


def press_spellings(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The press spelling of a Russian name in German, Dutch, French or Polish transcription,
    in ASCII tokens (with ż written zh): one per transcription the name shows itself written
    in, none for other names."""
    # Every listed person's name passes here, and nearly none is transcribed so: one cached
    # lookup per word decides that before any language is tried.
    words = [_evidence(token) for token in tokens]
    if not any(found or surname for found, surname in words):
        return []
    found = [f for f, _ in words]
    hits = {language: sum(language in (f or {}) for f in found) for language in TRANSCRIPTIONS}
    most = max(hits.values())
    out: list[tuple[str, ...]] = []
    for language, transcription in TRANSCRIPTIONS.items():
        if hits[language] < most or any(transcription.never.search(t) for t in tokens):
            continue
        if not hits[language] and not any(transcription.surname.search(t) for t in tokens):
            continue
        respelt = tuple(
            (f or {}).get(language) or _respell_word(token, language)
            for token, f in zip(tokens, found, strict=True)
        )
        if respelt != tokens and respelt not in out:
            out.append(respelt)
    return out


@lru_cache(maxsize=65536)
def _respell_word(token: str, language: str) -> str:
    """The word in press spelling if it shows the transcription's letters, else as it is."""
    if len(token) < 3 or not token.isalpha() or not TRANSCRIPTIONS[language].marks.search(token):
        return token
    return _respelt_letters(token, language)


def _respelt_letters(token: str, language: str) -> str:
    transcription = TRANSCRIPTIONS[language]
    for pattern, replacement in transcription.rewrites:
        token = pattern.sub(replacement, token)
    letters = transcription.letters
    return transcription.pattern.sub(lambda m: letters[m.group()], token)


@lru_cache(maxsize=1 << 17)
def _evidence(token: str) -> tuple[dict[str, str] | None, bool]:
    """The word's press spelling by language, if some table knows it, and whether it has the
    shape of some transcription's surnames."""
    surname = token.endswith(SURNAME_ENDINGS) and bool(_ANY_SURNAME.search(token))
    return _known().get(_key(token)), surname


def _key(token: str) -> str:
    return _DOUBLED.sub(r"\1", token)


@cache
def _known() -> dict[str, dict[str, str]]:
    """Each key of the transcriptions' tables -> language -> press spelling."""
    known: dict[str, dict[str, str]] = {}
    for language in TRANSCRIPTIONS:
        for key, press in _table(language).items():
            known.setdefault(key, {})[language] = press
    return known


@cache
def _table(language: str) -> dict[str, str]:
    """Key of a given name or patronymic as the language transcribes it -> press spelling.

    Left out: a key that is also a Russian spelling (press, BGN or ICAO) of some name, which
    the lists' own spellings meet already ("Roman", "Oleg"); a key the language's letters do
    not respell, which English writes too ("Alexei", "Dmitri"); a key two names share; and
    the language's own given names.
    """
    transcription = TRANSCRIPTIONS[language]
    russian = _russian_keys()
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for word in _russian_words():
        press = romanize(word, RUSSIAN_PRESS)
        for scheme in transcription.schemes:
            spelt = romanize(word, scheme)
            for key in {_key(spelt.replace("ż", "zh")), _key(spelt.replace("ż", "z"))}:
                if (
                    key in russian
                    or key in transcription.native
                    or _respelt_letters(key, language) == key
                ):
                    continue
                if table.setdefault(key, press) != press:
                    clashes.add(key)
    for key in clashes:
        table.pop(key, None)
    return table


@cache
def _russian_keys() -> frozenset[str]:
    """The keys of every Russian word's press, ICAO and BGN spellings, which all four tables
    leave out."""
    return frozenset(
        _key(spelling)
        for word in _russian_words()
        for spelling in (
            romanize(word, RUSSIAN_PRESS),
            romanize(word, RUSSIAN_ICAO),
            transliterate("Russian-Latin/BGN; Latin-ASCII", word),
        )
    )


@cache
def _russian_words() -> tuple[str, ...]:
    """The Russian given names of the equivalents tables, their patronymics, and the names
    commonly written with ё."""
    names = dict.fromkeys(russian for _, russian in UKRAINIAN_RUSSIAN + BELARUSIAN_RUSSIAN)
    words = dict(names)
    for name in names:
        words.update(dict.fromkeys(russian_patronymics(name) or ()))
    return (*words, *_WITH_YO)
