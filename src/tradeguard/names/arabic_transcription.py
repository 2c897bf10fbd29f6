"""Arabic-script words read back into the vowelled Latin spelling a listed name gives them.

Arabic script leaves short vowels unwritten, so a word the table of common names lacks is
compared by its consonant skeleton (`arabic`), which caps its score: پورانواری is "pwranwary",
never POURANVARI, and راوین "rawyn", never RAVIN. Each letter has the Latin letters it may stand
for in the lists, with the short vowel that may follow it, likeliest first:
- a consonant is written once or twice (shadda is rarely written: حقانی, Haqqani) and takes
  no vowel, a, e, i, o or u after it, but none before an alif, which writes its vowel;
- ق is q, k, gh or g; ج j, g or dj; خ kh, h or j (Katarji); ذ dh, z, th or d; ث th or s;
- و is w, v, u, o or ou, ي and ی y, i, ee or ei, but a first و or ي only a consonant; ع is a
  vowel or nothing; ة a, ah or at; ا a long vowel, silent only as a word's first letter.

`spelling_walk` finds the spelling listed names write, as it does for katakana. A word of the
table of common names (`arabic_words`) is only one of the table's spellings: the walk would
find a dozen listed spellings of محمد. A word that no listed word spells keeps its skeleton.
"""

from __future__ import annotations

import re

from .arabic import split_particles
from .arabic_words import vowelled
from .spelling_walk import LISTED_SPELLING, Sounds

# The method suffix of the forms this module reads (`transcribed_forms`).
SPELLING = LISTED_SPELLING

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
_HARAKAT = {code: None for code in (*range(0x064B, 0x0660), 0x0670)}
# Most letters a word's walk tries. Each consonant may take any short vowel, so a word no
# listed name spells is a wide search: at the walk's general 4,000, 2 ms a word. The first
# listed spelling of the pairs' Arabic words came within 602 letters tried for 99 % of them.
MAX_STEPS = 1_000
_SHORT_VOWELS = ("", "a", "e", "i", "o", "u")
# A word's last consonant takes a written vowel (Zibaee, Mahdi) or none.
_FINAL_VOWELS = ("", "a", "e", "i")
_CONSONANTS: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "پ": ("p",), "ت": ("t",), "ث": ("th", "s", "t"), "ج": ("j", "g", "dj", "dzh"),
    "چ": ("ch",), "ح": ("h", ""), "خ": ("kh", "h", "ch", "x", "j"), "د": ("d",),
    "ذ": ("dh", "z", "th", "d"), "ر": ("r",), "ز": ("z",), "ژ": ("zh", "j"), "س": ("s",),
    "ش": ("sh", "ch", "sch"), "ص": ("s",), "ض": ("d", "dh", "z"), "ط": ("t",),
    "ظ": ("z", "dh"), "غ": ("gh", "g", "r"), "ف": ("f",), "ق": ("q", "k", "gh", "g"),
    "ك": ("k", "c"), "ک": ("k", "c"), "گ": ("g",), "ل": ("l",), "م": ("m",), "ن": ("n",),
    "ه": ("h",), "ھ": ("h",), "ہ": ("h",), "ٹ": ("t",), "ڈ": ("d",), "ڑ": ("r",),
}  # fmt: skip
# Letters that are vowels, or vowels and glottal stops.
_VOWELS: dict[str, tuple[str, ...]] = {
    "ا": ("a", "aa", "e", "o", ""), "آ": ("a", "aa"), "أ": ("a", "u", "o", "e", "i"),
    "إ": ("i", "e"), "ٱ": ("a",), "ى": ("a", "y", "i"), "ء": ("",), "ؤ": ("u", "o", ""),
    "ئ": ("i", "e", ""), "ع": ("", "a", "e", "i", "o", "u", "aa"),
    "ة": ("a", "ah", "at", "e", "eh"), "ۀ": ("eh", "e", "a"), "ے": ("e", "ay"),
}  # fmt: skip
# An alif after a consonant writes its vowel: no short vowel comes between.
_ALIFS = frozenset("اآى")
# و and ي are consonants or long vowels, and as consonants take a short vowel.
_WAW = ("w", "u", "o", "ou", "oo", "v", "ow", "au", "wa", "wi", "va", "vi", "we", "ve", "wo")
# A first و or ي is a consonant: a name that starts with a vowel writes an alif or ع first
# (أسامة, عمر), so وطن is watan or vatan, never "utn", and يمن Yemen, never "imeni", though both
# readings are listed words. As a consonant it takes any short vowel (ولایتی, Velayati), and
# French writes the first w "ou" (وجدة, Oujda).
_FIRST_WAW = ("w", "v", "wa", "va", "wi", "vi", "we", "ve", "wo", "vo", "wu", "vu", "ou")
_FIRST_YA = ("y", "ya", "yi", "ye", "yo", "yu")
# An alif is silent only as a word's first letter, where the و or ي after it writes the
# vowel (ایمانی, Imani); after a consonant it is a long a. Read silent there, it let the walk
# take listed acronyms for names: صبان was "sbn", not Sabban, ساحات "set", not Sahat.
_MID_ALIF = ("a", "aa", "e", "o")
# Nor is a first ح silent: حواله is hawala, never "wali".
_FIRST_HA = ("h",)
_YA = ("y", "i", "ee", "ei", "ai", "e", "ie", "ey", "ay", "ya", "yi", "ye", "yo", "yu", "iy")
# A word's last ه is h, or the silent one that writes a final vowel (Zadeh, Fatima).
_FINAL_HA = ("h", "", "a", "e", "eh", "ah")


