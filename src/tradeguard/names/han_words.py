"""Chinese company names as their registered English names write them: words, not syllables.

ICU's dictionary-based word breaker splits the name into words. A word in the glossary is
translated; any other word becomes one pinyin token ("伟业" -> weiye), and a run of characters
the breaker left single (an unknown trade name: 鲁 成) is joined into one token too (lucheng),
as trade names are registered.
"""

from __future__ import annotations

import threading

import icu

from .ascii import ascii_tokens
from .han_glossary import GLOSSARY
from .icu import transliterate

_TRANSFORM = "Han-Latin; Latin-ASCII"
# A BreakIterator keeps the text it is given, so each thread needs its own.
_local = threading.local()


def _word_breaker() -> icu.BreakIterator:
    breaker = getattr(_local, "breaker", None)
    if breaker is None:
        breaker = icu.BreakIterator.createWordInstance(icu.Locale("zh"))
        _local.breaker = breaker
    return breaker


def segment(text: str) -> list[str]:
    """The words of `text` by ICU's Chinese word breaker, punctuation included."""
    breaker = _word_breaker()
    breaker.setText(text)
    words: list[str] = []
    start = 0
    for end in breaker:
        words.append(text[start:end])
        start = end
    return words


def _pinyin(word: str) -> str:
    return "".join(ascii_tokens(transliterate(_TRANSFORM, word)))


def _has_han(word: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def company_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Glossary words translated, other words and runs of single characters as pinyin."""
    words: list[str] = []
    run: list[str] = []

    def flush() -> None:
        # Trade names are mostly two characters, so an even run of four or more is read as
        # two-character names (兴华恒成: xinghua hengcheng); an odd one is likely a foreign
        # name spelt out sound by sound (奥德斯: aodesi) and stays whole.
        width = 2 if len(run) >= 4 and len(run) % 2 == 0 else len(run)
        for start in range(0, len(run), max(width, 1)):
            words.append(_pinyin("".join(run[start : start + width])))
        run.clear()

    for token in tokens:
        for word in segment(token):
            if word in GLOSSARY:
                flush()
                words.extend(GLOSSARY[word].split())
            elif not _has_han(word):
                flush()
                words.extend(ascii_tokens(word))
            elif len(word) == 1:
                run.append(word)
            else:
                flush()
                words.append(_pinyin(word))
        flush()
    return tuple(w for w in words if w)
