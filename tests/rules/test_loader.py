"""Rule files: the bundled ones load, and a broken one is an error naming file and rule id."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tradeguard.rules import RuleFormatError, load_rules
from tradeguard.rules.book import rule_files
from tradeguard.rules.loader import load_file

GOOD_RULE = {
    "id": "xx-test-rule",
    "research": "T-1",
    "confidence": "READ",
    "outcome": "BLOCKED",
    "summary": "test rule",
    "article": "Art 1",
    "citation": "Test Act Art 1",
    "goods": [{"hs": ["8703 23"], "engine_cm3_above": 1900}],
    "destinations": ["ru"],
    "effective_from": "2023-06-24",
}


def _write(tmp_path: Path, **changes: object) -> Path:
    rule = {**GOOD_RULE, **changes}
    data = {"regime": "EU", "programme": "Test", "instrument": "Test Act", "rules": [rule]}
    path = tmp_path / "eu-test-act.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_bundled_rule_files_load_with_unique_ids() -> None:
    rules = load_rules(rule_files())
    assert len({rule.id for rule in rules}) == len(rules) > 30
    assert {rule.regime for rule in rules} == {"UN", "EU", "US", "UK"}


def test_one_file_per_regime_and_instrument() -> None:
    for path in rule_files():
        regimes = {rule.regime.lower() for rule in load_file(path)}
        assert regimes == {path.name.split("-")[0]}, path.name


def test_unconfirmed_rules_only_ask_for_review() -> None:
    for rule in load_rules(rule_files()):
        if rule.confidence == "UNCONFIRMED":
            assert rule.outcome.value == "REVIEW", rule.id


def test_a_good_file_parses_prefixes_and_conditions(tmp_path: Path) -> None:
    (rule,) = load_file(_write(tmp_path))
    assert rule.goods[0].hs == ("870323",)
    assert rule.goods[0].engine_cm3_above == 1900
    assert rule.instrument == "Test Act"
    assert rule.source == "eu-test-act.yaml"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"outcome": "MAYBE"}, "outcome"),
        ({"goods": [{"hs": ["87x3"]}]}, "goods.0.hs"),
        ({"effective_from": "2023-02-30"}, "effective_from"),
        ({"confidence": "SURE"}, "confidence"),
        ({"threshold": {"above": 50000, "currency": "euro"}}, "threshold.currency"),
        (
            {"exceptions": [{"flag": "vip", "article": "x", "yields": "CLEAR", "note": "x"}]},
            "exceptions.0.flag",
        ),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_broken_rule_names_file_rule_and_field(
    tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(RuleFormatError) as caught:
        load_file(_write(tmp_path, **changes))
    assert str(caught.value).startswith(f"eu-test-act.yaml: rule xx-test-rule: {field}: ")


def test_an_export_rule_needs_destinations(tmp_path: Path) -> None:
    with pytest.raises(RuleFormatError, match="rule xx-test-rule: destinations: "):
        load_file(_write(tmp_path, destinations=[]))


def test_effective_to_before_from_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleFormatError, match="rule xx-test-rule: effective_to: "):
        load_file(_write(tmp_path, effective_to="2020-01-01"))


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    first = _write(tmp_path)
    second = tmp_path / "eu-other.yaml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(RuleFormatError, match="rule xx-test-rule: duplicate id"):
        load_rules([first, second])


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "eu-broken.yaml"
    path.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(RuleFormatError, match="^eu-broken.yaml: not valid YAML"):
        load_file(path)
