"""Where legal-form words sit in a name: rigour's org-type table, this package's supplement,
and the CJK forms written without spaces. What to do with them is `legal_forms`' concern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rigour.names.org_types import extract_org_types
from rigour.text.normalize import Normalize
from rigour.text.normalize import normalize as rigour_normalize

from .legal_form_codes import (
    ANY_KIND,
    CJK_AFFIXES,
    FIRST_WORDS,
    MAX_WORDS,
    NOT_LEGAL_FORMS,
    ORG_ONLY,
    is_ambiguous,
    legal_form_code,
    may_open_name,
    plain_word,
)
from .model import Kind
from .normalize import normalize

# A word with its combining accents: "İç" case-folds to i + a combining dot + ç, one word;
# so is a Thai word with its vowel and tone marks (บริษัท).
_WORD = re.compile(r"\w[\w\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")
# How rigour's table is also read: its forms as tokens, without their dots ("d.o.o." is
# "doo", "Zrt." is "zrt"), as registries and customer files write them too.
_TOKENS = Normalize.CASEFOLD | Normalize.NAME
# A piece of a name between spaces.
_CHUNK = re.compile(r"\S+")
# Han, kana, Hangul and the parenthesis of "(주)": the characters a CJK affix starts or ends with.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff()]")


@dataclass(frozen=True, slots=True)
class Span:
    """Where legal-form words sit in a name, their code, and what their position may be."""

    start: int
    end: int
    code: str
    ambiguous: bool
    org_only: bool
    spelt_out: bool
    opens_name: bool  # whether it may be written before the name (`may_open_name`)


def find_spans(text: str, kind: Kind) -> list[Span]:
    """Every legal-form span in `text`, overlaps resolved in favour of the longest; of equal
    ones, rigour's as written, then this package's, then rigour's read without dots."""
    written = dict(extract_org_types(text))
    found = (
        _rigour_spans(text, written)
        + _supplement_spans(text, kind)
        + _undotted_spans(text, written)
        + _cjk_spans(text)
    )
    found.sort(key=lambda span: (span.start, span.start - span.end))
    spans: list[Span] = []
    for span in found:
        if not spans or span.start >= spans[-1].end:
            spans.append(span)
    return spans


def _rigour_spans(text: str, compare: dict[str, str]) -> list[Span]:
    """rigour's forms as its table writes them; `compare` is its `extract_org_types`."""
    if not compare and text.isascii():
        return []
    # Forms known only in generic mode are mostly CJK (株式会社); its Latin-only entries
    # include ordinary words ("cooperation"), so generic mode is asked only about other scripts.
    generic = {} if text.isascii() else dict(extract_org_types(text, generic=True))
    spans = []
    for matched in dict.fromkeys([*compare, *(word for word in generic if not word.isascii())]):
        if compare.get(matched) in NOT_LEGAL_FORMS:
            continue
        code = legal_form_code(matched, compare.get(matched), generic.get(matched))
        spans.extend(_occurrences(text, matched, code, org_only=False))
    return spans


def _undotted_spans(text: str, written: dict[str, str]) -> list[Span]:
    """rigour's forms written without their dots or spaces as its table has them ("Petrol
    DOO", "Acme Zrt", "Acme sp z oo"), found in the name's tokens and placed on the whole
    pieces of the name they were read from. A form `_rigour_spans` found as written (in
    `written`) is left to it."""
    tokens = rigour_normalize(text, _TOKENS)
    if not tokens:
        return []
    as_written = {rigour_normalize(matched, _TOKENS) for matched in written}
    found = [
        (matched, compare)
        for matched, compare in extract_org_types(tokens, normalize_flags=_TOKENS)
        if compare not in NOT_LEGAL_FORMS and matched not in as_written
    ]
    if not found:
        return []
    pieces = [
        (piece, (rigour_normalize(piece.group(), _TOKENS) or "").split())
        for piece in _CHUNK.finditer(text)
    ]
    spans = []
    for matched, compare in found:
        code = legal_form_code(matched, compare, None)
        for start, end in _whole_pieces(pieces, matched.split()):
            spans.append(_make_span(text, start, end, code, org_only=False))
    return spans


