"""Katakana transcriptions of foreign names, read back into the spellings their sources use.

Japanese writes a foreign name by its sound: Vladimir Putin is ウラジーミル・プーチン, Sergei
Lavrov セルゲイ・ラブロフ, Sberbank ズベルバンク. Japan's own sanctions lists, and the name
fields of Japanese banks' and exporters' systems, hold names so. Hepburn romanisation, which
ICU gives, reads them as Japanese ("urajimiru puchin") and meets no listed spelling.

The transcription loses what the source spelling told apart, in ways that are regular:
- r and l are one sound (ラ), b and v mostly one (ブ; ヴ is v);
- a consonant without a vowel gets one: u after most (ル, ス, フ), o after t and d (ト, ド),
  i after ch and j (チ, ジ); "Lavrov" is ra-bu-ro-fu;
- ti and di are written chi and ji (プーチン Putin, ウラジーミル Vladimir), and ジ is also
  zh (プリゴジン Prigozhin) and j;
- ー lengthens a vowel, ッ doubles the next consonant, neither of which source spellings show;
- a word-initial u before a consonant is v or w (ウラ Vla).

So a katakana word has several plausible source spellings (`sounds_of`), which
`spelling_walk` walks, taking the one listed names write most. A word no listed name spells
keeps its likeliest letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .spelling_walk import LISTED_SPELLING, Sounds

# The method suffix of the forms this module reads (`transcribed_forms`).
SPELLING = LISTED_SPELLING

# Hiragana lie 0x60 below their katakana twins.
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
_KANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_LONG, _DOUBLE, _MORAIC_N = "ー", "ッ", "ン"

# Each katakana: (onset, vowel), as modified Hepburn reads it.
_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "r": "ラリルレロ",
}  # fmt: skip
_KANA: dict[str, tuple[str, str]] = {
    kana: (onset, vowel)
    for onset, row in _ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
}
_KANA.update(
    {
        "シ": ("sh", "i"), "ジ": ("j", "i"), "チ": ("ch", "i"), "ヂ": ("j", "i"),
        "ツ": ("ts", "u"), "ヅ": ("z", "u"), "フ": ("f", "u"), "ヤ": ("y", "a"),
        "ユ": ("y", "u"), "ヨ": ("y", "o"), "ワ": ("w", "a"), "ヰ": ("w", "i"),
        "ヱ": ("w", "e"), "ヲ": ("", "o"), "ヴ": ("v", "u"), "ヵ": ("k", "a"),
        "ヶ": ("k", "e"),
    }
)  # fmt: skip
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
# Onsets whose own sound carries the y of a following small ャ, ュ or ョ (シャ is sha).
_PALATAL = frozenset({"sh", "ch", "j"})

# The source letters each onset may stand for, likeliest first. Kana show no doubled
# consonant but a stop's (ッ), so l, r, s, m, n and t may be doubled (ミレル Miller); a final
# k may be a devoiced g (ローテンベルク Rotenberg); フ before a consonant is often Russian х
# (アフマド Akhmad).
_ONSETS: dict[str, tuple[str, ...]] = {
    "": ("",),
    "k": ("k", "c", "kh", "ck", "g"),
    "g": ("g",),
    "s": ("s", "z", "ss"),
    "sh": ("sh", "s", "sch"),
    "z": ("z", "s"),
    "j": ("j", "d", "zh", "z", "g", "dzh"),
    "t": ("t", "tt"),
    "ch": ("ch", "t", "tch", "ts"),
    "ts": ("ts", "z", "c", "tz"),
    "d": ("d",),
    "n": ("n", "nn"),
    "h": ("h", "kh", "g"),
    "f": ("f", "v", "kh", "h", "ph", "ff"),
    "b": ("b", "v"),
    "p": ("p",),
    "m": ("m", "mm"),
    "y": ("y", "i", "j"),
    "r": ("r", "l", "ll", "rr"),
    "w": ("w", "v"),
    "v": ("v", "w"),
}
# Consonants after which a vowel is often only the one Japanese adds (see the module's doc).
_EPENTHETIC = {
    "u": frozenset({"k", "g", "s", "z", "ts", "f", "b", "p", "m", "r", "n", "v"}),
    "o": frozenset({"t", "d"}),
    "i": frozenset({"ch", "j", "sh", "r"}),
}


@dataclass(frozen=True, slots=True)
class Mora:
    """One kana sound: an onset and a vowel; or ン ("N"), ッ ("Q") or ー ("L") alone."""

    onset: str
    vowel: str


_N, _Q, _L = Mora("N", ""), Mora("Q", ""), Mora("L", "")


def words(text: str) -> list[str]:
    """The katakana words of a text, hiragana read as katakana and half-width kana widened."""
    widened = unicodedata.normalize("NFKC", text).translate(_HIRAGANA_TO_KATAKANA)
    return _KANA_RUN.findall(widened)


def moras(word: str) -> list[Mora]:
    """The sounds of a katakana word; kana outside the table are skipped."""
    out: list[Mora] = []
    for char in word:
        if char == _MORAIC_N:
            out.append(_N)
        elif char == _DOUBLE:
            out.append(_Q)
        elif char == _LONG:
            out.append(_L)
        elif char in _SMALL_VOWELS and out and out[-1].vowel:
            out[-1] = _with_small_vowel(out[-1], _SMALL_VOWELS[char])
        elif char in _SMALL_Y and out and (out[-1].vowel == "i" or out[-1].onset in _ONSETS):
            # キャ is kya, フョ fyo, ヴュ vyu; シャ sha.
            prev = out[-1]
            onset = prev.onset if prev.onset in _PALATAL else prev.onset + "y"
            out[-1] = Mora(onset, _SMALL_Y[char])
        elif char in _KANA:
            out.append(Mora(*_KANA[char]))
    return out


def _with_small_vowel(prev: Mora, vowel: str) -> Mora:
    """ファ is fa, ティ ti, ウィ wi, イェ ye, キェ kye: the small vowel replaces the last."""
    if not prev.onset:
        return Mora("w" if prev.vowel == "u" else "y" if prev.vowel == "i" else "", vowel)
    if prev.vowel == "i" and prev.onset not in _PALATAL:
        return Mora(prev.onset + "y", vowel)
    return Mora(prev.onset, vowel)


def spellings(sounds: Sequence[Mora]) -> list[tuple[str, ...]]:
    """Per sound, the source letters it may stand for, likeliest first."""
    out: list[tuple[str, ...]] = []
    for i, sound in enumerate(sounds):
        following = sounds[i + 1] if i + 1 < len(sounds) else None
        before = sounds[i - 1] if i else None
        out.append(_choices(sound, before, out[-1] if out else None, following))
    return out


def _choices(
    sound: Mora, before: Mora | None, spelt: tuple[str, ...] | None, following: Mora | None
) -> tuple[str, ...]:
    """The letters one sound may stand for, given the sounds around it and the letters the
    sound before may stand for."""
    first = before is None
    if sound is _N:
        if following is not None and following.onset in ("b", "p", "m"):
            return ("m", "n")
        return ("n", "ng", "m")
    if sound is _Q:
        return ("", "t") if following is not None and following.onset == "ch" else ("",)
    if sound is _L:
        # A long i ends Russian -ий and -ый: Dmitrii, Dmitriy, Dmitry.
        return ("", "y", "i") if spelt is not None and spelt[0].endswith("i") else ("",)
    if before is not None and before.vowel == "o" and sound == Mora("", "u"):
        # オウ is a long o, as ー is: Satou is Sato, Satoh or Satou.
        return ("", "u", "h")
    if first and sound == Mora("", "u") and _closes(following):
        # ウラジーミル: a first u before a consonant is v or w, as in Vladimir.
        return ("u", "v", "w")
    onsets = _onset_choices(sound.onset)
    vowels = _vowel_choices(sound, first, following)
    return tuple(onset + vowel for onset in onsets for vowel in vowels)


def _closes(following: Mora | None) -> bool:
    """Whether a vowel before `following` may be one Japanese adds: it ends the word or a
    consonant follows. Before ン, ッ, ー or a vowel it is sounded: ブン is bun, ヴィッチ vich."""
    return following is None or following.onset not in ("", "N", "Q", "L")


def _onset_choices(onset: str) -> tuple[str, ...]:
    if onset in _ONSETS:
        return _ONSETS[onset]
    # A consonant with a y (キャ kya, リャ rya): Cy, Ci or C alone, each way C is written.
    base = _ONSETS.get(onset[:-1], (onset[:-1],))
    return tuple(b + y for y in ("y", "i", "") for b in base)


def _vowel_choices(sound: Mora, first: bool, following: Mora | None) -> tuple[str, ...]:
    vowel = sound.vowel
    if sound.onset in _EPENTHETIC.get(vowel, ()) and _closes(following):
        return ("", vowel, "y") if vowel == "i" else ("", vowel)
    if not sound.onset and not first:
        if vowel == "i":
            # After a vowel: Sergei, Sergey, Sergej.
            return ("i", "y", "j")
        if vowel == "e":
            return ("e", "ye")
    if not sound.onset and first and vowel == "e":
        return ("e", "ye", "je")
    if vowel == "e":
        # Korean ae and oe are written e: チェ Choe, ヘ Hae.
        return ("e", "ae", "oe")
    if vowel == "i":
        return ("i", "y")
    return (vowel,)


def sounds_of(word: str) -> Sounds:
    """A katakana word's sounds, for `spelling_walk`: one listed word, or two where the kana
    run on (ジョンウン is Jong Un), but never one starting at ン, ッ or ー, which end a
    syllable."""
    sounds = moras(word)
    opens = tuple(sound not in (_N, _Q, _L) for sound in sounds)
    return Sounds(tuple(spellings(sounds)), opens)
