"""Which script a name is written in, and repair of Latin/Cyrillic look-alike mixtures."""

from __future__ import annotations

import re

from rigour.text.scripts import text_scripts

# The Latin letters a mixed token may carry: ASCII, and two that are Cyrillic's twins only.
_LATIN_LETTER = re.compile("[a-zĸë]")
_WORD = re.compile(r"\w+")
KANA = frozenset({"Hiragana", "Katakana"})
MIXED = "Mixed"
# Typed lists mix look-alike letters: "Пaвел" with a Latin "a", "OOO" typed in Cyrillic.
# Lower-case pairs only, since names are case-folded first; capital-only look-alikes such as
# В/B and Н/H reach us folded to в and н.
_CYRILLIC_TO_LATIN = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
}  # fmt: skip
_LATIN_TO_CYRILLIC = {
    "a": "а", "b": "в", "e": "е", "k": "к", "m": "м", "h": "н", "o": "о", "p": "р",
    "c": "с", "t": "т", "y": "у", "x": "х", "i": "і", "j": "ј", "s": "ѕ",
    # Kra, which some typists take for a small capital К ("Мiĸалай"), and e with diaeresis.
    "ĸ": "к", "ë": "ё",
}  # fmt: skip
_TO_LATIN = str.maketrans(_CYRILLIC_TO_LATIN)
_TO_CYRILLIC = str.maketrans(_LATIN_TO_CYRILLIC)


def script_of(text: str) -> str:
    """The script label of a whole name: one script, "Kana" for Japanese, else "Mixed"."""
    if text.isascii():
        return "Latin"
    scripts = text_scripts(text)
    if not scripts:
        return "Latin"
    if scripts & KANA and scripts <= KANA | {"Han"}:
        return "Kana"
    if len(scripts) == 1:
        return next(iter(scripts))
    return MIXED


def repair_lookalikes(token: str) -> str:
    """Rewrite a Latin/Cyrillic mixed token wholly in the script most of its letters use."""
    if token.isascii() or not _LATIN_LETTER.search(token):
        return token
    if text_scripts(token) != {"Latin", "Cyrillic"}:
        return token
    latin = len(_LATIN_LETTER.findall(token))
    cyrillic = sum(1 for char in token if "\u0400" <= char <= "\u04ff")
    repaired = token.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    # A token that still mixes scripts had letters without a twin; leave it as written.
    return repaired if len(text_scripts(repaired)) == 1 else token


# A capital I typed or read for a lowercase l at a word's start, where II is no Roman numeral:
# "IIan Şor" (Ilan SHOR) in the UK's list.
_CAPITAL_I_FOR_L = re.compile(r"\bII(?=[a-z]{2})")


def repair_capital_i(name: str) -> str:
    """The name with "II" before two lowercase letters at a word's start read as "Il"."""
    return _CAPITAL_I_FOR_L.sub("Il", name)


def repair_text_lookalikes(text: str) -> str:
    """The text with each word that mixes look-alike Latin and Cyrillic letters in one script
    (`repair_lookalikes`). Letter for letter, so the text keeps its length.

    Done before the name's script is read: "Павел Мiкалаевiч ЛЁГКI", typed with Latin i's, is a
    Cyrillic name and takes the Cyrillic calibration, not the one of names that mix scripts."""
    if text.isascii():
        return text
    return _WORD.sub(lambda word: repair_lookalikes(word.group()), text)
