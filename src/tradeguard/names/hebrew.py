"""Hebrew names: a consonant rendering in modern Israeli pronunciation, marked `vowelless`.

Like Arabic, Hebrew leaves most vowels unwritten. ICU's Hebrew transform gives a letter-for-
letter rendering (ש s, ב b, פ p); names are spelt in lists as they are spoken, where ש is
mostly sh and ב כ פ are v kh f except at the start of a word (Sharvit, Avichai, Yosef).
ICU's rendering follows as a second form.
"""

from __future__ import annotations

from .ascii import ascii_tokens
from .icu import transliterate
from .model import Context, Rendering

_LETTERS = str.maketrans(
    {
        "א": "", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ו": "w", "ז": "z", "ח": "h",
        "ט": "t", "י": "y", "כ": "kh", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
        "ן": "n", "ס": "s", "ע": "", "פ": "f", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k",
        "ר": "r", "ש": "sh", "ת": "t", "׳": "", "״": "",
        **{chr(code): None for code in range(0x0591, 0x05C8)},
    }
)  # fmt: skip
# At the start of a word these letters carry a dagesh and are stops.
_INITIAL = {"ב": "b", "כ": "k", "פ": "p"}


def render_hebrew(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """The spoken-style consonant rendering, then ICU's letter-for-letter one."""
    spoken = tuple(_word(token) for token in tokens)
    icu = ascii_tokens(transliterate("Hebrew-Latin; Latin-ASCII", " ".join(tokens)))
    return [Rendering(spoken, "he", vowelless=True), Rendering(icu, "he-icu", vowelless=True)]


def _word(token: str) -> str:
    head = _INITIAL.get(token[0], token[0].translate(_LETTERS))
    return head + token[1:].translate(_LETTERS)
