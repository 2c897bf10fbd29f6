"""Words and sentences of an article, each word with its character offsets and Latin tokens.

Matching runs on the same lower-case ASCII tokens the name index holds, so a word in any script
("Путин", "김정은") is rendered with the names package; a Latin word only loses its accents.
Hyphens split words ("Jong-un" -> jong, un) and a possessive "'s" is dropped ("Putin's").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tradeguard.names import analyze_name, normalize

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_APOSTROPHES = "'\u2019\u02bc"
# A full stop after these does not end a sentence ("Mr. Kim", "St. Petersburg", "V. Putin").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "no", "vs"})
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int
    tokens: tuple[str, ...]  # Latin tokens; several for one Hangul or Han word
    sentence: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or _is_caseless(self.text)


def _is_caseless(text: str) -> bool:
    # Hangul, Han and Arabic have no capitals: a word in them may always be a name.
    return text[:1].isalpha() and not text[:1].isupper() and not text[:1].islower()


@lru_cache(maxsize=65536)
def latin_tokens(word: str) -> tuple[str, ...]:
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", normalize(word)) if not unicodedata.combining(c)
    )
    if folded.isascii():
        return tuple(folded.split())
    forms = analyze_name(word)
    return forms[0].tokens if forms else ()


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin; a headline or paragraph line is a sentence of its own."""
    starts = [0]
    for found in _SENTENCE_END.finditer(text):
        before = text[: found.start()].rsplit(None, 1)
        last = before[-1].lower().strip(".") if before else ""
        if found.group().startswith(".") and (len(last) == 1 or last in _ABBREVIATIONS):
            continue
        starts.append(found.end())
    return starts


def words(text: str) -> list[Word]:
    starts = sentence_starts(text)
    found: list[Word] = []
    sentence = 0
    for match in _WORD.finditer(text):
        while sentence + 1 < len(starts) and starts[sentence + 1] <= match.start():
            sentence += 1
        if _is_possessive(text, match.start(), match.group()):
            continue
        tokens = latin_tokens(match.group())
        if tokens:
            found.append(Word(match.group(), match.start(), match.end(), tokens, sentence))
    return found


def _is_possessive(text: str, start: int, word: str) -> bool:
    return word.lower() == "s" and start > 0 and text[start - 1] in _APOSTROPHES
