"""Cyrillic words read back into the Latin spelling a listed name gives them, letter by letter.

The romanisation schemes (`cyrillic_schemes`) each spell a whole name one way, but the lists
mix them within a name and beyond them:
- a name in passport spelling with its surname in ISO 9 folded to ASCII (ЦЕЛИКОВЕЦ,
  CELIKOVEC; Жук, ZUK) or in a Belarusian spelling beside Russian given names;
- a Russian company named by an English word, written by its sound: Бриджтех is Bridgetech,
  Чейнчип Chainchip, Нева Электроника Neva Electronica.

So each letter (or pair of letters, дж, кс, ий) has the Latin letters it may stand for,
likeliest first, and `spelling_walk` finds the spelling listed names write, as it does for
katakana. A word that no listed word spells keeps the romanisations the schemes give.
"""

from __future__ import annotations

import re

from .spelling_walk import LISTED_LETTERS, Sounds

# The method suffix of the forms this module reads (`transcribed_forms`).
SPELLING = LISTED_LETTERS

_WORD = re.compile(r"[\u0400-\u04ff]+")
# At most this many letters of a word are spelt other than the likeliest way: a list's
# spelling departs from the schemes' in a letter or two (ЦЕЛИКОВЕЦ, Celikovec), while more
# would spell many words into some listed one.
MAX_DEPARTURES = 3
# The vowels a soft sign before them may be written as i or y with (Васильев, Vasiliev).
_SOFTENED = frozenset("еёиоюяєі")

# The Latin letters a Cyrillic letter stands for in the lists' spellings, likeliest first.
_LETTERS: dict[str, tuple[str, ...]] = {
    "а": ("a", "o"), "б": ("b",), "в": ("v", "w", "f", "ff"), "г": ("g", "h", "gh"),
    "д": ("d",), "е": ("e", "ye", "ie", "je", "a", "ai", "i"),
    "ё": ("yo", "e", "io", "jo", "o"), "ж": ("zh", "z", "j", "g", "s", "ge"),
    "з": ("z", "s"), "и": ("i", "y", "e", "ee", "ea", "ie"), "й": ("y", "i", "j", ""),
    "к": ("k", "c", "ck", "ch", "q"), "л": ("l", "ll"), "м": ("m", "mm"), "н": ("n", "nn"),
    "о": ("o", "a", "ou", "oo", "au"), "п": ("p", "pp"), "р": ("r", "rr"),
    "с": ("s", "c", "ss", "z"), "т": ("t", "tt", "th"), "у": ("u", "ou", "oo", "w", "y"),
    "ф": ("f", "ph", "ff"), "х": ("kh", "h", "ch", "x"), "ц": ("ts", "c", "tz", "z", "cz"),
    "ч": ("ch", "tch", "c", "cz", "tsch"), "ш": ("sh", "sch", "s", "ch"),
    "щ": ("shch", "sch", "sh", "sz"), "ъ": ("",), "ы": ("y", "i"), "ь": ("", "i", "y"),
    "э": ("e", "a"), "ю": ("yu", "iu", "ju", "u", "ew"), "я": ("ya", "ia", "ja", "a"),
    # Ukrainian and Belarusian
    "і": ("i", "y"), "ї": ("yi", "i", "ji"), "є": ("ye", "ie", "e", "je"), "ґ": ("g",),
    "ў": ("u", "w"),
    # Serbian and Macedonian
    "ј": ("j", "y", "i"), "љ": ("lj", "l"), "њ": ("nj", "n"), "ћ": ("c", "ch", "tj"),
    "ђ": ("dj", "d", "gj"), "џ": ("dz", "j", "dzh"), "ѓ": ("gj", "g"), "ќ": ("kj", "k"),
    # Kazakh and Kyrgyz
    "ә": ("a", "ae", "e"), "ғ": ("g", "gh"), "қ": ("k", "q"), "ң": ("n", "ng"),
    "ө": ("o", "oe", "u"), "ұ": ("u",), "ү": ("u", "ue", "y"), "һ": ("h", "kh"),
}  # fmt: skip
# An English word written by its sound ends in a long vowel, one consonant and an e that is
# not heard: Радиолайн is Radioline, Микродрайв Microdrive, Спэйс Space, Дрейк Drake. The
# vowel is spelt as English spells it long (`_LONG_VOWELS`), with the e after the consonant.
_LONG_VOWELS = {"ай": "i", "эй": "a", "ей": "a"}
_LONG_VOWEL_ENDING = re.compile(f"({'|'.join(_LONG_VOWELS)})[бвгджзклмнпрстфхцчшщ]$")
# Letter values that hold only in some places. The walk weighs the listed spellings it finds
# by how many parties write them, so a value out of its place let a common word win: Жук read
# "guk" (a Korean name) where the lists write Zhuk and Zuk, Ярош "arash", Яна "anna".
# ж is g only before the vowels that soften a French or English g (Анжелика, Angelika; else
# it is ge: Жорж, George), and s, which only English words written by their sound have inside
# them (Вижн, Vision), never first.
_SOFT_G_VOWELS = frozenset("еиэ")
# A first я or е keeps its y sound or its e: Яна is Yana, never Ana.
_NOT_FIRST = {"я": frozenset({"a"}), "е": frozenset({"a", "ai"})}