def _whole_pieces(
    pieces: list[tuple[re.Match[str], list[str]]], words: list[str]
) -> list[tuple[int, int]]:
    """Where a run of whole pieces reads as exactly `words`: (start, end) in the text."""
    places = []
    for first in range(len(pieces)):
        read: list[str] = []
        for last in range(first, len(pieces)):
            read += pieces[last][1]
            if read == words:
                places.append((pieces[first][0].start(), pieces[last][0].end()))
            if len(read) >= len(words) or read != words[: len(read)]:
                break
    return places


def _supplement_spans(text: str, kind: Kind) -> list[Span]:
    words = [plain_word(word) for word in _WORD.findall(text)]
    if FIRST_WORDS.isdisjoint(words):
        return []
    found = _supplement_matches(words, kind)
    if not found:
        return []
    places = list(_WORD.finditer(text))
    return [
        _make_span(text, places[index].start(), places[index + length - 1].end(), code, org_only)
        for index, length, code, org_only in found
    ]


def _supplement_matches(words: list[str], kind: Kind) -> list[tuple[int, int, str, bool]]:
    """(first word, word count, code, org_only) of each entry, longest first at each word."""
    found = []
    index = 0
    while index < len(words):
        if words[index] in FIRST_WORDS:
            longest = min(MAX_WORDS, len(words) - index)
            for length in range(longest, 0, -1):
                key = tuple(words[index : index + length])
                entry = _supplement_entry(key, kind)
                if entry is not None:
                    found.append((index, len(key), *entry))
                    index += len(key) - 1
                    break
        index += 1
    return found


def _supplement_entry(key: tuple[str, ...], kind: Kind) -> tuple[str, bool] | None:
    if key in ANY_KIND:
        return ANY_KIND[key], False
    if kind is Kind.ORGANIZATION and key in ORG_ONLY:
        return ORG_ONLY[key], True
    return None


def _cjk_spans(text: str) -> list[Span]:
    if text.isascii() or not (_CJK.match(text) or _CJK.match(text[-1])):
        return []
    spans = []
    for affix, code in CJK_AFFIXES:
        if len(text) <= len(affix):
            continue
        if text.startswith(affix):
            spans.append(_make_span(text, 0, len(affix), code, org_only=False))
        if text.endswith(affix):
            spans.append(_make_span(text, len(text) - len(affix), len(text), code, org_only=False))
    return spans


def _occurrences(text: str, matched: str, code: str, org_only: bool) -> list[Span]:
    """Where rigour's match lies: it reports the words, not their place, and "ao" may also sit
    inside a word ("kaolin ao"), so only whole-word occurrences count."""
    spans = []
    start = text.find(matched)
    while start >= 0 and matched:
        end = start + len(matched)
        if _whole_word(text, start, end):
            spans.append(_make_span(text, start, end, code, org_only))
        start = text.find(matched, end)
    return spans


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _make_span(text: str, start: int, end: int, code: str, org_only: bool) -> Span:
    ambiguous, spelt_out, opens_name = _traits(text[start:end])
    return Span(start, end, code, ambiguous, org_only, spelt_out, opens_name)


@lru_cache(maxsize=4096)
def _traits(matched: str) -> tuple[bool, bool, bool]:
    """Whether the words are ambiguous, whether they are spelt out in several words, and
    whether they may be written before a name (`may_open_name`).

    Short words between long ones are the connecting words of a spelt-out form ("federal state
    budgetary institution of science", "obshchestvo s ogranichennoy otvetstvennostyu"); a form
    that starts or ends with one ("co ltd", "sp z o o") is initials."""
    words = normalize(matched).split()
    spelt_out = (
        len(words) >= 2
        and len(words[0]) >= 3
        and len(words[-1]) >= 3
        and sum(len(word) >= 3 for word in words) >= 2
    )
    return is_ambiguous(matched), spelt_out, may_open_name(matched)
