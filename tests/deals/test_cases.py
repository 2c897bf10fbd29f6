"""Every worked case of the legal research (RULES.md part B) as a deal file with its expectation.

Each file in cases/ holds `expect` (decision, per-jurisdiction outcomes, rule ids that must be
cited, rule ids that must be reported as checked-and-not-caught, list matches, re-export flag,
territory) and `deal` in the deal format. Parties are screened against the bundled sample list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tradeguard.cli.run import running_example
from tradeguard.deals import Decision, parse_deal, screen
from tradeguard.engine import Engine
from tradeguard.rules import Outcome

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _case(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _cited(decision: Decision, jurisdiction: str) -> set[str]:
    return {
        r.rule.rule_id
        for r in decision.reasons
        if r.rule and r.jurisdiction == jurisdiction and r.outcome is not Outcome.CLEAR
    }


def test_every_worked_case_of_the_research_is_encoded() -> None:
    numbers = {path.name.split("-")[0] for path in CASES}
    assert {"b1", "b2", "b3", "b4", "b6", "b7", "b8", "b11"} <= numbers


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_worked_case(path: Path, sample_engine: Engine) -> None:
    case = _case(path)
    expect = case["expect"]
    decision = screen(parse_deal(case["deal"]), engine=sample_engine)
    assert decision.outcome.value == expect["decision"]
    assert {j: o.value for j, o in decision.by_jurisdiction.items()} == expect["jurisdictions"]
    for jurisdiction, rule_ids in expect.get("cited", {}).items():
        assert set(rule_ids) <= _cited(decision, jurisdiction), jurisdiction
    checked = {r.rule.rule_id for r in decision.reasons if r.rule and r.kind == "checked"}
    assert set(expect.get("checked", [])) <= checked
    assert decision.reexport_risk is expect.get("reexport_risk", False)
    assert decision.territories == tuple(filter(None, [expect.get("territory")]))
    listed = {
        (r.subject, r.match.list_id, r.match.entry_id, r.jurisdiction)
        for r in decision.reasons
        if r.match
    }
    expected_listed = {
        (m["subject"], m["list"], m["entry_id"], m["jurisdiction"])
        for m in expect.get("listed", [])
    }
    assert listed == expected_listed


def test_running_example_is_blocked_with_un_citations(sample_engine: Engine) -> None:
    decision = screen(running_example(), engine=sample_engine)
    assert decision.outcome is Outcome.BLOCKED
    assert {
        "un-1718-op8-luxury-cars",
        "un-2094-annex-iv-automobiles",
        "un-2397-para7-transport-vehicles",
    } <= _cited(decision, "UN")
    matched = {r.match.entry_id for r in decision.reasons if r.match}
    assert {"aurus", "putin", "kim-jong-un"} <= matched