def _letter_values(text: str, at: int) -> tuple[str, ...]:
    """The Latin letters the letter of `text` at `at` may stand for in its place."""
    letter = text[at]
    values = _LETTERS.get(letter, (letter,))
    if letter == "ж":
        after = text[at + 1 : at + 2]
        return tuple(
            value
            for value in values
            if not (value == "g" and after not in _SOFT_G_VOWELS) and not (value == "s" and at == 0)
        )
    if at == 0 and letter in _NOT_FIRST:
        return tuple(value for value in values if value not in _NOT_FIRST[letter])
    return values


# Two letters that one Latin spelling writes as one sound.
_PAIRS: dict[str, tuple[str, ...]] = {
    "дж": ("j", "dzh", "g", "dg", "dj", "dge", "ge"),
    "кс": ("x", "ks"),
    "ий": ("y", "iy", "ii", "i", "ij"),
    "ый": ("y", "iy", "yi"),
    "ей": ("ey", "ei", "ay", "ai", "ej"),
    "эй": ("ey", "ei", "ay", "ai", "ej"),
    "ай": ("ai", "ay", "i", "aj"),
    "ой": ("oy", "oi", "oj"),
}


def words(text: str) -> list[str]:
    """The Cyrillic words of a text."""
    return _WORD.findall(text)


def sounds_of(word: str) -> Sounds:
    """A Cyrillic word's letters as the Latin letters each may stand for, for `spelling_walk`:
    Бриджтех is Bridgetech, ЦЕЛИКОВЕЦ Celikovec."""
    text = word.lower()
    choices: list[tuple[str, ...]] = []
    at = 0
    while at < len(text):
        pair = _PAIRS.get(text[at : at + 2])
        if pair is not None:
            choices.append(pair)
            at += 2
            continue
        letter = text[at]
        if letter == "ь" and text[at + 1 : at + 2] not in _SOFTENED:
            choices.append(("",))  # a soft sign before a consonant is no letter (Данько)
        else:
            choices.append(_letter_values(text, at))
        at += 1
    ending = _LONG_VOWEL_ENDING.search(text)
    if ending is not None:
        # The vowel, its consonant and the e are one choice: a long vowel without its e is
        # another word (Штейн is Stein, never Stan).
        vowels, consonants = choices[-2:]
        long_vowel = _LONG_VOWELS[ending.group(1)]
        choices[-2:] = [
            tuple(vowel + consonant for vowel in vowels for consonant in consonants)
            + tuple(long_vowel + consonant + "e" for consonant in consonants)
        ]
    # Cyrillic writes words apart: a word is one listed word, never two run on.
    opens = (True,) + (False,) * (len(choices) - 1)
    return Sounds(tuple(choices), opens, MAX_DEPARTURES)
