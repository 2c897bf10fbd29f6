from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tradeguard.cli import main


@pytest.fixture()
def runner(tg_home: Path) -> CliRunner:
    runner = CliRunner()
    result = runner.invoke(main, ["lists", "load", "--sample"])
    assert result.exit_code == 0, result.output
    return runner


def test_lists_shows_the_sample(runner: CliRunner) -> None:
    result = runner.invoke(main, ["lists"])
    assert result.exit_code == 0
    assert "tradeguard-sample" in result.output


def test_match_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["match", "Ким Чен Ын", "--schema", "Person", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    first = payload["results"][0]
    assert "Kim" in first["caption"] or "KIM" in first["caption"]
    assert first["algorithm"] and first["features"]


def test_match_rejects_bad_date_with_the_field_name(runner: CliRunner) -> None:
    result = runner.invoke(main, ["match", "Kim Jong Un", "--birth-date", "08/01/1984"])
    assert result.exit_code == 2
    assert "birth_date" in result.output


def test_batch_match(runner: CliRunner, tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text(
        "id,name,schema,birth_date,country\n"
        "1,Kim Jong-un,Person,,\n"
        "2,Renault,Company,,\n"
        "3,Bad Date,Person,13/13/2000,\n"
        "4,АвтоВАЗ,,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.csv"
    result = runner.invoke(main, ["match", "--input", str(queries), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [
        "query_id",
        "rank",
        "score",
        "list",
        "entry_id",
        "schema",
        "matched_name",
        "caption",
    ]
    assert {r["query_id"] for r in rows} == {"1", "4"}
    assert "rejected line 4" in result.output


def test_batch_top_k_regardless_of_threshold(runner: CliRunner, tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("id,name\n1,Vladimir Petrov\n", encoding="utf-8")
    out = tmp_path / "r.csv"
    result = runner.invoke(
        main,
        ["match", "--input", str(queries), "--output", str(out), "--threshold", "0", "--top", "3"],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert 1 <= len(rows) <= 3


def test_compare_pair_and_batch(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["compare", "АвтоВАЗ", "JOINT STOCK COMPANY AVTOVAZ", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["match"] is True
    pairs = tmp_path / "p.csv"
    pairs.write_text(
        "id,name_a,name_b,schema\n"
        "a,Kim Jong Un,김정은,Person\n"
        "b,Kim Jong Un,Vladimir Putin,Person\n",
        encoding="utf-8",
    )
    out = tmp_path / "s.csv"
    result = runner.invoke(main, ["compare", "--input", str(pairs), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["a"]["match"] == "true"
    assert rows["b"]["match"] == "false"


def test_missing_column_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("identifier,fullname\n1,x\n", encoding="utf-8")
    result = runner.invoke(main, ["match", "--input", str(queries)])
    assert result.exit_code == 2
    assert "missing column" in result.output


def test_broken_file_keeps_the_previous_snapshot(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["lists", "load", "--format", "un", str(broken)])
    assert result.exit_code == 2
    assert "broken.xml" in result.output
    listed = runner.invoke(main, ["lists"])
    assert "tradeguard-sample" in listed.output
    assert "Last failed load" in listed.output
    still = runner.invoke(main, ["match", "Kim Jong Un", "--json"])
    assert json.loads(still.output)["results"]


def test_home_option_overrides_environment(tmp_path: Path, tg_home: Path) -> None:
    other = tmp_path / "elsewhere"
    result = CliRunner().invoke(main, ["lists", "load", "--sample", "--home", str(other)])
    assert result.exit_code == 0, result.output
    assert (other / "tradeguard.sqlite").exists()
    assert not (tg_home / "tradeguard.sqlite").exists()


def test_run_screens_the_running_example(tg_home: Path) -> None:
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 0, result.output
    assert "Decision for aurus-senat-dprk on 2024-02-18: BLOCKED" in result.output
    assert "un-2397-para7-transport-vehicles" in result.output
    assert "Kim Jong Un" in result.output


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for command in (["lists"], ["lists", "load"], ["match"], ["compare"], ["export"], ["run"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, command
