"""Ukrainian and Belarusian names already written in Latin letters, respelt in Russian form.

The EU and UK lists give one Belarusian official as "Aliaksandr Mikalaevich" (the Belarusian
national romanisation) and again as "Aleksandr Nikolaevich" (the Russian form), and Ukrainians
as "Serhii Oleksiiovych" beside "Sergei Alekseevich". `slavic_equivalents` pairs these names
in Cyrillic; here the same pairs are romanised, the Ukrainian and Belarusian side by their
national systems and BGN, the Russian side as the press writes it, so a Latin name finds its
Russian form without going back to Cyrillic.

Once a name shows itself Ukrainian or Belarusian that way (a known given name or patronymic,
or a patronymic ending only those languages use), its other words get the regular
correspondences too: patronymic endings (-avich, -ovych -> -ovich; -auna, -ivna -> -ovna),
Belarusian surname endings (-au, -ou, -eu -> -ov, -ov, -ev; -ava -> -ova; -enka -> -enko; ў after e
or o before a consonant, "Buzouski" -> buzovski) and г, which both languages write h where
Russian has g ("Hubarieva" -> gubarieva). A name that shows itself Belarusian also has its
soft dz and ts read as d and t ("Dzianisenka" -> dianisenko, "Shotsik" -> shotik). Given names
are found with g for h too, as lists mix the Russian letter in ("Aleg" for Aleh, "Igar" for Ihar).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .cyrillic_schemes import (
    BELARUSIAN_NATIONAL,
    BELARUSIAN_PASSPORT,
    RUSSIAN_PRESS,
    UKRAINIAN_NATIONAL,
)
from .cyrillic_schemes import romanize_word as romanize
from .icu import transliterate
from .slavic_equivalents import russian_equivalents

_KEY_FOLD = str.maketrans({"y": "i", "j": "i", "w": "v"})
# Spellings that differ by system, folded in lookup keys: ч is c or ch, ц c or ts, ш s or sh,
# ж z or zh; a й or the soft start of е between vowels is written or not (Mikalajevic,
# Mikalaevich); doubled letters are doubled or not.
_KEY_DIGRAPHS = (("ch", "c"), ("ts", "c"), ("sh", "s"), ("zh", "z"))
_KEY_GLIDE = re.compile(r"(?<=[aeiou])i(?=[aeou])")
# Lists also mix the Russian г (g) into a Belarusian or Ukrainian spelling: "Aleg", "Ihar".
_MIXED_H = re.compile(r"(?<![kzcs])h")
_DOUBLED = re.compile(r"(.)\1+")
# Patronymic endings only Ukrainian and Belarusian use.
_UKRAINIAN_BELARUSIAN_PATRONYMIC = ("ovych", "evych", "avich", "auna", "euna", "ivna", "yvna")
_WORD_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # г is h in both national systems; kh, zh, ch, sh and shch keep theirs.
        (r"(?<![kzcs])h", "g"),
        # Patronymics: Ukrainian -ovych, -iiovych, -ivna, -iivna; Belarusian -avich, -auna.
        (r"(?:iy|ii|i|y)ovych$", "ievich"),
        (r"([oe])vych$", r"\1vich"),
        (r"(?<=.{3})av[iy]ch$", "ovich"),
        (r"(?:iy|ii|yi|y)ivna$", "ievna"),
        (r"(?<=.{3})ivna$", "ovna"),
        (r"(?<=.{3})auna$", "ovna"),
        (r"(?<=.{3})euna$", "evna"),
        # Belarusian surnames: ў written u (-au, -eu; "Buzouski"), akanne (-ava), -enka.
        (r"(?<=.{3})au$", "ov"),
        (r"(?<=.{3})eu$", "ev"),
        (r"(?<=.{3})ou$", "ov"),
        (r"(?<=.[eo])u(?=[bcdfgklmnprstvz])", "v"),
        (r"(?<=.{3}[^aeiouy])ava$", "ova"),
        (r"(?<=.{2})enka$", "enko"),
        # -енко after a consonant Belarusian hardens: Ващанка, Vashchanka (Vashchenko).
        (r"(?<=.{2}(?:sh|ch|zh))anka$", "enko"),
    )
)
# Belarusian only: дз and ц are soft before i, ie, ia, io and iu only where Russian has д and т
# (дзеканне, цеканне: "Dzianisenka" Denisenko, "Arkadzyeu" Arkadiev, "Artsiom" Artem); Ukrainian
# keeps a dz and ts of its own there (Dziuba, Kravtsiv), so these wait for Belarusian evidence.
_BELARUSIAN_WORD_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"dz(?=[iye])", "d"),
        (r"ts(?=i)", "t"),
    )
)
# Patronymic endings only Belarusian uses.
_BELARUSIAN_PATRONYMIC = ("avich", "auna", "euna")
# Ukrainian by its national system and BGN, Belarusian by its two Latin systems and BGN.
_SOURCES = (
    ("uk", (UKRAINIAN_NATIONAL,), "Ukrainian-Latin/BGN"),
    ("be", (BELARUSIAN_NATIONAL, BELARUSIAN_PASSPORT), "Belarusian-Latin/BGN"),
)


def respell_latin(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The Russian form of a Ukrainian or Belarusian name in ASCII tokens, or None.

    None unless some token is a known Ukrainian or Belarusian given name or patronymic, or
    ends as only their patronymics do; then every word is respelt.
    """
    table = _table()
    keys = [_key(token) for token in tokens]
    known = [table.get(key) for key in keys]
    if not any(known) and not any(t.endswith(_UKRAINIAN_BELARUSIAN_PATRONYMIC) for t in tokens):
        return None
    belarusian = any(t.endswith(_BELARUSIAN_PATRONYMIC) for t in tokens) or any(
        key in _belarusian_keys() for key in keys
    )
    out = tuple(
        russian or _respell_word(token, belarusian)
        for token, russian in zip(tokens, known, strict=True)
    )
    return out if out != tokens else None


