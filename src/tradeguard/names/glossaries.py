"""Glossaries of organisation words (data/*_glossary.tsv): reading one, and a glued word as
its words and the other words between them.

Chinese and Korean organisation names run their words together ("조선남강무역회사",
"鲁成伟业科技"); a glossary of the words that say what an organisation is or does finds them,
and what is left between them is the trade name.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from importlib.resources import files


def read_glossary(filename: str, key: Callable[[str], str] = str) -> dict[str, tuple[str, ...]]:
    """Each word of a glossary file (as `key` writes it) with its English words, none for a
    word that translations drop ("-"). A line is the English, a tab, then the words."""
    text = files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, words = line.split("\t")
        translation = () if english == "-" else tuple(english.split())
        for word in words.split():
            table[key(word)] = translation
    return table


def glossary_spans(key: str, start: int, end: int, table: Container[str]) -> list[tuple[int, int]]:
    """The word key[start:end] as glossary words and other words of two or more characters.

    The split covering the most characters by glossary words wins, then the one with fewest
    parts; a one-character glossary word only ends the word (金华市: 金华 市). A word the
    glossary does not cover at all, or only by leaving single characters, stays whole.
    """
    if end - start < 3 or key[start:end] in table:
        return [(start, end)]
    # best[k]: (characters covered, -parts, parts) for key[start:k]
    best: dict[int, tuple[int, int, list[tuple[int, int]]]] = {start: (0, 0, [])}
    for stop in range(start + 2, end + 1):
        options = []
        for begin in range(start, stop - 1 if stop < end else stop):
            if begin not in best:
                continue
            covered, parts, spans = best[begin]
            if key[begin:stop] in table:
                covered += stop - begin
            elif stop - begin < 2:
                continue
            options.append((covered, parts - 1, [*spans, (begin, stop)]))
        if options:
            best[stop] = max(options, key=lambda option: option[:2])
    if end not in best or best[end][0] == 0:
        return [(start, end)]
    return best[end][2]
