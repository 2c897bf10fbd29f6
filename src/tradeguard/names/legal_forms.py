"""Find legal-form words in a name, report them as canonical codes, and cut them out.

Legal forms are taken from the start or the end of a name, where they are written
("ООО «Аурус»", "Siemens AG"); inside a name only spelt-out multi-word forms count, since a
short one there is more likely an initial or a word ("named after A.G. Romashin"). Person names
keep every word, and unknown schemas lose only unambiguous forms. A name that would be left
without tokens keeps its words.
"""

from __future__ import annotations

from .legal_form_spans import Span, find_spans
from .model import Kind
from .normalize import fold_case
from .scripts import repair_text_lookalikes


def split_written_legal_forms(text: str, kind: Kind) -> tuple[str, tuple[str, ...]]:
    """`split_legal_forms` of text as a list writes it, case-folded and its look-alike letters
    repaired here, for callers that test a piece of a name rather than analyse it."""
    return split_legal_forms(repair_text_lookalikes(fold_case(text)), kind)


_LABEL = "организация"


def split_legal_forms(text: str, kind: Kind) -> tuple[str, tuple[str, ...]]:
    """Return `text` (case-folded, its look-alike letters repaired by
    `scripts.repair_text_lookalikes`, punctuation kept) without its legal forms, and their codes."""
    if kind is Kind.PERSON:
        return text, ()
    text = _without_label(text.strip(), kind)
    spans = [span for span in find_spans(text, kind) if _allowed(span, kind)]
    if not spans:
        return text, ()
    accepted = _positioned(text, spans)
    if not accepted:
        return text, ()
    remainder = _cut(text, accepted)
    if not _has_word(remainder):
        return text, ()
    return remainder, tuple(span.code for span in accepted)


def _without_label(text: str, kind: Kind) -> str:
    """The name without the word "организация" written before its legal form: the UK list
    labels Russian entities so ("Организация ООО “ПРОТЕХ”", "Организация АО ‘ДУКС’"), and the
    word left the legal form inside the name and counted as a word of it."""
    head, _, rest = text.partition(" ")
    if head != _LABEL or not rest:
        return text
    spans = [span for span in find_spans(rest, kind) if _allowed(span, kind)]
    return rest if spans and not _has_word(rest[: spans[0].start]) else text


def _allowed(span: Span, kind: Kind) -> bool:
    if kind is Kind.ORGANIZATION:
        return True
    return not (span.ambiguous or span.org_only)


def _positioned(text: str, spans: list[Span]) -> list[Span]:
    """Keep the runs of spans at the start and at the end, and spelt-out spans anywhere; the
    start's run only of forms that may open a name (`Span.opens_name`)."""
    accepted: set[int] = set()
    cursor = 0
    for index, span in enumerate(spans):
        if _has_word(text[cursor : span.start]) or not span.opens_name:
            break
        accepted.add(index)
        cursor = span.end
    cursor = len(text)
    for index in range(len(spans) - 1, -1, -1):
        span = spans[index]
        if _has_word(text[span.end : cursor]):
            break
        accepted.add(index)
        cursor = span.start
    return [span for index, span in enumerate(spans) if index in accepted or span.spelt_out]


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


def _cut(text: str, spans: list[Span]) -> str:
    pieces = []
    cursor = 0
    for span in spans:
        pieces.append(text[cursor : span.start])
        cursor = span.end
    pieces.append(text[cursor:])
    return " ".join(pieces)
