"""Consonant skeletons, for comparing names with renderings of abjads that omit vowels.

"mohammed" -> "mhmd" and "mhmd" -> "mhmd". The rules: q -> k (Qasim/Kasim); vowels
a e i o u are dropped; y and w are dropped except at the start, since abjads write long
vowels with the letters ya and waw (حسين hsyn / Hussein, يوسف ywsf / Yusuf); doubled letters
collapse, as abjads write a doubled consonant once; a final h is dropped, because ta marbuta
and final ha are written or left out at will (Fatimah/Fatima, Abdullah/Abdulla). French and
English habits for one letter are folded together first: "ch" is ش as "sh" (Jarroucheh),
"dj" is ج as "j" (Djamel), "dh" is ذ as "th" (Bathali for البذالي), and "gh" goes with q, as in
the phonetic key, since Persian romanises ق as gh (Mosadegh for مصدق, Ghasem for قاسم).

Candidates are found by `consonant_skeleton`; tokens are compared by `compared_skeleton`, which
keeps a final i: a name's last ی or ي is the nisba ending, which makes another family name of
a given name or place (عزیزی Azizi / Aziz, کمالی Kamali / Kamal, محمدی Mohammadi / Mahmud), and
Latin spellings keep it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ascii import ascii_tokens

_VOWELS = re.compile(r"[aeiou]|(?<=.)[yw]")
_DOUBLED = re.compile(r"(.)\1+")
_FOLDS = (("ch", "sh"), ("dj", "j"), ("dh", "th"), ("gh", "k"))
# Marks a compared skeleton whose word ends in the vowel i.
_FINAL_I = "y"


@lru_cache(maxsize=65536)
def consonant_skeleton(token: str) -> str:
    """The consonant skeleton of one token; idempotent."""
    word = "".join(ascii_tokens(token)).replace("q", "k")
    if not word.isalpha():
        return _folded(word)
    previous = None
    while word != previous:
        previous = word
        # Folded on every pass: dropping a letter can make a new "dj" ("ddj" -> "dj").
        word = _DOUBLED.sub(r"\1", _VOWELS.sub("", _folded(word)))
        if len(word) > 1 and word.endswith("h"):
            word = word[:-1]
    return word


def _folded(word: str) -> str:
    previous = None
    while word != previous:
        previous = word
        for spelling, folded in _FOLDS:
            word = word.replace(spelling, folded)
    return word


@lru_cache(maxsize=65536)
def compared_skeleton(token: str) -> str:
    """`consonant_skeleton`, with a final y kept where the word ends in i or y: "ly" (علي) and
    "ali" agree, "zyzy" (عزیزی) and "aziz" do not."""
    skeleton = consonant_skeleton(token)
    return skeleton + _FINAL_I if ends_in_i(token) else skeleton


def ends_in_i(token: str) -> bool:
    """Whether a word of two letters or more ends in the vowel i (written i or y)."""
    return len(token) > 1 and token[-1] in "iy"
