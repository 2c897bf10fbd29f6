"""Load and validate the rule files; a broken file is an error naming the file and the rule id."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from tradeguard.rules.model import Exception_, GoodsScope, Outcome, Rule, Threshold, WindDown
from tradeguard.rules.schema import ALL_GOODS, GoodsSpec, RuleFile, RuleSpec


class RuleFormatError(ValueError):
    """A rule file that cannot be used: the message names the file, the rule id and the field."""


def load_rules(paths: Iterable[Path]) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        for rule in load_file(path):
            if rule.id in seen:
                raise RuleFormatError(
                    f"{path.name}: rule {rule.id}: duplicate id, also in {seen[rule.id]}"
                )
            seen[rule.id] = path.name
            rules.append(rule)
    return rules


def load_file(path: Path) -> list[Rule]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RuleFormatError(f"{path.name}: not valid YAML: {error}") from error
    try:
        spec = RuleFile.model_validate(raw)
    except ValidationError as error:
        raise RuleFormatError(_describe(path, raw, error)) from error
    return [_rule(spec, item, path) for item in spec.rules]


def _describe(path: Path, raw: Any, error: ValidationError) -> str:
    first = error.errors()[0]
    location = list(first["loc"])
    rule_id = "?"
    if len(location) >= 2 and location[0] == "rules" and isinstance(location[1], int):
        try:
            rule_id = str(raw["rules"][location[1]].get("id", f"#{location[1]}"))
        except (KeyError, IndexError, TypeError, AttributeError):
            rule_id = f"#{location[1]}"
        location = location[2:]
    field = ".".join(str(part) for part in location) or "(file)"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{path.name}: rule {rule_id}: {field}: {message}"


def _rule(spec: RuleFile, item: RuleSpec, path: Path) -> Rule:
    where = f"{path.name}: rule {item.id}"
    places = item.origins if item.direction == "import" else item.destinations
    if not places:
        wanted = "origins" if item.direction == "import" else "destinations"
        raise RuleFormatError(f"{where}: {wanted}: an {item.direction} rule needs at least one")
    if item.effective_to is not None and item.effective_to < item.effective_from:
        raise RuleFormatError(f"{where}: effective_to: before effective_from")
    return Rule(
        id=item.id,
        regime=spec.regime,
        programme=spec.programme,
        instrument=item.instrument or spec.instrument,
        article=item.article,
        annex=item.annex,
        citation=item.citation,
        research=item.research,
        confidence=item.confidence,
        outcome=Outcome(item.outcome),
        summary=item.summary,
        direction=item.direction,
        goods=tuple(_scope(goods) for goods in item.goods),
        places=frozenset(place.lower() for place in places),
        effective_from=item.effective_from,
        effective_to=item.effective_to,
        threshold=Threshold(item.threshold.above, item.threshold.currency)
        if item.threshold
        else None,
        wind_down=WindDown(item.wind_down.contracts_before, item.wind_down.until)
        if item.wind_down
        else None,
        exceptions=tuple(
            Exception_(e.flag, e.article, Outcome(e.yields), e.note) for e in item.exceptions
        ),
        note=item.note,
        source=path.name,
    )


def _scope(goods: GoodsSpec) -> GoodsScope:
    return GoodsScope(
        hs=tuple("" if prefix == ALL_GOODS else prefix for prefix in goods.hs),
        engine_cm3_above=goods.engine_cm3_above,
        propulsion=frozenset(goods.propulsion) if goods.propulsion else None,
        condition=frozenset(goods.condition) if goods.condition else None,
    )
