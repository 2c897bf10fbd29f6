"""Thai names: ICU's ISO 11940 transliteration bent towards the Royal Thai General System.

ICU transliterates letter by letter (ISO 11940), while names are written in RTGS. Two
differences matter most and are fixed here: letters marked silent by the thanthakhat (์)
are dropped before transliteration, and ISO letters are rewritten as RTGS spells them
(จ c -> ch, อ x -> o or nothing, word-final consonants by their sound class).
"""

from __future__ import annotations

import re

from .ascii import ascii_tokens
from .icu import transliterate
from .model import Context, Rendering

# ทร์ (as in จันทร์) silences both letters; elsewhere only the marked letter is silent.
_SILENT = re.compile("(?:\u0e17\u0e23|[\u0e01-\u0e2e][\u0e34\u0e38]?)\u0e4c")
_VOWEL_CARRIER = re.compile(r"x(?=[aeiou])")
_FINALS = (
    (re.compile(r"(?:kh|(?<!n)g)$"), "k"),
    (re.compile(r"(?:th|d|ch|s|j)$"), "t"),
    (re.compile(r"(?:ph|b|f)$"), "p"),
)


def render_thai(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """The RTGS-like form first, then ICU's ISO 11940 output as it comes."""
    iso = tuple(_iso(token) for token in tokens)
    rtgs = tuple(_to_rtgs(word) for word in iso if word)
    return [Rendering(rtgs, "th"), Rendering(tuple(word for word in iso if word), "th-iso")]


def _iso(token: str) -> str:
    # ICU splits its output into syllables; the input's own spaces are the word boundaries.
    latin = transliterate("Thai-Latin; Latin-ASCII", _SILENT.sub("", token))
    return "".join(ascii_tokens(latin))


def _to_rtgs(word: str) -> str:
    word = _VOWEL_CARRIER.sub("", word).replace("x", "o").replace("c", "ch").replace("chh", "ch")
    for pattern, replacement in _FINALS:
        word = pattern.sub(replacement, word)
    return word
