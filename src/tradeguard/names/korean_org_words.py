"""Korean organisation names as lists write them in English: words, not syllables.

North Korean organisation names run their words together: "조선남강무역회사" is listed as
"Korea Namgang Trading Corporation", "조선릉라도무역총회사" as "Korea Rungrado General Trading
Corporation". The glossary (data/korean_glossary.tsv) finds the words that say what an
organisation is and does, which lists translate; what is left between them is the trade name,
which lists romanise as one word (Namgang, Rungrado), in the North Korean style.
"""

from __future__ import annotations

from functools import cache

from .glossaries import glossary_spans, read_glossary
from .hangul import romanize_word


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """Each word in Hangul with its English words (none for a dropped word)."""
    return read_glossary("korean_glossary.tsv")


def organisation_words(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name with glossary words translated and the words between them romanised, one
    token each; None when no word of it is in the glossary."""
    table = glossary()
    words: list[str] = []
    translated = False
    for token in tokens:
        for start, end in glossary_spans(token, 0, len(token), table):
            word = token[start:end]
            english = table.get(word)
            if english is None:
                words.append(romanize_word(word, "nk"))
            else:
                translated = True
                words.extend(english)
    return tuple(word for word in words if word) if translated else None
