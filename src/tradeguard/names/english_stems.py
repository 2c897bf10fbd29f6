"""One stem for the forms of an English word that organisation names use interchangeably.

Translations of one name pick different forms of a word: the Persian صنایع and the Chinese 工业
are "Industries" in one list and "Industrial" or "Industry" in another, 电子 is "Electronic" or
"Electronics", and Russian names become "Computer Engineering" or "Computing Equipment",
"Marine Instrument Engineering" or "Marine Instrumentation". Spelling alone rates these pairs
as different words (industry / industries 0.4 after rescaling). The Snowball English stemmer
(PyStemmer, the C build of the Snowball project's algorithms) takes them to one stem.

The stemmer also joins words that are not one another's forms in a name ("ship" / "shipping",
"engine" / "engineering"), so `namesim.org_token_similarity` asks for close spellings, or
lengths nearly one, too (`namesim.inflected_spelling`).
Words of fewer than STEM_MIN_LETTERS letters, and stems shorter than that, get no stem: short
words are mostly acronyms and transliterated syllables, which English suffixes say nothing
about ("Trans" / "Tran"). Nor do common given and family names (`common_words`): a firm
named for its founders is "Edwards, Anderson and Smith", and Edwards is not Edward.

Snowball rewrites a word's ending only, so a stem starts with the word's first SHARED_START
letters; a stem that would not is no stem here. `generic_org_names` relies on that to stem only
the words that start as a generic word's stem does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import Stemmer

from .common_words import word_class

STEM_MIN_LETTERS = 5
SHARED_START = 4

_STEMMER = Stemmer.Stemmer("english")
_PERSON_WORDS = frozenset({"given", "family"})


# Queries' words and the generic-word checks; the index's vocabulary, about 70,000 words with
# every list loaded, goes through `english_stems` and stays out of the cache, where it would
# hold some 20 MB for as long as the process runs.
@lru_cache(maxsize=1 << 15)
def english_stem(token: str) -> str:
    """The Snowball English stem of a lower-case ASCII word; "" for any other token, a
    person's name, or a stem shorter than STEM_MIN_LETTERS."""
    return _stem(token)


def english_stems(tokens: Sequence[str]) -> list[str]:
    """`english_stem` of each token, computed afresh: for a vocabulary seen once."""
    return [_stem(token) for token in tokens]


def _stem(token: str) -> str:
    if len(token) < STEM_MIN_LETTERS or not token.isascii() or not token.isalpha():
        return ""
    if word_class(token) in _PERSON_WORDS:
        return ""
    stem: str = _STEMMER.stemWord(token)
    if len(stem) < STEM_MIN_LETTERS or not stem.startswith(token[:SHARED_START]):
        return ""
    return stem
