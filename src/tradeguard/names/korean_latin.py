"""Whether a Latin name reads as a Korean one: a Korean surname at one end and syllables.

"Kim Eun Jung" is 김은정, "Jong Un Kim" 김정은: the syllables of a Korean given name keep their
order, so the two are different names though their words are the same (`matching.namesim`'s
`syllables_ordered`). A Western name of three short words rarely reads so ("Tom Lee Kim" does).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .korean_surnames import SURNAMES

# Every Latin spelling of a Korean surname of two letters or more: "o" and "i" are words too.
_SURNAME_SPELLINGS = frozenset(
    spelling for spellings in SURNAMES.values() for spelling in spellings if len(spelling) > 1
)
# One Korean syllable in McCune-Reischauer (without its breves) or the Revised Romanisation,
# or in the South's habits (oo, ee): an initial, a glide, a vowel, a final.
_SYLLABLE = re.compile(
    r"(?:kk|k|g|n|tt|t|d|r|l|m|pp|p|b|ss|s|sh|jj|j|tch|ch|h)?"
    r"[wy]?"
    r"(?:ae|eo|eu|oe|ui|oo|ee|a|e|i|o|u)"
    r"(?:ng|k|n|t|l|m|p)?"
)
# Fewer words than this are a surname and a one-word given name, in either order.
MIN_WORDS = 3


@lru_cache(maxsize=4096)
def reads_korean(tokens: tuple[str, ...]) -> bool:
    """Whether `tokens` are a Korean surname first or last and Korean syllables otherwise."""
    if len(tokens) < MIN_WORDS:
        return False
    if tokens[0] in _SURNAME_SPELLINGS:
        given = tokens[1:]
    elif tokens[-1] in _SURNAME_SPELLINGS:
        given = tokens[:-1]
    else:
        return False
    return all(_SYLLABLE.fullmatch(token) for token in given)
