"""The rule book: every rule loaded once and indexed, so a screening parses no YAML.

Rules are bucketed by direction and HS chapter (the first two digits); rules for every HS code
("ALL") sit in their own bucket. A goods line looks at two short lists instead of every rule.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path

from tradeguard.rules.loader import load_rules
from tradeguard.rules.model import Rule


class RuleBook:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = tuple(rules)
        self._by_chapter: dict[tuple[str, str], list[Rule]] = defaultdict(list)
        self._places: dict[str, set[str]] = defaultdict(set)
        for rule in rules:
            for chapter in {prefix[:2] for scope in rule.goods for prefix in scope.hs}:
                self._by_chapter[(rule.direction, chapter)].append(rule)
            self._places[rule.regime] |= rule.places

    def candidates(self, direction: str, hs_code: str) -> list[Rule]:
        """Rules that may cover this HS code: its chapter's bucket and the every-code bucket."""
        return self._by_chapter.get((direction, hs_code[:2]), []) + self._by_chapter.get(
            (direction, ""), []
        )

    def watched(self, regime: str) -> frozenset[str]:
        """Places some rule of this regime names: goods there with no rule may not pass as CLEAR."""
        return frozenset(self._places.get(regime, ()))

    def watched_anywhere(self) -> frozenset[str]:
        return frozenset(place for places in self._places.values() for place in places)


def rule_files() -> list[Path]:
    folder = Path(str(files("tradeguard.rules").joinpath("data")))
    return sorted(folder.glob("*.yaml"))


@cache
def bundled_rulebook() -> RuleBook:
    return RuleBook(load_rules(rule_files()))
