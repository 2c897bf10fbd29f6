"""Runs of capitalised words that may name a party: "Luis Moreno", "Eastern Economic Forum".

A run breaks at a sentence end, at punctuation other than a hyphen or an initial's full stop,
and at words another step has already claimed (listed names, places, goods, amounts, dates).
A run of one word is kept only if the text treats it as a name: not a function or heading word,
never written in lower case elsewhere in the article, and, at the start of a sentence, also
capitalised somewhere mid-sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradeguard.news.resources import word_set
from tradeguard.news.text import Word

_JOINERS = re.compile(r"\s+|\s*-\s*|\.\s*")


def capitalised_runs(text: str, words: Sequence[Word], claimed: set[int]) -> list[tuple[int, int]]:
    """(first, last) word indexes of each candidate run, in text order."""
    lower_forms = {w.text.lower() for w in words if w.text[:1].islower()}
    mid_sentence = {
        w.text.lower() for i, w in enumerate(words) if w.capitalised and not _opens(words, i)
    }
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(words):
        if position in claimed or not _name_word(words[position]):
            position += 1
            continue
        last = _extend(text, words, position, claimed)
        run = _trim(words, position, last)
        if run is not None and _keep(words, run, lower_forms, mid_sentence):
            runs.append(run)
        position = last + 1
    return runs


def _name_word(word: Word) -> bool:
    return word.capitalised and not word.text.isdigit()


def _numbered(text: str, words: Sequence[Word], last: int, following: int) -> bool:
    # "Rossiya-1", "Channel 4": a number hyphenated or spaced onto a name is part of it.
    joiner = text[words[last].end : words[following].start]
    return words[following].text.isdigit() and joiner.strip() in ("", "-")


def _opens(words: Sequence[Word], index: int) -> bool:
    return index == 0 or words[index - 1].sentence != words[index].sentence


def _extend(text: str, words: Sequence[Word], first: int, claimed: set[int]) -> int:
    last = first
    connectors = word_set("cues", "connectors")
    while last + 1 < len(words):
        following = last + 1
        nxt = words[following]
        if following in claimed or nxt.sentence != words[first].sentence:
            break
        if not _JOINERS.fullmatch(text[words[last].end : nxt.start]):
            break
        if text[words[last].end : nxt.start].startswith(".") and len(words[last].text) > 1:
            break  # only an initial ("V. Putin") carries a run over a full stop
        if _name_word(nxt) or _numbered(text, words, last, following):
            last = following
        elif nxt.text.lower() in connectors and _continues(words, following + 1, claimed):
            last = following + 1
        else:
            break
    return last


def _continues(words: Sequence[Word], index: int, claimed: set[int]) -> bool:
    return index < len(words) and index not in claimed and _name_word(words[index])


def _trim(words: Sequence[Word], first: int, last: int) -> tuple[int, int] | None:
    leading = word_set("cues", "leading")
    while first <= last and words[first].text.lower() in leading:
        first += 1
    return (first, last) if first <= last else None


def _keep(
    words: Sequence[Word], run: tuple[int, int], lower_forms: set[str], mid_sentence: set[str]
) -> bool:
    first, last = run
    if first != last:
        return True
    word = words[first].text.lower()
    if word in word_set("cues", "not_names") or word in lower_forms or len(word) < 2:
        return False
    return not _opens(words, first) or word in mid_sentence
