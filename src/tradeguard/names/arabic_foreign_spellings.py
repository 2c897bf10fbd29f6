"""Arabic names in French or Indonesian letters, respelt as English-language lists write them.

French-speaking registers, the EU's lists and the Maghreb's and Lebanon's own papers write
Arabic names with French letters: ش is ch, ج dj and و ou ("Rachid BOUCHAREB", "Bouchra
AL ASSAD", "Khaled CHOUMAN"). The OFAC and UN lists write the same persons "Rashid",
"Bushra" and "SHUMAN". English and Slavic spellings read ch as the sound of "church", so the
phonetic key cannot join the two: Rachid BOUCHAREB read 0.18 against Rashid BUSHAREB.
Indonesian names keep the Dutch-era letters: ح and خ are ch, ش sj or sy, ج dj and u oe
("Mochammad ACHWAN", "Abdul Rochim", Muhammad AKHWAN and Rahim in the lists).

A name is respelt when it shows itself an Arabic one (an Arabic particle or one of the
commonest given names, `arabic_particles.looks_arabic`, or, in a person's name, a word that is,
as written or respelt, a spelling of the Arabic names table, `arabic_words.latin_spellings`:
Rachid is rashid) and has a word in either letters: Indonesian where a word begins with "moch"
(Mochtar) or has sy before a vowel other than e (Ba'asyir; Syed is Pakistani), sj or tj;
French where it has a ch or a dj; both where a ch stands before a consonant other than r,
which Indonesian writes in Achmad and Achwan and French in the Maghreb's Chwiki and Chtioui.
The respelling is a rendering of its own beside the name as written, since an Iraqi, Persian
or Pakistani ch (Chalabi, Chamran, Chaudhry) is the English one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic_particles import looks_arabic
from .arabic_words import latin_spellings
from .common_words import word_class

FRENCH_ARABIC = "latin-fr-ar"
INDONESIAN_ARABIC = "latin-id-ar"
# Each language's letters -> English ones, in one pass of an alternation so that tch is never
# read as t + ch. French: tch is English ch (Tchad), ch sh, dj j, ou u (Bouchra, Achour); not
# w before a vowel, though it is in Marouane (Marwan): there it is also u and a hamza, in Fouad
# and Louay. Indonesian: ch is h (Achmad, Rochman) and the kh the phonetic key reads as h
# (Mochtar, Achwan), sj and sy before a vowel sh (Sjarif, Syarif; not Syed), tj ch, dj j, oe u.
_LETTERS = {
    FRENCH_ARABIC: {"tch": "ch", "ch": "sh", "dj": "j", "ou": "u"},
    INDONESIAN_ARABIC: {"ch": "h", "sj": "sh", "sy": "sh", "tj": "ch", "dj": "j", "oe": "u"},
}
_PATTERNS = {
    FRENCH_ARABIC: re.compile("tch|ch|dj|ou"),
    INDONESIAN_ARABIC: re.compile("ch|sj|sy(?=[aiu])|tj|dj|oe"),
}
# The words that show a name in either letters. Indonesian alone writes moch (Mochammad,
# Mochtar), sy before a vowel other than e (Syarif, Ba'asyir; Syed is Pakistani), sj and tj.
# Both write ch before a consonant: Achmad and Achwan, but also the Maghreb's Chwiki and
# Chtioui; such a name gets both readings. French alone writes another ch, and dj is both
# languages' ج. ou alone shows neither: English spellings write it too (MANSOUR, YOUSSEF),
# and the phonetic key already reads it as u.
_INDONESIAN_WORD = re.compile(r"^moch|sy(?=[aiu])|sj|tj")
_EITHER_WORD = re.compile(r"ch(?=[bdfgjklmnpqstvwz])")
_FRENCH_WORD = re.compile(r"(?<!t)ch|dj")
# A Chechen's or a Tatar's name in Russian form has an Arabic given name and an English ch
# (Abbas Mokhammadovich DZHUMA, Ruslan Abdulvakhievich LECHKHADZHIEV).
_RUSSIAN_PATRONYMICS = ("vich", "vna", "ichna")


def english_spellings(tokens: tuple[str, ...], person: bool) -> list[tuple[tuple[str, ...], str]]:
    """The name's words in English spelling, each with the method that names the letters
    they were read in, if it is an Arabic name in French or Indonesian letters; `person` for
    a name that may be a person's, whose words the names table knows (an organisation's
    words there include "bank")."""
    methods = _letters_of(tokens)
    if not methods or not _shows_arabic(tokens, methods, person):
        return []
    return [(tuple(_respelt(token, method) for token in tokens), method) for method in methods]


def _letters_of(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The letters the name may be written in, likeliest first."""
    if any(token.endswith(_RUSSIAN_PATRONYMICS) for token in tokens):
        return ()
    if any(_INDONESIAN_WORD.search(token) for token in tokens):
        return (INDONESIAN_ARABIC,)
    if any(_EITHER_WORD.search(token) for token in tokens):
        return (FRENCH_ARABIC, INDONESIAN_ARABIC)
    if any(_FRENCH_WORD.search(token) for token in tokens):
        return (FRENCH_ARABIC,)
    return ()


def _shows_arabic(tokens: tuple[str, ...], methods: tuple[str, ...], person: bool) -> bool:
    """Whether the name shows itself an Arabic one, as written or read in `methods`' letters."""
    if looks_arabic(tokens):
        return True
    spellings = latin_spellings()
    # Not by a word of three letters or less, which Korean and Chinese syllables are too
    # (PAK CHUN IL: pak is a Persian word of the table).
    return person and any(
        len(token) > 3
        and (token in spellings or any(_respelt(token, method) in spellings for method in methods))
        for token in tokens
    )


@lru_cache(maxsize=65536)
def _respelt(token: str, method: str) -> str:
    # An organisation's English words keep their letters: "AL-AQSA CHARITABLE FOUNDATION".
    if not token.isalpha() or word_class(token) == "org":
        return token
    letters = _LETTERS[method]
    return _PATTERNS[method].sub(lambda match: letters[match[0]], token)
