"""Unicode normalisation of name strings that keeps their script.

`normalize` applies NFKC and case folding, turns punctuation, symbols and separators into
spaces, deletes format characters and apostrophes, and collapses whitespace. Apostrophes are
deleted rather than spaced because inside a name they mark a sound (soft signs "Il'ich",
ayin "Ma'la", elision "O'Brien"), not a word boundary; hyphens and dots do separate words
("Jong-un", "V.V. Putin").
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophe look-alikes, modifier letters for ayin/hamza/soft signs, and the Arabic tatweel
# (a justification stroke, never a letter).
_DELETED = frozenset(
    "'`\u00b4\u2018\u2019\u201b\u2032\u02b9\u02ba\u02bb\u02bc\u02bd\u02be\u02bf\u02c8\u0640"
)
# Punctuation that is part of a letter: the Hebrew geresh makes ז צ ג the zh, ch and j sounds
# of foreign names (פריגוז׳ין, Prigozhin; `hebrew`).
_KEPT = frozenset("\u05f3")
# Hebrew marks an acronym with gershayim before its last letter, often typed as a double
# quote (צה"ל, להב"ה LEHAVA, יו״ש): the mark is inside one word, so it joins, not parts.
_HEBREW_ACRONYM = re.compile('(?<=[\u05d0-\u05ea])["\u05f4\u201c\u201d](?=[\u05d0-\u05ea])')
_SEPARATING_PREFIXES = ("P", "S", "Z")
_MAX_ROUNDS = 4
_SURROGATE = re.compile("[\ud800-\udfff]")


class _CharMap(dict[int, str | None]):
    """A `str.translate` table filled lazily: most names use a few dozen distinct characters."""

    def __missing__(self, codepoint: int) -> str | None:
        value = _classify(chr(codepoint))
        self[codepoint] = value
        return value


def _classify(char: str) -> str | None:
    if char in _DELETED:
        return None
    if char in _KEPT:
        return char
    category = unicodedata.category(char)
    if category.startswith(_SEPARATING_PREFIXES) or category in ("Cc", "Co"):
        return " "
    if category in ("Cf", "Cs"):
        return None
    return char


_TABLE = _CharMap()


def _round(text: str) -> str:
    text = _nfkc(text).casefold()
    return _nfkc(text.translate(_TABLE))


def _nfkc(text: str) -> str:
    # The quick check is much cheaper than composing text that is already composed.
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    """NFKC, casefold, punctuation to spaces, collapsed spaces; idempotent, script kept."""
    if text.isascii():
        return " ".join(text.lower().translate(_TABLE).split())
    text = _HEBREW_ACRONYM.sub("", text)
    # Case folding and composition can each expose work for the other; a few rounds
    # reach the fixed point that makes the function idempotent.
    for _ in range(_MAX_ROUNDS):
        folded = _round(text)
        if folded == text:
            break
        text = folded
    return " ".join(text.split())


def fold_case(text: str) -> str:
    """NFKC and casefold only: the form in which legal-form patterns keep their dots."""
    if not text.isascii() and _SURROGATE.search(text):
        # Lone surrogates cannot cross into ICU or rigour's Rust core.
        text = _SURROGATE.sub("", text)
    return unicodedata.normalize("NFKC", text).casefold()
