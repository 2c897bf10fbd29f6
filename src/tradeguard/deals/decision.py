"""What a screening returns: a decision per jurisdiction and overall, and the reasons for it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from tradeguard.rules.model import Outcome, Rule, most_severe


@dataclass(frozen=True, slots=True)
class RuleRef:
    """The legal provision a reason rests on, with the research's confidence in it."""

    rule_id: str
    instrument: str
    article: str
    annex: str | None
    citation: str
    confidence: str
    research: str
    source: str

    @classmethod
    def of(cls, rule: Rule) -> RuleRef:
        return cls(
            rule.id,
            rule.instrument,
            rule.article,
            rule.annex,
            rule.citation,
            rule.confidence,
            rule.research,
            rule.source,
        )


@dataclass(frozen=True, slots=True)
class ListRef:
    """The list entry a party matched, and why (one line per matcher feature)."""

    list_id: str
    entry_id: str
    caption: str
    score: float
    programs: tuple[str, ...]
    explanation: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reason:
    kind: str  # rule, checked, gap, list, territory, reexport
    outcome: Outcome
    jurisdiction: str
    subject: str  # the deal field it is about: goods[0], parties[2], route.ship_to
    summary: str
    binding: bool = True  # False: the law of a jurisdiction the user did not say binds them
    rule: RuleRef | None = None
    match: ListRef | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcome"] = self.outcome.value
        return {key: value for key, value in data.items() if value is not None}


@dataclass(frozen=True, slots=True)
class Decision:
    deal_id: str
    on: date
    jurisdictions: tuple[str, ...]
    reasons: tuple[Reason, ...]
    reexport_risk: bool = False
    territories: tuple[str, ...] = field(default=())

    def outcome_for(self, jurisdiction: str) -> Outcome:
        return most_severe(
            [r.outcome for r in self.reasons if r.binding and r.jurisdiction == jurisdiction]
        )

    @property
    def by_jurisdiction(self) -> dict[str, Outcome]:
        return {j: self.outcome_for(j) for j in self.jurisdictions}

    @property
    def outcome(self) -> Outcome:
        return most_severe(list(self.by_jurisdiction.values()))

    def cited_rules(self, *outcomes: Outcome) -> set[str]:
        """Ids of rules behind reasons with these outcomes (all outcomes when none are given)."""
        wanted = set(outcomes) or set(Outcome)
        return {r.rule.rule_id for r in self.reasons if r.rule and r.outcome in wanted}

    def to_dict(self) -> dict[str, Any]:
        return {
            "deal_id": self.deal_id,
            "on": self.on.isoformat(),
            "decision": self.outcome.value,
            "jurisdictions": {j: o.value for j, o in self.by_jurisdiction.items()},
            "reexport_risk": self.reexport_risk,
            "territories": list(self.territories),
            "reasons": [r.to_dict() for r in self.reasons],
        }
