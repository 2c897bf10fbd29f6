"""Greek spellings of foreign names read as they sound.

Greek writes a foreign name by its sounds: Ουσμάνοφ is Usmanov, Μεντβέντεφ Medvedev, Σοϊγκού
Shoigu, Τιμτσένκο Timchenko, and the EU's Greek Official Journal so writes every Russian name
it lists. Letter by letter, as ICU's UNGEGN and BGN transforms go, they are "ousmanof" and
"mentventef", which meet the English spellings of the lists at half their letters. Read as
spoken, the digraphs are one sound each (ου u, ντ d, μπ b, γκ g, τσ ch, τζ dzh), ει, οι and υ
are i, αι is e, and the -οφ, -εφ of a Russian surname are -ov, -ev.
"""

from __future__ import annotations

import re
import unicodedata

_DIGRAPHS = (
    ("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("ντ", "d"), ("μπ", "b"),
    ("γκ", "g"), ("γγ", "ng"), ("τσ", "ch"), ("τς", "ch"), ("τζ", "dzh"), ("αυ", "av"),
    ("ευ", "ev"),
)  # fmt: skip
_LETTERS = str.maketrans(
    {
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "kh", "ψ": "ps",
        "ω": "o",
    }
)  # fmt: skip
# A Russian surname's -ов, -ев, -овский as Greek writes them.
_RUSSIAN_ENDING = re.compile(r"(?<=[oe])f(?=$|ski)")
# The diaeresis parts a digraph (Σοϊγκού: o-i, not oi); it is kept apart as a letter of its own.
_PARTED = {"ϊ": "\u0000ι", "ϋ": "\u0000υ", "ΐ": "\u0000ι", "ΰ": "\u0000υ"}


def spoken_greek(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Each Greek word in the Latin letters of its sounds; other words as they are."""
    return tuple(_spoken(token) for token in tokens)


def _spoken(token: str) -> str:
    word = "".join(_PARTED.get(char, char) for char in token.lower())
    # Decomposed, an accent follows its letter, so an accented first vowel parts the pair
    # (Σεργκέι is Ser-ge-i) and an accented second one does not (Σοφία, but ρούβλι is u).
    word = unicodedata.normalize("NFD", word)
    for digraph, sound in _DIGRAPHS:
        word = word.replace(digraph, sound)
    word = "".join(c for c in word if not unicodedata.combining(c))
    latin = word.translate(_LETTERS).replace("\u0000", "")
    return _RUSSIAN_ENDING.sub("v", latin)