def words(text: str) -> list[str]:
    """The Arabic-script words of a text, the article, "abd" and "abu" split off as the
    lists write them apart (`arabic.split_particles`), short-vowel marks dropped."""
    bare = text.translate(_HARAKAT)
    return [piece for word in _WORD.findall(bare) for piece in split_particles(word)]


def sounds_of(word: str) -> Sounds:
    """An Arabic-script word's letters as the Latin letters each may stand for, with the
    short vowel after it, for `spelling_walk`: پورانواری is Pouranvari."""
    arabic, persian = vowelled(word, persian=False), vowelled(word, persian=True)
    if arabic is not None and persian is not None:
        # A word of the table of common names has its spellings (muhammad, mohammad): the
        # walk only weighs them, where a common word would find dozens of listed spellings.
        return Sounds((tuple(dict.fromkeys((arabic, persian))),), (True,))
    choices: list[tuple[str, ...]] = []
    last = len(word) - 1
    for at, letter in enumerate(word):
        if letter == "ه" and at == last:
            choices.append(_FINAL_HA)
        elif letter in _CONSONANTS:
            written = _FIRST_HA if letter == "ح" and at == 0 else _CONSONANTS[letter]
            # A first or last consonant is not doubled: no list spells a name so.
            doubled = tuple(c + c for c in written if len(c) == 1) if 0 < at < last else ()
            # The consonant and its vowel are two steps of the walk: most consonant
            # spellings no listed word starts with are pruned before any vowel is tried.
            choices.append(written + doubled)
            if at == last:
                choices.append(_FINAL_VOWELS)
            elif word[at + 1] in _ALIFS:
                choices.append(("",))  # the alif after it is its vowel
            else:
                choices.append(_SHORT_VOWELS)
        elif letter == "و":
            choices.append(_WAW if at else _FIRST_WAW)
        elif letter in "يیېۍ":
            choices.append(_YA if at else _FIRST_YA)
        elif letter == "ا" and at:
            choices.append(_MID_ALIF)
        else:
            choices.append(_VOWELS.get(letter, ("",)))
    # The lists write an Arabic word as one word: never two run on.
    return Sounds(tuple(choices), (True,) + (False,) * (len(choices) - 1), steps=MAX_STEPS)
