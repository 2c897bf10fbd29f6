"""Rules as the evaluator uses them: frozen, slotted, with dates and thresholds already parsed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Outcome(StrEnum):
    CLEAR = "CLEAR"
    REVIEW = "REVIEW"
    LICENCE_REQUIRED = "LICENCE_REQUIRED"
    BLOCKED = "BLOCKED"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Outcome.CLEAR: 0, Outcome.REVIEW: 1, Outcome.LICENCE_REQUIRED: 2, Outcome.BLOCKED: 3}


def most_severe(outcomes: list[Outcome]) -> Outcome:
    return max(outcomes, key=lambda o: o.rank, default=Outcome.CLEAR)


@dataclass(frozen=True, slots=True)
class GoodsScope:
    """HS prefixes, and the attribute conditions for "ex" codes (e.g. 8703 23 over 1,900 cm3)."""

    hs: tuple[str, ...]
    engine_cm3_above: int | None = None
    propulsion: frozenset[str] | None = None
    condition: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Threshold:
    """Caught only when the value of each item exceeds `above` in `currency`."""

    above: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class WindDown:
    """Contracts concluded before `contracts_before` may still be performed until `until`."""

    contracts_before: date
    until: date


@dataclass(frozen=True, slots=True)
class Exception_:
    flag: str
    article: str
    yields: Outcome
    note: str


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    regime: str  # the jurisdiction whose law it is: UN, EU, US, UK
    programme: str
    instrument: str
    article: str
    annex: str | None
    citation: str
    research: str  # the row id in the legal research (RULES.md), e.g. EU-R1
    confidence: str  # READ, READ-2nd, RECALLED, UNCONFIRMED, as the research marks it
    outcome: Outcome
    summary: str
    direction: str
    goods: tuple[GoodsScope, ...]
    places: frozenset[str]  # destinations for an export rule, origins for an import rule
    effective_from: date
    effective_to: date | None
    threshold: Threshold | None
    wind_down: WindDown | None
    exceptions: tuple[Exception_, ...]
    note: str | None
    source: str  # file the rule came from

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def covers_hs(self, hs_code: str) -> GoodsScope | None:
        for scope in self.goods:
            if any(hs_code.startswith(prefix) for prefix in scope.hs):
                return scope
        return None
