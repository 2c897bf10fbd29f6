"""What reading an article produces: spans of text with what they were taken to be.

Plain frozen dataclasses inside; `to_dict` only at the edge (JSON, HTML, the HTTP service).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    sentence: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class ListLink:
    """The list entry a mention is linked to, and how well its name matched."""

    entity_id: str
    list_id: str
    entry_id: str
    caption: str
    schema: str
    score: float
    matched_name: str
    countries: tuple[str, ...]
    programs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A person or organisation named in the text.

    `status` is "listed" (linked to a list entry), "not listed" (screened, no alert) or
    "metonym" (a place standing for a government, e.g. "the Kremlin"). `how` says which step
    found it: automaton, capitalised, coreference or metonym.
    """

    span: Span
    kind: str  # person, organization, unknown
    status: str
    how: str
    link: ListLink | None = None
    country: str | None = None
    means: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    kind: str  # city, country, demonym
    country: str | None
    territory: str | None = None  # code of the embargoed territory the place lies in, if any
    territory_certain: bool = False


@dataclass(frozen=True, slots=True)
class GoodsMention:
    span: Span
    heading: str
    label: str
    make: str | None = None
    origin: str | None = None
    maker: ListLink | None = None  # the make's maker, when it is on a list (e.g. LLC Aurus)
    maker_status: str | None = None  # "listed" or "possible match" when `maker` is set


@dataclass(frozen=True, slots=True)
class AmountMention:
    span: Span
    value: float | None  # None for a relative amount whose base is unknown
    currency: str | None
    relative: float | None = None  # "half as much" -> 0.5 of `base`
    base: Span | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    iso: str | None  # None when the article's date is unknown and the phrase is relative
    relative: bool


@dataclass(frozen=True, slots=True)
class InferredDeal:
    """A deal the text suggests, never one it states: the sentence and the confidence say why."""

    seller: PartyMention | None
    buyer: PartyMention | None
    goods: GoodsMention
    amount: AmountMention | None
    origin: str | None
    destination: str | None
    sentence: str
    confidence: float
    cues: tuple[str, ...]
    deal: dict[str, Any] = field(default_factory=dict)  # in the deal format (docs/deals.md)
    decision: dict[str, Any] | None = None
