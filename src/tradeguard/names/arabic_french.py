"""Arabic names in French transcription, respelt as English-language lists write them.

French-speaking registers, the EU's lists and the Maghreb's and Lebanon's own papers write
Arabic names with French letters: ش is ch, ج dj and و ou ("Rachid BOUCHAREB", "Bouchra
AL ASSAD", "Khaled CHOUMAN"). The OFAC and UN lists write the same persons "Rashid",
"Bushra" and "SHUMAN". English and Slavic spellings read ch as the sound of "church", so the
phonetic key cannot join the two: Rachid BOUCHAREB read 0.18 against Rashid BUSHAREB.

A name is respelt when it has a word with French ch or dj and shows itself an Arabic one:
an Arabic particle or one of the commonest given names (`arabic_particles.looks_arabic`), or,
in a person's name, a word that is, as written or respelt, a spelling of the Arabic names
table (`arabic_words.latin_spellings`: Rachid is rashid). The respelling is a rendering of its own
beside the name as written, since an Iraqi, Persian or Pakistani ch (Chalabi, Chamran,
Chaudhry) is the English one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic_particles import looks_arabic
from .arabic_words import latin_spellings
from .common_words import word_class

# French letters -> English ones, in one pass of an alternation so that tch is never read as
# t + ch: tch is English ch (Tchad), ch sh, dj j, ou u (Bouchra, Achour). Not w before a vowel,
# though it is in Marouane (Marwan): there it is also u and a hamza, in Fouad and Louay.
_FRENCH = re.compile(r"tch|ch|dj|ou")
_ENGLISH = {"tch": "ch", "ch": "sh", "dj": "j", "ou": "u"}
# Only a word with one of these is French evidence: ou is written in English spellings too
# (MANSOUR, YOUSSEF), and the phonetic key already reads it as u.
_FRENCH_CONSONANTS = re.compile(r"(?<!t)ch|dj")
# A Chechen's or a Tatar's name in Russian form has an Arabic given name and an English ch
# (Abbas Mokhammadovich DZHUMA, Ruslan Abdulvakhievich LECHKHADZHIEV).
_RUSSIAN_PATRONYMICS = ("vich", "vna", "ichna")
FRENCH_ARABIC = "latin-fr-ar"


def english_spelling(tokens: tuple[str, ...], person: bool) -> tuple[str, ...] | None:
    """The name's words in English spelling if it is an Arabic name in French transcription,
    else None; `person` for a name that may be a person's, whose words the names table
    knows (an organisation's words there include "bank")."""
    if not any(_FRENCH_CONSONANTS.search(token) for token in tokens) or any(
        token.endswith(_RUSSIAN_PATRONYMICS) for token in tokens
    ):
        return None
    respelt = tuple(_respelt(token) for token in tokens)
    if looks_arabic(tokens):
        return respelt
    spellings = latin_spellings()
    # Not by a word of three letters or less, which Korean and Chinese syllables are too
    # (PAK CHUN IL: pak is a Persian word of the table).
    if person and any(
        len(token) > 3 and (token in spellings or word in spellings)
        for token, word in zip(tokens, respelt, strict=True)
    ):
        return respelt
    return None


@lru_cache(maxsize=65536)
def _respelt(token: str) -> str:
    # An organisation's English words keep their letters: "AL-AQSA CHARITABLE FOUNDATION".
    if not token.isalpha() or word_class(token) == "org":
        return token
    return _FRENCH.sub(lambda match: _ENGLISH[match[0]], token)
