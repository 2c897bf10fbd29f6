"""Two forms of one name stem that belong to two different people.

A pair of person tokens with one stem in two such forms is only a relative's or a namesake's
name, however close the spellings (`namesim.person_token_similarity` caps it):

- Slavic surnames and given names in their masculine and feminine forms (`slavic_gender`):
  Komarov / Komarova, Vysotskiy / Vysotskaya.
- Ukrainian surnames in -enko and in -eniuk: Yatsenko and Yatseniuk are two families. The
  phonetic key keeps a word's first vowel only, so both read "yaznk" and met at 0.99.
  Belarusian -enka is -enko (Lukashenka, Lukashenko), one form.
- French given names in -el and their feminine in -elle: Daniel / Danielle, Michel / Michelle,
  Gabriel / Gabrielle.
- Arabic abd (servant of, عبد), the first word of a theophoric name, and the given name Abid
  (worshipper, عابد): one letter apart in Latin letters, two words in Arabic. "Naasir Aabid"
  met Hajji 'ABD AL-NASIR at 0.995, and "Umair Aabid" Umar ABD AL RAHMAN.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .phonetic import phonetic_spelling
from .slavic_gender import gendered_stem

_UKRAINIAN = re.compile(r"(?P<stem>[a-z]{2,}en)(?:ko|ka|(?P<other>yuk|iuk|juk|uk))")
_FRENCH = re.compile(r"(?P<stem>[a-z]{3,}el)(?P<other>le)?")
# As lists write it alone, before the name it is joined to (`phonetic`'s particles).
_ABD = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdu"})
_ABID = re.compile(r"a{1,2}b(?:i|ii|e|ee|ei|y)d")


@lru_cache(maxsize=65536)
def variant_stem(token: str) -> tuple[str, bool] | None:
    """(stem, which of its two forms) of a Latin token; None for a token of no such stem.

    Stems carry their rule's mark, so stems of two rules never meet."""
    gendered = gendered_stem(token)
    if gendered is not None:
        return gendered
    match = _UKRAINIAN.fullmatch(token)
    if match is not None:
        # By sound: romanisations of one Ukrainian surname differ in its stem too
        # (Iatseniuk, Yatsenyuk).
        return "uk:" + phonetic_spelling(match["stem"]), bool(match["other"])
    match = _FRENCH.fullmatch(token)
    if match is not None:
        return "fr:" + match["stem"], bool(match["other"])
    if token in _ABD:
        return "ar:abd", False
    if _ABID.fullmatch(token):
        return "ar:abd", True
    return None


def variants_differ(first: str, second: str) -> bool:
    """Whether two tokens are one stem in its two forms."""
    a, b = variant_stem(first), variant_stem(second)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]
