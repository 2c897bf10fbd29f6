"""Hangul syllables: decomposition by Unicode arithmetic, and four romanisation tables.

- "rr": Revised Romanisation (South Korea since 2000): gim, jeong, eun.
- "mr": McCune-Reischauer with breves and apostrophes dropped, as lists print it: kim, chong, un.
- "nk": the North Korean official style (MR letters, word-initial j for ㅈ), which is how
  sanctions lists write North Korean names: kim, jong, un.
- "sk": South Korean popular spelling: kim, jung, eun; young, soo, chul.
Names are romanised syllable by syllable, so cross-syllable sound changes do not apply.
"""

from __future__ import annotations

from typing import Literal

System = Literal["rr", "mr", "nk", "sk"]

_FIRST, _LAST = 0xAC00, 0xD7A3
_PER_INITIAL, _PER_VOWEL = 588, 28

_INITIALS: dict[System, tuple[str, ...]] = {
    "rr": ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
           "t", "p", "h"),
    "mr": ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k",
           "t", "p", "h"),
    "nk": ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k",
           "t", "p", "h"),
    "sk": ("k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
           "t", "p", "h"),
}  # fmt: skip
_RR_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_MR_VOWELS = (
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "u", "ui", "i",
)  # fmt: skip
_VOWELS: dict[System, tuple[str, ...]] = {
    "rr": _RR_VOWELS, "mr": _MR_VOWELS, "nk": _MR_VOWELS, "sk": _RR_VOWELS,
}  # fmt: skip
# Final consonants as pronounced at the end of a syllable; shared by all four systems.
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip

_S, _NG_INITIAL = 9, 11
_EO, _YEO, _U = 4, 6, 13
_I_LIKE_VOWELS = frozenset({16, 20})  # ㅟ ㅣ: MR and popular spelling write ㅅ as "sh" before them
_N, _L, _NG = 4, 8, 21


def decompose(syllable: str) -> tuple[int, int, int] | None:
    """(initial, vowel, final) jamo indices of a precomposed syllable, else None."""
    code = ord(syllable)
    if not _FIRST <= code <= _LAST:
        return None
    offset = code - _FIRST
    return offset // _PER_INITIAL, offset % _PER_INITIAL // _PER_VOWEL, offset % _PER_VOWEL


def compose(initial: int, vowel: int, final: int) -> str:
    """The precomposed syllable for jamo indices."""
    return chr(_FIRST + initial * _PER_INITIAL + vowel * _PER_VOWEL + final)


def is_hangul_syllable(char: str) -> bool:
    return _FIRST <= ord(char) <= _LAST


def romanize_syllable(syllable: str, system: System) -> str:
    """One syllable in `system`; a character that is not a Hangul syllable passes through."""
    parts = decompose(syllable)
    if parts is None:
        return syllable
    initial, vowel, final = parts
    if system == "sk":
        return _popular(initial, vowel, final)
    return _initial(initial, vowel, system) + _VOWELS[system][vowel] + _FINALS[final]


def romanize_word(word: str, system: System) -> str:
    """A word syllable by syllable, without sound changes across syllables."""
    return "".join(romanize_syllable(char, system) for char in word)


def _initial(initial: int, vowel: int, system: System) -> str:
    if initial == _S and vowel in _I_LIKE_VOWELS and system in ("mr", "sk"):
        return "sh"
    return _INITIALS[system][initial]


def _popular(initial: int, vowel: int, final: int) -> str:
    """South Korean habits: 정 jung, 철 chul, 석 suk, 혁 hyuk, 영 young, 현 hyun, 수 soo, 우 woo."""
    head = _initial(initial, vowel, "sk")
    tail = _FINALS[final]
    if vowel == _EO and (final in (_N, _L, _NG) or tail == "k"):
        return head + "u" + tail
    if vowel == _YEO and tail == "k":
        return head + "yuk"
    if vowel == _YEO and final == _NG:
        return head + ("young" if initial == _NG_INITIAL else "yung")
    if vowel == _YEO and final == _N:
        return head + "yun"
    if vowel == _U and final == 0:
        return head + ("woo" if initial == _NG_INITIAL else "oo")
    return head + _RR_VOWELS[vowel] + tail


def syllable_spellings(syllable: str) -> frozenset[str]:
    """Every way the four systems spell a syllable, whole or mixed letter by letter: the lists
    take the initial from one system and the vowel from another (범 as "bom": the South's b,
    the North's o)."""
    parts = decompose(syllable)
    if parts is None:
        return frozenset()
    initial, vowel, final = parts
    mixed = {head + _FINALS[final] for head in _heads(initial, vowel)}
    mixed.add(_popular(initial, vowel, final))
    return frozenset(mixed)


def syllables_by_spelling() -> dict[str, set[str]]:
    """Every spelling `syllable_spellings` gives any syllable, with the syllables it spells;
    built by initial and vowel, whose spellings every final shares (a tenth of the time)."""
    found: dict[str, set[str]] = {}
    for initial in range(len(_INITIALS["rr"])):
        for vowel in range(len(_RR_VOWELS)):
            heads = _heads(initial, vowel)
            for final, tail in enumerate(_FINALS):
                syllable = compose(initial, vowel, final)
                for head in heads:
                    found.setdefault(head + tail, set()).add(syllable)
                found.setdefault(_popular(initial, vowel, final), set()).add(syllable)
    return found


def _heads(initial: int, vowel: int) -> list[str]:
    """An initial and a vowel as every system spells them, each with each (before the final)."""
    systems: tuple[System, ...] = ("rr", "mr", "nk", "sk")
    initials = {_initial(initial, vowel, system) for system in systems}
    vowels = {_VOWELS[system][vowel] for system in systems}
    return [head + middle for head in initials for middle in vowels]


def every_syllable() -> list[str]:
    """The 11,172 precomposed Hangul syllables."""
    return [chr(code) for code in range(_FIRST, _LAST + 1)]
