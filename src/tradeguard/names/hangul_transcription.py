"""Hangul transcriptions of foreign names, read back into the spellings their sources use.

Korean writes a foreign name by its sound, syllable block by syllable block: Vladimir Putin
is 블라디미르 푸틴, Sergei Lavrov 세르게이 라브로프, Rosneft 로스네프트. Korean banks and
exporters hold foreign customers' names so. Romanised as a Korean name ("beul ra di mi reu
pu tin"), such a name meets no listed spelling.

The transcription rules (외래어 표기법) lose what the source spelling told apart, regularly:
- a consonant without a vowel gets ㅡ (eu): 르 is a final r, 스 an s before a consonant;
- an l between vowels is written twice, as a final ㄹ and an initial ㄹ (블라 is bla, 칼라
  kala), while a single ㄹ between vowels is r;
- ㅂ is b or v, ㅍ p, f or v, ㅈ j, zh or z, ㅅ s or sh, ㅎ h or kh, ㄷ d (or t);
- ㅐ and ㅔ are both e, ㅓ is o or e, ㅣ at the end is i, y or nothing (이고리, Igor), and
  sh before a consonant takes ㅣ rather than ㅡ (칼라시니코프, Kalashnikov).

So a Hangul word has several plausible source spellings, walked as katakana words are
(`spelling_walk`). Only a name that shows itself transcribed is read so (`is_transcribed`:
a consonant with the ㅡ no Korean name has, as in 르, 스 and 블라, or a person's name too long
for a Korean one), since Korean names are read by `korean` and would otherwise be spelt as
listed foreign words.
"""

from __future__ import annotations

import re

from .hangul import decompose
from .spelling_walk import LISTED_SPELLING, Sounds

# The method suffix of the forms this module reads (`transcribed_forms`).
SPELLING = LISTED_SPELLING

_WORD = re.compile(r"[\uac00-\ud7a3]+")
# A person's name this long in syllables is no Korean name (남궁민수, a two-syllable surname
# and a two-syllable given name, has four).
LONG_WORD = 5

# Initial jamo (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): the source letters each
# may stand for, likeliest first.
_INITIALS: tuple[tuple[str, ...], ...] = (
    ("g", "k", "c"), ("k", "g"), ("n", "nn"), ("d", "t"), ("t", "d"),
    ("r", "l", "rr", "ll"), ("m", "mm"), ("b", "v", "p", "w"), ("p", "b"),
    ("s", "sh", "ss", "z", "sch"), ("s", "ss"), ("",), ("j", "zh", "z", "dzh", "g", "dj"),
    ("ts", "z", "tz", "ch"), ("ch", "ts", "tch", "c", "tz", "z"), ("k", "kh", "c", "ck"),
    ("t", "th", "tt"), ("p", "f", "v", "ph", "ff"), ("h", "kh", "g", ""),
)  # fmt: skip
_RIEUL, _IEUNG = 5, 11
_SIBILANTS = frozenset({9, 12, 14})  # ㅅ ㅈ ㅊ: 샤 is sha, 셰 she, 쥬 zhu
# Vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
_VOWELS: tuple[tuple[str, ...], ...] = (
    ("a",), ("e", "ae", "a"), ("ya", "ia", "ja", "a"), ("ye", "ya"),
    ("o", "eo", "e", "u", "a", "er"),
    ("e", "ye", "ae"), ("yo", "ye", "io", "e", "yeo"), ("ye", "e", "ie", "je"), ("o", "u"),
    ("wa", "va", "oa", "ua"), ("we", "wae"), ("oe", "we", "ve"), ("yo", "io", "jo"),
    ("u", "oo", "ou", "o"), ("wo", "vo", "uo"), ("we", "ve"), ("wi", "vi", "ui"),
    ("yu", "iu", "ju", "u"), ("", "u", "e", "y", "eu"), ("ui", "i", "y"), ("i", "y"),
)  # fmt: skip
_EU, _I = 18, 20
# After ㅅ, ㅈ or ㅊ a y-vowel's y is the consonant's own softness: 셰 is she, 쇼 sho.
_PLAIN = {2: "a", 3: "e", 6: "o", 7: "e", 12: "o", 17: "u"}
# Final jamo by index (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ... ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
_FINALS: dict[int, tuple[str, ...]] = {
    0: ("",), 1: ("k", "g", "c", "ck"), 2: ("k",), 4: ("n", "nn"), 7: ("t", "d"),
    8: ("l", "r", "ll"), 16: ("m", "n"), 17: ("p", "b", "v"), 19: ("t", "s", "sh"),
    20: ("t", "s"), 21: ("ng", "n"), 22: ("t", "j"), 23: ("t", "ch"), 24: ("k",), 25: ("t",),
    26: ("p", "f"), 27: ("h", ""),
}  # fmt: skip
_FINAL_RIEUL = 8


