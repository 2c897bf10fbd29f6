"""A person's name without its initials, as one more form of it.

Lists and customer files write a middle name as its initial, or leave it out: "Raed M.
HIJAZI" and "Raed Muhammad HIJAZI", "Naif Hassan S. ALARIFI" and "Nayif Hasan Saad ALARIFI",
"John F. Kennedy" and "John Fitzgerald Kennedy". A letter alone is a rare word in the lists,
so unmatched it weighed as much as a surname, and a name with an initial met its own full
form worse than one without it. Without its initials the name is all of itself in the other
one, and meets it as a name with a middle name left out does.

An initial is not read as a word of the other name that begins with it: a listed "NASR,
Samir M." then met every Samir whose surname begins with M. The form is given only where two
words of two letters or more remain, and a vowel alone is no initial: it is a syllable of
Korean names (이건우, Ri Kon U), a Persian ezafe (Ali-e Karimi), a Burmese form of address
(U Zaw Min) or an article (Shams-u-Rahman) as often. Only in an Arabic name is A an initial
(Abdul, Ahmed, Ali: "Khaled A. Al-Fauwaz"), where those vowels stand for nothing else.
"""

from __future__ import annotations

from .arabic_particles import looks_arabic

_VOWELS = frozenset("aeiou")
_ARABIC_VOWELS = _VOWELS - {"a"}
# Words that must remain beside the initials dropped.
MIN_WORDS = 2


def without_initials(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """`tokens` without their initials, consonants alone; None if there are none, or if fewer
    than MIN_WORDS words of two letters or more would remain."""
    vowels = _ARABIC_VOWELS if looks_arabic(tokens) else _VOWELS
    kept = tuple(token for token in tokens if not _initial(token, vowels))
    if len(kept) == len(tokens) or sum(len(token) > 1 for token in kept) < MIN_WORDS:
        return None
    return kept


def _initial(token: str, vowels: frozenset[str]) -> bool:
    return len(token) == 1 and token.isalpha() and token not in vowels
