"""`tradeguard screen`: human and JSON output, --date, --rates, and errors naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from tradeguard.cli import main

CASES = Path(__file__).resolve().parents[1] / "deals" / "cases"


def _deal_file(tmp_path: Path, case: str) -> Path:
    raw = yaml.safe_load((CASES / f"{case}.yaml").read_text(encoding="utf-8"))["deal"]
    path = tmp_path / "deal.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_screen_prints_the_decision_and_citations(tg_home: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["screen", str(_deal_file(tmp_path, "b4-hybrid-march-2024"))])
    assert result.exit_code == 0, result.output
    assert "BLOCKED" in result.output
    assert "eu-833-3k-passenger-cars-2023" in result.output
    assert "no lists loaded" in result.output  # parties unscreened is said, not hidden


def test_screen_json_and_date(tg_home: Path, tmp_path: Path) -> None:
    deal = str(_deal_file(tmp_path, "b4-hybrid-march-2024"))
    runner = CliRunner()
    before = runner.invoke(main, ["screen", deal, "--json", "--no-lists", "--date", "2023-06-01"])
    assert before.exit_code == 0, before.output
    assert json.loads(before.output)["jurisdictions"]["EU"] == "CLEAR"
    after = runner.invoke(main, ["screen", deal, "--json", "--no-lists"])
    assert json.loads(after.output)["decision"] == "BLOCKED"


def test_screen_with_a_rates_file(tg_home: Path, tmp_path: Path) -> None:
    raw = yaml.safe_load((CASES / "b3-eu-30k-1600cc-russia.yaml").read_text(encoding="utf-8"))
    raw["deal"]["goods"][0].update(currency="USD", unit_value=30000)
    deal = tmp_path / "deal.json"
    deal.write_text(json.dumps(raw["deal"]), encoding="utf-8")
    rates = tmp_path / "rates.csv"
    rates.write_text("Date,USD,\n2024-01-02,0.5,\n", encoding="utf-8")
    args = ["screen", str(deal), "--json", "--no-lists", "--rates", str(rates)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["jurisdictions"]["EU"] == "BLOCKED"  # USD 30k = EUR 60k


def test_screen_errors_name_the_field(tg_home: Path, tmp_path: Path) -> None:
    raw = yaml.safe_load((CASES / "b3-eu-30k-1600cc-russia.yaml").read_text(encoding="utf-8"))
    raw["deal"]["goods"][0]["hs_code"] = "123"
    deal = tmp_path / "deal.yaml"
    deal.write_text(yaml.safe_dump(raw["deal"]), encoding="utf-8")
    result = CliRunner().invoke(main, ["screen", str(deal)])
    assert result.exit_code == 2
    assert "goods[0].hs_code" in result.output
    bad_date = CliRunner().invoke(main, ["screen", str(deal), "--date", "2024-13-01"])
    assert bad_date.exit_code == 2 and "--date" in bad_date.output


def test_screen_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["screen", "--help"])
    assert result.exit_code == 0 and "Example" in result.output