def words(text: str) -> list[str]:
    """The Hangul words of a text."""
    return _WORD.findall(text)


def is_transcribed(text: str, person: bool) -> bool:
    """Whether a text in Hangul shows itself a transcription of a foreign name: a consonant
    that carries only the ㅡ transcriptions add (르, 스, 프, 드, 크), or a word starting with a
    consonant cluster (블라, 프라); for a person's name, also LONG_WORD syllables or more in
    one word or in two or more (이고리 세친). Korean names have none of these: a surname and a
    given name have one or two syllables each, so a Korean name has at most four. (Korean
    organisations' names are long compounds of one-syllable words: 조선남강무역회사.)"""
    written = words(text)
    long_name = sum(map(len, written)) >= LONG_WORD
    if person and long_name and (len(written) >= 2 or max(map(len, written)) >= LONG_WORD):
        return True
    for word in written:
        jamo = [decompose(char) for char in word]
        for i, found in enumerate(jamo):
            if found is None:
                continue
            initial, vowel, final = found
            if vowel == _EU and initial != _IEUNG and final == 0:
                return True
            cluster = final == _FINAL_RIEUL and i + 1 < len(jamo)
            if i == 0 and vowel == _EU and cluster and jamo[1] and jamo[1][0] == _RIEUL:
                return True
    return False


def spellings(word: str) -> list[tuple[str, ...]]:
    """Per syllable of a Hangul word, the source letters it may stand for, likeliest first."""
    jamo = [found for found in map(decompose, word) if found is not None]
    out: list[tuple[str, ...]] = []
    for i, (initial, vowel, final) in enumerate(jamo):
        last = i + 1 == len(jamo)
        onsets = _INITIALS[initial]
        if initial == _RIEUL and i and jamo[i - 1][2] == _FINAL_RIEUL:
            onsets = ("l", "ll", "r")  # the second ㄹ of a written-twice l (칼라, 밀레르)
        vowels = _VOWELS[vowel]
        if vowel == _I and last:
            vowels = ("i", "y", "", "iy", "ii")
        elif vowel == _I and initial in _SIBILANTS and not final:
            vowels = ("i", "", "y")  # sh before a consonant takes ㅣ: 칼라시니코프, Kalashnikov
        codas = _FINALS.get(final, ("",))
        if final == _FINAL_RIEUL and not last and jamo[i + 1][0] == _RIEUL:
            codas = ("",)  # the first ㄹ of the two: one l
        choices = [o + v + c for o in onsets for v in vowels for c in codas]
        if initial in _SIBILANTS and vowel in _PLAIN:
            choices += [o + _PLAIN[vowel] + c for o in onsets for c in codas]
        out.append(tuple(dict.fromkeys(choices)))
    return out


def sounds_of(word: str) -> Sounds:
    """A Hangul word's sounds, for `spelling_walk`: 블라디미르 is Vladimir, 로스네프트 Rosneft."""
    choices = tuple(spellings(word))
    return Sounds(choices, (True,) * len(choices))
