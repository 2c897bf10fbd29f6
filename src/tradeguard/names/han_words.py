"""Chinese company names as their registered English names write them: words, not syllables.

ICU's dictionary-based word breaker splits the name into words; the glossary's words are then
found across them (数 控 -> 数控 CNC, 零 部件 -> 零部件 parts) and inside words that the breaker
keeps whole but the glossary spells as parts (进出口贸易: import and export, trading; 金华市:
Jinhua), the longest first. A word in the glossary is translated; any other word becomes one
pinyin token ("伟业" -> weiye), and a run of characters the breaker left single (an unknown
trade name: 鲁 成) is joined into one token too (lucheng), as trade names are registered.
"""

from __future__ import annotations

import threading

import icu

from .ascii import ascii_tokens
from .glossaries import glossary_spans
from .han_glossary import glossary, longest_word, simplified
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


def _syllables(word: str) -> tuple[str, ...]:
    # 长 starting a name is chang (长城, 长虹, 长光), not the zhang ICU reads it as.
    if word[:1] in ("长", "長"):
        return ("chang", *_syllables(word[1:]))
    return ascii_tokens(transliterate(_TRANSFORM, word))


def _pinyin(word: str) -> str:
    return "".join(_syllables(word))


def _has_han(word: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def glossary_words(token: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """The words of `token`, each with its translation, or None for a word not in the glossary."""
    table = glossary()
    key = simplified(token)
    if len(key) != len(token):
        key = token
    spans: list[tuple[int, int]] = []
    start = 0
    for word in segment(token):
        spans.extend(glossary_spans(key, start, start + len(word), table))
        start += len(word)
    words: list[tuple[str, tuple[str, ...] | None]] = []
    index = 0
    while index < len(spans):
        begin = spans[index][0]
        # The longest glossary word made of whole spans, else the span as it is.
        stop = index + 1
        for last in range(index + 1, len(spans)):
            end = spans[last][1]
            if end - begin > longest_word():
                break
            if key[begin:end] in table:
                stop = last + 1
        end = spans[stop - 1][1]
        words.append((token[begin:end], table.get(key[begin:end])))
        index = stop
    return words


def company_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Glossary words translated, other words and runs of single characters as pinyin.

    Trade names have two characters or more. A name that would keep one character beside
    translated words (森銀行: sen bank) is read as pinyin throughout (sen yinxing), for one
    syllable beside common English words matches far too much: such names are mostly Japanese
    (a surname and the kind of business), whose Mandarin reading is not their name anyway.
    """
    pieces = [glossary_words(token) for token in tokens]
    flat = [piece for token in pieces for piece in token]
    untranslated = sum(len(word) for word, english in flat if english is None and _has_han(word))
    if untranslated == 1 and any(english for _, english in flat):
        pieces = [[(word, None) for word in segment(token)] for token in tokens]
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

    for token in pieces:
        for word, translation in token:
            if translation is not None:
                flush()
                words.extend(translation)
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
