"""Screen one party against every loaded list: candidates from the index, then scoring."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from tradeguard.matching.index import NameIndex
from tradeguard.matching.namesim import NameComparison, compare_tokens
from tradeguard.matching.query import Query
from tradeguard.matching.scorer import (
    ALGORITHM,
    TUNABLES,
    VERSION,
    Feature,
    score_entity,
)
from tradeguard.matching.thresholds import DEFAULT_POLICY, ThresholdPolicy
from tradeguard.model import Entity
from tradeguard.names import NameForm, analyze_name

# Name forms scored per query. Retrieval ranks by shared rare keys, so the true entry sits near
# the top. On the OFAC alias hold-out (bench/ofac_holdout.py) 120 forms keep recall@10 within
# 0.004 of 250 forms at 2.4x the speed; scoring the candidates is most of a query's time.
CANDIDATE_FORMS = 120
# Entities whose best name scores below this are not worth the feature comparisons.
NAME_PREFILTER = 0.3


@dataclass(slots=True)
class Match:
    entity: Entity
    score: float
    matched_name: str
    query_name: str
    features: list[Feature]
    algorithm: str = ALGORITHM
    version: str = VERSION
    alert: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity.id,
            "list": self.entity.list_id,
            "entry_id": self.entity.entry_id,
            "schema": self.entity.schema,
            "caption": self.entity.caption,
            "matched_name": self.matched_name,
            "score": self.score,
            "alert": self.alert,
            "algorithm": self.algorithm,
            "version": self.version,
            "features": [asdict(f) for f in self.features],
            "programs": self.entity.programs,
        }


@dataclass(slots=True)
class _Best:
    score: float = -1.0
    name: str = ""
    comparison: NameComparison | None = None
    forms: list[str] = field(default_factory=list)


class Matcher:
    def __init__(self, index: NameIndex, thresholds: ThresholdPolicy = DEFAULT_POLICY) -> None:
        self.index = index
        self.thresholds = thresholds

    def match(self, query: Query, top: int = 10, threshold: float | None = None) -> list[Match]:
        """Best hits for the query, highest score first.

        With `threshold` None, each hit must reach the alert threshold the policy sets for its
        list and schema; otherwise every hit at or above `threshold` is returned. `alert` is
        always judged against the policy.
        """
        lowest = self.thresholds.lowest if threshold is None else threshold
        forms = analyze_name(query.name, query.schema)
        best = self._best_names(forms)
        prefilter = min(NAME_PREFILTER, lowest)
        matches = [
            self._score(query, e_idx, b) for e_idx, b in best.items() if b.score >= prefilter
        ]
        matches.sort(key=lambda m: (-m.score, m.entity.id))
        if threshold is None:
            return [m for m in matches if m.alert][:top]
        return [m for m in matches if m.score >= threshold][:top]

    def name_scores(self, query: Query) -> dict[int, float]:
        """Raw (uncalibrated) best name similarity per candidate entity, for calibration."""
        best = self._best_names(analyze_name(query.name, query.schema))
        return {e_idx: b.score for e_idx, b in best.items()}

    def _best_names(self, forms: tuple[NameForm, ...]) -> dict[int, _Best]:
        index = self.index
        q_weights = [tuple(index.weight(t) for t in f.tokens) for f in forms]
        best: dict[int, _Best] = {}
        for r_idx in index.candidates(forms, CANDIDATE_FORMS):
            record = index.records[int(r_idx)]
            listed = index.entities[record.entity].names[record.name]
            factor = TUNABLES["weak_alias_factor"].default if listed.quality == "weak" else 1.0
            current = best.setdefault(record.entity, _Best())
            for form, weights in zip(forms, q_weights, strict=True):
                comparison = compare_tokens(
                    form.tokens,
                    weights,
                    record.form.tokens,
                    index.record_weights[int(r_idx)],
                    vowelless=form.vowelless or record.form.vowelless,
                )
                score = comparison.score * factor
                if score > current.score:
                    current.score, current.name, current.comparison = (
                        score,
                        listed.value,
                        comparison,
                    )
        return best

    def _score(self, query: Query, e_idx: int, best: _Best) -> Match:
        entity = self.index.entities[e_idx]
        detail = _describe(best.comparison)
        scored = score_entity(query, entity, best.score, detail)
        return Match(
            entity=entity,
            score=scored.score,
            matched_name=best.name,
            query_name=query.name,
            features=scored.features,
            alert=scored.score >= self.thresholds.threshold(entity.list_id, entity.schema),
        )


def _describe(comparison: NameComparison | None) -> str:
    if comparison is None:
        return ""
    pairs = ", ".join(f"{p.query}~{p.listed} {p.similarity:.2f}" for p in comparison.pairs)
    return f"{comparison.method}: {pairs}" if pairs else comparison.method
