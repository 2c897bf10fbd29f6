"""Hebrew names: a consonant rendering in modern Israeli pronunciation, marked `vowelless`.

Like Arabic, Hebrew leaves most vowels unwritten. ICU's Hebrew transform gives a letter-for-
letter rendering (ש s, ב b, פ p); names are spelt in lists as they are spoken, where ש is
mostly sh and ב כ פ are v kh f except at the start of a word (Sharvit, Avichai, Yosef).
After an initial א, י and ו are the vowels i/e and o/u (אילי Eli, אורי Uri), not the consonants
y and v. ICU's rendering follows as a second form. A word-initial פ is p or, in the many names
from Yiddish and German, f (פדרמן Federman, פרידמן Friedman), and a final וי is -vi as
often as -ui (לוי Levi), which unpointed text does not show: a name with either gets a form
with f and v as well. Foreign names spell their vowels with ו and י (ולדימיר פוטין, Vladimir
Putin), which a last form reads as u and i.
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
_ALEPH_VOWELS = {"אי": "i", "או": "o"}
# A geresh after ז צ ץ ג writes the zh, ch and j of foreign names (פריגוז׳ין, Prigozhin).
_GERESH = "\u05f3"
_GERESH_SOUNDS = {"ז׳": "zh", "צ׳": "ch", "ץ׳": "ch", "ג׳": "j"}
# Each letter's consonant, and its vowel inside a word (`_vowel_letters`).
_VOWEL_LETTERS = {"ו": ("v", "u"), "י": ("y", "i")}


def render_hebrew(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """The spoken-style consonant rendering, then ICU's letter-for-letter one, then the
    spoken one with an initial פ as f and a final וי as vi, where the name has one, then the
    spoken one with ו and י inside a word as vowels (`_vowel_letters`), where that differs."""
    letters = tuple(token.replace(_GERESH, "") for token in tokens)
    tokens = tuple(_with_geresh(token) for token in tokens)
    spoken = tuple(_word(token) for token in tokens)
    icu = ascii_tokens(transliterate("Hebrew-Latin; Latin-ASCII", " ".join(letters)))
    renderings = [Rendering(spoken, "he", vowelless=True), Rendering(icu, "he-icu", vowelless=True)]
    other = tuple(_word(token, other_reading=True) for token in tokens)
    if other != spoken:
        renderings.append(Rendering(other, "he", vowelless=True))
    vowelled = tuple(_word(_vowel_letters(token)) for token in tokens)
    if vowelled != spoken:
        renderings.append(Rendering(vowelled, "he-vowels", vowelless=True))
    return renderings


def _with_geresh(token: str) -> str:
    """The token with each letter a geresh marks written as the sound it marks (ז׳ zh)."""
    for marked, sound in _GERESH_SOUNDS.items():
        token = token.replace(marked, sound)
    return token.replace(_GERESH, "")


def _vowel_letters(token: str) -> str:
    """The token with ו and י inside a word read as the vowels u and i, as Hebrew spells foreign
    names (ולדימיר פוטין, Vladimir Putin); at the start of a word, or doubled, they stay the
    consonants v and y."""
    out: list[str] = []
    for position, char in enumerate(token):
        if char not in _VOWEL_LETTERS:
            out.append(char)
        elif position > 0 and token[position - 1] == char:
            continue  # the second of a doubled letter, already written
        elif position == 0 or token[position + 1 : position + 2] == char:
            out.append(_VOWEL_LETTERS[char][0])
        else:
            out.append(_VOWEL_LETTERS[char][1])
    return "".join(out)


def _word(token: str, other_reading: bool = False) -> str:
    if other_reading and len(token) > 2 and token.endswith("וי"):
        token = token[:-2] + "בי"  # ב is v after the first letter
    if token[:2] in _ALEPH_VOWELS:
        return _ALEPH_VOWELS[token[:2]] + token[2:].translate(_LETTERS)
    if other_reading and token[0] == "פ":
        head = "f"
    else:
        head = _INITIAL.get(token[0], token[0].translate(_LETTERS))
    return head + token[1:].translate(_LETTERS)