def _respell_word(token: str, belarusian: bool) -> str:
    if len(token) < 4 or not token.isalpha():
        return token
    if belarusian:
        for pattern, replacement in _BELARUSIAN_WORD_RULES:
            token = pattern.sub(replacement, token)
    for pattern, replacement in _WORD_RULES:
        token = pattern.sub(replacement, token)
    return token


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    """Romanisation variants of one word folded together: serhii/serhiy, andrei/andrej."""
    key = token.translate(_KEY_FOLD)
    for digraph, letter in _KEY_DIGRAPHS:
        if digraph in key:
            key = key.replace(digraph, letter)
    if "i" in key:
        key = _KEY_GLIDE.sub("", key)
    return _DOUBLED.sub(r"\1", key)


@cache
def _table() -> dict[str, str]:
    """Latin key of a Ukrainian or Belarusian name word -> its Russian form, press spelling.

    A key that is also a Russian spelling of another name, or that two names share, is left
    out: the table must never turn one Russian name into another.
    """
    words = _source_words()
    russian_keys: dict[str, str] = {}
    for _, target, _ in words:
        for spelling in (
            romanize(target, RUSSIAN_PRESS),
            transliterate("Russian-Latin/BGN; Latin-ASCII", target),
        ):
            russian_keys.setdefault(_key(_letters(spelling)), target)
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for _, target, keys in words:
        russian = _letters(romanize(target, RUSSIAN_PRESS))
        for key in keys:
            if not key or key == _key(russian):
                continue
            if russian_keys.get(key, target) != target or table.setdefault(key, russian) != russian:
                clashes.add(key)
    for key in clashes:
        table.pop(key, None)
    return table


@cache
def _source_words() -> list[tuple[str, str, list[str]]]:
    """Each Ukrainian and Belarusian given name and patronymic of the equivalents tables: its
    language, its Russian form, and its keys as the language's national systems and BGN spell
    it, and again with g for h."""
    words = []
    for language, schemes, bgn in _SOURCES:
        for source, target in russian_equivalents(language).items():
            # Spelt with ё and again with е, as some documents write it ("Arciem").
            sources = dict.fromkeys((source, source.replace("ё", "е")))
            spellings = [romanize(word, scheme) for word in sources for scheme in schemes]
            spellings.extend(transliterate(f"{bgn}; Latin-ASCII", word) for word in sources)
            spellings.extend([_MIXED_H.sub("g", spelling) for spelling in spellings])
            words.append((language, target, [_key(_letters(spelling)) for spelling in spellings]))
    return words


@cache
def _belarusian_keys() -> frozenset[str]:
    """Keys of the table that only a Belarusian word gives: evidence of a Belarusian name."""
    keys: dict[str, set[str]] = {language: set() for language, _, _ in _SOURCES}
    for language, _, word_keys in _source_words():
        keys[language].update(word_keys)
    return frozenset(key for key in keys["be"] - keys["uk"] if key in _table())


def _letters(text: str) -> str:
    return "".join(char for char in text.lower() if "a" <= char <= "z")
