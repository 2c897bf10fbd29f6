"""Which words of two names matched, for marking them side by side.

The matcher explains its name score as aligned token pairs of the Latin forms it compared
("tokens: kim~kim 1.00, chen~jong 0.80"). A word of a displayed name is marked when one of its
own Latin forms is a token of such a pair, so "Ким" lights up against "Kim" although the
letters differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tradeguard.names import analyze_name

_PAIR = re.compile(r"(\S+)~(\S+) (\d+(?:\.\d+)?)")
_WORDS = re.compile(r"(\s+)")
# Token similarity from which a word counts as the same word, and from which as a near spelling;
# below TOKEN_FLOOR the aligner itself treats tokens as different words.
SAME = 0.9
NEAR = 0.5


@dataclass(slots=True, frozen=True)
class Word:
    text: str
    level: str  # "same", "near" or "" (not matched; also used for the spaces between words)


@dataclass(slots=True, frozen=True)
class Pair:
    query: str
    listed: str
    similarity: float


def pairs_of(explanation: str) -> list[Pair]:
    """The aligned token pairs in a name explanation, as the matcher writes them."""
    return [Pair(q, listed, float(s)) for q, listed, s in _PAIR.findall(explanation)]


def name_detail(lines: Iterable[str]) -> str:
    """The name line among a deal reason's explanation lines ("name: similarity (tokens: ...)")."""
    return next((line for line in lines if line.startswith("name:")), "")


def mark(name: str, schema: str | None, similar: dict[str, float]) -> list[Word]:
    """`name` split into words and spaces, each word marked by its best token similarity."""
    parts = _WORDS.split(name)
    positional = _positional_tokens(name, schema, sum(1 for p in parts if p and not p.isspace()))
    words: list[Word] = []
    position = 0
    for part in parts:
        if not part or part.isspace():
            words.append(Word(part, ""))
            continue
        tokens = {t for form in analyze_name(part, schema) for t in form.tokens}
        tokens |= positional[position]
        position += 1
        best = max((similar.get(t, 0.0) for t in tokens), default=0.0)
        words.append(Word(part, "same" if best >= SAME else "near" if best >= NEAR else ""))
    return words


def _positional_tokens(name: str, schema: str | None, count: int) -> list[set[str]]:
    """Per word, the tokens at its place in the whole name's forms of one token per word.

    A word alone may not read as it does in its name: "Чен" alone is Russian "chen", but in
    "Ким Чен Ын" the name is Korean and the word is "jong".
    """
    positional: list[set[str]] = [set() for _ in range(count)]
    for form in analyze_name(name, schema):
        if len(form.tokens) == count:
            for tokens, token in zip(positional, form.tokens, strict=True):
                tokens.add(token)
    return positional


def side_by_side(
    query: str, listed: str, schema: str | None, explanation: str
) -> tuple[list[Word], list[Word]]:
    pairs = pairs_of(explanation)
    on_query: dict[str, float] = {}
    on_listed: dict[str, float] = {}
    for pair in pairs:
        on_query[pair.query] = max(on_query.get(pair.query, 0.0), pair.similarity)
        on_listed[pair.listed] = max(on_listed.get(pair.listed, 0.0), pair.similarity)
    return mark(query, schema, on_query), mark(listed, schema, on_listed)
